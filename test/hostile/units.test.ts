import { execFileSync } from "node:child_process";
import iconv from "iconv-lite";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { htmlToText } from "../../src/corpus/html.js";
import { listCorpus } from "../../src/corpus/list.js";
import { parseMetadata } from "../../src/corpus/metadata.js";
import { csvRows, neutralise } from "../../src/output/csv.js";
import { PROBLEMS } from "../../src/output/schema.js";
import { parse } from "csv-parse/sync";

/** Unit tables behind the rules: listing, metadata.csv, formula neutralisation, markup. */
const tmp = mkdtempSync(join(tmpdir(), "leakset-units-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("listCorpus: links and odd files", () => {
  const root = join(tmp, "root");
  const outside = join(tmp, "outside");
  mkdirSync(join(root, "sub", "deep"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, "x.txt"), "x");
  writeFileSync(join(root, "b.txt"), "b");
  writeFileSync(join(root, "sub", "deep", "a.txt"), "a");
  writeFileSync(join(root, "notes.pdf"), "not an article");
  symlinkSync("..", join(root, "sub", "deep", "up")); // a loop two levels deep
  symlinkSync(root, join(root, "root-again")); // a loop to the root itself
  symlinkSync("sub", join(root, "alias")); // a folder inside: read under sub/, not twice
  symlinkSync("b.txt", join(root, "c.txt")); // a file inside: an article of its own
  symlinkSync(join(outside, "x.txt"), join(root, "out.txt"));
  symlinkSync("missing.txt", join(root, "gone.txt"));
  execFileSync("mkfifo", [join(root, "fifo.md")]);

  test("lists articles in a stable order and reports every link it does not follow", async () => {
    const { files, problems } = await listCorpus(root);
    expect(files.map((f) => f.rel)).toEqual(["b.txt", "c.txt", "sub/deep/a.txt"]);
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      ["fifo.md", "READ"],
      ["gone.txt", "LINK"],
      ["out.txt", "LINK"],
      ["root-again", "LINK"],
      ["sub/deep/up", "LINK"],
    ]);
  });
});

describe("parseMetadata", () => {
  const known = new Set(["a.txt", "b.txt", "c.txt", "日本.txt"]);
  test.each([
    ["good rows apply", "file,published\na.txt,2024-01-02\nb.txt,\n", { "a.txt": "2024-01-02", "b.txt": null }, []],
    ["CRLF line ends and a BOM", "\ufefffile,published\r\na.txt,2024-01-02\r\n", { "a.txt": "2024-01-02" }, []],
    ["a bad date", "file,published\na.txt,2024-02-30\nb.txt,2024-02-29\n", { "b.txt": "2024-02-29" }, [2]],
    ["an unknown file", "file,published\nzz.txt,2024-01-02\nb.txt,2024-01-03\n", { "b.txt": "2024-01-03" }, [2]],
    ["a quote never closed does not swallow the next rows", 'file,published\n"a.txt,2024-01-02\nb.txt,2024-01-03\nc.txt,2024-01-04\n', { "b.txt": "2024-01-03", "c.txt": "2024-01-04" }, [2]],
    ["text after a closing quote", 'file,published\n"a.txt"x,2024-01-02\nb.txt,2024-01-03\n', { "b.txt": "2024-01-03" }, [2]],
    ["a quoted line break is one record", 'file,published,note\na.txt,2024-01-02,"two\nlines"\nb.txt,2024-01-03,\n', { "a.txt": "2024-01-02", "b.txt": "2024-01-03" }, []],
    ["a file named twice: the first row applies", "file,published\na.txt,2024-01-02\na.txt,2024-01-09\n", { "a.txt": "2024-01-02" }, [3]],
    ["an empty file cell", "file,published\n,2024-01-02\na.txt,2024-01-02\n", { "a.txt": "2024-01-02" }, [2]],
    ["no file column", "name,published\na.txt,2024-01-02\n", {}, [1]],
  ])("%s", (_name, csv, want, badLines) => {
    const { rows, problems } = parseMetadata(csv, known);
    expect(Object.fromEntries([...rows].map(([f, r]) => [f, r.published]))).toEqual(want);
    expect(problems.map((p) => p.file)).toEqual(badLines.map((l) => `metadata.csv:${l}`));
    for (const p of problems) expect(p.code).toBe("METADATA");
  });

  test("Shift_JIS bytes, as Excel on a Japanese system saves them", () => {
    const { rows, problems, columns } = parseMetadata(iconv.encode("file,published,媒体\n日本.txt,2024-01-02,新聞\n", "cp932"), known);
    expect(problems).toEqual([]);
    expect(columns).toEqual(["媒体"]);
    expect(rows.get("日本.txt")).toEqual({ published: "2024-01-02", extra: { 媒体: "新聞" } });
  });
});

describe("formula neutralisation (OWASP CSV injection)", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["a=1", "a=1"],
    [" =1", " =1"],
    ["", ""],
    ["Acme", "Acme"],
    ["株式会社", "株式会社"],
  ])("%j → %j", (cell, want) => expect(neutralise(cell)).toBe(want));

  test("numbers are left alone; text cells round-trip through a CSV reader", () => {
    const rows = [{ file: "=cmd|' /C calc'!A0", code: "-1", reason: 'a "quoted", multi\nline reason' }];
    const back = parse(csvRows(PROBLEMS.columns, rows));
    expect(back).toEqual([["'=cmd|' /C calc'!A0", "'-1", 'a "quoted", multi\nline reason']]);
  });
});

describe("htmlToText", () => {
  test.each([
    ["scripts and styles are dropped", "<p>a</p><script>SECRET</script><style>SECRET</style><p>b</p>", "a\nb"],
    ["a closing tag inside a script does not end it", "<p>a</p><script>x='</div>SECRET'</script>b", "a\nb"],
    ["an unclosed head ends at body", "<html><head><title>SECRET</title><body><p>Visible</p>", "Visible"],
    ["a hidden element left open inside head ends with it", "<head><noscript>SECRET</head><body>Visible", "Visible"],
    ["comments, CDATA and noscript are dropped", "<p>a<!-- SECRET -->b</p><![CDATA[SECRET]]><noscript>SECRET</noscript>", "ab"],
    ["named and numeric entities are decoded", "<p>&amp; &lt; &gt; &quot; &#39; &#x201C; &copy; &pound;5 &nbsp;x</p>", "& < > \" ' “ © £5 x"],
    ["a surrogate entity becomes U+FFFD", "<p>&#xD800;x</p>", "\ufffdx"],
    ["an unknown entity stays as written", "<p>&bogus; a</p>", "&bogus; a"],
    ["an unclosed script hides only what follows it", "<p>Before</p><script>if (a < b) {", "Before"],
  ])("%s", (_name, html, want) => expect(htmlToText(html)).toBe(want));
});
