import type { Doc, OrgMention, OrgRole } from "../types.js";
import * as en from "../lexicon/en/orgs.js";
import * as ja from "../lexicon/ja/orgs.js";
import { alternation } from "../text/regex.js";
import { matchStory, sentenceAt, type Unit } from "./unit.js";

const EN_LEGAL_RE = new RegExp(String.raw`(?:,?\s+(?:${alternation(en.LEGAL_FORMS)}))+\.?$`);
const JA_LEGAL = alternation(ja.LEGAL_FORMS);
const JA_NAME = "[\\p{Script=Katakana}\\p{Script=Han}A-Za-z0-9ー・&＆.\\-]";
const JA_ORG_RE = new RegExp(`(?:${JA_LEGAL})\\s*${JA_NAME}{1,30}|${JA_NAME}{1,30}\\s*(?:${JA_LEGAL})`, "gu");

/** Normalises an organisation name: legal form dropped, possessive and spaces trimmed. */
export function normaliseOrgName(raw: string, lang: "en" | "ja"): string {
  let s = raw.trim();
  if (lang === "ja") {
    for (const f of [...ja.LEGAL_FORMS].sort((a, b) => b.length - a.length)) s = s.split(f).join("");
    return s.trim();
  }
  s = s.replace(/['’]s$/, "");
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

function enOrgs(doc: Doc): OrgMention[] {
  const out: OrgMention[] = [];
  for (const e of doc.entities) {
    if (e.kind !== "org") continue;
    const name = normaliseOrgName(e.text, "en");
    if (name && !en.NOT_ORG.has(name)) out.push({ start: e.start, end: e.end, text: e.text, name, role: "other", rule: "orgs.en.compromise" });
  }
  // Capitalised runs that recur or carry a legal form: compromise misses many brand names.
  const CAP = /\b[A-Z][\w&'-]*(?:\s+(?:of\s+)?[A-Z][\w&'-]*){0,3}/g;
  const runs = new Map<string, Array<{ start: number; end: number }>>();
  for (const { m, start, end } of matchStory(doc, CAP)) {
    let text = m[0];
    const words = text.split(/\s+/);
    while (words.length && en.NOT_ORG.has(words[0])) words.shift();
    if (!words.length) continue;
    text = words.join(" ");
    const s = end - text.length;
    if (s < start) continue;
    const key = normaliseOrgName(text, "en");
    if (!key || en.NOT_ORG.has(key)) continue;
    const list = runs.get(key) ?? [];
    list.push({ start: s, end });
    runs.set(key, list);
  }
  const people = doc.entities.filter((e) => e.kind !== "org");
  for (const [name, spans] of runs) {
    if (spans.length < 2) continue;
    for (const sp of spans) {
      if (people.some((p) => p.start <= sp.start && p.end >= sp.end)) continue;
      if (out.some((o) => o.start < sp.end && sp.start < o.end)) continue;
      out.push({ start: sp.start, end: sp.end, text: doc.text.slice(sp.start, sp.end), name, role: "other", rule: "orgs.en.capitalised" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function jaOrgs(doc: Doc): OrgMention[] {
  const out: OrgMention[] = [];
  for (const { m, start, end } of matchStory(doc, JA_ORG_RE)) {
    const name = normaliseOrgName(m[0], "ja");
    if (name.length >= 2) out.push({ start, end, text: doc.text.slice(start, end), name, role: "other", rule: "orgs.ja.legal" });
  }
  for (const e of doc.entities) {
    if (e.kind !== "org" || out.some((o) => o.start < e.end && e.start < o.end)) continue;
    out.push({ start: e.start, end: e.end, text: e.text, name: e.text, role: "other", rule: "orgs.ja.kuromoji" });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Gives each organisation a role: attacker or source from the words around it, authorities
 * "other", and the victim(s): the organisations most often named in sentences about the breach.
 */
export const orgRoles: Unit = {
  id: "organizations.roles",
  run(doc, ex) {
    const L = doc.lang === "ja" ? ja : en;
    const score = new Map<string, number>();
    const roled = ex.organizations.map((o) => {
      const si = sentenceAt(doc, o.start);
      const s = doc.sentences[si];
      const before = doc.folded.slice(Math.max(s.start, o.start - 30), o.start);
      const after = doc.folded.slice(o.end, Math.min(s.end, o.end + 30));
      let role: OrgRole = "other";
      if (doc.lang === "en" && (en.ATTACKER_CUES.test(after.slice(0, 25)) || /\b(hacker|hacking) group\b/i.test(before))) role = "attacker";
      else if (doc.lang === "en" && /\b(told|according to|reported by|via)\s+(the\s+)?$/i.test(before)) role = "source";
      else if (L.AUTHORITY_WORDS.test(o.text)) role = "other";
      else if (L.BREACH_CUES.test(s.text)) score.set(o.name, (score.get(o.name) ?? 0) + 1);
      return { ...o, role };
    });
    const top = Math.max(0, ...score.values());
    const victimNames = new Set([...score].filter(([, n]) => top > 0 && n === top).map(([k]) => k));
    const organizations = roled.map((o) => (victimNames.has(o.name) && o.role === "other" ? { ...o, role: "victim" as const } : o));
    const seen = new Set<string>();
    const victims = organizations
      .filter((o) => o.role === "victim" && !seen.has(o.name) && seen.add(o.name))
      .map(({ name, text, start, end }) => ({ name, text, start, end }));
    return { ...ex, organizations, victims };
  },
};
