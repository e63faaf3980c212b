import type { CountMention, DateMention, DateRole, DocRecord, Status } from "../types.js";
import { categoryOf, type Category } from "./codes.js";

/** The largest affected count of a record, or null. */
export function largestAffected(r: DocRecord): CountMention | null {
  let best: CountMention | null = null;
  for (const c of r.counts) if (c.role === "affected" && (!best || c.value > best.value)) best = c;
  return best;
}

/** The first date of a role, in text order, that has a known year. */
export function firstDate(r: DocRecord, role: DateRole): DateMention | null {
  return r.dates.find((d) => d.role === role && d.iso) ?? null;
}

/** How precise an ISO date is: day, month, year, or unknown when there is none. */
export function precisionOf(iso: string | null): "day" | "month" | "year" | "unknown" {
  if (!iso) return "unknown";
  return iso.length === 10 ? "day" : iso.length === 7 ? "month" : "year";
}

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b`, or null unless both are full days (a month or year alone would make it a guess). */
export function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a || !b || a.length !== 10 || b.length !== 10) return null;
  // Date.UTC: the machine's time zone must never shift a day.
  const t = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / DAY_MS);
}

const EXPOSED: ReadonlySet<Status> = new Set(["leaked", "possibly_leaked"]);

/** The categories of the data types a record states as leaked or possibly leaked. */
export function exposedCategories(r: DocRecord): Set<Category> {
  const out = new Set<Category>();
  for (const d of r.data_types) {
    const c = EXPOSED.has(d.status) ? categoryOf(d.type) : null;
    if (c) out.add(c);
  }
  return out;
}
