import { describe, expect, test } from "vitest";
import { parseEnNumber, parseJaNumber } from "../src/text/numbers.js";

describe("parseEnNumber", () => {
  test.each([
    ["1.29 million", 1290000],
    ["40 000", 40000],
    ["12,345", 12345],
    ["1.5bn", 1500000000],
    ["77m", 77000000],
    ["100 million", 100000000],
    ["three million", 3000000],
    ["180k", 180000],
    ["539,207", 539207],
    ["twenty-six million", 26000000],
    ["a million", 1000000],
    // Fractions before a scale.
    ["half a million", 500000],
    ["a quarter of a million", 250000],
    ["three quarters of a billion", 750000000],
    ["one and a half million", 1500000],
    ["two hundred thousand", 200000],
    ["1,234.5 thousand", 1234500],
    ["45.7 mln", 45700000],
  ])("%s → %d", (raw, want) => expect(parseEnNumber(raw)).toBe(want));

  test.each(["", "million", "1,23", "12.345.6", "ten apples", "1.2.3", "a", "twenty twenty", "hundred", "half a", "a quarter of a"])("%j is not a number", (raw) => {
    expect(parseEnNumber(raw)).toBeNull();
  });
});

describe("parseJaNumber", () => {
  test.each([
    ["3,255", 3255],
    ["130万", 1300000],
    ["12万3千456", 123456],
    ["1億", 100000000],
    ["三千二百", 3200],
    ["二十五", 25],
    ["4万800", 40800],
    ["1.5万", 15000],
    ["三千", 3000],
    ["1億2千万", 120000000],
    ["二〇二四", 2024],
  ])("%s → %d", (raw, want) => expect(parseJaNumber(raw)).toBe(want));

  test.each(["", "万", "億万", "3万4万x", "abc"])("%j is not a number", (raw) => {
    expect(parseJaNumber(raw)).toBeNull();
  });
});
