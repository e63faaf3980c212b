import type kuromoji from "kuromoji";
import type { Entity, Sentence, Token } from "../types.js";
import { loadJaDictionary, tokenizerFrom, type JaDictionary } from "./dictionary.js";

/** The kuromoji tokenizer: heavy (about 1 s and 100 MB to build), so built once per process. */
export type JaTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** Longest piece handed to kuromoji at once: its lattice cost grows faster than the length. */
export const MAX_CHUNK = 256;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The tokenizer over the package's dictionary (or a shared one), with the linear-time lattice of lattice.ts. */
export async function loadJaTokenizer(dict?: JaDictionary): Promise<JaTokenizer> {
  return tokenizerFrom(dict ?? (await loadJaDictionary()));
}

/** [start, end) chunks of `s` of at most MAX_CHUNK units, cut after 、，, or a space if possible, so words stay whole. */
export function chunks(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (s.length - from > MAX_CHUNK) {
    let cut = -1;
    for (let i = from + MAX_CHUNK; i > from + MAX_CHUNK / 2; i--) {
      if (/[、，,\s・]/.test(s[i - 1])) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      cut = from + MAX_CHUNK;
      // Never cut a surrogate pair in two.
      const c = s.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    out.push([from, cut]);
    from = cut;
  }
  if (from < s.length) out.push([from, s.length]);
  return out;
}

/** kuromoji over the story's `folded` text (２０２４ as digits), reporting the original; offsets come from the surface forms, as `word_position` counts code points from 1. */
export function tokenizeJa(tokenizer: JaTokenizer, text: string, folded: string, sentences: Sentence[]): { tokens: Token[]; entities: Entity[] } {
  const tokens: Token[] = [];
  for (const s of sentences) {
    if (s.boilerplate) continue;
    const src = folded.slice(s.start, s.end);
    for (const [a, b] of chunks(src)) {
      let at = s.start + a;
      // kuromoji throws on a lone surrogate; one UTF-16 unit for another keeps every offset.
      for (const t of tokenizer.tokenize(src.slice(a, b).replace(LONE_SURROGATE, "\ufffd"))) {
        const len = t.surface_form.length;
        tokens.push({
          start: at,
          end: at + len,
          text: text.slice(at, at + len),
          pos: t.pos,
          pos1: t.pos_detail_1,
          pos2: t.pos_detail_2,
          basic: t.basic_form === "*" ? t.surface_form : t.basic_form,
          // A word the dictionary lacks is more likely a name than a common noun.
          ...(t.word_type === "UNKNOWN" ? { unknown: true } : {}),
        });
        at += len;
      }
    }
  }
  return { tokens, entities: entitiesOf(tokens, text) };
}

const KIND: Record<string, Entity["kind"]> = { 組織: "org", 人名: "person", 地域: "place" };

/** Runs of proper-noun tokens that kuromoji tags 組織, 人名 or 地域, merged into one entity each. */
function entitiesOf(tokens: Token[], text: string): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i].pos1 === "固有名詞" ? KIND[tokens[i].pos2] : undefined;
    if (!kind) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end && tokens[j + 1].pos1 === "固有名詞" && KIND[tokens[j + 1].pos2] === kind) j++;
    out.push({ start: tokens[i].start, end: tokens[j].end, text: text.slice(tokens[i].start, tokens[j].end), kind });
    i = j;
  }
  return out;
}
