import type { Sentence, Span } from "../types.js";

/**
 * Abbreviations after which a full stop does not end an English sentence. Kept short: a missed
 * split costs little (sentences only scope cues), a wrong split separates a number from its noun.
 */
const ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "llc", "plc", "no", "vs",
  "u.s", "u.k", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "gov", "gen", "sen", "rep", "est", "approx", "dept", "univ", "mt", "ft", "a.m", "p.m", "etc",
]);

/**
 * Splits text into paragraphs: each non-empty line is one (articles put a paragraph a line),
 * except that a hard-wrapped English sentence is kept whole: a line that does not end a sentence,
 * followed at once by a line starting in lower case, continues the same paragraph (the newline
 * stays inside the span, so offsets are untouched). Japanese lines are never joined: releases put
 * list items and headings on lines of their own, and no Japanese line starts in lower case.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let prevLineEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    const end = start + body.length;
    const last = out[out.length - 1];
    // Joined only across a single line break (no blank line) and when the join is unambiguous.
    if (last && prevLineEnd >= 0 && /^\n[ \t]*$/.test(text.slice(last.end, start)) && CONTINUES.test(body) && !ENDS.test(last.text)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else out.push({ start, end, text: body });
    prevLineEnd = end;
  }
  return out;
}

/** A line that starts in lower case (a hard-wrapped continuation). */
const CONTINUES = /^[a-z]/;
/** A line that ends a sentence, a heading with a colon, or a list item. */
const ENDS = /[.!?:;。！？"'”’)\]]$/;

/**
 * Splits one paragraph into sentences. Japanese ends at 。！？ (with closing brackets kept);
 * English at . ! ? followed by space and a capital, digit or quote, unless the word before the
 * stop is a known abbreviation or a single capital (initials: "J. Smith").
 */
export function splitSentences(p: Span, folded: string): Span[] {
  const out: Span[] = [];
  const text = folded.slice(p.start, p.end);
  const re = /[。！？!?]+[」』）)"']*|\.+["')\]]*(?=\s+["'(\[]?[A-Z0-9\u3000-\u9fff])/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
      if (ABBREV.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) continue;
    }
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;

  function push(a: number, b: number) {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: p.start + a + lead, end: p.start + a + lead + body.length, text: body });
  }
}

/** Paragraphs and their sentences, with the original (unfolded) text in each span. */
export function sentencesOf(text: string, folded: string, isBoilerplate: (i: number) => boolean): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(folded).forEach((p, i) => {
    const bp = isBoilerplate(i);
    for (const s of splitSentences(p, folded)) {
      out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), paragraph: i, boilerplate: bp });
    }
  });
  return out;
}
