import Encoding from "encoding-japanese";
import iconv from "iconv-lite";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import { processBytes } from "../../src/pipeline.js";
import type { DocRecord } from "../../src/types.js";
import { ROOT, SHARED, loadResources } from "../helpers.js";
import { EN_ARTICLE, JA_ARTICLE, JA_PLAIN, LATIN_ARTICLE, noise, utf8WithBadBytes } from "./generate.js";

/** "Encodings": every encoding is extracted exactly as its UTF-8 twin. */
let res: Resources;
beforeAll(async () => {
  res = await loadResources();
});

const run = (bytes: Uint8Array, name = "t.txt") => processBytes(name, bytes, undefined, { lang: "auto", maxBytes: 1 << 24 }, res);
const recordOf = (bytes: Uint8Array): DocRecord => {
  const out = run(bytes);
  if (!("record" in out)) throw new Error(`no record: ${out.problem.code} ${out.problem.reason}`);
  return out.record;
};
/** The record without the field that must differ. */
const content = ({ encoding: _e, ...rest }: DocRecord) => rest;

const jis = (s: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(s), { to: "JIS", from: "UNICODE" }) as number[]);
const bom = (b: number[], body: Buffer) => Buffer.concat([Buffer.from(b), body]);

/** [name, encoder, expected encoding label, text it can hold]. */
const ENCODINGS: Array<[string, (s: string) => Buffer, string, string]> = [
  ["UTF-8 with BOM", (s) => bom([0xef, 0xbb, 0xbf], Buffer.from(s)), "UTF-8 BOM", JA_ARTICLE],
  ["UTF-16LE with BOM", (s) => bom([0xff, 0xfe], iconv.encode(s, "utf-16le")), "UTF-16LE", JA_ARTICLE],
  ["UTF-16BE with BOM", (s) => bom([0xfe, 0xff], iconv.encode(s, "utf-16be")), "UTF-16BE", JA_ARTICLE],
  ["CP932 (with ① and ㈱)", (s) => iconv.encode(s, "cp932"), "Shift_JIS", JA_ARTICLE],
  ["Shift_JIS", (s) => iconv.encode(s, "shift_jis"), "Shift_JIS", JA_PLAIN],
  ["EUC-JP", (s) => iconv.encode(s, "euc-jp"), "EUC-JP", JA_PLAIN],
  ["ISO-2022-JP", jis, "ISO-2022-JP", JA_PLAIN],
  ["Latin-1", (s) => iconv.encode(s, "latin1"), "windows-1252", LATIN_ARTICLE],
  ["Windows-1252", (s) => iconv.encode(s, "windows-1252"), "windows-1252", LATIN_ARTICLE + " “Quoted” – €5,000."],
];

describe("each encoding is extracted as well as UTF-8", () => {
  test.each(ENCODINGS)("%s", (_name, encode, label, text) => {
    const want = recordOf(Buffer.from(text));
    const got = recordOf(encode(text));
    expect(got.encoding).toBe(label);
    expect(content(got)).toEqual(content(want));
    expect(want.counts.length + want.dates.length).toBeGreaterThan(0);
  });

  // The dev corpus, read at test time: every Japanese article that the encoding can hold.
  // SHARED is one level above the repository; a git worktree sits one level deeper.
  const shared = [SHARED, resolve(ROOT, "../../shared")].find((d) => existsSync(join(d, "dev"))) ?? SHARED;
  const dir = join(shared, "dev", "ja");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  test.each([
    ["CP932", "cp932", "Shift_JIS"],
    ["EUC-JP", "euc-jp", "EUC-JP"],
  ])("every dev Japanese article in %s", (_name, codec, label) => {
    let checked = 0;
    for (const f of files) {
      const text = readFileSync(join(dir, f), "utf8").replace(/^\ufeff/, "");
      const bytes = iconv.encode(text, codec);
      if (iconv.decode(bytes, codec) !== text) continue; // a character the encoding lacks
      const got = recordOf(bytes);
      expect(got.encoding, f).toBe(label);
      expect(content(got), f).toEqual(content(recordOf(Buffer.from(text))));
      checked++;
    }
    expect(checked).toBeGreaterThan(files.length / 2);
  });
});

describe("invalid byte sequences are replaced, and reported when many", () => {
  test.each([
    ["2 bad bytes in UTF-8 Japanese: replaced, no row", utf8WithBadBytes(JA_ARTICLE, 2), "record", 2],
    ["9 bad bytes: replaced, no row", utf8WithBadBytes(JA_ARTICLE, 9), "record", 9],
    ["40 bad bytes: replaced, a DECODE row", utf8WithBadBytes(JA_ARTICLE, 40), "DECODE warning", 40],
    // UTF-8 wins when its valid multi-byte characters are at least 8 times the bad sequences.
    ["a stray Latin-1 byte in UTF-8 with accents", Buffer.concat([Buffer.from(LATIN_ARTICLE + " " + LATIN_ARTICLE), Buffer.from([0xe9]), Buffer.from(" " + EN_ARTICLE)]), "record", 1],
  ])("%s", (_name, bytes, want, replaced) => {
    const out = run(bytes);
    expect("record" in out).toBe(true);
    if (!("record" in out)) return;
    expect(out.record.encoding).toBe("UTF-8");
    expect(out.warning ? `${out.warning.code} warning` : "record").toBe(want);
    if (out.warning) expect(out.warning.reason).toContain(`${replaced} invalid byte sequences`);
    expect(JSON.stringify(out.record).includes("\ufffd") || out.record.title.length > 0).toBe(true);
  });

  test("a Latin-1 file is not taken for UTF-8 with bad bytes", () => {
    const out = run(iconv.encode("Café, Müller. " + EN_ARTICLE, "latin1"));
    expect("record" in out && [out.record.encoding, out.record.title.slice(0, 14)]).toEqual(["windows-1252", "Café, Müller. "]);
  });

  test.each([
    ["random high bytes", noise(5000), "DECODE"],
    ["UTF-16LE full of unpaired surrogates", bom([0xff, 0xfe], Buffer.from("\ud800x".repeat(400), "utf16le")), "DECODE"],
    ["printable ASCII noise is still text", noise(3000, 0x20).map((b) => (b > 0x7e ? 0x20 : b)), "record"],
  ])("%s", (_name, bytes, want) => {
    const out = run(bytes);
    expect("record" in out ? "record" : out.problem.code).toBe(want);
  });
});
