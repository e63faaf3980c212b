/** Shared types. Offsets are UTF-16, 0-based, end-exclusive: `text.slice(start, end) === span.text`. */

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
  /** kuromoji's `pos` (名詞, 動詞 ...) or compromise's first tag; `pos1`, `pos2` are kuromoji's `pos_detail_1`, `_2` (固有名詞, 組織 ...), empty for English. */
  pos: string;
  pos1: string;
  pos2: string;
  basic: string;
  /** Set when kuromoji's dictionary lacks the word (its `word_type` is UNKNOWN). */
  unknown?: true;
}

/** A sentence; `boilerplate` marks page chrome (bylines, footers, bios), which must yield nothing. */
export interface Sentence extends Span {
  /** Paragraph index (a non-empty line, or hard-wrapped English lines). */
  paragraph: number;
  boilerplate: boolean;
}

/** One analysed article, built once by `analyse/doc.ts` and only read; `folded` is `text` width-folded one-for-one, so offsets match. */
export interface Doc {
  id: string;
  source: string;
  lang: Lang;
  text: string;
  folded: string;
  /** Publication date `YYYY-MM-DD` from metadata.csv, or null. */
  published: string | null;
  /** First non-boilerplate line of the body. */
  title: string;
  sentences: Sentence[];
  /** Tokens of story sentences: every Japanese one, English ones only where a name may stand. */
  tokens: Token[];
  /** Tokenizer named-entity hints (kuromoji 組織/人名/地域, compromise tags). */
  entities: Entity[];
}

/** A named-entity hint from a tokenizer. */
export interface Entity extends Span {
  kind: "org" | "person" | "place";
}

/** What an organisation is in the breach's story. */
export type OrgRole = "victim" | "attacker" | "source" | "other";
/** What event of the breach a date is the date of. */
export type DateRole = "incident" | "discovery" | "disclosure" | "other";
/** How a count is hedged ("about", "at least" ...). */
export type Qualifier = "exact" | "approx" | "at_least" | "at_most";
/** Whether a count is of those the breach affected. */
export type CountRole = "affected" | "other";
/** Whether the text states a data type was leaked, may have been, or was not. */
export type Status = "leaked" | "possibly_leaked" | "not_leaked";

/** Where a date's year came from. */
export type YearSource = "text" | "context" | "published";

/** An organisation named in the text; `rule`, in every mention, is the id of the rule that found or classified it. */
export interface OrgMention extends Span {
  name: string;
  role: OrgRole;
  rule: string;
}

/** A date; `year_source` is null when `iso` is. */
export interface DateMention extends Span {
  iso: string | null;
  role: DateRole;
  year_source: YearSource | null;
  rule: string;
}

/** A count; `unit` is what is counted, as written or normalised (`people`, `records`, `件` ...). */
export interface CountMention extends Span {
  value: number;
  qualifier: Qualifier;
  unit: string | null;
  role: CountRole;
  rule: string;
}

/** An amount of money, in the currency's main unit. */
export interface MoneyMention extends Span {
  value: number;
  currency: string;
  rule: string;
}

/** A kind of data (a data-type code) named in the text, with what the text says of its leak. */
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

/** The stable problem codes; the README says what each means. */
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
