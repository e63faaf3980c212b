import { stringify } from "csv-stringify/sync";
import type { Column } from "./schema.js";

/** Starts a cell a spreadsheet reads as a formula (OWASP, CSV injection): such text cells get a leading quote. */
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
      return v === null || v === undefined ? "" : typeof v === "number" || typeof v === "boolean" ? String(v) : neutralise(v);
    }),
    ...(extra ? extra(r).map(neutralise) : []),
  ]);
  return stringify(data, { eof: true, record_delimiter: "unix", quoted_match: /[\r\n]/ });
}
