import type { DataTypeMention, Doc, Status } from "../types.js";
import * as en from "../lexicon/en/datatypes.js";
import * as ja from "../lexicon/ja/datatypes.js";
import { noOverlap } from "../refine/dedupe.js";
import { matchStory, type Unit } from "./unit.js";

interface Lexicon {
  /** One pattern per code; every code is matched and the longest mention at a place wins. */
  codes: Array<{ code: string; re: RegExp }>;
  exposure: RegExp;
  hedge: RegExp;
  negation: RegExp;
}

function build(types: Record<string, string[]>, words: boolean): Pick<Lexicon, "codes"> {
  const b = words ? String.raw`\b` : "";
  const codes = Object.entries(types).map(([code, pats]) => ({ code, re: new RegExp(`${b}(?:${pats.join("|")})${b}`, words ? "gi" : "g") }));
  return { codes };
}

const LEX: Record<"en" | "ja", Lexicon> = {
  en: { ...build(en.DATA_TYPES, true), exposure: en.EXPOSURE_CUES, hedge: en.HEDGE_CUES, negation: en.NEGATION_CUES },
  ja: { ...build(ja.DATA_TYPES, false), exposure: ja.EXPOSURE_CUES, hedge: ja.HEDGE_CUES, negation: ja.NEGATION_CUES },
};

/**
 * Finds mentions of leaked data types in sentences that speak of an exposure, and gives each the
 * status its sentence states: denied, hedged, or leaked.
 */
export const dataTypeCandidates: Unit = {
  id: "data_types",
  run(doc, ex) {
    return { ...ex, data_types: find(doc, LEX[doc.lang]) };
  },
};

function find(doc: Doc, lex: Lexicon): DataTypeMention[] {
  const found: DataTypeMention[] = [];
  for (const { code, re } of lex.codes) {
    for (const { start, end, sentence } of matchStory(doc, re)) {
      const s = doc.sentences[sentence];
      const src = doc.folded.slice(s.start, s.end);
      if (!lex.exposure.test(src)) continue;
      const status: Status = lex.negation.test(src) ? "not_leaked" : lex.hedge.test(src) ? "possibly_leaked" : "leaked";
      found.push({ start, end, text: doc.text.slice(start, end), type: code, status, rule: `data_types.${doc.lang}` });
    }
  }
  // "user names" is a username, not a full name: the longest mention at a place wins.
  return noOverlap(found);
}
