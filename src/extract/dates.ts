import { enDates } from "./dates-en.js";
import { jaDates } from "./dates-ja.js";
import { fromHeader, headerDate } from "./header-date.js";
import type { Unit } from "./unit.js";

export { dateRoles } from "./date-roles.js";
export { referenceDate } from "./date-parts.js";

/** Finds dates and resolves their year from the words, nearby text or publication date, never the clock; `dateRoles` gives roles later. */
export const dateCandidates: Unit = {
  id: "dates",
  run(doc, ex) {
    const find = doc.lang === "ja" ? jaDates : enDates;
    const header = doc.published ? null : headerDate(doc);
    return { ...ex, dates: header ? fromHeader(find({ ...doc, published: header })) : find(doc) };
  },
};
