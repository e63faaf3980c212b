import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { ReportData, type ReportRow } from "./aggregate.js";
import { reportHead, reportTail, scriptJson, type ReportMeta } from "./html.js";

/** Where the table rows wait, in the output's temporary folder, until the page is written. */
const ROWS = ".report-rows";

/** Collects report.html as records stream by: tallies in memory, table rows in a side file, so memory stays flat. */
export class ReportWriter {
  readonly data: ReportData;
  /** The side file of table rows (the output writer corks and flushes it with its own files). */
  readonly stream: WriteStream;
  private first = true;

  constructor(private readonly dir: string) {
    this.stream = createWriteStream(join(dir, ROWS), { encoding: "utf8" });
    this.data = new ReportData((row: ReportRow) => {
      this.stream.write((this.first ? "" : ",") + scriptJson(row));
      this.first = false;
    });
  }

  /** Writes report.html: the head, the rows from the side file, the tail; then removes the side file. */
  async write(meta: ReportMeta): Promise<void> {
    this.stream.end();
    await once(this.stream, "close");
    const page = createWriteStream(join(this.dir, "report.html"), { encoding: "utf8" });
    page.write(reportHead(this.data, meta));
    await pipeline(createReadStream(join(this.dir, ROWS)), page, { end: false });
    page.end(reportTail(meta));
    await once(page, "close");
    await rm(join(this.dir, ROWS));
  }

  /** Closes the side file without writing the page (the folder is then thrown away). */
  abort(): void {
    this.stream.destroy();
  }
}
