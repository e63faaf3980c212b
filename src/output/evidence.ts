import { sentenceAt } from "../extract/unit.js";
import { firstIndex } from "../text/bisect.js";
import type { Doc, DocRecord, Extraction } from "../types.js";

/** A sentence of the decoded text that holds at least one extracted value. */
export interface EvidenceSentence {
  start: number;
  end: number;
  text: string;
}

/** Beside the contract fields: the sentences a record's values come from, each once, not once per value. */
export interface WithEvidence {
  evidence?: EvidenceSentence[];
}

/** The sentences of `doc` that hold a value of `ex`, in text order. */
export function evidenceOf(doc: Doc, ex: Extraction): EvidenceSentence[] {
  const spans = [...ex.organizations, ...ex.victims, ...ex.dates, ...ex.counts, ...ex.money, ...ex.data_types];
  const hit = new Set<number>();
  for (const s of spans) {
    const i = sentenceAt(doc, s.start);
    if (i >= 0) hit.add(i);
  }
  return [...hit]
    .sort((a, b) => a - b)
    .map((i) => ({ start: doc.sentences[i].start, end: doc.sentences[i].end, text: doc.text.slice(doc.sentences[i].start, doc.sentences[i].end) }));
}

/** Longest sentence cell; longer "sentences" (a page with no stops) are cut around the value. */
export const MAX_SENTENCE = 400;

/** The sentence of the value at `start..end` ("" if none), on one line so a spreadsheet row stays one. */
export function sentenceCell(r: DocRecord & WithEvidence, start: number, end: number): string {
  const list = r.evidence ?? [];
  const i = firstIndex(list, (s) => s.end <= start);
  return i < list.length && list[i].start <= start ? clip(list[i], start, end) : "";
}

function clip(s: EvidenceSentence, start: number, end: number): string {
  let text = s.text;
  let pre = "";
  let post = "";
  if (text.length > MAX_SENTENCE) {
    // Centre the window on the value so the value itself is always in the cell.
    const mid = Math.floor((start + end) / 2) - s.start;
    const from = Math.max(0, Math.min(text.length - MAX_SENTENCE, mid - MAX_SENTENCE / 2));
    pre = from > 0 ? "…" : "";
    post = from + MAX_SENTENCE < text.length ? "…" : "";
    text = text.slice(from, from + MAX_SENTENCE);
  }
  return pre + text.replace(/\s+/g, " ").trim() + post;
}
