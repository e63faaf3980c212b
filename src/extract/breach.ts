import * as en from "../lexicon/en/orgs.js";
import * as ja from "../lexicon/ja/orgs.js";
import type { Doc } from "../types.js";

const seen = new WeakMap<Doc, boolean>();

/**
 * Whether the story speaks of a breach at all: one sentence outside boilerplate with a strong
 * breach word of its language. Units that need it (victims, affected counts) share this answer,
 * computed once per document.
 */
export function speaksOfBreach(doc: Doc): boolean {
  let v = seen.get(doc);
  if (v === undefined) {
    const cue = doc.lang === "ja" ? ja.BREACH_CUES : en.STRONG_BREACH;
    v = doc.sentences.some((s) => !s.boilerplate && cue.test(s.text));
    seen.set(doc, v);
  }
  return v;
}
