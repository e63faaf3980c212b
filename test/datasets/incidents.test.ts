import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, test } from "vitest";
import { AliasTable, nameKey, parseAliases } from "../../src/output/aliases.js";
import { bestCount, bestDate, compatible, gapDays, groupIncidents, type Brief } from "../../src/output/incidents.js";
import { daysBetween } from "../../src/output/derived.js";
import { buildManifest } from "../../src/output/manifest.js";
import { OutputWriter } from "../../src/output/writer.js";
import type { DateRole, DocRecord, Lang } from "../../src/types.js";
import { validatePackage } from "./validate.js";

const tmp = mkdtempSync(join(tmpdir(), "leakset-incidents-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("nameKey and the alias table", () => {
  const aliases = new AliasTable([["SCEI", "Sony"]]);
  test.each([
    ["Sony Corp.", "Sony", true],
    ["SEGA Corporation", "Sega", true],
    ["株式会社セガ", "Sega", true],
    ["セガ", "Sega", true],
    ["ソニー", "Sony", true],
    ["SCEI", "Sony", true],
    ["Ｓｅｇａ", "Sega", true],
    ["Sega Europe", "Sega", false],
    ["Sega Sammy Holdings", "Sega", false],
    ["Cosmo Oil", "Cosmo", false],
    ["ソニー", "Sega", false],
  ])("%j and %j are one victim: %s", (a, b, same) => {
    expect(aliases.key(a) === aliases.key(b)).toBe(same);
  });

  test.each([
    ["Sony Corp.", "sony"],
    ["セガ・インタラクティブ", "セガインタラクティブ"],
    ["Acme Co., Ltd.", "acme"],
    ["Costco", "costco"],
  ])("nameKey(%j) = %j", (name, key) => expect(nameKey(name)).toBe(key));

  test.each([
    ["alias,canonical\nSCEI,Sony\n", [["SCEI", "Sony"]], []],
    ["canonical,alias\nSony,SCEI\n", [["SCEI", "Sony"]], []],
    ["alias,canonical\nSCEI,\n", [], ["aliases.csv:2"]],
    ["name,other\nSCEI,Sony\n", [], ["aliases.csv:1"]],
  ])("parseAliases(%j)", (csv, pairs, problemFiles) => {
    const r = parseAliases(csv);
    expect(r.pairs).toEqual(pairs);
    expect(r.problems.map((p) => p.file)).toEqual(problemFiles);
  });
});

describe("dates and counts", () => {
  test.each([
    ["2011", "2011-06-15", 0],
    ["2011-06", "2011-06-30", 0],
    ["2011-06-15", "2011-06-17", 2],
    ["2011-06", "2011-08-01", 32],
    ["2011", "2019", 2558],
  ])("gapDays(%j, %j) = %i", (a, b, days) => {
    expect(gapDays(a, b)).toBe(days);
    expect(gapDays(b, a)).toBe(days);
  });

  test.each([
    [["2011-06", "2011-06-15", "2011-06-15", null], "2011-06-15"],
    [["2011-06-15", "2011-06-16"], "2011-06-15"],
    [["2011", "2012-01-05", "2012-01-05"], "2012-01-05"],
    [[null, null], null],
  ])("bestDate(%j) = %j", (values, want) => expect(bestDate(values)).toBe(want));

  test.each([
    [[1290000, 1290000, 1300000], 1290000],
    [[100, 200], 200],
    [[null], null],
  ])("bestCount(%j) = %j", (values, want) => expect(bestCount(values)).toBe(want));
});

/** A brief by hand: only what grouping reads. */
const brief = (doc_id: string, keys: string[], o: Partial<Brief> = {}): Brief => ({
  doc_id, lang: "en", published: null, names: keys, keys, incident: null, discovery: null, disclosure: null, affected: null, leaked: [], ...o,
});

describe("daysBetween: only between full days", () => {
  test.each([
    ["2011-06-15", "2011-06-17", 2],
    ["2024-02-28", "2024-03-01", 2],
    ["2011-06-17", "2011-06-15", -2],
    ["2011-06", "2011-06-17", null],
    ["2011", "2011-06-17", null],
    [null, "2011-06-17", null],
  ])("daysBetween(%j, %j) = %j", (a, b, want) => expect(daysBetween(a, b)).toBe(want));
});

describe("compatible", () => {
  test.each([
    ["same incident day", { incident: "2011-06-15" }, { incident: "2011-06" }, true],
    ["incident dates eight years apart", { incident: "2011-06-15" }, { incident: "2019-10-18" }, false],
    ["publication dates eight years apart", { published: "2011-06-18" }, { published: "2020-01-04" }, false],
    ["disclosure one month after the incident", { incident: "2011-06-15" }, { disclosure: "2011-07-20" }, true],
    ["counts 1.29 and 1.3 million", { affected: 1290000 }, { affected: 1300000 }, true],
    ["counts 1.29 million and 77 million", { affected: 1290000 }, { affected: 77000000 }, false],
    ["nothing known", {}, {}, true],
  ])("%s: %s", (_, a, b, want) => {
    expect(compatible(brief("a", ["x"], a), brief("b", ["x"], b))).toBe(want);
  });
});

describe("groupIncidents", () => {
  test("one vague document cannot chain two breaches, nor join one of two at random", () => {
    const groups = groupIncidents([
      brief("a", ["sega"], { incident: "2011-06-15" }),
      brief("b", ["sega"], { incident: "2019-10-18" }),
      brief("c", ["sega"]),
      brief("d", ["sony"]),
      brief("e", ["sony"], { incident: "2011-04-19" }),
      brief("f", []),
    ]);
    expect(groups.map((g) => g.map((b) => b.doc_id))).toEqual([["a"], ["b"], ["c"], ["d", "e"]]);
  });
});

/** A record by hand, with only the fields grouping and the tables read. */
function record(doc_id: string, lang: Lang, victims: string[], o: { published?: string; dates?: Array<[DateRole, string]>; affected?: number } = {}): DocRecord {
  return {
    doc_id, source: `${doc_id}.txt`, lang, title: doc_id, published: o.published ?? null, encoding: "UTF-8", meta: {},
    organizations: victims.map((name, i) => ({ name, text: name, role: "victim", start: i * 10, end: i * 10 + name.length, rule: "test" })),
    victims: victims.map((name, i) => ({ name, text: name, start: i * 10, end: i * 10 + name.length })),
    dates: (o.dates ?? []).map(([role, iso], i) => ({ text: iso, iso, role, year_source: "text", start: 100 + i * 20, end: 110 + i * 20, rule: "test" })),
    counts: o.affected ? [{ text: String(o.affected), value: o.affected, qualifier: "exact", unit: "users", role: "affected", start: 200, end: 210, rule: "test" }] : [],
    money: [],
    data_types: [{ type: "email_address", text: "email", status: "leaked", start: 300, end: 305, rule: "test" }],
  };
}

describe("incidents.csv from records", () => {
  const records = [
    record("en/sega-2011", "en", ["Sega"], { published: "2011-06-18", dates: [["incident", "2011-06-15"], ["discovery", "2011-06-16"], ["disclosure", "2011-06-17"]], affected: 1290000 }),
    record("en/sega-2019", "en", ["Sega"], { published: "2020-01-04", dates: [["incident", "2019-10-18"]], affected: 250000 }),
    record("en/sony", "en", ["Sony", "PlayStation Network"], { published: "2011-04-27", dates: [["incident", "2011-04-19"]], affected: 77000000 }),
    record("en/weather", "en", []),
    record("ja/scei", "ja", ["SCEI"], { published: "2011-04-28", dates: [["incident", "2011-04"]], affected: 77000000 }),
    record("ja/sega-2011", "ja", ["セガ"], { published: "2011-06-17", dates: [["incident", "2011-06-15"]], affected: 1300000 }),
    record("ja/sega-tokyo", "ja", ["セガ"], { published: "2011-06-20", dates: [["disclosure", "2011-06"]] }),
  ];
  const out = join(tmp, "out");

  test("groups the same breach across languages and keeps different breaches apart", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(out);
    const w = new OutputWriter(out, { excel: false, format: "csv", metaColumns: [], provenance: { tool_version: "0.0.0", run_id: "0123456789abcdef" }, aliases: [["SCEI", "Sony"]] });
    for (const r of records) await w.write(r);
    const options = { lang: "auto", excel: false, max_bytes: 1, doc_timeout_s: 1, format: "csv" as const };
    await w.finish(buildManifest(options, { records: 7, mentions: w.mentions, en: 4, ja: 3 }, [], [], { run_id: "0123456789abcdef", aliases: [["SCEI", "Sony"]] }));

    const rows: Record<string, string>[] = parse(readFileSync(join(out, "incidents.csv"), "utf8"), { columns: true });
    expect(rows.map((r) => [r.victim, r.documents, r.langs])).toEqual([
      ["Sega", "en/sega-2011; ja/sega-2011; ja/sega-tokyo", "en; ja"],
      ["Sega", "en/sega-2019", "en"],
      ["Sony", "en/sony; ja/scei", "en; ja"],
    ]);
    expect(rows[0]).toMatchObject({ victim_names: "Sega; セガ", n_documents: "3", incident_date: "2011-06-15", affected: "1300000", affected_min: "1290000", affected_max: "1300000", first_published: "2011-06-17", last_published: "2011-06-20" });
    const members: Record<string, string>[] = parse(readFileSync(join(out, "incident_documents.csv"), "utf8"), { columns: true });
    expect(members.filter((m) => m.incident_id === rows[2].incident_id).map((m) => m.doc_id)).toEqual(["en/sony", "ja/scei"]);
    expect(members.map((m) => m.doc_id)).not.toContain("en/weather");
    expect(await validatePackage(out)).toEqual([]);
  });

  test("derived columns of records.csv", () => {
    const rows: Record<string, string>[] = parse(readFileSync(join(out, "records.csv"), "utf8"), { columns: true });
    expect(rows[0]).toMatchObject({ days_incident_to_discovery: "1", days_discovery_to_disclosure: "1", exposed_contact: "true", exposed_payment: "false", affected_max: "1290000" });
  });
});
