/**
 * Shared types of the pipeline. Every offset in this file is a UTF-16 index into the decoded
 * text of one document, 0-based and end-exclusive, so `text.slice(start, end) === span.text`.
 */

/** The two languages the pipeline reads. */
export type Lang = "en" | "ja";

/** A stretch of the decoded text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One token, from kuromoji (Japanese) or compromise (English). */
export interface Token extends Span {
  /** Part of speech: kuromoji's `pos` (名詞, 動詞 ...) or compromise's first tag. */
  pos: string;
  /** kuromoji's `pos_detail_1` (固有名詞, 数 ...); empty for English. */
  pos1: string;
  /** kuromoji's `pos_detail_2` (組織, 人名, 地域 ...); empty for English. */
  pos2: string;
  /** Dictionary form where the tokenizer knows one, else the surface. */
  basic: string;
}

/** A sentence, with a flag for page chrome and boilerplate (bylines, footers, bios). */
export interface Sentence extends Span {
  /** Index of the paragraph (blank-line or line block) the sentence sits in. */
  paragraph: number;
  /** True when the sentence belongs to boilerplate and must yield nothing. */
  boilerplate: boolean;
}

/**
 * One analysed article. Built once by `analyse/doc.ts`; extractors only read it.
 * `folded` has exactly the length of `text`: full-width ASCII and look-alike characters are
 * folded one-for-one, so a match found in `folded` is reported with the same offsets on `text`.
 */
export interface Doc {
  id: string;
  source: string;
  lang: Lang;
  text: string;
  folded: string;
  /** Publication date `YYYY-MM-DD` from metadata.csv, or null. */
  published: string | null;
  /** First non-boilerplate line of the body, as a title. */
  title: string;
  sentences: Sentence[];
  /** Tokens of the non-boilerplate sentences, in text order (kuromoji or compromise). */
  tokens: Token[];
  /** Named entities the tokenizer proposes (kuromoji's 組織/人名/地域, compromise's tags): hints only. */
  entities: Entity[];
}

/** A named-entity hint from a tokenizer. */
export interface Entity extends Span {
  kind: "org" | "person" | "place";
}

/** How an extracted value may relate to the breach. */
export type OrgRole = "victim" | "attacker" | "source" | "other";
export type DateRole = "incident" | "discovery" | "disclosure" | "other";
export type Qualifier = "exact" | "approx" | "at_least" | "at_most";
export type CountRole = "affected" | "other";
export type Status = "leaked" | "possibly_leaked" | "not_leaked";

/** Where a year of a date came from: the words themselves, nearby text, the publication date. */
export type YearSource = "text" | "context" | "published";

export interface OrgMention extends Span {
  name: string;
  role: OrgRole;
  /** The id of the rule that found or classified it. */
  rule: string;
}

export interface DateMention extends Span {
  iso: string | null;
  role: DateRole;
  /** Where the year came from, or null when `iso` is null. */
  year_source: YearSource | null;
  rule: string;
}

export interface CountMention extends Span {
  value: number;
  qualifier: Qualifier;
  /** What is counted, as written or normalised (`people`, `accounts`, `records`, `件` ...). */
  unit: string | null;
  role: CountRole;
  rule: string;
}

export interface MoneyMention extends Span {
  value: number;
  currency: string;
  rule: string;
}

export interface DataTypeMention extends Span {
  type: string;
  status: Status;
  rule: string;
}

/** What every extractor produces for one document. */
export interface Extraction {
  organizations: OrgMention[];
  victims: (Span & { name: string })[];
  dates: DateMention[];
  counts: CountMention[];
  money: MoneyMention[];
  data_types: DataTypeMention[];
}

/** One line of records.jsonl. */
export interface DocRecord extends Extraction {
  doc_id: string;
  source: string;
  lang: Lang;
  title: string;
  published: string | null;
  /** Detected encoding of the file (`UTF-8`, `Shift_JIS` ...). */
  encoding: string;
  /** Metadata columns other than `file` and `published`, as written in metadata.csv. */
  meta: Record<string, string>;
}

/** A file that could not be processed, with a stable code. */
export interface Problem {
  file: string;
  code: ProblemCode;
  reason: string;
}

export type ProblemCode =
  | "EMPTY"
  | "BINARY"
  | "DECODE"
  | "TOO_LARGE"
  | "TIMEOUT"
  | "READ"
  | "LINK"
  | "METADATA"
  | "DUPLICATE_ID"
  | "INTERNAL";
