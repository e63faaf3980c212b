import type { CountMention, Doc, Qualifier } from "../types.js";
import * as en from "../lexicon/en/counts.js";
import * as ja from "../lexicon/ja/counts.js";
import { JA_NUMBER_CHARS, parseEnNumber, parseJaNumber } from "../text/numbers.js";
import { alternation } from "../text/regex.js";
import { matchStory, type Unit } from "./unit.js";

const EN_Q = new Map(en.QUALIFIERS);
const EN_RE = new RegExp(
  String.raw`(?<![\w$£€¥.,])(?:(?<q>${alternation(en.QUALIFIERS.map(([w]) => w))})\s+)?` +
    String.raw`(?<num>\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)(?:\s*(?<scale>million|billion|thousand|trillion|mn|bn|m|k|b)\b)?` +
    String.raw`(?<rest>(?:\s+[\w'-]+){0,3})`,
  "gi",
);
const EN_UNIT = new RegExp(String.raw`^\s+(?:[\w'-]+\s+){0,2}?(?<unit>${alternation(en.AFFECTED_UNITS)})\b`, "i");

const JA_Q_PRE = new Map(ja.PREFIX_QUALIFIERS);
const JA_Q_POST = new Map(ja.SUFFIX_QUALIFIERS);
const JA_RE = new RegExp(
  `(?<q>${alternation(ja.PREFIX_QUALIFIERS.map(([w]) => w))})?(?<num>[${JA_NUMBER_CHARS}]+)` +
    `(?<unit>${alternation([...ja.AFFECTED_COUNTERS, ...ja.OTHER_COUNTERS])})(?<bun>分)?(?<post>${alternation(ja.SUFFIX_QUALIFIERS.map(([w]) => w))})?`,
  "g",
);

/** Finds counts: a number with an optional qualifier before and a counted noun or counter after. */
export const countCandidates: Unit = {
  id: "counts",
  run(doc, ex) {
    const counts = doc.lang === "ja" ? jaCounts(doc) : enCounts(doc);
    return { ...ex, counts };
  },
};

function enCounts(doc: Doc): CountMention[] {
  const out: CountMention[] = [];
  for (const { m, start } of matchStory(doc, EN_RE)) {
    const g = m.groups!;
    const value = parseEnNumber(`${g.num}${g.scale ? " " + g.scale : ""}`);
    if (value === null || value < 2) continue;
    // A four-digit number with no scale that looks like a year is a year.
    if (!g.scale && /^(19|20)\d\d$/.test(g.num)) continue;
    const u = EN_UNIT.exec(g.rest ?? "");
    const qualifier: Qualifier = g.q ? EN_Q.get(g.q.toLowerCase()) ?? "exact" : "exact";
    const headLen = m[0].length - (g.rest ?? "").length;
    const len = u ? headLen + u.index + u[0].length : headLen;
    out.push({
      start, end: start + len, text: doc.text.slice(start, start + len), value, qualifier,
      unit: u ? u.groups!.unit.toLowerCase() : null, role: u ? "affected" : "other", rule: "counts.en",
    });
  }
  return out;
}

function jaCounts(doc: Doc): CountMention[] {
  const out: CountMention[] = [];
  for (const { m, start, end } of matchStory(doc, JA_RE)) {
    const g = m.groups!;
    const value = parseJaNumber(g.num);
    if (value === null || value < 1) continue;
    const qualifier: Qualifier = (g.q && JA_Q_PRE.get(g.q)) || (g.post && JA_Q_POST.get(g.post)) || "exact";
    const affected = ja.AFFECTED_COUNTERS.includes(g.unit);
    out.push({ start, end, text: doc.text.slice(start, end), value, qualifier, unit: g.unit, role: affected ? "affected" : "other", rule: "counts.ja" });
  }
  return out;
}

