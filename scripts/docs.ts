/**
 * Regenerates the column tables and the codebook in README.md from the one output schema (between
 * `<!-- columns:begin -->`/`<!-- columns:end -->` and `<!-- codebook:begin -->`/`<!-- codebook:end -->`).
 * `npm run docs` writes them; test/datasets/docs.test.ts fails when the README is out of date, so
 * the documentation cannot drift from the writers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderDocs } from "../src/output/docs.js";

const path = resolve(import.meta.dirname, "..", "README.md");
const before = readFileSync(path, "utf8");
const after = renderDocs(before);
if (after !== before) {
  writeFileSync(path, after);
  console.log("README.md generated sections updated");
} else console.log("README.md generated sections are up to date");
