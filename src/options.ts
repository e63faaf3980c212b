import { parseShard, type Shard } from "./corpus/shard.js";
import type { Lang } from "./types.js";

/** Options of a run, checked and filled in: the only shape the core accepts. */
export interface RunOptions {
  corpus: string;
  out: string;
  lang: Lang | "auto";
  workers: number;
  excel: boolean;
  maxBytes: number;
  /** Seconds one document may take before it is stopped and reported as TIMEOUT. */
  docTimeout: number;
  quiet: boolean;
  /** Reuse the previous output for documents whose bytes, metadata, options and version are unchanged. */
  incremental: boolean;
  /** Process only this slice of the corpus. */
  shard: Shard;
  /** Format of the tables: csv, or parquet instead of CSV (records.jsonl and the JSON files always). */
  format: "csv" | "parquet";
}

/** A bad option: stops the run with exit 2. `code` is stable; `value` is the bad value. */
export class OptionError extends Error {
  constructor(
    readonly code: "UNKNOWN_OPTION" | "BAD_VALUE" | "NO_CORPUS" | "NO_PARTS",
    message: string,
    readonly value?: string,
  ) {
    super(message);
  }
}

/** Default size limit of one file: far above any article, far below what would hurt memory. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Default time budget of one document, in seconds: articles take milliseconds. */
export const DEFAULT_DOC_TIMEOUT = 60;

function resolveShard(raw: string | undefined): Shard {
  if (raw === undefined) return { index: 1, count: 1 };
  const shard = parseShard(raw);
  if (!shard) throw new OptionError("BAD_VALUE", `--shard must be K/N with 1 <= K <= N, not ${JSON.stringify(raw)}`, raw);
  return shard;
}

/** The options as they come from the command line, all strings or flags. */
export interface RawOptions {
  corpus?: string;
  out?: string;
  lang?: string;
  workers?: string;
  excel?: boolean;
  "max-bytes"?: string;
  "doc-timeout"?: string;
  quiet?: boolean;
  incremental?: boolean;
  shard?: string;
  format?: string;
}

const positiveInt = (name: string, raw: string, max: number): number => {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new OptionError("BAD_VALUE", `--${name} must be a whole number from 1 to ${max}, not ${JSON.stringify(raw)}`, raw);
  }
  return Number(raw);
};

/** Checks raw options once, at the edge, and fills in defaults. `cores` is the machine's count. */
export function resolveOptions(raw: RawOptions, cores: number): RunOptions {
  const lang = raw.lang ?? "auto";
  if (lang !== "auto" && lang !== "en" && lang !== "ja") {
    throw new OptionError("BAD_VALUE", `--lang must be auto, en or ja, not ${JSON.stringify(lang)}`, lang);
  }
  const format = raw.format ?? "csv";
  if (format !== "csv" && format !== "parquet") {
    throw new OptionError("BAD_VALUE", `--format must be csv or parquet, not ${JSON.stringify(format)}`, format);
  }
  return {
    format,
    corpus: raw.corpus ?? "corpus",
    out: raw.out ?? "output",
    lang,
    workers: raw.workers === undefined ? Math.max(1, cores) : positiveInt("workers", raw.workers, 256),
    excel: raw.excel ?? false,
    maxBytes: raw["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : positiveInt("max-bytes", raw["max-bytes"], 2 ** 31),
    docTimeout: raw["doc-timeout"] === undefined ? DEFAULT_DOC_TIMEOUT : positiveInt("doc-timeout", raw["doc-timeout"], 86400),
    quiet: raw.quiet ?? false,
    incremental: raw.incremental ?? false,
    shard: resolveShard(raw.shard),
  };
}
