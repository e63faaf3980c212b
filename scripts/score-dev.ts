/**
 * Runs the extraction over every dev corpus and the bundled corpus, and prints the scorer's
 * tables: the figures for closing notes. English is also scored as en + hibp together, the way
 * the English targets are set.
 *
 *   npm run score            # summary tables
 *   npm run score -- --verbose
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const SHARED = resolve(ROOT, "..", "shared");
const verbose = process.argv.includes("--verbose");
const tmp = mkdtempSync(join(tmpdir(), "leakset-score-"));

// The compiled program, as `npm run extract` runs it.
execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" });
const extract = (corpus: string, out: string) =>
  execFileSync(process.execPath, [join(ROOT, "dist", "cli.js"), "--corpus", corpus, "--out", out, "--quiet"], { stdio: "inherit" });
const score = (gold: string, pred: string, title: string) => {
  const args = [join(SHARED, "eval", "score.mjs"), "--gold", gold, "--pred", pred, ...(verbose ? ["--verbose"] : [])];
  const text = execFileSync("node", args, { encoding: "utf8" });
  console.log(`\n## ${title}\n`);
  // Without --verbose, only the [all] table and the closing accuracy lines.
  const blocks = text.split("\n\n");
  console.log(verbose ? text : blocks.filter((b, i) => i === 0 || b.startsWith("[all]") || !b.startsWith("[")).join("\n"));
};

try {
  for (const c of ["en", "hibp", "ja"]) {
    extract(join(SHARED, "dev", c), join(tmp, c));
    score(join(SHARED, "dev", `${c}.gold.jsonl`), join(tmp, c, "records.jsonl"), `dev/${c}`);
  }
  const both = join(tmp, "en+hibp.jsonl");
  writeFileSync(both, readFileSync(join(tmp, "en", "records.jsonl"), "utf8") + readFileSync(join(tmp, "hibp", "records.jsonl"), "utf8"));
  score(`${join(SHARED, "dev", "en.gold.jsonl")},${join(SHARED, "dev", "hibp.gold.jsonl")}`, both, "dev/en + dev/hibp");
  extract(join(ROOT, "corpus"), join(tmp, "corpus"));
  score(join(SHARED, "gold", "seeds.gold.jsonl"), join(tmp, "corpus", "records.jsonl"), "seeds (corpus/)");
  score(join(ROOT, "test", "gold", "own.gold.jsonl"), join(tmp, "corpus", "records.jsonl"), "our own articles (corpus/own_*)");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
