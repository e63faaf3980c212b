import { speaksOfBreach } from "./breach.js";
import type { Unit } from "./unit.js";
import { enCounts } from "./counts-en.js";
import { jaCounts } from "./counts-ja.js";

/**
 * Finds counts: a number with an optional qualifier and the thing it counts. Each language has its
 * own finder (counts-en.ts, counts-ja.ts) over the story runs (runs.ts); the role (`affected` or
 * `other`) is decided there from the counted noun or counter and the words around it.
 */
export const countCandidates: Unit = {
  id: "counts",
  run(doc, ex) {
    const counts = doc.lang === "ja" ? jaCounts(doc) : enCounts(doc);
    return { ...ex, counts };
  },
};

/**
 * A story that speaks of no breach has no affected people: its counts of people or records
 * (visitors, a class size, a survey's respondents) are `other`. A story speaks of one when it has
 * a breach word or names data as exposed ("the data, found online, included 144k email
 * addresses"). Runs after the finders, which judge each count by its own words only, and after
 * the data-type finder.
 */
export const countRoles: Unit = {
  id: "counts.roles",
  run(doc, ex) {
    if (!ex.counts.some((c) => c.role === "affected")) return ex;
    // The catch-all personal_info is no evidence: a story with a breach says more than that.
    if (speaksOfBreach(doc) || ex.data_types.some((d) => d.status !== "not_leaked" && d.type !== "personal_info")) return ex;
    return { ...ex, counts: ex.counts.map((c) => (c.role === "affected" ? { ...c, role: "other" as const, rule: `${c.rule}+no-breach` } : c)) };
  },
};
