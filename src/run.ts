import { readFile, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { loadJaTokenizer } from "./analyse/japanese.js";
import type { Resources } from "./analyse/doc.js";
import { listCorpus, type CorpusFile } from "./corpus/list.js";
import { parseMetadata, type MetaRow } from "./corpus/metadata.js";
import { OptionError, type RunOptions } from "./options.js";
import { commitTemp, discardTemp, prepareTemp } from "./output/commit.js";
import { OutputWriter } from "./output/writer.js";
import { processBytes, type FileResult } from "./pipeline.js";
import type { Lang, Problem } from "./types.js";
import { VERSION } from "./version.js";

/** What a run reports back to the command line. */
export interface RunSummary {
  documents: number;
  records: number;
  mentions: number;
  problems: Problem[];
  byLang: Record<Lang, number>;
  out: string;
}

/** Where a run sends progress; the CLI decides how to show it. */
export interface RunHooks {
  progress?: (done: number, total: number, file: string) => void;
}

/** The corpus's files and metadata, read before any document is processed. */
interface Plan {
  files: CorpusFile[];
  meta: Map<string, MetaRow>;
  metaColumns: string[];
  problems: Problem[];
}

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
  const files = listed.files.filter((f) => f.abs !== outAbs && !f.abs.startsWith(outAbs + sep));
  const problems = [...listed.problems];
  let meta = new Map<string, MetaRow>();
  let metaColumns: string[] = [];
  const metaPath = join(root, "metadata.csv");
  let csv: string | null = null;
  try {
    csv = await readFile(metaPath, "utf8");
  } catch {
    csv = null;
  }
  if (csv !== null) {
    const parsed = parseMetadata(csv, new Set(files.map((f) => f.rel)));
    meta = parsed.rows;
    problems.push(...parsed.problems);
    const header = csv.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0];
    metaColumns = header.split(",").map((h) => h.trim().replace(/^"|"$/g, "")).filter((h) => h && h !== "file" && h !== "published");
  }
  return { files, meta, metaColumns, problems };
}

/**
 * Runs the whole batch: lists the corpus, processes every file in order, streams the records to
 * a temporary folder and moves it into place when all is written.
 */
export async function run(opts: RunOptions, hooks: RunHooks = {}): Promise<RunSummary> {
  const p = await plan(opts);
  const res: Resources = { ja: await loadJaTokenizer() };
  const tag = `${process.pid}`;
  const tmp = await prepareTemp(opts.out, tag);
  const writer = new OutputWriter(tmp, opts.excel, p.metaColumns);
  const problems = [...p.problems];
  const byLang: Record<Lang, number> = { en: 0, ja: 0 };
  try {
    let done = 0;
    for (const f of p.files) {
      const result = await processFile(f, p.meta.get(f.rel), opts, res);
      if ("problem" in result) problems.push(result.problem);
      else {
        if (result.warning) problems.push(result.warning);
        byLang[result.record.lang]++;
        await writer.write(result.record);
      }
      hooks.progress?.(++done, p.files.length, f.rel);
    }
    const manifest = {
      tool: "leakset",
      version: VERSION,
      options: { lang: opts.lang, excel: opts.excel, max_bytes: opts.maxBytes },
      counts: { files: p.files.length, records: writer.records, mentions: writer.mentions, en: byLang.en, ja: byLang.ja, problems: problems.length },
      problems,
    };
    await writer.finish(problems, manifest);
    await commitTemp(tmp, opts.out, tag);
  } catch (e) {
    writer.abort();
    await discardTemp(tmp);
    throw e;
  }
  return { documents: p.files.length, records: writer.records, mentions: writer.mentions, problems, byLang, out: opts.out };
}

async function processFile(f: CorpusFile, meta: MetaRow | undefined, opts: RunOptions, res: Resources): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(f.abs);
  } catch (e) {
    return { problem: { file: f.rel, code: "READ", reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
  }
  try {
    return processBytes(f.rel, bytes, meta, { lang: opts.lang, maxBytes: opts.maxBytes }, res);
  } catch (e) {
    // A bug on one article must not stop the batch: it becomes a problem row naming the file.
    return { problem: { file: f.rel, code: "INTERNAL", reason: `extraction failed: ${String((e as Error).message).split("\n")[0]}` } };
  }
}
