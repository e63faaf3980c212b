import type { Doc, Extraction } from "../types.js";
import { firstIndex } from "../text/bisect.js";

/** One step of extraction (finder or refiner): reads the `Doc` and the extraction so far, returns a new one; `id` is stable and named by values' `rule`. */
export interface Unit {
  id: string;
  run(doc: Doc, ex: Extraction): Extraction;
}

/** An extraction with nothing in it. */
export const emptyExtraction = (): Extraction => ({
  organizations: [],
  victims: [],
  dates: [],
  counts: [],
  money: [],
  data_types: [],
});

/** The sentences of the story, without boilerplate. */
export const storySentences = (doc: Doc) => doc.sentences.filter((s) => !s.boilerplate);

/** Index of the sentence holding `offset`, or -1. Sentences are sorted, so a binary search. */
export function sentenceAt(doc: Doc, offset: number): number {
  const i = firstIndex(doc.sentences, (s) => s.end <= offset);
  return i < doc.sentences.length && doc.sentences[i].start <= offset ? i : -1;
}

/** Every match of `re` (which must have the g flag) in the folded text of the story sentences. */
export function* matchStory(doc: Doc, re: RegExp): Generator<{ m: RegExpExecArray; start: number; end: number; sentence: number }> {
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    if (s.boilerplate) continue;
    const src = doc.folded.slice(s.start, s.end);
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { m, start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: i };
    }
  }
}
