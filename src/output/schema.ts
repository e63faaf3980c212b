import type { DocRecord, Status } from "../types.js";
import { CATEGORIES, LANGS, MENTION_KINDS, PROBLEM_CODES, QUALIFIERS, type Code } from "./codes.js";
import { daysBetween, exposedCategories, firstDate, largestAffected } from "./derived.js";

/** One column of an output table; writers, datapackage.json and the README tables all come from these. */
export interface Column<T> {
  name: string;
  /** A Table Schema type: what pandas or R should read the column as. */
  type: "string" | "integer" | "number" | "date" | "boolean";
  description: string;
  /** Unit of a number (`days`, `UTF-16 code units`). */
  unit?: string;
  codes?: readonly Code[];
  /** A regular expression every non-empty value matches (partial ISO dates). */
  pattern?: string;
  required?: boolean;
  value: (row: T) => string | number | boolean | null;
}

/** One output table: a CSV (or Parquet) file and its Data Package resource. */
export interface Table<T> {
  name: string;
  title: string;
  description: string;
  columns: Column<T>[];
  /** Columns that identify a row, as the Data Package declares them. */
  primaryKey?: string[];
}

/** A table made from each record as it streams by: some rows per document. */
export interface DocTable<T> extends Table<T> {
  rowsOf: (r: DocRecord) => T[];
}

/** The tool and run every row names, so a row copied elsewhere can still be cited. */
export interface Provenance {
  tool_version: string;
  run_id: string;
}

/** The two provenance columns appended to every table (before records.csv's metadata columns). */
export function provenanceColumns(p: Provenance): Column<unknown>[] {
  return [
    { name: "tool_version", type: "string", required: true, description: "version of leakset that wrote the row", value: () => p.tool_version },
    {
      name: "run_id",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{16}$",
      description: "id of the run: a hash of the version, the options, the alias table and every corpus file's content hash (manifest.json), so the same input always gives the same id",
      value: () => p.run_id,
    },
  ];
}

const join = (xs: string[]) => [...new Set(xs)].join("; ");
const typesWith = (r: DocRecord, status: Status) => join(r.data_types.filter((d) => d.status === status).map((d) => d.type));

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

/** The columns of records.csv: one row per document. Provenance, then metadata columns, follow. */
export const RECORD_COLUMNS: Column<DocRecord>[] = [
  { name: "doc_id", type: "string", required: true, description: "document id: the path under the corpus root without its extension", value: (r) => r.doc_id },
  { name: "source", type: "string", required: true, description: "path of the file under the corpus root", value: (r) => r.source },
  { name: "lang", type: "string", required: true, codes: LANGS, description: "main language of the body", value: (r) => r.lang },
  { name: "title", type: "string", description: "first line of the story (headline)", value: (r) => r.title },
  { name: "published", type: "date", description: "publication date from metadata.csv (YYYY-MM-DD), empty if unknown", value: (r) => r.published },
  { name: "victims", type: "string", description: "normalised names of the organisations whose data was breached, joined by '; '", value: (r) => join(r.victims.map((v) => v.name)) },
  { name: "affected_max", type: "integer", unit: "people, accounts, records or cards", description: "largest count of affected people, accounts, records or cards", value: (r) => largestAffected(r)?.value ?? null },
  { name: "affected_qualifier", type: "string", codes: QUALIFIERS, description: "qualifier of affected_max", value: (r) => largestAffected(r)?.qualifier ?? null },
  { name: "incident_date", type: "string", pattern: PARTIAL_DATE, description: "first incident date with a known year (YYYY-MM-DD, YYYY-MM or YYYY)", value: (r) => firstDate(r, "incident")?.iso ?? null },
  { name: "discovery_date", type: "string", pattern: PARTIAL_DATE, description: "first discovery date with a known year (YYYY-MM-DD, YYYY-MM or YYYY)", value: (r) => firstDate(r, "discovery")?.iso ?? null },
  { name: "disclosure_date", type: "string", pattern: PARTIAL_DATE, description: "first disclosure date with a known year (YYYY-MM-DD, YYYY-MM or YYYY)", value: (r) => firstDate(r, "disclosure")?.iso ?? null },
  {
    name: "days_incident_to_discovery",
    type: "integer",
    unit: "days",
    description: "discovery_date minus incident_date, only when both are full days (negative when the text dates the discovery first)",
    value: (r) => daysBetween(firstDate(r, "incident")?.iso, firstDate(r, "discovery")?.iso),
  },
  {
    name: "days_discovery_to_disclosure",
    type: "integer",
    unit: "days",
    description: "disclosure_date minus discovery_date, only when both are full days",
    value: (r) => daysBetween(firstDate(r, "discovery")?.iso, firstDate(r, "disclosure")?.iso),
  },
  { name: "data_leaked", type: "string", description: "data-type codes stated as leaked, joined by '; ' (codes.csv, list data_type)", value: (r) => typesWith(r, "leaked") },
  { name: "data_possibly_leaked", type: "string", description: "data-type codes possibly leaked, joined by '; '", value: (r) => typesWith(r, "possibly_leaked") },
  { name: "data_not_leaked", type: "string", description: "data-type codes explicitly not leaked, joined by '; '", value: (r) => typesWith(r, "not_leaked") },
  // One boolean per category: the filters researchers otherwise build from data_leaked by hand.
  ...CATEGORIES.map(
    (c): Column<DocRecord> => ({
      name: `exposed_${c.value}`,
      type: "boolean",
      required: true,
      description: `true when a data type of category ${c.value} (${c.label}) is stated as leaked or possibly leaked`,
      value: (r) => exposedCategories(r).has(c.value),
    }),
  ),
  { name: "money", type: "string", description: "sums of money as 'VALUE CURRENCY', joined by '; '", value: (r) => join(r.money.map((m) => `${m.value} ${m.currency}`)) },
  { name: "encoding", type: "string", required: true, description: "encoding the file was decoded from", value: (r) => r.encoding },
];

/** One extracted value, flattened for mentions.csv. */
export interface MentionRow {
  doc_id: string;
  kind: "organization" | "victim" | "date" | "count" | "money" | "data_type";
  text: string;
  value: string;
  role: string;
  detail: string;
  start: number;
  end: number;
  rule: string;
}

const OFFSET_UNIT = "UTF-16 code units";

/** Start and end columns, shared by every table of values. */
export function offsetColumns<T extends { start: number; end: number }>(): Column<T>[] {
  return [
    { name: "start", type: "integer", required: true, unit: OFFSET_UNIT, description: "offset of the first character in the decoded text (0-based)", value: (m) => m.start },
    { name: "end", type: "integer", required: true, unit: OFFSET_UNIT, description: "offset after the last character (end-exclusive)", value: (m) => m.end },
  ];
}

/** The columns of mentions.csv: one row per extracted value. */
export const MENTIONS: DocTable<MentionRow> = {
  name: "mentions",
  title: "Every extracted value",
  description: "one row per extracted value of any kind, with its offsets and the rule that found it",
  columns: [
    { name: "doc_id", type: "string", required: true, description: "document id", value: (m) => m.doc_id },
    { name: "kind", type: "string", required: true, codes: MENTION_KINDS, description: "what the value is", value: (m) => m.kind },
    { name: "text", type: "string", description: "the words as written", value: (m) => m.text },
    { name: "value", type: "string", description: "normalised value: name, ISO date, integer, amount or data-type code", value: (m) => m.value },
    { name: "role", type: "string", description: "role (organisations, dates, counts: codes.csv org_role, date_role, count_role) or status (data types: status)", value: (m) => m.role },
    { name: "detail", type: "string", description: "qualifier and unit of a count, currency of money, year source of a date", value: (m) => m.detail },
    ...offsetColumns<MentionRow>(),
    { name: "rule", type: "string", description: "id of the rule that found the value", value: (m) => m.rule },
  ],
  rowsOf: mentionsOf,
};

/** Every extracted value of a record, in a stable order: by kind, then by position. */
export function mentionsOf(r: DocRecord): MentionRow[] {
  const id = r.doc_id;
  const rows: MentionRow[] = [];
  for (const o of r.organizations) rows.push({ doc_id: id, kind: "organization", text: o.text, value: o.name, role: o.role, detail: "", start: o.start, end: o.end, rule: o.rule });
  for (const v of r.victims) rows.push({ doc_id: id, kind: "victim", text: v.text, value: v.name, role: "victim", detail: "", start: v.start, end: v.end, rule: "victims" });
  for (const d of r.dates) rows.push({ doc_id: id, kind: "date", text: d.text, value: d.iso ?? "", role: d.role, detail: d.year_source ? `year from ${d.year_source}` : "year unknown", start: d.start, end: d.end, rule: d.rule });
  for (const c of r.counts) rows.push({ doc_id: id, kind: "count", text: c.text, value: String(c.value), role: c.role, detail: [c.qualifier, c.unit].filter(Boolean).join(" "), start: c.start, end: c.end, rule: c.rule });
  for (const m of r.money) rows.push({ doc_id: id, kind: "money", text: m.text, value: String(m.value), role: "", detail: m.currency, start: m.start, end: m.end, rule: m.rule });
  for (const t of r.data_types) rows.push({ doc_id: id, kind: "data_type", text: t.text, value: t.type, role: t.status, detail: "", start: t.start, end: t.end, rule: t.rule });
  return rows;
}

/** A file that was skipped or only partly read. */
export type ProblemRow = { file: string; code: string; reason: string };

/** problems.csv: one row per file that was skipped or only partly read. */
export const PROBLEMS: Table<ProblemRow> = {
  name: "problems",
  title: "Files skipped or partly read",
  description: "one row per problem; the same list is in manifest.json",
  columns: [
    { name: "file", type: "string", required: true, description: "path under the corpus root (or metadata.csv:LINE, aliases.csv:LINE)", value: (p) => p.file },
    { name: "code", type: "string", required: true, codes: PROBLEM_CODES, description: "stable code of the problem", value: (p) => p.code },
    { name: "reason", type: "string", description: "what went wrong, in one line", value: (p) => p.reason },
  ],
};

/** records.csv: one row per document, the wide view. */
export const RECORDS: DocTable<DocRecord> = {
  name: "records",
  title: "One row per document",
  description: "the wide view: victims, largest affected count, first dates, data types and derived fields; metadata.csv columns follow as meta_*",
  columns: RECORD_COLUMNS,
  primaryKey: ["doc_id"],
  rowsOf: (r) => [r],
};
