import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import { DEFAULT_DOC_TIMEOUT, DEFAULT_MAX_BYTES } from "../../src/options.js";
import { cutPoint, processBytes, type FileResult } from "../../src/pipeline.js";
import { loadResources, runCli } from "../helpers.js";
import { EN_ARTICLE, HEAVY } from "./generate.js";

/**
 * "Bounded work": every pathological input finishes with the pipeline's defaults, well inside the
 * default time budget of one document. Times are measured and printed for the report.
 */
let res: Resources;
beforeAll(async () => {
  res = await loadResources();
});

const tmp = mkdtempSync(join(tmpdir(), "leakset-bounded-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs one input through the whole pipeline with the default size limit; returns result and ms. */
function timed(name: string, text: string): { out: FileResult; ms: number } {
  const t = performance.now();
  const out = processBytes(name, Buffer.from(text), undefined, { lang: "auto", maxBytes: DEFAULT_MAX_BYTES }, res);
  const ms = performance.now() - t;
  console.log(`bounded: ${name} ${Buffer.byteLength(text)} bytes in ${Math.round(ms)} ms`);
  return { out, ms };
}

/** A share of the default budget: generous for a shared test machine, far below "unbounded". */
const BUDGET_MS = (DEFAULT_DOC_TIMEOUT * 1000) / 2;

describe("pathological inputs finish with a record", () => {
  test.each([
    ["a 3 MB line without a space", "long-line.txt", HEAVY.longLine],
    ["200,000 commas between digits", "commas.txt", HEAVY.commas],
    ["50,000 nested <div>s", "divs.html", HEAVY.divs],
  ])("%s", (_what, name, make) => {
    const { out, ms } = timed(name, make());
    expect("record" in out).toBe(true);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  // Regression: parseJaNumber once sliced the rest of its input at each numeral (quadratic: 200,000
  // numerals took two minutes). Runs are now bounded in the patterns and in the parser.
  test("200,000 kanji numerals in a row", () => {
    const { out, ms } = timed("kanji.txt", HEAVY.kanji());
    expect("record" in out).toBe(true);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  // The test cuts at 300 KB rather than the default --max-bytes to stay quick: the cut is the same
  // code either way.
  test("a 10 MB article is cut at a line end to --max-bytes, reported, and finishes", () => {
    const text = HEAVY.tenMB();
    const t = performance.now();
    const out = processBytes("ten-mb.txt", Buffer.from(text), undefined, { lang: "auto", maxBytes: 300_000 }, res);
    const ms = performance.now() - t;
    console.log(`bounded: ten-mb.txt ${Buffer.byteLength(text)} bytes cut to 300 KB in ${Math.round(ms)} ms`);
    expect("record" in out && out.warning?.code).toBe("TOO_LARGE");
    if (!("record" in out)) return;
    // Cut after a whole line: the text ends with the article's last sentence, complete.
    expect(out.warning!.reason).toMatch(/only the first \d+ bytes were read/);
    expect(out.record.data_types.at(-1)!.text).toBe("Passwords");
    expect(ms).toBeLessThan(BUDGET_MS);
  }, 120_000);
});

describe("cutPoint", () => {
  const ja = Buffer.from("漏".repeat(10)); // 3 bytes a character, no line break
  test.each([
    ["under the limit: all", Buffer.from("abc\ndef"), 100, 7],
    ["after the last line break before the limit", Buffer.from("abc\ndef\nghi"), 9, 8],
    ["one long line: at the limit", Buffer.from("abcdefghij"), 4, 4],
    ["one long UTF-8 line: never inside a character", ja, 7, 6],
    ["one long UTF-8 line: at a character boundary", ja, 6, 6],
  ])("%s", (_name, data, max, want) => {
    expect(cutPoint(data, max)).toBe(want);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(0, cutPoint(data, max)))).toBeTypeOf("string");
  });
});

describe("the per-document time budget stops a runaway document", () => {
  test("a document over --doc-timeout becomes a TIMEOUT row; the others are processed", async () => {
    const corpus = join(tmp, "corpus");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "a-small.txt"), EN_ARTICLE);
    // 2 MB of English (the size limit) takes seconds to analyse: always over a budget of 1 s.
    writeFileSync(join(corpus, "b-big.txt"), HEAVY.tenMB().slice(0, DEFAULT_MAX_BYTES));
    writeFileSync(join(corpus, "c-small.txt"), EN_ARTICLE);
    const out = join(tmp, "out");
    const run = await runCli(["--corpus", corpus, "--out", out, "--quiet", "--workers", "1", "--doc-timeout", "1"]);
    expect(run.code).toBe(1);
    // The first three columns; provenance columns follow them.
    const rows = readFileSync(join(out, "problems.csv"), "utf8").trim().split("\n").map((l) => l.split(",").slice(0, 3).join(","));
    expect(rows).toEqual(["file,code,reason", "b-big.txt,TIMEOUT,stopped after the 1 s budget of one document"]);
    const sources = readFileSync(join(out, "records.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l).source);
    expect(sources).toEqual(["a-small.txt", "c-small.txt"]);
  }, 120_000);
});

describe("the time budget is each document's own", () => {
  test("documents queued behind others and the worker's start-up are not charged for the wait", async () => {
    const corpus = join(tmp, "queued");
    mkdirSync(corpus);
    // Several documents are queued per worker at once, and all wait for the worker's start-up
    // (loading the code and the dictionary, over a second): a budget counted from submission
    // would stop them. Each one alone takes a few milliseconds.
    for (let i = 0; i < 6; i++) writeFileSync(join(corpus, `q${i}.txt`), EN_ARTICLE);
    const out = join(tmp, "queued-out");
    const run = await runCli(["--corpus", corpus, "--out", out, "--quiet", "--workers", "1", "--doc-timeout", "1"]);
    expect(readFileSync(join(out, "problems.csv"), "utf8").trim().split("\n")).toHaveLength(1);
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, "records.jsonl"), "utf8").trim().split("\n")).toHaveLength(6);
  }, 120_000);
});
