import { enDates } from "./dates-en.js";
import { jaDates } from "./dates-ja.js";
import type { Unit } from "./unit.js";

export { dateRoles } from "./date-roles.js";
export { referenceDate } from "./date-parts.js";

/**
 * Finds dates and resolves their year from the words, the text around them or the publication
 * date, never from the clock. Roles are given later by `dateRoles`.
 */
export const dateCandidates: Unit = {
  id: "dates",
  run(doc, ex) {
    return { ...ex, dates: doc.lang === "ja" ? jaDates(doc) : enDates(doc) };
  },
};
