import type { DateMention, DateRole, Doc } from "../types.js";
import { firstIndex } from "../text/bisect.js";
import * as en from "../lexicon/en/dates.js";
import * as ja from "../lexicon/ja/dates.js";
import { topLines } from "./header-date.js";
import { sentenceAt, type Unit } from "./unit.js";

/** A cue found in a sentence: where it ends decides which one governs a date. */
interface Cue {
  start: number;
  end: number;
  role: DateRole;
  /** Denied right after (「確認していない」): it governs, but gives no role. */
  negated?: boolean;
}

/** The cues wholly in [lo, hi), by binary search: a hostile sentence with thousands of cues stays n log n. */
function between(cues: Cue[], lo: number, hi: number): Cue[] {
  const a = firstIndex(cues, (c) => c.start < lo);
  const out: Cue[] = [];
  for (let i = a; i < cues.length && cues[i].start < hi; i++) if (cues[i].end <= hi) out.push(cues[i]);
  return out;
}

/** How far around a date its governing cue is sought: clauses are shorter than this. */
const WINDOW = 400;

/** Every cue of a lexicon in `src`, marking those denied right after (「確認していない」). */
function cuesIn(src: string, lexicon: Array<[RegExp, DateRole]>, negated?: RegExp): Cue[] {
  const out: Cue[] = [];
  for (const [re, role] of lexicon) {
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const end = m.index + m[0].length;
      out.push({ start: m.index, end, role, negated: Boolean(negated?.test(src.slice(end))) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The last cue of a stretch (the head-final verb); where two overlap, the one that ends later. */
const lastCue = (cues: Cue[]) => cues.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.start < a.start) ? b : a));

/** A date joined to what follows by に, maybe through 頃 or 下旬 (「8月下旬に…があったことが判明」). */
const JA_TIME_OF = new RegExp(`^\\s*(?:[（(][月火水木金土日祝・]{1,3}[）)])?\\s*${ja.TIME_OF_DAY}\\s*${ja.APPROX}?に`);
/** A cue that ends a relative clause on the noun it modifies (「…に受信したメール」): the date is that clause's. */
const JA_RELATIVE_AFTER = /^(?:し|され|さ|れ|い|して)?(?:た|だ|ていた)(?=[\p{Script=Han}\p{Script=Katakana}])(?!こと|旨|際|時|後|直後|上で)/u;

/** A clause ending on a predicate (ます, した, いる ...): a line without one is a title or a label. */
const JA_PREDICATE = /(?:ます|ました|した|する|いる|いた|です|でした|である|った|れた|れる|せん|ない|という)/;

/** Japanese: a date's clause runs to the next date not its range or list partner, or the sentence end; head-final, its last cue governs (past quotes: 「…受けたと発表」); but a period takes the verb right after, a cleft (「流出したのは5月1日」) or bracket the cue before, a date line without predicate is the release's date or a timeline entry, and the telling of another event (「…に勧告したと発表」) is no disclosure. */
function jaRole(src: string, at: number, from: number, scopeEnd: number, range: boolean, topRank: boolean, footRank: boolean, cues: Cue[], next: Cue[], prevLine: string, reported: () => boolean): DateRole {
  // A release's fact list labels its dates (「判明日：」).
  const lead = src.slice(0, at);
  const label = lead.trim() ? /([^\s:：]{2,10})\s*[:：]\s*$/.exec(lead)?.[1] : ja.LABEL_LINE.exec(prevLine)?.[1];
  const labelled = label && ja.LABEL_ROLES.find(([re]) => re.test(label));
  if (labelled) return labelled[1];
  if (ja.NAME_PART_AFTER.test(src.slice(from))) return "other";
  // A date in a cue-less relative clause times that clause (「2016年度以降に在籍した生徒」); a clause modifying the date gives its cue (「流出が発覚した令和3年10月」).
  const relative = ja.DATE_RELATIVE_AFTER.exec(src.slice(from));
  if (relative && !between(cues, from, from + relative[0].length).length && !ja.DURING_AFTER.test(src.slice(from + relative[0].length))) return "other";
  const modifier = between(cues, Math.max(0, at - 20), at);
  if (modifier.length && !lastCue(modifier).negated && /^(?:し|され|さ|れ)?た\s*$/.test(src.slice(lastCue(modifier).end, at))) return lastCue(modifier).role;
  // 「不正アクセスは、11日から18日にかけて行われていた」: an incident subject with a took-place verb is dated by it.
  const leadOfRange = lead.replace(ja.RANGE_START_TAIL, "");
  if (ja.INCIDENT_SUBJECT_BEFORE.test(leadOfRange) && ja.TOOK_PLACE_AFTER.test(src.slice(from))) return "incident";
  const before = between(cues, at - WINDOW, at);
  if (before.length) {
    const c = before[before.length - 1];
    const gap = src.slice(c.end, at);
    if (!c.negated && (/^[^、。]{0,12}のは\s*$/.test(gap) || /^\s*[(（]\s*$/.test(gap))) return c.role;
  }
  if (ja.NOTICE_DATED_AFTER.test(src.slice(from))) return "disclosure";
  const inScope = between(cues, from, Math.min(scopeEnd, from + WINDOW));
  const first = inScope.length ? inScope.reduce((a, b) => (b.start < a.start ? b : a)) : null;
  if (range && first) return first.role === "discovery" && ja.FOUND_EVENT_BEFORE.test(src.slice(from, first.start)) ? "incident" : first.role;
  // A date inside a clause modifying an affair (「Xが昨年、…流出させた問題で」) is that clause's.
  if (!/は\s*$/.test(lead)) {
    const head = inScope.find((c) => !c.negated && ja.AFFAIR_HEAD_AFTER.test(src.slice(c.end)));
    if (head) return head.role;
  }
  // 「29日朝、職員が…に気付き、」: a date set off by a comma (not after a topic) times the first verb of the chain.
  if (first && !first.negated && !ja.TOPIC_DATE_BEFORE.test(lead) && ja.CHAIN_DATE_AFTER.test(src.slice(from)) && ja.CHAIN_LINK_AFTER.test(src.slice(first.end))) return first.role;
  // 「5月末に退職しており、…持ち出しを認めた」: a background clause with no cue closes the date's before any cue.
  const comma = src.indexOf("、", from);
  if (comma > from && (!first || first.start > comma) && JA_TIME_OF.test(src.slice(from)) && /(?:ており|ていて|ていたが|たが)$/.test(src.slice(from, comma))) return "other";
  // 「5月1日に…を受けたことが判明」: the date belongs to the embedded clause.
  if (first && JA_TIME_OF.test(src.slice(from)) && !first.negated && !src.slice(from, first.start).includes("、")) {
    // 「2月3日に…攻撃を受けたと公表」: a date with に times the quoted verb, not the telling of it.
    if (/^(?:し|され|さ|れ|い)?(?:た|ていた)(?:と|ことを|旨)/.test(src.slice(first.end))) return first.role;
    // A chained embedded clause (「…侵入し、…窃取したことが判明」): its first verb times it.
    if (inScope.some((c) => c !== lastCue(inScope) && !c.negated && ja.EMBEDDED_AFTER.test(src.slice(c.end)))) return first.role;
    // 「3月上旬に持ち出しが判明し、県警に相談した」: a date with に times the verb that opens the chain.
    const opener = inScope.find((c) => !c.negated && ja.CHAIN_LINK_AFTER.test(src.slice(c.end)));
    if (opener && opener !== lastCue(inScope) && !src.slice(from, opener.start).includes("、")) return opener.role;
    // 「5月30日に受信したフィッシングメール」: the relative clause right after times it.
    const time = JA_TIME_OF.exec(src.slice(from))![0].length;
    if (first.start - (from + time) <= 2 && JA_RELATIVE_AFTER.test(src.slice(first.end))) return first.role;
  }
  // A denied main verb (「確認していない」) leaves the date a mere point of time, unless an earlier comma-closed clause stands.
  if (inScope.length) {
    // A verb modifying a noun (「誤送信したメールの削除」) is no main verb when another cue is.
    const finite = inScope.filter((c) => !JA_RELATIVE_AFTER.test(src.slice(c.end)));
    const main = lastCue(finite.length ? finite : inScope);
    const told = inScope.filter((c) => c.end <= main.start).pop();
    if (main.role === "disclosure" && told?.role === "other" && !told.negated && /^(?:し|され|さ|れ|い|を行っ|を出し)?(?:た|ていた)?(?:と|ことを|旨)/.test(src.slice(told.end, main.start))) return "other";
    if (!main.negated) return main.role;
    const closed = inScope.filter((c) => !c.negated && c.end <= main.start && /^[^、。]{0,3}、/.test(src.slice(c.end)));
    return closed.length ? lastCue(closed).role : "other";
  }
  const tail = src.slice(from, Math.min(scopeEnd, from + WINDOW));
  if (ja.TAIL_ONLY.test(tail) || !JA_PREDICATE.test(tail)) {
    // Near the top a date line is the release's; a clause ending on a noun (「1952年に設立。」) is not.
    if (topRank && !ja.PARTICLE_AFTER.test(src.slice(from))) {
      const alone = !lead.slice(lead.lastIndexOf("\n") + 1).trim();
      return ja.NEWS_BYLINE_AFTER.test(tail) || ja.NEWS_BYLINE_BEFORE.test(lead) || (alone && reported()) ? "other" : "disclosure";
    }
    if (footRank && ja.TAIL_ONLY.test(tail) && !lead.trim()) return "disclosure";
    if (ja.TAIL_ONLY.test(tail) && at < WINDOW && !src.slice(0, at).trim() && next.length && !lastCue(next).negated) return lastCue(next).role;
  }
  // 「発生したのは5月1日です」: a short copula hands the date the cue before it.
  if (/^\s*(?:頃|ごろ)?\s*(?:です|でした|とみられ|と見られ|だった)/.test(tail) && before.length && !before[before.length - 1].negated) return before[before.length - 1].role;
  return "other";
}

/** Sentences at a document's end that make its foot (signature). */
const FOOT_SENTENCES = 6;

const EN_CLAUSE = /;|:(?!\d)|\b(?:but|and|while|which|who|whom|that|after|before|when|although|though|because|whereas|until)\b/g;
/** "and" joins nouns, not clauses, between two capitalised names ("Nova Scotia and Prince Edward Island") or with no verb (VERBISH) before the date ("the names and addresses of 9,300 tenants in August"). */
const NAME_AND = /[A-Z][a-z]+\s+and\s+(?!(?:The|It|He|She|They|We|Its|Their|This|That|A|An)\b)[A-Z]/y;
const VERBISH = /\b(?:(?!(?:affected|impacted|unaffected|unauthori[sz]ed|related|unrelated|concerned|registered|named|based|limited|detailed|encrypted|compromised|exposed)\b)[a-z]+ed|was|were|is|are|be|been|has|have|had|will|would|could|can|may|might|did|does|do|said|says|began|took|made|found|came|went|told|gave|got|saw|knew|paid|sent|sold|left|lost|hit|put|set|let|run|ran|kept|held|bought|brought|caught|fell|grew|chose|broke|spoke|became|shut|cut|stole|wrote)\b/i;
/** Words before a date fronted in its sentence ("In June 2018, ..."). */
const EN_FRONTED = /^\s*(?:(?:In|On|By|Since|From|During|As of|Between|Early|Late|Last|This|Earlier|Then|Back)\b[^,;]*)?$/i;
const EN_REACH = 120;

/** English: the nearest verb cue before the date in its clause ("discovered the hack July 29"), or the first after a fronted date; else an incident noun ("a 2015 hack"). */
function enRole(src: string, at: number, end: number, cues: Cue[], foot = false): DateRole {
  const before = src.slice(Math.max(0, at - WINDOW), at);
  const offset = Math.max(0, at - WINDOW);
  // A notice form's field ("Date Breach Discovered: 03/03/2025") is dated by its label.
  const label = en.LABEL_BEFORE.exec(before)?.[1];
  const labelled = label && en.LABEL_ROLES.find(([re]) => re.test(label));
  if (labelled) return labelled[1];
  if (foot && label && /^Dated?$/i.test(label.trim())) return "disclosure";
  // An update line with news dates a release; a page's "Updated … — first posted" does not.
  if (en.UPDATE_BEFORE.test(before)) return en.UPDATE_META_AFTER.test(src.slice(end)) ? "other" : "disclosure";
  if (before.trim() && before.length < 80 && en.DATELINE_BEFORE.test(before)) return en.WIRE_AFTER.test(src.slice(end)) && !en.LAW_FIRM_RELEASE.test(src) ? "disclosure" : "other";
  // A date qualifying an incident noun ("a 2015 hack") is its date, whatever verb governs.
  if (en.NOUN_AFTER.test(src.slice(end))) return "incident";
  let clauseStart = 0;
  let relativeAt = -1;
  EN_CLAUSE.lastIndex = 0;
  for (let m = EN_CLAUSE.exec(before); m; m = EN_CLAUSE.exec(before)) {
    // Before a date, "until", "after" or "before" is a preposition, not a clause; after one "that" is a determiner ("access to that environment between").
    if (/^(?:until|after|before)$/i.test(m[0]) && /^\s*(?:on\s+|the\s+)?$/i.test(before.slice(m.index + m[0].length))) continue;
    if (m[0] === "that" && /\b(?:to|from|in|on|at|of|into|with|by|for|during|inside)\s+$/i.test(before.slice(Math.max(0, m.index - 9), m.index))) continue;
    if (m[0] === "and" && before[m.index - 1] !== ",") {
      const w = /[A-Z][a-z]+\s+$/.exec(before.slice(Math.max(0, m.index - 30), m.index));
      NAME_AND.lastIndex = m.index - (w ? w[0].length : 0);
      if (w && NAME_AND.test(before)) continue;
      if (!VERBISH.test(before.slice(m.index + 3))) continue;
    }
    clauseStart = m.index + m[0].length;
    relativeAt = /^(?:which|that|who)$/i.test(m[0]) ? m.index + offset : -1;
  }
  clauseStart += offset;
  // A relative clause's subject is the noun before it ("The breach, which occurred in").
  const subjectFrom = relativeAt >= 0 ? Math.max(0, relativeAt - 60) : clauseStart;
  const fronted = at < 200 && EN_FRONTED.test(before);
  const verbRole = (c: Cue, from: number, to: number): DateRole =>
    // "occurred", "began": an incident when the clause names one, else a date of something else.
    c.role !== "other" ? c.role : en.BACKGROUND_CUE.test(src.slice(c.start, c.end)) ? "other" : /\b(?:breach|hack|attack|intrusion|theft|incident|leak|compromise|unauthori[sz]ed|exfiltration|exposure|infection|ransomware|(?:fraudulent |malicious |suspicious )?(?:logins|log-ins|sign-ins))/i.test(src.slice(Math.min(from, subjectFrom), to)) ? "incident" : "other";
  const back = between(cues, Math.max(clauseStart, at - EN_REACH - 40), at).filter((c) => at - c.end <= EN_REACH);
  if (back.length && !fronted) {
    const c = back.reduce((a, b) => (b.end > a.end ? b : a));
    // "said it restored operations by July 14": the date is the uncued reported verb's.
    if (en.SPEECH_CUE.test(src.slice(c.start, c.end)) && en.REPORTED_CLAUSE.test(src.slice(c.end, at))) return "other";
    return verbRole(c, clauseStart, c.end);
  }
  if (fronted || at - clauseStart <= 25) {
    const rest = src.slice(end, end + WINDOW);
    const stop = /;|,\s+(?:but|while|which|who|although|though)\b/.exec(rest);
    const limit = end + (stop ? stop.index : rest.length);
    const ahead = between(cues, end, limit);
    if (ahead.length) {
      const c = ahead.reduce((a, b) => (b.start < a.start || (b.start === a.start && b.end > a.end) ? b : a));
      return verbRole(c, clauseStart, c.end);
    }
  }
  const head = before.replace(/\s+(?:in|on|of|at|during|from|since|between)?\s*$/, "");
  if (en.NOUN_CUES.test(head) || en.NOUN_AFTER.test(src.slice(end))) return "incident";
  return "other";
}

/** The role of a ", when ..." clause right after a date ("… May 9, when the intrusion was detected": discovery), or null. */
function whenRole(src: string, end: number, cues: Cue[]): DateRole | null {
  const m = /^,?\s+when\s+[^.;:,]{0,100}/.exec(src.slice(end));
  if (!m) return null;
  const c = between(cues, end, end + m[0].length)
    .filter((x) => x.role !== "other")
    .reduce<Cue | null>((a, b) => (!a || b.start < a.start || (b.start === a.start && b.end > a.end) ? b : a), null);
  return c ? c.role : null;
}

/** An incident participle used as an adjective ("found encrypted files"): no verb of its clause. */
const adjectival = (src: string, c: Cue) =>
  c.role === "incident" && /^[a-z]+(?:ed|en)$/i.test(src.slice(c.start, c.end)) && en.ADJECTIVE_BEFORE.test(src.slice(Math.max(0, c.start - 20), c.start)) && /^\s+[a-z]/i.test(src.slice(c.end));

/** How many lines from the top are read for the voice of a release (English) or story (Japanese, whose headlines run longer). */
const HEAD_LINES = 6;
const JA_HEAD_LINES = 8;

const headLines = (doc: Doc, count: number) => topLines(doc, count).join("\n");

/** An organisation's own English release: a release mark near the top, or "our systems", "we discovered" in its first lines outside quotes (news quotes such words). */
function ownRelease(doc: Doc): boolean {
  const head = headLines(doc, HEAD_LINES);
  return en.RELEASE_MARK.test(head) || en.OWN_VOICE.test(head.replace(/"[^"\n]*"|"[^"\n]*$/gm, ""));
}

/** A Japanese story reporting another's announcement (「…と発表した」「同社は」) in its first lines outside quotes: its top date is the story's, not a release's. */
const reportedStory = (doc: Doc) => {
  const head = headLines(doc, JA_HEAD_LINES).replace(/「[^」\n]*」?/g, "");
  return ja.REPORTED_VOICE.test(head) && !ja.HUMBLE_VOICE.test(head);
};

/** 「同社は10日、2月21日に…」: a comma list leaves out what its members share (「3月1日、5日」), so a member naming a month or year its first lacks starts a clause of its own, and the first date is the whole sentence's. */
function widerListMember(first: DateMention, next: DateMention, gap: string): boolean {
  if (!/^\s*[、,]\s*$/.test(gap)) return false;
  const parts = (t: string) => (/年/.test(t) ? 2 : /月/.test(t) ? 1 : 0);
  return parts(next.text) > parts(first.text);
}

/** Gives each date the role of the verb that governs it (see `jaRole` and `enRole`). */
const WHOLE_STORY = 6;
const MAX_AGE_YEARS = 15;

export const dateRoles: Unit = {
  id: "dates.roles",
  run(doc, ex) {
    const story = doc.sentences.filter((s) => !s.boilerplate);
    const firstParagraph = story.length ? story[0].paragraph : 0;
    // Whether the document is its issuer's own release: read once, and only if a top date needs it.
    let own: boolean | undefined;
    let reported: boolean | undefined;
    const isReported = () => (reported ??= reportedStory(doc));
    const bySentence = new Map<number, DateMention[]>();
    for (const d of ex.dates) {
      const si = sentenceAt(doc, d.start);
      if (si < 0) continue;
      const list = bySentence.get(si);
      if (list) list.push(d);
      else bySentence.set(si, [d]);
    }
    const roles = new Map<DateMention, DateRole>();
    const jaCues = (i: number) => {
      const s = doc.sentences[i];
      return s && !s.boilerplate ? cuesIn(doc.folded.slice(s.start, s.end), ja.ROLE_CUES, ja.NEGATED_AFTER) : [];
    };
    for (const [si, dates] of bySentence) {
      const s = doc.sentences[si];
      const src = doc.folded.slice(s.start, s.end);
      const cues = doc.lang === "ja" ? jaCues(si) : cuesIn(src, en.VERB_CUES).filter((c) => !adjectival(src, c));
      const sorted = [...dates].sort((a, b) => a.start - b.start);
      sorted.forEach((d, i) => {
        const at = d.start - s.start;
        const end = d.end - s.start;
        if (doc.lang !== "ja") {
          // A range end ("between Nov. 27 and Dec. 15") or list member shares its start's role.
          const prev = sorted[i - 1];
          let role: DateRole | undefined;
          if (prev && roles.has(prev)) {
            const gap = src.slice(prev.end - s.start, at);
            const opened = /\b(?:between|from)\s+$/i.test(src.slice(0, prev.start - s.start));
            if (/^\s*(?:to|until|till|through|thru|[-–—])\s*$/i.test(gap) || /^\s*(?:,\s*)?(?:and|or)\s*$/i.test(gap) || (opened && /^,?\s*and\s*$/i.test(gap))) role = roles.get(prev)!;
          }
          role ??= enRole(src, at, end, cues, doc.sentences.length - si <= FOOT_SENTENCES);
          // A date standing without a verb at the top of an organisation's own release is when it told of it.
          if (role === "other" && !cues.length && s.paragraph - firstParagraph < 4 && (own ??= ownRelease(doc))) role = "disclosure";
          // A period ending "when a researcher alerted the company" ends with discovery; a known date stays.
          const when = role === "incident" || role === "other" ? whenRole(src, end, cues) : null;
          return roles.set(d, when ?? role);
        }
        let j = i + 1;
        let from = end;
        // The end of a range follows its start closely (「1日から5日まで」); after a clause (「20日ごろから…が始まり、27日に」) a date starts its own.
        const prevEnd = i > 0 ? sorted[i - 1].end - s.start : -1;
        let range = ja.RANGE_AFTER.test(src.slice(end)) || (i > 0 && ja.RANGE_AFTER.test(src.slice(prevEnd)) && /^[^、。,]{0,10}$/.test(src.slice(prevEnd, at)));
        // More than a few joined dates is hostile input, not a list.
        let heads = false;
        while (j < sorted.length && j - i <= 6 && ja.DATE_JOINER.test(src.slice(from, sorted[j].start - s.start))) {
          if ((heads = widerListMember(d, sorted[j], src.slice(from, sorted[j].start - s.start)))) break;
          range ||= ja.RANGE_AFTER.test(src.slice(from));
          from = sorted[j].end - s.start;
          j++;
        }
        if (heads) j = sorted.length;
        // 「Xは22日、…2023年3月1日から…までに…と発表した」: a date after the topic times the main verb; dates bounding a period inside do not end its clause.
        if (!range && ja.TOPIC_DATE_BEFORE.test(src.slice(Math.max(0, at - 4), at)) && /^\s*[、,]/.test(src.slice(from))) {
          while (j < sorted.length) {
            let k = j;
            while (k + 1 < sorted.length && ja.DATE_JOINER.test(src.slice(sorted[k].end - s.start, sorted[k + 1].start - s.start))) k++;
            if (!ja.PERIOD_BOUND_AFTER.test(src.slice(sorted[k].end - s.start))) break;
            j = k + 1;
          }
        }
        const scopeEnd = j < sorted.length ? sorted[j].start - s.start : src.length;
        const next = si + 1 < doc.sentences.length ? jaCues(si + 1) : [];
        const prevLine = si > 0 && at === src.length - src.trimStart().length ? doc.folded.slice(doc.sentences[si - 1].start, doc.sentences[si - 1].end) : "";
        roles.set(d, jaRole(src, at, from, scopeEnd, range, s.paragraph - firstParagraph < 4, doc.sentences.length - si <= 4, cues, next, prevLine, isReported));
      });
    }
    // A whole story (WHOLE_STORY sentences, not a line) with no victim and no one affected tells no breach (an advisory, a guideline), nor does a date MAX_AGE_YEARS before publication ("the way they did in 1975"): their dates are none of a breach's.
    const breach = story.length < WHOLE_STORY || ex.victims.length > 0 || ex.counts.some((c) => c.role === "affected");
    const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
    const ancient = (d: DateMention) => pubYear !== null && d.iso !== null && Number(d.iso.slice(0, 4)) < pubYear - MAX_AGE_YEARS;
    return { ...ex, dates: ex.dates.map((d) => ({ ...d, role: breach && !ancient(d) ? roles.get(d) ?? d.role : "other" })) };
  },
};
