import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { CLI, ROOT, SHARED, folderBytes, runCli } from "./helpers.js";

const exec = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), "leakset-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const cli = runCli;

describe("npm run extract over the bundled corpus", () => {
  const out = join(tmp, "out");

  test("writes every output file and scores F1 100 on the seeds", async () => {
    const run = await cli(["--corpus", "corpus", "--out", out, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    for (const f of ["records.jsonl", "records.json", "records.csv", "mentions.csv", "problems.csv", "manifest.json"]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const score = await exec("node", [
      join(SHARED, "eval", "score.mjs"), "--gold", join(SHARED, "gold", "seeds.gold.jsonl"), "--pred", join(out, "records.jsonl"),
      "--min", "victims=1,dates=1,counts=1,money=1,data_types=1",
    ]);
    expect(score.stdout).toContain("documents 3, missing from the run 0");
  });

  test("scores at least F1 90 on every field over our own articles (test/gold/own.gold.jsonl)", async () => {
    // Articles written for this project, never tuned against: a floor rather than 100, so a
    // regression shows without making the test a copy of today's output.
    const score = await exec("node", [
      join(SHARED, "eval", "score.mjs"), "--gold", join(ROOT, "test", "gold", "own.gold.jsonl"), "--pred", join(out, "records.jsonl"),
      "--min", "victims=0.9,dates=0.9,counts=0.9,money=0.9,data_types=0.9",
    ]);
    expect(score.stdout).toContain("documents 5, missing from the run 0");
    expect(score.stdout).toMatch(/with a victim wrongly reported 0/);
  });

  test("two runs write the same bytes", async () => {
    const again = join(tmp, "again");
    expect((await cli(["--corpus", "corpus", "--out", again, "--quiet"])).code).toBe(0);
    for (const f of ["records.jsonl", "records.json", "records.csv", "mentions.csv", "problems.csv", "manifest.json"]) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
  });

  test("--excel starts every CSV with a UTF-8 byte-order mark, and JSON without", async () => {
    const xl = join(tmp, "excel");
    expect((await cli(["--corpus", "corpus", "--out", xl, "--quiet", "--excel"])).code).toBe(0);
    for (const f of ["records.csv", "mentions.csv", "problems.csv"]) expect(readFileSync(join(xl, f)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(join(xl, "records.jsonl"))[0]).toBe("{".charCodeAt(0));
  });
});

describe("bad invocations exit 2 with one line", () => {
  test.each([
    [["--no-such-option"], /Unknown option '--no-such-option'/],
    [["--corpus", "/no/such/folder"], /corpus folder \/no\/such\/folder does not exist/],
    [["--lang", "fr"], /--lang must be auto, en or ja/],
    [["--workers", "0"], /--workers must be a whole number/],
  ])("%j", async (args, message) => {
    const run = await cli([...args, "--out", join(tmp, "never")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(tmp, "never"))).toBe(false);
  });

  test("--help prints the usage and exits 0", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--corpus DIR");
  });
});

describe("two files with one doc_id", () => {
  test("both are processed and the later one in path order is reported as DUPLICATE_ID", async () => {
    const corpus = join(tmp, "dup");
    mkdirSync(join(corpus, "sub"), { recursive: true });
    const text = "Acme Corp said hackers stole the names of 2,000 customers on March 3, 2024.\n";
    for (const f of ["a.txt", "a.md", "sub/a.txt", "b.txt"]) writeFileSync(join(corpus, f), text);
    const out = join(tmp, "dup-out");
    const run = await cli(["--corpus", corpus, "--out", out, "--quiet"]);
    expect(run.code).toBe(1);
    const ids = readFileSync(join(out, "records.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l).doc_id);
    expect(ids).toEqual(["a", "a", "b", "sub/a"]);
    const problems = readFileSync(join(out, "problems.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(0, 2).join(","));
    expect(problems).toEqual(["a.txt,DUPLICATE_ID"]);

    // Once a.md is gone, an incremental run reuses a.txt without the old warning.
    rmSync(join(corpus, "a.md"));
    expect((await cli(["--corpus", corpus, "--out", out, "--quiet", "--incremental"])).code).toBe(0);
    const full = join(tmp, "dup-full");
    expect((await cli(["--corpus", corpus, "--out", full, "--quiet"])).code).toBe(0);
    expect(folderBytes(out)).toEqual(folderBytes(full));
  });
});

describe("the compiled program and the TypeScript sources", () => {
  test("give the same bytes: tsx src/cli.ts (its workers under tsx too) against dist/cli.js", async () => {
    const compiled = join(tmp, "compiled");
    const sources = join(tmp, "sources");
    expect((await cli(["--corpus", "corpus", "--out", compiled, "--quiet", "--workers", "2"])).code).toBe(0);
    await exec(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli.ts"), "--corpus", "corpus", "--out", sources, "--quiet", "--workers", "2"], {
      cwd: ROOT,
      env: { ...process.env, TZ: "Asia/Tokyo" },
    });
    expect(folderBytes(sources)).toEqual(folderBytes(compiled));
  });
});

describe("progress and summary on standard error", () => {
  test("not a terminal: plain lines and a closing summary naming the output folder", async () => {
    const out = join(tmp, "plain");
    const run = await cli(["--corpus", "corpus", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^leakset: \d+\/\d+ documents, [\d.]+\/s, about \d+ s left$/m);
    expect(run.stderr).toMatch(/^leakset: 8 of 8 documents \(4 en, 4 ja\), \d+ values, 0 problems, [\d.]+ s$/m);
    expect(run.stderr).toContain(`output in ${out}/`);
    expect(run.stderr).not.toContain("\u001b[");
  });

  test("a terminal: a bar redrawn in place, then the summary", async () => {
    const out = join(tmp, "tty");
    // `script` gives the CLI a pseudo-terminal, as an interactive shell would.
    const cmd = `${process.execPath} ${CLI} --corpus corpus --out ${out}`;
    const { stdout } = await exec("script", ["-qec", cmd, "/dev/null"], { cwd: ROOT, env: { ...process.env, TZ: "Asia/Tokyo" } });
    expect(stdout).toMatch(/\d+\/8 documents \| [\d.]+\/s \| .* left/);
    expect(stdout).toContain("leakset: 8 of 8 documents");
  });

  test("--quiet prints nothing", async () => {
    const run = await cli(["--corpus", "corpus", "--out", join(tmp, "quiet"), "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("");
  });
});

describe("a write error (a full disk) ends the run cleanly", () => {
  // `ulimit -f` caps the size of any file the process writes, with no root and no special disk:
  // node ignores SIGXFSZ, so a write past the cap fails with EFBIG as a full disk fails with ENOSPC.
  const limited = async (kib: number, args: string[]) => {
    try {
      const r = await exec("bash", ["-c", `ulimit -f ${kib} && exec "$0" "$@"`, process.execPath, CLI, ...args], { cwd: ROOT, env: { ...process.env, TZ: "Asia/Tokyo" } });
      return { code: 0, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stderr: string };
      return { code: err.code, stderr: err.stderr };
    }
  };
  const dotFolders = (dir: string) => readdirSync(dir).filter((n) => n.startsWith("."));

  test.skipIf(process.platform === "win32").each([
    ["CSV", ["--corpus", "corpus"]],
    ["Parquet", ["--corpus", "corpus", "--format", "parquet"]],
    ["merge", ["merge"]],
  ])("%s: exit 2, one line naming the file, the previous output untouched, nothing left behind", async (name, args) => {
    const dir = join(tmp, `full-${name}`);
    mkdirSync(dir);
    const out = join(dir, "out");
    expect((await cli(["--corpus", "corpus", "--out", out, "--quiet"])).code).toBe(0);
    const before = folderBytes(out);
    const parts = [join(dir, "p1"), join(dir, "p2")];
    if (name === "merge") {
      for (const [i, p] of parts.entries()) expect((await cli(["--corpus", "corpus", "--out", p, "--quiet", "--shard", `${i + 1}/2`])).code).toBe(0);
    }
    const run = await limited(16, name === "merge" ? ["merge", "--out", out, ...parts] : [...args, "--out", out, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^leakset: could not write [\\w.]+ in ${out}/: EFBIG: .*; the previous output there, if any, is left as it was\\n$`));
    expect(folderBytes(out)).toEqual(before);
    expect(dotFolders(dir)).toEqual([]);
  });

  test.skipIf(process.platform === "win32")("the same run without the cap succeeds (the cap, not the run, made it fail)", async () => {
    const out = join(tmp, "full-control");
    expect((await limited(100_000, ["--corpus", "corpus", "--out", out, "--quiet"])).code).toBe(0);
  });
});

describe("a broken kuromoji install", () => {
  test("ends the run with exit 2 and one line naming the dictionary file, not a problem row per document", async () => {
    // A copy of the compiled program beside its own node_modules: every package linked to the real
    // one but kuromoji, whose copy has one dictionary file cut short (a damaged download).
    const app = join(tmp, "broken-app");
    mkdirSync(join(app, "node_modules"), { recursive: true });
    cpSync(join(ROOT, "dist"), join(app, "dist"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(app, "package.json"));
    for (const name of readdirSync(join(ROOT, "node_modules"))) {
      if (name !== "kuromoji") symlinkSync(join(ROOT, "node_modules", name), join(app, "node_modules", name));
    }
    const kuromoji = join(app, "node_modules", "kuromoji");
    cpSync(join(ROOT, "node_modules", "kuromoji"), kuromoji, { recursive: true, dereference: true });
    const damaged = join(kuromoji, "dict", "base.dat.gz");
    writeFileSync(damaged, readFileSync(damaged).subarray(0, 5000));

    const out = join(tmp, "broken-out");
    let code = 0;
    let stderr = "";
    try {
      await exec(process.execPath, [join(app, "dist", "cli.js"), "--corpus", join(ROOT, "corpus"), "--out", out, "--quiet"], { cwd: app });
    } catch (e) {
      ({ code, stderr } = e as { code: number; stderr: string });
    }
    expect(code).toBe(2);
    expect(stderr).toMatch(/^leakset: the run could not proceed: the worker threads could not start: kuromoji dictionary file \S*base\.dat\.gz .*\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.startsWith(".broken-out"))).toEqual([]);
  });
});
