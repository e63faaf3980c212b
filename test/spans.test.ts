import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { Resources } from "../src/analyse/doc.js";
import { processBytes } from "../src/pipeline.js";
import type { DocRecord } from "../src/types.js";
import { ROOT, SHARED, loadResources } from "./helpers.js";

/** Every corpus the invariant is checked on: the bundled one and every dev corpus. */
const CORPORA = [join(ROOT, "corpus"), ...["en", "ja", "hibp"].map((c) => join(SHARED, "dev", c))];

let res: Resources;
beforeAll(async () => {
  res = await loadResources();
});

/** Every span a record holds, with where it came from. */
function spansOf(r: DocRecord) {
  return [
    ...r.organizations.map((s) => ["organization", s] as const),
    ...r.victims.map((s) => ["victim", s] as const),
    ...r.dates.map((s) => ["date", s] as const),
    ...r.counts.map((s) => ["count", s] as const),
    ...r.money.map((s) => ["money", s] as const),
    ...r.data_types.map((s) => ["data_type", s] as const),
  ];
}

describe.each(CORPORA)("span invariant over %s", (dir) => {
  const files = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).sort();
  test(`text.slice(start, end) === text for every span (${files.length} documents)`, () => {
    expect(files.length).toBeGreaterThan(0);
    let spans = 0;
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      const out = processBytes(f, bytes, undefined, { lang: "auto", maxBytes: 1 << 24 }, res);
      expect("record" in out, f).toBe(true);
      if (!("record" in out)) continue;
      const text = readFileSync(join(dir, f), "utf8").replace(/^\ufeff/, "");
      for (const [kind, s] of spansOf(out.record)) {
        spans++;
        expect(s.start, `${f} ${kind}`).toBeGreaterThanOrEqual(0);
        expect(s.end, `${f} ${kind}`).toBeGreaterThan(s.start);
        expect(text.slice(s.start, s.end), `${f} ${kind} at ${s.start}`).toBe(s.text);
      }
    }
    expect(spans).toBeGreaterThan(0);
  });
});

describe("tokens", () => {
  test.each([
    ["en", "Sony Online Entertainment’s users were hacked on Friday, Kazuo Hirai said. About 1.29 million e-mails leaked!"],
    ["ja", "株式会社セガ・インタラクティブは２０１９年９月５日に、不正アクセスを受けたと発表しました。"],
  ] as const)("%s tokens are in text order and slice back to their text", async (lang, text) => {
    const { makeDoc } = await import("./helpers.js");
    const doc = makeDoc(text, { lang, res });
    expect(doc.tokens.length).toBeGreaterThan(5);
    let last = 0;
    for (const t of doc.tokens) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      last = t.end;
    }
  });
});

describe("the compromise parse runs only where a name may be", () => {
  test.each([
    ["Sony Online Entertainment confirmed the breach on Friday.", true],
    ["The company's chief executive, Dana Whitlock, apologised.", true],
    ["Sega confirmed the breach on Friday.", false],
    ["The company said Lulzsec was not involved.", false],
    ["The company said it had notified customers.", false],
    ["it had notified customers by email.", false],
    ["In March the firm reset every password.", false],
  ])("%s → %s", async (sentence, want) => {
    const { mayHoldName } = await import("../src/analyse/english.js");
    expect(mayHoldName(sentence)).toBe(want);
  });
});
