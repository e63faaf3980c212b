/**
 * Writes docs/report.png, the README's picture of report.html: runs the extraction over the dev
 * corpora into a temporary folder and photographs the report in headless Chromium.
 *
 *   npm run screenshot
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launch } from "../test/browser.js";

const ROOT = resolve(import.meta.dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "leakset-shot-"));
try {
  const corpus = join(tmp, "corpus");
  for (const c of ["en", "ja", "hibp"]) cpSync(join(ROOT, "..", "shared", "dev", c), join(corpus, c), { recursive: true });
  execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli.ts"), "--corpus", corpus, "--out", join(tmp, "out"), "--quiet"]);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1150, height: 1100 } });
  await page.goto(pathToFileURL(join(tmp, "out", "report.html")).href);
  mkdirSync(join(ROOT, "docs"), { recursive: true });
  await page.screenshot({ path: join(ROOT, "docs", "report.png") });
  await browser.close();
  console.log("docs/report.png written");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
