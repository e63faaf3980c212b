import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ReportData } from "../src/report/aggregate.js";
import { renderReport } from "../src/report/html.js";
import { ReportWriter } from "../src/report/write.js";
import type { DocRecord } from "../src/types.js";
import { launch } from "./browser.js";
import { SHARED, runCli } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "leakset-report-"));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Opens a page and records console errors and every request that is not the page itself. */
async function open(file: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => r.url() !== url && requests.push(r.url()));
  await page.goto(url);
  return { page, errors, requests };
}

describe("report.html over the dev corpora", () => {
  const out = join(tmp, "out");
  beforeAll(async () => {
    const corpus = join(tmp, "corpus");
    for (const c of ["en", "ja"]) cpSync(join(SHARED, "dev", c), join(corpus, c), { recursive: true });
    const r = await runCli(["--corpus", corpus, "--out", out, "--quiet"]);
    expect(r.code).toBe(0);
  });

  test("renders every chart with no console error and no network request", async () => {
    const { page, errors, requests } = await open(join(out, "report.html"));
    const charts = await page.locator("svg.chart").count();
    expect(charts).toBe(4);
    for (let i = 0; i < charts; i++) expect(await page.locator("svg.chart").nth(i).locator("rect").count()).toBeGreaterThan(0);
    expect(await page.locator("#records tbody tr").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(tmp, "report.png"), fullPage: true });
    await page.close();
  });

  test("the search narrows the table and a row shows its values", async () => {
    const { page, errors } = await open(join(out, "report.html"));
    const all = await page.locator("#records tbody tr").count();
    await page.fill("#search", "zzzz-no-such-thing");
    expect(await page.locator("#records tbody tr").count()).toBe(0);
    await page.fill("#search", "");
    expect(await page.locator("#records tbody tr").count()).toBe(all);
    await page.locator("#records tbody tr.rec").first().click();
    expect(await page.locator("#records tr.detail").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A synthetic record with one value of each kind (texts include characters the page must escape). */
const record = (i: number): DocRecord => ({
  doc_id: `doc-${i}`, source: `doc-${i}.txt`, lang: i % 3 ? "en" : "ja", title: `Breach </script> number ${i}\u2028`, published: "2024-05-01",
  encoding: "UTF-8", meta: {}, organizations: [], victims: [{ name: `Company ${i}`, text: `Company ${i}`, start: 0, end: 9 }],
  dates: [{ text: "May 1, 2024", iso: `20${10 + (i % 15)}-05-01`, role: "disclosure", year_source: "text", start: 10, end: 21, rule: "t" }],
  counts: [{ text: `${i * 37} users`, value: i * 37 + 1, qualifier: "exact", unit: "users", role: "affected", start: 22, end: 30, rule: "t" }],
  money: [], data_types: [{ type: i % 2 ? "email_address" : "password", text: "emails", status: "leaked", start: 31, end: 37, rule: "t" }],
});

describe("the streamed report", () => {
  test.each([0, 1, 3])("with %i records, the same bytes as the page rendered in memory", async (n) => {
    const dir = join(tmp, `streamed-${n}`);
    mkdirSync(dir, { recursive: true });
    const meta = { version: "test", corpusHref: "../corpus", problems: 1 };
    const streamed = new ReportWriter(dir);
    const kept = new ReportData();
    for (let i = 0; i < n; i++) {
      streamed.data.add(record(i));
      kept.add(record(i));
    }
    await streamed.write(meta);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toBe(renderReport(kept, meta));
    // The side file is gone: the output folder holds only the page.
    expect(readdirSync(dir)).toEqual(["report.html"]);
  });
});

describe("report.html with 10,000 records", () => {
  test("builds only one page of rows and searches the whole set", async () => {
    const data = new ReportData();
    for (let i = 0; i < 10000; i++) {
      const rec: DocRecord = {
        doc_id: `doc-${i}`, source: `doc-${i}.txt`, lang: i % 3 ? "en" : "ja", title: `Breach number ${i}`, published: "2024-05-01",
        encoding: "UTF-8", meta: {}, organizations: [], victims: [{ name: `Company ${i}`, text: `Company ${i}`, start: 0, end: 9 }],
        dates: [{ text: "May 1, 2024", iso: `20${10 + (i % 15)}-05-01`, role: "disclosure", year_source: "text", start: 10, end: 21, rule: "t" }],
        counts: [{ text: `${i * 37} users`, value: i * 37 + 1, qualifier: "exact", unit: "users", role: "affected", start: 22, end: 30, rule: "t" }],
        money: [], data_types: [{ type: i % 2 ? "email_address" : "password", text: "emails", status: "leaked", start: 31, end: 37, rule: "t" }],
      };
      data.add(rec);
    }
    const dir = join(tmp, "big");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "report.html"), renderReport(data, { version: "test", corpusHref: null, problems: 0 }));
    const { page, errors, requests } = await open(join(dir, "report.html"));
    expect(await page.locator("#records tbody tr").count()).toBe(50);
    expect(await page.locator("#pager").innerText()).toContain("10000 records");
    await page.fill("#search", "company 9999");
    expect(await page.locator("#records tbody tr").count()).toBe(1);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
    // Nothing that could load from a network: no external src/href, stylesheet link or CSS import.
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(/(src|href)\s*=\s*["']?(https?:)?\/\/|<link\b|@import/i.test(html)).toBe(false);
  });
});
