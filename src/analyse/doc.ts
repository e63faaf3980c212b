import type { Doc, Lang } from "../types.js";
import { fold } from "../text/fold.js";
import { detectLang } from "../text/lang.js";
import { boilerplateFlags } from "./boilerplate.js";
import { analyseEnglish } from "./english.js";
import { tokenizeJa, type JaTokenizer } from "./japanese.js";
import { paragraphs, sentencesOf } from "./sentences.js";

/** Heavy resources built once per process and passed to every analysis. */
export interface Resources {
  ja: JaTokenizer;
}

/** What is known of a document before analysis. */
export interface DocInput {
  id: string;
  source: string;
  text: string;
  published: string | null;
  /** Forced language, or "auto" to detect it. */
  lang: Lang | "auto";
}

/** Builds an article's one `Doc`: width folded, language, paragraphs, sentences, boilerplate, tokens, entity hints. */
export function analyse(input: DocInput, res: Resources): Doc {
  const { text } = input;
  const folded = fold(text);
  const lang = input.lang === "auto" ? detectLang(text) : input.lang;
  const paras = paragraphs(folded);
  const flags = boilerplateFlags(paras, folded.length);
  const sentences = sentencesOf(text, folded, (i) => flags[i]);
  const titlePara = paras.find((p, i) => !flags[i] && p.text.length <= 200);
  const title = titlePara ? text.slice(titlePara.start, titlePara.end) : "";
  const { tokens, entities } = lang === "ja" ? tokenizeJa(res.ja, text, folded, sentences) : analyseEnglish(text, folded, sentences);
  return { id: input.id, source: input.source, lang, text, folded, published: input.published, title, sentences, tokens, entities };
}
