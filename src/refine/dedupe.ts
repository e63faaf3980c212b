import type { Unit } from "../extract/unit.js";
import type { DataTypeMention, Status } from "../types.js";

/** Which status wins when one type is spoken of more than once: a stated leak beats a hedge beats a denial. */
const RANK: Record<Status, number> = { leaked: 2, possibly_leaked: 1, not_leaked: 0 };

/**
 * Removes overlapping candidates (the earlier, longer span wins) and keeps every mention, since
 * researchers want each span; but a data type gets one status per document: that of its
 * strongest mention, so a record never says a type was both leaked and not leaked.
 */
export const dedupe: Unit = {
  id: "dedupe",
  run(doc, ex) {
    const best = new Map<string, Status>();
    for (const d of ex.data_types) {
      const cur = best.get(d.type);
      if (cur === undefined || RANK[d.status] > RANK[cur]) best.set(d.type, d.status);
    }
    const data_types: DataTypeMention[] = ex.data_types.map((d) => ({ ...d, status: best.get(d.type)! }));
    return {
      ...ex,
      dates: noOverlap(ex.dates),
      counts: noOverlap(ex.counts),
      money: noOverlap(ex.money),
      data_types: noOverlap(data_types),
      organizations: noOverlap(ex.organizations),
    };
  },
};

/** Drops any span that overlaps an earlier-starting (or same-start, longer) one. */
export function noOverlap<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const it of sorted) if (!out.length || it.start >= out[out.length - 1].end) out.push(it);
  return out;
}
