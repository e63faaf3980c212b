import * as en from "../lexicon/en/orgs.js";
import * as ja from "../lexicon/ja/orgs.js";
import type { Doc } from "../types.js";

const seen = new WeakMap<Doc, boolean>();

/** Whether the story speaks of a breach at all (a strong breach word in a non-boilerplate sentence); computed once, shared by victims and counts. */
export function speaksOfBreach(doc: Doc): boolean {
  let v = seen.get(doc);
  if (v === undefined) {
    const cued = doc.sentences.filter((s) => !s.boilerplate && (doc.lang === "ja" ? jaBreachCue(s.text) : enBreachCue(s.text)));
    // A topic heading (「■ 当社からの情報流出について」) over a body that tells of none is a denial's heading.
    v = cued.some((s) => doc.lang !== "ja" || !ja.TOPIC_HEADING.test(s.text.trim())) || (cued.length > 0 && cued.some((s) => s === doc.sentences.find((x) => !x.boilerplate)));
    seen.set(doc, v);
  }
  return v;
}

const EN_CUES = new RegExp(en.STRONG_BREACH.source, "gi");
const EN_DENIED_BEFORE = /\b(?:not|never|no)\b[^.;,]{0,30}$|n['’]t\s+(?:been\s+)?$/i;

/** English text tells of a breach: a strong breach word not denied right before it ("had not been breached", "no customer data had been leaked"). */
export function enBreachCue(text: string): boolean {
  EN_CUES.lastIndex = 0;
  for (let m = EN_CUES.exec(text); m; m = EN_CUES.exec(text)) if (!EN_DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

const JA_CUES = new RegExp(ja.BREACH_CUES.source, "g");

/** Japanese text tells of a breach as an event: a breach word that is no countermeasure's topic (ランサムウェア対策製品) nor denied. */
export function jaBreachCue(text: string): boolean {
  if (ja.GENERIC_TREND.test(text.trim())) return false;
  JA_CUES.lastIndex = 0;
  for (let m = JA_CUES.exec(text); m; m = JA_CUES.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (ja.COUNTERMEASURE_AFTER.test(after) || ja.DENIED_AFTER.test(after)) continue;
    // 「不正アクセスや、…漏えいした事実は確認されておりません」: a denial later in the clause covers the list.
    if (ja.FACT_DENIED_LATER.test(text.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}
