/** Width folding that keeps length, so offsets hold on the original: ２０２４ and Kangxi look-alikes (⽉ ⼈) become ASCII and CJK; a unit is folded only to one unit (not ㈱ → (株)). */

/** Ranges whose characters are folded; everything else is copied as it is. */
const FOLDABLE: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fdf], // CJK radicals supplement and Kangxi radicals
  [0x3000, 0x3000], // ideographic space
  [0xff01, 0xffef], // full-width ASCII, half-width katakana, full-width signs
];

/** Punctuation that NFKC leaves alone but that rules should treat as its ASCII twin. */
const EXTRA: Record<string, string> = {
  "\u2019": "'",
  "\u2018": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
  "\uff5e": "~",
  "\u301c": "~",
};

const cache = new Map<number, string>();

function foldUnit(code: number, ch: string): string {
  const extra = EXTRA[ch];
  if (extra !== undefined) return extra;
  if (!FOLDABLE.some(([lo, hi]) => code >= lo && code <= hi)) return ch;
  let out = cache.get(code);
  if (out === undefined) {
    const n = ch.normalize("NFKC");
    out = n.length === 1 ? n : ch;
    cache.set(code, out);
  }
  return out;
}

/** Folds `text` one UTF-16 unit at a time; the result has the same length as `text`. */
export function fold(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: ASCII and most of the BMP below the first foldable range need no work.
    if (code < 0x2000 && code !== 0xa0) continue;
    const ch = text[i];
    const f = foldUnit(code, ch);
    if (f !== ch) {
      out += text.slice(from, i) + f;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
