import type { DateMention, Doc } from "../types.js";
import { MONTHS, MONTH_ABBREVS } from "../lexicon/en/dates.js";
import { ERAS } from "../lexicon/ja/dates.js";

/** The copy's own date stands in its first non-empty lines, on a short one (a longer line is body text holding a date). */
const HEADER_LINES = 8;
const HEADER_LENGTH = 100;

const MONTH_WORD = [...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVS)].join("|");
/** English: the date opens the line or follows a label or a separator ("Published March 3, 2025", "Jo Roe | Nov. 12, 2024"), and little follows it. */
const EN_HEADER = new RegExp(
  String.raw`(?:^|[|•·]\s*|\b(?:Published|Posted|Updated|Last updated|Date|Dated)(?:\s+on)?:?\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(${MONTH_WORD})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(${MONTH_WORD})\.?,?\s+(\d{4}))(?=\s*(?:$|[|•·,-]|\d{1,2}[:.]\d{2}|at\s))`,
);
/** Japanese: a line that is a date, maybe with its weekday, time, or a web stamp or outlet after it (「2024年2月7日 05:00　北関東日報」「令和６年１０月１５日」). */
const JA_HEADER = new RegExp(String.raw`^\s*(?:(?:公開|掲載|配信|更新|発表)日?[:：]?\s*)?(?:(\d{4})|(${Object.keys(ERAS).join("|")})(\d{1,2}|元))\s*[年/.]\s*(\d{1,2})\s*[月/.]\s*(\d{1,2})\s*日?(?:\s*[(（][月火水木金土日祝]+[)）])?(?=\s*(?:$|\d{1,2}[:：時]|公開|配信|更新|掲載|[^\s。、]{1,20}$))`);

/** The first `count` non-empty lines of a document; only these are read, as a huge page is not split whole. */
export function topLines(doc: Doc, count: number): string[] {
  const lines: string[] = [];
  for (let at = 0; lines.length < count && at < doc.folded.length; ) {
    const nl = doc.folded.indexOf("\n", at);
    const line = doc.folded.slice(at, nl < 0 ? doc.folded.length : nl);
    if (line.trim()) lines.push(line);
    at = nl < 0 ? doc.folded.length : nl + 1;
  }
  return lines;
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthOf = (w: string) => MONTHS[w] ?? MONTH_ABBREVS[w.replace(/\.$/, "")];

/** The copy's own date from a byline or date line at its top ("Published March 3, 2025", 令和６年１０月１５日) as `YYYY-MM-DD`, or null: without metadata, yearless and relative dates count from it. */
export function headerDate(doc: Doc): string | null {
  for (const raw of topLines(doc, HEADER_LINES)) {
    const line = raw.trim();
    const iso = line.length > HEADER_LENGTH ? null : doc.lang === "ja" ? jaLine(line) : enLine(line);
    if (iso) return iso;
  }
  return null;
}

function enLine(line: string): string | null {
  const m = EN_HEADER.exec(line);
  if (!m) return null;
  const [month, day, year] = m[1] ? [monthOf(m[1]), Number(m[2]), Number(m[3])] : [monthOf(m[5]), Number(m[4]), Number(m[6])];
  return valid(year, month, day);
}

function jaLine(line: string): string | null {
  const m = JA_HEADER.exec(line);
  if (!m) return null;
  const year = m[1] ? Number(m[1]) : ERAS[m[2]] + (m[3] === "元" ? 1 : Number(m[3])) - 1;
  return valid(year, Number(m[4]), Number(m[5]));
}

function valid(year: number, month: number | undefined, day: number): string | null {
  if (!month || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Years counted from a header date came from the text, not from metadata: they are marked `context`. */
export const fromHeader = (dates: DateMention[]): DateMention[] => dates.map((d) => (d.year_source === "published" ? { ...d, year_source: "context" } : d));
