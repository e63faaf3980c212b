import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { DocRecord } from "../types.js";
import { ReportData } from "./aggregate.js";
import { renderReport, type ReportMeta } from "./html.js";

/**
 * Writes `report.html` into an output folder from its `records.jsonl`, read back as a stream
 * (the records were already streamed out; this keeps only the report's own rows and tallies).
 */
export async function writeReport(dir: string, meta: ReportMeta): Promise<void> {
  const data = new ReportData();
  const lines = createInterface({ input: createReadStream(join(dir, "records.jsonl"), { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) data.add(JSON.parse(line) as DocRecord);
  await writeFile(join(dir, "report.html"), renderReport(data, meta));
}
