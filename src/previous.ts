import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { CorpusFile } from "./corpus/list.js";
import type { FileEntry, Manifest, ManifestOptions } from "./output/manifest.js";
import type { DocRecord, Problem } from "./types.js";
import { VERSION } from "./version.js";

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

/**
 * Opens the previous output in `out` for reuse. Returns null (so everything is processed) when
 * there is none, or when it was made by another version or with other options: then no record
 * of it can be trusted to equal what this run would write.
 *
 * Records are read as a stream, merged with the corpus by path: both are in the same order, so
 * memory stays flat however large the previous output is.
 */
export async function openPrevious(out: string, options: ManifestOptions): Promise<Previous | null> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8"));
  } catch {
    return null;
  }
  if (manifest.version !== VERSION || JSON.stringify(manifest.options) !== JSON.stringify(options)) return null;
  const entries = new Map(manifest.files.map((f) => [f.file, f]));
  const problems = new Map<string, Problem[]>();
  for (const p of manifest.problems) problems.set(p.file, [...(problems.get(p.file) ?? []), p]);

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
    // Hashing may run ahead, but the cursor turn is queued now, so turns keep the call order.
    // The run hashed every file already (for its id); a file is read again only without that hash.
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
