import { describe, expect, it } from "vitest";
import { headerDate } from "../../src/extract/header-date.js";
import { fold } from "../../src/text/fold.js";
import type { Doc } from "../../src/types.js";
import { extractText } from "../helpers.js";

/** Only the folded text and language are read: a hand-built doc needs no dictionary. */
const doc = (text: string, lang: "en" | "ja"): Doc => ({ folded: fold(text), lang }) as unknown as Doc;

describe("the copy's own date from its top lines", () => {
  it.each<[string, "en" | "ja", string | null]>([
    ["CITY DESK\n\nBy Ada Lowe, Staff Writer\nPublished April 9, 2025\n\nThe clinic said hackers got in.", "en", "2025-04-09"],
    ["Ada Lowe | The Dunmore Gazette | Sept. 30, 2024\n\nA courier lost tapes.", "en", "2024-09-30"],
    ["Breach at a clinic\n\n14 March 2025\n\nA clinic was hacked.", "en", "2025-03-14"],
    ["Posted on Tuesday, June 3, 2025 at 9:14 a.m.\n\nA clinic was hacked.", "en", "2025-06-03"],
    ["病院にサイバー攻撃\n\n２０２４年３月５日 ０６:３０\n\n市立病院は４日、発表した。", "ja", "2024-03-05"],
    ["令和６年１０月１５日\nお客様各位\n株式会社サンプル", "ja", "2024-10-15"],
    ["2024/9/14 07:25\n\n市は13日、発表した。", "ja", "2024-09-14"],
    // A date inside a sentence of the body, a date past the top lines, an impossible day: none.
    ["The clinic said on April 9, 2025 that hackers got in.", "en", null],
    ["a\nb\nc\nd\ne\nf\ng\nh\ni\nPublished April 9, 2025", "en", null],
    ["Published February 30, 2025\n\nA clinic was hacked.", "en", null],
    ["市は2024年3月5日、不正アクセスを受けたと発表した。", "ja", null],
  ])("%s", (text, lang, expected) => {
    expect(headerDate(doc(text, lang))).toBe(expected);
  });

  it("dates a yearless day by the byline when metadata has none, and says the year came from the text", () => {
    const text = "THE VALE POST\n\nBy Ada Lowe\nPublished March 3, 2025\n\nThe college said on Friday that an intruder got in on Feb. 19.";
    const dates = extractText(text, { lang: "en" }).dates;
    expect(dates.find((d) => d.text === "Feb. 19")).toMatchObject({ iso: "2025-02-19", year_source: "context" });
    expect(dates.find((d) => d.text === "Friday")).toMatchObject({ iso: "2025-02-28" });
    // Metadata's date wins over the byline's.
    expect(extractText(text, { lang: "en", published: "2027-06-01" }).dates.find((d) => d.text === "Feb. 19")).toMatchObject({ iso: "2027-02-19", year_source: "published" });
  });
});
