import Encoding from "encoding-japanese";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { decode } from "../src/corpus/decode.js";
import { htmlToText } from "../src/corpus/html.js";

const JA = "株式会社テストは、お客様の氏名・住所が流出した可能性があると発表しました。①㈱";
const EN = "The café's customers were notified on Friday.";

describe("decode", () => {
  test.each([
    ["UTF-8", Buffer.from(JA, "utf8"), "UTF-8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JA, "utf8")]), "UTF-8 BOM"],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(JA, "utf-16le")]), "UTF-16LE"],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(JA, "utf-16be")]), "UTF-16BE"],
    ["CP932", iconv.encode(JA, "cp932"), "Shift_JIS"],
    ["EUC-JP", iconv.encode(JA.replace(/[①㈱]/g, ""), "euc-jp"), "EUC-JP"],
    ["ISO-2022-JP", Buffer.from(Encoding.convert(Encoding.stringToCode(JA.replace(/[①㈱]/g, "")), { to: "JIS", from: "UNICODE" })), "ISO-2022-JP"],
  ])("%s", (_name, bytes, encoding) => {
    const d = decode(bytes);
    expect(d.ok && d.encoding).toBe(encoding);
    if (d.ok) expect(d.text).toBe(encoding === "EUC-JP" || encoding === "ISO-2022-JP" ? JA.replace(/[①㈱]/g, "") : JA);
  });

  test("Latin-1 text is read as Windows-1252", () => {
    const d = decode(iconv.encode(EN, "latin1"));
    expect(d.ok && d.text).toBe(EN);
  });

  test.each([
    ["empty", Buffer.alloc(0), "EMPTY"],
    ["white space", Buffer.from("  \n\t \n"), "EMPTY"],
    ["PDF", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "BINARY"],
    ["NUL bytes", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), "BINARY"],
  ])("%s is a problem", (_name, bytes, code) => {
    const d = decode(bytes);
    expect(d.ok ? "ok" : d.code).toBe(code);
  });
});

describe("htmlToText", () => {
  test("keeps visible text, drops scripts and styles, decodes entities", () => {
    const html = `<html><head><title>T</title><style>p{color:red}</style></head><body><script>var x="<p>hidden</p>";</script>
      <h1>Breach at Acme &amp; Co.</h1><p>Names&nbsp;were <b>stolen</b>.</p><noscript>enable js</noscript><div>Second</div></body></html>`;
    expect(htmlToText(html)).toBe("Breach at Acme & Co.\nNames were stolen.\nSecond");
  });

  test("an unclosed script hides the rest but does not throw", () => {
    expect(htmlToText("<p>Before</p><script>if (a < b) {")).toBe("Before");
  });
});

describe("htmlToText drops page chrome", () => {
  test("nav, aside and footer yield no text; header and main do", () => {
    const html = `<body><nav>Home | News | Login</nav><header><h1>Breach at Acme</h1></header><aside>Most read: other story</aside>
      <main><p>Acme said 2,000 names leaked.</p></main><footer>© 2024 Example Media Ltd</footer></body>`;
    expect(htmlToText(html)).toBe("Breach at Acme\nAcme said 2,000 names leaked.");
  });
});
