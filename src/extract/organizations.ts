import type { Doc, OrgMention, Token } from "../types.js";
import * as en from "../lexicon/en/orgs.js";
import * as ja from "../lexicon/ja/orgs.js";
import * as money from "../lexicon/en/money.js";
import { firstIndex } from "../text/bisect.js";
import { alternation, escapeRe } from "../text/regex.js";
import { matchStory, type Unit } from "./unit.js";

const EN_LEGAL_RE = new RegExp(String.raw`(?:,?\s+(?:${alternation(en.LEGAL_FORMS)}))+\.?$`);
const EN_ABBREVIATED_FORM_ALONE = new RegExp(String.raw`^(?:${alternation(en.LEGAL_FORMS.filter((f) => !/^[A-Z][a-z]{3,}$/.test(f)))})\.?$`);
const JA_LEGAL = alternation(ja.LEGAL_FORMS);
const JA_LEGAL_BEFORE = alternation([...ja.LEGAL_FORMS, ...ja.PREFIX_FORMS]);
const JA_PREFIX_FORM = new RegExp(`^(?:${alternation(ja.PREFIX_FORMS)})\\s*(?=\\S)`);
/** Every legal form wherever it stands; `alternation` puts the longest first, so 株式会社 goes before 会社. */
const JA_LEGAL_ANYWHERE = new RegExp(JA_LEGAL, "g");
const JA_NAME = "[\\p{Script=Katakana}\\p{Script=Han}A-Za-z0-9ー・&＆.\\-]";
/** Hiragana opening a name (さくら物流): taken only where it cannot be a particle, i.e. after a prefixed legal form or at a line start or punctuation, before kanji, katakana or Latin. */
const JA_KANA_HEAD = "\\p{Script=Hiragana}{1,8}(?=[\\p{Script=Han}\\p{Script=Katakana}A-Za-z])";
const JA_LEGAL_QUOTED = new RegExp(`(?:${JA_LEGAL_BEFORE})\\s*[「『]([^「」『』。、\\n]{2,30})[」』]`, "gu");
const JA_ORG_RE = new RegExp(
  // A prefixed legal form opening a line names what follows to the line's end or a space (株式会社エフエムうみねこ).
  `(?<=(?:^|\\n)[ \\t\u3000]*)(?:${JA_LEGAL_BEFORE})[ \\t\u3000]*[^\\s、。「」『』（）()【】]{2,20}(?=[ \\t\u3000]|\\n|$)|` +
  `(?:${JA_LEGAL_BEFORE})\\s*(?:(?![のはがをにでともやへ][^\\p{Script=Hiragana}])${JA_KANA_HEAD})?${JA_NAME}{1,30}|(?:(?<=^|[\\s、。「『（(・:：])${JA_KANA_HEAD})?${JA_NAME}{1,30}\\s*(?:${JA_LEGAL})`,
  "gu",
);

/** One word of an English name ("Sega", "eBay", "tesco.com", the Danish form "A/S"), never a currency's letters (S$, NZ$); bounded repetition and a word-start lookbehind keep a 3 MB line without spaces linear. */
const EN_WORD = String.raw`(?:A\/S(?![\p{L}\p{N}])|[\p{Lu}0-9][\p{L}\p{N}_'’&.\-]{0,40}(?![\p{L}\p{N}_'’&.\-]|\$)|\p{Ll}[\p{Ll}0-9]{0,20}\p{Lu}[\p{L}\p{N}_'’&.\-]{0,30}|[a-z][a-z0-9\-]{1,40}\.(?:com|net|org|info|biz|xyz|pro|[a-z]{2})(?:\.[a-z]{2})?)`;
const EN_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}_'’&.\-])${EN_WORD}(?:(?:[ \t]+(?:of|for|de|du|von|van|der|la|le|&)[ \t]+|[ \t]+)${EN_WORD}){0,7}`, "gu");
/** A name after a descriptor noun may hold "and", "of" or "on the" ("retailer Oz Hair and Beauty"); a capitalised one after a capitalised word is part of a name ("Bellweather Community Credit Union"). */
const EN_APPOSITIVE = new RegExp(
  String.raw`(?<=\b(?:${en.DESCRIPTOR_NOUNS.map((w) => `${w}|(?<!\\p{Lu}[\\p{L}\\p{N}'’.&-]{0,40}[ \\t]+)${w[0].toUpperCase()}${w.slice(1)}`).join("|")})[ \t]+(?:(?:known as|called|named|dubbed)[ \t]+)?)` +
    String.raw`(?:The[ \t]+)?${EN_WORD}(?:[ \t]+(?:(?:and|of|on|for|&|de|du)[ \t]+(?:the[ \t]+)?)?${EN_WORD}){0,6}`,
  "gu",
);
/** A plural verb after "X & Y": two organisations, not one name ("A & B have confirmed"). */
const PLURAL_AFTER = /^\s+(?:have|are|were|both|each)\b/;
/** A legal form that may follow a name after a comma ("Alder Point Mortgage Services, Inc."). */
const LEGAL_AFTER_COMMA = /^(?:Inc|Incorporated|Corp|Corporation|Co|Cos|Ltd|Limited|LLC|L\.L\.C|LLP|LP|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V|P\.C|PC|P\.A|PLLC)\.?$/;
/** A generic head alone ("Hospital fires worker", "Company confirms"): a common noun, no name. */
const GENERIC_HEADS = new Set([...en.DEFINITE_HEADS, ...en.DESCRIPTOR_NOUNS].filter((w) => !w.includes(" ")));
/** After a speaker's name: a role in brackets, then the colon of a transcript. */
const SPEAKER_AFTER = /^\s*(?:\([A-Z][A-Za-z ]{1,20}\))?:/;
/** After a figure: it is an amount ("1.5 mln euros", "20 million"), a share or a scale. */
const AMOUNT_AFTER = new RegExp(String.raw`^\s*(?:%|(?:mln|mn|million|bn|billion|thousand|crore|lakh|per ?cent|${[...new Set(money.CURRENCY_WORDS.map(([w]) => w.split(" ").pop()!))].join("|")})\b)`, "i");
/** A figure closing a run, with its currency's code: an amount, always with the code ("ASA NOK 20"), else when a scale or currency follows. */
const CODE_AMOUNT_TAIL = new RegExp(String.raw`\s+(?:${money.CURRENCY_CODES.join("|")})\s+\d[\d.,]*$`);
const FIGURE_TAIL = new RegExp(String.raw`(?:^|(?:\s+(?:${money.CURRENCY_CODES.join("|")}))?\s+)(?:[A-Z][a-z]{0,2})?\d[\d.,]*$`);
/** After a capitalised place opening a line: a dateline's date or agency ("AMSTERDAM, Oct 9 (Agency) -", "OSLO (Agency) -"). */
const DATELINE_AFTER = /^(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?\s+[-–—]{1,2}\s|^(?:,\s*[A-Z][A-Za-z.]*)?,?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\([A-Z][^()\n]{1,40}\)\s*[-–—])/;
const WIRE_DATELINE_AFTER = /^,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*\([A-Z][A-Za-z ]{1,20}\)/;
const CONTRACTION = /^(?:We|I|You|They|It|He|She|That|There|Here|What|Who|Let)['’](?:ve|re|ll|d|s|m)$/;
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)\s+of\s|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$/;
/** Abbreviations whose final full stop belongs to the name. */
const KEEP_DOT = /(?:^|\s)(?:Inc|Corp|Co|Cos|Ltd|Bros|Jr|Sr|St|[A-Z](?:\.[A-Z])+)\.$/;

/** Whether an English name ends in an institution's or a company's head, in any case ("Fenbridge NHS Foundation Trust", "BROOKFIELD PRIMARY SCHOOL"). */
export function institutionName(text: string): boolean {
  const titled = text.replace(/\b(\w)(\w*)/g, (_, a: string, b: string) => a + b.toLowerCase());
  return en.INSTITUTION_HEAD.test(titled) || en.COMPANY_HEAD.test(titled);
}

/** Normalises an organisation name: legal form dropped, possessive and spaces trimmed. */
export function normaliseOrgName(raw: string, lang: "en" | "ja"): string {
  let s = raw.trim().replace(/^[「『"]|[」』"]$/g, "");
  if (lang === "ja") {
    return s.replace(JA_LEGAL_ANYWHERE, "").replace(JA_PREFIX_FORM, "").trim();
  }
  // "Marlowe Ferries' app": a plural's possessive drops its apostrophe alone.
  s = s.replace(/['’]s$/, "").replace(/(?<=s)['’]$/, "");
  s = s.replace(EN_LEGAL_RE, "");
  return s.replace(/^the\s+/i, "").trim();
}

/** Finds organisation names: tokenizer hints plus the language's own name patterns. */
export const orgCandidates: Unit = {
  id: "organizations",
  run(doc, ex) {
    const found = doc.lang === "ja" ? jaOrgs(doc) : enOrgs(doc);
    return { ...ex, organizations: found };
  },
};

/** Words a title-case headline leaves in lower case. */
const TITLE_LOWER = new Set(["a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "from", "as", "vs", "via", "over", "into", "after", "amid", "is", "are", "be", "but", "nor", "per", "up", "off", "out"]);

/** English candidates: capitalised runs (noisy; the role refiner keeps recurring or role-bearing ones) plus compromise's organisations. */
function enOrgs(doc: Doc): OrgMention[] {
  const out: OrgMention[] = [];
  // compromise reads a given name into some companies ("Garnet Mobile"): a company's head word overrules it.
  const people = doc.entities.filter((e) => e.kind === "person" && !en.COMPANY_HEAD.test(e.text));
  const runs: Array<{ text: string; start: number; sentence: number }> = [];
  const titleCase = new Set<number>();
  doc.sentences.forEach((s, i) => {
    const words = s.text.match(/[A-Za-z][\w'’-]*/g) ?? [];
    // Title case leaves only short function words lower: "- 61,907 patients" ends a list line.
    const lower = words.filter((w) => /^[a-z]/.test(w));
    if (words.length >= 4 && words.length - lower.length >= 0.7 * words.length && lower.every((w) => TITLE_LOWER.has(w))) titleCase.add(i);
  });
  // compromise's persons, and their surnames named again alone ("Arkin says").
  const surnames = new Set(people.map((p) => p.text.split(/\s+/).pop()!).filter((w) => /^[A-Z]/.test(w)));
  for (const { m, end } of matchStory(doc, EN_RUN)) {
    if (/\s/.test(m[0]) && en.PERSON_AFTER.test(doc.folded.slice(end, end + 80))) {
      surnames.add(m[0].split(/\s+/).pop()!);
      surnames.add(m[0]);
    }
  }
  for (const { text: run, start, end, sentence } of joinedRuns(doc)) {
    // A headline in title case capitalises every word: its runs are no names; but a notice's first line that is one institution's whole name is its masthead.
    const line = doc.sentences[sentence];
    const masthead = sentence === 0 && start === line.start && end === line.end && institutionName(run);
    if (titleCase.has(sentence) && !masthead) continue;
    const amp = run.indexOf(" & ");
    const pieces = amp > 0 && PLURAL_AFTER.test(doc.folded.slice(end, end + 10)) ? [{ text: run.slice(0, amp), at: 0 }, { text: run.slice(amp + 3), at: amp + 3 }] : [{ text: run, at: 0 }];
    for (const p of pieces) for (const q of splitPossessive(p.text)) runs.push({ text: q.text, start: start + p.at + q.at, sentence });
  }
  for (const { text: raw, start, sentence } of runs) {
    let text = raw;
    if (text.endsWith(".") && !KEEP_DOT.test(text)) text = text.replace(/\.+$/, "");
    let s = start;
    // Drop lead words and place adjectives ("The Home Depot", "Seattle-based").
    for (let w = /^\S+/.exec(text); w && (en.LEAD_WORDS.has(w[0]) || en.PLACE_ADJECTIVE.test(w[0]) || (/^[\d.,]+$/.test(w[0]) && /\s/.test(text))); w = /^\S+/.exec(text)) {
      const rest = text.slice(w[0].length).trimStart();
      s += text.length - rest.length;
      text = rest;
    }
    const lead = en.PEOPLE_LEAD.exec(text);
    if (lead) {
      s += lead[0].length;
      text = text.slice(lead[0].length);
    }
    // "Data of 1.2m customers": a figure after "of" ends no name.
    text = text.replace(/\s+(?:of|for)\s+[\d.,]+(?:[kmb]n?)?$/i, "");
    if (AMOUNT_AFTER.test(doc.folded.slice(s + text.length, s + text.length + 20))) text = text.replace(FIGURE_TAIL, "");
    text = text.replace(CODE_AMOUNT_TAIL, "");
    if (!text) continue;
    // "attorney Jane Roe of Roe & Poe LLP": a person's affiliation after "of" is the only name.
    const person = people.find((p) => p.start === s && p.end < s + text.length);
    const of = person ? /^\s+(?:of|at|from|with)\s+(?=\S)/.exec(text.slice(person.end - s)) : null;
    if (person && of) {
      const cut = person.end - s + of[0].length;
      s += cut;
      text = text.slice(cut);
    }
    const e = s + text.length;
    // A speaker's label in a transcript ("MAYA OSEI (HOST):", "TOBIAS FAIRWEATHER:") names a person.
    if (/^[A-Z][A-Z.'’ -]+$/.test(text) && SPEAKER_AFTER.test(doc.folded.slice(e, e + 30)) && /(?:^|\n)[A-Z.'’ -]*$/.test(doc.folded.slice(Math.max(0, s - 40), s))) continue;
    // A dateline's place opening a line: in capitals, or any case before a date and a wire's name ("Nashik, Nov 21 (PTI)").
    const dateline = /^[A-Z][A-Z.'’ -]+$/.test(text) || WIRE_DATELINE_AFTER.test(doc.folded.slice(e, e + 60));
    if (dateline && DATELINE_AFTER.test(doc.folded.slice(e, e + 60)) && /(?:^|\n)[ \t]*$/.test(doc.folded.slice(Math.max(0, s - 10), s))) continue;
    if (datelineOutlet(doc, s, e)) continue;
    const sent = doc.sentences[sentence];
    const before = doc.folded.slice(Math.max(sent.start, s - 40), s);
    const named = en.NAMED_BEFORE.test(before);
    if (!named && (!/\p{L}/u.test(text) || /^[\d.,]+[a-z]{0,2}$/i.test(text))) continue;
    if (en.NOT_ORG.has(text) || en.DEMONYM.test(text) || en.LAW_NAME.test(text) || CONTRACTION.test(text) || ORDINAL_DAY.test(text) || CITY_OF_PLACE_BASED.test(doc.folded.slice(e, e + 40))) continue;
    if (/\s/.test(text) && en.JOB_TITLE_BEFORE.test(before) && !en.COMPANY_HEAD.test(text)) continue;
    // "the Company" may be a release's declared alias; a bare "Hospital" opening a headline is none.
    if (text === raw && GENERIC_HEADS.has(text.toLowerCase())) continue;
    // A lone capitalised plural or participle opening a sentence is a common word ("Investigators said").
    if (s === sent.start && /^[A-Z][a-z]+(?:s|ing|ed|ly)$/.test(text) && !en.NAME_AFTER.test(doc.folded.slice(e, e + 8))) continue;
    // So is one named nowhere else before its people or opening a headline ("Grocery shoppers saw …", "Distributor says …"): a firm's name comes back.
    if (s === sent.start && /^[A-Z][a-z]+$/.test(text) && /^\s+[a-z]/.test(doc.folded.slice(e, e + 3)) && (PEOPLE_NEXT.test(doc.folded.slice(e, e + 20)) || !/[.!?]["”’]?$/.test(sent.text)) && once(doc, text)) continue;
    // Only where the name runs past the person compromise reads ("Van Driel" of "Van Driel Logistiek").
    const business = en.BUSINESS_BEFORE.test(before) && !people.some((p) => p.start <= s && e <= p.end);
    if ((people.some((p) => p.start < e && s < p.end) && !en.COMPANY_HEAD.test(text) && !business) || (surnames.has(text) && !business) || en.TITLE_WORDS.test(text)) continue;
    const name = normaliseOrgName(text, "en");
    if (!name || en.NOT_ORG.has(name) || EN_ABBREVIATED_FORM_ALONE.test(name)) continue;
    out.push({ start: s, end: e, text: doc.text.slice(s, e), name, role: "other", rule: "orgs.en.name" });
  }
  const byRun = coverage(doc.text.length, out);
  const byHint = coverage(doc.text.length, doc.entities.filter((e) => e.kind === "org"));
  for (const hint of doc.entities) {
    if (hint.kind !== "org" || covered(byRun, hint)) continue;
    // "the Fla.-based school": drop the place adjective; the rest must still be a name.
    const lead = /^\S+\s+/.exec(hint.text);
    const e = lead && en.PLACE_ADJECTIVE.test(lead[0].trim()) ? { start: hint.start + lead[0].length, end: hint.end, text: hint.text.slice(lead[0].length) } : hint;
    if (en.PLACE_ADJECTIVE.test(e.text) || !/\p{Lu}/u.test(e.text) || e.text.split(/\s+/).every((w) => !/^\p{Lu}/u.test(w) || en.DEMONYM.test(w))) continue;
    const name = normaliseOrgName(e.text, "en");
    if (name && !en.NOT_ORG.has(name) && !en.LAW_NAME.test(name) && !EN_ABBREVIATED_FORM_ALONE.test(name) && !datelineOutlet(doc, e.start, e.end)) out.push({ start: e.start, end: e.end, text: e.text, name, role: "other", rule: "orgs.en.compromise" });
  }
  // A run that compromise also tags as an organisation is a sure name.
  for (const o of out) if (o.rule === "orgs.en.name" && covered(byHint, o)) o.rule = "orgs.en.name+compromise";
  return out.sort((a, b) => a.start - b.start);
}

const PEOPLE_NEXT = new RegExp(String.raw`^\s+(?:${en.OWN_PEOPLE_WORDS.join("|")})\b`);
function once(doc: Doc, word: string): boolean {
  return (doc.text.match(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "gu")) ?? []).length === 1;
}

const CITY_OF_PLACE_BASED = /^,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|headquartered)\b/;

interface Run {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** The outlet in a dateline's brackets ("CAPITOL CITY (KVTR) - …"): it files the story, it is not in it. */
function datelineOutlet(doc: Doc, start: number, end: number): boolean {
  return /^\)\s*[-–—]/.test(doc.folded.slice(end, end + 4)) && /(?:^|\n)[ \t]*[A-Z][A-Z.,'’ -]*\($/.test(doc.folded.slice(Math.max(0, start - 40), start));
}

/** Capitalised runs joined where the plain pattern cannot: "and" before an institution's head or a ministry's field, an institution's head before "of the" (Office of the Privacy Commissioner), ", LLC", a name after a descriptor; "A and B have" is two. */
function joinedRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  for (const { m, start, end, sentence } of matchStory(doc, EN_RUN)) {
    const last = runs[runs.length - 1];
    const gap = last?.sentence === sentence ? doc.folded.slice(last.end, start) : "";
    const portfolio = (gap === " and " || gap === ", ") && en.PORTFOLIO_HEAD.test(last.text) && m[0].split(/\s+/).every((w) => en.PORTFOLIO_WORDS.has(w));
    const ofThe = gap === " of the " && en.INSTITUTION_HEAD.test(last.text);
    if (portfolio || ofThe || (gap === " and " && en.INSTITUTION_HEAD.test(m[0]) && !en.INSTITUTION_HEAD.test(last.text) && !en.CLOSED_HEAD.test(last.text) && !PLURAL_AFTER.test(doc.folded.slice(end, end + 10))) || (gap === ", " && LEGAL_AFTER_COMMA.test(m[0]))) {
      runs[runs.length - 1] = { ...last, text: doc.folded.slice(last.start, end), end };
    } else runs.push({ text: m[0], start, end, sentence });
  }
  const apposed: Run[] = [];
  for (const { m, start, end, sentence } of matchStory(doc, EN_APPOSITIVE)) {
    if (!/\s(?:and|of|on|for|&|de|du)\s/.test(m[0])) continue;
    if (/\sand\s/.test(m[0]) && PLURAL_AFTER.test(doc.folded.slice(end, end + 10))) continue;
    apposed.push({ text: m[0], start, end, sentence });
  }
  if (!apposed.length) return runs;
  // Named again without its descriptor ("contact The Fly on the Wall"), the name is still whole.
  const known = [...new Set(apposed.map((a) => a.text.replace(/^The[ \t]+/, "")))];
  for (const r of runs) {
    const sentence = doc.sentences[r.sentence];
    const text = doc.folded.slice(sentence.start, sentence.end);
    for (const k of known) {
      for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + k.length)) {
        const start = sentence.start + i;
        const whole = !/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[i + k.length] ?? "");
        if (whole && start <= r.start && r.start < start + k.length && !apposed.some((a) => a.start < start + k.length && start < a.end)) apposed.push({ text: k, start, end: start + k.length, sentence: r.sentence });
      }
    }
  }
  const kept = runs.filter((r) => !apposed.some((a) => a.start < r.end && r.start < a.end));
  return [...kept, ...apposed].sort((a, b) => a.start - b.start);
}

/** A possessive ends a name ("GeekedIn's MongoDB" → two), except a common noun's ("Children's Hospital") or one before only a legal form or generic head ("Sainsbury's Bank"). */
export function splitPossessive(run: string): Array<{ text: string; at: number }> {
  const re = /['’]s(?=\s|$)/gu;
  for (let m = re.exec(run); m; m = re.exec(run)) {
    const word = /\S+$/.exec(run.slice(0, m.index))?.[0] ?? "";
    const rest = /^\s+(?=\S)/.exec(run.slice(m.index + 2));
    if (en.NAME_POSSESSIVES.has(word) && rest) continue;
    if (rest && run.slice(m.index + 2).trim().split(/\s+/).every((w) => en.POSSESSIVE_TAIL.has(w))) break;
    const head = { text: run.slice(0, m.index), at: 0 };
    if (!rest) return [head];
    const at = m.index + 2 + rest[0].length;
    return [head, ...splitPossessive(run.slice(at)).map((q) => ({ text: q.text, at: at + q.at }))];
  }
  return [{ text: run, at: 0 }];
}

/** Where a name before a suffixed legal form starts if hiragana precedes: the regex cannot tell a name's hiragana from a particle (保険代理店の|みなと保険), the tokens can. */
function hiraganaHead(doc: Doc, start: number): number {
  if (!/\p{Script=Hiragana}/u.test(doc.text[start - 1] ?? "")) return start;
  const ts = doc.tokens;
  let head = start;
  let i = firstIndex(ts, (t) => t.end < start);
  // A noun of hiragana and kanji may straddle the start (すずかけ|台 as one token): the name opens with it.
  const across = ts[i];
  if (across && across.start < start && across.end > start) {
    if (across.pos !== "名詞" || !/^[\p{Script=Hiragana}\p{Script=Han}]+$/u.test(across.text)) return start;
    head = across.start;
    i--;
  }
  for (; i >= 0 && ts[i]?.end === head; i--) {
    if (ts[i].pos !== "名詞" || !/^\p{Script=Hiragana}+$/u.test(ts[i].text)) break;
    head = ts[i].start;
  }
  return head;
}

/** Marks the UTF-16 units the spans cover (keeps overlap tests linear on long pages). */
function coverage(length: number, spans: Array<{ start: number; end: number }>): Uint8Array {
  const map = new Uint8Array(length + 1);
  for (const s of spans) map.fill(1, s.start, s.end);
  return map;
}

function covered(map: Uint8Array, s: { start: number; end: number }): boolean {
  for (let i = s.start; i < s.end; i++) if (map[i]) return true;
  return false;
}

const LATIN_OR_KANA = /^[A-Za-z0-9\p{Script=Katakana}ー・&.\-]+$/u;
/** Latin or katakana make a brand; ノ and ヶ between kanji are old particles of place names (湯ノ浦, 霞ヶ関). */
const HAS_NAME_CHAR = /[A-Za-z]|(?![ノヶケ])\p{Script=Katakana}/u;

/** Japanese candidates: names with a legal form (株式会社X), then kuromoji token runs that make a name (鳥取 + 県, NTT + 西日本). */
function jaOrgs(doc: Doc): OrgMention[] {
  const out: OrgMention[] = [];
  for (const { m, start: at, end } of matchStory(doc, JA_ORG_RE)) {
    const start = hiraganaHead(doc, at);
    const name = normaliseOrgName(doc.text.slice(start, end), "ja");
    // A headline's count before a spaced legal form (約二千件　公益財団法人が謝罪) is no name.
    if (name.length >= 2 && !ja.NOT_ORG.has(name) && !JA_COUNT_NAME.test(name)) out.push({ start, end, text: doc.text.slice(start, end), name, role: "other", rule: "orgs.ja.legal" });
  }
  // A legal form before a name in brackets (一般財団法人「南九州健康管理センター」): the name inside.
  for (const { m, start: at } of matchStory(doc, JA_LEGAL_QUOTED)) {
    const start = at + m[0].length - m[1].length - 1;
    const text = doc.text.slice(start, start + m[1].length);
    const name = normaliseOrgName(text, "ja");
    if (name.length >= 2 && !ja.NOT_ORG.has(name)) out.push({ start, end: start + text.length, text, name, role: "other", rule: "orgs.ja.legal" });
  }
  for (const { m, start } of matchStory(doc, JA_LATIN_LEGAL)) {
    const name = m[1].trim();
    if (name.length >= 2 && !ja.NOT_ORG.has(name)) out.push({ start, end: start + m[0].length, text: m[0], name, role: "other", rule: "orgs.ja.legal" });
  }
  const legal = coverage(doc.text.length, out);
  const placed = new Set<string>();
  for (const run of tokenRuns(doc.tokens)) {
    const text = doc.text.slice(run.start, run.end);
    if (covered(legal, run) || ja.PREFIX_FORMS.includes(text)) continue;
    if (run.rule === "orgs.ja.placed") placed.add(text);
    out.push({ start: run.start, end: run.end, text, name: normaliseOrgName(text, "ja"), role: "other", rule: run.rule });
  }
  // 「せせらぎ印刷」（本社・北浦市）: a quoted name with its seat is whole, whatever kuromoji made of it.
  for (const { m, start: at, end: close } of matchStory(doc, JA_QUOTED_PLACED)) {
    if (!seatAt(doc, close)) continue;
    const start = at + 1;
    const end = start + m[1].length;
    const name = normaliseOrgName(m[1], "ja");
    if (name.length < 2 || ja.NOT_ORG.has(name)) continue;
    if (claim(out, { start, end, text: m[1], name, role: "other", rule: "orgs.ja.placed" })) placed.add(m[1]);
  }
  for (const seat of seatedNames(doc)) if (claim(out, seat)) placed.add(seat.text);
  // kuromoji cuts some endings in two, so a trade's ending before one (台湾証券|取引|所) stopped the name short.
  for (const o of out) {
    const tail = ja.SPLIT_ENDINGS.find((w) => doc.folded.startsWith(w, o.end));
    if (tail) Object.assign(o, { end: o.end + tail.length, text: doc.text.slice(o.start, o.end + tail.length), name: normaliseOrgName(doc.text.slice(o.start, o.end + tail.length), "ja") });
  }
  for (const { m, start, end } of matchStory(doc, JA_KIND_APPOSED)) {
    const name = normaliseOrgName(m[0], "ja");
    if (name.length >= 2 && !ja.NOT_ORG.has(name) && !ja.GENERIC_WORDS.has(name)) claim(out, { start, end, text: m[0], name, role: "other", rule: "orgs.ja.placed" });
  }
  // Katakana joined by ・ before an honorific or title is a person (ジョン・カーター氏), whatever kuromoji tagged it.
  for (let k = out.length - 1; k >= 0; k--) if (/^[\p{Script=Katakana}ー]+(?:・[\p{Script=Katakana}ー]+)+$/u.test(out[k].text) && ja.PERSON_AFTER.test(doc.folded.slice(out[k].end, out[k].end + 12))) out.splice(k, 1);
  for (const { m, start, end } of matchStory(doc, JA_KATAKANA_NAME)) {
    if (ja.PERSON_AFTER.test(doc.folded.slice(end, end + 12)) || out.some((o) => o.start <= start && end <= o.end)) continue;
    claim(out, { start, end, text: m[0], name: normaliseOrgName(m[0], "ja"), role: "other", rule: "orgs.ja.katakana" });
  }
  for (const { m, start: at } of matchStory(doc, JA_KIND_QUOTED)) {
    const quotes = [...m[0].matchAll(/[「『]([^」』]+)[」』]/g)];
    for (const q of quotes) {
      const start = at + q.index + 1;
      const end = start + q[1].length;
      const name = normaliseOrgName(q[1], "ja");
      if (name.length < 2 || ja.NOT_ORG.has(name) || ja.GENERIC_WORDS.has(name)) continue;
      if (claim(out, { start, end, text: q[1], name, role: "other", rule: "orgs.ja.placed" })) placed.add(q[1]);
    }
  }
  for (const { m, start: at } of matchStory(doc, JA_QUOTED_LATIN)) {
    const start = at + 1;
    const end = start + m[1].length;
    if (out.some((o) => o.start >= start && o.end <= end)) claim(out, { start, end, text: m[1], name: m[1], role: "other", rule: "orgs.ja.kuromoji" });
  }
  // A name inside a short quote with kanji or katakana before it (「東ノ|浦ガス」) is the whole quote.
  for (const { m, start: at } of matchStory(doc, JA_QUOTED_NAME)) {
    const start = at + 1;
    const end = start + m[1].length;
    const inner = out.find((o) => o.start > start && o.end === end && o.rule !== "orgs.ja.legal" && o.start - start <= 4);
    if (inner && JA_HEAD_CHARS.test(m[1].slice(0, inner.start - start))) Object.assign(inner, { start, text: m[1], name: normaliseOrgName(m[1], "ja") });
  }
  // A public body's institution (青嶺県立中央病院, 港北市立図書館): whole, however kuromoji cut its unknown head.
  for (const { m, start } of matchStory(doc, JA_PUBLIC_INSTITUTION)) {
    if (ja.NOT_NAME_HEADS.test(m[1])) continue;
    claim(out, { start, end: start + m[0].length, text: m[0], name: normaliseOrgName(m[0], "ja"), role: "other", rule: "orgs.ja.suffix" });
  }
  // Firms listed with their count (暁星損害保険、千鳥海上火災保険の２社): each item ending in a trade is a name, whatever kuromoji made of it.
  for (const { m, start } of matchStory(doc, JA_LISTED_FIRMS)) {
    let at = start;
    for (const item of m[1].split("、")) {
      const trade = JA_TRADES.find((t) => item.endsWith(t));
      const head = trade ? item.slice(0, -trade.length) : "";
      const span = { start: at, end: at + item.length };
      at += item.length + 1;
      if (!head || ja.NOT_NAME_HEADS.test(head) || ja.GENERIC_WORDS.has(head)) continue;
      claim(out, { ...span, text: item, name: normaliseOrgName(item, "ja"), role: "other", rule: "orgs.ja.listed" });
    }
  }
  // A residents' or parents' association (あやめ野三丁目自治会): its head may open in hiragana, which the tokens tell from a particle.
  for (const { m, start: at } of matchStory(doc, JA_COMMUNITY_GROUP)) {
    if (ja.NOT_NAME_HEADS.test(m[1])) continue;
    const start = hiraganaHead(doc, at);
    const text = doc.text.slice(start, at + m[0].length);
    claim(out, { start, end: at + m[0].length, text, name: normaliseOrgName(text, "ja"), role: "other", rule: "orgs.ja.suffix" });
  }
  for (const { m, start } of matchStory(doc, JA_PARTICLE_PLACE)) {
    if (ja.NOT_NAME_HEADS.test(m[0])) continue;
    claim(out, { start, end: start + m[0].length, text: m[0], name: normaliseOrgName(m[0], "ja"), role: "other", rule: "orgs.ja.suffix" });
  }
  for (const { m, start: at } of matchStory(doc, JA_KANA_FACILITY)) {
    // Its only hiragana a closing の (グループの病院, 同社の医院): a noun's facility, no name.
    if (!/\p{Script=Hiragana}/u.test(m[1]) || /^[\p{Script=Han}\p{Script=Katakana}ー]+の$/u.test(m[1]) || ja.NOT_KANA_HEADS.test(m[1]) || ja.NOT_NAME_HEADS.test(m[1]) || ja.GENERIC_WORDS.has(m[1])) continue;
    const start = at + m[0].length - m[1].length - m[2].length;
    const text = doc.text.slice(start, at + m[0].length);
    claim(out, { start, end: at + m[0].length, text, name: normaliseOrgName(text, "ja"), role: "other", rule: "orgs.ja.suffix" });
  }
  for (const { m, start: at } of matchStory(doc, JA_KANA_FIRM)) {
    if (ja.NOT_KANA_HEADS.test(m[1]) || ja.NOT_NAME_HEADS.test(m[1]) || ja.GENERIC_WORDS.has(m[1]) || ja.LEGAL_FORMS.some((f) => m[0].includes(f))) continue;
    claim(out, { start: at, end: at + m[0].length, text: m[0], name: normaliseOrgName(m[0], "ja"), role: "other", rule: "orgs.ja.suffix" });
  }
  // A name known from its bracketed place or legal form is the same name standing alone later (明星アカデミーは, スカイレコードが); one without its form must end where its kanji end (not 青葉学院|大学).
  const formless = new Set(out.filter((o) => o.rule === "orgs.ja.legal" && o.name.length >= 3 && o.name !== o.text && !ja.NOT_ORG.has(o.name) && !placed.has(o.name)).map((o) => o.name));
  const found = coverage(doc.text.length, out);
  for (const text of [...placed, ...formless]) {
    const tail = formless.has(text) ? "\\p{Script=Han}\\p{Script=Katakana}ー" : "\\p{Script=Katakana}ー";
    for (const { start, end } of matchStory(doc, new RegExp(`(?<![\\p{Script=Han}\\p{Script=Katakana}ー])${escapeRe(text)}(?![${tail}])`, "gu"))) {
      if (!covered(found, { start, end })) {
        out.push({ start, end, text, name: normaliseOrgName(text, "ja"), role: "other", rule: "orgs.ja.placed" });
        continue;
      }
      // A piece of the name kuromoji made a word (みなも|トラベル) gives way to the whole.
      if (out.some((o) => o.start >= start && o.end <= end && o.end - o.start < end - start)) claim(out, { start, end, text, name: normaliseOrgName(text, "ja"), role: "other", rule: "orgs.ja.placed" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const KIND_BEFORE = new RegExp(`(?:${[...ja.KINDS_BEFORE_NAME, "代理店"].join("|")})$`);

/** Names with their seat in brackets (のぞみ茶園（本社・北沢町）, 北陵学院大学（東陽市）): the nouns before the bracket, after any kind word (KIND_BEFORE: 茶販売会社|のぞみ茶園); a bare place needs an organisation's ending or a brand; a quoted one (「X」（市）) is left to the quote rules. */
function seatedNames(doc: Doc): OrgMention[] {
  const out: OrgMention[] = [];
  for (const { start: at } of matchStory(doc, /[（(]/g)) {
    if (!seatAt(doc, at)) continue;
    const seat = ja.SEAT_BRACKET.test(doc.folded.slice(at, at + 40));
    // A name opening in hiragana that kuromoji reads as words (かがやき観光 → か|が|やき|観光) after a verb's relative clause, ending in a trade.
    const kana = JA_KANA_TRADE.exec(doc.folded.slice(Math.max(0, at - 16), at));
    if (kana) {
      out.push({ start: at - kana[1].length, end: at, text: doc.text.slice(at - kana[1].length, at), name: normaliseOrgName(kana[1], "ja"), role: "other", rule: "orgs.ja.placed" });
      continue;
    }
    const ts = doc.tokens;
    let i = firstIndex(ts, (t) => t.end <= at) - 1;
    if (i < 0 || ts[i].end !== at) continue;
    let k = i;
    while (k > 0 && ts[k - 1].end === ts[k].start && nameWord(ts[k - 1])) k--;
    if (!nameWord(ts[k])) continue;
    // The name starts after the last kind word that leaves two characters (茶販売会社 | のぞみ茶園).
    for (let c = i; c > k; c--) {
      if (KIND_BEFORE.test(doc.text.slice(ts[k].start, ts[c].start)) && at - ts[c].start >= 2) {
        k = c;
        break;
      }
    }
    const text = doc.text.slice(ts[k].start, at);
    const name = normaliseOrgName(text, "ja");
    const words = ts.slice(k, i + 1);
    if (/[「」『』]/.test(text)) continue;
    if (name.length < 2 || ja.NOT_ORG.has(name) || ja.GENERIC_WORDS.has(name) || ja.NOT_NAME_HEADS.test(name) || words.every((t) => t.pos2 === "人名" || t.pos2 === "地域")) continue;
    const ending = suffixOf(text) ?? JA_TRADES.find((x) => text.endsWith(x));
    if (!seat && !(ending && text.length > ending.length) && !HAS_NAME_CHAR.test(text)) continue;
    out.push({ start: ts[k].start, end: at, text, name, role: "other", rule: "orgs.ja.placed" });
  }
  return out;
}

/** A noun that may be part of a seated name: no number, pronoun or dependent noun. */
const nameWord = (t: Token) => (t.pos === "名詞" && t.pos1 !== "数" && t.pos1 !== "代名詞" && t.pos1 !== "非自立" && !/^[（(「『【）)」』】]$/.test(t.text)) || t.text === "・";

/** Puts a whole name where kuromoji left pieces of it: the pieces inside it go; refused (false, nothing changed) where it would overlap another name. */
function claim(out: OrgMention[], o: OrgMention): boolean {
  const inside = (x: OrgMention) => x.start >= o.start && x.end <= o.end;
  if (out.some((x) => x.start < o.end && o.start < x.end && !inside(x))) return false;
  for (let k = out.length - 1; k >= 0; k--) if (inside(out[k])) out.splice(k, 1);
  out.push(o);
  return true;
}

/** Katakana words joined by ・, as a subject, topic or possessor: the way Japanese copy writes a foreign firm's name (a person's has a title after it). */
const JA_KATAKANA_NAME = /(?<![\p{Script=Katakana}ー・A-Za-z])[\p{Script=Katakana}ー]{2,}(?:・[\p{Script=Katakana}ー]+){1,4}(?=[はがのも、]|[（(][^（）()]{1,15}[）)][はがの、])/gu;

/** A place name with ノ, ヶ or ケ between kanji, which kuromoji cuts (杉|ノ|原町, 山|ノ|辺|県), then its ending; an office or council may follow. */
const JA_PARTICLE_PLACE = /(?<![\p{Script=Han}\p{Script=Katakana}ー])\p{Script=Han}{1,3}[ノヶケ]\p{Script=Han}{1,3}?[県市町村](?=[^\p{Script=Han}]|役場|役所|庁|長|議会|教育委員会)/gu;

/** A name holding hiragana, which kuromoji cuts as words, after an address and の or where a line, bracket (or clause) opens, then its ending (本町のくすのき歯科医院): the head in group 1, the ending in group 2. */
const kanaName = (seat: string, open: string, kana: number, ends: readonly string[], after: string) =>
  new RegExp(
    String.raw`(?:(?<=[${seat}]の)|(?<=^|[${open}]))((?=[\p{Script=Han}\p{Script=Katakana}ー]{0,4}\p{Script=Hiragana}{${kana}})(?:(?!\p{Script=Han}の)[\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー]){2,8}?)(${ends.join("|")})(?=${after})`,
    "gmu",
  );

const JA_KANA_FACILITY = kanaName("都道府県市区町村目地", "\\n　「『（(、。", 1, ja.FACILITY_ENDS, "[（(はがのでにと、。「」\\s]|$");

/** A Latin name (words in capitals, a bracketed country) and its Latin legal form, which kuromoji cuts at every space. */
const JA_LATIN_LEGAL = new RegExp(
  String.raw`(?<![A-Za-z0-9.&-])([A-Z][A-Za-z0-9&.\-]*(?: (?:[A-Z][A-Za-z0-9&.\-]*|\([A-Z][A-Za-z ]{1,20}\))){0,5}?),? (?:${alternation(ja.LATIN_LEGAL_FORMS)})(?![A-Za-z])`,
  "gu",
);

/** A community group by its place (三丁目自治会, 北町ＰＴＡ). */
const JA_COMMUNITY_GROUP = new RegExp(String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー0-9０-９])([\p{Script=Han}\p{Script=Katakana}ー0-9０-９]{1,10}?)(?:${ja.COMMUNITY_GROUPS.join("|")})`, "gu");

/** Trades that end a firm's name, longest first (千鳥|海上火災保険). */
const JA_TRADES = [...ja.FIRM_TRADES].sort((a, b) => b.length - a.length);
const JA_KANA_TRADE = new RegExp(String.raw`(?:する|ける|めた|てる|営む|置く|構える)(\p{Script=Hiragana}{2,6}[\p{Script=Han}\p{Script=Katakana}ー]{0,4}(?:${JA_TRADES.join("|")}))$`, "u");
const JA_COUNT_NAME = /^(?:約|計|最大|延べ)?[0-9０-９〇一二三四五六七八九十百千万億,，.．]+(?:件|人|名|社|台|点)/;

/** A firm's name with two hiragana or more before its trade, not after a clause's comma (あおぞら銀行, 東邦みらい損害保険). */
const JA_KANA_FIRM = kanaName("都道府県市区町村", "\\n　「『（(", 2, JA_TRADES, "[（(はがのも、。」\\s]|$");
const JA_FIRM = String.raw`[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z]{1,8}?(?:${JA_TRADES.join("|")})`;
/** Two to six firms in a list closed by their count or 各社 (「A、B、Cの３社は」). */
const JA_LISTED_FIRMS = new RegExp(String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])(${JA_FIRM}(?:、${JA_FIRM}){1,5})(?=の?(?:[0-9０-９一二三四五六七八九十]+社|各社))`, "gu");

/** A prefecture's or town's institution: head, 県立/市立…, then the kind (病院, 高等学校, 図書館). */
const JA_PUBLIC_INSTITUTION = /(?<![\p{Script=Han}])(\p{Script=Han}{1,4}?)(?:都|道|府|県|市|区|町|村)立\p{Script=Han}{0,6}?(?:病院|医療センター|短期大学|大学|高等学校|高校|中等教育学校|中学校|小学校|特別支援学校|図書館|博物館|美術館)/gu;

/** A quoted name with its seat in brackets after it: 「X」（本社・北浦市）, 「X」（潮見市）. */
const JA_QUOTED_PLACED = /[「『]([^「」『』。、\s]{2,20})[」』](?=[（(])/gu;
/** A seat in brackets at `at` (（本社・北浦市）, （潮見市）), read with the lexicon's one pattern for it. */
const seatAt = (doc: Doc, at: number) => {
  const after = doc.folded.slice(at, at + 40);
  return ja.SEAT_BRACKET.test(after) || ja.PLACE_BRACKET.test(after);
};
/** A quoted name after the kind of body it is, hiragana and all, and any quote joined to it: 旅行会社「みなもトラベル」と「ひだまり旅行」. */
const JA_KIND_QUOTED = new RegExp(String.raw`(?:${ja.KINDS_BEFORE_NAME.join("|")})[「『][^「」『』。、\s]{2,20}[」』](?:(?:と|や|、|及び)[「『][^「」『』。、\s]{2,20}[」』])*`, "gu");
/** A name set after its kind and a comma, with a bracket or a dated topic after it (半導体メーカー、鴻晶半導体（新竹市）は; EC大手、星橙集団（シンチェン）の). */
const JA_KIND_APPOSED = new RegExp(String.raw`(?<=(?:${[...ja.KINDS_BEFORE_NAME, "大手", "業者"].join("|")})、)[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]{2,15}(?=[（(][^（）()\n]{1,12}[）)](?:は|が|の|、)|(?:は|が)[、\s]?[0-9０-９]{1,2}日)`, "gu");
/** A quote of two to five Latin words (「Rondoria Cloud」): one name, though kuromoji cuts it at each space. */
const JA_QUOTED_LATIN = /[「『]([A-Za-z0-9][\w&.\-]*(?: [A-Za-z0-9][\w&.\-]*){1,4})[」』]/gu;
/** A short quote of name characters (「東ノ浦ガス」). */
const JA_QUOTED_NAME = /[「『]([\p{Script=Han}\p{Script=Katakana}ーノ・A-Za-z0-9]{2,15})[」』]/gu;
/** What may stand before a name inside its quote: kanji, katakana and ノ, no particle. */
const JA_HEAD_CHARS = /^[\p{Script=Han}\p{Script=Katakana}ーノ]{1,4}$/u;

const SUFFIXES = [...ja.ORG_SUFFIXES].sort((a, b) => b.length - a.length);
const suffixOf = (s: string) => SUFFIXES.find((x) => s.endsWith(x));
const JA_PLACE_SUFFIX = /^\p{Script=Han}[都道府県市区町村]$/u;

/** A token that may be part of a name. */
function nameToken(t: Token): boolean {
  if (t.pos !== "名詞" && t.text !== "・" && t.text !== "&") return false;
  if (t.pos1 === "固有名詞") return true;
  if (t.pos1 === "数" || t.pos1 === "代名詞" || t.pos1 === "非自立") return false;
  return LATIN_OR_KANA.test(t.text) || suffixOf(t.text) === t.text || ja.NAME_INFIXES.has(t.text);
}

/** An opening bracket (a noun to kuromoji): a name may start after it, where after another noun it would end a compound. */
const OPENING = /^[（(「『【［\[〈《]$/u;

/** A suffix glued to a known body's name stays with it (京都大|学, as kuromoji cuts it). */
const bodySuffix = (prev: Token, t: Token) => t.pos1 === "接尾" && prev.pos2 === "組織" && t.start === prev.end && HAN_ONLY.test(t.text);

/** Common kanji nouns that may stand inside an institution's name (精神|科, 市民, 教育, 年金). */
const BRIDGE_POS1 = new Set(["一般", "サ変接続", "形容動詞語幹", "接尾"]);
const HAN_ONLY = /^\p{Script=Han}+$/u;
const INSTITUTION_ENDS = [...ja.INSTITUTION_ENDS].sort((a, b) => b.length - a.length);
/** Most common nouns read across between a proper name and an institution's ending. */
const MAX_BRIDGE = 5;

/** The last token reached from a run holding a proper noun across common kanji nouns to an institution's ending (日本 + 年金 + 機構), or `j`. */
function institutionBridge(tokens: Token[], i: number, j: number): number {
  if (!tokens.slice(i, j + 1).some((t) => t.pos1 === "固有名詞")) return j;
  let text = "";
  let reach = j;
  for (let k = j + 1; k < tokens.length && k <= j + MAX_BRIDGE && tokens[k].start === tokens[k - 1].end; k++) {
    const t = tokens[k];
    const han = t.pos === "名詞" && BRIDGE_POS1.has(t.pos1) && HAN_ONLY.test(t.text);
    if (!han && !(nameToken(t) && INSTITUTION_ENDS.includes(t.text))) break;
    text += t.text;
    if (INSTITUTION_ENDS.some((e) => text.endsWith(e) && text.length > e.length - t.text.length)) reach = k;
    if (!han) break;
  }
  return reach;
}

/** The first of up to `max` glued kanji nouns before token `k` that pass `ok`, with no noun before them; -1 if none. */
function gluedKanjiHead(tokens: Token[], k: number, max: number, ok: (text: string) => boolean): number {
  let h = k;
  while (h > 0 && k - h < max && tokens[h - 1].end === tokens[h].start && tokens[h - 1].pos === "名詞" && tokens[h - 1].pos1 === "一般" && ok(tokens[h - 1].text)) h--;
  const before = tokens[h - 1];
  return h < k && (!before || before.end < tokens[h].start || before.pos !== "名詞") ? h : -1;
}

/** The head of kanji words (at most two) before the katakana that ends at `i` (明星|アカデミー). */
function kanjiHead(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && LATIN_OR_KANA.test(tokens[k - 1].text) && tokens[k - 1].end === tokens[k].start) k--;
  return gluedKanjiHead(tokens, k, 2, (t) => HAN_ONLY.test(t));
}

/** Endings after which kanji cut one by one make a name: an institution's or a municipality's. */
const SINGLES_ENDS = new Set(["大学", "病院", "医院", "高校", "学園", "学校", "銀行", "信用金庫", "市", "町", "村", "区", "市役所", "町役場", "村役場"]);

/** The first of two or three single-kanji nouns before token `i` (静|浜 before 大学); -1 if fewer than two kanji. */
function singleKanjiHead(tokens: Token[], i: number): number {
  const h = gluedKanjiHead(tokens, i, 3, (t) => /^\p{Script=Han}$/u.test(t));
  const own = tokens[i].text.length > 1 && tokens[i].pos2 === "地域" ? tokens[i].text.length - 1 : 0;
  return h >= 0 && i - h + own >= 2 ? h : -1;
}

/** A place in brackets right at token `i`: （福岡市）, (大阪府). */
function placeInBrackets(tokens: Token[], i: number): boolean {
  const open = tokens[i];
  if (!open || !/^[（(]$/.test(open.text) || open.start !== tokens[i - 1].end) return false;
  let text = "";
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    if (/^[）)]$/.test(tokens[k].text)) return tokens.slice(i + 1, k).some((t) => t.pos2 === "地域") && /[都道府県市区町村]$/.test(text);
    text += tokens[k].text;
  }
  return false;
}

/** Runs of adjacent name tokens that validate as an organisation, with the rule that found them. */
function* tokenRuns(tokens: Token[]): Generator<{ start: number; end: number; rule: string }> {
  for (let i = 0; i < tokens.length; i++) {
    if (!nameToken(tokens[i]) || tokens[i].text === "・") continue;
    // A katakana word glued to a kanji noun ends a compound (不正 + アクセス), it starts no name.
    const prev = tokens[i - 1];
    if (prev && prev.end === tokens[i].start && prev.pos === "名詞" && !OPENING.test(prev.text) && !nameToken(prev)) {
      // An unknown name cut into single kanji before an institution's or place's ending (静|浜|大学) is a name.
      const singles = singleKanjiHead(tokens, i);
      const ending = tokens[i];
      // ... or a place cut into kanji before its ending (砂|浦|町, 青葉|沢|県), or after a direction (北|柚木|市): the kanji before it head the name.
      const suffix = tokens[i + 1];
      if ((ending.text.length === 1 || /^[東西南北中新上下奥]$/.test(prev.text)) && ending.pos2 === "地域" && suffix?.start === ending.end && suffix.pos1 === "接尾" && suffix.pos2 === "地域" && /^[県府市町村区]$/.test(suffix.text)) {
        const h = gluedKanjiHead(tokens, i, 2, (t) => /^\p{Script=Han}{1,2}$/u.test(t));
        if (h >= 0) {
          yield { start: tokens[h].start, end: suffix.end, rule: "orgs.ja.suffix" };
          i++;
          continue;
        }
      }
      if (singles >= 0 && (SINGLES_ENDS.has(ending.text) || (ending.pos2 === "地域" && JA_PLACE_SUFFIX.test(ending.text)))) {
        yield { start: tokens[singles].start, end: ending.end, rule: "orgs.ja.suffix" };
        continue;
      }
      while (i + 1 < tokens.length && tokens[i + 1].start === tokens[i].end && nameToken(tokens[i + 1])) i++;
      // ... unless a place in brackets follows (明星アカデミー（福岡市）): the glued kanji head the name.
      const head = kanjiHead(tokens, i);
      if (head >= 0 && placeInBrackets(tokens, i + 1)) yield { start: tokens[head].start, end: tokens[i].end, rule: "orgs.ja.placed" };
      continue;
    }
    let j = i;
    // Last token reached across common nouns: kept by the trim below.
    let bridgedTo = -1;
    for (;;) {
      while (j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end && (nameToken(tokens[j + 1]) || bodySuffix(tokens[j], tokens[j + 1]))) j++;
      const bridged = institutionBridge(tokens, i, j);
      if (bridged === j) break;
      j = bridgedTo = bridged;
    }
    const run = tokens.slice(i, j + 1);
    bridgedTo = bridgedTo < 0 ? -1 : bridgedTo - i;
    i = j;
    let k = run.length - 1;
    while (k > bridgedTo && (run[k].text === "・" || (run[k].pos1 !== "固有名詞" && !LATIN_OR_KANA.test(run[k].text) && suffixOf(run[k].text) !== run[k].text && !(k > 0 && bodySuffix(run[k - 1], run[k]))))) k--;
    if (k < 0) continue;
    const words = run.slice(0, k + 1);
    const text = words.map((t) => t.text).join("");
    // A generic tail ends a name only after a place, person or body name or a middle dot; bare 固有名詞 covers fragments too (クラ|ウド).
    const properTail = ja.PROPER_TAILS.test(text) && (words[words.length - 2]?.text === "・" || words.slice(0, -1).some((t) => t.pos1 === "固有名詞" && t.pos2 !== "一般" && !ja.GENERIC_WORDS.has(t.text)));
    // Word lists are in half-width letters: ＦＡＸ and "Q." are FAX and Q.
    const plain = text.normalize("NFKC").replace(/\.$/, "");
    if (plain.length < 2 || ja.NOT_ORG.has(plain) || ja.GENERIC_WORDS.has(plain) || (ja.GENERIC_TAILS.test(text) && !properTail) || /^[\d.]+$/.test(plain)) continue;
    const last = words[words.length - 1];
    // kuromoji may glue a place ending to the kanji before (美波|野市) or call both a person's name (湊|野市): still a place.
    const placeEnd = last.pos1 === "固有名詞" && (last.pos2 === "地域" || (last.pos2 === "人名" && /[市町区]$/.test(last.text))) && words.length > 1 && JA_PLACE_SUFFIX.test(last.text) ? last.text.slice(-1) : undefined;
    const suffix = k === bridgedTo ? INSTITUTION_ENDS.find((e) => text.endsWith(e)) : suffixOf(last.text) === last.text ? last.text : placeEnd;
    const head = suffix ? text.slice(0, text.length - suffix.length) : text;
    const organisation = words.some((t) => t.pos2 === "組織");
    const named = HAS_NAME_CHAR.test(text) && !ja.GENERIC_WORDS.has(head);
    const proper = words.some((t) => t.pos1 === "固有名詞");
    const onlyPeople = words.every((t) => t.pos1 === "固有名詞" && t.pos2 === "人名");
    // A country or place alone (タイ, ベトナム) is where a firm is, not a firm; with an ending (北浦市) it is a body, above.
    const onlyPlace = words.every((t) => t.pos1 === "固有名詞" && t.pos2 === "地域");
    // An ending makes a name of a place, person or brand (鳥取県, メタップス社), never of a reference (同社) or one kanji.
    if (suffix && head.length >= (named ? 1 : 2) && !ja.NOT_NAME_HEADS.test(head) && (proper || named)) {
      yield { start: words[0].start, end: last.end, rule: "orgs.ja.suffix" };
    } else if ((organisation || (named && !onlyPeople && !onlyPlace)) && !(suffix && ja.NOT_NAME_HEADS.test(head))) {
      // A katakana word that is no proper noun (ポイント), or a compound of dictionary words (ブロック|チェーン), may be a common noun: a weaker candidate.
      const word = !proper && !/[A-Za-z]/.test(text) && (words.length === 1 || words.every((t) => !t.unknown && /^[\p{Script=Katakana}ー]+$/u.test(t.text)));
      yield { start: words[0].start, end: last.end, rule: organisation ? "orgs.ja.kuromoji" : word ? "orgs.ja.word" : "orgs.ja.name" };
    }
  }
}
