import { createRequire } from "node:module";

/** kuromoji's word lattice in linear time: it walks the trie byte by byte instead of copying the rest of the sentence at each position. Ported from kuromoji 0.1.2 (Apache-2.0, (c) Takuya Asano and Atilika Inc.); test/lattice.test.ts checks every token. */

const require = createRequire(import.meta.url);
type LatticeCtor = new () => { append(node: unknown): void; appendEos(): void };
type NodeCtor = new (name: number, cost: number, start: number, length: number, type: string, left: number, right: number, surface: string) => unknown;
const ViterbiLattice: LatticeCtor = require("kuromoji/src/viterbi/ViterbiLattice.js");
const ViterbiNode: NodeCtor = require("kuromoji/src/viterbi/ViterbiNode.js");

interface Dictionary {
  dictionary: { getShort(at: number): number };
}

/** kuromoji's target map as flat arrays (`t`: `values[offsets[t]..offsets[t + 1]]`): 3 MB shared, not 76 MB each. */
export interface TargetIndex {
  offsets: Int32Array;
  values: Int32Array;
}

interface CharClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

/** kuromoji's ViterbiBuilder instance (the fields its `build` uses). */
export interface ViterbiBuilder {
  trie: { bc: { getBase(i: number): number; getCheck(i: number): number } };
  token_info_dictionary: Dictionary;
  unknown_dictionary: Dictionary & { lookup(ch: string): CharClass; target_map: Record<number, number[]> };
  build(sentence: string): unknown;
}

/** The trie's root node and its end-of-word byte (doublearray's ROOT_ID and TERM_CODE). */
const ROOT = 0;
const TERM = 0;

/** The child of `parent` along byte `code` in the double-array trie, or -1. */
function step(bc: ViterbiBuilder["trie"]["bc"], parent: number, code: number): number {
  const child = bc.getBase(parent) + code;
  return bc.getCheck(child) === parent ? child : -1;
}

/** Words at UTF-16 index `from`, as `commonPrefixSearch(s.slice(from))` gives them; words end on whole characters. */
export function prefixWords(trie: ViterbiBuilder["trie"], s: string, from: number): Array<{ k: string; v: number | undefined }> {
  const bc = trie.bc;
  const out: Array<{ k: string; v: number | undefined }> = [];
  let node = ROOT;
  for (let i = from; i < s.length; ) {
    let cp = s.charCodeAt(i++);
    if (cp >= 0xd800 && cp <= 0xdbff && i < s.length) {
      const low = s.charCodeAt(i);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    // The character's UTF-8 bytes, as doublearray's stringToUtf8Bytes writes them.
    if (cp < 0x80) node = step(bc, node, cp);
    else if (cp < 0x800) node = walk(bc, node, [(cp >>> 6) | 0xc0, (cp & 0x3f) | 0x80]);
    else if (cp < 0x10000) node = walk(bc, node, [(cp >>> 12) | 0xe0, ((cp >>> 6) & 0x3f) | 0x80, (cp & 0x3f) | 0x80]);
    else node = walk(bc, node, [(cp >>> 18) | 0xf0, ((cp >>> 12) & 0x3f) | 0x80, ((cp >>> 6) & 0x3f) | 0x80, (cp & 0x3f) | 0x80]);
    if (node < 0) break;
    const end = step(bc, node, TERM);
    if (end >= 0) {
      const base = bc.getBase(end);
      out.push({ k: s.slice(from, i), v: base <= 0 ? -base - 1 : undefined });
    }
  }
  return out;
}

/** Follows several bytes from `node`; -1 as soon as one has no branch. */
function walk(bc: ViterbiBuilder["trie"]["bc"], node: number, bytes: number[]): number {
  for (const b of bytes) {
    node = step(bc, node, b);
    if (node < 0) return -1;
  }
  return node;
}

/** The UTF-16 index of each code point of `s` (kuromoji counts positions in code points). */
function codePointStarts(s: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    at.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return at;
}

/** One node per dictionary entry `ids[from..to)` of a word, context ids and cost read from the entry. */
function appendNodes(lattice: InstanceType<LatticeCtor>, dict: Dictionary, ids: ArrayLike<number>, from: number, to: number, start: number, length: number, type: string, surface: string): void {
  for (let i = from; i < to; i++) {
    const id = ids[i];
    const left = dict.dictionary.getShort(id);
    const right = dict.dictionary.getShort(id + 2);
    const cost = dict.dictionary.getShort(id + 4);
    lattice.append(new ViterbiNode(id, cost, start, length, type, left, right, surface));
  }
}

/** kuromoji's lattice for one sentence, built as ViterbiBuilder.build builds it. */
export function buildLattice(b: ViterbiBuilder, targets: TargetIndex, sentence: string): unknown {
  const lattice = new ViterbiLattice();
  const starts = codePointStarts(sentence);
  const n = starts.length;
  const known = b.token_info_dictionary;
  const unknown = b.unknown_dictionary;
  const end = (k: number) => (k < n ? starts[k] : sentence.length);
  const classes = starts.map((_, k) => unknown.lookup(sentence.slice(starts[k], end(k + 1))));
  // Where k's class run ends: kuromoji grows an unknown word over such a run one character at a time.
  const runEnd = new Array<number>(n);
  for (let k = n - 1; k >= 0; k--) runEnd[k] = k + 1 < n && classes[k + 1].class_name === classes[k].class_name ? runEnd[k + 1] : k + 1;
  for (let pos = 0; pos < n; pos++) {
    const words = prefixWords(b.trie, sentence, starts[pos]);
    for (const w of words) {
      const t = w.v as number;
      appendNodes(lattice, known, targets.values, targets.offsets[t], targets.offsets[t + 1], pos + 1, w.k.length, "KNOWN", w.k);
    }
    // Unknown words: the head character alone, or the run of its class if the class groups.
    const cls = classes[pos];
    if (words.length === 0 || cls.is_always_invoke === 1) {
      const last = cls.is_grouping === 1 ? runEnd[pos] : pos + 1;
      const key = sentence.slice(starts[pos], end(last));
      // kuromoji's key is a SurrogateAwareString (length 1 in code points) until appended to, then a UTF-16 string.
      const length = last > pos + 1 ? key.length : 1;
      const ids = unknown.target_map[cls.class_id];
      appendNodes(lattice, unknown, ids, 0, ids.length, pos + 1, length, "UNKNOWN", key);
    }
  }
  lattice.appendEos();
  return lattice;
}

/** Makes `tokenizer` build lattices with `buildLattice` over `targets`; its own target map may then stay empty. */
export function useLinearLattice<T extends object>(tokenizer: T, targets: TargetIndex): T {
  const b = (tokenizer as unknown as { viterbi_builder: ViterbiBuilder }).viterbi_builder;
  b.build = (sentence: string) => buildLattice(b, targets, sentence);
  return tokenizer;
}
