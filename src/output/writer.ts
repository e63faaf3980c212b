import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import type { DocRecord } from "../types.js";
import { csvHeader, csvRows } from "./csv.js";
import type { Manifest } from "./manifest.js";
import { MENTION_COLUMNS, PROBLEM_COLUMNS, RECORD_COLUMNS, mentionsOf } from "./schema.js";

const BOM = "\ufeff";

/** Names of the files a run writes, in the order the README documents them. */
export const OUTPUT_FILES = ["records.jsonl", "records.json", "records.csv", "mentions.csv", "problems.csv", "manifest.json"] as const;

/**
 * Streams records to every output file as they arrive, in corpus order, so that memory stays flat
 * however large the corpus. All files go to one folder (the run's temporary folder).
 */
export class OutputWriter {
  private readonly streams = new Map<string, WriteStream>();
  private first = true;
  records = 0;
  mentions = 0;

  constructor(
    private readonly dir: string,
    private readonly excel: boolean,
    /** Metadata column names appended to records.csv, in metadata.csv order. */
    private readonly metaColumns: string[],
  ) {
    const bom = excel ? BOM : "";
    this.open("records.jsonl", "");
    this.open("records.json", "[");
    this.open("records.csv", bom + csvHeader(RECORD_COLUMNS, metaColumns.map((c) => `meta_${c}`)));
    this.open("mentions.csv", bom + csvHeader(MENTION_COLUMNS));
  }

  private open(name: string, head: string) {
    const s = createWriteStream(join(this.dir, name), { encoding: "utf8" });
    if (head) s.write(head);
    this.streams.set(name, s);
  }

  /** Writes one record everywhere; resolves when the streams can take more (back-pressure). */
  async write(r: DocRecord): Promise<void> {
    const json = JSON.stringify(r);
    this.put("records.jsonl", json + "\n");
    this.put("records.json", (this.first ? "\n" : ",\n") + json);
    this.first = false;
    this.put("records.csv", csvRows(RECORD_COLUMNS, [r], (x) => this.metaColumns.map((c) => x.meta[c] ?? "")));
    const rows = mentionsOf(r);
    this.put("mentions.csv", csvRows(MENTION_COLUMNS, rows));
    this.records++;
    this.mentions += rows.length;
    for (const s of this.streams.values()) if (s.writableNeedDrain) await once(s, "drain");
  }

  private put(name: string, chunk: string) {
    if (chunk) this.streams.get(name)!.write(chunk);
  }

  /** Closes the streams and writes problems.csv and manifest.json (whose problems are already sorted). */
  async finish(manifest: Manifest): Promise<void> {
    this.put("records.json", this.first ? "]\n" : "\n]\n");
    const bom = this.excel ? BOM : "";
    this.open("problems.csv", bom + csvHeader(PROBLEM_COLUMNS) + csvRows(PROBLEM_COLUMNS, manifest.problems));
    this.open("manifest.json", JSON.stringify(manifest, null, 2) + "\n");
    await Promise.all(
      [...this.streams.values()].map(async (s) => {
        s.end();
        await once(s, "close");
      }),
    );
  }

  /** Closes every stream without finishing the files (the folder is then thrown away). */
  abort(): void {
    for (const s of this.streams.values()) s.destroy();
  }
}
