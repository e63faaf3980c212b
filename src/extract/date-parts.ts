/** Shared pieces of the date finders of both languages: parts of a date, ISO form, reference arithmetic. */
import * as chrono from "chrono-node";
import type { DateMention, YearSource } from "../types.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** Noon UTC of the publication day: a reference that no time zone moves to another day. */
export function referenceDate(published: string | null): Date | null {
  return published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? new Date(`${published}T12:00:00Z`) : null;
}

/** A date as far as the words go: the parts that are known, and where the year came from. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  source: YearSource | null;
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as precise as the parts allow; null without a year. */
export function isoOf(p: DateParts): string | null {
  if (p.year === null) return null;
  let iso = String(p.year);
  if (p.month !== null) {
    iso += `-${pad(p.month)}`;
    if (p.day !== null) iso += `-${pad(p.day)}`;
  }
  return iso;
}

/** The parts of a day (UTC), at the given precision. */
export function partsOfDay(d: Date, precision: "day" | "month" | "year", source: YearSource): DateParts {
  return {
    year: d.getUTCFullYear(),
    month: precision === "year" ? null : d.getUTCMonth() + 1,
    day: precision === "day" ? d.getUTCDate() : null,
    source,
  };
}

/** `ref` moved by whole days, months or years (months clamp to the month's last day). */
export function shift(ref: Date, n: number, unit: "day" | "month" | "year"): Date {
  const d = new Date(ref.getTime());
  if (unit === "day") d.setUTCDate(d.getUTCDate() + n);
  else if (unit === "month") {
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + n);
  } else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d;
}

/** The day an English relative expression points to ("3 days ago"), resolved by chrono with the publication day as instant and UTC as zone, so neither clock nor time zone enters; noon UTC, or null. */
export function resolveRelative(expr: string, ref: Date): Date | null {
  const r = chrono.en.casual.parse(expr, { instant: ref, timezone: 0 })[0];
  if (!r) return null;
  const c = r.start;
  return new Date(Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")!, 12));
}

/** Builds the mention for a span of the text. */
export function mention(text: string, start: number, end: number, p: DateParts, rule: string): DateMention {
  const iso = isoOf(p);
  return { start, end, text: text.slice(start, end), iso, role: "other", year_source: iso ? p.source : null, rule };
}

/** Days after publication within which a yearless date may still be to come. */
export const SOON_DAYS = 45;

/** Whether a yearless month-day (or month) read in `ref`'s year falls soon after `ref` (or in the next month): then it is still to come (a gang's deadline, a help line opening), not last year's. */
export function soonAfter(ref: Date, month: number, day: number | null): boolean {
  if (day === null) return month === ref.getUTCMonth() + 2;
  const diff = (Date.UTC(ref.getUTCFullYear(), month - 1, day) - ref.getTime()) / 86_400_000;
  return diff > 0 && diff <= SOON_DAYS;
}
