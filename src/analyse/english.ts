import nlp from "compromise";
import { LEAD_WORDS } from "../lexicon/en/orgs.js";
import type { Entity, Sentence, Token } from "../types.js";

interface Offsetted {
  text: string;
  offset: { start: number; length: number };
}

interface Term {
  text: string;
  normal: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** Word classes reported as a token's `pos`, in order of preference (compromise gives several). */
const POS = ["ProperNoun", "Noun", "Verb", "Adjective", "Adverb", "Value", "Date", "Preposition", "Determiner", "Conjunction", "Pronoun"];

/**
 * True when a sentence may hold a name: a capitalised word other than a function word opening
 * it. compromise's full parse is the slowest step of English analysis, and a sentence such as
 * "the company said it had notified customers" has no name for it to find; skipping those keeps
 * the parse where it can find something.
 */
export function mayHoldName(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z][\w'’-]*/g);
  if (!words) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^[A-Z]/.test(w) && !(i === 0 && LEAD_WORDS.has(w)) && !CALENDAR.test(w)) return true;
  }
  return false;
}

/** Month and weekday names: capitalised anywhere, never a name. */
const CALENDAR = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/;

/**
 * Tokens and named-entity hints from compromise over the story's sentences that may hold a name
 * (never boilerplate), one parse per run of such sentences in a paragraph. compromise reports offsets in UTF-16 units of the string it was
 * given; each one is checked against the text, since its offsets have had bugs (issues #263,
 * #771), and dropped if wrong.
 */
export function analyseEnglish(text: string, folded: string, sentences: Sentence[]): { tokens: Token[]; entities: Entity[] } {
  const out: Entity[] = [];
  const tokens: Token[] = [];
  // Consecutive sentences of a paragraph that need the parse are parsed together: the cost of a
  // compromise call is per call as well as per word.
  const spans: Array<{ start: number; end: number; paragraph: number }> = [];
  for (const s of sentences) {
    if (s.boilerplate || !mayHoldName(folded.slice(s.start, s.end))) continue;
    const last = spans[spans.length - 1];
    if (last && last.paragraph === s.paragraph && last.end <= s.start && /^\s*$/.test(folded.slice(last.end, s.start))) last.end = s.end;
    else spans.push({ start: s.start, end: s.end, paragraph: s.paragraph });
  }
  for (const { start, end } of spans) {
    const src = folded.slice(start, end);
    const d = nlp(src);
    d.compute("offset");
    for (const t of d.termList() as unknown as Term[]) {
      if (!t.offset || !t.text) continue;
      const a = start + t.offset.start;
      const b = a + t.offset.length;
      if (folded.slice(a, b) !== t.text) continue;
      const pos = POS.find((p) => t.tags.has(p)) ?? [...t.tags][0] ?? "";
      tokens.push({ start: a, end: b, text: text.slice(a, b), pos, pos1: "", pos2: "", basic: t.normal || t.text });
    }
    const add = (list: Offsetted[], kind: Entity["kind"]) => {
      for (const m of list) {
        const a = start + m.offset.start;
        const b = a + m.offset.length;
        let t = text.slice(a, b);
        // compromise includes trailing punctuation in some spans; trim it off.
        const trimmed = t.replace(/[\s.,;:!?'"()]+$/u, "");
        if (folded.slice(a, a + trimmed.length) !== src.slice(m.offset.start, m.offset.start + trimmed.length)) continue;
        t = trimmed;
        if (t) out.push({ start: a, end: a + t.length, text: t, kind });
      }
    };
    add(d.organizations().json({ offset: true }) as Offsetted[], "org");
    add(d.people().json({ offset: true }) as Offsetted[], "person");
    add(d.places().json({ offset: true }) as Offsetted[], "place");
  }
  return { tokens, entities: out.sort((x, y) => x.start - y.start || y.end - x.end) };
}
