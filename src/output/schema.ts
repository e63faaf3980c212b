import type { CountMention, DateMention, DateRole, DocRecord, Status } from "../types.js";

/** One CSV column: its name, what it holds (for the README and the codebook), and its value. */
export interface Column<T> {
  name: string;
  type: "string" | "integer" | "date" | "number";
  description: string;
  value: (row: T) => string | number | null;
}

const join = (xs: string[]) => [...new Set(xs)].join("; ");

/** The largest affected count of a record, or null. */
export function largestAffected(r: DocRecord): CountMention | null {
  let best: CountMention | null = null;
  for (const c of r.counts) if (c.role === "affected" && (!best || c.value > best.value)) best = c;
  return best;
}

/** The first date of a role, in text order, that has a known year. */
export function firstDate(r: DocRecord, role: DateRole): DateMention | null {
  return r.dates.find((d) => d.role === role && d.iso) ?? null;
}

const typesWith = (r: DocRecord, status: Status) => join(r.data_types.filter((d) => d.status === status).map((d) => d.type));

/** The columns of records.csv: one row per document. Metadata columns are appended after these. */
export const RECORD_COLUMNS: Column<DocRecord>[] = [
  { name: "doc_id", type: "string", description: "document id: the path under the corpus root without its extension", value: (r) => r.doc_id },
  { name: "source", type: "string", description: "path of the file under the corpus root", value: (r) => r.source },
  { name: "lang", type: "string", description: "main language of the body: en or ja", value: (r) => r.lang },
  { name: "title", type: "string", description: "first line of the story (headline)", value: (r) => r.title },
  { name: "published", type: "date", description: "publication date from metadata.csv (YYYY-MM-DD), empty if unknown", value: (r) => r.published },
  { name: "victims", type: "string", description: "normalised names of the organisations whose data was breached, joined by '; '", value: (r) => join(r.victims.map((v) => v.name)) },
  { name: "affected_max", type: "integer", description: "largest count of affected people, accounts, records or cards", value: (r) => largestAffected(r)?.value ?? null },
  { name: "affected_qualifier", type: "string", description: "qualifier of affected_max: exact, approx, at_least or at_most", value: (r) => largestAffected(r)?.qualifier ?? null },
  { name: "incident_date", type: "string", description: "first incident date (YYYY-MM-DD, YYYY-MM or YYYY)", value: (r) => firstDate(r, "incident")?.iso ?? null },
  { name: "discovery_date", type: "string", description: "first discovery date (YYYY-MM-DD, YYYY-MM or YYYY)", value: (r) => firstDate(r, "discovery")?.iso ?? null },
  { name: "disclosure_date", type: "string", description: "first disclosure date (YYYY-MM-DD, YYYY-MM or YYYY)", value: (r) => firstDate(r, "disclosure")?.iso ?? null },
  { name: "data_leaked", type: "string", description: "data-type codes stated as leaked, joined by '; '", value: (r) => typesWith(r, "leaked") },
  { name: "data_possibly_leaked", type: "string", description: "data-type codes possibly leaked, joined by '; '", value: (r) => typesWith(r, "possibly_leaked") },
  { name: "data_not_leaked", type: "string", description: "data-type codes explicitly not leaked, joined by '; '", value: (r) => typesWith(r, "not_leaked") },
  { name: "money", type: "string", description: "sums of money as 'VALUE CURRENCY', joined by '; '", value: (r) => join(r.money.map((m) => `${m.value} ${m.currency}`)) },
  { name: "encoding", type: "string", description: "encoding the file was decoded from", value: (r) => r.encoding },
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

/** The columns of mentions.csv: one row per extracted value. */
export const MENTION_COLUMNS: Column<MentionRow>[] = [
  { name: "doc_id", type: "string", description: "document id", value: (m) => m.doc_id },
  { name: "kind", type: "string", description: "organization, victim, date, count, money or data_type", value: (m) => m.kind },
  { name: "text", type: "string", description: "the words as written", value: (m) => m.text },
  { name: "value", type: "string", description: "normalised value: name, ISO date, integer, amount or data-type code", value: (m) => m.value },
  { name: "role", type: "string", description: "role (organisations, dates, counts) or status (data types)", value: (m) => m.role },
  { name: "detail", type: "string", description: "qualifier and unit of a count, currency of money, year source of a date", value: (m) => m.detail },
  { name: "start", type: "integer", description: "UTF-16 offset of the first character in the decoded text", value: (m) => m.start },
  { name: "end", type: "integer", description: "UTF-16 offset after the last character (end-exclusive)", value: (m) => m.end },
  { name: "rule", type: "string", description: "id of the rule that found the value", value: (m) => m.rule },
];

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

/** The columns of problems.csv: one row per file that was skipped or only partly read. */
export const PROBLEM_COLUMNS: Column<{ file: string; code: string; reason: string }>[] = [
  { name: "file", type: "string", description: "path under the corpus root (or metadata.csv:LINE)", value: (p) => p.file },
  { name: "code", type: "string", description: "stable code: EMPTY, BINARY, DECODE, TOO_LARGE, TIMEOUT, READ, LINK, METADATA, INTERNAL", value: (p) => p.code },
  { name: "reason", type: "string", description: "what went wrong, in one line", value: (p) => p.reason },
];
