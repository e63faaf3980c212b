import { speaksOfBreach } from "./breach.js";
import type { Unit } from "./unit.js";
import { enCounts } from "./counts-en.js";
import { jaCounts } from "./counts-ja.js";

/** Finds counts: each language's finder (counts-en.ts, counts-ja.ts) reads the story runs and decides the role from the counted noun and its words. */
export const countCandidates: Unit = {
  id: "counts",
  run(doc, ex) {
    const counts = doc.lang === "ja" ? jaCounts(doc) : enCounts(doc);
    return { ...ex, counts };
  },
};

/** In a story that speaks of no breach (no breach word, no exposed data), counts are `other`; runs after the finders and the data-type finder. */
export const countRoles: Unit = {
  id: "counts.roles",
  run(doc, ex) {
    if (!ex.counts.some((c) => c.role === "affected")) return ex;
    // The catch-all personal_info is no evidence: a story with a breach says more than that.
    if (speaksOfBreach(doc) || ex.data_types.some((d) => d.status !== "not_leaked" && d.type !== "personal_info")) return ex;
    return { ...ex, counts: ex.counts.map((c) => (c.role === "affected" ? { ...c, role: "other" as const, rule: `${c.rule}+no-breach` } : c)) };
  },
};
