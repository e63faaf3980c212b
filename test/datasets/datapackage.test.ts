import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CODE_LISTS, DATA_TYPE_CODES } from "../../src/output/codes.js";
import { DOC_TABLES, FINAL_TABLES } from "../../src/output/writer.js";
import { folderBytes, runCli } from "../helpers.js";
import { writeCorpus } from "./corpus.js";
import { validatePackage } from "./validate.js";

const tmp = mkdtempSync(join(tmpdir(), "leakset-datasets-"));
const corpus = join(tmp, "corpus");
const csvOut = join(tmp, "csv");
const pqOut = join(tmp, "parquet");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  writeCorpus(corpus);
  const runs = await Promise.all([
    runCli(["--corpus", corpus, "--out", csvOut, "--quiet", "--workers", "1"]),
    runCli(["--corpus", corpus, "--out", pqOut, "--quiet", "--workers", "1", "--format", "parquet"]),
  ]);
  // 1: the bad row of aliases.csv is reported in problems.csv, and the run goes on.
  expect(runs.map((r) => [r.code, r.stderr])).toEqual([[1, ""], [1, ""]]);
});

const TABLES = [...DOC_TABLES, ...FINAL_TABLES].map((t) => t.name);

describe("datapackage.json", () => {
  test.each([["csv", csvOut], ["parquet", pqOut]])("the %s output is a valid Data Package", async (_, dir) => {
    expect(await validatePackage(dir)).toEqual([]);
  });

  test.each([["csv", csvOut], ["parquet", pqOut]])("the %s package describes every table, and only those files", (format, dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(TABLES);
    const files = Object.keys(folderBytes(dir)).sort();
    expect(files).toEqual([...TABLES.map((t) => `${t}.${format}`), "datapackage.json", "manifest.json", "records.json", "records.jsonl", "report.html"].sort());
  });

  test("every data-type code of the contract is enumerated, with its HIBP class and VERIS variety in codes.csv", () => {
    const pkg = JSON.parse(readFileSync(join(csvOut, "datapackage.json"), "utf8"));
    const field = pkg.resources.find((r: { name: string }) => r.name === "data_types").schema.fields.find((f: { name: string }) => f.name === "type");
    expect(field.constraints.enum).toEqual(DATA_TYPE_CODES.map((c) => c.value));
    const codes: Record<string, string>[] = parse(readFileSync(join(csvOut, "codes.csv"), "utf8"), { columns: true });
    const sega = codes.find((c) => c.list === "data_type" && c.code === "payment_card");
    expect(sega).toMatchObject({ hibp_class: "Credit cards", veris_variety: "Payment", category: "payment" });
    expect(codes).toHaveLength(Object.values(CODE_LISTS).reduce((n, l) => n + l.length, 0));
  });

  test("the metadata columns are described, and the alias problem is reported", () => {
    const pkg = JSON.parse(readFileSync(join(csvOut, "datapackage.json"), "utf8"));
    const names = pkg.resources[0].schema.fields.map((f: { name: string }) => f.name);
    expect(names.slice(-3)).toEqual(["tool_version", "run_id", "meta_publisher"]);
    expect(readFileSync(join(csvOut, "problems.csv"), "utf8")).toContain("aliases.csv:3,METADATA");
  });
});

describe("tidy tables", () => {
  test.each(["data_types", "dates", "counts", "organizations"])("every row of %s.csv carries a sentence that holds its text", (name) => {
    const rows: Record<string, string>[] = parse(readFileSync(join(csvOut, `${name}.csv`), "utf8"), { columns: true });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.sentence, `${r.doc_id} ${r.text}`).toContain(r.text.replace(/\s+/g, " "));
  });
});

describe("the validator finds what is wrong", () => {
  /** [what, how to break a copy of the CSV output, an error it must report] */
  const cases: Array<[string, (dir: string) => void, string]> = [
    ["a missing file", (d) => rmSync(join(d, "dates.csv")), "dates.csv: missing"],
    ["a header that differs", (d) => edit(d, "counts.csv", (s) => s.replace("qualifier", "qualifiers")), "counts.csv: header"],
    ["a code outside its enumeration", (d) => edit(d, "data_types.csv", (s) => s.replace(",leaked,", ",stolen,")), "is not in its enumeration"],
    ["a bad integer", (d) => edit(d, "counts.csv", (s) => s.replace("1290000", "1.29m")), "is not a integer"],
    ["an empty required cell", (d) => edit(d, "records.csv", (s) => s.replace(",UTF-8,", ",,")), "required but empty"],
    ["a dangling foreign key", (d) => edit(d, "dates.csv", (s) => s.replace(/\nen\/sega-2011,/, "\nen/nowhere,")), "is not in records"],
    ["a descriptor without resource names", (d) => edit(d, "datapackage.json", (s) => s.replaceAll('"name": "records"', '"nom": "records"')), "must have required property 'name'"],
  ];
  const edit = (dir: string, file: string, f: (s: string) => string) => {
    const before = readFileSync(join(dir, file), "utf8");
    const after = f(before);
    expect(after, `${file} was not changed`).not.toBe(before);
    writeFileSync(join(dir, file), after);
  };
  test.each(cases)("%s", async (_, breakIt, want) => {
    const copy = mkdtempSync(join(tmp, "broken-"));
    cpSync(csvOut, copy, { recursive: true });
    breakIt(copy);
    const errors = await validatePackage(copy);
    expect(errors.join("\n")).toContain(want);
  });
});

describe("Parquet", () => {
  test.each(TABLES)("%s: the Parquet file holds the same cells as the CSV file", async (name) => {
    const { asyncBufferFromFile, parquetReadObjects } = await import("hyparquet");
    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(join(pqOut, `${name}.parquet`)) })) as Record<string, unknown>[];
    const csv: Record<string, string>[] = parse(readFileSync(join(csvOut, `${name}.csv`), "utf8"), { columns: true });
    const text = (v: unknown) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    // The run ids differ (the format is an option of the run); every other cell must be equal.
    const cells = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "run_id").map(([k, v]) => [k, text(v)]));
    expect(rows.map(cells)).toEqual(csv.map(cells));
    expect(rows.length).toBe(csv.length);
  });

  test("shards merged write the same Parquet bytes as one run", async () => {
    const parts = [1, 2].map((k) => join(tmp, `pq-part${k}`));
    const runs = await Promise.all(parts.map((p, i) => runCli(["--corpus", corpus, "--out", p, "--quiet", "--workers", "1", "--format", "parquet", "--shard", `${i + 1}/2`])));
    expect(runs.map((r) => r.stderr)).toEqual(["", ""]);
    const merged = join(tmp, "pq-merged");
    const m = await runCli(["merge", "--out", merged, ...parts]);
    expect(m.stderr).toContain("merged 2 parts");
    expect(folderBytes(merged)).toEqual(folderBytes(pqOut));
  });
});
