import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReportData } from "./aggregate.js";
import { renderReport, type ReportMeta } from "./html.js";

/** Writes `report.html` into an output folder from what the writer collected of each record. */
export async function writeReport(dir: string, data: ReportData, meta: ReportMeta): Promise<void> {
  await writeFile(join(dir, "report.html"), renderReport(data, meta));
}
