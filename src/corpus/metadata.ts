import { parse } from "csv-parse/sync";
import type { Problem } from "../types.js";

/** One row of metadata.csv, keyed by the file's path under the corpus root. */
export interface MetaRow {
  published: string | null;
  /** Every other column, as written. */
  extra: Record<string, string>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Reads metadata.csv. A malformed row (broken quoting, a bad date, a file that is not in the
 * corpus) is reported with its line number and ignored; the other rows still apply.
 */
export function parseMetadata(
  csv: string,
  knownFiles: ReadonlySet<string>,
): { rows: Map<string, MetaRow>; problems: Problem[]; columns: string[] } {
  const problems: Problem[] = [];
  const rows = new Map<string, MetaRow>();
  // Columns other than file and published, in the file's order: they become meta_* columns.
  let columns: string[] = [];
  const report = (line: number | string, reason: string) =>
    problems.push({ file: `metadata.csv:${line}`, code: "METADATA", reason });
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(csv.replace(/^\ufeff/, ""), {
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        columns = names.filter((h) => h && h !== "file" && h !== "published");
        return names;
      },
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (err: { lines?: number; message: string } | undefined) => {
        if (err) report(err.lines ?? "?", err.message);
      },
    });
  } catch (e) {
    report(1, `unreadable: ${(e as Error).message}`);
    return { rows, problems, columns };
  }
  for (const { record, info } of records) {
    const file = (record.file ?? "").trim();
    const published = (record.published ?? "").trim();
    if (!file) {
      report(info.lines, "no value in the file column");
      continue;
    }
    if (!knownFiles.has(file)) {
      report(info.lines, `no article ${JSON.stringify(file)} in the corpus`);
      continue;
    }
    if (published && !isIsoDay(published)) {
      report(info.lines, `published ${JSON.stringify(published)} is not a YYYY-MM-DD date`);
      continue;
    }
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(record)) if (k !== "file" && k !== "published") extra[k] = v ?? "";
    rows.set(file, { published: published || null, extra });
  }
  return { rows, problems, columns };
}
