/**
 * The benchmark's yardstick: merely tokenising a corpus in one process, with the dictionary and
 * libraries leakset uses (kuromoji over every Japanese sentence, compromise over every English
 * paragraph). scripts/bench.ts compiles it as it compiles leakset, so both pay the same start-up;
 * it prints its times as JSON.
 *
 *   node yardstick.mjs CORPUS_DIR
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type Nlp from "compromise";
import { chunks, loadJaTokenizer } from "../src/analyse/japanese.js";
import { paragraphs, splitSentences } from "../src/analyse/sentences.js";
import { fold } from "../src/text/fold.js";
import { detectLang } from "../src/text/lang.js";

// The same one-file build of compromise that leakset loads (src/analyse/english.ts).
const nlp: typeof Nlp = createRequire(import.meta.url)("compromise");

const dir = process.argv[2];
const t0 = performance.now();
const ja = await loadJaTokenizer();
const dictionary = (performance.now() - t0) / 1000;
const t1 = performance.now();
for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
  const text = readFileSync(join(dir, f), "utf8");
  const folded = fold(text);
  const lang = detectLang(text);
  for (const p of paragraphs(folded)) {
    if (lang === "en") nlp(p.text);
    else for (const s of splitSentences(p, folded)) for (const [a, b] of chunks(s.text)) ja.tokenize(s.text.slice(a, b));
  }
}
process.stdout.write(JSON.stringify({ seconds: (performance.now() - t1) / 1000, dictionary }) + "\n");
