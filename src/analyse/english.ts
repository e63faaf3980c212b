import nlp from "compromise";
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
 * Tokens and named-entity hints from compromise over the story's paragraphs (never boilerplate),
 * from one parse per paragraph. compromise reports offsets in UTF-16 units of the string it was
 * given; each one is checked against the text, since its offsets have had bugs (issues #263,
 * #771), and dropped if wrong.
 */
export function analyseEnglish(text: string, folded: string, sentences: Sentence[]): { tokens: Token[]; entities: Entity[] } {
  const out: Entity[] = [];
  const tokens: Token[] = [];
  // One compromise call per paragraph: its cost is per call as well as per word.
  const paras = new Map<number, { start: number; end: number }>();
  for (const s of sentences) {
    if (s.boilerplate) continue;
    const p = paras.get(s.paragraph);
    if (p) p.end = s.end;
    else paras.set(s.paragraph, { start: s.start, end: s.end });
  }
  for (const { start, end } of paras.values()) {
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
