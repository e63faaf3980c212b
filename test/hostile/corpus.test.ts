import { OUTPUT_FILES } from "../../src/output/writer.js";
import { parse } from "csv-parse/sync";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { neutralise } from "../../src/output/csv.js";
import type { DocRecord, Problem } from "../../src/types.js";
import { runCli } from "../helpers.js";
import { CASES, FORMULA_LINES, METADATA_BAD, METADATA_GOOD, RUN_ARGS, generateCorpus } from "./generate.js";

/**
 * One CLI run over the whole hostile corpus, then a test per rule of the issue on its output.
 * Cases an extractor is known to be slow on are left out here (they would only show the time
 * budget); test/hostile/bounded.test.ts holds them.
 */
const tmp = mkdtempSync(join(tmpdir(), "leakset-hostile-"));
const corpus = join(tmp, "corpus");
const outside = join(tmp, "outside");
const work = join(tmp, "work");
const out = join(work, "out");
const cases = CASES.filter((c) => !c.knownSlow);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every path under a folder (links not followed), for the "nothing written outside" check. */
const tree = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

let run: Awaited<ReturnType<typeof runCli>>;
let records: DocRecord[];
let problems: Problem[];
let corpusBefore: string[];
let outsideBefore: string[];
beforeAll(async () => {
  generateCorpus(corpus, outside, cases);
  corpusBefore = tree(corpus);
  outsideBefore = tree(outside);
  run = await runCli(["--corpus", corpus, "--out", out, "--quiet", ...RUN_ARGS]);
  records = readFileSync(join(out, "records.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  problems = parse(readFileSync(join(out, "problems.csv")), { columns: true });
}, 300_000);

const csvOf = (name: string): Record<string, string>[] => parse(readFileSync(join(out, name)), { columns: true });

describe("per-file problems are data, not crashes", () => {
  test("the run ends with exit 1 (some files reported) and says nothing on stderr", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  test.each(cases.map((c) => [c.rel, c] as const))("%j ends as its case says", (rel, c) => {
    // problems.csv holds neutralised text: compare with the path as the CSV writes it.
    const rows = problems.filter((p) => p.file === neutralise(rel));
    const record = records.find((r) => r.source === rel);
    if ("problem" in c.outcome) {
      expect(rows.map((p) => p.code)).toEqual([c.outcome.problem]);
      expect(rows[0].reason).not.toMatch(/\n/);
      expect(record).toBeUndefined();
    } else if ("record" in c.outcome) {
      expect(record, "a record").toBeDefined();
      expect(rows.map((p) => p.code)).toEqual(c.outcome.warning ? [c.outcome.warning] : []);
      if (c.outcome.encoding) expect(record!.encoding).toBe(c.outcome.encoding);
    } else {
      expect(rows).toEqual([]);
      expect(records.filter((r) => r.source.startsWith(rel + "/"))).toEqual([]);
    }
  });

  test("manifest.json lists exactly the rows of problems.csv", () => {
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.problems.map((p: Problem) => [neutralise(p.file), p.code, neutralise(p.reason)])).toEqual(problems.map((p) => [p.file, p.code, p.reason]));
    expect(manifest.counts.problems).toBe(problems.length);
  });

  test("every file of the corpus is either a record or a problem row", () => {
    const articles = cases.filter((c) => !("unlisted" in c.outcome)).map((c) => c.rel);
    const seen = new Set([...records.map((r) => r.source), ...problems.map((p) => p.file.replace(/^'/, ""))]);
    expect(articles.filter((a) => !seen.has(a))).toEqual([]);
  });
});

describe("links and paths", () => {
  test("nothing outside the root is read: no text of the outside folder reaches the output", () => {
    for (const f of readdirSync(out)) expect(readFileSync(join(out, f), "utf8"), f).not.toContain("SECRET-OUTSIDE");
  });

  test("file names with commas, quotes, newlines and Japanese survive into every CSV intact", () => {
    const names = cases.filter((c) => c.rel.startsWith("names/") || /^[=-]/.test(c.rel)).map((c) => c.rel);
    expect(names.length).toBeGreaterThanOrEqual(6);
    const sources = csvOf("records.csv").map((r) => r.source);
    const ids = new Set(csvOf("mentions.csv").map((m) => m.doc_id));
    for (const n of names) {
      expect(sources).toContain(neutralise(n));
      expect(ids.has(neutralise(n.replace(/\.txt$/, "")))).toBe(true);
      // JSON keeps the path exactly as it is on disk.
      expect(records.map((r) => r.source)).toContain(n);
    }
  });

  test("nothing is written outside --out: the corpus, the outside folder and --out's parent are as before", () => {
    expect(tree(corpus)).toEqual(corpusBefore);
    expect(tree(outside)).toEqual(outsideBefore);
    expect(readdirSync(work)).toEqual(["out"]);
    expect(readdirSync(out).sort()).toEqual([...OUTPUT_FILES].sort());
  });
});

describe("no spreadsheet formulas", () => {
  test.each(["records.csv", "mentions.csv", "problems.csv"])("no cell of %s starts with = + - @ tab or CR", (name) => {
    const rows: string[][] = parse(readFileSync(join(out, name)));
    const bad = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
    expect(bad).toEqual([]);
    expect(rows.length).toBeGreaterThan(1);
  });

  test("the JSON files keep the text as it was", () => {
    const formula = records.find((r) => r.source === "formula.txt")!;
    expect(formula.title).toBe(FORMULA_LINES[0]);
    expect(formula.meta.url).toBe('=HYPERLINK("http://evil.example")');
    const json: DocRecord[] = JSON.parse(readFileSync(join(out, "records.json"), "utf8"));
    expect(json.find((r) => r.source === "formula.txt")!.title).toBe(FORMULA_LINES[0]);
    const csv = csvOf("records.csv").find((r) => r.source === "formula.txt")!;
    expect(csv.title).toBe(`'${FORMULA_LINES[0]}`);
    expect(csv.meta_url).toBe(`'=HYPERLINK("http://evil.example")`);
  });
});

describe("markup", () => {
  test("script, style, noscript, comment and title contents never reach any output file", () => {
    for (const f of readdirSync(out)) expect(readFileSync(join(out, f), "utf8"), f).not.toMatch(/SECRET-(SCRIPT|STYLE|NOSCRIPT|COMMENT|TITLE)/);
  });

  test("entities are decoded in the text and the values", () => {
    const r = records.find((x) => x.source === "markup/script-style.html")!;
    expect(r.title).toBe("Acme & Sons Ltd. said on March 3, 2024 that names of 5,000 customers were stolen.");
    expect(r.money.map((m) => m.text)).toContain("£20,000");
    expect(JSON.stringify(r)).not.toMatch(/&(amp|pound|lt|mdash);/);
  });
});

describe("metadata.csv", () => {
  test.each(METADATA_BAD)("line %i is reported and ignored", (line, reason) => {
    const rows = problems.filter((p) => p.file === `metadata.csv:${line}`);
    expect(rows.map((p) => p.code)).toEqual(["METADATA"]);
    expect(rows[0].reason).toMatch(reason);
  });

  test("no other line is reported", () => {
    const lines = problems.filter((p) => p.code === "METADATA").map((p) => Number(p.file.split(":")[1]));
    expect(lines.sort((a, b) => a - b)).toEqual(METADATA_BAD.map(([l]) => l));
  });

  test.each(METADATA_GOOD)("the good row of %s still applies", (file, published) => {
    expect(records.find((r) => r.source === file)!.published).toBe(published);
  });

  test("rows that were reported do not apply", () => {
    expect(records.find((r) => r.source === "enc/cp932.txt")!.published).toBeNull();
    expect(records.find((r) => r.source === "enc/utf8.txt")!.meta.url).toBe("https://example.com/a");
  });
});

describe("exit codes", () => {
  const writeFile = async (p: string, s: string) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, s);
  };
  test.each<[string, () => Promise<string[]>, number]>([
    ["0: every file processed", async () => (await writeFile(join(tmp, "clean", "a.txt"), "Acme Inc. said 5,000 names were stolen.\n"), ["--corpus", join(tmp, "clean")]), 0],
    ["1: some files reported", async () => (await writeFile(join(tmp, "half", "a.txt"), ""), ["--corpus", join(tmp, "half")]), 1],
    ["2: the corpus root is a file", async () => (await writeFile(join(tmp, "file-root"), "x"), ["--corpus", join(tmp, "file-root")]), 2],
    ["2: --out is a folder that is not leakset output", async () => (await writeFile(join(tmp, "theirs", "thesis.docx"), "x"), ["--corpus", join(tmp, "clean"), "--out", join(tmp, "theirs")]), 2],
    ["2: --out is a file", async () => (await writeFile(join(tmp, "out-file"), "x"), ["--corpus", join(tmp, "clean"), "--out", join(tmp, "out-file")]), 2],
  ])("%s", async (_name, args, code) => {
    const a = await args();
    const target = a.includes("--out") ? [] : ["--out", join(tmp, `exit-${code}-${a.length}-${Date.now()}`)];
    const r = await runCli([...a, ...target, "--quiet", "--workers", "1"]);
    expect(r.code).toBe(code);
    if (code === 2) expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
