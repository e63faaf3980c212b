/**
 * Regenerates the column tables of README.md from the one output schema, between markers
 * `<!-- columns:NAME -->` and `<!-- /columns -->`. `npm run docs` writes them; test/readme.test.ts
 * fails when the README is out of date, so the documentation can never drift from the writers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { readmeTables, renderReadme } from "../src/output/docs.js";

const path = resolve(import.meta.dirname, "..", "README.md");
const before = readFileSync(path, "utf8");
const after = renderReadme(before, readmeTables());
if (after !== before) {
  writeFileSync(path, after);
  console.log("README.md column tables updated");
} else console.log("README.md column tables are up to date");
