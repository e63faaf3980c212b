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
