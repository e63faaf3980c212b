import * as chrono from "chrono-node";
import type { DateMention, DateRole, Doc } from "../types.js";
import * as en from "../lexicon/en/dates.js";
import * as ja from "../lexicon/ja/dates.js";
import { parseJaNumber } from "../text/numbers.js";
import { alternation } from "../text/regex.js";
import { matchStory, sentenceAt, type Unit } from "./unit.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** Noon UTC of the publication day: a reference that no time zone moves to another day. */
export function referenceDate(published: string | null): Date | null {
  return published ? new Date(`${published}T12:00:00Z`) : null;
}

/** Finds dates and resolves their year from the words, the text around them or the publication date. */
export const dateCandidates: Unit = {
  id: "dates",
  run(doc, ex) {
    return { ...ex, dates: doc.lang === "ja" ? jaDates(doc) : enDates(doc) };
  },
};

function enDates(doc: Doc): DateMention[] {
  const out: DateMention[] = [];
  const ref = referenceDate(doc.published);
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    const src = doc.folded.slice(s.start, s.end);
    // chrono needs some reference; without a publication date, only stated years are kept.
    const results = chrono.en.parse(src, { instant: ref ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false });
    for (const r of results) {
      const c = r.start;
      if (!c.isCertain("month") && !c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("year")) continue;
      // Times of day and spans of hours ("last 24 hours", "now") are not dates of the story.
      if (/^\d{1,2}(:\d\d)?\s*(am|pm)?$/i.test(r.text.trim()) || /\b(hours?|minutes?|seconds?|now|tonight)\b/i.test(r.text)) continue;
      const y = c.get("year")!, mo = c.get("month")!, d = c.get("day")!;
      const certainYear = c.isCertain("year");
      const precise = c.isCertain("day") || c.isCertain("weekday") || /\b(yesterday|today|ago)\b/i.test(r.text);
      const monthly = c.isCertain("month");
      let iso: string | null;
      if (!certainYear && !ref) iso = null;
      else if (precise) iso = `${y}-${pad(mo)}-${pad(d)}`;
      else if (monthly) iso = `${y}-${pad(mo)}`;
      else iso = `${y}`;
      const start = s.start + r.index;
      const end = start + r.text.length;
      out.push({ start, end, text: doc.text.slice(start, end), iso, role: "other", year_source: iso ? (certainYear ? "text" : "published") : null, rule: "dates.en.chrono" });
    }
  }
  return out;
}

const JA_NUM = "[0-9０-９〇一二三四五六七八九十元]+";
const JA_RE = new RegExp(
  `(?:(?<era>${alternation(Object.keys(ja.ERAS))})\\s*(?<ey>${JA_NUM})\\s*年|(?<y>\\d{4})\\s*年)?\\s*(?<m>\\d{1,2})\\s*月(?:\\s*(?<d>\\d{1,2})\\s*日)?` +
    `|(?<era2>${alternation(Object.keys(ja.ERAS))})\\s*(?<ey2>${JA_NUM})\\s*年|(?<y2>\\d{4})\\s*年`,
  "g",
);

function jaDates(doc: Doc): DateMention[] {
  const out: DateMention[] = [];
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  let lastYear: number | null = null;
  for (const { m, start, end } of matchStory(doc, JA_RE)) {
    const g = m.groups!;
    let year: number | null = null;
    let source: DateMention["year_source"] = null;
    const era = g.era ?? g.era2;
    const ey = g.ey ?? g.ey2;
    if (era && ey) {
      const n = ey === "元" ? 1 : parseJaNumber(ey);
      if (n !== null) year = ja.ERAS[era] + n - 1;
    } else if (g.y ?? g.y2) year = Number(g.y ?? g.y2);
    if (year !== null) {
      source = "text";
      lastYear = year;
    } else if (lastYear !== null) {
      year = lastYear;
      source = "context";
    } else if (pubYear !== null) {
      year = pubYear;
      source = "published";
    }
    let iso: string | null = null;
    if (year !== null) {
      iso = String(year);
      if (g.m) iso += `-${pad(Number(g.m))}`;
      if (g.m && g.d) iso += `-${pad(Number(g.d))}`;
    }
    const text = doc.text.slice(start, end);
    const lead = text.length - text.trimStart().length;
    out.push({ start: start + lead, end, text: text.trim(), iso, role: "other", year_source: source, rule: "dates.ja" });
  }
  return out;
}

/** Gives each date the role of the nearest cue in its sentence (see the lexicons for direction). */
export const dateRoles: Unit = {
  id: "dates.roles",
  run(doc, ex) {
    const cues = doc.lang === "ja" ? ja.ROLE_CUES : en.ROLE_CUES;
    const forward = doc.lang === "ja";
    const dates = ex.dates.map((d) => {
      const si = sentenceAt(doc, d.start);
      if (si < 0) return d;
      const s = doc.sentences[si];
      const src = doc.folded.slice(s.start, s.end);
      const at = d.start - s.start;
      const endAt = d.end - s.start;
      let best: { dist: number; role: DateRole } | null = null;
      for (const [re, role] of cues) {
        re.lastIndex = 0;
        for (let m = re.exec(src); m; m = re.exec(src)) {
          const before = m.index + m[0].length <= at;
          const after = m.index >= endAt;
          if (!before && !after) continue;
          // Cues in the language's verb position are preferred: they are nearer in meaning.
          const preferred = forward ? after : before;
          const dist = (before ? at - (m.index + m[0].length) : m.index - endAt) + (preferred ? 0 : 1000);
          if (!best || dist < best.dist) best = { dist, role };
        }
      }
      return best ? { ...d, role: best.role } : d;
    });
    return { ...ex, dates };
  },
};
