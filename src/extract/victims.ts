import { firstIndex } from "../text/bisect.js";
import type { Doc, Extraction, OrgMention, OrgRole, Sentence, Span } from "../types.js";
import * as en from "../lexicon/en/orgs.js";
import * as ja from "../lexicon/ja/orgs.js";
import { enBreachCue, jaBreachCue, speaksOfBreach } from "./breach.js";
import { alternation } from "../text/regex.js";
import { institutionName, normaliseOrgName } from "./organizations.js";
import { sentenceAt, type Unit } from "./unit.js";

/** How a mention came to be a victim, or why not; `own`: a statement of one's own breach ("its network"), which a regulator needs to be a victim. */
type Cue = { role: OrgRole; victim: boolean; rule: string; sayVerb: boolean; own?: boolean };

interface Judged extends OrgMention {
  sentence: number;
  cue: Cue;
}

/** Most distinct names compared pairwise for containment. */
const MAX_PAIRWISE = 400;
/** An attacker, news source, third party or a place locating another body: issues no notice, is not referred back to. */
const bystander = (o: Judged) => /\.(?:attacker|source|third-party|place)$/.test(o.cue.rule);

const NONE: Cue = { role: "other", victim: false, rule: "", sayVerb: false };
/** Context read on either side of a name: a clause, bounded for speed. */
const BEFORE = 120;
const AFTER = 300;

/** "A, B and C", also with a descriptor before a name ("Solvane Airways, luxury retailer Maison Verrault and insurer Harborline"). */
const EN_COORD = new RegExp(String.raw`^(?:,|,?\s+and|,?\s+&|\s*&)\s*(?:(?:[a-z][\w-]*\s+)?(?:${en.DESCRIPTOR_NOUNS.join("|")}|airline|insurer|utility|hospital|university|school|council|charity)\s+)?$`);
const JA_COORD = /^(?:、|と|及び|および|並びに|や)(?:その)?(?:傘下の|子会社の|グループ会社の|関連会社の)?$/;
/** A short name declared after a name: "(NPD)", "(the \"Company\")". */
const EN_ALIAS = /^\s*\((?:(?:the\s+|hereinafter\s+(?:the\s+)?)?["“]([A-Z][\w&.\-]{1,20}(?: [A-Z][\w&.\-]{1,20}){0,2}),?["”]\s*(?:[,)]|or\b)|([A-Z][\w&.\-]{1,15})\))/;
/** A release's legal form and ticker before its alias ("Halvorsen, Inc. (NASDAQ: HFSY) (“Halvorsen”)"). */
const EN_LEGAL_LEAD = /^,?\s*(?:Inc|LLC|Ltd|Corp|Co|plc|LP|N\.A)\.?(?=[\s(,])/;
const EN_TICKER = /^\s*\((?:NASDAQ|Nasdaq|NYSE|TSX|ASX|LSE|OTC\w*)\s*:[^)]{1,20}\)/;
const EN_ALIAS_MORE = /^\s*(?:or|and)\s+(?:the\s+)?["“]([A-Z][\w&.\-]{1,20}(?: [A-Z][\w&.\-]{1,20}){0,2}),?["”]/;
const JA_ALIAS = /^\s*\((?:以下、?)?[「『]([^」』]{1,20})[」』]\)/;
const JA_SELF = new RegExp(alternation(ja.SELF_REFERENCES), "g");
const JA_DATE_HEAD = /^[\d\s・.\/年月日]*$/;
const JA_RUN_BODY = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,12}(?:大学|短期大学|高等学校|高校|中学校|小学校|専門学校|病院|クリニック)`;
const JA_RUN_BESIDE = new RegExp(String.raw`^\s+${JA_RUN_BODY}\s*$`, "u");
const JA_RUN_RIGHT_BESIDE = new RegExp(String.raw`^${JA_RUN_BODY}(?=[はがも、])`, "u");

/** Gives roles and picks victims, in order: each mention by its own context, cues shared across "and" or 、, 当社 lending its cue to the issuer, a name group with a cue a victim. */
export const orgRoles: Unit = {
  id: "organizations.roles",
  run(doc, ex) {
    const docBreach = speaksOfBreach(doc);
    const judged = ex.organizations.map((o) => {
      const sentence = sentenceAt(doc, o.start);
      return { ...o, sentence, cue: sentence < 0 ? NONE : doc.lang === "ja" ? jaCue(doc, o, sentence, docBreach) : enCue(doc, o, sentence, docBreach) };
    });
    const kept = judged.filter((o) => o.cue.rule !== "not-org");
    if (doc.lang === "ja") placesBeforeNames(doc, kept);
    shareAcrossCoordination(doc, kept);
    if (doc.lang === "ja") kept.push(...issuerMentions(doc, kept), ...anaphoraMentions(doc, kept, docBreach));
    else kept.push(...definiteMentions(doc, kept, docBreach));
    const out = pickVictims(doc, kept, ex);
    // A release or first-person notice may name its issuer in no cue: with a breach and no other victim, the issuer is one (never a news outlet's masthead).
    if (docBreach && !out.victims.length) {
      const issuer = doc.lang === "ja" ? findIssuer(doc, kept.filter((o) => !ja.MEDIA_NAME.test(o.name)), firstBreachAt(doc)) ?? jaLeadSubject(doc, kept) : enIssuer(doc, kept) ?? enLeadSubject(doc, kept);
      if (issuer) {
        const cue: Cue = { role: "victim", victim: true, rule: `orgs.${doc.lang}.issuer`, sayVerb: false };
        return pickVictims(doc, kept.map((o) => (o === issuer ? { ...o, cue } : o)), ex);
      }
    }
    return out;
  },
};

/** The sentence of a mention and the folded text before and after it, inside that sentence. */
function context(doc: Doc, o: { start: number; end: number }, si: number) {
  const s: Sentence = doc.sentences[si];
  // A hard-wrapped line that ends no sentence is read with the next ("on British\ntelecoms company TalkTalk").
  let from = s.start;
  let to = s.end;
  const prev = doc.sentences[si - 1];
  if (prev && !prev.boilerplate && wrapped(doc, prev, s)) from = prev.start;
  const next = doc.sentences[si + 1];
  if (next && !next.boilerplate && wrapped(doc, s, next)) to = next.end;
  return {
    s,
    before: doc.folded.slice(Math.max(from, o.start - BEFORE), o.start).replace(/\s*\n\s*/g, " "),
    after: doc.folded.slice(o.end, Math.min(to, o.end + AFTER)).replace(/\s*\n\s*/g, " "),
    whole: doc.folded.slice(from, to),
  };
}

/** True when sentence `b` continues `a` across a single line break (a hard wrap, not a new paragraph). */
function wrapped(doc: Doc, a: Sentence, b: Sentence): boolean {
  return a.paragraph !== b.paragraph && /^[ \t]*\n[ \t]*$/.test(doc.folded.slice(a.end, b.start)) && !/[.!?:"”。！？」]$/.test(a.text) && /^[a-z]/.test(b.text);
}

/** Judges one English mention by its context; direct cues ("X suffered") win over a descriptor ("security firm X"); the breach a fine or reprimand is for may be told in the next sentence ("… a reprimand to X. A tenant list was left open …"). */
function enCue(doc: Doc, o: OrgMention, si: number, docBreach: boolean): Cue {
  const { before, after, whole } = context(doc, o, si);
  if (en.DATA_AFTER.test(after)) return { ...NONE, rule: "not-org" };
  if (en.AGGREGATORS.test(o.name)) return { ...NONE, role: "source", rule: "orgs.en.aggregator" };
  if (en.PRODUCT_AFTER.test(after)) return { ...NONE, rule: "orgs.en.product" };
  if (en.ATTACKER_BEFORE.test(before) || en.ATTACKER_AFTER.test(after)) return { ...NONE, role: "attacker", rule: "orgs.en.attacker" };
  if (en.NONE_OF_BEFORE.test(before)) return NONE;
  // "a Washington credit union": a modifier, not the name; without an article only the noun may follow ("fines Galway insurer Corribview").
  if (/\b(?:a|an)\s+$/i.test(before) && en.INSTITUTION_AFTER.test(after) && !/\s/.test(o.text)) return NONE;
  if (!/\s/.test(o.text) && en.INSTITUTION_AFTER.test(after) && /^\s+(?:credit union|health system|[a-z][\w-]*\s+(?:firm|company|agency|agent|broker|dealer|maker|practice|association|society|district|group|chain|bank|hospital|clinic|school|council)(?![\w-])|[a-z][\w-]*(?![\w-]|\s+[a-z]))/.test(after)) return NONE;
  if (en.PLACE_NAMES.has(o.text) && /^\s+[a-z]/.test(after)) return NONE;
  if (en.REGION_BEFORE.test(before) || en.PLACE_NOUN_AFTER.test(after)) return { ...NONE, rule: "not-org" };
  // "In Australia, the charity said": where the story is, no organisation at all.
  if (en.PLACE_NAMES.has(o.text) && /^\s*,/.test(after) && /(?:^|\W)(?:in|across|throughout)\s+$/i.test(before)) return { ...NONE, rule: "not-org" };
  if (/(?:^|\W)(?:in|near|outside|from)\s+$/i.test(before) && en.STATE_AFTER.test(after) && !en.COMPANY_HEAD.test(o.text)) return { ...NONE, rule: "not-org" };
  const victim = (rule: string, sayVerb = false): Cue => ({ role: "victim", victim: true, rule, sayVerb });
  // An insider who looked up what the body held without reason makes it the victim, authority or not.
  if ((en.INSIDER_BEFORE.test(before) || en.INSIDER_AFTER.test(after)) && en.INSIDER_ACCESS.test(after.slice(0, 200))) return victim("orgs.en.insider");
  if (docBreach && en.OWN_DATA_CONFIRMED_AFTER.test(after)) return victim("orgs.en.own-data");
  // After a preposition a name is no subject ("based in Burlington, ... had disclosed").
  const subject = !en.PREPOSITION_BEFORE.test(before) || en.PLACE_BODY_BEFORE.test(before);
  const m = subject ? en.SUFFER_VERB.exec(after) ?? en.PASSIVE_VERB.exec(after) : null;
  if (m && (en.STRONG_BREACH.test(after.slice(0, m[0].length + 200)) || (docBreach && /\b(?:had|lost)\s/.test(m[0]) && en.DATA_OBJECT.test(m[0])))) return victim("orgs.en.suffered");
  // "Hackers breached Finland's Corvale Bank": a cue before a possessive is about what it names.
  const owner = /^['’]s\s+[A-Z]/.test(after);
  if (en.RELATIVE_PASSIVE.test(after) || en.VICTIM_AFTER.test(after) || en.AMONG_BEFORE.test(before) || (!owner && en.ATTACKED_BY_BEFORE.test(before))) return victim("orgs.en.suffered");
  if (en.SOURCE_BEFORE.test(before) || en.SOURCE_AFTER.test(after)) return { ...NONE, role: "source", rule: "orgs.en.source" };
  if (en.THIRD_PARTY_BEFORE.test(before) || en.THIRD_PARTY_AFTER.test(after)) return { ...NONE, rule: "orgs.en.third-party" };
  // A relative clause's subject is the name before it, even after a preposition ("at X, which told"), but not a state closing an address ("in Dubuque, Iowa, which said").
  const relative = /^,\s+(?:which|who)\s/.test(after);
  // A name set off by commas after its kind is the subject ("the contractor, RouteWise LLC, told").
  const spoken = /\b(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s*$/.test(before) ? after.replace(/^,(?=\s)/, "") : after;
  const said = (subject && !(relative && en.PLACE_NAMES.has(o.name))) || (relative && !en.PLACE_NAMES.has(o.name)) ? en.SUBJECT_VERB.exec(spoken) : null;
  if (said) {
    const clause = spoken.slice(said[0].length, said[0].length + 250);
    const hit = en.STRONG_BREACH.exec(clause) ?? (docBreach && /(?:said|says|confirm\w*|told(?: \w+)?)$/.test(said[0]) ? en.AFFECTED_COUNT.exec(clause) ?? en.SELF_AFFECTED.exec(clause) ?? en.HELD_BY_VENDOR.exec(clause) : null);
    const upTo = hit ? clause.slice(0, hit.index + hit[0].length) : "";
    // Breaches in general ("urged class actions over data breaches") are none of the speaker's, unless its own ("its two breaches").
    const general = hit && /(?:breaches|attacks|hacks|leaks)$/i.test(hit[0]) && !en.OWN_INCIDENTS.test(upTo);
    // The breach word itself may close a denial ("said its systems have not been hacked").
    if (hit && !general && !en.HEDGE.test(clause.slice(0, hit.index)) && !en.NOT_AFFECTED.test(upTo)) {
      return { ...victim("orgs.en.said", true), own: en.OWN_WORDS.test(upTo) && !en.REPORT_RECEIVED.test(upTo) };
    }
  }
  if (en.CLIENT_OF_BEFORE.test(before) && en.STRONG_BREACH.test(after.slice(0, 80))) return victim("orgs.en.client");
  if (subject && docBreach && en.RANSOM_AFTER.test(after)) return victim("orgs.en.ransom");
  if (docBreach && en.FORM_ENTITY_BEFORE.test(before)) return victim("orgs.en.form");
  if (docBreach && en.COUNTED_BEFORE.test(before) && en.COUNTED_PEOPLE_AFTER.test(after)) return victim("orgs.en.own-people");
  const fined = en.FINED_BEFORE.test(before) && (en.STRONG_BREACH.test(after.slice(0, 150)) || (/^\.?\s*$/.test(after) && en.STRONG_BREACH.test(doc.sentences[si + 1]?.text.slice(0, 150) ?? "")));
  if (fined || (docBreach && en.FAILED_TO_PROTECT_AFTER.test(after))) return victim("orgs.en.fined");
  // After a comma only an appositive's name is the subject (", grocery chain X, has begun mailing"), never a place ("based in Y, Vermont, notified").
  const placed = /^,/.test(after) && (en.PLACE_NAMES.has(o.name) || /\b(?:in|at|near|from|of|across|throughout)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*,?\s+){0,6}(?:and\s+(?:[A-Z][\w'’.-]*\s+){0,3})?$/.test(before));
  const notice = subject && docBreach && !placed ? en.NOTIFIED_AFTER.exec(after) : null;
  // Warning members of a scam that impersonates it is no breach notice.
  if (notice === null && subject && docBreach && !placed && en.RESET_AFTER.test(after)) return victim("orgs.en.notified");
  if (notice && !(/\b(?:warned|alerted|alerting)\b/i.test(notice[0]) && en.SCAM_WORDS.test(after.slice(0, notice[0].length + 120)))) return victim("orgs.en.notified");
  if (docBreach && !/[^\n]*$/.exec(before)![0].trim() && en.LISTED_COUNT_AFTER.test(after)) return victim("orgs.en.listed");
  // The breach told before the speaker ("…, the regulator said") is its own only with its own words in it.
  if (en.SAID_LAST.test(after) && /,\s*(?:the\s+)?$/.test(before) && en.STRONG_BREACH.test(before)) return { ...victim("orgs.en.said", true), own: en.OWN_WORDS.test(before) && !en.REPORT_RECEIVED.test(before) };
  // "the vBulletin forum", "X's MongoDB": the software, not whose data it held.
  if (!en.SOFTWARE_AFTER.test(after) && !en.DATA_STORES.has(o.name)) {
    if (en.INCIDENT_AFTER.test(after) || en.LEFT_OPEN_AFTER.test(after)) return victim("orgs.en.incident");
    if (en.WHICH_INCIDENT_BEFORE.test(before) && en.WHICH_INCIDENT_AFTER.test(after)) return victim("orgs.en.incident");
    const ownerOfName = /^['’]s\s+[A-Z]/.test(after) && !en.DATA_STORE_AFTER.test(after);
    if (!ownerOfName && ((en.INCIDENT_BEFORE.test(before) && !en.NOT_INCIDENT_BEFORE.test(before)) || (en.FLAW_BEFORE.test(before) && en.STRONG_BREACH.test(whole)))) return victim("orgs.en.incident");
    if (!ownerOfName && (en.BELONGING_BEFORE.test(before) || ((docBreach || en.PUBLISHED_AFTER.test(after)) && en.TAKEN_FROM_BEFORE.test(before)))) return victim("orgs.en.taken-from");
  }
  const strong = cueOfSentence(doc, si, whole);
  if ((en.OWN_PEOPLE.test(after) || en.OWN_PEOPLE_BEFORE.test(before)) && !en.AUTHORED_BY_BEFORE.test(before) && (strong || (docBreach && en.DATA_WORDS.test(whole)))) return victim("orgs.en.own-people");
  if ((en.OWN_SYSTEM.test(after) || en.SYSTEM_AT_BEFORE.test(before)) && strong) return victim("orgs.en.own-system");
  return NONE;
}

/** Judges one Japanese mention (or self-reference) by the words around it. */
function jaCue(doc: Doc, o: { start: number; end: number; rule?: string }, si: number, docBreach = false): Cue {
  const { s, before, after, whole } = context(doc, o, si);
  const weak = o.rule === "orgs.ja.word";
  if (ja.ATTACKER_BEFORE.test(before)) return { ...NONE, role: "attacker", rule: "orgs.ja.attacker" };
  if (ja.TAKER_BEFORE.test(before) || ja.UNTOUCHED_AFTER.test(after)) return { ...NONE, rule: "orgs.ja.untouched" };
  if (ja.POLICE_NAME.test(doc.folded.slice(o.start, o.end)) && ja.POLICE_WORK.test(whole)) return { ...NONE, rule: "orgs.ja.police" };
  // Opened by a quote, the name must close it: a piece of a quoted title (「e-|ながさき」) runs nothing.
  const wholeQuote = !/[「『]$/.test(before) || /^[」』]/.test(after);
  if (!weak && wholeQuote && ja.OPERATOR_BEFORE.test(before) && cueOfSentence(doc, si, whole)) return { role: "victim", victim: true, rule: "orgs.ja.operator", sayVerb: false };
  if (ja.SOURCE_AFTER.test(after)) {
    if (!weak && ja.OWN_AFTER_SOURCE.test(after) && jaBreachCue(after)) return { role: "victim", victim: true, rule: "orgs.ja.according", sayVerb: true };
    return { ...NONE, role: "source", rule: "orgs.ja.source" };
  }
  if (ja.NOT_VICTIM_AFTER.test(after) || ja.LIST_TRADER_AFTER.test(after) || ja.LIST_BROKER_BEFORE.test(before) || ja.EXPERT_AFTER.test(after)) return { ...NONE, rule: "orgs.ja.third-party" };
  if (JA_PLACE_END.test(doc.folded.slice(o.start, o.end)) && ja.PLACE_OF_KIND_AFTER.test(after)) return { ...NONE, rule: "orgs.ja.place" };
  // 「委託元は湊野市、栗原台市…」: in a story of a contractor's breach, its clients are named as victims.
  if (docBreach && !weak && (ja.CLIENT_BEFORE.test(before) || ja.CLIENT_AFTER.test(after) || (ja.CLIENT_COUNT_AFTER.test(after) && contracted(doc)))) return { role: "victim", victim: true, rule: "orgs.ja.client", sayVerb: false };
  if (docBreach && !weak && ja.OWN_DATA_INCLUDED_AFTER.test(after)) return { role: "victim", victim: true, rule: "orgs.ja.own-data", sayVerb: false };
  if (docBreach && !weak && (ja.SANCTIONED_AFTER.test(after) || (ja.STAFF_OF_AFTER.test(after) && ja.STAFF_MISHAP.test(whole)))) return { role: "victim", victim: true, rule: "orgs.ja.answerable", sayVerb: false };
  const breach = cueOfSentence(doc, si, whole);
  if (!breach) return NONE;
  const victim = (rule: string, sayVerb = false): Cue => ({ role: "victim", victim: true, rule, sayVerb });
  if (!weak && ja.ATTACKED_AFTER.test(after)) return victim("orgs.ja.attacked");
  if (!weak && ja.MISHAP_AFTER.test(after)) return victim("orgs.ja.mishap");
  if ((!weak && ja.OWN_ASSET_AFTER.test(after)) || ja.OWN_DATA_AFTER.test(after)) return victim("orgs.ja.own-asset");
  if (!weak && (ja.SITE_AFTER.test(after) || ja.CLEFT_BEFORE.test(before))) return victim("orgs.ja.site");
  if (ja.SOURCE_BEFORE.test(before)) return { ...NONE, role: "source", rule: "orgs.ja.source" };
  // A legal body is the subject through the school or hospital it runs named right after it (「社会医療法人翠峰会あおね記念病院は」).
  const subjectAfter = o.rule === "orgs.ja.legal" ? after.replace(JA_RUN_RIGHT_BESIDE, "") : after;
  if (ja.SUBJECT_AFTER.test(subjectAfter) && (weak ? ja.STRONG_DISCLOSURE : ja.DISCLOSURE).test(whole)) return victim("orgs.ja.subject", true);
  // A headline, lead or list item that opens on the name, maybe placed in brackets: "ユニクロ、…不正アクセス", "むつ市 個人情報…紛失", "・【紛失】X（Y市）　…".
  const lead = before.replace(/^.*[】\]]/, "");
  if (o.start - s.start === before.length && /^[\s「『【]*$/.test(lead) && /^[」』]?(?:[（(][^（()）]{1,30}[）)])?[、\s]/.test(after)) return victim("orgs.ja.headline");
  return NONE;
}

const sentenceCues = new WeakMap<Doc, Map<number, boolean>>();
/** The breach cue of sentence `si` read as `whole`, judged once per document however many names it holds. */
function cueOfSentence(doc: Doc, si: number, whole: string): boolean {
  let memo = sentenceCues.get(doc);
  if (!memo) sentenceCues.set(doc, (memo = new Map()));
  let v = memo.get(si);
  if (v === undefined) memo.set(si, (v = doc.lang === "ja" ? jaBreachCue(whole) : enBreachCue(whole)));
  return v;
}

/** Whether a document tells of contracted work (委託, 受託), read once per document. */
const contractedDocs = new WeakMap<Doc, boolean>();
function contracted(doc: Doc): boolean {
  let v = contractedDocs.get(doc);
  if (v === undefined) contractedDocs.set(doc, (v = ja.CONTRACTED.test(doc.folded)));
  return v;
}

const JA_PLACE_END = /[都道府県市区町村]$/;

/** A place before another name by の (「愛知県の豊橋市民病院」) locates it: what follows is the body's, not the place's. */
function placesBeforeNames(doc: Doc, ms: Judged[]) {
  for (let i = 0; i + 1 < ms.length; i++) {
    const [a, b] = [ms[i], ms[i + 1]];
    if (a.cue.rule === "orgs.ja.own-asset" && a.sentence === b.sentence && JA_PLACE_END.test(a.name) && doc.folded.slice(a.end, b.start) === "の") a.cue = NONE;
  }
}

/** Names joined by "and", "&", "、" or "と" before a victim's verb share its cue. */
function shareAcrossCoordination(doc: Doc, ms: Judged[]) {
  const coord = doc.lang === "ja" ? JA_COORD : EN_COORD;
  for (let i = ms.length - 2; i >= 0; i--) {
    const a = ms[i];
    // A bracket right after a name (its seat, its short name) is skipped with any name inside it: 「X（台湾新北市、以下「台湾子会社」）及びY」.
    const aside = /^\([^()]{1,40}\)/.exec(doc.folded.slice(a.end, a.end + 42));
    const from = aside ? a.end + aside[0].length : a.end;
    let j = i + 1;
    while (j < ms.length && ms[j].start < from) j++;
    const b = ms[j];
    if (!b || a.sentence !== b.sentence || a.cue.victim || a.cue.role !== "other" || a.cue.rule || !b.cue.victim) continue;
    if (coord.test(doc.folded.slice(from, b.start))) a.cue = { ...b.cue, rule: `${b.cue.rule}+coordination` };
  }
}

/** A self-reference (当社, 当院) with a victim cue makes the issuer a victim: found by alias, header line or headline, else the quoted site it runs. */
function issuerMentions(doc: Doc, ms: Judged[]): Judged[] {
  let cue: Cue | undefined;
  let operated: { start: number; end: number } | undefined;
  const firstBreach = firstBreachAt(doc);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (s.boilerplate) continue;
    const src = doc.folded.slice(s.start, s.end);
    JA_SELF.lastIndex = 0;
    for (let m = JA_SELF.exec(src); m; m = JA_SELF.exec(src)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      // "(以下「当社」)" defines the word; it says nothing of a breach.
      if (/以下、?[「『]$/.test(src.slice(0, m.index))) continue;
      const c = jaCue(doc, span, si);
      if (c.victim && !cue) cue = { ...c, rule: `${c.rule}+self` };
      const op = ja.OPERATED_AFTER.exec(doc.folded.slice(span.end, s.end));
      if (op && !operated) {
        const at = span.end + op.index + op[0].length - op[1].length - 1;
        operated = { start: at, end: at + op[1].length };
      }
    }
  }
  if (!cue) return [];
  const issuer = findIssuer(doc, ms, firstBreach);
  if (issuer) return [{ ...issuer, role: "victim", cue }];
  if (operated) {
    const text = doc.text.slice(operated.start, operated.end);
    return [{ ...operated, text, name: normaliseOrgName(text, "ja"), role: "victim", rule: "orgs.ja.operated", sentence: sentenceAt(doc, operated.start), cue }];
  }
  return [];
}

/** A release's issuer: the name a self-reference is defined as, else a name-only header line before the first breach sentence, else a headline opening on a name. */
function findIssuer(doc: Doc, all: Judged[], firstBreach: number): Judged | undefined {
  // An attacker, source or third party (a brand a fraud wears) issues nothing, nor does a lone dictionary word (コラム), which may be a common noun.
  const ms = all.filter((o) => !bystander(o) && o.rule !== "orgs.ja.word");
  for (const o of ms) {
    const al = JA_ALIAS.exec(doc.folded.slice(o.end, o.end + 30));
    if (al && ja.SELF_REFERENCES.includes(al[1])) return o;
  }
  let header: Judged | undefined;
  for (const o of ms) {
    if (o.start > firstBreach) break;
    // Only a short line can be a header; this also keeps a huge one-line page linear.
    const s = doc.sentences[o.sentence];
    if (!s || s.end - s.start > 80) continue;
    const line = lineAround(doc, o.start);
    // The school or hospital a legal body runs may stand beside it (「学校法人X学園　X大学」); a name opening its line with departments after it (「北柚木市 市民協働部」) heads a release as well.
    const rest = doc.folded.slice(line.start, o.start) + doc.folded.slice(o.end, line.end).replace(JA_RUN_BESIDE, "");
    if (JA_DATE_HEAD.test(rest) || (!doc.folded.slice(line.start, o.start).trim() && ja.SIGNATURE_REST.test(doc.folded.slice(o.end, line.end)))) header = o;
  }
  if (header) return header;
  const titleStart = doc.title ? doc.text.indexOf(doc.title) : -1;
  const title = ms.find((o) => titleStart >= 0 && o.start >= titleStart && o.end <= titleStart + doc.title.length);
  if (title && /^[\s【\[]*(?:[【\[][^】\]]*[】\]])?\s*$/.test(doc.folded.slice(titleStart, title.start))) return title;
  return signature(doc, ms);
}

/** A phrase that points back to a name ("the district", 同社): the name it means, the cue the phrase gets where it stands, and the tag added to that cue's rule. */
interface PointBack {
  re: RegExp;
  tag: string;
  antecedent: (m: RegExpExecArray, start: number, si: number) => Judged | undefined;
  cue: (m: RegExpExecArray, start: number, si: number, src: string) => Cue;
}

/** Copies the victim cue of each pointing phrase to the mention of the name it means (unless that name has a cue already). */
function pointedMentions(doc: Doc, p: PointBack): Judged[] {
  const out: Judged[] = [];
  doc.sentences.forEach((s, si) => {
    if (s.boilerplate) return;
    const src = doc.folded.slice(s.start, s.end);
    p.re.lastIndex = 0;
    for (let m = p.re.exec(src); m; m = p.re.exec(src)) {
      const start = s.start + m.index;
      const ante = p.antecedent(m, start, si);
      if (!ante || ante.cue.victim) continue;
      const cue = p.cue(m, start, si, src);
      if (cue.victim) out.push({ ...ante, cue: { ...cue, rule: `${cue.rule}+${p.tag}` } });
    }
  });
  return out;
}

/** The nearest mention before `start` that `pick` takes, walking back while `within` holds; "stop" ends the walk with none. */
function nearestBefore(ms: Judged[], start: number, within: (o: Judged) => boolean, pick: (o: Judged) => "take" | "skip" | "stop"): Judged | undefined {
  for (let i = firstIndex(ms, (o) => o.start < start) - 1; i >= 0 && within(ms[i]); i--) {
    const o = ms[i];
    if (o.end > start) continue;
    const verdict = pick(o);
    if (verdict === "take") return o;
    if (verdict === "stop") return undefined;
  }
  return undefined;
}

const EN_DEFINITE = new RegExp(String.raw`\bthe (${en.DEFINITE_HEADS.join("|")})(?=['’]s\b|\s|[.,;:])`, "gi");
/** How far back (UTF-16 units) a definite description looks for its name. */
const DEFINITE_REACH = 3000;

/** "The district's system was breached" speaks of the last name ending in that head: its victim cue is copied to that name's mention. */
function definiteMentions(doc: Doc, ms: Judged[], docBreach: boolean): Judged[] {
  return pointedMentions(doc, {
    re: EN_DEFINITE,
    tag: "definite",
    antecedent: (m, start) => {
      const head = new RegExp(String.raw`\b${m[1]}$`, "i");
      return nearestBefore(ms, start, (o) => o.start >= start - DEFINITE_REACH, (o) => (head.test(o.name) && !bystander(o) ? "take" : "skip"));
    },
    cue: (m, start, si) => {
      const text = doc.text.slice(start, start + m[0].length);
      return enCue(doc, { start, end: start + m[0].length, text, name: text, role: "other", rule: "orgs.en.definite" }, si, docBreach);
    },
  });
}

const JA_ANAPHOR = new RegExp(`(?<![\\p{Script=Han}])(?:${alternation(Object.keys(ja.ANAPHORA))})(?![\\p{Script=Han}])`, "gu");
/** How far back (sentences) 同社 looks for the name it points to. */
const ANAPHOR_SENTENCES = 2;

/** A name introduced as a body that 同社 may point back to: with its legal form, place or list, whole in quotes, or as a topic (Xは); not a word that names a kind (IT事業者). */
function introduced(doc: Doc, o: Judged): boolean {
  if (o.rule === "orgs.ja.legal" || o.rule === "orgs.ja.placed" || o.rule === "orgs.ja.listed") return true;
  const after = doc.folded.slice(o.end, o.end + 30);
  return (/[「『]$/.test(doc.folded.slice(Math.max(0, o.start - 1), o.start)) && /^[」』]/.test(after)) || (o.rule !== "orgs.ja.word" && ja.SUBJECT_AFTER.test(after));
}

/** 「同社によると、不正ログインされた…」 speaks of the last name of its kind in this or the two sentences before, if that name was introduced as a body: the victim cue is copied to that name's mention. */
function anaphoraMentions(doc: Doc, ms: Judged[], docBreach: boolean): Judged[] {
  return pointedMentions(doc, {
    re: JA_ANAPHOR,
    tag: "anaphora",
    antecedent: (m, start, si) => {
      const kind = ja.ANAPHORA[m[0]];
      const candidate = (o: Judged) => o.rule !== "orgs.ja.word" && !bystander(o) && !ja.AUTHORITY_WORDS.test(o.name) && !ja.MEDIA_NAME.test(o.name) && kind.test(o.name);
      // The nearest name of its kind is the one meant; if it was never introduced as a body, none is.
      return nearestBefore(ms, start, (o) => o.sentence >= si - ANAPHOR_SENTENCES, (o) => (!candidate(o) ? "skip" : introduced(doc, o) ? "take" : "stop"));
    },
    cue: (m, start, si, src) => {
      const cue = jaCue(doc, { start, end: start + m[0].length }, si, docBreach);
      // 「同社によると、…流出した」: the company named just before tells of its own breach, no news source.
      return cue.role === "source" && jaBreachCue(src) ? { role: "victim", victim: true, rule: "orgs.ja.according", sayVerb: true } : cue;
    },
  });
}

const EN_FIRST_PERSON = /\b(?:we|our|us)\b/i;

/** Whether a mention names an authority, or the acronym a story gives one ("Personal Data Protection Commission (PDPC)"). */
function authorities(doc: Doc, ms: Judged[]): (o: Judged) => boolean {
  const acronyms = new Set(ms.filter((x) => en.AUTHORITY_WORDS.test(x.name)).map((x) => /^\s*\(([A-Z]{2,6})\)/.exec(doc.text.slice(x.end, x.end + 12))?.[1]));
  return (o) => en.AUTHORITY_WORDS.test(o.name) || acronyms.has(o.name);
}

/** The issuer of a first-person notice ("we", "our" beside a breach word, outside quotes): the body whose whole name is the page's first line, else the name most often named, at least twice (once is only a guess), and never one denying its systems were reached. */
function enIssuer(doc: Doc, ms: Judged[]): Judged | undefined {
  // Quoted speech is someone else's "we" ('"We are investigating," a spokesman said').
  const own = doc.sentences.filter((s) => !s.boilerplate).map((s) => s.text.replace(/["“][^"”]*["”]/g, "")).filter((t) => EN_FIRST_PERSON.test(t));
  if (!own.some((t) => en.STRONG_BREACH.test(t) && !en.HYPOTHETICAL.test(t)) || own.some(denied)) return undefined;
  const first = doc.sentences[0];
  const masthead = uncued(doc, ms).find((o) => o.sentence === 0 && o.start === first.start && o.end === first.end && institutionName(o.text));
  if (masthead) return masthead;
  const best = mostNamed(uncued(doc, ms));
  return best && !best.mentions.some((x) => denied(doc.sentences[x.sentence].text)) ? best.first : undefined;
}

/** Story mentions with no cue that may still be the subject: no authority, and no state or country, which is where a story is set ("Pennsylvania joined …"). */
function uncued(doc: Doc, ms: Judged[]): Judged[] {
  const authority = authorities(doc, ms);
  return ms.filter((o) => o.cue.role === "other" && !o.cue.rule && !authority(o) && !en.PLACE_NAMES.has(o.name) && !doc.sentences[o.sentence]?.boilerplate);
}

/** The name of `pool` most often mentioned, among those `competes` accepts, if twice or more and alone at the top; "Harvest Crate community" counts for Harvest Crate. */
function mostNamed(pool: Judged[], competes: (mentions: Judged[]) => boolean = () => true): { first: Judged; mentions: Judged[] } | undefined {
  // Quadratic tally: a page naming hundreds of organisations is no notice of one issuer.
  if (pool.length > MAX_PAIRWISE) return undefined;
  const words = (o: Judged) => wordsOf(o.name, "en");
  const tally = new Map<string, { first: Judged; mentions: Judged[] }>();
  for (const o of pool) {
    const w = words(o);
    if (w.trim().length < 3 || tally.has(w)) continue;
    const mentions = pool.filter((x) => words(x).includes(w));
    if (competes(mentions)) tally.set(w, { first: o, mentions });
  }
  let best: { first: Judged; mentions: Judged[] } | undefined;
  for (const c of tally.values()) if (!best || c.mentions.length > best.mentions.length) best = c;
  return best && best.mentions.length >= 2 && [...tally.values()].filter((c) => c.mentions.length === best!.mentions.length).length === 1 ? best : undefined;
}

/** Bodies that study or comment on breaches (a think tank, a business school): subjects of a story, never its victim by default. */
const STUDY_BODY = /\b(?:Institute|Committee|Federation|Alliance|Coalition|Council on|Center for|Centre for|School of)\b/;
const breachWords = (text: string) => en.BREACH_CUES.test(text) || en.STRONG_BREACH.test(text);
/** A sentence that tells of a breach, and one that denies one ("X denies hack", "no evidence its platform was breached"). */
const stated = (text: string) => breachWords(text.replace(en.GUARDED_AGAINST, " ")) && !en.NOT_AFFECTED.test(text);
const denied = (text: string) => breachWords(text) && en.DENIAL.test(text);
/** How many story sentences from the top make the lead a story's subject is named in. */
const LEAD_SENTENCES = 4;

/** The subject of a breach story no cue named: in its headline or lead, `mostNamed`, in a breach sentence (or right after a lead telling the breach of "a housing association") and none denying one; never an authority, institute, source or attacker. Reporters name the victim first and keep returning to it, however they phrase it ("Hospital fires worker who looked up patient records"). */
function enLeadSubject(doc: Doc, ms: Judged[]): Judged | undefined {
  const story = doc.sentences.map((s, i) => ({ s, i })).filter(({ s }) => !s.boilerplate);
  const lead = new Set(story.slice(0, LEAD_SENTENCES).map(({ i }) => i));
  const opening = story.filter(({ s }) => PROSE.test(s.text)).slice(0, LEAD_SENTENCES);
  const named = new Set(opening.filter(({ s }) => UNNAMED_LEDE.test(s.text) && stated(s.text)).map(({ i }) => i + 1));
  const pool = uncued(doc, ms).filter((o) => !STUDY_BODY.test(o.name));
  const best = mostNamed(pool, (mentions) => mentions.some((x) => lead.has(x.sentence) || named.has(x.sentence)));
  const told = (test: (text: string) => boolean) => best?.mentions.some((x) => test(doc.sentences[x.sentence].text));
  return best && (told(stated) || best.mentions.some((x) => named.has(x.sentence))) && !told(denied) ? best.first : undefined;
}

/** A sentence of prose (several words and a full stop, not a header line), and a lead whose subject is a kind, not a name ("A housing association has apologised after …"). */
const PROSE = /^(?=(?:\S+\s+){7})[^\n]*[.!?]["”’]?$/;
const UNNAMED_LEDE = /^(?:A|An)\s+(?:[\w-]+\s+){0,5}?(?:has|have|had|is|are|was|were|says|said)\b/i;

/** A Japanese story's uncued subject: the first body in its headline or lead whose sentence or the next tells of a breach; named once, as later sentences say 同社 or 同病院. */
function jaLeadSubject(doc: Doc, ms: Judged[]): Judged | undefined {
  const story = doc.sentences.map((s, i) => ({ s, i })).filter(({ s }) => !s.boilerplate);
  const lead = new Set(story.slice(0, LEAD_SENTENCES).map(({ i }) => i));
  // The breach may be told in the sentence after the one that names it (「Xは２日、…と発表した。…流出した恐れがある」).
  const told = (si: number) => [si, si + 1].some((i) => doc.sentences[i] && jaBreachCue(doc.folded.slice(doc.sentences[i].start, doc.sentences[i].end)));
  const resident = (o: Judged) => ja.RESIDENT_AFTER.test(doc.folded.slice(o.end, o.end + 16));
  return ms.find((o) => lead.has(o.sentence) && o.cue.role === "other" && !o.cue.rule && o.rule !== "orgs.ja.word" && !ja.AUTHORITY_WORDS.test(o.name) && !ja.MEDIA_NAME.test(o.name) && !resident(o) && told(o.sentence));
}

/** A name's words, lower case and space-padded, so that one name can be found whole inside another. */
function wordsOf(name: string, lang: "en" | "ja"): string {
  return ` ${normaliseOrgName(name, lang).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

const SIGNATURE_LINES = 4;

/** The issuer signing at the foot of a release: a name opening one of its last lines (「株式会社はなまる商会」). */
function signature(doc: Doc, ms: Judged[]): Judged | undefined {
  const lines = doc.text.trimEnd().split("\n");
  let from = doc.text.trimEnd().length;
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < SIGNATURE_LINES; i--) {
    from -= lines[i].length + (i < lines.length - 1 ? 1 : 0);
    if (!lines[i].trim()) continue;
    seen++;
    const line = { start: from, end: from + lines[i].length };
    const o = ms.find((m) => m.start >= line.start && m.end <= line.end && !doc.folded.slice(line.start, m.start).trim());
    if (o && ja.SIGNATURE_REST.test(doc.folded.slice(o.end, line.end))) return o;
  }
  return undefined;
}

/** The first story sentence that speaks of a breach, or Infinity; not the headline, which stands above the issuer's name line. */
function firstBreachAt(doc: Doc): number {
  const titleAt = doc.title ? doc.text.indexOf(doc.title) : -1;
  const s = doc.sentences.find((x) => !x.boilerplate && x.start !== titleAt && jaBreachCue(x.text));
  return s ? s.start : Infinity;
}

function lineAround(doc: Doc, at: number): Span {
  const start = doc.text.lastIndexOf("\n", at - 1) + 1;
  const nl = doc.text.indexOf("\n", at);
  const end = nl < 0 ? doc.text.length : nl;
  return { start, end, text: doc.text.slice(start, end) };
}

/** A comparison key: case, spaces, punctuation and legal forms folded away. */
function nameKey(name: string, lang: "en" | "ja"): string {
  return normaliseOrgName(name, lang).normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}・]+/gu, "");
}

/** Groups mentions of one organisation (same key, declared alias, or one name inside another); a cued group is a victim unless an attacker; an authority needs a cue other than "said". */
function pickVictims(doc: Doc, ms: Judged[], ex: Extraction): Extraction {
  const lang = doc.lang;
  const keyMemo = new Map<string, string>();
  const keyOf = (name: string) => {
    let k = keyMemo.get(name);
    if (k === undefined) keyMemo.set(name, (k = nameKey(name, lang)));
    return k;
  };
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const keys = ms.map((o) => keyOf(o.name));
  for (const k of keys) if (k && !parent.has(k)) parent.set(k, k);
  // A declared alias names its definer: a victim found only by "the Company" is the company defined so.
  const definer = new Map<string, Judged>();
  ms.forEach((o, i) => {
    let tail = doc.folded.slice(o.end, o.end + 120);
    if (lang === "en") {
      for (const re of [EN_LEGAL_LEAD, EN_TICKER]) tail = tail.slice(re.exec(tail)?.[0].length ?? 0);
    }
    const al = (lang === "ja" ? JA_ALIAS : EN_ALIAS).exec(tail);
    if (!al || !keys[i]) return;
    const names = [al[1] ?? al[2]];
    const more = lang === "en" && al[1] ? EN_ALIAS_MORE.exec(tail.slice(al[0].length - (/or$/.test(al[0]) ? 2 : 0))) : null;
    if (more) names.push(more[1]);
    for (const n of names) {
      const ak = keyOf(n);
      if (!ak || !parent.has(ak) || ak === keys[i]) continue;
      union(keys[i], ak);
      if (!definer.has(ak)) definer.set(ak, o);
    }
  });
  const distinct = [...parent.keys()];
  const words = (s: string) => wordsOf(s, lang);
  const nameOfKey = new Map(ms.map((o, i) => [keys[i], o.name]));
  // Shorter forms join longer ones ("Sega" in "Sega Pass"); quadratic, so a huge page keeps exact keys only.
  for (const a of distinct.length <= MAX_PAIRWISE ? distinct : []) {
    for (const b of distinct) {
      if (a === b || a.length < 3 || !b.includes(a)) continue;
      if (lang === "en" && !words(nameOfKey.get(b)!).includes(words(nameOfKey.get(a)!))) continue;
      union(b, a);
    }
  }
  const groups = new Map<string, Judged[]>();
  ms.forEach((o, i) => {
    if (!keys[i]) return;
    const r = find(keys[i]);
    const g = groups.get(r);
    if (g) g.push(o);
    else groups.set(r, [o]);
  });
  const authority = lang === "ja" ? ja.AUTHORITY_WORDS : en.AUTHORITY_WORDS;
  const victimRoots = new Set<string>();
  const victims: (Span & { name: string })[] = [];
  for (const [root, members] of groups) {
    // An attacker is never a victim, nor a product named as one (its customers are); a regulator or police speaks of others' breaches: a victim only of its own ("its network"), with no other organisation in the sentence.
    if (members.some((o) => o.cue.role === "attacker" || o.cue.rule === "orgs.en.product")) continue;
    const acronymOfAuthority = members.some((o) => authority.test(o.name));
    const isAuthority = (o: Judged) => authority.test(o.name) || (acronymOfAuthority && /^[A-Z]{2,6}$/.test(o.name));
    const cued = members.filter((o) => o.cue.victim && !(o.cue.sayVerb && isAuthority(o) && (othersInSentence(members, ms, o) || (o.cue.own === false && !(lang === "en" && en.PUBLIC_SERVICE.test(o.name))))));
    if (!cued.length) continue;
    victimRoots.add(root);
    const first = cued.sort((a, b) => a.start - b.start)[0];
    // A lone head word ("Lottery" in a headline) is named in full where the text gives its modifier ("Connecticut Lottery").
    const fuller = lang === "en" && !/\s/.test(first.name) ? members.find((o) => o.name.endsWith(` ${first.name}`) && /^(?:\p{Lu}\p{Ll}[\p{L}'’.&-]*\s+){1,3}\S+$/u.test(o.name)) : undefined;
    const rep = definer.get(keyOf(first.name)) ?? fuller ?? first;
    victims.push({ name: rep.name, text: rep.text, start: rep.start, end: rep.end });
  }
  victims.sort((a, b) => a.start - b.start);
  const organizations: OrgMention[] = ms
    .filter((o) => {
      const k = keyOf(o.name);
      const group = k ? groups.get(find(k)) ?? [] : [];
      // A lone capitalised run is kept only if something vouches for it.
      return o.rule !== "orgs.en.name" || group.length > 1 || o.cue.role !== "other" || o.cue.rule !== "" || victimRoots.has(find(k));
    })
    .map((o) => {
      const k = keyOf(o.name);
      const isVictim = k !== "" && victimRoots.has(find(k)) && o.cue.role !== "source";
      const role: OrgRole = isVictim ? "victim" : o.cue.role === "victim" ? "other" : o.cue.role;
      const rule = o.cue.rule ? `${o.rule}|${o.cue.rule}` : o.rule;
      return { start: o.start, end: o.end, text: o.text, name: o.name, role, rule };
    })
    .sort((a, b) => a.start - b.start);
  return { ...ex, organizations, victims };
}

/** True when another organisation, no attacker, outlet or bystander, is named in the same sentence as `o` (a police force speaking of a company). */
function othersInSentence(group: Judged[], all: Judged[], o: Judged): boolean {
  return all.some((x) => x.sentence === o.sentence && !group.includes(x) && !bystander(x));
}
