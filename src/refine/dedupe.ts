import type { Unit } from "../extract/unit.js";
import { firstIndex } from "../text/bisect.js";
import type { DataTypeMention, Status } from "../types.js";
import { OWNER_BEFORE as EN_OWNER, WHOLE_BEFORE as EN_WHOLE } from "../lexicon/en/datatypes.js";
import { OWNER_BEFORE as JA_OWNER, WHOLE_BEFORE as JA_WHOLE } from "../lexicon/ja/datatypes.js";

const WHOLE_BEFORE = { en: EN_WHOLE, ja: JA_WHOLE };
const OWNER_BEFORE = { en: EN_OWNER, ja: JA_OWNER };

/** Codes whose words name different documents or numbers (a passport, a My Number card; a member ID, a student number). */
const UMBRELLA_CODES = new Set(["government_id", "account_id", "health_info", "financial_info"]);

/** Which status wins when one type is spoken of more than once: a stated leak beats a hedge beats a denial. */
const RANK: Record<Status, number> = { leaked: 2, possibly_leaked: 1, not_leaked: 0 };

/** Removes overlapping candidates but keeps every mention; a data type's mentions share its strongest status in the body (headline only if the body is silent), except a denial of the whole number ("full card numbers are never shown" beside a leak of the last four digits) or of one named group's data beside another's leak (members' numbers not held, workers' numbers shown). */
export const dedupe: Unit = {
  id: "dedupe",
  run(doc, ex) {
    // A headline drops the body's hedges (「カード情報漏えい」): the body alone decides a type it speaks of.
    const at = doc.title ? doc.text.indexOf(doc.title) : -1;
    const inTitle = (d: DataTypeMention) => at >= 0 && d.start >= at && d.end <= at + doc.title.length;
    const inBody = new Set(ex.data_types.filter((d) => !inTitle(d)).map((d) => d.type));
    // An umbrella code gets one status per wording (被保険者番号 may leak while マイナンバー was not held); others name one thing in many words.
    const key = (d: DataTypeMention) => (UMBRELLA_CODES.has(d.type) ? `${d.type}\u0000${d.text.toLowerCase().replace(/\s+/g, " ")}` : d.type);
    const ownerRe = OWNER_BEFORE[doc.lang];
    const owner = (d: DataTypeMention) => (ownerRe.exec(doc.folded.slice(Math.max(0, d.start - 16), d.start))?.[1] ?? "").toLowerCase().replace(/['’]?s?['’]?$/, "");
    const best = new Map<string, { status: Status; owners: Set<string> }>();
    for (const d of ex.data_types) {
      if (inTitle(d) && inBody.has(d.type)) continue;
      const cur = best.get(key(d));
      if (cur === undefined || RANK[d.status] > RANK[cur.status]) best.set(key(d), { status: d.status, owners: new Set([owner(d)]) });
      else if (RANK[d.status] === RANK[cur.status]) cur.owners.add(owner(d));
    }
    const whole = WHOLE_BEFORE[doc.lang];
    const otherOwners = (d: DataTypeMention, b: { owners: Set<string> }) => owner(d) !== "" && [...b.owners].every((o) => o !== "" && o !== owner(d));
    const status = (d: DataTypeMention): Status => {
      const b = best.get(key(d));
      if (d.status === "not_leaked" && (whole.test(doc.text.slice(Math.max(0, d.start - 12), d.start)) || (b && otherOwners(d, b)))) return d.status;
      return b?.status ?? d.status;
    };
    const data_types: DataTypeMention[] = ex.data_types.map((d) => ({ ...d, status: status(d) }));
    const dates = noOverlap(ex.dates);
    return {
      ...ex,
      dates,
      // A day of a date is no count ("8" in "between March 4 and 8, 2024").
      counts: noOverlap(ex.counts).filter((c) => !inside(dates, c)),
      money: noOverlap(ex.money),
      data_types: noOverlap(data_types),
      organizations: noOverlap(ex.organizations),
    };
  },
};

/** True when `s` lies wholly within one of `spans` (sorted and without overlaps). */
function inside(spans: ReadonlyArray<{ start: number; end: number }>, s: { start: number; end: number }): boolean {
  const i = firstIndex(spans, (x) => x.start <= s.start) - 1;
  return i >= 0 && spans[i].end >= s.end;
}

/** Drops any span that overlaps an earlier-starting (or same-start, longer) one. */
export function noOverlap<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const it of sorted) if (!out.length || it.start >= out[out.length - 1].end) out.push(it);
  return out;
}
