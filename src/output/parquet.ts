import { ParquetWriter, fileWriter } from "hyparquet-writer";
import type { Column } from "./schema.js";

/** Writes Parquet a row group at a time (memory holds one) with hyparquet-writer: pure JS, no native build, no clock time (equal input, equal bytes). Every column is nullable. */
export class ParquetTable<T> {
  private readonly writer: ParquetWriter;
  private buffer: Array<Array<string | number | boolean | bigint | null>> = [];
  private rowsInBuffer = 0;

  /** Rows per row group: large enough to compress well, small enough to keep memory flat. */
  static readonly GROUP = 10_000;

  constructor(
    path: string,
    private readonly columns: Column<T>[],
    private readonly extraNames: string[] = [],
  ) {
    const names = [...columns.map((c) => c.name), ...extraNames];
    this.writer = new ParquetWriter({
      writer: fileWriter(path),
      createdBy: "leakset (hyparquet-writer)",
      schema: [
        { name: "root", num_children: names.length },
        ...columns.map((c) => ({ name: c.name, repetition_type: "OPTIONAL" as const, ...PARQUET_TYPE[c.type] })),
        ...extraNames.map((n) => ({ name: n, repetition_type: "OPTIONAL" as const, ...PARQUET_TYPE.string })),
      ],
    });
    this.buffer = names.map(() => []);
  }

  /** Adds rows; `extra` gives the cells of the extra (metadata) columns of a row. */
  write(rows: T[], extra?: (row: T) => string[]): void {
    for (const r of rows) {
      this.columns.forEach((c, i) => this.buffer[i].push(cell(c, r)));
      if (this.extraNames.length) {
        const xs = extra ? extra(r) : [];
        this.extraNames.forEach((_, j) => this.buffer[this.columns.length + j].push(xs[j] ?? null));
      }
      if (++this.rowsInBuffer >= ParquetTable.GROUP) this.flush();
    }
  }

  private flush(): void {
    if (!this.rowsInBuffer) return;
    const names = [...this.columns.map((c) => c.name), ...this.extraNames];
    this.writer.write({ columnData: names.map((name, i) => ({ name, data: this.buffer[i] })), rowGroupSize: this.rowsInBuffer });
    this.buffer = names.map(() => []);
    this.rowsInBuffer = 0;
  }

  /** Writes the last row group and the footer. */
  finish(): void {
    this.flush();
    this.writer.finish();
  }
}

const PARQUET_TYPE = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  integer: { type: "INT64" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
  date: { type: "INT32", converted_type: "DATE" },
} as const;

/** A Parquet cell: INT64 wants a bigint, DATE a day count; "" is null as in the CSV. */
function cell<T>(c: Column<T>, row: T): string | number | boolean | bigint | null {
  const v = c.value(row);
  if (v === null || v === undefined || v === "") return null;
  if (c.type === "integer") return BigInt(v as number);
  if (c.type === "date") return Math.floor(Date.parse(`${v}T00:00:00Z`) / 86_400_000);
  return v;
}
