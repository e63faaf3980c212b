import type { DataTypeMention, Doc, Status } from "../types.js";
import * as en from "../lexicon/en/datatypes.js";
import * as ja from "../lexicon/ja/datatypes.js";
import { noOverlap } from "../refine/dedupe.js";
import { clauseStatus, plainStatus, type Place, type StatusCues } from "./datastatus.js";
import type { Unit } from "./unit.js";

interface Code {
  code: string;
  re: RegExp;
  weak: boolean;
}

interface Lexicon {
  codes: Code[];
  cues: StatusCues;
  clauseBreak: RegExp;
  advice: RegExp;
  notBefore: RegExp;
  notAfter: RegExp;
  /** A statement of data typed into a fake page, and the verb after a mention that says so: there entering it was the leak; null where unused. */
  phished: { statement: RegExp; entered: RegExp } | null;
  /** Before a credential: a system's lock ("had no password"), not data; null where unused. */
  protection: RegExp | null;
  /** Around a credential: the intruder's way in ("used a stolen employee password"). */
  wayIn: { before: RegExp; owner: RegExp; after: RegExp } | null;
  glue: RegExp;
  separator: RegExp | null;
  opener: RegExp;
  closer: RegExp;
  listItem: RegExp;
  listIntro: RegExp;
  /** A list's heading that speaks of data or a store (「流出した情報」, "The bucket held:"), not of advice. */
  dataHeading: RegExp;
  /** Verbs of content, g flag: a heading that only says what a store held gives way to a hedged or denied section heading above it. */
  contentOnly: RegExp;
  /** Words of an attack or intrusion, g flag: they tell of no data leaving, so leave a story's hedge standing. */
  attackOnly: RegExp;
  /** Words that point back to the data just listed (これらの情報, "this information"). */
  dataAnaphor: RegExp;
  question: RegExp;
}

/** Compiles one language's patterns once; English on word boundaries, a space matching any white space. */
function codes(strong: Record<string, string[]>, weak: Record<string, string[]>, words: boolean): Code[] {
  const out: Code[] = [];
  const add = (types: Record<string, string[]>, isWeak: boolean) => {
    for (const [code, pats] of Object.entries(types)) {
      if (!pats.length) continue;
      const body = pats.join("|");
      const src = words ? String.raw`\b(?:${body.replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`)})\b` : `(?:${body})`;
      out.push({ code, re: new RegExp(src, words ? "gi" : "g"), weak: isWeak });
    }
  };
  add(strong, false);
  add(weak, true);
  return out;
}

function unknownMemberEn(text: string): boolean {
  const t = text.trim();
  return en.UNKNOWN_MEMBER.test(t) && !en.UNKNOWN_MEMBER_STOP.test(t) && !en.EXPOSURE_CUES.test(t) && !en.HEDGE_CUES.test(t);
}

const LEX: Record<"en" | "ja", Lexicon> = {
  en: {
    codes: codes(en.DATA_TYPES, en.WEAK_DATA_TYPES, true),
    cues: {
      lang: "en",
      exposure: en.EXPOSURE_CUES,
      exposureAll: new RegExp(en.EXPOSURE_CUES.source, "gi"),
      hedge: en.HEDGE_CUES,
      negation: en.NEGATION_CUES,
      anyNegation: new RegExp(en.NEGATION_CUES.source, "i"),
      falseNegation: en.FALSE_NEGATION,
      negatedVerbAfter: en.NEGATED_VERB_AFTER,
      negatedVerbBefore: en.NEGATED_VERB_BEFORE,
      negatedReach: en.NEGATED_REACH,
      noEvidenceBefore: en.NO_EVIDENCE_BEFORE,
      noEvidenceAfter: en.NO_EVIDENCE_AFTER,
      negatedHolder: en.NEGATED_HOLDER,
      negationEnd: en.NEGATION_END,
      safeAfter: en.SAFE_AFTER,
      heldElsewhere: en.HELD_ELSEWHERE,
      formAfter: en.FORM_AFTER,
      misuse: en.MISUSE_CUES,
      contentLink: en.CONTENT_LINK,
      elision: en.ELISION,
      unknownMember: unknownMemberEn,
    },
    clauseBreak: en.CLAUSE_BREAK,
    advice: en.ADVICE_CLAUSE,
    notBefore: en.NOT_EXPOSURE_BEFORE,
    notAfter: en.NOT_EXPOSURE_AFTER,
    phished: null,
    protection: en.PROTECTION_BEFORE,
    wayIn: { before: en.WAY_IN_BEFORE, owner: en.WAY_IN_OWNER, after: en.WAY_IN_AFTER },
    glue: en.LIST_GLUE,
    separator: en.LIST_SEPARATOR,
    opener: en.LIST_OPENER,
    closer: en.WEAK_CLOSER,
    listItem: en.LIST_ITEM,
    listIntro: en.LIST_INTRO,
    dataHeading: en.DATA_HEADING,
    contentOnly: en.CONTENT_VERBS,
    attackOnly: en.ATTACK_WORDS,
    dataAnaphor: en.DATA_ANAPHOR,
    question: en.QUESTION,
  },
  ja: {
    codes: codes(ja.DATA_TYPES, ja.WEAK_DATA_TYPES, false),
    cues: {
      lang: "ja",
      exposure: ja.EXPOSURE_CUES,
      exposureAll: new RegExp(ja.EXPOSURE_CUES.source, "g"),
      hedge: ja.HEDGE_CUES,
      negation: ja.NEGATION_CUES,
      anyNegation: ja.NEGATION_CUES,
      falseNegation: ja.FALSE_NEGATION,
      negatedVerbAfter: null,
      negatedVerbBefore: null,
      negatedReach: null,
      noEvidenceBefore: null,
      noEvidenceAfter: null,
      negatedHolder: null,
      negationEnd: null,
      safeAfter: null,
      heldElsewhere: null,
      formAfter: null,
      misuse: ja.MISUSE_CUES,
      contentLink: null,
      elision: null,
      unknownMember: null,
    },
    clauseBreak: ja.CLAUSE_BREAK,
    advice: ja.ADVICE_CLAUSE,
    notBefore: ja.NOT_EXPOSURE_BEFORE,
    notAfter: ja.NOT_EXPOSURE_AFTER,
    phished: { statement: ja.PHISHED_STATEMENT, entered: ja.ENTERED_AFTER },
    protection: null,
    wayIn: null,
    glue: ja.LIST_GLUE,
    separator: null,
    opener: ja.LIST_OPENER,
    closer: ja.WEAK_CLOSER,
    listItem: ja.LIST_ITEM,
    listIntro: ja.LIST_INTRO,
    dataHeading: ja.DATA_HEADING,
    contentOnly: ja.CONTENT_VERBS,
    attackOnly: ja.ATTACK_WORDS,
    dataAnaphor: ja.DATA_ANAPHOR,
    question: ja.QUESTION,
  },
};

/** One sentence, or in English the lines of one hard-wrapped sentence. */
interface Statement {
  start: number;
  end: number;
  paragraph: number;
  /** Starts with a bullet or item number. */
  item: boolean;
  /** Holds a question: yields nothing. */
  question: boolean;
}

interface Candidate extends Place {
  code: string;
  weak: boolean;
  st: number;
  /** Index of its list (data types joined by commas and conjunctions). */
  chain: number;
}

/** Finds data-type mentions and gives each its clause's status (denied, hedged, exposed); a list item takes its heading's; advice, features and questions yield nothing. */
export const dataTypeCandidates: Unit = {
  id: "data_types",
  run(doc, ex) {
    return { ...ex, data_types: find(doc, LEX[doc.lang]) };
  },
};

function find(doc: Doc, lex: Lexicon): DataTypeMention[] {
  const sts = statements(doc, lex);
  const cands = candidates(doc, sts, lex);
  const docExposed = sts.some((s) => lex.cues.exposure.test(doc.folded.slice(s.start, s.end)));
  const chainSize = new Map<number, number>();
  for (const c of cands) chainSize.set(c.chain, (chainSize.get(c.chain) ?? 0) + 1);
  const out: DataTypeMention[] = [];
  let hedged: Status | null | undefined;
  const storyHedge = () => (hedged === undefined ? (hedged = hedgedStory(doc, sts, lex)) : hedged);
  for (let i = 0; i < cands.length; ) {
    let j = i;
    while (j < cands.length && cands[j].st === cands[i].st) j++;
    const group = cands.slice(i, j);
    const st = sts[group[0].st];
    if (!st.question) {
      const statuses = statementStatuses(doc, sts, group, lex, storyHedge);
      group.forEach((c, k) => {
        let status = statuses[k];
        // An uncued list of two or more in a story of exposure, or a bulleted one, lists what was taken ("asked for email addresses and passwords"), as surely as the story tells it.
        if (status === null && docExposed && ((chainSize.get(c.chain) ?? 0) >= 2 || inList(doc, sts, group[0].st, lex))) status = storyHedge() ?? "leaked";
        if (status === null || status === "drop") return;
        out.push({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: c.code, status, rule: `data_types.${doc.lang}` });
      });
    }
    i = j;
  }
  return out;
}

function statements(doc: Doc, lex: Lexicon): Statement[] {
  const out: Statement[] = [];
  let prevSentence = -1;
  doc.sentences.forEach((s, i) => {
    if (s.boilerplate) return;
    const text = doc.folded.slice(s.start, s.end);
    const item = lex.listItem.test(text);
    const question = lex.question.test(text);
    const last = out[out.length - 1];
    const prev = prevSentence >= 0 ? doc.sentences[prevSentence] : undefined;
    prevSentence = i;
    if (
      doc.lang === "en" && last && prev && !item && !last.item &&
      s.paragraph === prev.paragraph + 1 && !/[.!?:;"”'’)\]]\s*$/.test(doc.folded.slice(last.start, last.end)) && /^[a-z0-9(]/.test(text)
    ) {
      last.end = s.end;
      last.question ||= question;
      return;
    }
    out.push({ start: s.start, end: s.end, paragraph: s.paragraph, item, question });
  });
  return out;
}

/** Codes of what lets someone in: a lock or way in may name them without a leak. */
const CREDENTIALS = new Set(["password", "username"]);

/** A word that opens a bracket opening its statement is a label (a caption's 「（写真）」「【写真説明】」「（写真：…）」 or "[Photo]"), not data. */
const BRACKET_LABEL = { before: /^\s*[(（【［[]$/, after: /^(?:説明)?[)）】］\]:：]/ };

/** Data-type candidates: longest at a place, weak words only in lists. */
function candidates(doc: Doc, sts: Statement[], lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  let chain = 0;
  sts.forEach((st, si) => {
    const src = doc.folded.slice(st.start, st.end);
    const found: Candidate[] = [];
    for (const { code, re, weak } of lex.codes) {
      re.lastIndex = 0;
      for (let m = re.exec(src); m; m = re.exec(src)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        found.push({ start: st.start + m.index, end: st.start + m.index + m[0].length, code, weak, st: si, chain: 0 });
      }
    }
    const kept = noOverlap(found);
    // Chain list members: only commas and conjunctions between neighbours.
    const chains: Candidate[][] = [];
    kept.forEach((c, k) => {
      const prev = kept[k - 1];
      const gap = prev ? doc.folded.slice(prev.end, c.start).replace(/\([^()]{0,80}\)/g, "") : null;
      if (prev && gap !== null && gap.length <= 60 && (lex.glue.test(gap) || bridged(gap, lex))) chains[chains.length - 1].push(c);
      else chains.push([c]);
    });
    for (const members of chains) {
      chain++;
      const first = members[0];
      const last = members[members.length - 1];
      const before = doc.folded.slice(Math.max(st.start, first.start - 60), first.start);
      const listed = members.length >= 2 || st.item || lex.opener.test(before);
      // Advice covers the whole list: before it in English ("change your passwords and ..."), after it in Japanese (…等を入力したりせず).
      if (lex.notBefore.test(before)) continue;
      const phished = lex.phished?.statement.test(doc.folded.slice(st.start, st.end)) ?? false;
      const notAfter = (at: number) => {
        const after = doc.folded.slice(at, Math.min(st.end, at + 30));
        return lex.notAfter.test(after) && !(phished && lex.phished!.entered.test(after));
      };
      if (doc.lang === "ja" && notAfter(last.end)) continue;
      // "email and password combinations leaked from other websites": the whole pair list is the way in.
      const reused = CREDENTIALS.has(last.code) && (lex.wayIn?.after.test(doc.folded.slice(last.end, Math.min(st.end, last.end + 60))) ?? false);
      const lock = (lex.protection?.test(before) || lex.wayIn?.before.test(before) || reused) ?? false;
      for (const c of members) {
        if ((CREDENTIALS.has(c.code) || reused) && (lock || wayIn(doc, st, c, lex))) continue;
        if (c.weak && !listed && !lex.closer.test(doc.folded.slice(c.end, Math.min(st.end, c.end + 60)))) continue;
        if (notAfter(c.end)) continue;
        if (BRACKET_LABEL.before.test(doc.folded.slice(st.start, c.start)) && BRACKET_LABEL.after.test(doc.folded.slice(c.end, c.end + 3))) continue;
        out.push({ ...c, chain });
      }
    }
  });
  return out;
}

/** True when a gap between known members holds only unknown members between separators ("names, policy numbers, vehicle details and ..."), so the list stays one. */
function bridged(gap: string, lex: Lexicon): boolean {
  const known = lex.cues.unknownMember;
  if (!lex.separator || !known) return false;
  const segs = gap.split(lex.separator);
  if (segs.length < 3 || segs[0].trim()) return false;
  const middle = segs.slice(1, -1).filter((m) => m.trim());
  return middle.length > 0 && middle.every(known) && lex.glue.test(`, ${segs[segs.length - 1]}`);
}

/** One staff or system credential the intruder used ("a stolen vendor password"); a plural is the people's. */
function wayIn(doc: Doc, st: Statement, c: Candidate, lex: Lexicon): boolean {
  if (!lex.wayIn) return false;
  const before = doc.folded.slice(Math.max(st.start, c.start - 60), c.start);
  const after = doc.folded.slice(c.end, Math.min(st.end, c.end + 60));
  const singular = !/s$/i.test(doc.folded.slice(c.start, c.end));
  return (singular && lex.wayIn.owner.test(before)) || lex.wayIn.after.test(after);
}

function clausesOf(doc: Doc, st: Statement, lex: Lexicon): Array<{ start: number; end: number }> {
  const src = doc.folded.slice(st.start, st.end);
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const re = lex.clauseBreak;
  re.lastIndex = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // An English break word opens the next clause; a Japanese connective closes its own.
    const cut = m.index + (doc.lang === "ja" ? m[0].length : 0);
    if (cut > start) out.push({ start: st.start + start, end: st.start + cut });
    start = cut;
  }
  out.push({ start: st.start + start, end: st.end });
  return out;
}

/** How far around a mention status cues are read: keeps long lines linear. */
const REACH = 300;

/** Each candidate's status, by widening scope: its clause, the statement, then (for a list item or bare list line) the list heading. */
function statementStatuses(doc: Doc, sts: Statement[], group: Candidate[], lex: Lexicon, storyHedge: () => Status | null): Array<Status | "drop" | null> {
  const st = sts[group[0].st];
  const clauses = clausesOf(doc, st, lex);
  const plainOfClause = new Map<number, Status | null>();
  let listHead: Status | null | undefined;
  let ci = 0;
  const listStart = new Map<number, number>();
  for (const c of group) if (!listStart.has(c.chain)) listStart.set(c.chain, c.start);
  return group.map((c, k) => {
    while (ci < clauses.length - 1 && clauses[ci].end <= c.start) ci++;
    const cl = clauses[ci];
    const from = Math.max(cl.start, c.start - REACH);
    const to = Math.min(cl.end, c.end + REACH);
    const clause = doc.folded.slice(from, to);
    // Advice governs what follows in English ("asked to change their passwords"), what precedes in Japanese.
    const advice = lex.advice.exec(clause);
    if (advice && (doc.lang === "en" ? advice.index < c.start - from : advice.index >= c.end - from)) return "drop";
    const others: Place[] = [];
    for (let n = k - 1; n >= 0 && group[n].start >= from; n--) others.push({ start: group[n].start - from, end: group[n].end - from });
    for (let n = k + 1; n < group.length && group[n].end <= to; n++) others.push({ start: group[n].start - from, end: group[n].end - from });
    // An elided denial's verb stands before the mention's list ("names were taken, but ... were not").
    const head = listStart.get(c.chain)!;
    const antecedent = () => doc.folded.slice(Math.max(st.start, head - REACH), head);
    const denial = clauseStatus(clause, { start: c.start - from, end: c.end - from }, others, lex.cues, true, antecedent);
    if (denial !== null) return denial;
    if (!plainOfClause.has(ci)) plainOfClause.set(ci, plainStatus(doc.folded.slice(cl.start, cl.end), lex.cues));
    const s = plainOfClause.get(ci)!;
    // 「名簿には…が含まれます。…これらの情報が流出した事実は確認されておりません」: what a store held takes what is said of "these data" next.
    if (s === "leaked" && contentOnly(doc.folded.slice(cl.start, cl.end), lex)) return laterAnaphor(doc, sts, group[0].st, lex) ?? (doc.lang === "ja" ? sectionHedge(doc, sts, group[0].st, lex, true) : null) ?? storyHedge() ?? s;
    if (s !== null) return s;
    // Japanese puts the governing predicate last: an uncued clause takes the rest of the statement's; English the whole statement's.
    const rest = doc.folded.slice(doc.lang === "ja" ? c.end : Math.max(st.start, c.start - REACH), Math.min(st.end, c.end + REACH));
    const whole = plainStatus(rest, lex.cues, true);
    if (whole !== null) return whole;
    if (listHead === undefined) listHead = st.item || mostlyMentions(doc, st, group) || bareLine(doc, st) || sectionBody(doc, sts, group[0].st, lex) ? heading(doc, sts, group[0].st, lex) : null;
    return listHead;
  });
}

/** The status of a list's heading: walking back over items and short lines to the first cued statement, preferring one that introduces a list. */
function heading(doc: Doc, sts: Statement[], from: number, lex: Lexicon): Status | null {
  for (let j = from - 1; j >= 0 && j >= from - 12; j--) {
    const st = sts[j];
    const text = doc.folded.slice(st.start, st.end);
    const s = plainStatus(text, lex.cues, true);
    if (s !== null) {
      let found = s;
      for (let k = j; k >= 0 && k >= j - 12 && sts[k].paragraph === st.paragraph; k--) {
        const t = doc.folded.slice(sts[k].start, sts[k].end);
        const ks = plainStatus(t, lex.cues, true);
        if (ks !== null && lex.listIntro.test(t)) {
          found = ks;
          break;
        }
      }
      return found === "leaked" && contentOnly(text, lex) ? sectionHedge(doc, sts, j, lex) ?? found : found;
    }
    // A list's own heading that is not about data ("advised customers to:") closes the walk.
    if (!st.item && (text.length > 80 || (lex.listIntro.test(text) && !lex.dataHeading.test(text)))) return null;
  }
  return null;
}

/** True when a statement's only exposure words are verbs of content (「…に含まれる以下の情報」): it says what a store held, not that it left. */
function contentOnly(text: string, lex: Lexicon): boolean {
  return plainStatus(text.replace(lex.contentOnly, (w) => " ".repeat(w.length)), lex.cues) === null;
}

/** "possibly_leaked" when every statement of the story that speaks of data leaving hedges it (a lost USB stick, 「流出した恐れ」; an attack alone says nothing of data): what a store held (「記録されていたのは…」) is then only possibly out. */
function hedgedStory(doc: Doc, sts: Statement[], lex: Lexicon): Status | null {
  let hedged = false;
  for (const st of sts) {
    const text = doc.folded.slice(st.start, st.end).replace(lex.attackOnly, (w) => " ".repeat(w.length));
    if (contentOnly(text, lex)) continue;
    const s = plainStatus(text, lex.cues, true);
    if (s === "leaked") return null;
    hedged ||= s === "possibly_leaked";
  }
  return hedged ? "possibly_leaked" : null;
}

/** How many statements after a content line may speak of its data as "these data". */
const ANAPHOR_REACH = 3;

/** The denial or hedge a statement shortly after gives "these data" (これらの情報が流出した事実は確認されておりません). */
function laterAnaphor(doc: Doc, sts: Statement[], from: number, lex: Lexicon): Status | null {
  for (let j = from + 1; j < sts.length && j <= from + ANAPHOR_REACH; j++) {
    const text = doc.folded.slice(sts[j].start, sts[j].end);
    const m = lex.dataAnaphor.exec(text);
    if (!m) continue;
    const s = plainStatus(text.slice(m.index), lex.cues, true);
    if (s === "not_leaked" || s === "possibly_leaked") return s;
    return null;
  }
  return null;
}

/** A hedge or denial in the short headings just above a content line (「2. 閲覧された可能性のある情報」), or with `prose` a hedge in the statement just before (「流出した恐れがあるのは…。…などが含まれる」); a statement of exposure stops the search. */
function sectionHedge(doc: Doc, sts: Statement[], from: number, lex: Lexicon, prose = false): Status | null {
  for (let j = from - 1; j >= 0 && j >= from - (prose ? 1 : 3); j--) {
    const text = doc.folded.slice(sts[j].start, sts[j].end);
    const s = plainStatus(text, lex.cues, true);
    if (s === "possibly_leaked" || (s === "not_leaked" && !prose)) return s;
    if (s !== null || (!prose && text.length > 80)) return null;
  }
  return null;
}

/** A list item with another item next to it, under a heading that speaks of data (not "advised customers to:"). */
function inList(doc: Doc, sts: Statement[], at: number, lex: Lexicon): boolean {
  if (!sts[at].item || (sts[at - 1]?.item !== true && sts[at + 1]?.item !== true)) return false;
  let j = at;
  while (j >= 0 && sts[j].item) j--;
  const head = j >= 0 ? doc.folded.slice(sts[j].start, sts[j].end) : "";
  return lex.cues.exposure.test(head) || lex.dataHeading.test(head);
}

/** A short line without a full stop: a heading's or list's body (「最大3,200件のお客様の氏名、住所」), not a statement. */
function bareLine(doc: Doc, st: Statement): boolean {
  const text = doc.folded.slice(st.start, st.end).trim();
  return text.length > 0 && text.length <= 80 && !/[。.!?！？]$/.test(text);
}

/** A statement right under a numbered or marked section heading (「2．流出の可能性があるお客様の情報」「●漏えいした恐れのある情報」): the heading says what its body lists. */
function sectionBody(doc: Doc, sts: Statement[], at: number, lex: Lexicon): boolean {
  const prev = sts[at - 1];
  if (prev === undefined || !prev.item || !bareLine(doc, prev)) return false;
  const text = doc.folded.slice(prev.start, prev.end);
  return /^\s*(?:[(（]?\d{1,2}[.)）．]|（\d{1,2}）|[①-⑳]|[●■◆▼◎])/.test(text) && plainStatus(text, lex.cues, true) !== null;
}

/** Mentions cover at least 40% of a statement: a bare list line (「住所、氏名、電話番号など」). */
function mostlyMentions(doc: Doc, st: Statement, group: Candidate[]): boolean {
  let covered = 0;
  for (const c of group) covered += c.end - c.start;
  const size = doc.folded.slice(st.start, st.end).replace(/\s+/g, "").length;
  return size > 0 && covered / size >= 0.4;
}
