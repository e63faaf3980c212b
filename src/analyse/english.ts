import { createRequire } from "node:module";
import type Nlp from "compromise";
import { LEAD_WORDS } from "../lexicon/en/orgs.js";
import type { Entity, Sentence, Token } from "../types.js";

/** compromise's one-file CommonJS build: its ES-module tree of hundreds of files loads twice as slowly per thread. */
const nlp: typeof Nlp = createRequire(import.meta.url)("compromise");

/** compromise's steps less those `nlp.tokenize` ran and `chunks`, `typeahead`: 15% faster, same terms, tags and offsets (test/english.test.ts). */
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

/** Two capitalised words in a row: only then may compromise, the slowest step, find a name our patterns miss. */
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

/** Tokens and entity hints from compromise where a name may be; wrong offsets (its issues #263, #771) are dropped. */
export function analyseEnglish(text: string, folded: string, sentences: Sentence[]): { tokens: Token[]; entities: Entity[] } {
  const out: Entity[] = [];
  const tokens: Token[] = [];
  // A paragraph's consecutive such sentences are parsed together: compromise costs per call too.
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
    // Consecutive Person or Organization terms make one entity, as people() and organizations() would, cheaper.
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
