import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import type { Resources } from "../src/analyse/doc.js";
import { UNITS } from "../src/extract/index.js";
import { emptyExtraction } from "../src/extract/unit.js";
import type { Extraction, Lang, Span } from "../src/types.js";
import { loadResources, makeDoc } from "./helpers.js";

/**
 * Property tests: random and adversarial strings fed to every extraction unit, in both languages.
 * After each unit: it did not throw, every span it holds is valid on the text, and it took bounded
 * time. Runs are seeded, so a failure is reproducible (fast-check prints the seed and the input).
 */
let res: Resources;
beforeAll(async () => {
  res = await loadResources();
});

/** Pieces that breach-article grammars look for, and that tend to make regexes backtrack. */
const PIECES = [
  "1", "0", "9", ",", ".", " ", "\n", "\t", "\u3000", "-", "/", "年", "月", "日", "約", "万", "億", "千", "百", "十",
  "一", "二", "三", "〇", "人", "件", "名", "円", "$", "¥", "€", "£", "million", "billion", "Inc.", "Corp", "株式会社",
  "㈱", "①", "(株)", "氏名", "住所", "パスワード", "password", "email", "leaked", "流出", "not ", "may have", "可能性",
  "March", "May", " 3, 2024", "令和", "元年", "〜", "から", "より", "「", "」", "（", "）", "'", "\"", "=", "+", "@",
  "１", "２", "，", "．", "Ｉｎｃ", "\ud83d\ude00", "\ud800", "\u200b", "\u00a0", "\r\n", "...", "!?", "。",
];

/** A lone surrogate becomes U+FFFD, as every decoder of the pipeline makes it (see below). */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

/** Strings built from those pieces, from any code point, and long runs of one piece. */
const adversarial = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 2000 })).map(([p, n]) => p.repeat(n)),
  fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 800 })).map(([a, b, n]) => (a + b).repeat(n)),
).map(wellFormed);

/** Every span an extraction holds, named by its list. */
function spans(ex: Extraction): Array<[string, Span]> {
  return Object.entries(ex).flatMap(([kind, list]) => (list as Span[]).map((s) => [kind, s] as [string, Span]));
}

/** Milliseconds one unit may take on one of these short inputs: far above normal, far below a hang. */
const UNIT_MS = 3000;

describe.each<Lang>(["en", "ja"])("every unit on random and adversarial %s input", (lang) => {
  test.each(UNITS.map((u, i) => [u.id, i] as const))("%s: no throw, valid spans, bounded time", (id, i) => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const doc = makeDoc(text, { lang, res });
        // The units before this one make its input, as in extract().
        let ex = UNITS.slice(0, i).reduce((e, u) => u.run(doc, e), emptyExtraction());
        const t = performance.now();
        ex = UNITS[i].run(doc, ex);
        const ms = performance.now() - t;
        expect(ms, `${id} took ${Math.round(ms)} ms`).toBeLessThan(UNIT_MS);
        for (const [kind, s] of spans(ex)) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${id} ${kind} integer offsets`).toBe(true);
          expect(s.start, `${id} ${kind}`).toBeGreaterThanOrEqual(0);
          expect(s.end, `${id} ${kind}`).toBeGreaterThan(s.start);
          expect(s.end, `${id} ${kind}`).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end), `${id} ${kind} at ${s.start}`).toBe(s.text);
        }
      }),
      { numRuns: 60, seed: 20240305, endOnFailure: true },
    );
  });
});

// kuromoji itself throws on a lone surrogate; the adapter replaces it (one unit for one, so no
// offset moves) before tokenizing. Regression test for that guard.
test("Japanese analysis of a lone surrogate does not throw", () => {
  const doc = makeDoc("9\ud800", { lang: "ja", res });
  for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
});
