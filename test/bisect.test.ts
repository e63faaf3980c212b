import { describe, expect, test } from "vitest";
import { firstIndex } from "../src/text/bisect.js";

describe("firstIndex", () => {
  const ends = [3, 5, 5, 9, 12];
  test.each([
    [0, 0],
    [3, 0],
    [4, 1],
    [5, 1],
    [6, 3],
    [12, 4],
    // Past every element: the length, never an index out of the prefix rule.
    [13, 5],
  ])("first end not below %d is at %d", (x, want) => {
    expect(firstIndex(ends, (e) => e < x)).toBe(want);
  });

  test("an empty array gives 0", () => {
    expect(firstIndex([], () => true)).toBe(0);
  });
});
