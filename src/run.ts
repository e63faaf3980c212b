import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { Piscina } from "piscina";
import { openJaDictionary } from "./analyse/dictionary.js";
import { Budgets } from "./budget.js";
import { docIdOf, listCorpus, type CorpusFile } from "./corpus/list.js";
import { parseMetadata, type MetaRow } from "./corpus/metadata.js";
import { inShard } from "./corpus/shard.js";
import { OptionError, type RunOptions } from "./options.js";
import { commitTemp, discardTemp, prepareTemp, type Owner } from "./output/commit.js";
import { parseAliases, type AliasPair } from "./output/aliases.js";
import { buildManifest, runId, writeManifest, type FileEntry, type Manifest, type ManifestOptions } from "./output/manifest.js";
import { OutputWriter } from "./output/writer.js";
import { openPrevious, unchangedOutput, type Previous, type Reused } from "./previous.js";
import type { Timings } from "./pipeline.js";
import type { Lang, Problem } from "./types.js";
import { VERSION } from "./version.js";
import type { Task, TaskResult, WorkerData } from "./worker.js";

/** Milliseconds spent in each stage, summed over documents (analysis and extraction run in parallel). */
export interface StageTimes extends Timings {
  startup: number;
  /** Decompressing the kuromoji dictionary (main thread) plus each worker's tokenizer build. */
  dictionary: number;
  write: number;
  /** The serial end: tables needing every record (incidents, data package), the report. */
  finish: number;
  total: number;
}

/** What a run reports back to the command line. */
export interface RunSummary {
  documents: number;
  records: number;
  mentions: number;
  reused: number;
  problems: Problem[];
  byLang: Record<Lang, number>;
  out: string;
  stages: StageTimes;
}

/** Where a run sends progress; the CLI decides how to show it. */
export interface RunHooks {
  /** This process: names the temporary folder and lets killed runs' folders be cleaned. */
  owner: Owner;
  progress?: (done: number, total: number, file: string) => void;
}

/** The corpus's files and metadata, read before any document is processed. */
interface Plan {
  files: CorpusFile[];
  meta: Map<string, MetaRow>;
  metaColumns: string[];
  problems: Problem[];
  aliases: AliasPair[];
  /** From the whole corpus (not the shard), so every shard and the merge share it. */
  runId: string;
  /** SHA-256 of every corpus file, read once for the run id; reused by the incremental check. */
  hashes: Map<string, string | null>;
  entries: FileEntry[];
  /** Problems of the corpus folder itself (links, metadata.csv, aliases.csv). */
  corpusProblems: Problem[];
}

/** The options that decide a record's content, as the manifest records them. */
export const manifestOptions = (o: RunOptions): ManifestOptions => ({
  lang: o.lang,
  excel: o.excel,
  max_bytes: o.maxBytes,
  doc_timeout_s: o.docTimeout,
  format: o.format,
});

/** The corpus root relative to the output folder (posix): the report links articles by it, and so may a merge. */
export const corpusHref = (out: string, corpus: string) => relative(resolve(out), resolve(corpus)).split(sep).join("/") || ".";

const readOptional = (path: string) => readFile(path, "utf8").catch(() => null);

/** Every file's hash (null if unreadable), read ahead because the run id needs them; the OS cache serves workers. */
async function hashCorpus(files: CorpusFile[], meta: Map<string, MetaRow>): Promise<FileEntry[]> {
  const out: FileEntry[] = new Array(files.length);
  for (let i = 0; i < files.length; i++) {
    // Synchronous reads: a third of the time of async ones, which wait for the thread pool that the dictionary's decompression also uses; a turn of the event loop every 64 files lets that run.
    if (i % 64 === 63) await new Promise<void>((r) => setImmediate(r));
    const f = files[i];
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(f.abs);
    } catch {
      bytes = null;
    }
    out[i] = { file: f.rel, sha256: bytes ? createHash("sha256").update(bytes).digest("hex") : null, bytes: bytes?.length ?? 0, meta: metaHash(meta.get(f.rel)) };
  }
  return out;
}

/** Hash of a metadata row, so that an incremental run sees an edited row. */
export const metaHash = (m: MetaRow | undefined) => (m ? createHash("sha1").update(JSON.stringify(m)).digest("hex") : null);

async function plan(opts: RunOptions): Promise<Plan> {
  const root = resolve(opts.corpus);
  try {
    if (!(await stat(root)).isDirectory()) throw new Error();
  } catch {
    throw new OptionError("NO_CORPUS", `corpus folder ${opts.corpus} does not exist or is not a folder`, opts.corpus);
  }
  const listed = await listCorpus(root);
  // Never read our own output back when --out sits inside the corpus.
  const outAbs = resolve(opts.out);
  const all = listed.files.filter((f) => f.abs !== outAbs && !f.abs.startsWith(outAbs + sep));
  const problems = [...listed.problems, ...duplicateIds(all)].filter((p) => inShard(p.file, opts.shard));
  let meta = new Map<string, MetaRow>();
  let metaColumns: string[] = [];
  let csv: Buffer | null = null;
  try {
    // Bytes, not UTF-8: parseMetadata decodes them as it does articles (Excel may save Shift_JIS).
    csv = await readFile(join(root, "metadata.csv"));
  } catch {
    csv = null;
  }
  if (csv !== null) {
    // Rows are checked against the whole corpus, not the shard: a row for another shard's file is fine.
    const parsed = parseMetadata(csv, new Set(all.map((f) => f.rel)));
    meta = parsed.rows;
    problems.push(...parsed.problems);
    metaColumns = parsed.columns;
  }
  // aliases.csv is no article (list.ts reads only .txt, .md, .html, .htm).
  const aliasCsv = await readOptional(join(root, "aliases.csv"));
  const parsedAliases = aliasCsv === null ? { pairs: [], problems: [] } : parseAliases(aliasCsv);
  // Every shard reports them; merge drops exact repeats.
  problems.push(...parsedAliases.problems);
  const entries = await hashCorpus(all, meta);
  const id = runId(manifestOptions(opts), parsedAliases.pairs, entries);
  const hashes = new Map(entries.map((e) => [e.file, e.sha256]));
  const mine = (rel: string) => inShard(rel, opts.shard);
  return {
    files: all.filter((f) => mine(f.rel)),
    meta,
    metaColumns,
    problems,
    aliases: parsedAliases.pairs,
    runId: id,
    hashes,
    entries: entries.filter((e) => mine(e.file)),
    corpusProblems: [...problems],
  };
}

/** Files whose doc_id an earlier file in path order has (`a.txt`, then `a.md`): all are processed, these reported. */
export function duplicateIds(files: CorpusFile[]): Problem[] {
  const first = new Map<string, string>();
  const out: Problem[] = [];
  for (const f of [...files].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    const id = docIdOf(f.rel);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, f.rel);
    else out.push({ file: f.rel, code: "DUPLICATE_ID", reason: `doc_id ${id} is also that of ${seen}: both are processed, so the id names two records` });
  }
  return out;
}

/** Documents a worker is given at once: fewer round trips, in which it waits for the main thread (a tenth of its time with two workers when one at a time). */
const BATCH = 4;

/** How a file ended: a fresh result from a worker, or a record reused from the previous output. */
type Outcome = { result: TaskResult } | { reused: Reused };

/** Runs the batch on worker threads, streaming records in corpus order to a temporary folder moved into place at the end; a bounded window of finished documents keeps memory flat. */
export async function run(opts: RunOptions, hooks: RunHooks): Promise<RunSummary> {
  const t0 = performance.now();
  const ts = import.meta.url.endsWith(".ts");
  const pool = new LazyPool(opts.workers, ts);
  // A plain run starts workers at once, loading while the corpus is listed; an incremental run waits for the first document needing work.
  if (!opts.incremental) void pool.get().catch(() => undefined);
  try {
    return await batch(opts, hooks, t0, pool);
  } finally {
    await pool.destroy();
  }
}

/** The worker pool could not start; `message` says why (the dictionary file and its fault). */
export class PoolStartError extends Error {
  constructor(cause: unknown) {
    super(`the worker threads could not start: ${String((cause as Error)?.message ?? cause).split("\n")[0]}`, { cause });
  }
}

/** The worker pool, started on first use; the kuromoji dictionary is decompressed once into shared memory every thread gets, so its 100 MB exist once. */
class LazyPool {
  private started: Promise<Piscina<Task[], TaskResult[]>> | null = null;
  /** Milliseconds spent decompressing the dictionary. */
  dictionary = 0;

  constructor(
    private readonly workers: number,
    private readonly ts: boolean,
  ) {}

  get(): Promise<Piscina<Task[], TaskResult[]>> {
    return (this.started ??= this.start());
  }

  private async start(): Promise<Piscina<Task[], TaskResult[]>> {
    const t = performance.now();
    const { pending, filled } = await openJaDictionary();
    const workerData: WorkerData = { dictionary: pending };
    // The threads start now and load their code while the dictionary is decompressed.
    const pool = new Piscina<Task[], TaskResult[]>({
      filename: new URL(this.ts ? "./worker.ts" : "./worker.js", import.meta.url).href,
      minThreads: this.workers,
      maxThreads: this.workers,
      idleTimeout: 60_000,
      workerData,
      // Under tsx the worker needs tsx's loader; compiled, it inherits node's flags (`node --cpu-prof dist/cli.js` profiles every thread).
      execArgv: this.ts ? ["--import", "tsx"] : undefined,
    });
    try {
      await filled;
    } catch (e) {
      await pool.destroy();
      throw e;
    }
    this.dictionary = performance.now() - t;
    return pool;
  }

  /** Stops the threads, if any were started; a pool that failed to start has none to stop. */
  async destroy(): Promise<void> {
    const p = await this.started?.catch(() => null);
    await p?.destroy();
  }
}

async function batch(opts: RunOptions, hooks: RunHooks, t0: number, pool: LazyPool): Promise<RunSummary> {
  const p = await plan(opts);
  if (opts.incremental) {
    // Nothing changed and the previous output is intact.
    const kept = await unchangedOutput(opts.out, { options: manifestOptions(opts), runId: p.runId, corpus: corpusHref(opts.out, opts.corpus), files: p.entries, corpusProblems: p.corpusProblems });
    if (kept) {
      const total = performance.now() - t0;
      hooks.progress?.(p.files.length, p.files.length, "");
      return {
        documents: p.files.length,
        records: kept.counts.records,
        mentions: kept.counts.mentions,
        reused: p.files.length,
        problems: kept.problems,
        byLang: { en: kept.counts.en, ja: kept.counts.ja },
        out: opts.out,
        stages: { startup: total, dictionary: 0, decode: 0, analyse: 0, extract: 0, write: 0, finish: 0, total },
      };
    }
  }
  const prev: Previous | null = opts.incremental ? await openPrevious(opts.out, manifestOptions(opts)) : null;
  const tmp = await prepareTemp(opts.out, hooks.owner);
  const writer = new OutputWriter(tmp, {
    excel: opts.excel,
    format: opts.format,
    metaColumns: p.metaColumns,
    provenance: { tool_version: VERSION, run_id: p.runId },
    aliases: p.aliases,
  });
  const problems = [...p.problems];
  const entries: FileEntry[] = [];
  const byLang: Record<Lang, number> = { en: 0, ja: 0 };
  const stages: StageTimes = { startup: performance.now() - t0, dictionary: 0, decode: 0, analyse: 0, extract: 0, write: 0, finish: 0, total: 0 };
  let reused = 0;

  const window = opts.workers * 16;
  const depth = opts.workers * 3;
  const budgets = new Budgets(depth * BATCH, opts.docTimeout * 1000);
  const outcomes: Array<Promise<Outcome> | undefined> = new Array(p.files.length);
  let written = 0;
  let running = 0;
  // The submitting and writing loops wait for each other: any change wakes both.
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const w of [...waiters]) w();
    waiters.clear();
  };
  const waitFor = async (ready: () => boolean) => {
    while (!ready()) await new Promise<void>((r) => waiters.add(r));
  };

  const failure = (i: number, timeout: boolean, e: unknown): TaskResult => ({
    problem: timeout
      ? { file: p.files[i].rel, code: "TIMEOUT", reason: `stopped after the ${opts.docTimeout} s budget of one document` }
      : { file: p.files[i].rel, code: "INTERNAL", reason: `worker failed: ${String((e as Error).message).split("\n")[0]}` },
    sha256: null,
    bytes: 0,
  });

  /** Runs documents as one task; each has its own budget, and any one's running out stops the task. */
  const work = async (docs: number[]): Promise<TaskResult[] | { late: boolean[] }> => {
    // Check and count are one synchronous step, so woken waiters take turns.
    while (running >= depth) await new Promise<void>((r) => waiters.add(r));
    running++;
    const claims = docs.map(() => budgets.claim());
    try {
      // A pool that cannot start fails every document alike: end the run with one message, not a row per document.
      const workers = await pool.get().catch((e: unknown) => {
        throw new PoolStartError(e);
      });
      const tasks: Task[] = docs.map((i, k) => ({ rel: p.files[i].rel, abs: p.files[i].abs, meta: p.meta.get(p.files[i].rel), opts: { lang: opts.lang, maxBytes: opts.maxBytes }, slot: claims[k].slot }));
      const signal = claims.length === 1 ? claims[0].signal : AbortSignal.any(claims.map((c) => c.signal));
      return await workers.run(tasks, { signal });
    } catch (e) {
      if (e instanceof PoolStartError) throw e;
      const late = claims.map((c) => c.signal.aborted);
      if (docs.length === 1) return [failure(docs[0], late[0] || (e as Error).name === "AbortError", e)];
      // One document stopped the whole task: it is reported, the others run again alone (whatever they had done is lost with the thread).
      return { late };
    } finally {
      for (const c of claims) budgets.release(c.slot);
      running--;
      notify();
    }
  };

  /** Runs documents that may share a task; a failed batch is run again one document at a time, so that a failure names only its own file. */
  const workAll = async (docs: number[]): Promise<TaskResult[]> => {
    const out = await work(docs);
    if (Array.isArray(out)) return out;
    return Promise.all(docs.map(async (i, k) => (out.late[k] ? failure(i, true, null) : workAll([i]).then((r) => r[0]))));
  };

  const submit = (from: number, to: number): void => {
    const docs = Array.from({ length: to - from }, (_, k) => from + k);
    const reuse = (i: number) => (prev ? prev.reuse(p.files[i], metaHash(p.meta.get(p.files[i].rel)), p.hashes.get(p.files[i].rel) ?? null) : Promise.resolve(null));
    const hits = Promise.all(docs.map(reuse));
    // Only a pool that cannot start rejects, met in order by the writing loop; till then mark it handled, or node exits.
    const fresh = hits.then((h) => {
      const todo = docs.filter((_, k) => !h[k]);
      return todo.length ? workAll(todo).then((rs) => new Map(todo.map((i, k) => [i, rs[k]]))) : new Map<number, TaskResult>();
    });
    fresh.catch(() => undefined);
    docs.forEach((i, k) => {
      const outcome = hits.then(async (h): Promise<Outcome> => (h[k] ? { reused: h[k] } : { result: (await fresh).get(i)! }));
      outcome.catch(() => undefined);
      outcomes[i] = outcome;
    });
  };

  const writeAll = async () => {
    for (let i = 0; i < p.files.length; i++) {
      await waitFor(() => outcomes[i] !== undefined);
      const o = await outcomes[i]!;
      // Wait a turn of the event loop: the pool hands the worker its next document first (microtask).
      await new Promise<void>((r) => setImmediate(r));
      outcomes[i] = undefined;
      const f = p.files[i];
      const tw = performance.now();
      if ("reused" in o) {
        reused++;
        problems.push(...o.reused.problems);
        entries.push(o.reused.entry);
        if (o.reused.record) {
          byLang[o.reused.record.lang]++;
          await writer.write(o.reused.record, o.reused.json ?? undefined);
        }
      } else {
        const r = o.result;
        entries.push({ file: f.rel, sha256: r.sha256, bytes: r.bytes, meta: metaHash(p.meta.get(f.rel)) });
        if (r.timings) for (const k of ["decode", "analyse", "extract"] as const) stages[k] += r.timings[k];
        stages.dictionary += r.dictionary ?? 0;
        if ("problem" in r) problems.push(r.problem);
        else {
          if (r.warning) problems.push(r.warning);
          byLang[r.record.lang]++;
          await writer.write(r.record);
        }
      }
      stages.write += performance.now() - tw;
      written++;
      notify();
      hooks.progress?.(written, p.files.length, f.rel);
    }
  };

  try {
    // A write error (a full disk) stops both loops and ends the run below, not as an unhandled rejection.
    let failed: { error: unknown } | null = null;
    const writing = writeAll().catch((error: unknown) => {
      failed = { error };
      notify();
    });
    for (let i = 0; i < p.files.length && !failed; i += BATCH) {
      const to = Math.min(p.files.length, i + BATCH);
      await waitFor(() => failed !== null || to - 1 - written < window);
      if (failed) break;
      submit(i, to);
      notify();
    }
    await writing;
    if (failed) throw (failed as { error: unknown }).error;
    stages.dictionary += pool.dictionary;
    const corpus = corpusHref(opts.out, opts.corpus);
    const manifest: Manifest = {
      ...buildManifest(
        manifestOptions(opts),
        { records: writer.records, mentions: writer.mentions, en: byLang.en, ja: byLang.ja },
        problems,
        entries,
        { run_id: p.runId, aliases: p.aliases },
      ),
      corpus,
      // Only a slice: merge needs to know which, to refuse a set of parts with a slice missing.
      ...(opts.shard.count > 1 ? { shard: `${opts.shard.index}/${opts.shard.count}` } : {}),
    };
    const tf = performance.now();
    await writer.finish(manifest);
    await writer.report.write({ version: manifest.version, corpusHref: corpus, problems: manifest.problems.length });
    await writeManifest(tmp, manifest);
    stages.finish = performance.now() - tf;
    await prev?.close();
    await commitTemp(tmp, opts.out, hooks.owner);
    stages.total = performance.now() - t0;
    return { documents: p.files.length, records: writer.records, mentions: writer.mentions, reused, problems: manifest.problems, byLang, out: opts.out, stages };
  } catch (e) {
    writer.abort();
    await prev?.close();
    await discardTemp(tmp);
    throw e;
  } finally {
    budgets.close();
  }
}
