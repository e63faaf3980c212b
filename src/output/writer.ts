import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { ReportWriter } from "../report/write.js";
import type { DocRecord } from "../types.js";
import { AliasTable, type AliasPair } from "./aliases.js";
import { CODES, codeRows } from "./codes.js";
import { csvHeader, csvRows } from "./csv.js";
import { dataPackage, type WrittenTable } from "./datapackage.js";
import { INCIDENTS, INCIDENT_DOCUMENTS, briefOf, groupIncidents, incidentRow, type Brief } from "./incidents.js";
import type { Manifest } from "./manifest.js";
import { ParquetTable } from "./parquet.js";
import { MENTIONS, PROBLEMS, RECORDS, provenanceColumns, type Column, type DocTable, type Provenance, type Table } from "./schema.js";
import { COUNTS, DATA_TYPES, DATES, MONEY, ORGANIZATIONS } from "./tidy.js";

const BOM = "\ufeff";

/** The tables made from each record as it streams by, in the order the README documents them. */
export const DOC_TABLES: DocTable<never>[] = [RECORDS, MENTIONS, DATA_TYPES, DATES, COUNTS, MONEY, ORGANIZATIONS] as unknown as DocTable<never>[];

/** The tables written at the end, once every record is known. */
export const FINAL_TABLES: Table<never>[] = [INCIDENTS, INCIDENT_DOCUMENTS, PROBLEMS, CODES] as unknown as Table<never>[];

/** Names of the files a run writes with `--format csv`; with parquet, `.parquet` replaces `.csv`. */
export const OUTPUT_FILES = [
  "records.jsonl",
  "records.json",
  ...[...DOC_TABLES, ...FINAL_TABLES].map((t) => `${t.name}.csv`),
  "datapackage.json",
  "manifest.json",
  "report.html",
] as const;

/** How the writer writes: which format, for whom, and which run it names. */
export interface WriterOptions {
  excel: boolean;
  format: "csv" | "parquet";
  /** Metadata column names appended to records.csv, in metadata.csv order. */
  metaColumns: string[];
  provenance: Provenance;
  aliases: readonly AliasPair[];
}

/** Characters waiting in a corked stream before every stream is flushed (and drained). */
const FLUSH_AT = 1 << 18;

/** Rows stringified at once in a CSV table. */
const CSV_BATCH = 500;

/** An output file could not be written (a full disk); streams report it after the call returns, so the next call throws it. */
export class OutputWriteError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly file: string,
    cause: NodeJS.ErrnoException,
  ) {
    super(`could not write ${file}: ${cause.message}`, { cause });
    this.code = cause.code;
  }
}

/** One table file being written: a CSV stream or a Parquet file. */
interface Sink {
  write(rows: unknown[]): void;
  finish(): Promise<void>;
  stream?: WriteStream;
}

/** Streams records to every output file in corpus order, keeping only briefs and report tallies: memory stays flat. */
export class OutputWriter {
  private readonly jsonl: WriteStream;
  private readonly json: WriteStream;
  private readonly sinks = new Map<string, Sink>();
  private readonly written: WrittenTable[] = [];
  private first = true;
  /** The first write error any stream reported (thrown at the next call). */
  private failure: OutputWriteError | null = null;
  private readonly aliasTable: AliasTable;
  /** Briefs of the records that name a victim: all that grouping incidents needs. */
  private readonly briefs: Brief[] = [];
  /** What report.html shows, collected record by record (written by run and merge at the end). */
  readonly report: ReportWriter;
  records = 0;
  mentions = 0;

  constructor(
    private readonly dir: string,
    private readonly o: WriterOptions,
  ) {
    this.aliasTable = new AliasTable(o.aliases);
    this.report = new ReportWriter(dir);
    this.jsonl = createWriteStream(join(dir, "records.jsonl"), { encoding: "utf8" });
    this.json = createWriteStream(join(dir, "records.json"), { encoding: "utf8" });
    this.json.write("[");
    this.watch(this.jsonl, "records.jsonl");
    this.watch(this.json, "records.json");
    this.watch(this.report.stream, "report.html");
    for (const t of DOC_TABLES) this.open(t, t === (RECORDS as unknown) ? o.metaColumns.map((c) => `meta_${c}`) : []);
    for (const st of this.streams()) st.cork();
  }

  /** Opens a table's file and notes it for datapackage.json. */
  private open(t: Table<never>, extra: string[] = []): Sink {
    const columns = [...t.columns, ...(provenanceColumns(this.o.provenance) as Column<never>[])];
    this.written.push({ table: t, columns, extra });
    const path = join(this.dir, `${t.name}.${this.o.format}`);
    const meta = (r: never) => this.o.metaColumns.map((c) => (r as DocRecord).meta[c] ?? "");
    const withMeta = extra.length ? meta : undefined;
    let sink: Sink;
    if (this.o.format === "parquet") {
      const pq = new ParquetTable<never>(path, columns, extra);
      // hyparquet-writer writes synchronously: a system error is thrown at once.
      const named = <T>(f: () => T): T => {
        try {
          return f();
        } catch (e) {
          throw (e as NodeJS.ErrnoException).code ? new OutputWriteError(`${t.name}.parquet`, e as NodeJS.ErrnoException) : e;
        }
      };
      sink = { write: (rows) => named(() => pq.write(rows as never[], withMeta)), finish: async () => named(() => pq.finish()) };
    } else {
      const s = createWriteStream(path, { encoding: "utf8" });
      this.watch(s, `${t.name}.csv`);
      s.write((this.o.excel ? BOM : "") + csvHeader(columns, extra));
      // Rows are stringified in small batches: csv-stringify's per-call set-up cost more than the rows.
      let batch: unknown[] = [];
      const flush = () => {
        const chunk = csvRows(columns, batch as never[], withMeta);
        batch = [];
        if (chunk) s.write(chunk);
      };
      sink = {
        stream: s,
        write: (rows) => {
          for (const r of rows) batch.push(r);
          if (batch.length >= CSV_BATCH) flush();
        },
        finish: async () => {
          flush();
          s.end();
          await once(s, "close");
        },
      };
    }
    this.sinks.set(t.name, sink);
    return sink;
  }

  /** Keeps the first error of a stream; without a listener it would end the process. */
  private watch(s: WriteStream, file: string): void {
    s.on("error", (e: NodeJS.ErrnoException) => {
      this.failure ??= new OutputWriteError(file, e);
    });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  /** Awaits a drain or close, then throws the kept error (it names the file): a stream can fail yet close. */
  private async guard<T>(p: Promise<T>): Promise<T> {
    try {
      return await p;
    } finally {
      this.check();
    }
  }

  /** Writes one record everywhere; resolves when the streams can take more (back-pressure). */
  async write(r: DocRecord, line?: string): Promise<void> {
    this.check();
    // An incremental run passes the line the previous run wrote for this very record.
    const json = line ?? JSON.stringify(r);
    this.jsonl.write(json + "\n");
    this.json.write((this.first ? "\n" : ",\n") + json);
    this.first = false;
    for (const t of DOC_TABLES) {
      const rows = t.rowsOf(r as never);
      if (t === (MENTIONS as unknown)) this.mentions += rows.length;
      this.sinks.get(t.name)!.write(rows);
    }
    // Documents without a victim form no incident: only the others are kept.
    const brief = briefOf(r, this.aliasTable);
    if (brief.keys.length) this.briefs.push(brief);
    this.report.data.add(r);
    this.records++;
    // Corked: one writev per file, as a write per record and file cost more than the bytes.
    const streams = this.streams();
    if (!streams.some((st) => st.writableLength >= FLUSH_AT)) return;
    for (const st of streams) st.uncork();
    for (const st of streams) if (st.writableNeedDrain) await this.guard(once(st, "drain"));
    for (const st of streams) st.cork();
  }

  /** Every file written record by record (the CSV tables, not Parquet). */
  private streams(): WriteStream[] {
    const out = [this.jsonl, this.json, this.report.stream];
    for (const k of this.sinks.values()) if (k.stream) out.push(k.stream);
    return out;
  }

  /** Closes the streamed tables, then groups incidents and writes the final ones; manifest.json comes after. */
  async finish(manifest: Manifest): Promise<void> {
    this.check();
    this.json.write(this.first ? "]\n" : "\n]\n");
    await this.guard(Promise.all([this.jsonl, this.json].map(async (s) => (s.end(), once(s, "close")))));
    for (const s of this.sinks.values()) await this.guard(s.finish());

    const groups = groupIncidents(this.briefs);
    const incidents = groups.map((g) => incidentRow(g, this.aliasTable));
    const members = groups.flatMap((g, i) => g.map((b) => ({ incident_id: incidents[i].incident_id, doc_id: b.doc_id })));

    const finals: Array<[Table<never>, unknown[]]> = [
      [INCIDENTS as unknown as Table<never>, incidents],
      [INCIDENT_DOCUMENTS as unknown as Table<never>, members],
      [PROBLEMS as unknown as Table<never>, manifest.problems],
      [CODES as unknown as Table<never>, codeRows()],
    ];
    for (const [t, rows] of finals) {
      const sink = this.open(t);
      sink.write(rows);
      await this.guard(sink.finish());
    }
    const pkg = dataPackage(this.written, { version: this.o.provenance.tool_version, run_id: this.o.provenance.run_id, format: this.o.format, excel: this.o.excel });
    await writeText(join(this.dir, "datapackage.json"), JSON.stringify(pkg, null, 2) + "\n");
  }

  /** Closes every stream without finishing the files (the folder is then thrown away). */
  abort(): void {
    this.jsonl.destroy();
    this.json.destroy();
    for (const s of this.sinks.values()) s.stream?.destroy();
    this.report.abort();
  }
}

async function writeText(path: string, text: string): Promise<void> {
  const s = createWriteStream(path, { encoding: "utf8" });
  s.end(text);
  await once(s, "close");
}
