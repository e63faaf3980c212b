import { describe, expect, test } from "vitest";
import { barChart, columnChart, esc, niceMax } from "../src/report/svg.js";

describe("niceMax", () => {
  test.each([
    [0, 4], [3, 4], [5, 8], [9, 12], [13, 16], [37, 40], [45, 60], [101, 120], [999, 1000], [1001, 1200],
  ])("%d → %d", (v, want) => expect(niceMax(v)).toBe(want));

  test("a quarter of every axis end is whole", () => {
    for (let v = 0; v < 5000; v += 7) expect(niceMax(v) % 4).toBe(0);
  });
});

describe("charts", () => {
  test("escape labels, so a victim named <script> stays text", () => {
    const svg = columnChart("t", ["<script>alert(1)</script>"], [{ name: "a&b", color: "#000", values: [3] }]);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain("a&amp;b");
  });

  test("one bar per non-zero value, none for zero", () => {
    const svg = barChart("t", ["x", "y"], [{ name: "s", color: "#000", values: [2, 0] }]);
    expect(svg.match(/<rect [^>]*height=/g)?.length).toBe(1 + 1); // one bar and one legend swatch
  });

  test("esc covers the HTML specials", () => expect(esc(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"));
});
