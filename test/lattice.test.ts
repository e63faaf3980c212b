import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import kuromoji from "kuromoji";
import { DIC_PATH, loadJaDictionary, type JaDictionary } from "../src/analyse/dictionary.js";
import { buildLattice, prefixWords, type ViterbiBuilder } from "../src/analyse/lattice.js";
import { SHARED, loadResources } from "./helpers.js";

/** Our tokenizer's builder, over the shared dictionary (its own target map left empty). */
let builder: ViterbiBuilder;
let dict: JaDictionary;
/** kuromoji's own ViterbiBuilder.build, on a tokenizer built by kuromoji's own builder and loader. */
let kuromojiBuild: (sentence: string) => unknown;

beforeAll(async () => {
  const { ja } = await loadResources();
  builder = (ja as unknown as { viterbi_builder: ViterbiBuilder }).viterbi_builder;
  dict = await loadJaDictionary();
  const plain = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((res, rej) => kuromoji.builder({ dicPath: DIC_PATH }).build((e, t) => (e ? rej(e) : res(t))));
  const b = (plain as unknown as { viterbi_builder: ViterbiBuilder }).viterbi_builder;
  kuromojiBuild = b.build.bind(b);
});

/** Our lattice for one piece. */
const ours = (p: string) => buildLattice(builder, dict.targets, p);

interface Node {
  name: number;
  cost: number;
  start_pos: number;
  length: number;
  type: string;
  left_id: number;
  right_id: number;
  surface_form: string;
}

/** Every node of a lattice, by the position it ends at, with the fields the search reads. */
const nodes = (lattice: unknown) =>
  (lattice as { nodes_end_at: Node[][] }).nodes_end_at.map((at) =>
    (at ?? []).map((n) => [n.name, n.cost, n.start_pos, n.length, n.type, n.left_id, n.right_id, n.surface_form]),
  );

const Tokenizer: { splitByPunctuation(text: string): string[] } = createRequire(import.meta.url)("kuromoji/src/Tokenizer.js");

/** The pieces kuromoji's tokenize hands its lattice builder (it splits after 、 and 。). */
const pieces = (text: string) => Tokenizer.splitByPunctuation(text);

describe("buildLattice builds kuromoji's lattice", () => {
  // Known words, unknown runs of each class (katakana, Latin, digits, full-width digits, kanji),
  // characters outside the BMP (𠮷, an emoji) alone and inside runs, and an empty piece.
  it.each([
    "令和6年5月、株式会社さくら物流は顧客情報約1,200件が流出した可能性があると発表した。",
    "ランサムウェアによる不正アクセスでメールアドレスとパスワードが漏えい",
    "ＡＢＣホールディングスの２０２４年度決算",
    "𠮷野家の会員サイトで😀マークのついた通知が届いた",
    "ｶﾀｶﾅとABCDEFGHIJKLMNOPQRSTUVWXYZと1234567890",
    "𠮷𠮷𠮷と😀😀",
    "x",
    "",
  ])("the same nodes for %j", (text) => {
    for (const p of pieces(text)) expect(nodes(ours(p))).toEqual(nodes(kuromojiBuild(p)));
  });

  it("the same nodes for every sentence of the Japanese dev corpus", () => {
    const dir = join(SHARED, "dev", "ja");
    let compared = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
      for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
        for (const p of pieces(line)) {
          expect(nodes(ours(p)), `${f}: ${p}`).toEqual(nodes(kuromojiBuild(p)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("is the builder the tokenizer uses", async () => {
    const { ja } = await loadResources();
    expect(Object.prototype.hasOwnProperty.call((ja as unknown as { viterbi_builder: object }).viterbi_builder, "build")).toBe(true);
  });
});

describe("prefixWords", () => {
  it("lists the dictionary words at a position, shortest first, as kuromoji's commonPrefixSearch", () => {
    const trie = builder.trie as ViterbiBuilder["trie"] & { commonPrefixSearch(key: string): unknown };
    const words = prefixWords(trie, "東京に住む", 0).map((w) => w.k);
    expect(words).toEqual(["東", "東京"]);
    for (const [s, from] of [["東京に住む", 0], ["東京に住む", 2], ["𠮷野家で", 0], ["ABC株式会社", 3], ["東京", 2]] as const) {
      expect(prefixWords(trie, s, from), `${s} @${from}`).toEqual(trie.commonPrefixSearch(s.slice(from)));
    }
  });

  it("finds nothing where no word starts (a private-use character)", () => {
    expect(prefixWords(builder.trie, "\ue000東京", 0)).toEqual([]);
  });
});
