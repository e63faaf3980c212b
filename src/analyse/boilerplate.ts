import type { Span } from "../types.js";
import * as en from "../lexicon/en/page.js";
import * as ja from "../lexicon/ja/page.js";

/** Both languages' patterns apply to every page: Japanese sites carry English chrome and back. */
const LINE = [...en.BOILERPLATE_LINE, ...ja.BOILERPLATE_LINE];
const TAIL = [...en.BOILERPLATE_TAIL, ...ja.BOILERPLATE_TAIL];
const BIO = [...en.AUTHOR_BIO, ...ja.AUTHOR_BIO];

/** Share of the page after which a tail marker or a bio may start (never in the lead). */
const TAIL_FROM = 0.5;

/** A boilerplate flag per paragraph: chrome, bylines, copyright lines; past TAIL_FROM, bios and "related" tails. */
export function boilerplateFlags(paras: Span[], textLength: number): boolean[] {
  const flags = paras.map((p) => LINE.some((re) => re.test(p.text)));
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.start < textLength * TAIL_FROM) continue;
    if (TAIL.some((re) => re.test(p.text))) {
      for (let j = i; j < paras.length; j++) flags[j] = true;
      break;
    }
    if (BIO.some((re) => re.test(p.text))) flags[i] = true;
  }
  return flags;
}
