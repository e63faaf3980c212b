import type { Sentence, Span } from "../types.js";

/** Abbreviations a stop does not end a sentence after; few, as a wrong split (a number cut from its noun) costs more. */
const ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "llc", "plc", "pte", "pty", "sdn", "bhd", "no", "vs",
  "u.s", "u.k", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "gov", "gen", "sen", "rep", "est", "approx", "dept", "univ", "mt", "ft", "a.m", "p.m", "etc",
]);

/** Abbreviations that stand before a name, so a capital after them never opens a sentence; and words that open a sentence and begin no name. */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gov", "gen", "sen", "rep", "no", "mt", "ft"]);
const OPENER = /^\s+(?:A|An|The|It|Its|They|We|He|She|This|That|These|Those|There|But|However|In|On)\s/;
/** Legal forms: a stop after one ends the sentence when the next word is the name it closed, named again ("… Harrowgate Ltd. Harrowgate's staff …"). */
const LEGAL_ABBREV = new Set(["inc", "corp", "co", "ltd", "llc", "plc", "pte", "pty", "sdn", "bhd"]);

/** Each non-empty line is a paragraph, but a hard-wrapped English line (no sentence end, next line lower case) runs on; Japanese lines never join: releases list an item a line. */
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

/** Japanese ends at 。！？; English at . ! ? before a capital, digit or quote, unless after ABBREV (but "… Pte Ltd. A file …" ends before an OPENER) or an initial. */
export function splitSentences(p: Span, folded: string): Span[] {
  const out: Span[] = [];
  const text = folded.slice(p.start, p.end);
  const re = /[。！？!?]+[」』）)"']*|\.+["')\]]*(?=\s+["'(\[]?[A-Z0-9\u3000-\u9fff])/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
      const opens = (!TITLES.has(word.toLowerCase()) && OPENER.test(text.slice(end))) || (LEGAL_ABBREV.has(word.toLowerCase()) && namedAgain(text, m.index, end));
      if ((ABBREV.has(word.toLowerCase()) && !opens) || /^[A-Z]$/.test(word)) continue;
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

/** Whether the capitalised word after a stop at `end` (its possessive aside) is among the few words before the stop at `at`. */
function namedAgain(text: string, at: number, end: number): boolean {
  const next = /^\s+["'(\[]?([A-Z][\w-]*?)(?:['’]s)?\b/.exec(text.slice(end, end + 40))?.[1];
  return !!next && text.slice(Math.max(0, at - 60), at).split(/\s+/).includes(next);
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
