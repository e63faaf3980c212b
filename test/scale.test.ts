import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { inShard, parseShard } from "../src/corpus/shard.js";
import { SHARED, folderBytes, runCli } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "leakset-scale-"));
const corpus = join(tmp, "corpus");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A mixed corpus of both languages in subfolders, copied at test time (never committed). */
beforeAll(() => {
  cpSync(join(SHARED, "dev", "en"), join(corpus, "en"), { recursive: true });
  cpSync(join(SHARED, "dev", "ja"), join(corpus, "ja"), { recursive: true });
  // One metadata.csv at the root, with paths under the root, as the contract says.
  const rows = ["file,published"];
  for (const lang of ["en", "ja"]) {
    const csv = readFileSync(join(corpus, lang, "metadata.csv"), "utf8").trim().split("\n").slice(1);
    for (const line of csv) rows.push(`${lang}/${line.split(",")[0]},${line.split(",")[1]}`);
  }
  writeFileSync(join(corpus, "metadata.csv"), rows.join("\n") + "\n");
});

describe("--shard K/N", () => {
  test.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/3", { index: 2, count: 3 }],
    ["0/3", null],
    ["4/3", null],
    ["a/b", null],
    ["1/0", null],
  ])("parseShard(%j)", (raw, want) => expect(parseShard(raw)).toEqual(want));

  test("every file is in exactly one of N shards", () => {
    const files = Array.from({ length: 200 }, (_, i) => `dir${i % 7}/file-${i}.txt`);
    for (const f of files) {
      const hits = [1, 2, 3].filter((k) => inShard(f, { index: k, count: 3 }));
      expect(hits).toHaveLength(1);
    }
  });
});

describe("parallel, sharded and incremental runs write the same bytes as one plain run", () => {
  const single = join(tmp, "single");
  beforeAll(async () => {
    const r = await runCli(["--corpus", corpus, "--out", single, "--quiet", "--workers", "1"]);
    expect(r.stderr).toBe("");
  });

  test("two workers", async () => {
    const two = join(tmp, "two");
    expect((await runCli(["--corpus", corpus, "--out", two, "--quiet", "--workers", "2"])).code).toBe(0);
    expect(folderBytes(two)).toEqual(folderBytes(single));
  });

  test("three shards in separate processes, merged", async () => {
    const parts = [1, 2, 3].map((k) => join(tmp, `part${k}`));
    const runs = await Promise.all(parts.map((p, i) => runCli(["--corpus", corpus, "--out", p, "--quiet", "--workers", "1", "--shard", `${i + 1}/3`])));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const sizes = parts.map((p) => readFileSync(join(p, "records.jsonl"), "utf8").split("\n").filter(Boolean).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(40);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    const merged = join(tmp, "merged");
    const m = await runCli(["merge", "--out", merged, ...parts]);
    expect(m.code).toBe(0);
    expect(folderBytes(merged)).toEqual(folderBytes(single));
    // Each part says which slice it is; the merged output, like a single run, says none.
    expect(parts.map((p) => JSON.parse(readFileSync(join(p, "manifest.json"), "utf8")).shard)).toEqual(["1/3", "2/3", "3/3"]);

    // A failed array task leaves a slice out: the merge refuses, and writes nothing.
    const short = join(tmp, "merged-short");
    const refused = await runCli(["merge", "--out", short, parts[0], parts[2]]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("leakset: 1 of 3 shards missing (2): their documents would be left out of the merged output\n");
    expect(existsSync(short)).toBe(false);
  });

  test("incremental: unchanged documents are reused, changed and new ones processed", async () => {
    const inc = join(tmp, "inc");
    cpSync(single, inc, { recursive: true });
    const same = await runCli(["--corpus", corpus, "--out", inc, "--incremental", "--workers", "1"]);
    expect(same.stderr).toContain("40 reused");
    expect(folderBytes(inc)).toEqual(folderBytes(single));

    // The corpus grows by one article and one article is edited: only those two are processed.
    writeFileSync(join(corpus, "en", "zz-new.txt"), "Acme Corp said hackers stole the names of 2,000 customers on March 3, 2024.\n");
    // More new articles than documents may be in flight at once, among reused ones.
    for (let k = 0; k < 8; k++) writeFileSync(join(corpus, k % 2 ? "ja" : "en", `new-${k}.txt`), `Beta Ltd said the emails of ${k + 2},000 users leaked.\n`);
    appendFileSync(join(corpus, "ja", "ja-001.txt"), "\n追記：お問い合わせ窓口を設けました。\n");
    const grown = await runCli(["--corpus", corpus, "--out", inc, "--incremental", "--workers", "1"]);
    expect(grown.stderr).toContain("39 reused");
    const full = join(tmp, "full");
    expect((await runCli(["--corpus", corpus, "--out", full, "--quiet", "--workers", "1"])).code).toBe(0);
    expect(folderBytes(inc)).toEqual(folderBytes(full));
  });

  test("incremental over an unchanged corpus and an intact output: nothing is rewritten", async () => {
    const base = join(tmp, "base");
    expect((await runCli(["--corpus", corpus, "--out", base, "--quiet", "--workers", "1"])).code).toBe(0);
    const before = folderBytes(base);
    const stamps = () => readdirSync(base).map((f) => [f, statSync(join(base, f)).mtimeMs]);
    const times = stamps();
    const again = await runCli(["--corpus", corpus, "--out", base, "--incremental"]);
    expect(again.stderr).toMatch(/\((\d+) en, (\d+) ja, (\d+) reused\)/);
    expect(stamps()).toEqual(times);
    expect(folderBytes(base)).toEqual(before);
  });

  test("the manifest lists every other output file with its SHA-256", () => {
    const base = join(tmp, "base");
    const manifest = JSON.parse(readFileSync(join(base, "manifest.json"), "utf8")) as { outputs: Array<{ file: string; sha256: string; bytes: number }> };
    const files = readdirSync(base).filter((f) => f !== "manifest.json").sort();
    expect(manifest.outputs.map((o) => o.file)).toEqual(files);
    for (const o of manifest.outputs) {
      const bytes = readFileSync(join(base, o.file));
      expect(o, o.file).toEqual({ file: o.file, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length });
    }
  });

  test.each([
    ["an output file was edited", (out: string) => appendFileSync(join(out, "mentions.csv"), "edited by hand\n"), [] as string[]],
    ["an output file was deleted", (out: string) => rmSync(join(out, "dates.csv")), [] as string[]],
    ["a file was added to the output folder", (out: string) => writeFileSync(join(out, "notes.txt"), "mine"), [] as string[]],
    ["metadata.csv gained a row for a file that does not exist", () => appendFileSync(join(corpus, "metadata.csv"), "en/missing.txt,2024-01-01\n"), [] as string[]],
    ["the run covers one shard of the corpus the output was made from", () => undefined, ["--shard", "1/3"]],
  ])("incremental after %s: the output is that of a full run", async (_what, change, extra) => {
    const out = join(tmp, `changed-${readdirSync(tmp).length}`);
    const full = `${out}-full`;
    expect((await runCli(["--corpus", corpus, "--out", out, "--quiet"])).code).toBeLessThan(2);
    change(out);
    const inc = await runCli(["--corpus", corpus, "--out", out, "--quiet", "--incremental", ...extra]);
    expect(inc.code).toBeLessThan(2);
    const plain = await runCli(["--corpus", corpus, "--out", full, "--quiet", ...extra]);
    expect(plain.code).toBe(inc.code);
    expect(folderBytes(out)).toEqual(folderBytes(full));
  });
});
