import { analyse, type Resources } from "./analyse/doc.js";
import { MANY_REPLACED, decode } from "./corpus/decode.js";
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

/** A UTF-16 surrogate without its pair: not a character, and fatal to kuromoji. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Where to cut an oversized file: after a line break in its last 64 KiB, else not inside a UTF-8 character. */
export function cutPoint(data: Uint8Array, max: number): number {
  if (data.length <= max) return data.length;
  for (let i = max - 1; i > max - 65536 && i > 0; i--) if (data[i] === 0x0a) return i + 1;
  let cut = max;
  for (let k = 0; k < 3 && cut > 0 && (data[cut] & 0xc0) === 0x80; k++) cut--;
  return cut;
}

/** One article's bytes to its record. Pure apart from `res`; a content problem is returned, never thrown. */
export function processBytes(rel: string, bytes: Uint8Array, meta: MetaRow | undefined, opts: DocOptions, res: Resources): FileResult {
  const t0 = performance.now();
  let warning: Problem | undefined;
  let data = bytes;
  if (data.length > opts.maxBytes) {
    const cut = cutPoint(data, opts.maxBytes);
    data = data.subarray(0, cut);
    warning = { file: rel, code: "TOO_LARGE", reason: `${bytes.length} bytes is over --max-bytes ${opts.maxBytes}; only the first ${cut} bytes were read` };
  }
  const dec = decode(data);
  if (!dec.ok) return { problem: { file: rel, code: dec.code, reason: dec.reason } };
  if (dec.replaced >= MANY_REPLACED) {
    const note = `${dec.replaced} invalid byte sequences replaced with U+FFFD (read as ${dec.encoding})`;
    // One warning row per file: a cut file that is also badly encoded says both in its reason.
    warning = warning ? { ...warning, reason: `${warning.reason}; ${note}` } : { file: rel, code: "DECODE", reason: note };
  }
  let text = dec.text;
  if (isHtml(rel, text)) text = htmlToText(text);
  // kuromoji throws on a lone surrogate; no decoder yields one today, this guards later changes.
  text = text.replace(LONE_SURROGATE, "\ufffd");
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
