/** Number words and numerals of both languages as integers. Input is folded: digits are ASCII here. */

/** English scale words and their multipliers. */
export const EN_SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mil: 1e6, billion: 1e9, bn: 1e9, bil: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, mln: 1e6, lakh: 1e5, crore: 1e7,
};

/** English number words: units, teens and tens ("a"/"an" only count before a scale: "a million"). */
const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1,
};

const UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine";
const TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/** Regex source of an English numeral in words up to 999 ("one hundred and five"), no scale; case-insensitive. */
export const EN_WORD_NUMBER = String.raw`(?:(?:${UNITS_WORDS})\s+hundred(?:\s+(?:and\s+)?(?:(?:${TENS_WORDS})(?:[- ](?:${UNITS_WORDS}))?|${TEENS_WORDS}|${UNITS_WORDS}))?|(?:${TENS_WORDS})(?:-(?:${UNITS_WORDS}))?|${TEENS_WORDS}|${UNITS_WORDS})`;

/** An alternation matching each word in lower case, with a capital, or in capitals (no i flag needed). */
function caseless(words: string[]): string {
  return words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join("|");
}

/** Regex source of the scale words and suffixes ("million", "bn", "m", "k"); single letters only stuck to digits; a word may be hyphened on, as Canadian papers write ("$14-million"). */
export const EN_SCALE = String.raw`(?:(?:\s*|-)(?:${caseless(["thousand", "million", "billion", "trillion", "mln", "mn", "bn", "tn", "mil", "bil", "lakh", "crore"])})\b|(?:k|m|b|K|M|B)(?![\w]))`;

/** Fractions before a scale ("half a million", "one and a half million"): numbers only with the scale. */
const EN_FRACTIONS: Array<[RegExp, number]> = [
  [/^half (?:an?)$/, 0.5],
  [/^(?:a|one) quarter of (?:an?)$/, 0.25],
  [/^(?:a|one) third of (?:an?)$/, 1 / 3],
  [/^three quarters of (?:an?)$/, 0.75],
  [/^two thirds of (?:an?)$/, 2 / 3],
  [/^(?:one|a) and a half$/, 1.5],
  [/^two and a half$/, 2.5],
  [/^three and a half$/, 3.5],
];

/** Regex source of those fractions, for use inside a case-insensitive regex. */
export const EN_FRACTION = String.raw`(?:half\s+an?|(?:a|one)\s+(?:quarter|third)\s+of\s+an?|(?:three\s+quarters|two\s+thirds)\s+of\s+an?|(?:one|a|two|three)\s+and\s+a\s+half)`;

const WORD_NUMBER_RE = new RegExp(`^(?:${EN_WORD_NUMBER}|a|an)$`);

/** Parses "twenty-six", "two hundred and five", "a" into an integer, or null. */
function parseEnWords(s: string): number | null {
  // The grammar check first: "twenty twenty" is words but not one number.
  if (!WORD_NUMBER_RE.test(s)) return null;
  let total = 0;
  let seen = false;
  for (const w of s.split(/[\s-]+/)) {
    if (w === "and" && seen) continue;
    if (w === "hundred") {
      if (!seen) return null;
      total *= 100;
      continue;
    }
    const v = EN_WORDS[w];
    if (v === undefined) return null;
    if ((w === "a" || w === "an") && seen) return null;
    total += v;
    seen = true;
  }
  return seen ? total : null;
}

const finish = (n: number, whole: boolean) => (whole ? Math.round(n) : Math.round(n * 1e8) / 1e8);

/** Parses an English amount ("1.29 million", "40 000", "1.5bn", "twenty-six million", "a million"), or null; `whole: false` keeps a sum's cents ("$12.99"), rounded off past a float's noise. */
export function parseEnNumber(raw: string, whole = true): number | null {
  const s = raw.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/(\d) ?-(?=[a-z])/, "$1 ").trim();
  const m = /^(\d[\d,. ]*|[a-z][a-z -]*?)\s*(thousand|million|billion|trillion|mln|mn|bn|tn|mil|bil|lakh|crore|k|m|b)?$/.exec(s);
  if (!m) return null;
  let base: number;
  if (/^\d/.test(m[1])) {
    const digits = m[1].trim();
    // "40 000" and "12,345" group thousands; "1,234.5" has both; a dot alone is decimal.
    if (/^\d{1,3}([, ]\d{3})+$/.test(digits)) base = Number(digits.replace(/[, ]/g, ""));
    else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(digits)) base = Number(digits.replace(/,/g, ""));
    else if (/^\d+(\.\d+)?$/.test(digits)) base = Number(digits);
    else if (/^\d{1,3}(\.\d{3})+$/.test(digits) && !m[2]) base = Number(digits.replace(/\./g, ""));
    else return null;
  } else if (EN_FRACTIONS.some(([re]) => re.test(m[1].trim()))) {
    if (!m[2]) return null;
    base = EN_FRACTIONS.find(([re]) => re.test(m[1].trim()))![1];
  } else {
    const w = parseEnWords(m[1].trim());
    if (w === null) return null;
    // A bare "a" is an article, not a number.
    if ((m[1].trim() === "a" || m[1].trim() === "an") && !m[2]) return null;
    base = w;
  }
  if (m[2]) base *= EN_SCALES[m[2]];
  return finish(base, whole);
}

const KANJI_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壱: 1, 弐: 2, 参: 3 };
const KANJI_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 拾: 10 };
const KANJI_LARGE: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/** Characters that may make up a Japanese number: digits, kanji numerals, separators. */
export const JA_NUMBER_CHARS = "0-9,.〇零一二三四五六七八九十百千万億兆壱弐参拾";

/** Longest run of numerals read as a Japanese amount ("1億2345万6789" is 11). */
export const MAX_JA_NUMBER = 40;
/** Arabic digits at a position (sticky: no slicing, so a long string costs no copies). */
const DIGITS = /\d+(\.\d+)?/y;

/** Parses a Japanese amount ("3,255", "12万3千456", "三千二百", "1.5万"), or null when malformed; `whole: false` keeps a sum's fraction. */
export function parseJaNumber(raw: string, whole = true): number | null {
  const s = raw.replace(/,/g, "");
  // No text has an amount this long: a longer run (hostile input) is no number, and work stays bounded.
  if (!s || s.length > MAX_JA_NUMBER) return null;
  if (/^\d+(\.\d+)?$/.test(s)) return finish(Number(s), whole);
  let total = 0; // completed 万/億 groups
  let group = 0; // the group below the next large unit
  let num: number | null = null; // the pending numeral (digits or one kanji digit run)
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    DIGITS.lastIndex = i;
    const dm = DIGITS.exec(s);
    if (dm) {
      if (num !== null) return null;
      num = Number(dm[0]);
      i += dm[0].length;
      continue;
    }
    if (ch in KANJI_DIGIT) {
      // Positional kanji digits ("二〇二四") build a number digit by digit.
      num = (num ?? 0) * 10 + KANJI_DIGIT[ch];
      i++;
      continue;
    }
    if (ch in KANJI_SMALL) {
      group += (num ?? 1) * KANJI_SMALL[ch];
      num = null;
      i++;
      continue;
    }
    if (ch in KANJI_LARGE) {
      const g = group + (num ?? 0);
      if (g === 0) return null;
      total += g * KANJI_LARGE[ch];
      group = 0;
      num = null;
      i++;
      continue;
    }
    return null;
  }
  return finish(total + group + (num ?? 0), whole);
}
