import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Problem } from "../types.js";
import type { AliasPair } from "./aliases.js";
import { VERSION } from "../version.js";

/** One corpus file as the manifest records it: its content hash makes a run reproducible. */
export interface FileEntry {
  file: string;
  /** SHA-256 of the file's bytes, or null when it could not be read. */
  sha256: string | null;
  bytes: number;
  /** SHA-1 of the file's metadata row (as JSON), or null when it has none. */
  meta: string | null;
}

/** The options that change what a document's record holds; an incremental run reuses only on equality. */
export interface ManifestOptions {
  lang: string;
  excel: boolean;
  max_bytes: number;
  doc_timeout_s: number;
  /** Table format: csv or parquet (records.jsonl, records.json and the JSON files are always written). */
  format: "csv" | "parquet";
}

/** manifest.json: what was run, on what, and what went wrong. No clock time, so runs compare byte for byte. */
export interface Manifest {
  tool: "leakset";
  version: string;
  /** Deterministic id of the run, named in every row of every table (see `runId`). */
  run_id: string;
  options: ManifestOptions;
  /** The corpus's own aliases.csv pairs (the project's table is part of the version). */
  aliases: AliasPair[];
  counts: { files: number; records: number; mentions: number; en: number; ja: number; problems: number };
  problems: Problem[];
  files: FileEntry[];
  /** The corpus root as seen from the output folder, for the report's links (set by run and merge). */
  corpus?: string | null;
  /** `K/N` in the output of a `--shard` run (absent from a whole run and a merge), checked by merge. */
  shard?: string;
  /** Every other output file's SHA-256 and size: a dataset can be checked, an incremental run see it untouched. */
  outputs?: OutputEntry[];
}

/** One file of the output folder as the manifest records it. */
export interface OutputEntry {
  file: string;
  sha256: string;
  bytes: number;
}

async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const h = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    h.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: h.digest("hex"), bytes };
}

/** The hash of every file in an output folder but manifest.json, in name order. */
export async function hashOutputs(dir: string): Promise<OutputEntry[]> {
  const names = (await readdir(dir)).filter((n) => n !== "manifest.json").sort(cmp);
  return Promise.all(names.map(async (file) => ({ file, ...(await hashFile(join(dir, file))) })));
}

/** Writes manifest.json last, as it lists the others' hashes; a folder without one is never taken for output. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<Manifest> {
  const done = { ...manifest, outputs: await hashOutputs(dir) };
  await writeFile(join(dir, "manifest.json"), JSON.stringify(done, null, 2) + "\n");
  return done;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Files compared by path, and rows of one file (`metadata.csv:9`, `metadata.csv:12`) by line number. */
function cmpFile(a: string, b: string): number {
  const x = /^(.*):(\d+)$/.exec(a);
  const y = /^(.*):(\d+)$/.exec(b);
  if (x && y && x[1] === y[1]) return Number(x[2]) - Number(y[2]);
  return cmp(a, b);
}

/** Problems in one canonical order (by file, code, reason), with exact repeats dropped. */
export function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => cmpFile(a.file, b.file) || cmp(a.code, b.code) || cmp(a.reason, b.reason))
    .filter((p) => {
      const k = `${p.file}\u0000${p.code}\u0000${p.reason}`;
      return !seen.has(k) && (seen.add(k), true);
    });
}

/** A hash of version, options, aliases and each file's hashes; no clock or machine, so shards and reruns share it. */
export function runId(options: ManifestOptions, aliases: readonly AliasPair[], files: readonly FileEntry[]): string {
  const list = [...files].sort((a, b) => cmp(a.file, b.file)).map((f) => [f.file, f.sha256, f.meta]);
  const canonical = JSON.stringify({ tool: "leakset", version: VERSION, options, aliases, files: list });
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}

/** Builds the manifest; problems and files are put in canonical order. */
export function buildManifest(
  options: ManifestOptions,
  counts: Omit<Manifest["counts"], "problems" | "files">,
  problems: Problem[],
  files: FileEntry[],
  run: { run_id: string; aliases: AliasPair[] },
): Manifest {
  const sorted = sortProblems(problems);
  return {
    tool: "leakset",
    version: VERSION,
    run_id: run.run_id,
    options,
    aliases: run.aliases,
    counts: { files: files.length, ...counts, problems: sorted.length },
    problems: sorted,
    files: [...files].sort((a, b) => cmp(a.file, b.file)),
  };
}
