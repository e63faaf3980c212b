import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { prepareTemp } from "../../src/output/commit.js";
import { CLI, ROOT, folderBytes, runCli } from "../helpers.js";
import { EN_ARTICLE, JA_ARTICLE } from "./generate.js";

/**
 * "Nothing lost": a run killed with SIGKILL half-way leaves the previous output as it was, and the
 * temporary folder it leaves is never taken for output and is removed by the next run.
 */
const tmp = mkdtempSync(join(tmpdir(), "leakset-kill-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A corpus of `n` small articles that differ in their numbers, so every record is its own. */
function writeCorpus(dir: string, n: number) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const body = i % 2 ? JA_ARTICLE.replace("1万2千", `${i + 1}万`) : EN_ARTICLE.replace("12,000", `${(i + 1) * 1000}`);
    writeFileSync(join(dir, `doc-${String(i).padStart(4, "0")}.txt`), body + "\n");
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a run killed half-way (SIGKILL)", () => {
  const corpus = join(tmp, "corpus");
  const work = join(tmp, "work");
  const out = join(work, "out");

  test("leaves the previous output byte for byte, and the next run cleans up after it", async () => {
    writeCorpus(corpus, 20);
    expect((await runCli(["--corpus", corpus, "--out", out, "--quiet"])).code).toBe(0);
    const before = folderBytes(out);

    // The second run would write different output: many more documents.
    writeCorpus(corpus, 600);
    // node itself, not npm, so that the signal reaches the process that writes.
    const child = spawn(process.execPath, [CLI, "--corpus", corpus, "--out", out, "--quiet", "--workers", "1"], {
      cwd: ROOT,
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_code, signal) => r(signal)));
    const temp = join(work, `.out.tmp-${child.pid}`);
    // Wait until the run has written part of its records: then it is truly half-way.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (existsSync(join(temp, "records.jsonl")) && statSync(join(temp, "records.jsonl")).size > 2000) break;
      await sleep(50);
    }
    expect(statSync(join(temp, "records.jsonl")).size).toBeGreaterThan(2000);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    expect(folderBytes(out)).toEqual(before);
    // The half-written folder is a dot-folder beside the output, without a manifest: never output.
    expect(readdirSync(work).sort()).toEqual([`.out.tmp-${child.pid}`, "out"]);
    expect(readdirSync(temp)).not.toContain("manifest.json");

    // The next run completes and removes the dead run's temporary folder.
    writeCorpus(corpus, 30);
    expect((await runCli(["--corpus", corpus, "--out", out, "--quiet"])).code).toBe(0);
    expect(readdirSync(work)).toEqual(["out"]);
    expect(folderBytes(out)).not.toEqual(before);
  });
});

/** The run's owner as the CLI gives it: its pid, and a liveness check by signal 0. */
const owner = (pid: number) => ({
  pid,
  isAlive(other: number) {
    try {
      process.kill(other, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code !== "ESRCH";
    }
  },
});

describe("prepareTemp after a run killed between its two renames", () => {
  /** A process id that is surely not running: above the kernel's default pid_max. */
  const DEAD = 4_194_305;

  test.each([
    ["no output, a set-aside previous output: it is put back", false, ["out"], "previous"],
    ["an output in place, a stale set-aside one: the stale one is removed", true, ["out"], "current"],
  ])("%s", async (_name, hasOut, left, content) => {
    const work = mkdtempSync(join(tmp, "commit-"));
    const out = join(work, "out");
    mkdirSync(join(work, `.out.old-${DEAD}`));
    writeFileSync(join(work, `.out.old-${DEAD}`, "manifest.json"), "previous");
    mkdirSync(join(work, `.out.tmp-${DEAD}`));
    if (hasOut) {
      mkdirSync(out);
      writeFileSync(join(out, "manifest.json"), "current");
    }
    const temp = await prepareTemp(out, owner(1));
    expect(readdirSync(work).filter((n) => n !== ".out.tmp-1").sort()).toEqual(left);
    expect(temp).toBe(join(work, ".out.tmp-1"));
    expect(folderBytes(out)["manifest.json"].toString()).toBe(content);
  });

  test("a temporary folder of a live run is left alone", async () => {
    const work = mkdtempSync(join(tmp, "live-"));
    mkdirSync(join(work, `.out.tmp-${process.ppid}`));
    await prepareTemp(join(work, "out"), owner(1));
    expect(readdirSync(work).sort()).toEqual([".out.tmp-1", `.out.tmp-${process.ppid}`]);
  });
});
