import { createRequire } from "node:module";
import type Nlp from "compromise";
import { LEAD_WORDS } from "../lexicon/en/orgs.js";
import type { Entity, Sentence, Token } from "../types.js";

/**
 * compromise from its one-file CommonJS build: the ES-module entry is its source tree of several
 * hundred files, which takes twice as long to load in every worker thread. Same code, same tags.
 */
const nlp: typeof Nlp = createRequire(import.meta.url)("compromise");

/**
 * The steps of compromise's parse that leakset needs, in compromise's order: every default step
 * (its "hooks") except two that only serve its own later methods (`chunks` groups terms into
 * phrases for `.chunks()`, `typeahead` completes prefixes) and the ones `nlp.tokenize` has
 * already run. Dropping the two makes the parse about 15% faster; on every English paragraph of
 * the dev, hibp and seed corpora the terms, tags and offsets are the same as a plain `nlp()`
 * (test/english.test.ts checks this on its own paragraphs).
 */
const STEPS = nlp.hooks().filter((h) => !["chunks", "typeahead", "alias", "machine", "contractions"].includes(h));

/** compromise's parse of some English text with the steps above, and term offsets computed. */
export function parseEnglish(src: string): ReturnType<typeof Nlp> {
  const d = nlp.tokenize(src);
  d.compute([...STEPS, "offset"]);
  return d;
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
 * True when a sentence may hold a name that needs compromise: two capitalised words in a row
 * (not an opening function word, month or weekday). compromise's full parse is the slowest step of
 * English analysis, and what the organisation finder needs from it is to tell people ("Dana
 * Whitlock", "Kazuo Hirai") and multi-word organisations from other capitalised runs; single
 * capitalised words (Sega, Sony) the finder's own patterns handle. Skipping the other sentences
 * keeps the parse where it can find something.
 */
export function mayHoldName(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z][\w'’.-]*/g);
  if (!words) return false;
  let run = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const cap = /^[A-Z]/.test(w) && !(i === 0 && LEAD_WORDS.has(w)) && !CALENDAR.test(w.replace(/\.$/, ""));
    run = cap ? run + 1 : 0;
    if (run >= 2) return true;
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
    const d = parseEnglish(src);
    // One pass over the terms gives the tokens and the entity hints: consecutive terms tagged
    // Person or Organization make one entity (the tags are what compromise's people() and
    // organizations() match on, without their cost of a match and a JSON dump each).
    let open: { kind: Entity["kind"]; start: number; end: number } | null = null;
    const close = () => {
      if (!open) return;
      const t = text.slice(open.start, open.end).replace(/['’]s$/u, "");
      if (t) out.push({ start: open.start, end: open.start + t.length, text: t, kind: open.kind });
      open = null;
    };
    for (const t of d.termList() as unknown as Term[]) {
      if (!t.offset || !t.text) continue;
      const a = start + t.offset.start;
      const b = a + t.offset.length;
      if (folded.slice(a, b) !== t.text) {
        close();
        continue;
      }
      const pos = POS.find((p) => t.tags.has(p)) ?? [...t.tags][0] ?? "";
      tokens.push({ start: a, end: b, text: text.slice(a, b), pos, pos1: "", pos2: "", basic: t.normal || t.text });
      // A title in lower case ("president") is tagged Person by compromise but names nobody.
      const title = t.tags.has("Honorific") && !/^[A-Z]/.test(t.text);
      const kind: Entity["kind"] | null = t.tags.has("Person") && !title ? "person" : t.tags.has("Organization") ? "org" : t.tags.has("Place") ? "place" : null;
      // A term ending in punctuation (a comma, a full stop) ends the entity after it.
      const gapOk = open !== null && /^[ \t]*$/.test(folded.slice(open.end, a));
      if (kind && open && open.kind === kind && gapOk) open.end = b;
      else {
        close();
        if (kind) open = { kind, start: a, end: b };
      }
      if (open && /[,.;:!?)]$/.test(t.text + (t as unknown as { post?: string }).post?.trim())) close();
    }
    close();
  }
  return { tokens, entities: out.sort((x, y) => x.start - y.start || y.end - x.end) };
}
