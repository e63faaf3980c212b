import { describe, expect, test } from "vitest";
import { MAX_SENTENCE, sentenceCell } from "../../src/output/evidence.js";
import type { DocRecord } from "../../src/types.js";

const long = "word ".repeat(200) + "TARGET " + "word ".repeat(200);
const rec = {
  evidence: [
    { start: 0, end: 20, text: "First\nsentence here." },
    { start: 30, end: 30 + long.length, text: long },
  ],
} as unknown as DocRecord;

describe("sentenceCell", () => {
  test.each([
    ["a value in the first sentence, line break made a space", 6, 14, "First sentence here."],
    ["an offset between sentences", 25, 27, ""],
    ["an offset after every sentence", 5000, 5005, ""],
  ])("%s", (_, start, end, want) => expect(sentenceCell(rec, start, end)).toBe(want));

  test("a very long sentence is cut around the value, which stays in the cell", () => {
    const at = 30 + long.indexOf("TARGET");
    const cell = sentenceCell(rec, at, at + 6);
    expect(cell).toContain("TARGET");
    expect(cell.startsWith("…") && cell.endsWith("…")).toBe(true);
    expect(cell.length).toBeLessThanOrEqual(MAX_SENTENCE + 2);
  });

  test("a record without evidence (made by an older version) gives empty cells", () => {
    expect(sentenceCell({} as DocRecord, 0, 1)).toBe("");
  });
});
