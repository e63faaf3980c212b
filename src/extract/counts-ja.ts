import type { CountMention, Doc, Qualifier } from "../types.js";
import * as lex from "../lexicon/ja/counts.js";
import { JA_NUMBER_CHARS, MAX_JA_NUMBER, parseJaNumber } from "../text/numbers.js";
import { alternation } from "../text/regex.js";
import { matchRuns, storyRuns } from "./runs.js";

/** Japanese counts: [qualifier] number [余] counter [分] [qualifier]; the counter gives the role, refined by its words (男2人 are perpetrators, 事件4件 incidents, 件の個人情報 records). */

const Q_PRE = new Map(lex.PREFIX_QUALIFIERS);
const Q_POST = new Map(lex.SUFFIX_QUALIFIERS);
const COUNTERS = [...lex.AFFECTED_COUNTERS, ...lex.OTHER_COUNTERS];
const AFFECTED = new Set(lex.AFFECTED_COUNTERS);

/** Not inside a number nor after 数/何/幾 (vague) or 第 (ordinal); one space may precede the counter ("3,137 名分"). */
const COUNT_RE = new RegExp(
  `(?<q>${alternation(lex.PREFIX_QUALIFIERS.map(([w]) => w))})?\\s?(?<![${JA_NUMBER_CHARS}数何幾第])(?<num>[${JA_NUMBER_CHARS}]{1,${MAX_JA_NUMBER}})(?<yo>余)?[ \\u00a0]?` +
    `(?<unit>${alternation(COUNTERS)})(?<bun>分)?(?<post>${alternation(lex.SUFFIX_QUALIFIERS.map(([w]) => w))})?`,
  "gd",
);
const NOT_BEFORE = new Map(Object.entries(lex.COUNTER_NOT_BEFORE));
// The people may be the topic, with a list word before the number (容疑者は以下の2人).
const NOT_VICTIM_BEFORE = new RegExp(`(?:${alternation(lex.NOT_VICTIM_BEFORE)})(?:[はがも](?:以下の|次の|計|合計|これら)?|の|（)?$`);
// A distributive or total modifier may sit between the size word and the number (定員は各回三十人).
const SIZE_BEFORE = new RegExp(`(?:${alternation(lex.SIZE_BEFORE)})[はがで]?(?:各回|各|計|合計|延べ)?$`);
const NOT_VICTIM_AFTER = new RegExp(`^(?!${alternation(lex.COPULA_AFTER)})(?:${alternation(lex.NOT_VICTIM_AFTER)})`);
const HELD_BEFORE = new RegExp(`(?:${alternation(lex.HELD_PEOPLE)})$`);
const STAFF_BEFORE = new RegExp(`(?:${alternation(lex.STAFF_WORDS)})$`);
// The incident word may be a subject a few words back (相談が、市に約30件), before a comma and superlative (報告、初の2万件超) or a kind (不正アクセスによるものは約1200件).
const INCIDENT_BEFORE = new RegExp(
  `(?:${alternation(lex.INCIDENT_WORDS)})(?:(?:による|に関する|関連の)?もの(?=[がはも]))?(?:[がはも](?:[、,]?[^、。\\s]{1,8}?(?:に|へ)[、,]?)?|を(?:計|合計)?|[、,](?:初の|過去最多の|過去最高の|最多の))?$`,
);
/** A period's tally compared with another (2023年度の1万2843件から増えた): a statistic, not a breach's records. */
const COMPARED_AFTER = /^(?:から|より|と比べ|に比べ|と比較|を上回|を下回)/;
const PERIOD_BEFORE = /(?:年度|年|上半期|下半期|半期|四半期|前年同期|昨年同期|前年|昨年|前年度|昨年度)の$/;
const INCIDENT_AFTER = new RegExp(`^の(?:${alternation(lex.INCIDENT_WORDS)})`);
const CARD_BEFORE = new RegExp(alternation(lex.CARD_WORDS));
/** A bare number and a range mark before a count: the range's low end (1000～2000件). */
const RANGE_LOW = new RegExp(`(?<![${JA_NUMBER_CHARS}第])(?<low>[${JA_NUMBER_CHARS}]{1,${MAX_JA_NUMBER}})(?<yo>余)?\\s?(?:${alternation(lex.RANGE_MARKS)})\\s?$`, "d");
/** A lone kanji digit (一人, 二件) is an idiom or too small to be a breach figure. */
const LONE_KANJI = /^[〇零一二三四五六七八九壱弐参]$/;

/** Finds Japanese counts in the story text of a document. */
export function jaCounts(doc: Doc): CountMention[] {
  const out: CountMention[] = [];
  for (const { m, run, start: mStart, end } of matchRuns(storyRuns(doc), COUNT_RE)) {
    const g = m.groups!;
    if (LONE_KANJI.test(g.num) || /^[,.]|[,.]$/.test(g.num)) continue;
    const value = parseJaNumber(g.num);
    if (value === null || value < 1) continue;
    const numAt = m.indices!.groups!.num[0];
    // A qualifier only counts when it touches the number (a space between is allowed).
    const start = g.q ? mStart : run.start + numAt;
    const rel = end - run.start;
    const after = run.text.slice(rel, rel + 12);
    if (NOT_BEFORE.get(g.unit)?.some((w) => after.startsWith(w))) continue;
    const at = start - run.start;
    const before = run.text.slice(Math.max(0, at - 12), at).replace(/\s+$/, "");
    const affected = AFFECTED.has(g.unit) && isAffected(g.unit, !!g.bun, before, run.text.slice(rel, rel + 50), run.text.slice(Math.max(0, at - 60), at));
    // A total word (計, 合計) says "exact" only when nothing else bounds the figure: 計20万件以上 is at_least.
    const pre = g.q ? Q_PRE.get(g.q) : undefined;
    const low = g.q || !AFFECTED.has(g.unit) ? null : rangeLow(run.text.slice(Math.max(0, at - 50), at), g.num, value);
    const qualifier: Qualifier = (pre && pre !== "exact" ? pre : undefined) || (g.post && Q_POST.get(g.post)) || (low ? "at_most" : g.yo ? "approx" : pre ?? "exact");
    const role = affected ? "affected" : "other";
    if (low) {
      const lowStart = start - low.length;
      out.push({ start: lowStart, end: lowStart + low.text.length, text: doc.text.slice(lowStart, lowStart + low.text.length), value: low.value, qualifier: "at_least", unit: g.unit, role, rule: "counts.ja" });
    }
    out.push({ start, end, text: doc.text.slice(start, end), value, qualifier, unit: g.unit, role, rule: "counts.ja" });
  }
  return out;
}

/** The low end of a range just before a count, a row of its own as in English (at least it, at most the figure with the counter); a bare one takes the upper figure's last unit when that keeps it below (1〜2万人; not 5000～1万人). */
function rangeLow(before: string, upperNum: string, upper: number): { value: number; text: string; length: number } | null {
  const m = RANGE_LOW.exec(before);
  if (!m || LONE_KANJI.test(m.groups!.low) || /^[,.]|[,.]$/.test(m.groups!.low)) return null;
  let value = parseJaNumber(m.groups!.low);
  if (value === null || value < 1) return null;
  const unit = /[万億]$/.test(upperNum) && !/[万億]/.test(m.groups!.low) ? (upperNum.endsWith("億") ? 1e8 : 1e4) : 1;
  if (value * unit < upper) value *= unit;
  if (value >= upper) return null;
  const lowStart = m.indices!.groups!.low[0];
  return { value, text: m.groups!.low + (m.groups!.yo ?? ""), length: before.length - lowStart };
}

/** Whether an affected counter really counts victims or records here (see the file comment; a sum per person, 「1人3300円」, counts no one); `wide` is the longer stretch before it. */
function isAffected(unit: string, bun: boolean, before: string, after: string, wide: string): boolean {
  if (lex.THRESHOLD_AFTER.test(after) || lex.SERVED_AFTER.test(after) || lex.PRIOR_BEFORE.test(wide) || lex.NOT_COUNTED_BEFORE.test(before)) return false;
  if (lex.GATHERED_AFTER.test(after) || lex.REPLIED_AFTER.test(after) || lex.PER_AFTER.test(after) || lex.RATE_BEFORE.test(before) || lex.RATIO_BEFORE.test(before) || lex.RATIO_AFTER.test(after)) return false;
  if (unit === "件" && (lex.TALLY_BEFORE.test(before) || lex.BREAKDOWN_BEFORE.test(wide) || (lex.BODIES_TALLY_BEFORE.test(before) && !after.startsWith("の")))) return false;
  if (bun) return true;
  if (/^[0-9０-９][0-9０-９,，.万千百]*(?:円|ドル|ユーロ)/.test(after)) return false;
  if (lex.MEMBERS_TOPIC_BEFORE.test(before) && !lex.LEAK_IN_CLAUSE.test(wide.slice(Math.max(wide.lastIndexOf("。"), wide.lastIndexOf("\n")) + 1) + after.split(/[、。]/)[0])) return false;
  if (unit === "人" || unit === "名") {
    const joined = HELD_BEFORE.test(before) && /^で[、,]/.test(after);
    if (lex.SIZE_CLASS_AFTER.test(after)) return false;
    if (STAFF_BEFORE.test(before) && (/^(?:[がは]|の(?:業務用の?)?(?:メール)?(?:アカウント|ID|パソコン|PC|端末))/.test(after) || lex.STAFF_SIZE_AFTER.test(after))) return false;
    return !NOT_VICTIM_BEFORE.test(before) && !SIZE_BEFORE.test(before) && !lex.SUED_AFTER.test(after) && (joined || !NOT_VICTIM_AFTER.test(after));
  }
  if (unit === "件") return !INCIDENT_BEFORE.test(before) && !(PERIOD_BEFORE.test(before) && COMPARED_AFTER.test(after)) && !INCIDENT_AFTER.test(after) && !lex.RECOVERED_AFTER.test(after);
  if (unit === "枚") return CARD_BEFORE.test(before);
  return true;
}
