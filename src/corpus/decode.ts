import chardet from "chardet";
import iconv from "iconv-lite";
import type { ProblemCode } from "../types.js";

/** A decoded file, or the reason it could not be decoded. */
export type Decoded =
  | { ok: true; text: string; encoding: string; replaced: number }
  | { ok: false; code: ProblemCode; reason: string };

/** Share of U+FFFD replacements above which a file is reported as undecodable. */
const MAX_REPLACED_SHARE = 0.02;

/** From this many replacements on, a DECODE warning: one or two stray bytes in a scraped page are harmless. */
export const MANY_REPLACED = 10;

/** Non-ASCII share above which bytes neither UTF-8 nor Japanese are not text: Latin prose <10%, random bytes ~50%. */
const MAX_LATIN_HIGH_SHARE = 0.3;

const JA_CANDIDATES = ["Shift_JIS", "EUC-JP", "ISO-2022-JP"];

/** Detects the encoding and decodes, in this order: BOM, valid UTF-8, ISO-2022-JP escapes, chardet, the fewest replacements winning among Japanese encodings. TextDecoder reads ISO-2022-JP and Shift_JIS as CP932 (① ㈱ survive); iconv-lite only Windows-1252, which Node 20 decodes as ISO-8859-1 (€ “ ” become C1 controls). */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: "EMPTY", reason: "the file is empty" };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return done(buf.subarray(3).toString("utf8"), "UTF-8 BOM");
  if (buf[0] === 0xff && buf[1] === 0xfe) return done(whatwg(buf.subarray(2), "utf-16le"), "UTF-16LE");
  if (buf[0] === 0xfe && buf[1] === 0xff) return done(whatwg(buf.subarray(2), "utf-16be"), "UTF-16BE");

  const head = buf.subarray(0, 8192);
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return { ok: false, code: "BINARY", reason: "a PDF file, not text" };
  if (looksBinary(head)) return { ok: false, code: "BINARY", reason: "binary content (NUL or control bytes)" };

  // ISO-2022-JP is 7-bit, so it is also valid UTF-8: its escapes must be looked for first.
  if (buf.includes(0x1b) && /\x1b\$[@B]/.test(head.toString("latin1")) && !buf.some((b) => b >= 0x80)) {
    return done(whatwg(buf, "iso-2022-jp"), "ISO-2022-JP");
  }
  try {
    return done(new TextDecoder("utf-8", { fatal: true }).decode(buf), "UTF-8");
  } catch {
    // not strictly UTF-8: maybe UTF-8 with a few broken bytes, else a legacy encoding
  }
  const utf8 = mostlyUtf8(buf);
  if (utf8 !== null) return done(utf8, "UTF-8");
  const guesses = (chardet.analyse(buf) ?? []).map((g) => g.name);
  const japanese = guesses.find((g) => JA_CANDIDATES.includes(g));
  const latinFirst = guesses[0] && /^(ISO-8859-1|windows-1252)$/.test(guesses[0]);
  const tries: Array<[string, string]> = [
    ["shift_jis", "Shift_JIS"],
    ["euc-jp", "EUC-JP"],
  ];
  let best: { text: string; label: string; bad: number } | null = null;
  for (const [codec, label] of tries) {
    const text = whatwg(buf, codec);
    const bad = countReplaced(text) + oddChars(text);
    if (!best || bad < best.bad || (bad === best.bad && japanese === label)) best = { text, label, bad };
  }
  if (best && best.bad === 0 && !latinFirst) return done(best.text, best.label);
  if (best && japanese && best.bad <= best.text.length * MAX_REPLACED_SHARE) return done(best.text, best.label);
  // Else Windows-1252, which cannot fail, unless too many bytes are non-ASCII for prose.
  let high = 0;
  for (const b of buf) if (b >= 0x80) high++;
  if (high > buf.length * MAX_LATIN_HIGH_SHARE) {
    return { ok: false, code: "DECODE", reason: `not text in any known encoding (${Math.round((100 * high) / buf.length)}% of bytes are non-ASCII and not UTF-8 or Japanese)` };
  }
  return done(iconv.decode(Buffer.from(buf), "windows-1252"), "windows-1252");
}

/** UTF-8 despite a few bad bytes if valid multi-byte characters outnumber them 8:1 (rare by accident in Shift_JIS). */
function mostlyUtf8(buf: Uint8Array): string | null {
  const text = whatwg(buf, "utf-8");
  const bad = countReplaced(text);
  let multi = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80 && text.charCodeAt(i) !== 0xfffd) multi++;
  return multi >= 8 * bad ? text : null;
}

const whatwg = (buf: Uint8Array, label: string) => new TextDecoder(label, { ignoreBOM: true }).decode(buf);

function done(text: string, encoding: string): Decoded {
  const replaced = countReplaced(text);
  if (text.trim().length === 0) return { ok: false, code: "EMPTY", reason: "the file holds only white space" };
  if (replaced > 16 && replaced > text.length * MAX_REPLACED_SHARE) {
    return { ok: false, code: "DECODE", reason: `${replaced} invalid byte sequences as ${encoding}` };
  }
  return { ok: true, text, encoding, replaced };
}

function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/** Characters that a wrong Japanese decoding produces but real text almost never holds. */
function oddChars(text: string): number {
  const m = text.match(/[\u0080-\u009f\ue000-\uf8ff]/g);
  return m ? m.length : 0;
}

/** NUL bytes, or many C0 control bytes, mean a binary file (UTF-16 was handled by its BOM). */
function looksBinary(head: Buffer): boolean {
  let ctl = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) ctl++;
  }
  return ctl > head.length * 0.05;
}
