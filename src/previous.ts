import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { CorpusFile } from "./corpus/list.js";
import { hashOutputs, sortProblems, type FileEntry, type Manifest, type ManifestOptions } from "./output/manifest.js";
import type { DocRecord, Problem } from "./types.js";
import { VERSION } from "./version.js";

/** Problems of the corpus as a whole, though they name a file: each run finds them afresh, never reuses them. */
const CORPUS_LEVEL = new Set<Problem["code"]>(["DUPLICATE_ID"]);

/** A document taken over from the previous output: its record (none if it was skipped), problems and entry. */
export interface Reused {
  record: DocRecord | null;
  /** The record's line as the previous run wrote it: the same bytes a new run would write. */
  json: string | null;
  problems: Problem[];
  entry: FileEntry;
}

/** The previous output of an incremental run, read alongside the corpus in the same order. */
export interface Previous {
  /** The reusable outcome of a file, or null when it must be processed again. Call in corpus order. */
  reuse(file: CorpusFile, metaHash: string | null, sha256: string | null): Promise<Reused | null>;
  close(): Promise<void>;
}

/** The previous output, for reuse (null if absent or from another version or options), streamed in corpus order. */
export async function openPrevious(out: string, options: ManifestOptions): Promise<Previous | null> {
  const manifest = await compatibleManifest(out, options);
  if (!manifest) return null;
  const entries = new Map(manifest.files.map((f) => [f.file, f]));
  const problems = new Map<string, Problem[]>();
  for (const p of manifest.problems) if (!CORPUS_LEVEL.has(p.code)) problems.set(p.file, [...(problems.get(p.file) ?? []), p]);

  const stream = createReadStream(join(out, "records.jsonl"), { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let head: DocRecord | null | undefined;
  let headLine: string | null = null; // undefined: not read yet; null: no more records
  const next = async () => {
    try {
      const r = await lines.next();
      head = r.done ? null : (JSON.parse(r.value) as DocRecord);
      headLine = r.done ? null : r.value;
    } catch {
      // A missing or damaged records.jsonl means nothing more can be reused.
      head = null;
    }
  };
  // Calls must advance the shared cursor one at a time, in corpus order.
  let chain: Promise<unknown> = Promise.resolve();

  const reuse = async (file: CorpusFile, metaHash: string | null, known: string | null): Promise<Reused | null> => {
    const entry = entries.get(file.rel);
    // Hashing may run ahead (reading the file only if the run has no hash); cursor turns keep call order.
    const sha = !entry?.sha256
      ? Promise.resolve(null)
      : known
        ? Promise.resolve(known)
        : readFile(file.abs).then((b) => createHash("sha256").update(b).digest("hex"), () => null);
    const turn = chain.then(async () => {
      if (head === undefined) await next();
      while (head && head.source < file.rel) await next();
      const record = head && head.source === file.rel ? head : null;
      const hash = await sha;
      if (!entry || !hash || hash !== entry.sha256 || metaHash !== entry.meta) return null;
      // A file whose record went missing from the previous output is processed again.
      const own = problems.get(file.rel) ?? [];
      if (!record && !own.length) return null;
      return { record, json: record ? headLine : null, problems: own, entry };
    });
    chain = turn.catch(() => undefined);
    return turn;
  };
  return {
    reuse,
    close: async () => {
      stream.destroy();
    },
  };
}

/** What an incremental run knows before processing: its (shard's) files, the corpus link, the folder's problems. */
export interface Expected {
  options: ManifestOptions;
  runId: string;
  corpus: string;
  files: FileEntry[];
  corpusProblems: Problem[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The previous output's manifest if this version wrote it with these options, else null. */
async function compatibleManifest(out: string, options: ManifestOptions): Promise<Manifest | null> {
  let m: Manifest;
  try {
    m = JSON.parse(await readFile(join(out, "manifest.json"), "utf8"));
  } catch {
    return null;
  }
  return m.version === VERSION && same(m.options, options) ? m : null;
}

/** The previous manifest when its output is exactly what this run would write (version, options, files, aliases, problems, corpus link, intact outputs), else null. */
export async function unchangedOutput(out: string, want: Expected): Promise<Manifest | null> {
  const prev = await compatibleManifest(out, want.options);
  if (!prev || prev.run_id !== want.runId || prev.corpus !== want.corpus) return null;
  const files = [...want.files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (!same(prev.files, files) || !prev.outputs) return null;
  const covered = new Set(files.map((f) => f.file));
  const problems = sortProblems([...want.corpusProblems, ...prev.problems.filter((p) => covered.has(p.file) && !CORPUS_LEVEL.has(p.code))]);
  if (!same(prev.problems, problems)) return null;
  const names = (await readdir(out)).filter((n) => n !== "manifest.json").sort();
  if (!same(names, prev.outputs.map((o) => o.file))) return null;
  return same(await hashOutputs(out), prev.outputs) ? prev : null;
}
