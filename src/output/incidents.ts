import { createHash } from "node:crypto";
import type { DocRecord } from "../types.js";
import type { AliasTable } from "./aliases.js";
import { firstDate, largestAffected } from "./derived.js";
import { PARTIAL_DATE, type Table } from "./schema.js";

/** Grouping needs every document: it runs at the end over records.jsonl, each cut to a small `Brief`. */

/** What grouping keeps of one document. */
export interface Brief {
  doc_id: string;
  lang: string;
  published: string | null;
  /** Victim names as given, and their grouping keys (after the alias table). */
  names: string[];
  keys: string[];
  incident: string | null;
  discovery: string | null;
  disclosure: string | null;
  affected: number | null;
  leaked: string[];
}

/** Cuts a record down to its brief. */
export function briefOf(r: DocRecord, aliases: AliasTable): Brief {
  const names = [...new Set(r.victims.map((v) => v.name))];
  return {
    doc_id: r.doc_id,
    lang: r.lang,
    published: r.published,
    names,
    keys: [...new Set(names.map((n) => aliases.key(n)))].filter(Boolean),
    incident: firstDate(r, "incident")?.iso ?? null,
    discovery: firstDate(r, "discovery")?.iso ?? null,
    disclosure: firstDate(r, "disclosure")?.iso ?? null,
    affected: largestAffected(r)?.value ?? null,
    leaked: [...new Set(r.data_types.filter((d) => d.status === "leaked").map((d) => d.type))],
  };
}

/** Days since 1970 of the first and last day a partial ISO date can mean (`2019` → all of 2019). */
function range(iso: string): [number, number] {
  const y = Number(iso.slice(0, 4));
  const m = iso.length >= 7 ? Number(iso.slice(5, 7)) - 1 : null;
  const d = iso.length === 10 ? Number(iso.slice(8, 10)) : null;
  const day = (t: number) => Math.floor(t / 86_400_000);
  if (m === null) return [day(Date.UTC(y, 0, 1)), day(Date.UTC(y, 11, 31))];
  if (d === null) return [day(Date.UTC(y, m, 1)), day(Date.UTC(y, m + 1, 0))];
  return [day(Date.UTC(y, m, d)), day(Date.UTC(y, m, d))];
}

/** Days between two partial dates: 0 when the periods they can mean overlap. */
export function gapDays(a: string, b: string): number {
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return Math.max(0, a0 - b1, b0 - a1);
}

/** Most days between two articles' incident dates: follow-ups stay together, Sega's 2011 and 2019 breaches apart. */
export const INCIDENT_GAP_DAYS = 62;
/** Else, most days between the earliest dates each gives (incident, discovery, disclosure, else publication). */
export const ANCHOR_GAP_DAYS = 366;
/** How far affected counts may differ: first reports are often revised. */
export const COUNT_RATIO = 5;

/** The date a document places the breach at, for comparing documents that give different roles. */
function anchor(b: Brief): string | null {
  return b.incident ?? b.discovery ?? b.disclosure ?? b.published;
}

/** Whether two documents can report the same breach, judged on dates and counts. */
export function compatible(a: Brief, b: Brief): boolean {
  if (a.incident && b.incident) {
    if (gapDays(a.incident, b.incident) > INCIDENT_GAP_DAYS) return false;
  } else {
    const x = anchor(a);
    const y = anchor(b);
    if (x && y && gapDays(x, y) > ANCHOR_GAP_DAYS) return false;
  }
  if (a.affected && b.affected && Math.max(a.affected, b.affected) / Math.min(a.affected, b.affected) > COUNT_RATIO) return false;
  return true;
}

/** Groups briefs in corpus order: each joins the earliest group sharing a victim key whose every member is compatible (no chaining); a dateless one only when one group fits. */
export function groupIncidents(briefs: Brief[]): Brief[][] {
  const groups: Brief[][] = [];
  const byKey = new Map<string, number[]>();
  for (const b of briefs) {
    if (!b.keys.length) continue;
    const seen = new Set<number>();
    const fits: number[] = [];
    for (const k of b.keys) {
      for (const g of byKey.get(k) ?? []) {
        if (seen.has(g)) continue;
        seen.add(g);
        if (groups[g].every((m) => compatible(m, b))) fits.push(g);
      }
    }
    fits.sort((x, y) => x - y);
    const dateless = anchor(b) === null;
    const g = fits.length && !(dateless && fits.length > 1) ? fits[0] : groups.push([]) - 1;
    groups[g].push(b);
    for (const k of b.keys) {
      const list = byKey.get(k) ?? [];
      if (!list.includes(g)) list.push(g);
      byKey.set(k, list);
    }
  }
  return groups;
}

/** One row of incidents.csv. */
export interface IncidentRow {
  incident_id: string;
  victim: string;
  victim_names: string;
  n_documents: number;
  documents: string;
  langs: string;
  incident_date: string | null;
  discovery_date: string | null;
  disclosure_date: string | null;
  affected: number | null;
  affected_min: number | null;
  affected_max: number | null;
  data_leaked: string;
  first_published: string | null;
  last_published: string | null;
}

/** The date most members agree with (`2019-06` supports `2019-06-14`), then the more precise, then the earlier. */
export function bestDate(values: (string | null)[]): string | null {
  const xs = values.filter((v): v is string => !!v);
  let best: string | null = null;
  let bestSupport = 0;
  for (const v of new Set(xs)) {
    const support = xs.filter((x) => x.startsWith(v) || v.startsWith(x)).length;
    if (support > bestSupport || (support === bestSupport && best !== null && (v.length > best.length || (v.length === best.length && v < best)))) {
      best = v;
      bestSupport = support;
    }
  }
  return best;
}

/** The most often stated count; on a tie the larger, as later reports usually revise upwards. */
export function bestCount(values: (number | null)[]): number | null {
  const tally = new Map<number, number>();
  for (const v of values) if (v !== null) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of tally) if (best === null || n > tally.get(best)! || (n === tally.get(best)! && v > best)) best = v;
  return best;
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** The row of one group: the victim key most members share names it. */
export function incidentRow(members: Brief[], aliases: AliasTable): IncidentRow {
  // Map order is first appearance and the sort stable: on a tie the first-named victim wins.
  const keyCount = new Map<string, number>();
  for (const m of members) for (const k of m.keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  const key = [...keyCount].sort((a, b) => b[1] - a[1])[0][0];
  const nameCount = new Map<string, number>();
  for (const m of members) for (const n of m.names) if (aliases.key(n) === key) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
  const written = [...nameCount].sort((a, b) => b[1] - a[1])[0][0];
  const counts = members.map((m) => m.affected).filter((v): v is number => v !== null);
  const published = members.map((m) => m.published).filter((v): v is string => !!v).sort();
  const ids = members.map((m) => m.doc_id);
  return {
    incident_id: createHash("sha1").update(ids.join("\n")).digest("hex").slice(0, 12),
    victim: aliases.display(key) ?? written,
    victim_names: uniq(members.flatMap((m) => m.names.filter((n) => aliases.key(n) === key))).join("; "),
    n_documents: members.length,
    documents: ids.join("; "),
    langs: uniq(members.map((m) => m.lang)).sort().join("; "),
    incident_date: bestDate(members.map((m) => m.incident)),
    discovery_date: bestDate(members.map((m) => m.discovery)),
    disclosure_date: bestDate(members.map((m) => m.disclosure)),
    affected: bestCount(members.map((m) => m.affected)),
    affected_min: counts.length ? Math.min(...counts) : null,
    affected_max: counts.length ? Math.max(...counts) : null,
    data_leaked: uniq(members.flatMap((m) => m.leaked)).join("; "),
    first_published: published[0] ?? null,
    last_published: published.at(-1) ?? null,
  };
}

/** incidents.csv: one row per breach. */
export const INCIDENTS: Table<IncidentRow> = {
  name: "incidents",
  title: "Breaches across articles and languages",
  description: "documents that report the same breach (same victim after normalising names and the alias table, compatible dates and counts), one row per breach",
  primaryKey: ["incident_id"],
  columns: [
    { name: "incident_id", type: "string", required: true, description: "id of the incident: a hash of its documents' ids", value: (r) => r.incident_id },
    { name: "victim", type: "string", required: true, description: "the victim: its canonical name when the alias table has one, else the name written most often", value: (r) => r.victim },
    { name: "victim_names", type: "string", required: true, description: "every name the documents give this victim, joined by '; '", value: (r) => r.victim_names },
    { name: "n_documents", type: "integer", required: true, unit: "documents", description: "number of documents in the incident", value: (r) => r.n_documents },
    { name: "documents", type: "string", required: true, description: "doc_id of each document, in corpus order, joined by '; ' (incident_documents.csv lists them one a row)", value: (r) => r.documents },
    { name: "langs", type: "string", required: true, description: "languages of the documents, joined by '; '", value: (r) => r.langs },
    { name: "incident_date", type: "string", pattern: PARTIAL_DATE, description: "best-supported incident date: the one most documents agree with, then the most precise", value: (r) => r.incident_date },
    { name: "discovery_date", type: "string", pattern: PARTIAL_DATE, description: "best-supported discovery date", value: (r) => r.discovery_date },
    { name: "disclosure_date", type: "string", pattern: PARTIAL_DATE, description: "best-supported disclosure date", value: (r) => r.disclosure_date },
    { name: "affected", type: "integer", unit: "people, accounts, records or cards", description: "best-supported affected count: the affected_max most documents give, the larger on a tie", value: (r) => r.affected },
    { name: "affected_min", type: "integer", unit: "people, accounts, records or cards", description: "smallest affected_max among the documents", value: (r) => r.affected_min },
    { name: "affected_max", type: "integer", unit: "people, accounts, records or cards", description: "largest affected_max among the documents", value: (r) => r.affected_max },
    { name: "data_leaked", type: "string", description: "data-type codes any document states as leaked, joined by '; '", value: (r) => r.data_leaked },
    { name: "first_published", type: "date", description: "earliest publication date of the documents", value: (r) => r.first_published },
    { name: "last_published", type: "date", description: "latest publication date of the documents", value: (r) => r.last_published },
  ],
};

/** One row of incident_documents.csv: which incident a document belongs to. */
export interface IncidentMemberRow {
  incident_id: string;
  doc_id: string;
}

/** incident_documents.csv: joins incidents to records. */
export const INCIDENT_DOCUMENTS: Table<IncidentMemberRow> = {
  name: "incident_documents",
  title: "Documents of each incident",
  description: "one row per incident and document, to join incidents.csv to records.csv and the tidy tables",
  primaryKey: ["incident_id", "doc_id"],
  columns: [
    { name: "incident_id", type: "string", required: true, description: "incidents.csv incident_id", value: (r) => r.incident_id },
    { name: "doc_id", type: "string", required: true, description: "records.csv doc_id", value: (r) => r.doc_id },
  ],
};
