import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { workerData } from "piscina";
import { dictionaryReady, type PendingDictionary } from "./analyse/dictionary.js";
import { loadJaTokenizer } from "./analyse/japanese.js";
import { markEnded, markStarted, type Slot } from "./budget.js";
import type { Resources } from "./analyse/doc.js";
import type { MetaRow } from "./corpus/metadata.js";
import { processBytes, type DocOptions, type FileResult } from "./pipeline.js";

/** One file for a worker to process (a worker is given a few at once). Plain data: it crosses a thread boundary. */
export interface Task {
  rel: string;
  abs: string;
  meta: MetaRow | undefined;
  opts: DocOptions;
  /** Where to note the start of this document's time budget (absent: no budget). */
  slot?: Slot;
}

/** What every worker thread is given as it starts. */
export interface WorkerData {
  dictionary: PendingDictionary;
}

/** What a worker sends back: the result, and the file's content hash for the manifest. */
export type TaskResult = FileResult & {
  sha256: string | null;
  bytes: number;
  /** Milliseconds the thread spent building the dictionary (reported with its first task only). */
  dictionary?: number;
};

/** The tokenizer, built once per thread (each has its own module instance) over dictionary bytes all share. */
let resources: Resources;
let dictionary: number | undefined;

async function processTask(task: Task): Promise<TaskResult> {
  const built = dictionary;
  dictionary = undefined;
  // The budget is the document's own: the thread's start-up and dictionary above are not in it.
  if (task.slot) markStarted(task.slot);
  let bytes: Buffer;
  try {
    // Synchronous: the thread has nothing else to do, and an async read idles it for pool round trips.
    bytes = readFileSync(task.abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { problem: { file: task.rel, code: "READ", reason: `cannot read: ${code}` }, sha256: null, bytes: 0, dictionary: built };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  try {
    return { ...processBytes(task.rel, bytes, task.meta, task.opts, resources), sha256, bytes: bytes.length, dictionary: built };
  } catch (e) {
    // A bug on one article must not stop the batch: it becomes a problem row naming the file.
    const reason = `extraction failed: ${String((e as Error).message).split("\n")[0]}`;
    return { problem: { file: task.rel, code: "INTERNAL", reason }, sha256, bytes: bytes.length, dictionary: built };
  }
}

/** The handler, after the tokenizer: piscina awaits a promised default export before a thread counts as started. */
export default (async () => {
  const t0 = performance.now();
  resources = { ja: await loadJaTokenizer(await dictionaryReady((workerData as WorkerData).dictionary)) };
  dictionary = performance.now() - t0;
  return async (tasks: Task[]): Promise<TaskResult[]> => {
    const out: TaskResult[] = [];
    for (const t of tasks) {
      out.push(await processTask(t));
      if (t.slot) markEnded(t.slot);
    }
    return out;
  };
})();
