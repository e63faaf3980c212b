#!/usr/bin/env node
import "./jit.js";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { writeFile } from "node:fs/promises";
import { merge } from "./merge.js";
import { OptionError, resolveOptions, type RawOptions } from "./options.js";
import { OutFolderError, type Owner } from "./output/commit.js";
import { OutputWriteError } from "./output/writer.js";
import { createProgress } from "./progress.js";
import { run } from "./run.js";

/** Exit codes, as the README documents them. */
export const EXIT = { OK: 0, PROBLEMS: 1, FATAL: 2 } as const;

const HELP = `Usage: npm run extract -- [options]

Reads every .txt, .md, .html and .htm file under the corpus folder and writes research datasets.

Options:
  --corpus DIR      folder of articles (default: corpus)
  --out DIR         folder for the output files (default: output)
  --lang L          auto, en or ja (default: auto, detected per document)
  --workers N       worker threads (default: the number of cores)
  --excel           write CSV files with a UTF-8 byte-order mark, for Excel
  --format F        csv or parquet: the tables as CSV or as Parquet files (default: csv)
  --max-bytes N     files larger than N bytes are cut and reported (default: 2097152)
  --doc-timeout S   seconds one document may take before it is stopped (default: 60)
  --incremental     reuse the previous --out for unchanged documents
  --shard K/N       process only the K-th of N stable slices of the corpus
  --quiet           no progress on standard error
  -h, --help        show this help

       npm run merge -- --out DIR PART...
Joins the output folders of --shard runs into one, identical to a single run.

Exit codes: 0 every file processed, 1 done but some files reported in problems.csv,
2 the run could not proceed (bad option, missing corpus, output folder refused).`;

/** This process, and a liveness check by signal 0 (ESRCH: no such process; EPERM: alive, not ours). */
const OWNER: Owner = {
  pid: process.pid,
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code !== "ESRCH";
    }
  },
};

/** `merge --out DIR PART...`: joins shard outputs. */
async function mergeMain(argv: string[]): Promise<number> {
  let out: string | undefined;
  let parts: string[];
  try {
    const parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { out: { type: "string" }, quiet: { type: "boolean" } } });
    out = parsed.values.out;
    parts = parsed.positionals;
    if (!out) throw new Error("merge needs --out DIR");
    if (!parts.length) throw new Error("merge needs at least one PART folder");
  } catch (e) {
    process.stderr.write(`leakset: ${(e as Error).message.split("\n")[0]} (see --help)\n`);
    return EXIT.FATAL;
  }
  try {
    const m = await merge(out, parts, OWNER);
    process.stderr.write(`leakset: merged ${m.parts} parts, ${m.records} records, ${m.problems} problems; output in ${m.out}/\n`);
    return m.problems ? EXIT.PROBLEMS : EXIT.OK;
  } catch (e) {
    process.stderr.write(`leakset: ${e instanceof OutputWriteError ? writeFailure(e, out) : (e as Error).message.split("\n")[0]}\n`);
    return EXIT.FATAL;
  }
}

/** A write error's message: the file, the system's reason, and that nothing was lost (output is moved in only when whole). */
const writeFailure = (e: OutputWriteError, out: string) =>
  `could not write ${e.file} in ${out}/: ${(e.cause as Error).message}; the previous output there, if any, is left as it was`;

/** The command line: the only module that touches `process`. */
async function main(argv: string[]): Promise<number> {
  if (argv[0] === "merge") return mergeMain(argv.slice(1));
  let raw: RawOptions & { help?: boolean };
  try {
    raw = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        corpus: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        workers: { type: "string" },
        excel: { type: "boolean" },
        format: { type: "string" },
        "max-bytes": { type: "string" },
        "doc-timeout": { type: "string" },
        incremental: { type: "boolean" },
        shard: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values as RawOptions & { help?: boolean };
  } catch (e) {
    process.stderr.write(`leakset: ${(e as Error).message.split("\n")[0]} (see --help)\n`);
    return EXIT.FATAL;
  }
  if (raw.help) {
    process.stdout.write(HELP + "\n");
    return EXIT.OK;
  }
  // Known once the options are resolved; a write error can only come after that.
  let outDir = "";
  try {
    const opts = resolveOptions(raw, availableParallelism());
    outDir = opts.out;
    const started = Date.now();
    const progress = opts.quiet ? null : createProgress(process.stderr, process.stderr.isTTY === true);
    let summary;
    try {
      summary = await run(opts, { owner: OWNER, progress: progress ? (done, total, file) => progress.update(done, total, file) : undefined });
    } finally {
      progress?.stop();
    }
    if (!opts.quiet) {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      const reused = opts.incremental ? `, ${summary.reused} reused` : "";
      process.stderr.write(
        `leakset: ${summary.records} of ${summary.documents} documents (${summary.byLang.en} en, ${summary.byLang.ja} ja${reused}), ` +
          `${summary.mentions} values, ${summary.problems.length} problems, ${secs} s\n` +
          `leakset: output in ${summary.out}/ (records.csv, mentions.csv, records.jsonl, report.html${summary.problems.length ? ", problems.csv" : ""})\n`,
      );
      for (const p of summary.problems.slice(0, 20)) process.stderr.write(`  ${p.file}: ${p.code}: ${p.reason}\n`);
      if (summary.problems.length > 20) process.stderr.write(`  ... ${summary.problems.length - 20} more in problems.csv\n`);
    }
    // The benchmark asks for stage times and peak memory in a side file; nothing else sees them.
    const statsPath = process.env.LEAKSET_STATS;
    if (statsPath) {
      const use = process.resourceUsage();
      // CPU seconds of every thread of the process (workers, garbage collector and I/O included).
      const stats = { ...summary.stages, documents: summary.documents, maxRssMB: use.maxRSS / 1024, cpuSeconds: (use.userCPUTime + use.systemCPUTime) / 1e6 };
      await writeFile(statsPath, JSON.stringify(stats) + "\n");
    }
    return summary.problems.length ? EXIT.PROBLEMS : EXIT.OK;
  } catch (e) {
    if (e instanceof OptionError || e instanceof OutFolderError) {
      process.stderr.write(`leakset: ${e.message}\n`);
      return EXIT.FATAL;
    }
    if (e instanceof OutputWriteError) {
      process.stderr.write(`leakset: ${writeFailure(e, outDir)}\n`);
      return EXIT.FATAL;
    }
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`leakset: the run could not proceed: ${err.code ? err.code + " " : ""}${err.message.split("\n")[0]}\n`);
    return EXIT.FATAL;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
