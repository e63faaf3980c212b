import type { DateMention, Doc } from "../types.js";
import * as ja from "../lexicon/ja/dates.js";
import { parseJaNumber } from "../text/numbers.js";
import { alternation } from "../text/regex.js";
import { mention, referenceDate, shift, SOON_DAYS, soonAfter, type DateParts } from "./date-parts.js";
import { sentenceAt } from "./unit.js";

/** Japanese dates (令和元年, kanji numerals, 2022/10/9, 同年, 翌日) on `doc.folded`; spaces are bounded ({0,3}), as an unbounded \s* before an optional part rescans every space run. */

const ERA = alternation(Object.keys(ja.ERAS));
const KANJI_SMALL = "[一二三四五六七八九十]";
const YEAR4 = `(?:(?<era>${ERA})\\s{0,3}(?<ey>元|\\d{1,2}|${KANJI_SMALL}{1,3})|(?<!\\d)(?<!(?<![A-Za-z]\\d{1,3})\\.)(?<y>\\d{4}|[〇一二三四五六七八九]{4}))\\s{0,3}年`;
/** A year may be followed by its other calendar in brackets: 「1985年(昭和60年)3月」. */
const ALSO = `(?:\\s{0,3}[(（][^)）]{1,10}[)）])?`;
const YEAR_ANY = `(?:${YEAR4}|(?<![\\d.])(?<y2>\\d{2})\\s{0,3}年)${ALSO}`;
const REL_Y = `(?<ry>${alternation(Object.keys(ja.REL_YEAR))})(?!度)\\s{0,3}の?`;
const MONTH = `(?<![\\d.])(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s{0,3}月`;
const REL_M = `(?<rm>${alternation(Object.keys(ja.REL_MONTH))})`;
const DAY = `(?<d>3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s{0,3}日`;

interface Form {
  kind: "md" | "year" | "fiscal" | "rfiscal" | "ryear" | "rday" | "numeric" | "day";
  re: RegExp;
}

const FORMS: Form[] = [
  { kind: "md", re: new RegExp(`(?:${YEAR_ANY}|${REL_Y})?\\s{0,3}(?:${MONTH}|${REL_M})(?:\\s{0,3}${DAY})?`, "g") },
  { kind: "year", re: new RegExp(YEAR4, "g") },
  // A fiscal year with its number (令和3年度, 2023年度) is named by that year; its end (年度末) falls in the next calendar year, so it is left out.
  { kind: "fiscal", re: new RegExp(`${YEAR4}度(?!\\s{0,3}(?:末|内))`, "g") },
  { kind: "rfiscal", re: new RegExp(`(?<rf>${alternation(Object.keys(ja.REL_FISCAL))})(?!\\s{0,3}(?:末|内))`, "g") },
  { kind: "ryear", re: new RegExp(`(?<ry>${alternation(Object.keys(ja.REL_YEAR))})(?!度)`, "g") },
  { kind: "rday", re: new RegExp(`(?<rd>${alternation(Object.keys(ja.REL_DAY))})`, "g") },
  { kind: "numeric", re: /(?<![A-Za-z\d.])(?<el>[RHS])\s?(?<en>[1-9]\d?)\s{0,2}[.．/]\s{0,2}(?<m>1[0-2]|0?[1-9])\s{0,2}[.．/]\s{0,2}(?<d>3[01]|[12]\d|0?[1-9])(?![\d/.])/g },
  { kind: "numeric", re: /(?<![\d.])(?<y>(?:19|20)\d\d)\s{0,3}[/.・]\s{0,3}(?<m>1[0-2]|0?[1-9])\s{0,3}[/.・]\s{0,3}(?<d>3[01]|[12]\d|0?[1-9])(?![\d/.])/g },
  // A day alone (「18日、」「及び25日に」) takes its month from the last date or the publication.
  { kind: "day", re: new RegExp(`(?<![\\d月年〇一二三四五六七八九十])${DAY}`, "g") },
];

const num = (s: string | undefined) => (s === undefined ? null : s === "元" ? 1 : parseJaNumber(s));

interface Found {
  start: number;
  end: number;
  form: Form;
  g: Record<string, string | undefined>;
  joined: boolean;
  ahead: boolean;
  past: boolean;
  /** A year, or a year and month, as the bound of a span (2019年以前, 2022年4月以降): no date that sets the year of those after it. */
  bound: boolean;
  /** A founding year (2002年に設立): history, lending no year to the dates after it. */
  founding: boolean;
  /** A day after 翌 (「九日夜…翌十日朝」): the next such day after the last date, in its month or the one after. */
  following: boolean;
}

const JOINED_BEFORE = /日\s{0,3}(?:[(（][^)）]{1,4}[)）])?\s{0,3}(?:及び|および|、|,|・|と|や|から|~|〜|-)\s{0,3}$/;

/** A sentence's candidates without overlaps: the earliest, then the longest, wins. */
function sentenceMatches(src: string, offset: number): Found[] {
  const found: Found[] = [];
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(src); m; m = form.re.exec(src)) {
      if (!m[0].trim()) {
        form.re.lastIndex++;
        continue;
      }
      const after = src.slice(m.index + m[0].length);
      if ((form.kind === "year" || form.kind === "ryear") && ja.NOT_YEAR_AFTER.test(after)) continue;
      if (form.kind === "md" && m.groups?.d && ja.NOT_DAY_AFTER.test(after)) continue;
      if (form.kind === "md" && !m.groups?.d && /^\s*(?:間|以上|以内|ぶり|分)/.test(after)) continue;
      // A month ending a yearless period (「4~6月期」) names a quarter of any year; with a year (「2024年3月期」) it is that month.
      const g = m.groups ?? {};
      if (form.kind === "md" && !g.d && !g.era && !g.y && !g.y2 && !g.ry && /^\s*期/.test(after)) continue;
      if (form.kind === "day" && (ja.NOT_DAY_AFTER.test(after) || !ja.BARE_DAY_AFTER.test(after))) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const joined = JOINED_BEFORE.test(src.slice(Math.max(0, m.index - 12), m.index));
      found.push({ start: offset + m.index + lead, end: offset + m.index + m[0].trimEnd().length, form, g: m.groups ?? {}, joined, ahead: ja.FUTURE_AFTER.test(after), past: ja.PAST_EVENT_AFTER.test(after), bound: (form.kind === "year" && ja.YEAR_BOUND_AFTER.test(after)) || (form.kind === "md" && !g.d && Boolean(g.y || g.era) && ja.MONTH_BOUND_AFTER.test(after)), founding: form.kind === "year" && ja.FOUNDING_AFTER.test(after), following: form.kind === "day" && /翌\s{0,2}$/.test(src.slice(Math.max(0, m.index - 3), m.index)) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of found) if (!out.length || f.start >= out[out.length - 1].end) out.push(f);
  return out;
}

const dayOf = (p: DateParts) => new Date(Date.UTC(p.year!, (p.month ?? 1) - 1, p.day ?? 1, 12));

/** Finds the Japanese dates of a document and resolves every year it can. */
export function jaDates(doc: Doc): DateMention[] {
  const out: DateMention[] = [];
  const ref = referenceDate(doc.published);
  // The last date resolved (同年/同月, yearless dates), the last with a day (同日 and 翌日 count from it even past a later month), the last era written (after 令和5年, 「6年3月」 is 令和6年).
  let ctx: DateParts | null = null;
  let dayCtx: DateParts | null = null;
  let era: string | null = null;
  // Dates met before any year, with no publication date: a year later in the sentence may settle them.
  const early: Found[] = [];
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    for (const f of sentenceMatches(doc.folded.slice(s.start, s.end), s.start)) {
      const p = resolve(f, ctx, ref, era, false, dayCtx);
      if (f.g.era) era = f.g.era;
      if (p.year === null && !ctx && !ref) early.push(f);
      out.push(mention(doc.text, f.start, f.end, p, `dates.ja.${f.form.kind}`));
      // A fiscal year runs into the next calendar year: it lends no year to a month after it.
      if (p.year !== null && f.form.kind !== "fiscal" && f.form.kind !== "rfiscal" && !(f.bound && ctx) && !f.founding) ctx = p;
      if (p.day != null) dayCtx = p;
    }
  }
  // Without a publication date, two or more dated lines sharing one year (a timeline) settle earlier yearless dates; one line may be a deadline.
  const stated = out.filter((d) => d.year_source === "text");
  const years = new Set(stated.length >= 2 ? stated.map((d) => d.iso!.slice(0, 4)) : []);
  for (const f of early) {
    const si = sentenceAt(doc, f.start);
    const year = years.size === 1 ? stated[0] : stated.find((d) => sentenceAt(doc, d.start) === si);
    if (year) {
      const seed: DateParts = { year: Number(year.iso!.slice(0, 4)), month: null, day: null, source: "context" };
      const i = out.findIndex((d) => d.start === f.start);
      const p = resolve(f, seed, null, era, true);
      if (p.year !== null) out[i] = mention(doc.text, f.start, f.end, { ...p, source: "context" }, out[i].rule);
    }
  }
  return out;
}

/** The year a relative word points to, from the publication date or the last date. */
function relYear(spec: { base: "pub" | "ctx"; offset: number }, ctx: DateParts | null, ref: Date | null, sameSentence = false): DateParts | null {
  if (spec.base === "pub" && ref) return { year: ref.getUTCFullYear() + spec.offset, month: null, day: null, source: "published" };
  if ((spec.base === "ctx" || sameSentence) && ctx) return { year: ctx.year! + spec.offset, month: null, day: null, source: "context" };
  return null;
}

function resolve(f: Found, ctx: DateParts | null, ref: Date | null, lastEra: string | null, sameSentence = false, dayCtx: DateParts | null = null): DateParts {
  const g = f.g;
  const none: DateParts = { year: null, month: null, day: null, source: null };
  let year: number | null = null;
  if (g.el) year = ja.ERAS[ja.ERA_LETTERS[g.el]] + Number(g.en) - 1;
  else if (g.era) {
    const n = num(g.ey);
    if (n !== null) year = ja.ERAS[g.era] + n - 1;
  } else if (g.y) year = num(g.y);
  else if (g.y2) year = lastEra ? ja.ERAS[lastEra] + Number(g.y2) - 1 : 2000 + Number(g.y2);
  const day = num(g.d);
  switch (f.form.kind) {
    case "year":
    case "fiscal":
    case "numeric":
      return { year, month: num(g.m), day, source: year !== null ? "text" : null };
    case "rfiscal": {
      if (!ref) return none;
      const start = ref.getUTCFullYear() - (ref.getUTCMonth() + 1 < 4 ? 1 : 0);
      return { year: start + ja.REL_FISCAL[g.rf!], month: null, day: null, source: "published" };
    }
    case "ryear":
      return relYear(ja.REL_YEAR[g.ry!], ctx, ref, sameSentence) ?? none;
    case "rday": {
      const spec = ja.REL_DAY[g.rd!];
      if (spec.base === "pub") return ref ? partsOf(shift(ref, spec.offset, "day"), "published") : none;
      const from = ctx?.day ? ctx : dayCtx;
      return from ? partsOf(shift(dayOf(from), spec.offset, "day"), "context") : none;
    }
    case "day":
      if (f.following && dayCtx?.day != null) {
        const m = shift(new Date(Date.UTC(dayCtx.year!, dayCtx.month! - 1, 1, 12)), day! > dayCtx.day ? 0 : 1, "month");
        return { year: m.getUTCFullYear(), month: m.getUTCMonth() + 1, day, source: "context" };
      }
      // A day listed after a date (「24日及び25日」) shares its month; a day alone in news is of the publication month.
      if (ctx?.month && (f.joined || !ref)) return { year: ctx.year, month: ctx.month, day, source: "context" };
      if (ref) {
        const back = day! > ref.getUTCDate() ? -1 : 0;
        const d = shift(ref, back, "month");
        return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day, source: "published" };
      }
      return none;
    case "md": {
      if (g.rm) {
        const spec = ja.REL_MONTH[g.rm];
        const base = spec.base === "pub" && ref ? ref : (spec.base === "ctx" || sameSentence) && ctx?.month ? dayOf(ctx) : null;
        if (!base) return none;
        const d = shift(base, spec.offset, "month");
        return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day, source: base === ref ? "published" : "context" };
      }
      const month = num(g.m);
      if (year !== null) return { year, month, day, source: "text" };
      if (g.ry) {
        const y = relYear(ja.REL_YEAR[g.ry], ctx, ref, sameSentence);
        return y ? { ...y, month, day } : none;
      }
      // A yearless month takes the last date's year (releases state it once), unless that year came from the publication date; a month before the last one has turned the year when publication is later (「令和6年12月…。2月17日以降」).
      if (ctx && (ctx.source !== "published" || !ref)) {
        const turned = ref !== null && ctx.month !== null && month! < ctx.month && ctx.year! < ref.getUTCFullYear();
        const year = ctx.year! + (turned ? 1 : 0);
        // What is still to come (「6月中に実施します」) cannot lie before publication, whatever history came last; nor what is no plan long after it when publication's year puts it before (「2025年2月に予定」 then 「12月2日…検知」).
        const later = ref !== null && !f.ahead && Date.UTC(year, month! - 1, day ?? 1) - ref.getTime() > SOON_DAYS * 86_400_000 && Date.UTC(ref.getUTCFullYear(), month! - 1, day ?? 1) <= ref.getTime();
        if (!later && !(f.ahead && ref && year * 12 + month! < ref.getUTCFullYear() * 12 + ref.getUTCMonth() + 1)) return { year, month, day, source: "context" };
      }
      if (ref) {
        const after = month! > ref.getUTCMonth() + 1 || (month === ref.getUTCMonth() + 1 && day !== null && day > ref.getUTCDate());
        return { year: ref.getUTCFullYear() - (after && !f.ahead && (f.past || !soonAfter(ref, month!, day)) ? 1 : 0), month, day, source: "published" };
      }
      return none;
    }
  }
}

const partsOf = (d: Date, source: DateParts["source"]): DateParts => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
  source,
});
