import type { DocRecord } from "../types.js";

/** The colours of the report, one per meaning, used by every chart. */
export const COLORS = { en: "#3b6fb6", ja: "#d1495b", leaked: "#d1495b", possibly_leaked: "#edae49", not_leaked: "#66a182", count: "#3b6fb6" };

/** Bins of the days from discovery to disclosure. */
export const DAY_BINS: Array<[string, number, number]> = [
  ["same day", 0, 0], ["1–7", 1, 7], ["8–30", 8, 30], ["31–90", 31, 90], ["91–180", 91, 180], ["181–365", 181, 365], ["over a year", 366, Infinity],
];

/** One row of the report's record table: headline values, each with its sentence. */
export interface ReportRow {
  id: string;
  src: string;
  lang: string;
  title: string;
  published: string;
  victims: string[];
  affected: number | null;
  /** Values as [kind, text, normalised value, role or status, index into `sentences`]. */
  values: Array<[string, string, string, string, number]>;
  sentences: string[];
}

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
const isDay = (iso: string | null | undefined): iso is string => !!iso && /^\d{4}-\d\d-\d\d$/.test(iso);
/** Sentences are shown in full up to this length, then cut: the table must stay light. */
const MAX_SENTENCE = 320;

/** Collects what the report shows one record at a time, so records are read once as a stream: table rows (headline values only) and small tallies. */
export class ReportData {
  readonly byYear = new Map<string, { en: number; ja: number }>();
  readonly countBins = new Array<number>(10).fill(0);
  readonly largest: Array<{ id: string; src: string; victims: string; value: number; qualifier: string }> = [];
  readonly types = new Map<string, { leaked: number; possibly_leaked: number; not_leaked: number }>();
  readonly days = new Array<number>(DAY_BINS.length).fill(0);
  /** The table rows, when no sink takes them (see the constructor). */
  readonly rows: ReportRow[] = [];
  documents = 0;
  breaches = 0;
  lang = { en: 0, ja: 0 };

  /** @param sink takes each table row as it is made, instead of keeping it: the writer streams rows to a file so that memory stays flat however many records there are. */
  constructor(private readonly sink?: (row: ReportRow) => void) {}

  add(r: DocRecord): void {
    this.documents++;
    this.lang[r.lang]++;
    const victims = [...new Set(r.victims.map((v) => v.name))];
    const firstIso = (role: string) => r.dates.find((d) => d.role === role && d.iso)?.iso ?? null;
    const incident = firstIso("incident");
    const discovery = firstIso("discovery");
    const disclosure = firstIso("disclosure");
    let affected: DocRecord["counts"][number] | null = null;
    for (const c of r.counts) if (c.role === "affected" && (!affected || c.value > affected.value)) affected = c;
    if (victims.length) {
      this.breaches++;
      const year = (incident ?? discovery ?? disclosure ?? r.published ?? "").slice(0, 4) || "unknown";
      const y = this.byYear.get(year) ?? { en: 0, ja: 0 };
      y[r.lang]++;
      this.byYear.set(year, y);
    }
    if (affected) {
      this.countBins[Math.min(9, Math.floor(Math.log10(Math.max(1, affected.value))))]++;
      this.largest.push({ id: r.doc_id, src: r.source, victims: victims.join(", "), value: affected.value, qualifier: affected.qualifier });
      this.largest.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
      this.largest.length = Math.min(this.largest.length, 10);
    }
    const status = new Map<string, string>();
    for (const d of r.data_types) status.set(d.type, d.status);
    for (const [type, s] of status) {
      const t = this.types.get(type) ?? { leaked: 0, possibly_leaked: 0, not_leaked: 0 };
      t[s as keyof typeof t]++;
      this.types.set(type, t);
    }
    if (isDay(discovery) && isDay(disclosure)) {
      const n = dayNumber(disclosure) - dayNumber(discovery);
      const bin = DAY_BINS.findIndex(([, lo, hi]) => n >= lo && n <= hi);
      if (bin >= 0) this.days[bin]++;
    }
    const row = this.rowOf(r, victims, affected?.value ?? null);
    if (this.sink) this.sink(row);
    else this.rows.push(row);
  }

  /** The table row of a record: victims, counts, dates, money and data types, each with its sentence. */
  private rowOf(r: DocRecord, victims: string[], affected: number | null): ReportRow {
    const sentences: string[] = [];
    const index = new Map<string, number>();
    const sentenceOf = (m: object) => {
      const s = String((m as { sentence?: string }).sentence ?? "").slice(0, MAX_SENTENCE);
      if (!s) return -1;
      let i = index.get(s);
      if (i === undefined) {
        i = sentences.push(s) - 1;
        index.set(s, i);
      }
      return i;
    };
    const values: ReportRow["values"] = [];
    const seenVictim = new Set<string>();
    for (const v of r.victims) if (!seenVictim.has(v.name) && seenVictim.add(v.name)) values.push(["victim", v.text, v.name, "victim", sentenceOf(v)]);
    for (const c of r.counts) if (c.role === "affected") values.push(["count", c.text, String(c.value), c.qualifier, sentenceOf(c)]);
    for (const d of r.dates) values.push(["date", d.text, d.iso ?? "", d.role, sentenceOf(d)]);
    for (const m of r.money) values.push(["money", m.text, `${m.value} ${m.currency}`, "", sentenceOf(m)]);
    for (const t of r.data_types) values.push(["data type", t.text, t.type, t.status, sentenceOf(t)]);
    return { id: r.doc_id, src: r.source, lang: r.lang, title: r.title, published: r.published ?? "", victims, affected, values, sentences };
  }
}
