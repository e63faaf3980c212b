/**
 * The project's benchmark (not a test): builds a mixed corpus of N articles in a temporary folder
 * by cycling the articles of ../shared/dev/en and ../shared/dev/ja (each copy with its own first
 * line, so no two are identical), then reports, for each N, documents and MB per second with one
 * worker and with every core, peak resident memory, the time of each stage, an incremental re-run
 * of the unchanged corpus, and the yardstick: the time that merely tokenising the same corpus
 * takes in one process (kuromoji over every Japanese sentence, compromise over every English
 * paragraph).
 *
 *   npm run bench                 # N = 1000 and 5000
 *   npm run bench -- 200 1000     # other sizes
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import nlp from "compromise";
import { loadJaTokenizer, chunks } from "../src/analyse/japanese.js";
import { paragraphs, splitSentences } from "../src/analyse/sentences.js";
import { fold } from "../src/text/fold.js";
import { detectLang } from "../src/text/lang.js";

const ROOT = resolve(import.meta.dirname, "..");
const DEV = resolve(ROOT, "..", "shared", "dev");
const sizes = process.argv[2] === "--tokenise-only" ? [] : process.argv.slice(2).map(Number).filter((n) => n > 0);
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

/**
 * The yardstick: tokenising alone. Run in a process of its own (`--tokenise-only DIR`), so that
 * it pays the same start-up and dictionary as the extraction it is compared with.
 */
async function tokeniseOnly(dir: string): Promise<{ seconds: number; dictionary: number }> {
  const t0 = performance.now();
  const ja = await loadJaTokenizer();
  const dictionary = (performance.now() - t0) / 1000;
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  const t1 = performance.now();
  for (const f of files) {
    const text = readFileSync(join(dir, f), "utf8");
    const folded = fold(text);
    const lang = detectLang(text);
    for (const p of paragraphs(folded)) {
      if (lang === "en") nlp(p.text);
      else for (const s of splitSentences(p, folded)) for (const [a, b] of chunks(s.text)) ja.tokenize(s.text.slice(a, b));
    }
  }
  return { seconds: (performance.now() - t1) / 1000, dictionary };
}

interface Stats {
  startup: number;
  dictionary: number;
  decode: number;
  analyse: number;
  extract: number;
  write: number;
  total: number;
  documents: number;
  maxRssMB: number;
}

/** Runs the CLI in its own process and returns its stage times and peak memory. */
function extract(corpus: string, out: string, args: string[]): Stats & { wall: number } {
  const stats = join(tmpdir(), `leakset-bench-${process.pid}.json`);
  const t0 = performance.now();
  execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli.ts"), "--corpus", corpus, "--out", out, "--quiet", ...args], {
    env: { ...process.env, LEAKSET_STATS: stats },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const wall = (performance.now() - t0) / 1000;
  const s = JSON.parse(readFileSync(stats, "utf8")) as Stats;
  rmSync(stats, { force: true });
  return { ...s, wall };
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const sec = (ms: number) => fmt(ms / 1000, 1);

/** Runs the yardstick in its own process; returns its wall time and the time of its parts. */
function tokeniseProcess(dir: string): { wall: number; seconds: number; dictionary: number } {
  const t0 = performance.now();
  const out = execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "scripts", "bench.ts"), "--tokenise-only", dir], { encoding: "utf8" });
  return { wall: (performance.now() - t0) / 1000, ...JSON.parse(out) };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "leakset-bench-"));
  const lines: string[] = [];
  const say = (l: string) => {
    lines.push(l);
    process.stdout.write(l + "\n");
  };
  say(`leakset benchmark: ${cpus()[0]?.model ?? "cpu"}, ${cores} cores, Node ${process.version}`);
  say("");
  say("Wall-clock seconds of whole processes (start-up and dictionary included on both sides).");
  say("");
  say("| N | MB | tokenise only (s) | 1 worker (s) | docs/s | MB/s | ×tokenise | " + `${cores} workers (s) | docs/s | MB/s | speed-up | peak RSS 1w / ${cores}w (MB) | incremental re-run (s) |`);
  say("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  const stageRows: string[] = [];
  try {
    for (const n of NS) {
      const corpus = join(work, `corpus-${n}`);
      const bytes = buildCorpus(corpus, n);
      const mb = bytes / 1e6;
      const tok = tokeniseProcess(corpus);
      const one = extract(corpus, join(work, `out1-${n}`), ["--workers", "1"]);
      const all = extract(corpus, join(work, `outN-${n}`), ["--workers", String(cores)]);
      const inc = extract(corpus, join(work, `outN-${n}`), ["--workers", String(cores), "--incremental"]);
      say(
        `| ${n} | ${fmt(mb)} | ${fmt(tok.wall)} | ${fmt(one.wall)} | ${fmt(n / one.wall, 0)} | ${fmt(mb / one.wall, 2)} | ${fmt(one.wall / tok.wall, 2)} | ` +
          `${fmt(all.wall)} | ${fmt(n / all.wall, 0)} | ${fmt(mb / all.wall, 2)} | ${fmt(one.wall / all.wall, 2)}× | ${fmt(one.maxRssMB, 0)} / ${fmt(all.maxRssMB, 0)} | ${fmt(inc.wall, 1)} |`,
      );
      stageRows.push(
        `| ${n} | ${sec(one.startup)} | ${sec(one.dictionary)} | ${sec(one.decode)} | ${sec(one.analyse)} | ${sec(one.extract)} | ${sec(one.write)} | ${fmt(tok.dictionary, 1)} | ${fmt(tok.seconds, 1)} |`,
      );
      rmSync(corpus, { recursive: true, force: true });
    }
    say("");
    say("Stage times with 1 worker, in seconds (decode, analyse and extract summed over documents; dictionary built once per worker):");
    say("");
    say("| N | start-up | dictionary | decode | analyse (tokenise, sentences, entities) | extract | write | yardstick: dictionary | yardstick: tokenise |");
    say("|---|---|---|---|---|---|---|---|---|");
    for (const r of stageRows) say(r);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--tokenise-only") process.stdout.write(JSON.stringify(await tokeniseOnly(process.argv[3])) + "\n");
else await main();
