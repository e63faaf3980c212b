import type { CountMention, DataTypeMention, DateMention, DocRecord, MoneyMention, OrgMention } from "../types.js";
import { COUNT_ROLES, DATA_TYPE_CODES, DATE_ROLES, ORG_ROLES, PRECISIONS, QUALIFIERS, STATUSES, YEAR_SOURCES, CATEGORIES, categoryOf } from "./codes.js";
import { precisionOf } from "./derived.js";
import { sentenceCell, type WithEvidence } from "./evidence.js";
import { PARTIAL_DATE, offsetColumns, type Column, type DocTable } from "./schema.js";

/** The tidy long tables: one row per document and value, with its sentence, so a value can be checked without the article. */

/** A mention with the id of its document and the sentence it sits in. */
type Row<M> = M & { doc_id: string; sentence: string };

function rowsWith<M extends { start: number; end: number }>(r: DocRecord, list: M[]): Row<M>[] {
  return list.map((m) => ({ ...m, doc_id: r.doc_id, sentence: sentenceCell(r as DocRecord & WithEvidence, m.start, m.end) }));
}

// Column makers shared by the tables, so a column means the same in each.
const docId = <T extends { doc_id: string }>(): Column<T> => ({ name: "doc_id", type: "string", required: true, description: "document id (records.csv)", value: (m) => m.doc_id });
const text = <T extends { text: string }>(): Column<T> => ({ name: "text", type: "string", required: true, description: "the words as written", value: (m) => m.text });
const tail = <T extends { sentence: string; rule: string; start: number; end: number }>(): Column<T>[] => [
  ...offsetColumns<T>(),
  { name: "rule", type: "string", description: "id of the rule that found or classified the value", value: (m) => m.rule },
  { name: "sentence", type: "string", description: "the sentence the value came from, white space made single spaces (cut to 400 characters around the value)", value: (m) => m.sentence },
];

/** data_types.csv: one row per document and data-type mention. */
export const DATA_TYPES: DocTable<Row<DataTypeMention>> = {
  name: "data_types",
  title: "Data types per document",
  description: "one row per document and data-type mention",
  columns: [
    docId(),
    { name: "type", type: "string", required: true, codes: DATA_TYPE_CODES, description: "data-type code (codes.csv gives its Have I Been Pwned class and VERIS variety)", value: (m) => m.type },
    { name: "category", type: "string", codes: CATEGORIES, description: "category of the data type", value: (m) => categoryOf(m.type) },
    { name: "status", type: "string", required: true, codes: STATUSES, description: "whether the text says it leaked", value: (m) => m.status },
    text(),
    ...tail(),
  ],
  rowsOf: (r) => rowsWith(r, r.data_types),
};

/** dates.csv: one row per date; `precision` says how much of `iso` the text gave. */
export const DATES: DocTable<Row<DateMention>> = {
  name: "dates",
  title: "Dates per document",
  description: "one row per date in the body",
  columns: [
    docId(),
    text(),
    { name: "iso", type: "string", pattern: PARTIAL_DATE, description: "YYYY-MM-DD, YYYY-MM or YYYY as precise as the text allows; empty when the year cannot be known", value: (m) => m.iso },
    { name: "precision", type: "string", required: true, codes: PRECISIONS, description: "how precise iso is", value: (m) => precisionOf(m.iso) },
    { name: "role", type: "string", required: true, codes: DATE_ROLES, description: "what the date is the date of", value: (m) => m.role },
    { name: "year_source", type: "string", codes: YEAR_SOURCES, description: "where the year came from; empty when iso is empty", value: (m) => m.year_source },
    ...tail(),
  ],
  rowsOf: (r) => rowsWith(r, r.dates),
};

/** counts.csv: one row per count; only `affected` counts feed affected_max and incidents. */
export const COUNTS: DocTable<Row<CountMention>> = {
  name: "counts",
  title: "Counts per document",
  description: "one row per count in the body",
  columns: [
    docId(),
    text(),
    { name: "value", type: "integer", required: true, description: "the number as an integer (約130万人 → 1300000)", value: (m) => m.value },
    { name: "qualifier", type: "string", required: true, codes: QUALIFIERS, description: "how exact the number is said to be", value: (m) => m.qualifier },
    { name: "unit", type: "string", description: "what is counted, as written or normalised (people, accounts, records, 件 ...)", value: (m) => m.unit },
    { name: "role", type: "string", required: true, codes: COUNT_ROLES, description: "affected: people, accounts, records or cards exposed", value: (m) => m.role },
    ...tail(),
  ],
  rowsOf: (r) => rowsWith(r, r.counts),
};

/** money.csv: one row per sum of money; amounts are kept in their own currency, never converted. */
export const MONEY: DocTable<Row<MoneyMention>> = {
  name: "money",
  title: "Sums of money per document",
  description: "one row per sum of money in the body (fines, ransoms, costs)",
  columns: [
    docId(),
    text(),
    { name: "value", type: "number", required: true, description: "the amount in the currency's main unit", value: (m) => m.value },
    { name: "currency", type: "string", required: true, pattern: "^[A-Z]{3}$", description: "ISO 4217 code (USD, JPY, EUR, GBP ...)", value: (m) => m.currency },
    ...tail(),
  ],
  rowsOf: (r) => rowsWith(r, r.money),
};

/** An organisation mention, with whether the record chose it as a victim. */
type OrgRow = Row<OrgMention> & { is_victim: boolean };

/** organizations.csv: one row per organisation mention; is_victim joins it to the record's victims. */
export const ORGANIZATIONS: DocTable<OrgRow> = {
  name: "organizations",
  title: "Organisations per document",
  description: "one row per organisation named in the body",
  columns: [
    docId(),
    { name: "name", type: "string", required: true, description: "normalised name (legal form dropped)", value: (m) => m.name },
    text(),
    { name: "role", type: "string", required: true, codes: ORG_ROLES, description: "what the organisation is in the story", value: (m) => m.role },
    { name: "is_victim", type: "boolean", required: true, description: "true when the name is among the record's victims", value: (m) => m.is_victim },
    ...tail(),
  ],
  rowsOf: (r) => {
    const victims = new Set(r.victims.map((v) => v.name));
    return rowsWith(r, r.organizations).map((o) => ({ ...o, is_victim: victims.has(o.name) }));
  },
};
