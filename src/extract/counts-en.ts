import type { CountMention, CountRole, Doc, Qualifier } from "../types.js";
import * as lex from "../lexicon/en/counts.js";
import { CURRENCY_WORDS } from "../lexicon/en/money.js";
import { EN_FRACTION, EN_SCALE, EN_WORD_NUMBER, parseEnNumber } from "../text/numbers.js";
import { alternation } from "../text/regex.js";
import { clauseAround, groupSpan, matchRuns, storyRuns, type Run } from "./runs.js";

/** English counts: a number that is no year, age, sum or label, its role from the counted noun a few words on (or "were impacted"); a range gives `at_least` and `at_most`. */

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,])|\d+(?:\.\d+)?`;
/** Word numbers need a scale or a noun after them; "a"/"an" only count before a scale. */
const WORDS = String.raw`\b(?:${EN_FRACTION}|${EN_WORD_NUMBER}|a|an)\b`;
const num = (n: string) => String.raw`(?<${n}>${DIGITS}|${WORDS})(?<${n}s>${EN_SCALE})?`;
const Q_ALT = alternation(lex.QUALIFIERS.map(([w]) => w));
const POST_ALT = alternation(lex.POST_QUALIFIERS.map(([w]) => w));
const QUALIFIER = new Map(lex.QUALIFIERS);
const POST = new Map(lex.POST_QUALIFIERS);

/** An opened range ("between 3 and 5 million"), or a number with optional qualifier and range; the lookbehind keeps a match from starting inside a number, word, code or sum. */
const COUNT_RE = new RegExp(
  String.raw`(?<![\w$£€¥₹₩.,\-/:#])(?:(?<rq>${alternation(lex.RANGE_OPENERS)})\s+${num("a")}\s*(?:and|to|-|–|—)\s*${num("b")}` +
    String.raw`|(?:(?<q>${Q_ALT})\s+)?${num("n")}(?:\s*(?:-|–|—|to)\s*${num("m")})?)` +
    String.raw`(?:\s*(?<post>${POST_ALT}))?(?![\w%]|[.,]\d|[-/:]\d)`,
  "gid",
);

const UNIT_KIND = new Map<string, "aff" | "weak" | "oth">([
  ...lex.OTHER_UNITS.map((w) => [w, "oth"] as const),
  ...lex.WEAK_UNITS.map((w) => [w, "weak"] as const),
  ...lex.AFFECTED_UNITS.map((w) => [w, "aff"] as const),
]);
/** A counted noun at a position (sticky); the longest entry wins. */
const UNIT_RE = new RegExp(String.raw`(?:${alternation([...UNIT_KIND.keys()])})(?![\w-])`, "iy");
const WORD_RE = /[A-Za-z][A-Za-z0-9_'’.&]*|,|\d/y;
const STOP = new Set(lex.STOP_WORDS);
const MODIFIERS = new Set(lex.MODIFIER_UNITS);
const DETERMINERS = new Set(["its", "their", "the", "our", "his", "her", "these", "those", "whom", "them"]);

const WORD_ALT = (ws: readonly string[]) => alternation(ws).replace(/ /g, String.raw`\s+`);
const CURRENCY_AFTER = new RegExp(String.raw`^\s*(?:${alternation(CURRENCY_WORDS.map(([w]) => w))})\b`, "i");
const CURRENCY_BEFORE = /(?:[$£€¥₹₩]|\b(?:usd|eur|gbp|jpy|aud|cad|chf|cny|inr|krw))\s*$/i;
const LABEL_BEFORE = new RegExp(String.raw`(?:^|[^\w.])(?:${WORD_ALT(lex.LABEL_BEFORE)}|(?:${WORD_ALT(lex.MONTHS)})\.?)\s*$`, "i");
const LABEL_AFTER = new RegExp(String.raw`^(?:\s*(?:${WORD_ALT(lex.LABEL_AFTER.filter((w) => !w.startsWith("-")))})\b|(?:${alternation(lex.LABEL_AFTER.filter((w) => w.startsWith("-")))})\b|\s*(?:percent|per\s+cent|%)|\s+(?:${WORD_ALT(lex.MONTHS.filter((w) => w !== "may"))})\b)`, "i");
// A size cue may govern a second figure across "and" ("has 74 stores ... and 1.1 million members").
const SIZE_BEFORE = new RegExp(String.raw`\b(?:${WORD_ALT(lex.SIZE_CUES)})\s+(?:(?:around|about|roughly|some|nearly|almost|approximately|more than|over)\s+)?(?:[\d,.]+\s+[^.;\d]{0,50}?\s+and\s+)?$|\b(?:${WORD_ALT(lex.SIZE_CUES)})\s*$`, "i");
/** An exposure participle later in the same clause: "had 71k email addresses and hashes exposed". */
const EXPOSED_AFTER = new RegExp(String.raw`^[^.;,]{0,80}?\b(?:${alternation(lex.EXPOSURE_PARTICIPLES)})\b`, "i");
const SIZE_NOUNS = new Set(lex.SIZE_NOUNS);
const WORKFORCE = new Set(lex.WORKFORCE_NOUNS);
const WITH_BEFORE = /\bwith\s+(?:(?:around|about|roughly|some|nearly|almost|approximately|more than|over|fewer than|less than)\s+)?$/i;
/** A verb of exposure shortly before: "stole the data of its 4 million customers". */
const EXPOSED_BEFORE = new RegExp(String.raw`\b(?:${alternation([...lex.EXPOSURE_PARTICIPLES, "stole", "steal", "exposing", "affecting", "impacting", "leaking"])})\b[^.;,]{0,40}$`, "i");
const POSSESSOR_BEFORE = /(?:['’]s|\bits|\btheir)\s+(?:(?:roughly|about|some|nearly|almost|approximately|more than|over)\s+)?$/i;
const AFFECT_WORDS = /\b(?:affected|impacted|notified|involved|at risk|whose)\b/i;
const AFFECTED_AFTER = new RegExp(String.raw`^\s*(?:${WORD_ALT(lex.AFFECTED_AFTER)})\b`, "i");
/** A partitive after a bare figure ("4,100 of them", not "1,400 of these gateways"): a part of a group the story already counted. */
const PARTITIVE = /^\s*of\s+(?:them|those|these)\b(?!\s+(?!(?:was|is|has|does)\b)[a-z]+s\b)/i;
const AFF_ALT = WORD_ALT(lex.AFFECTED_UNITS);
const QUAL = String.raw`(?:(?:about|around|roughly|nearly|some|more than|over|almost|approximately|up to)\s+)?`;
/** A bare figure a filing or notice gives as the total ("put the total at 1,104,377", "estimated the number of customers at \"roughly 22,000\"", "narrowed that figure to 3.4 million", "bringing the number affected to"). */
const PUT_TOTAL_BEFORE = new RegExp(String.raw`\b(?:(?:put|puts|putting|placed|places|brought|brings?|estimated|estimates|estimating)\s+the\s+(?:total|number|tally|count|figure)(?:\s+of\s+(?:[\w'-]+\s+){0,2}?(?:${AFF_ALT}|[a-z]+))?\s+at|(?:narrowed|revised|raised|lowered|cut|increased|reduced|updated|lifted)\s+(?:that|the|its|this)\s+(?:total|number|tally|count|figure|estimate)\s+to|(?:that|the|this|its)\s+(?:total|number|tally|count|figure|estimate)\s+(?:rose|grew|climbed|jumped|increased|fell|dropped|was revised|was raised|was lowered)\s+to|(?:true|final|revised|updated|actual|real|latest|corrected)\s+(?:total|number|tally|count|figure)\s+(?:was|is|at|of|stood at|stands at|to)|(?:number|total|tally|count)\s+(?:affected|impacted|exposed)\s+to)\s+["“]?${QUAL}$`, "i");
/** A bare figure that is part of a counted group: "Of the 13,870 accounts, some 2,150 had miles drained", "Of the cards involved, about 310", "3.4 million, of whom some 900,000", "emailing 88,000 members, including roughly 9,500 in Idaho". */
const PART_OF_BEFORE = new RegExp(String.raw`(?:\bOf\s+(?:the|those|these)\s+(?:[\d.,]+(?:\s+million)?\s+)?(?:[\w'-]+\s+){0,2}?(?:${AFF_ALT})(?:\s+[\w'-]+){0,2},|\bof\s+whom|\b[\d.,]+(?:\s+million)?\s+(?:[\w'-]+\s+){0,2}?(?:${AFF_ALT})\b[^.;]{0,60}?,?\s+including)\s+${QUAL}$`, "i");
/** "the total number of individuals affected is": a noun named before, the figure after a linking verb. */
const TOTAL_BEFORE = new RegExp(
  String.raw`(?:\b(?:${alternation(lex.TOTAL_NOUNS)})\s+of\s+(?:[\w'-]+\s+){0,3}?(?:${AFF_ALT})\b[^.;]{0,100}?|\b(?:${AFF_ALT})\s+(?:affected|impacted|exposed)\s*)` +
    String.raw`(?:\bis|\bwas|\bstands\s+at|\bstood\s+at|\breached|\brose\s+to|\bgrew\s+to|\bclimbed\s+to|\btotals?|\btotall?ed|\bat|\bto|:)\s*$`,
  "i",
);
const WEAK_OF = /^\s+of\s+(?:[\w'-]+\s+){0,2}?(?:data|information|records|details)\b/i;
const BREACH = new RegExp(String.raw`\b(?:${alternation(lex.BREACH_WORDS)})\b`, "i");
const YEAR = /^(?:19|20)\d\d$/;
/** A quotation mark (folded text has straight quotes). */
const QUOTE = /^["']$/;

/** Finds English counts in the story text of a document. */
export function enCounts(doc: Doc): CountMention[] {
  const out: CountMention[] = [];
  for (const { m, run, start } of matchRuns(storyRuns(doc), COUNT_RE)) {
    const g = m.groups!;
    const range = g.a !== undefined;
    const [n1, s1, n2, s2] = range ? [g.a, g.as, g.b, g.bs] : [g.n, g.ns, g.m, g.ms];
    // Cue regexes anchored at the end of a string still try every start: keep their input short.
    const rel = start - run.start;
    const near = run.text.slice(Math.max(0, rel - 40), rel);
    const after = run.text.slice(rel + m[0].length, rel + m[0].length + 40);
    if (isNotCount(near, after, n1, s1, n2, s2)) continue;
    const hi = n2 !== undefined ? parseEnNumber(`${n2}${s2 ? " " + s2.trim() : ""}`) : null;
    let lo = parseEnNumber(`${n1}${s1 ? " " + s1.trim() : s2 ? " " + s2.trim() : ""}`);
    // "3 to 5 million" shares the scale; "500,000 to 1 million" does not.
    if (!s1 && s2 && lo !== null && hi !== null && lo > hi) lo = parseEnNumber(n1);
    if (lo === null || (n2 !== undefined && hi === null)) continue;
    // Below two nothing is a breach figure ("one of the users"); drop it before the costly steps.
    if (Math.max(lo, hi ?? 0) < 2) continue;
    const endOfNumbers = start + m[0].length;
    // A quote may close right after the figure ('"12,000" were affected'): the noun after it counts, the span stays inside.
    const quoted = QUOTE.test(run.text[endOfNumbers - run.start] ?? "");
    const from = quoted ? endOfNumbers + 1 : endOfNumbers;
    const noun = findNoun(run, from, Math.max(lo, hi ?? 0) < 100);
    const words = !/\d/.test(n1);
    if (words && !s1 && !s2 && !noun) continue;
    const role = roleOf(run, start, from, noun, near);
    if (role === null) continue;
    const end = noun && !quoted ? noun.end : endOfNumbers;
    const post = g.post ? POST.get(g.post.toLowerCase()) ?? POST.get(" " + g.post.toLowerCase()) ?? null : null;
    const q: Qualifier = post ?? (g.q ? QUALIFIER.get(g.q.toLowerCase().replace(/\s+/g, " ")) ?? "exact" : "exact");
    const unit = noun ? noun.unit : null;
    if (hi === null) {
      out.push(mention(doc, start, end, lo, q, unit, role));
      continue;
    }
    const p2 = groupSpan(m, run, range ? "b" : "m")!;
    const lowEnd = groupSpan(m, run, range ? "as" : "ns")?.end ?? groupSpan(m, run, range ? "a" : "n")!.end;
    if (lo >= 2) out.push(mention(doc, start, lowEnd, lo, "at_least", unit, role));
    if (hi >= 2) out.push(mention(doc, p2.start, end, hi, "at_most", unit, role));
  }
  return revisedFrom(doc, out);
}

/** A bare figure an affected count was revised from ("4.1 million customers, up from 3.6 million") counted the same people, at an earlier stage: in the same sentence, the cue right before it, it takes the count's role and unit. */
function revisedFrom(doc: Doc, counts: CountMention[]): CountMention[] {
  return counts.map((c, i) => {
    const prev = counts[i - 1];
    if (c.role !== "other" || c.unit !== null || !prev || prev.role !== "affected") return c;
    const between = doc.text.slice(prev.end, c.start);
    if (between.length > 60 || /[.!?;\n]/.test(between) || !lex.REVISED_FROM.test(between)) return c;
    return { ...c, role: "affected", unit: prev.unit };
  });
}

function mention(doc: Doc, start: number, end: number, value: number, qualifier: Qualifier, unit: string | null, role: CountRole): CountMention {
  return { start, end, text: doc.text.slice(start, end), value, qualifier, unit, role, rule: "counts.en" };
}

/** Years, days, ages, percentages, money and labels ("Windows 10") are numbers but not counts. */
function isNotCount(before: string, after: string, n1: string, s1?: string, n2?: string, s2?: string): boolean {
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return true;
  if (LABEL_BEFORE.test(before) || LABEL_AFTER.test(after)) return true;
  // A state code makes a postal code only before five digits ("ME 04101"); no count has a leading zero.
  if (/^0\d/.test(n1) || (n2 !== undefined && /^0\d/.test(n2))) return true;
  if (!s1 && !s2 && (lex.CONTACT_BEFORE.test(before) && (!/[A-Z]{2}\s$/.test(before) || /^\d{5}$/.test(n1)))) return true;
  if (!s1 && n2 === undefined && lex.CONTACT_AFTER.test(after)) return true;
  if (!s1 && YEAR.test(n1)) return true;
  if (n2 !== undefined && !s2 && YEAR.test(n2)) return true;
  return false;
}

interface Noun {
  unit: string;
  kind: "aff" | "weak" | "oth";
  end: number;
}

/** The counted noun after a number: up to six words on, past modifiers ("T-Mobile", "unique"), list commas only before a coordinator, and "of its"; stops at a verb, preposition, determiner, number or a line break before a capital (a heading's word). */
function findNoun(run: Run, from: number, small = false): Noun | null {
  const text = run.text;
  let pos = from - run.start;
  let comma = false;
  let coordAfterComma = false;
  let joined = false;
  for (let words = 0; words < 7; ) {
    const ws = /^\s{0,3}/.exec(text.slice(pos, pos + 4))![0].length;
    if (text.slice(pos, pos + ws).includes("\n") && /[A-Z]/.test(text[pos + ws] ?? "")) return null;
    pos += ws;
    if (ws === 0 && words > 0 && !joined && text[pos] !== "," && text[pos] !== "-" && !QUOTE.test(text[pos] ?? "")) return null;
    joined = false;
    const u = unitAt(text, pos);
    if (u && small && MODIFIERS.has(u.unit) && /^ (?!(?:and|or)\b)[a-z]/.test(text.slice(u.end, u.end + 5))) return null;
    if (u) {
      if (comma && !coordAfterComma) return null;
      // Only people, accounts, records and cards reach past modifiers; an other noun two words on is likely another clause.
      if (u.kind === "oth" && words >= 2) return null;
      return { unit: u.unit, kind: u.kind, end: run.start + u.end };
    }
    // A hyphen joins a compound modifier ("credit-card numbers"); quotes around one are no word.
    if ((text[pos] === "-" && words > 0) || QUOTE.test(text[pos] ?? "")) {
      pos++;
      joined = true;
      continue;
    }
    WORD_RE.lastIndex = pos;
    const w = WORD_RE.exec(text);
    if (!w || /^\d/.test(w[0])) return null;
    pos += w[0].length;
    if (w[0] === ",") {
      comma = true;
      continue;
    }
    const lw = w[0].toLowerCase();
    // "customers." ends the sentence; "U.S." does not.
    if (lw.endsWith(".") && !/\.\w/.test(lw)) return null;
    if (lw === "of") {
      const next = /^\s+([A-Za-z]+)/.exec(text.slice(pos, pos + 20));
      if (next && DETERMINERS.has(next[1].toLowerCase())) pos += next[0].length;
      words++;
      continue;
    }
    if (STOP.has(lw)) return null;
    if (comma && (lw === "or" || lw === "and")) coordAfterComma = true;
    words++;
  }
  return null;
}

/** The counted noun at `pos`, extended over following nouns ("customer email addresses"); the last is the head and gives the kind. */
function unitAt(text: string, pos: number): { unit: string; kind: Noun["kind"]; end: number } | null {
  UNIT_RE.lastIndex = pos;
  let u = UNIT_RE.exec(text);
  if (!u) return null;
  let from = pos;
  let end = pos + u[0].length;
  let head = u[0];
  for (;;) {
    const gap = /^[ -]/.test(text.slice(end, end + 1)) ? 1 : 0;
    if (!gap) break;
    UNIT_RE.lastIndex = end + gap;
    u = UNIT_RE.exec(text);
    if (!u) break;
    head = u[0];
    end = end + gap + u[0].length;
  }
  const kind = UNIT_KIND.get(head.toLowerCase().replace(/\s+/g, " ")) ?? "aff";
  return { unit: text.slice(from, end).toLowerCase().replace(/\s+/g, " "), kind, end };
}

/** The role of a count, or null: a people/records noun is affected unless a size cue precedes with no exposure after, or a possessor where the clause tells no breach ("the district's roughly 11,800 students are expected back"); a weak noun needs a leak in the clause; a bare number needs "number of ... is" or "were impacted". */
function roleOf(run: Run, start: number, numEnd: number, noun: Noun | null, near: string): CountRole | null {
  const rest = (from: number) => run.text.slice(from - run.start, from - run.start + 90);
  if (noun) {
    if (noun.kind === "oth") return "other";
    const after = rest(noun.end);
    if (noun.kind === "weak") {
      const clause = clauseAround(run, start, noun.end);
      return WEAK_OF.test(after) || BREACH.test(clause.before + " " + clause.after) ? "affected" : "other";
    }
    const head = noun.unit.split(/[ -]/).pop()!;
    if (head === "victims" && lex.TALLY_BEFORE.test(near)) return "other";
    // Machines' addresses ("two IP addresses") and anonymous sources count no victims.
    if (head === "addresses" && /\bIP\s+addresses$/i.test(run.text.slice(numEnd - run.start, noun.end - run.start))) return "other";
    if (lex.SOURCE_AFTER.test(after) || lex.RATE_AFTER.test(after) || lex.CLAIMANTS_AFTER.test(after) || lex.FAMILY_BEFORE.test(near) || lex.PROPORTION_BEFORE.test(near) || lex.OWNERS_OF_BEFORE.test(near)) return "other";
    const wide = run.text.slice(Math.max(0, start - run.start - 80), start - run.start);
    if (SIZE_NOUNS.has(head) && (SIZE_BEFORE.test(wide) || (WORKFORCE.has(head) && WITH_BEFORE.test(wide))) && !EXPOSED_AFTER.test(after) && !EXPOSED_BEFORE.test(near)) return "other";
    if (lex.DENOMINATOR_BEFORE.test(wide)) return "other";
    if (POSSESSOR_BEFORE.test(near) && !EXPOSED_AFTER.test(after)) {
      const clause = clauseAround(run, start, noun.end);
      if (!BREACH.test(clause.before + " " + clause.after) && !AFFECT_WORDS.test(clause.after)) return "other";
    }
    // A rule's threshold ("any breach affecting 500 or more people must be reported") counts no one.
    if (lex.THRESHOLD_BEFORE.test(near) && /\bor more\b|^(?:at least|more than|over|fewer than|less than)\b/i.test(run.text.slice(start - run.start, noun.end - run.start))) return "other";
    return "affected";
  }
  if (AFFECTED_AFTER.test(rest(numEnd))) return "affected";
  // In a clause about a leak a partitive counts part of those affected ("4,100 of them"); elsewhere it describes ("500 of them were nurses").
  if (PARTITIVE.test(rest(numEnd))) {
    const clause = clauseAround(run, start, numEnd);
    return BREACH.test(clause.before + " " + clause.after) ? "affected" : "other";
  }
  const wide = run.text.slice(Math.max(0, start - run.start - 160), start - run.start);
  if (TOTAL_BEFORE.test(clauseAround(run, start, numEnd, 160).before) || PUT_TOTAL_BEFORE.test(wide)) return "affected";
  if (PART_OF_BEFORE.test(wide) && BREACH.test(clauseAround(run, start, numEnd).after + " " + wide)) return "affected";
  return "other";
}
