import type { Doc } from "../types.js";

/** A stretch of story text made of consecutive non-boilerplate sentences. */
export interface Run {
  start: number;
  end: number;
  text: string;
}

/** Joins consecutive story sentences split only by white space, so a number keeps its noun across a hard wrap ("1.2\nmillion customer email addresses"); a blank line or boilerplate breaks a run. */
export function storyRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const s of doc.sentences) {
    if (s.boilerplate) {
      if (cur) runs.push({ ...cur, text: doc.folded.slice(cur.start, cur.end) });
      cur = null;
      continue;
    }
    if (cur && /^[^\S\n]*\n?[^\S\n]*$/.test(doc.folded.slice(cur.end, s.start))) cur.end = s.end;
    else {
      if (cur) runs.push({ ...cur, text: doc.folded.slice(cur.start, cur.end) });
      cur = { start: s.start, end: s.end };
    }
  }
  if (cur) runs.push({ ...cur, text: doc.folded.slice(cur.start, cur.end) });
  return runs;
}

/** Every match of `re` (flags g and d) in the runs, with offsets into the document. */
export function* matchRuns(runs: readonly Run[], re: RegExp): Generator<{ m: RegExpExecArray; run: Run; start: number; end: number }> {
  for (const run of runs) {
    re.lastIndex = 0;
    for (let m = re.exec(run.text); m; m = re.exec(run.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { m, run, start: run.start + m.index, end: run.start + m.index + m[0].length };
    }
  }
}

/** Where the group `name` of a match made with the d flag sits in the document, or null. */
export function groupSpan(m: RegExpExecArray, run: Run, name: string): { start: number; end: number } | null {
  const at = m.indices?.groups?.[name];
  return at ? { start: run.start + at[0], end: run.start + at[1] } : null;
}

/** The clause around [start, end): between the sentence stops around it, at most `reach` characters each way. */
export function clauseAround(run: Run, start: number, end: number, reach = 200): { before: string; after: string } {
  const s = start - run.start;
  const e = end - run.start;
  let before = run.text.slice(Math.max(0, s - reach), s);
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("。"), before.lastIndexOf("! "), before.lastIndexOf("? "));
  if (stop >= 0) before = before.slice(stop + 1);
  let after = run.text.slice(e, e + reach);
  const m = /[.!?](?:\s|$)|。/.exec(after);
  if (m) after = after.slice(0, m.index);
  return { before, after };
}
