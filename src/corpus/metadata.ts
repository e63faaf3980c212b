import { parse } from "csv-parse/sync";
import type { Problem } from "../types.js";
import { decode } from "./decode.js";

/** One row of metadata.csv, keyed by the file's path under the corpus root. */
export interface MetaRow {
  published: string | null;
  extra: Record<string, string>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The most lines one record may span (a quoted cell with line breaks); a longer one is broken. */
const MAX_RECORD_LINES = 50;

const quotes = (line: string) => {
  let n = 0;
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) n++;
  return n;
};

/** One CSV record, or a throw; one line is retried with relaxed quotes (`=HYPERLINK("x")` unquoted), several are not, lest a stray quote swallow the next rows. */
function parseRecord(chunk: string, oneLine: boolean): string[] {
  let rows: string[][];
  try {
    rows = parse(chunk, { relax_column_count: true });
  } catch (e) {
    if (!oneLine) throw e;
    rows = parse(chunk, { relax_column_count: true, relax_quotes: true });
  }
  if (rows.length !== 1) throw new Error(`${rows.length} records where one was expected`);
  return rows[0];
}

/** Reads metadata.csv, text or bytes (Japanese Excel saves Shift_JIS), a malformed row reported by line; records are cut until quotes balance, lest one bad quote eat the rest. */
export function parseMetadata(
  input: string | Uint8Array,
  knownFiles: ReadonlySet<string>,
): { rows: Map<string, MetaRow>; problems: Problem[]; columns: string[] } {
  const problems: Problem[] = [];
  const rows = new Map<string, MetaRow>();
  const firstLine = new Map<string, number>();
  const report = (line: number | string, reason: string) =>
    problems.push({ file: `metadata.csv:${line}`, code: "METADATA", reason: reason.split("\n")[0] });
  let csv: string;
  if (typeof input === "string") csv = input;
  else {
    const dec = decode(input);
    if (!dec.ok) {
      report(1, `unreadable: ${dec.reason}`);
      return { rows, problems, columns: [] };
    }
    csv = dec.text;
  }
  const lines = csv.replace(/^\ufeff/, "").split(/\r?\n/);
  let header: string[] | null = null;
  let i = 0;
  while (i < lines.length) {
    const lineNo = i + 1;
    if (!lines[i].trim()) {
      i++;
      continue;
    }
    let j = i;
    let q = quotes(lines[i]);
    while (q % 2 === 1 && j + 1 < lines.length && j - i < MAX_RECORD_LINES) q += quotes(lines[++j]);
    let cells: string[];
    try {
      if (q % 2 === 1) throw new Error("a quote is opened and never closed");
      cells = parseRecord(lines.slice(i, j + 1).join("\n"), i === j);
      i = j + 1;
    } catch (e) {
      // csv-parse counts lines from the record's start: drop its line number, ours is the file's.
      report(lineNo, `broken CSV quoting: ${(e as Error).message.replace(/ at line \d+/, "")}; row ignored`);
      i++;
      continue;
    }
    if (!header) {
      header = cells.map((h) => h.trim());
      if (!header.includes("file")) {
        report(lineNo, "the header has no file column; metadata.csv ignored");
        return { rows, problems, columns: [] };
      }
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, k) => h && (record[h] = cells[k] ?? ""));
    const file = (record.file ?? "").trim();
    const published = (record.published ?? "").trim();
    if (!file) {
      report(lineNo, "no value in the file column");
      continue;
    }
    if (!knownFiles.has(file)) {
      report(lineNo, `no article ${JSON.stringify(file)} in the corpus`);
      continue;
    }
    if (published && !isIsoDay(published)) {
      report(lineNo, `published ${JSON.stringify(published)} is not a YYYY-MM-DD date`);
      continue;
    }
    if (firstLine.has(file)) {
      report(lineNo, `${JSON.stringify(file)} is named again (first on line ${firstLine.get(file)}, which applies)`);
      continue;
    }
    firstLine.set(file, lineNo);
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(record)) if (k !== "file" && k !== "published") extra[k] = v;
    rows.set(file, { published: published || null, extra });
  }
  // Columns other than file and published, in the file's order: they become meta_* columns.
  const columns = (header ?? []).filter((h) => h && h !== "file" && h !== "published");
  return { rows, problems, columns };
}
