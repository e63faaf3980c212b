import type { Doc, Extraction } from "../types.js";
import { dedupe } from "../refine/dedupe.js";
import { countCandidates, countRoles } from "./counts.js";
import { dataTypeCandidates } from "./datatypes.js";
import { dateCandidates, dateRoles } from "./dates.js";
import { moneyCandidates } from "./money.js";
import { orgCandidates } from "./organizations.js";
import { orgRoles } from "./victims.js";
import { emptyExtraction, type Unit } from "./unit.js";

/** The extraction units in run order: finders (independent) first, then refiners; money before counts' refiners, dedupe last to see every role and status. */
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
