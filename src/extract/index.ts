import type { Doc, Extraction } from "../types.js";
import { dedupe } from "../refine/dedupe.js";
import { countCandidates, countRoles } from "./counts.js";
import { dataTypeCandidates } from "./datatypes.js";
import { dateCandidates, dateRoles } from "./dates.js";
import { moneyCandidates } from "./money.js";
import { orgCandidates } from "./organizations.js";
import { orgRoles } from "./victims.js";
import { emptyExtraction, type Unit } from "./unit.js";

/**
 * The units of extraction, in the order they run. Candidate finders come first and do not read
 * one another; refiners follow. Money runs before counts' refiners could see a currency amount as
 * a count, and dedupe runs last so it sees every role and status.
 */
export const UNITS: readonly Unit[] = [
  orgCandidates,
  dateCandidates,
  countCandidates,
  moneyCandidates,
  dataTypeCandidates,
  orgRoles,
  countRoles,
  dateRoles,
  dedupe,
];

/** Runs every unit over one document. */
export function extract(doc: Doc): Extraction {
  return UNITS.reduce((ex, u) => u.run(doc, ex), emptyExtraction());
}
