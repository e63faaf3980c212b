import type { Status } from "../types.js";

/** The cues one language gives for the status of a data-type mention. */
export interface StatusCues {
  lang: "en" | "ja";
  exposure: RegExp;
  /** `exposure` with the g flag, for the last exposure verb before a mention. */
  exposureAll: RegExp;
  hedge: RegExp;
  /** Negation words, g flag (English) or whole negative predicates (Japanese). */
  negation: RegExp;
  anyNegation: RegExp;
  falseNegation: RegExp;
  negatedVerbAfter: RegExp | null;
  negatedVerbBefore: RegExp | null;
  /** Denied verb and noun-phrase words between a negation and a mention. */
  negatedReach: RegExp | null;
  /** A system denied reached, then a relative clause holding the mention. */
  negatedHolder: RegExp | null;
  /** A second verb after a negated noun phrase, which ends the phrase ("without a password and resulted in"). */
  negationEnd: RegExp | null;
  /** A "no evidence that ..." clause holding the mention. */
  noEvidenceBefore: RegExp | null;
  /** After the mention, "no evidence that they were taken" of it. */
  noEvidenceAfter: RegExp | null;
  /** Untouched ("card data safe"). */
  safeAfter: RegExp | null;
  /** Held out of reach ("is tokenised", "is held by a payment processor"). */
  heldElsewhere: RegExp | null;
  /** A form ("in plain text") that makes a denial of keeping a statement of how it is kept. */
  formAfter: RegExp | null;
  misuse: RegExp;
  /** Content prepositions ("such as"), not verbs with an object. */
  contentLink: RegExp | null;
  elision: Elision | null;
  /** A list member the vocabulary does not know ("vehicle details"): it keeps a list whole. */
  unknownMember: ((text: string) => boolean) | null;
}

/** A denial that leaves its verb out, to be read from the clause before ("names were taken, but passwords were not"). */
export interface Elision {
  aux: RegExp;
  negation: RegExp;
  /** A past participle, g flag: the verb the elided predicate repeats. */
  participle: RegExp;
}

/** A mention's offsets in the clause string. */
export interface Place {
  start: number;
  end: number;
}

/** A clause's status for a mention, or null ("drop": it denies misuse, not exposure); `others` keep a list after a negation in scope ("no phone numbers, PINs or passwords"). */
export function clauseStatus(
  clause: string,
  at: Place,
  others: Place[],
  cues: StatusCues,
  denialOnly = false,
  antecedent: () => string = () => "",
): Status | "drop" | null {
  // A denial of misuse says nothing of exposure; a later "and that" clause says its own.
  const own = cues.lang === "en" ? ownPart(clause, at) : clause;
  if (cues.misuse.test(own) && cues.anyNegation.test(own)) return "drop";
  // "does not store passwords in plain text": how they are kept, neither denial nor leak.
  if (cues.formAfter?.test(clause.slice(at.end, at.end + 60)) && cues.anyNegation.test(clause)) return "drop";
  const denied = cues.lang === "en" ? deniedEn(clause, at, others, cues, antecedent) : deniedJa(clause, at, cues);
  if (denied) return "not_leaked";
  return denialOnly ? null : plainStatus(clause, cues);
}

/** Joins of two reported clauses: ", and that", ", but that", "; ". */
const EN_CLAUSE_JOIN = /,\s+(?:and|but)\s+that\b|;\s*/g;

function ownPart(clause: string, at: Place): string {
  let from = 0;
  let to = clause.length;
  for (const m of clause.matchAll(EN_CLAUSE_JOIN)) {
    if (m.index + m[0].length <= at.start) from = m.index + m[0].length;
    else if (m.index >= at.end) {
      to = m.index;
      break;
    }
  }
  return clause.slice(from, to);
}

/** Status of a stretch as a whole: a clause without a denial, or a list heading. */
export function plainStatus(text: string, cues: StatusCues, allowDenial = false): Status | null {
  if (allowDenial && denies(text, cues)) return "not_leaked";
  if (cues.hedge.test(text)) return "possibly_leaked";
  if (exposes(text, cues)) return "leaked";
  return null;
}

/** True when a verb of exposure is not itself denied: "the system was not accessed" states no exposure even if the denial misses a mention. */
function exposes(text: string, cues: StatusCues): boolean {
  const negated = cues.negatedVerbBefore;
  if (!negated) return cues.exposure.test(text);
  for (const m of text.matchAll(cues.exposureAll)) {
    // Bounded look back (linear): a denial sits right before its verb.
    if (!negated.test(text.slice(Math.max(0, m.index - 80), m.index))) return true;
  }
  return false;
}

/** True when a heading as a whole denies an exposure ("the following data was not affected:"). */
function denies(text: string, cues: StatusCues): boolean {
  if (cues.lang === "ja") return cues.negation.test(text);
  return cues.negatedVerbAfter !== null && /\b(?:not|never)\b|n't\b/i.test(text) && [...text.matchAll(/\b(?:not|never)\b|n't\b/gi)].some((m) => cues.negatedVerbAfter!.test(text.slice(m.index)));
}

/** Japanese is head-final: the text from the mention to its clause end decides. */
function deniedJa(clause: string, at: Place, cues: StatusCues): boolean {
  return cues.negation.test(clause.slice(at.end));
}

/** English: a negation denies a mention before it with only a list between ("no phone numbers, PINs or passwords"), or after it as a negated verb ("were not accessed"). */
function deniedEn(clause: string, at: Place, others: Place[], cues: StatusCues, antecedent: () => string): boolean {
  if (cues.safeAfter?.test(clause.slice(at.end, at.end + 40)) || cues.noEvidenceAfter?.test(clause.slice(at.end, at.end + 160))) return true;
  // "no indication ... that any passwords were taken": an exposure in the clause the "no" governs.
  const lead = clause.slice(Math.max(0, at.start - 200), at.start);
  const noEvidence = cues.noEvidenceBefore?.exec(lead);
  if (noEvidence && cues.exposure.test(lead.slice(noEvidence.index).replace(/^[^]*?\bthat\b/, "") + clause.slice(at.end, at.end + 40))) return true;
  // Held elsewhere, unless a relative clause says that place was breached too.
  const held = cues.heldElsewhere?.exec(clause.slice(at.end, at.end + 120));
  if (held) {
    const relative = /\b(?:which|that|who)\b/i.exec(clause.slice(at.end + held[0].length));
    if (!relative || !exposes(clause.slice(at.end + held[0].length + relative.index), cues)) return true;
  }
  const neg = cues.negation;
  neg.lastIndex = 0;
  for (let m = neg.exec(clause); m; m = neg.exec(clause)) {
    const from = m.index;
    const to = from + m[0].length;
    if (cues.falseNegation.test(clause.slice(from))) continue;
    if (to <= at.start) {
      if (at.start - to > 150) continue;
      const between = clause.slice(to, at.start);
      if (cues.negatedReach?.test(between) || cues.negatedHolder?.test(between)) return true;
      if (cues.negationEnd?.test(between) || !listOnly(between, to, others, false, cues.unknownMember)) continue;
      // An exposure verb between must itself be the negated one.
      const verbs = [...between.matchAll(cues.exposureAll)];
      if (verbs.length) {
        const last = verbs[verbs.length - 1];
        if (!cues.negatedVerbBefore!.test(clause.slice(from, to + last.index))) continue;
      }
      return true;
    }
    if (from >= at.end && from - at.end <= 100 && /^(?:not|never|n't)$/i.test(m[0])) {
      const between = clause.slice(at.end, from);
      if (!cues.negatedVerbAfter!.test(clause.slice(from)) && !elided(between, clause.slice(from), antecedent, cues)) continue;
      // A comma right after the mention closes it ("Names, phone numbers and passwords were not accessed" denies all); a parenthesis is an aside.
      if (cues.exposure.test(between.replace(/\([^()]*\)/g, "")) || !listOnly(between, at.end, others, true, cues.unknownMember)) continue;
      // "Hackers stole names, and phone numbers were not accessed": comma + conjunction closes the object and opens the denied subject.
      if (/,\s*(?:and|but|while|whereas|yet)\b/i.test(between) && objectOfExposure(clause, at, others, cues)) continue;
      return true;
    }
  }
  return false;
}

/** An elided denial of exposure ("names were taken, but passwords were not"); "encrypted, but passwords are not" denies nothing. */
function elided(between: string, rest: string, antecedent: () => string, cues: StatusCues): boolean {
  const e = cues.elision;
  if (!e || !e.aux.test(between) || !e.negation.test(rest)) return false;
  const verbs = [...antecedent().matchAll(e.participle)];
  return verbs.length > 0 && cues.exposure.test(verbs[verbs.length - 1][0]);
}

/** The mention is in the object of a preceding exposure verb with only a list between ("stole names, ..."); content prepositions and clause objects ("found that") don't count. */
function objectOfExposure(clause: string, at: Place, others: Place[], cues: StatusCues): boolean {
  const lead = clause.slice(0, at.start);
  const verbs = [...lead.matchAll(cues.exposureAll)];
  if (!verbs.length) return false;
  const v = verbs[verbs.length - 1];
  const end = v.index + v[0].length;
  const gap = lead.slice(end);
  if (cues.contentLink?.test(v[0]) || gap.length > 150 || /\b(?:that|whether|if)\b/i.test(gap)) return false;
  if (cues.negatedVerbBefore?.test(lead.slice(0, v.index))) return false;
  return listOnly(gap, end, others, false, cues.unknownMember);
}

/** True when `text` stays inside one list of data types, so a negation reaches across it; `afterMember`: a member ends right before `text`; `unknown` members count. */
function listOnly(text: string, offset: number, others: Place[], afterMember: boolean, unknown: ((text: string) => boolean) | null): boolean {
  let masked = text;
  for (const o of others) {
    if (o.start >= offset && o.end <= offset + text.length) {
      const a = o.start - offset;
      const b = o.end - offset;
      masked = masked.slice(0, a) + "T".padEnd(b - a, " ") + masked.slice(b);
    }
  }
  const parts = ((afterMember ? "T" : "") + masked.replace(/\([^()]*\)/g, "")).split(",");
  const other = (part: string) => unknown !== null && unknown(part.replace(/^\s*(?:and|or)\s+/i, ""));
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i].trimEnd().slice(-1) !== "T" && !other(parts[i])) return false;
    const opensMember = parts[i + 1].includes("T") || other(parts[i + 1]) || (!afterMember && i + 1 === parts.length - 1);
    if (!opensMember) return false;
  }
  return true;
}
