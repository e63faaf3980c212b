import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadJaTokenizer } from "./analyse/japanese.js";
import { markStarted, type Slot } from "./budget.js";
import type { Resources } from "./analyse/doc.js";
import type { MetaRow } from "./corpus/metadata.js";
import { processBytes, type DocOptions, type FileResult } from "./pipeline.js";

/** One file for a worker to process. Plain data: it crosses a thread boundary. */
export interface Task {
  rel: string;
  abs: string;
  meta: MetaRow | undefined;
  opts: DocOptions;
  /** Where to note the start of this document's time budget (absent: no budget). */
  slot?: Slot;
}

/** What a worker sends back: the result, and the file's content hash for the manifest. */
export type TaskResult = FileResult & {
  sha256: string | null;
  bytes: number;
  /** Milliseconds this task spent building the dictionary (only a thread's first task does). */
  dictionary?: number;
};

/**
 * The kuromoji dictionary, built once per worker thread on its first task and kept for all later
 * tasks of that thread (each thread has its own module instance).
 */
let resources: Promise<Resources> | undefined;

/** Reads and processes one file. A content problem is returned as data, never thrown. */
export default async function processTask(task: Task): Promise<TaskResult> {
  let dictionary: number | undefined;
  if (!resources) {
    const t = performance.now();
    resources = loadJaTokenizer().then((ja) => ({ ja }));
    await resources;
    dictionary = performance.now() - t;
  }
  // The budget is the document's own: the thread's start-up and dictionary above are not in it.
  if (task.slot) markStarted(task.slot);
  let bytes: Buffer;
  try {
    // A synchronous read: this thread has nothing else to do meanwhile, and an asynchronous one
    // would leave it idle through several thread-pool round trips per file.
    bytes = readFileSync(task.abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { problem: { file: task.rel, code: "READ", reason: `cannot read: ${code}` }, sha256: null, bytes: 0, dictionary };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const res = await resources;
  try {
    return { ...processBytes(task.rel, bytes, task.meta, task.opts, res), sha256, bytes: bytes.length, dictionary };
  } catch (e) {
    // A bug on one article must not stop the batch: it becomes a problem row naming the file.
    const reason = `extraction failed: ${String((e as Error).message).split("\n")[0]}`;
    return { problem: { file: task.rel, code: "INTERNAL", reason }, sha256, bytes: bytes.length, dictionary };
  }
}
