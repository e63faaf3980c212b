import { stringify } from "csv-stringify/sync";
import type { Column } from "./schema.js";

/**
 * A cell that a spreadsheet would read as a formula starts with one of these (OWASP's
 * CSV-injection advice); such a text cell is prefixed with a single quote. Numbers are left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell safe to open in a spreadsheet. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The header line of a CSV file with these columns (and extra column names after them). */
export function csvHeader<T>(columns: Column<T>[], extra: string[] = []): string {
  return stringify([[...columns.map((c) => c.name), ...extra]], { eof: true, record_delimiter: "unix" });
}

/** CSV lines for rows, with explicit columns: never guessed from the first row. */
export function csvRows<T>(columns: Column<T>[], rows: T[], extra?: (row: T) => string[]): string {
  if (!rows.length) return "";
  const data = rows.map((r) => [
    ...columns.map((c) => {
      const v = c.value(r);
      return v === null || v === undefined ? "" : typeof v === "number" ? String(v) : neutralise(v);
    }),
    ...(extra ? extra(r).map(neutralise) : []),
  ]);
  return stringify(data, { eof: true, record_delimiter: "unix", quoted_match: /[\r\n]/ });
}
