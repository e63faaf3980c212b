import type { Doc, MoneyMention } from "../types.js";
import * as en from "../lexicon/en/money.js";
import * as ja from "../lexicon/ja/money.js";
import { EN_FRACTION, EN_SCALE, EN_WORD_NUMBER, JA_NUMBER_CHARS, MAX_JA_NUMBER, parseEnNumber, parseJaNumber } from "../text/numbers.js";
import { alternation } from "../text/regex.js";
import { groupSpan, matchRuns, storyRuns, type Run } from "./runs.js";
import { storySentences, type Unit } from "./unit.js";

/** Sums with their ISO 4217 currency: a sign or code before ("US$45"), a word or code after ("5m EUR", 約4500万円); a range's low end takes the high end's scale and currency. */
export const moneyCandidates: Unit = {
  id: "money",
  run(doc, ex) {
    const runs = storyRuns(doc);
    const money = doc.lang === "ja" ? [...jaMoney(doc, runs), ...signMoney(doc, runs)] : enMoney(doc, runs);
    return { ...ex, money: money.sort((a, b) => a.start - b.start) };
  },
};

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const num = (n: string, words: boolean) => String.raw`(?<${n}>${DIGITS}${words ? String.raw`|\b(?:${EN_FRACTION}|${EN_WORD_NUMBER}|a|an)\b` : ""})(?<${n}s>${EN_SCALE})?`;
const DASH = String.raw`\s*(?:-|–|—|to)\s*`;

const SIGNS = new Map(en.CURRENCY_SIGNS);
const CODES = new Map([...en.CURRENCY_CODES.map((c) => [c, c] as const), ...en.CODE_ALIASES]);
const WORDS = new Map(en.CURRENCY_WORDS);
const SIGN_ALT = alternation([...en.CURRENCY_SIGNS.map(([s]) => s), ...en.CURRENCY_CODES.filter((c) => !en.NOT_BEFORE.includes(c))]);

/** A sign or code, an amount, maybe a range. Case matters (no i flag): "TRY 5" is lira, "try 5" not; the lookarounds keep "a$b", "$$", "$5x" and "$1.2.3" out. */
const SIGN_RE = new RegExp(
  String.raw`(?<![\w$])(?<sign>${SIGN_ALT})\s?${num("a", false)}(?:${DASH}(?<sign2>${SIGN_ALT})?\s?${num("b", false)})?(?![\w]|[.,]\d)`,
  "gd",
);
/** A local sign with no space before its amount ("P5 million"), maybe a range. */
const LOCAL_SIGN_RE = new RegExp(
  String.raw`(?<![\w$])(?<sign>${alternation(en.LOCAL_SIGNS.map((l) => l.sign))})${num("a", false)}(?:${DASH}(?:\k<sign>)?${num("b", false)})?(?![\w]|[.,]\d)`,
  "gd",
);
/** An amount, maybe a range, then a currency word or code: "5 million dollars", "3 to 4 million euros". */
const WORD_RE = new RegExp(
  String.raw`(?<![\w$£€¥.,\-])${num("a", true)}(?:${DASH}${num("b", true)})?\s+(?<word>${alternation(en.CURRENCY_WORDS.map(([w]) => w))}|${alternation(en.CURRENCY_CODES)})(?![\w])`,
  "gid",
);

const SUBUNIT_RE = /(?<![\w$£€¥.,\-])(?<a>\d{1,4}(?:\.\d{1,2})?)(?:\s?(?<w>cents?|¢|pence)|(?<p>p))(?![\w])/gd;

function enMoney(doc: Doc, runs: Run[]): MoneyMention[] {
  // Bare "$" is read as USD first, moved to the story's dollar once every explicit currency is known.
  const bare = new Set<MoneyMention>();
  const out = [...signMoney(doc, runs, bare), ...localSignMoney(doc, runs), ...subunitMoney(doc, runs, bare)];
  for (const { m, run, start, end } of matchRuns(runs, WORD_RE)) {
    const g = m.groups!;
    const w = g.word;
    const currency = CODES.get(w) ?? WORDS.get(w.toLowerCase().replace(/\s+/g, " "));
    // Codes after an amount must be capitals ("5m EUR"); word numbers need a scale ("five million dollars", not "a dollar").
    if (!currency || (w.length === 3 && w !== w.toUpperCase() && !WORDS.has(w.toLowerCase()))) continue;
    if (!/\d/.test(g.a) && !g.as && !g.bs) continue;
    if (en.VERB_CURRENCIES.includes(w.toLowerCase()) && ((!g.as && !g.bs && !/,\d{3}/.test(g.a)) || en.VERB_OBJECT_AFTER.test(run.text.slice(m.index + m[0].length)))) continue;
    const found = amounts(doc, m, run, start, end, currency, "money.en.word");
    if (/^dollars?$/i.test(w)) for (const f of found) bare.add(f);
    out.push(...found);
  }
  if (!bare.size) return out;
  const local = localDollar(doc);
  // A marked local dollar ("A$50 million") leaves the bare sign to another, unless USD is marked too ("US$750,000 (S$970,000)").
  const marked = (c: string) => out.some((m) => !bare.has(m) && m.currency === c);
  if (local === "USD" || (marked(local) && !marked("USD"))) return out;
  return out.map((m) => (bare.has(m) ? { ...m, currency: local, rule: `${m.rule}+local` } : m));
}

/** The place of a dateline at the head of a line, before its comma or dash. */
const DATELINE = /^[A-Z]{3,}(?:[ -][A-Z]{2,})*(?=,|\s+[—–-])/gm;

/** Local evidence must be at least this many distinct words: a US story may name Sydney once. */
const MIN_LOCAL_WORDS = 3;

/** A bare "$": USD, unless a note names another dollar or the story is plainly set in AU, CA, NZ, SG or HK (several distinct words, twice the US; a wire dateline is no sign). */
export function localDollar(doc: Doc): string {
  const story = storyPlaces(doc);
  const note = en.DOLLAR_NOTE.exec(story);
  if (note) return en.NOTE_CURRENCY[note.groups!.which.toLowerCase()];
  if (en.USD_WIRES.test(story)) return "USD";
  const us = distinctWords(story, en.US_WORDS);
  const scores = en.LOCAL_DOLLARS.map(({ currency, words }) => ({ currency, n: distinctWords(story, words) })).sort((a, b) => b.n - a.n);
  const [best, next] = scores;
  if (!plainly(best.n, us) || best.n < 2 * next.n) return "USD";
  return best.currency;
}

/** Distinct words of `re` (g flag) in the text; plural and singular, or a name in two cases, count once. */
function distinctWords(text: string, re: RegExp): number {
  return new Set(Array.from(text.matchAll(re), (m) => m[0].replace(/(?:er)?s$/, "").toLowerCase())).size;
}

/** The story's sentences with its datelines' places, where the words that set a story in a country are counted. */
function storyPlaces(doc: Doc): string {
  const story = storySentences(doc).map((s) => doc.folded.slice(s.start, s.end)).join("\n");
  // A capitalised dateline ("TORONTO —") adds its place as a name.
  const datelines = Array.from(story.matchAll(DATELINE), (m) => m[0].toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()));
  return story + "\n" + datelines.join("\n");
}

/** True when the story is plainly set where `words` point: several distinct words, at least twice the US ones. */
function setIn(story: string, words: RegExp): boolean {
  return plainly(distinctWords(story, words), distinctWords(story, en.US_WORDS));
}

/** `n` distinct words of a country are plain evidence against `us` US ones: several, and at least twice as many. */
const plainly = (n: number, us: number) => n >= MIN_LOCAL_WORDS && n >= 2 * us;

/** Sums after a sign only a country's own press writes ("P5 million"), in a story set there; a lone digit ("P1" priority) is no sum. */
function localSignMoney(doc: Doc, runs: Run[]): MoneyMention[] {
  let story: string | null = null;
  const out: MoneyMention[] = [];
  for (const { m, run, start, end } of matchRuns(runs, LOCAL_SIGN_RE)) {
    const local = en.LOCAL_SIGNS.find((l) => l.sign === m.groups!.sign)!;
    if (!m.groups!.as && !/[.,]|\d{3}/.test(m.groups!.a)) continue;
    story ??= storyPlaces(doc);
    if (!setIn(story, local.words)) continue;
    out.push(...amounts(doc, m, run, start, end, local.currency, "money.en.local-sign"));
  }
  return out;
}

/** Sums in hundredths, with no scale ("29 cents", "842p"): cents go to `bare` (the story's dollar), pence are sterling; a bare "p" needs a story that names sterling. */
function subunitMoney(doc: Doc, runs: Run[], bare: Set<MoneyMention>): MoneyMention[] {
  const out: MoneyMention[] = [];
  let sterling: boolean | null = null;
  for (const { m, start, end } of matchRuns(runs, SUBUNIT_RE)) {
    const g = m.groups!;
    if (g.p && (en.VIDEO_SIZES.includes(g.a) || !(sterling ??= en.PENCE_STORY.test(doc.folded)))) continue;
    const cents = !g.p && en.SUBUNITS.cents.test(g.w);
    const value = parseEnNumber(String(Number(g.a) / 100), false)!;
    if (value <= 0) continue;
    const found = make(doc, start, end, value, cents ? "USD" : "GBP", "money.en.subunit");
    if (cents) bare.add(found);
    out.push(found);
  }
  return out;
}

/** Sums with a sign or code before them; those after a bare "$" also go to `bare`. */
function signMoney(doc: Doc, runs: Run[], bare?: Set<MoneyMention>): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const { m, run, start, end } of matchRuns(runs, SIGN_RE)) {
    const sign = m.groups!.sign;
    const currency = SIGNS.get(sign) ?? CODES.get(sign);
    if (!currency) continue;
    const found = amounts(doc, m, run, start, end, currency, "money.en.sign");
    if (sign === "$" && bare) for (const f of found) bare.add(f);
    out.push(...found);
  }
  return out;
}

function amounts(doc: Doc, m: RegExpExecArray, run: Run, start: number, end: number, currency: string, rule: string): MoneyMention[] {
  const g = m.groups!;
  const hi = g.b !== undefined ? parseEnNumber(`${g.b}${g.bs ? " " + g.bs.trim() : ""}`, false) : null;
  let lo = parseEnNumber(`${g.a}${g.as ? " " + g.as.trim() : g.bs ? " " + g.bs.trim() : ""}`, false);
  // "$45 - 60 million" shares the scale; "$500,000 to $1 million" does not.
  if (!g.as && g.bs && lo !== null && hi !== null && lo > hi) lo = parseEnNumber(g.a, false);
  if (lo === null || lo <= 0) return [];
  if (hi === null) return [make(doc, start, end, lo, currency, rule)];
  const lowEnd = (groupSpan(m, run, "as") ?? groupSpan(m, run, "a"))!.end;
  // The high end starts at its own sign when it has one ("to $1 million").
  const b = (groupSpan(m, run, "sign2") ?? groupSpan(m, run, "b"))!;
  return [make(doc, start, lowEnd, lo, currency, rule), make(doc, b.start, end, hi, currency, rule)];
}

function make(doc: Doc, start: number, end: number, value: number, currency: string, rule: string): MoneyMention {
  return { start, end, text: doc.text.slice(start, end), value, currency, rule };
}

const JA_WORDS = new Map(ja.CURRENCY_WORDS);
const JA_NUM = `[${JA_NUMBER_CHARS}]{1,${MAX_JA_NUMBER}}`;
/** A Japanese amount, maybe a range (4500万〜5000万円), then a currency word; not inside a number or after 数/何/幾 (vague). */
const JA_RE = new RegExp(
  `(?<![${JA_NUMBER_CHARS}数何幾])(?<a>${JA_NUM})(?:(?:${alternation(ja.RANGE_MARKS)})(?<b>${JA_NUM}))?\\s?(?<word>${alternation(ja.CURRENCY_WORDS.map(([w]) => w))})`,
  "gd",
);
/** A lone kanji digit (関東一円, 一元化) is a word, not a sum. */
const LONE_KANJI = /^[〇零一二三四五六七八九壱弐参]$/;

function jaMoney(doc: Doc, runs: Run[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const { m, run, start, end } of matchRuns(runs, JA_RE)) {
    const g = m.groups!;
    const currency = JA_WORDS.get(g.word);
    if (!currency || LONE_KANJI.test(g.a) || /^[,.]|[,.]$/.test(g.a)) continue;
    const not = ja.AMBIGUOUS_WORDS[g.word];
    if (not && (!/\d/.test(g.a) || not.some((w) => run.text.startsWith(w, end - run.start)))) continue;
    const hi = g.b !== undefined ? parseJaNumber(g.b, false) : null;
    let lo = parseJaNumber(g.a, false);
    if (lo === null || lo <= 0 || (g.b !== undefined && hi === null)) continue;
    if (hi === null) {
      out.push(make(doc, start, end, lo, currency, "money.ja"));
      continue;
    }
    // "4500〜5000万円": the low end borrows the high end's 万 or 億 when it has none and stays below it ("5000～1万円" does not).
    const scale = /[万億兆]$/.exec(g.b!)?.[0];
    const scaled = scale && !/[万億兆]/.test(g.a) ? parseJaNumber(g.a + scale, false) : null;
    if (scaled !== null && scaled < hi) lo = scaled;
    const a = groupSpan(m, run, "a")!;
    const b = groupSpan(m, run, "b")!;
    out.push(make(doc, start, a.end, lo, currency, "money.ja"), make(doc, b.start, end, hi, currency, "money.ja"));
  }
  return out;
}
