import { analyse, type Resources } from "./analyse/doc.js";
import { decode } from "./corpus/decode.js";
import { htmlToText, isHtml } from "./corpus/html.js";
import { docIdOf } from "./corpus/list.js";
import type { MetaRow } from "./corpus/metadata.js";
import { extract } from "./extract/index.js";
import { evidenceOf, type WithEvidence } from "./output/evidence.js";
import type { DocRecord, Lang, Problem } from "./types.js";

/** Per-document settings, resolved from the command line. */
export interface DocOptions {
  lang: Lang | "auto";
  /** Files larger than this many bytes are cut to it (at a line end) and reported. */
  maxBytes: number;
}

/** Milliseconds spent in each stage of one document, for the benchmark. */
export interface Timings {
  decode: number;
  analyse: number;
  extract: number;
}

/** The outcome of one file: a record, possibly with a warning, or a problem instead. */
export type FileResult = ({ record: DocRecord; warning?: Problem } | { problem: Problem }) & { timings?: Timings };

/**
 * Turns the bytes of one article into its record: decode, reduce HTML, analyse, extract.
 * Pure apart from the resources passed in; a content problem is returned, never thrown.
 */
export function processBytes(rel: string, bytes: Uint8Array, meta: MetaRow | undefined, opts: DocOptions, res: Resources): FileResult {
  const t0 = performance.now();
  let warning: Problem | undefined;
  let data = bytes;
  if (data.length > opts.maxBytes) {
    // Cut at the last line break before the limit so no character or line is split.
    let cut = opts.maxBytes;
    for (let i = cut - 1; i > cut - 65536 && i > 0; i--) if (data[i] === 0x0a) { cut = i + 1; break; }
    data = data.subarray(0, cut);
    warning = { file: rel, code: "TOO_LARGE", reason: `${bytes.length} bytes is over --max-bytes ${opts.maxBytes}; only the first ${cut} bytes were read` };
  }
  const dec = decode(data);
  if (!dec.ok) return { problem: { file: rel, code: dec.code, reason: dec.reason } };
  if (dec.replaced > 0 && !warning) {
    warning = { file: rel, code: "DECODE", reason: `${dec.replaced} invalid byte sequences replaced (read as ${dec.encoding})` };
  }
  let text = dec.text;
  if (isHtml(rel, text)) text = htmlToText(text);
  if (!text.trim()) return { problem: { file: rel, code: "EMPTY", reason: "no visible text" } };
  const t1 = performance.now();
  const doc = analyse({ id: docIdOf(rel), source: rel, text, published: meta?.published ?? null, lang: opts.lang }, res);
  const t2 = performance.now();
  const ex = extract(doc);
  const timings: Timings = { decode: t1 - t0, analyse: t2 - t1, extract: performance.now() - t2 };
  const record: DocRecord & WithEvidence = {
    doc_id: doc.id,
    source: rel,
    lang: doc.lang,
    title: doc.title,
    published: doc.published,
    encoding: dec.encoding,
    meta: meta?.extra ?? {},
    ...ex,
    // The sentences the values come from, for the tidy tables; the contract fields are unchanged.
    evidence: evidenceOf(doc, ex),
  };
  return warning ? { record, warning, timings } : { record, timings };
}
