import type { Problem } from "../types.js";
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
}

/** manifest.json: what was run, on what, and what went wrong. No clock time, so runs compare byte for byte. */
export interface Manifest {
  tool: "leakset";
  version: string;
  options: ManifestOptions;
  counts: { files: number; records: number; mentions: number; en: number; ja: number; problems: number };
  problems: Problem[];
  files: FileEntry[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Problems in one canonical order (by file, code, reason), with exact repeats dropped. */
export function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => cmp(a.file, b.file) || cmp(a.code, b.code) || cmp(a.reason, b.reason))
    .filter((p) => {
      const k = `${p.file}\u0000${p.code}\u0000${p.reason}`;
      return !seen.has(k) && (seen.add(k), true);
    });
}

/** Builds the manifest; problems and files are put in canonical order. */
export function buildManifest(
  options: ManifestOptions,
  counts: Omit<Manifest["counts"], "problems" | "files">,
  problems: Problem[],
  files: FileEntry[],
): Manifest {
  const sorted = sortProblems(problems);
  return {
    tool: "leakset",
    version: VERSION,
    options,
    counts: { files: files.length, ...counts, problems: sorted.length },
    problems: sorted,
    files: [...files].sort((a, b) => cmp(a.file, b.file)),
  };
}
