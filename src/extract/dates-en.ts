import type { DateMention, Doc } from "../types.js";
import * as en from "../lexicon/en/dates.js";
import { alternation } from "../text/regex.js";
import { mention, partsOfDay, referenceDate, resolveRelative, shift, soonAfter, type DateParts } from "./date-parts.js";

/** English dates, a pattern per form (chrono only resolves relative ones: it takes years from the clock, "Sun" as a date); a missing year: sentence, publication, text before. */

/** Parts of a relative expression resolved from the reference day. */
function relative(expr: string, ref: Date, precision: "day" | "month" | "year"): DateParts {
  const d = resolveRelative(expr, ref);
  return d ? partsOfDay(d, precision, "published") : { year: null, month: null, day: null, source: null };
}

/** Both cases of each word: Node 20's JS has no inline case-insensitive group. */
const bothCases = (words: readonly string[]) => words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);

const MON_FULL = alternation(Object.keys(en.MONTHS));
const MON_ABBR = alternation(Object.keys(en.MONTH_ABBREVS));
/** A month before a number: abbreviations may lack the dot ("Jan 5"). */
const MON_NUM = `(?<mon>${MON_FULL}|(?:${MON_ABBR})\\b\\.?)`;
/** A month standing alone: abbreviations need the dot ("Nov."), or "Mar" and "Jun" would be names. */
const MON_ALONE = `(?<mon>${MON_FULL}|(?:${MON_ABBR})\\.)`;
const PART = `(?:(?<part>${alternation(bothCases(en.PART_OF))})[- ]+)`;
const WD_NAMES = alternation(Object.keys(en.WEEKDAYS));
const WD = `(?:(?<wd>${WD_NAMES}),?\\s+(?:the\\s+)?)?`;
const DAY = `(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d|\\.\\d|\\s*(?:million|billion|thousand|%|percent))`;
const YEAR = `(?<y>(?:19|20)\\d\\d)(?![\\d,.]\\d|\\w)`;
const DAY_NUM = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?`;
/** After a range's first day: the last day and the shared year ("-8, 2024"). */
const DAY_RANGE_TAIL = `\\s*(?:-|–|—|to|through|until|and)\\s*${DAY_NUM},?\\s+(?<y2>(?:19|20)\\d\\d)(?![\\d,.]\\d|\\w)`;
// Lookbehinds take at most three spaces (unbounded ones rescan space runs); a hedge may precede the date ("since at least 2021").
const HEDGE = `(?:${alternation(bothCases([...en.CUE_HEDGES, ...en.HEDGE_CUES]))})`.replace(/ /g, "\\s{1,3}");
const CUE = `(?<=\\b(?:(?:${alternation(bothCases(en.BARE_CUES))})\\s{1,3}(?:${HEDGE}\\s{1,3})?|(?:${alternation(bothCases(en.HEDGE_CUES))})\\s{1,3}))`;

/** A numeric date of three parts, the year of two or four digits. */
const NUMERIC = /(?<![\w/.-])(?<a>[0-3]?\d)\/(?<b>[0-3]?\d)\/(?<y>(?:19|20)\d\d|\d\d)(?![\w/-]|[.,]\d)/g;

/** One form of English date; `kind` says how its parts are read. */
interface Form {
  re: RegExp;
  kind: "md" | "my" | "mrel" | "month" | "iso" | "numeric" | "year" | "range2" | "day" | "rel" | "season" | "ago" | "weekday" | "holiday" | "later";
}

const FORMS: Form[] = [
  // "Thursday, July 29, 2017", "Nov. 27", "mid-May 2006"; "March 4-8, 2024" gives March 4 the year written after the range
  { kind: "md", re: new RegExp(`\\b${PART}?${WD}${MON_NUM}\\s+${DAY}(?:,?\\s+${YEAR}|(?=${DAY_RANGE_TAIL}))?`, "g") },
  // the end of a day range: "8" in "March 4-8, 2024" and "between March 4 and 8"
  { kind: "md", re: new RegExp(`(?<=\\b(?:(?<=[Bb]etween\\s+)${MON_NUM}\\s+${DAY_NUM}\\s+and|${MON_NUM.replace("?<mon>", "?<mon2>")}\\s+${DAY_NUM}\\s*(?:-|–|—|to|through|until))\\s*)${DAY}(?:,?\\s+${YEAR})?`, "g") },
  // the start of a day-first range: "8" in "between 8 and 11 September", "8-11 September 2024"
  { kind: "md", re: new RegExp(`(?:(?<=\\b[Bb]etween\\s{1,3})${DAY}(?=\\s+and\\s+${DAY_NUM}\\s+(?:of\\s+)?${MON_NUM}(?:,?\\s+${YEAR})?))`, "g") },
  { kind: "md", re: new RegExp(`\\b${DAY}(?=\\s*(?:-|–|—|to|through|until)\\s*${DAY_NUM}\\s+(?:of\\s+)?${MON_NUM}(?:,?\\s+${YEAR})?)`, "g") },
  // "27 November 2013", "the 5th of May"
  { kind: "md", re: new RegExp(`\\b${PART}?${WD}${DAY}\\s+(?:of\\s+)?${MON_NUM}(?:,?\\s+${YEAR})?`, "g") },
  // "June 2020", "May of 2015"
  { kind: "my", re: new RegExp(`\\b${PART}?${MON_NUM},?\\s+(?:of\\s+)?${YEAR}`, "g") },
  // "April this year", "July of last year", "June of that year"
  { kind: "mrel", re: new RegExp(`\\b${PART}?${MON_ALONE}\\s+(?:of\\s+)?(?<ry>this|last|next|that|the same|the following|the previous) year\\b`, "g") },
  // "in May", "mid-May": a bare month needs a cue before it, or "March" may be a verb
  { kind: "month", re: new RegExp(`(?:${PART}|${CUE})${MON_ALONE}(?![\\w-])`, "g") },
  { kind: "iso", re: /(?<![\d-])(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d-])/g },
  // "5/7/25": the month's part is decided per document (`numericOrder`); three parts keep "24/7", "9/11" out, and a word, dot or slash beside makes a path or version ("v2/3/24").
  { kind: "numeric", re: NUMERIC },
  // "in 2015", "late 2015", "a 2015 hack": a bare year needs a cue, or it may be a count
  { kind: "year", re: new RegExp(`(?:${PART}|${CUE}|(?<=\\b(?:[Aa]n?|[Tt]he)\\s{1,3}))${YEAR}`, "g") },
  // the second year of "2003-2004"
  { kind: "range2", re: /(?<=\b(?:19|20)\d\d\s{0,3}-\s{0,3})(?<y>(?:19|20)\d\d)(?!\d)/g },
  // "USA Today" is a newspaper: a capitalised "Today" after a capitalised word is a name.
  { kind: "day", re: /\b(?<w>(?<![A-Z][\w.]{0,20}\s)Today|today|[Yy]esterday)\b/g },
  // "last week", "earlier this month"; "the last year" is a span of time, not a date
  { kind: "rel", re: /(?<!\bthe\s{1,3})\b(?:(?<rm>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?:in\s+)?)?(?<rd>[Ll]ast|[Tt]his|[Nn]ext)\s+(?<ru>week|month|year)\b(?!-)/g },
  // "last spring", "this summer": a season is dated by its year only.
  { kind: "season", re: new RegExp(`\\b(?<sd>[Ll]ast|[Tt]his)\\s+(?<season>${alternation(Object.keys(en.SEASON_END))})\\b(?!-)`, "g") },
  { kind: "ago", re: /\b(?<n>\d{1,2}|[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:and a half\s+)?(?<ru>day|week|month|year)s?\s+ago\b/g },
  // "Thanksgiving weekend", "on Black Friday 2013": a holiday is a day, its weekend only a month; "Christmas Island" is a name.
  { kind: "holiday", re: new RegExp(`\\b(?:(?<hrel>[Ll]ast|[Tt]his|[Nn]ext)\\s+)?(?<hol>${alternation(Object.keys(en.HOLIDAYS))})(?:\\s+(?<span>${alternation(en.HOLIDAY_SPANS)}))?(?:,?\\s+${YEAR})?(?![\\w'’-]|\\s+[A-Z][a-z])`, "g") },
  // A weekday alone is the last such day up to publication; "the following Monday" hangs on another date; "Monday through Friday" are hours.
  { kind: "weekday", re: new RegExp(`(?<!(?:following|previous|same|every)\\s{1,3})(?<!(?:${WD_NAMES})\\s{0,3}(?:-|–|—|to|through|thru)\\s{0,3})\\b(?:(?<wm>next|this coming)\\s+)?(?<wd>${WD_NAMES})\\b(?!s\\b)(?!\\s{0,3}(?:-|–|—|to|through|thru)\\s{0,3}(?:${WD_NAMES}))`, "g") },
  // A day counted from the date told just before: "three days later", "the following morning".
  { kind: "later", re: /\b(?:(?<n>\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(?<lu>day|week)s?\s+later|[Tt]he\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|[Tt]he\s+same\s+day|[Ll]ater\s+(?:that|the\s+same)\s+day)\b/g },
];

const MONTH_OF = (name: string) => en.MONTHS[name] ?? en.MONTH_ABBREVS[name.replace(/\.$/, "")] ?? null;

/** A candidate before its year is resolved (`year: null`); `need` says how the year is found. */
interface Cand {
  start: number;
  end: number;
  parts: DateParts;
  need: "none" | "year" | "ref" | "context" | "anchor";
  fromRef?: (ref: Date) => DateParts;
  /** For a holiday: month and day once the year is known (Thanksgiving moves). */
  onYear?: (year: number) => { month: number; day: number | null };
  /** The weekday written with a yearless date ("Saturday 2 August"), which settles its year. */
  weekday?: number;
  /** Years added to the context year ("the following year"). */
  ctxOffset?: number;
  /** Days after the last full date told before ("two days later"). */
  anchorDays?: number;
  rule: string;
}

const REL_UNITS = { week: 7, month: 1, year: 1 } as const;

/** Reads one match into a candidate, or null when it is no date of the story. */
function readForm(f: Form, m: RegExpExecArray, ref: Date | null, src: string, firstFuture: number, order: Order): Omit<Cand, "start" | "end"> | null {
  const g = m.groups ?? {};
  const y = g.y ? Number(g.y) : g.y2 ? Number(g.y2) : null;
  const none: DateParts = { year: null, month: null, day: null, source: null };
  switch (f.kind) {
    case "md":
    case "my":
    case "month": {
      const month = MONTH_OF(g.mon ?? g.mon2);
      if (!month) return null;
      // "mid-May 5" is no day, but "about January 19" still is.
      const day = g.d && (!g.part || en.APPROXIMATE.test(g.part)) ? Number(g.d) : null;
      const parts: DateParts = { year: y, month, day, source: y ? "text" : null };
      return { parts, need: y ? "none" : "year", rule: `dates.en.${f.kind}`, weekday: g.wd && day !== null ? en.WEEKDAYS[g.wd] : undefined };
    }
    case "mrel": {
      const month = MONTH_OF(g.mon)!;
      const rel = g.ry;
      if (rel === "this" || rel === "last" || rel === "next") {
        const off = rel === "this" ? 0 : rel === "last" ? -1 : 1;
        return { parts: { ...none, month }, need: "ref", fromRef: (r) => ({ year: r.getUTCFullYear() + off, month, day: null, source: "published" }), rule: "dates.en.month-rel" };
      }
      const ctxOffset = rel === "the following" ? 1 : rel === "the previous" ? -1 : 0;
      return { parts: { ...none, month }, need: "context", ctxOffset, rule: "dates.en.month-rel" };
    }
    case "iso":
      return { parts: { year: y, month: Number(g.m), day: Number(g.d), source: "text" }, need: "none", rule: "dates.en.numeric" };
    case "numeric": {
      const [a, b] = [Number(g.a), Number(g.b)];
      // The document's order, unless only the other one makes a date ("25/12/24" in a US story).
      const [month, day] = order === "dmy" ? (validDay(a, b) ? [b, a] : [a, b]) : validDay(b, a) ? [a, b] : [b, a];
      const year = fullYear(g.y, ref);
      if (!validDay(day, month)) return null;
      return { parts: { year, month, day, source: "text" }, need: "none", rule: "dates.en.numeric" };
    }
    case "year":
    case "range2": {
      // Not after publication (one year of slack for plans).
      if (y === null || y < 1970 || (ref && y > ref.getUTCFullYear() + 1)) return null;
      if (en.COUNT_NOUNS.test(src.slice(m.index + m[0].length))) return null;
      return { parts: { year: y, month: null, day: null, source: "text" }, need: "none", rule: "dates.en.year" };
    }
    case "day": {
      const back = /^y/i.test(g.w) ? -1 : 0;
      return { parts: none, need: "ref", fromRef: (r) => relative(back ? "yesterday" : "today", r, "day"), rule: "dates.en.relative" };
    }
    case "rel": {
      const unit = g.ru as keyof typeof REL_UNITS;
      const dir = /^l/i.test(g.rd) ? -1 : /^n/i.test(g.rd) ? 1 : 0;
      // A week is reported by its month: its days are not stated.
      const expr = `${dir < 0 ? "last" : dir > 0 ? "next" : "this"} ${unit}`;
      const fromRef = (r: Date) => relative(expr, r, unit === "week" ? "month" : unit);
      return { parts: none, need: "ref", fromRef, rule: "dates.en.relative" };
    }
    case "season": {
      // The last spring is this year's once its last month is over, else last year's.
      const end = en.SEASON_END[g.season.toLowerCase()];
      const fromRef = (r: Date): DateParts => {
        const ry = r.getUTCFullYear();
        const year = /^t/i.test(g.sd) ? ry : r.getUTCMonth() + 1 > end ? ry : ry - 1;
        return { year, month: null, day: null, source: "published" };
      };
      return { parts: none, need: "ref", fromRef, rule: "dates.en.season" };
    }
    case "ago": {
      const n = /^\d/.test(g.n) ? Number(g.n) : en.NUMBER_WORDS[g.n.toLowerCase()];
      if (!n) return null;
      const unit = g.ru as "day" | "week" | "month" | "year";
      const half = /and a half/.test(m[0]);
      // Half a week more is three days back; half a day makes the day uncertain, so only the month is kept.
      const expr = `${n} ${unit}s ago`;
      const fromRef = (r: Date): DateParts => {
        const d = resolveRelative(expr, r);
        if (!d) return none;
        if (unit === "day") return partsOfDay(d, half ? "month" : "day", "published");
        if (unit === "week") return partsOfDay(half ? shift(d, -3, "day") : d, "month", "published");
        return partsOfDay(d, unit, "published");
      };
      return { parts: none, need: "ref", fromRef, rule: "dates.en.ago" };
    }
    case "holiday": {
      const at = en.HOLIDAYS[g.hol];
      const onYear = (year: number) => ({ month: at(year).month, day: g.span ? null : at(year).day });
      // "last Christmas" is the one before publication, "next Christmas" the one after.
      const rel = g.hrel?.toLowerCase();
      if (rel && !y) {
        const fromRef = (r: Date): DateParts => {
          const ry = r.getUTCFullYear();
          const passed = (year: number) => Date.UTC(year, at(year).month - 1, at(year).day) < r.getTime();
          const year = rel === "this" ? ry : rel === "last" ? (passed(ry) ? ry : ry - 1) : passed(ry) ? ry + 1 : ry;
          return { ...onYear(year), year, source: "published" };
        };
        return { parts: none, need: "ref", fromRef, rule: "dates.en.holiday" };
      }
      const parts: DateParts = y ? { ...onYear(y), year: y, source: "text" } : { year: null, month: at(2001).month, day: null, source: null };
      return { parts, need: y ? "none" : "year", onYear, rule: "dates.en.holiday" };
    }
    case "later": {
      const n = g.n ? (/^\d/.test(g.n) ? Number(g.n) : en.NUMBER_WORDS[g.n.toLowerCase()]) : /same|that/i.test(m[0]) ? 0 : 1;
      if (n === undefined) return null;
      return { parts: none, need: "anchor", anchorDays: g.lu === "week" ? 7 * n : n, rule: "dates.en.later" };
    }
    case "weekday": {
      const wd = en.WEEKDAYS[g.wd];
      // "will resume from Saturday" looks ahead: a future verb shortly before, in the same clause.
      const forward = Boolean(g.wm) || (firstFuture < m.index && en.FUTURE_BEFORE.test(src.slice(Math.max(0, m.index - 120), m.index)));
      const fromRef = (r: Date) => {
        const back = (r.getUTCDay() - wd + 7) % 7;
        const ahead = (wd - r.getUTCDay() + 7) % 7 || 7;
        return partsOfDay(shift(r, forward ? ahead : -back, "day"), "day", "published");
      };
      return { parts: none, need: "ref", fromRef, rule: "dates.en.weekday" };
    }
  }
}

/** Every candidate of a sentence, without overlaps: the earliest, then the longest, wins. */
function sentenceCandidates(src: string, offset: number, ref: Date | null, order: Order): Cand[] {
  const found: Cand[] = [];
  // Found once per sentence: testing the text before each match would be quadratic.
  const fm = en.FUTURE_CUES.exec(src);
  const firstFuture = fm ? fm.index : Infinity;
  for (const f of FORMS) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(src); m; m = f.re.exec(src)) {
      if (en.NOT_STORY_BEFORE.test(src.slice(Math.max(0, m.index - 40), m.index))) continue;
      const c = readForm(f, m, ref, src, firstFuture, order);
      if (c) found.push({ ...c, start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cand[] = [];
  for (const c of found) if (!out.length || c.start >= out[out.length - 1].end) out.push(c);
  return out;
}

/** The opening and the closing word of a span of dates ("from at least May 2023 until Aug. 27"). */
const SPAN_START_BEFORE = /\b(?:(?:[Ss]ince|[Ff]rom|[Bb]etween)\s{1,3}(?:(?:at least|as early as|as far back as|about|around)\s{1,3})?|as early as\s{1,3}|as far back as\s{1,3})$/;
const SPAN_END_BEFORE = /\b(?:until|till|through|thru|to|and)\s{1,3}$/;
const SINCE_BEFORE = new RegExp(`\\b[Ss]ince\\s{1,3}(?:${HEDGE}\\s{1,3})?$`);

/** Is `near` a start ("since October 2024") that a later, earlier-in-the-year month of its sentence follows ("… in March" is the next March)? */
function sinceBefore(src: string, near: Cand, c: Cand, offset: number): boolean {
  if (near.start > c.start || near.parts.month === null || c.parts.month === null) return false;
  if (!SINCE_BEFORE.test(src.slice(Math.max(0, near.start - offset - 30), near.start - offset))) return false;
  return c.parts.month < near.parts.month || (c.parts.month === near.parts.month && c.parts.day !== null && near.parts.day !== null && c.parts.day < near.parts.day);
}

const afterRef = (ref: Date, month: number, day: number | null) =>
  month > ref.getUTCMonth() + 1 || (month === ref.getUTCMonth() + 1 && day !== null && day > ref.getUTCDate());

/** How far (UTF-16 units) a bare year lends itself to a yearless date in its sentence. */
const YEAR_REACH = 60;

/** Finds the English dates of a document and resolves every year it can. */
export function enDates(doc: Doc): DateMention[] {
  const out: DateMention[] = [];
  const ref = referenceDate(doc.published);
  const order = numericOrder(doc);
  // The last stated year fills a year, and "two days later" counts from the last full date, each only within its paragraph.
  let last: { year: number; paragraph: number } | null = null;
  let anchor: { parts: DateParts; paragraph: number } | null = null;
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    const src = doc.folded.slice(s.start, s.end);
    const cands = sentenceCandidates(src, s.start, ref, order);
    const stated = cands.filter((c) => c.need === "none" && c.parts.year !== null && !(c.parts.month === null && en.FOUNDING_BEFORE.test(src.slice(Math.max(0, c.start - s.start - 40), c.start - s.start))));
    const future = en.FUTURE_CUES.test(src);
    for (const c of cands) {
      let p = c.parts;
      if (c.need === "anchor") {
        if (!anchor || anchor.paragraph !== s.paragraph) continue;
        const a = anchor.parts;
        p = partsOfDay(shift(new Date(Date.UTC(a.year!, a.month! - 1, a.day!)), c.anchorDays!, "day"), "day", "context");
      } else if (c.need === "ref") p = ref ? c.fromRef!(ref) : p;
      else if (c.need === "context" || c.need === "year") {
        // A year in the same sentence is certain ("May 3 and June 9, 2024"); a bare year far off is another matter's.
        const lending = stated.filter((x) => x.parts.month !== null || Math.abs(x.start - c.start) <= YEAR_REACH);
        let near = lending.length
          ? lending.reduce((a, b) => (Math.abs(b.start - c.start) < Math.abs(a.start - c.start) ? b : a))
          : null;
        // The yearless end of a span whose start has an earlier year than publication's ("from May 2023 until Aug. 27", published 2024) is news of this year.
        const spanEnd = near && ref && near.start < c.start && near.parts.year! < ref.getUTCFullYear() && SPAN_END_BEFORE.test(src.slice(Math.max(0, c.start - s.start - 12), c.start - s.start));
        if (spanEnd && SPAN_START_BEFORE.test(src.slice(Math.max(0, near!.start - s.start - 30), near!.start - s.start))) near = null;
        const ctxYear = near?.parts.year ?? (last && last.paragraph === s.paragraph ? last.year : null);
        if (c.need === "context") p = ctxYear !== null ? { ...p, year: ctxYear + (c.ctxOffset ?? 0), source: "context" } : p;
        else if (near) p = { ...p, year: near.parts.year! + (sinceBefore(src, near, c, s.start) ? 1 : 0), source: "context" };
        else if (ref) {
          // News tells of the past: a month after publication is last year's; in a sentence looking ahead, a month before is next year's.
          const after = afterRef(ref, p.month!, p.day);
          const sameMonth = p.month === ref.getUTCMonth() + 1 && p.day === null;
          // The future must govern this date's clause; digit-group commas end no clause.
          const at = c.start - s.start;
          const lead = src.slice(Math.max(0, at - 120), at).replace(/(\d),(\d)/g, "$1$2");
          const ahead = future && en.FUTURE_BEFORE.test(lead);
          // A deadline set by an order ("ordered agencies to patch it by June 20") may lie after publication.
          const clause = lead.slice(lead.search(/[^,;]*$/)) + src.slice(c.end - s.start, c.end - s.start + 60).split(/[,;.]/)[0];
          const soon = soonAfter(ref, p.month!, p.day) && !en.PAST_EVENT.test(clause);
          const shiftYears = ahead ? (after || sameMonth ? 0 : 1) : after && !en.DEADLINE_BEFORE.test(lead) && !soon ? -1 : 0;
          p = { ...p, year: ref.getUTCFullYear() + shiftYears, source: "published" };
        } else if (ctxYear !== null) p = { ...p, year: ctxYear, source: "context" };
        if (c.onYear && p.year !== null) p = { ...p, ...c.onYear(p.year) };
        if (c.weekday !== undefined && p.year !== null) p = { ...p, year: weekdayYear(p.year, p.month!, p.day!, c.weekday) };
      }
      out.push(mention(doc.text, c.start, c.end, p, c.rule));
      if (p.year !== null && p.month !== null && p.day !== null) anchor = { parts: p, paragraph: s.paragraph };
    }
    if (stated.length) last = { year: stated[stated.length - 1].parts.year!, paragraph: s.paragraph };
  }
  return out;
}

/** The year next to `year` (itself first, then one after, one before) in which the day falls on `weekday`; `year` if none does. */
function weekdayYear(year: number, month: number, day: number, weekday: number): number {
  const on = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday;
  return [year, year + 1, year - 1].find(on) ?? year;
}

type Order = "mdy" | "dmy";

/** Is `day` a day of `month` (leap year, so 29/2 stands)? */
const validDay = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate();

/** The year of a numeric date: two digits are this century unless past publication + 1 ("12/31/99" in 2024 is 1999); without a date the POSIX pivot (00–68 → 20xx), never the clock. */
function fullYear(y: string, ref: Date | null): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  if (ref) return 2000 + n > ref.getUTCFullYear() + 1 ? 1900 + n : 2000 + n;
  return n <= 68 ? 2000 + n : 1900 + n;
}

const MONTH_WORD = `(?:${MON_FULL}|(?:${MON_ABBR})\\b\\.?)`;
/** A day-first written date ("2 August"). */
const DAY_MONTH = new RegExp(`\\b(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}`, "g");
/** A month-first written date ("August 2"); "August 2024" is not one. */
const MONTH_DAY = new RegExp(`${MONTH_WORD}\\s+(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d,.]\\d|\\d)`, "g");

/** The order of a document's numeric dates: an unambiguous one decides ("13/05/24"), else how dates are spelt out ("2 August" is day-first, Commonwealth), else month-first (US). */
function numericOrder(doc: Doc): Order {
  let dmy = 0;
  let mdy = 0;
  let dayMonth = 0;
  let monthDay = 0;
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    const src = doc.folded.slice(s.start, s.end);
    for (const m of src.matchAll(NUMERIC)) {
      const [a, b] = [Number(m.groups!.a), Number(m.groups!.b)];
      if (a > 12 && validDay(a, b)) dmy++;
      else if (b > 12 && validDay(b, a)) mdy++;
    }
    dayMonth += src.match(DAY_MONTH)?.length ?? 0;
    monthDay += src.match(MONTH_DAY)?.length ?? 0;
  }
  if (dmy !== mdy) return dmy > mdy ? "dmy" : "mdy";
  return dayMonth > monthDay ? "dmy" : "mdy";
}
