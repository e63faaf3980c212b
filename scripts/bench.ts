/**
 * The project's benchmark (not a test): builds a mixed corpus of N articles in a temporary folder
 * by cycling the articles of ../shared/dev/en and ../shared/dev/ja (each copy with its own first
 * line, so no two are identical), then reports, for each N, documents and MB per second with one
 * worker and with every core, peak resident memory, the time of each stage, an incremental re-run
 * of the unchanged corpus, and the yardstick: the time that merely tokenising the same corpus
 * takes in one process (kuromoji over every Japanese sentence, compromise over every English
 * paragraph; scripts/yardstick.ts).
 *
 * Both sides run as compiled JavaScript, as `npm run extract` does, in processes of their own. The
 * machine's own ceiling for parallel work is measured too: two yardstick processes at once, each
 * over the whole corpus. On a small virtual machine two busy processes slow each other down
 * (shared caches, memory bandwidth, the garbage collector's helper threads), so the speed-up of
 * two workers is best read against that ceiling.
 *
 *   npm run bench                          # N = 1000 and 5000, one run each
 *   npm run bench -- 200 1000 --repeat 3   # other sizes; the median of 3 runs
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const DEV = resolve(ROOT, "..", "shared", "dev");
const YARDSTICK = join(ROOT, "dist", "yardstick.mjs");
const args = process.argv.slice(2);
const repeatAt = args.indexOf("--repeat");
const REPEAT = repeatAt >= 0 ? Math.max(1, Number(args[repeatAt + 1]) || 1) : 1;
const sizes = args.filter((_, i) => repeatAt < 0 || (i !== repeatAt && i !== repeatAt + 1)).map(Number).filter((n) => n > 0);
const NS = sizes.length ? sizes : [1000, 5000];
const cores = availableParallelism();
interface Source {
  name: string;
  text: string;
  published: string;
}

/** The dev articles of both languages with their publication dates. */
function sources(): Source[] {
  const out: Source[] = [];
  for (const lang of ["en", "ja"]) {
    const dir = join(DEV, lang);
    const meta = new Map(
      readFileSync(join(dir, "metadata.csv"), "utf8").trim().split("\n").slice(1).map((l) => [l.split(",")[0], l.split(",")[1] ?? ""] as const),
    );
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
      out.push({ name: `${lang}-${f}`, text: readFileSync(join(dir, f), "utf8"), published: meta.get(f) ?? "" });
    }
  }
  // Interleave the languages so that any prefix of the cycle is mixed.
  const en = out.filter((s) => s.name.startsWith("en-"));
  const ja = out.filter((s) => s.name.startsWith("ja-"));
  return en.flatMap((s, i) => (ja[i] ? [s, ja[i]] : [s]));
}

/** Writes N articles into `dir`; returns the total bytes. */
function buildCorpus(dir: string, n: number): number {
  const src = sources();
  mkdirSync(dir, { recursive: true });
  const rows = ["file,published"];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const s = src[i % src.length];
    const name = `${String(i).padStart(6, "0")}-${s.name}`;
    const text = `Benchmark copy ${i} of ${s.name}\n${s.text}`;
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
    rows.push(`${name},${s.published}`);
  }
  writeFileSync(join(dir, "metadata.csv"), rows.join("\n") + "\n");
  return bytes;
}

/** Adds `count` new articles after the first `n` (copies numbered from n on); returns their paths. */
function addArticles(dir: string, n: number, count: number): string[] {
  const src = sources();
  return Array.from({ length: count }, (_, k) => {
    const i = n + k;
    const s = src[i % src.length];
    const path = join(dir, `${String(i).padStart(6, "0")}-${s.name}`);
    writeFileSync(path, `Benchmark copy ${i} of ${s.name}\n${s.text}`);
    return path;
  });
}

interface Stats {
  startup: number;
  dictionary: number;
  decode: number;
  analyse: number;
  extract: number;
  write: number;
  finish: number;
  total: number;
  documents: number;
  maxRssMB: number;
  cpuSeconds: number;
}

type Timed<T> = T & { wall: number };

/** Runs the compiled CLI in its own process and returns its stage times and peak memory. */
function extract(corpus: string, out: string, args: string[]): Timed<Stats> {
  const stats = join(tmpdir(), `leakset-bench-${process.pid}.json`);
  const t0 = performance.now();
  execFileSync(process.execPath, [join(ROOT, "dist", "cli.js"), "--corpus", corpus, "--out", out, "--quiet", ...args], {
    env: { ...process.env, LEAKSET_STATS: stats },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const wall = (performance.now() - t0) / 1000;
  const s = JSON.parse(readFileSync(stats, "utf8")) as Stats;
  rmSync(stats, { force: true });
  return { ...s, wall };
}

interface Yardstick {
  seconds: number;
  dictionary: number;
}

/** Runs `count` yardstick processes at once over the corpus; returns the wall time of the slowest. */
async function yardstick(dir: string, count: number): Promise<Timed<Yardstick>> {
  const t0 = performance.now();
  const runs = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Yardstick>((done, fail) => {
          const child = spawn(process.execPath, [YARDSTICK, dir], { stdio: ["ignore", "pipe", "inherit"] });
          let out = "";
          child.stdout.on("data", (d: Buffer) => (out += d));
          child.on("error", fail);
          child.on("close", (code) => (code === 0 ? done(JSON.parse(out) as Yardstick) : fail(new Error(`yardstick exited ${code}`))));
        }),
    ),
  );
  return { ...runs[0], wall: (performance.now() - t0) / 1000 };
}

/** The median of some numbers (the middle run of an odd count). */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Of repeated runs, the one whose wall time is the median. */
const middle = <T extends { wall: number }>(runs: T[]): T => runs.find((r) => r.wall === median(runs.map((x) => x.wall)))!;

const fmt = (x: number, d = 1) => x.toFixed(d);
const sec = (ms: number) => fmt(ms / 1000, 1);

async function main() {
  // Compile leakset and the yardstick the way `npm run extract` does.
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--yardstick", YARDSTICK], { stdio: "inherit" });
  const work = mkdtempSync(join(tmpdir(), "leakset-bench-"));
  const say = (l: string) => process.stdout.write(l + "\n");
  say(`leakset benchmark: ${cpus()[0]?.model ?? "cpu"}, ${cores} cores, Node ${process.version}${REPEAT > 1 ? `, median of ${REPEAT} runs` : ""}`);
  say("");
  say("Wall-clock seconds of whole processes (start-up and dictionary included on both sides).");
  say("");
  say(
    `| N | MB | tokenise only (s) | 1 worker (s) | docs/s | MB/s | ×tokenise | ${cores} workers (s) | docs/s | MB/s | speed-up | machine ceiling | ` +
      `peak RSS 1w / ${cores}w (MB) | incremental, unchanged (s) | ÷ first run | incremental, +1% articles (s) | ÷ first run |`,
  );
  say("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  const stageRows: string[] = [];
  const cpuRows: string[] = [];
  try {
    for (const n of NS) {
      const corpus = join(work, `corpus-${n}`);
      const bytes = buildCorpus(corpus, n);
      const mb = bytes / 1e6;
      const runs = { tok: [] as Timed<Yardstick>[], ceiling: [] as number[], one: [] as Timed<Stats>[], all: [] as Timed<Stats>[], inc: [] as Timed<Stats>[], grown: [] as Timed<Stats>[] };
      for (let r = 0; r < REPEAT; r++) {
        const tok = await yardstick(corpus, 1);
        runs.tok.push(tok);
        // Throughput of `cores` independent processes against one: the best a split could do.
        runs.ceiling.push((cores * tok.wall) / (await yardstick(corpus, cores)).wall);
        runs.one.push(extract(corpus, join(work, `out1-${n}`), ["--workers", "1"]));
        runs.all.push(extract(corpus, join(work, `outN-${n}`), ["--workers", String(cores)]));
        runs.inc.push(extract(corpus, join(work, `outN-${n}`), ["--workers", String(cores), "--incremental"]));
        // A week later: the corpus grew by 1% (new articles, no metadata rows).
        const added = addArticles(corpus, n, Math.max(1, Math.round(n / 100)));
        runs.grown.push(extract(corpus, join(work, `outN-${n}`), ["--workers", String(cores), "--incremental"]));
        for (const f of added) rmSync(f);
      }
      const [tok, one, all, inc, grown] = [middle(runs.tok), middle(runs.one), middle(runs.all), middle(runs.inc), middle(runs.grown)];
      say(
        `| ${n} | ${fmt(mb)} | ${fmt(tok.wall)} | ${fmt(one.wall)} | ${fmt(n / one.wall, 0)} | ${fmt(mb / one.wall, 2)} | ${fmt(one.wall / tok.wall, 2)} | ` +
          `${fmt(all.wall)} | ${fmt(n / all.wall, 0)} | ${fmt(mb / all.wall, 2)} | ${fmt(one.wall / all.wall, 2)}× | ${fmt(median(runs.ceiling), 2)}× | ` +
          `${fmt(one.maxRssMB, 0)} / ${fmt(all.maxRssMB, 0)} | ${fmt(inc.wall, 1)} | ${fmt(inc.wall / all.wall, 3)} | ${fmt(grown.wall, 1)} | ${fmt(grown.wall / all.wall, 3)} |`,
      );
      stageRows.push(
        `| ${n} | ${sec(one.startup)} | ${sec(one.dictionary)} | ${sec(one.decode)} | ${sec(one.analyse)} | ${sec(one.extract)} | ${sec(one.write)} | ${sec(one.finish)} | ${fmt(tok.dictionary, 1)} | ${fmt(tok.seconds, 1)} |`,
      );
      const busy = one.cpuSeconds / one.wall;
      cpuRows.push(`| ${n} | ${fmt(one.cpuSeconds)} | ${fmt(busy, 2)} | ${fmt(cores / busy, 2)}× | ${fmt(all.cpuSeconds)} | ${fmt(one.wall / all.wall, 2)}× |`);
      rmSync(corpus, { recursive: true, force: true });
    }
    say("");
    say("Stage times with 1 worker, in seconds (decode, analyse and extract summed over documents; dictionary: decompressed once by the main thread, plus each worker building its tokenizer over it):");
    say("");
    say("| N | start-up | dictionary | decode | analyse (tokenise, sentences, entities) | extract | write | finish | yardstick: dictionary | yardstick: tokenise |");
    say("|---|---|---|---|---|---|---|---|---|---|");
    for (const r of stageRows) say(r);
    say("");
    say(
      `CPU time of the whole process (every thread): one worker already keeps more than one core busy (the main thread writes, V8's ` +
        `collector has helper threads), so ${cores} workers can be at most ${cores} ÷ (cores busy with one worker) times faster:`,
    );
    say("");
    say(`| N | 1 worker: CPU (s) | cores busy | bound on the speed-up | ${cores} workers: CPU (s) | speed-up measured |`);
    say("|---|---|---|---|---|---|");
    for (const r of cpuRows) say(r);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
