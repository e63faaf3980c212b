import type { Table } from "./schema.js";

/** The output contract's code lists (/work/shared/CONTRACT.md) with labels: schema, Data Package, codes.csv and README codebook are all made from them. */

/** One allowed value of a code column, with what it means. */
export interface Code {
  value: string;
  label: string;
}

/** Groups of data types that researchers tabulate; each becomes a boolean column of records.csv. */
export const CATEGORIES = [
  { value: "identity", label: "who a person is: name, date of birth, age, gender" },
  { value: "contact", label: "how to reach a person: e-mail, postal address, phone number" },
  { value: "credentials", label: "what lets someone log in: user name, password, hint, security questions" },
  { value: "government_id", label: "government-issued identifiers: SSN, My Number, passport, driving licence" },
  { value: "payment", label: "payment cards: number, security code, expiry" },
  { value: "financial", label: "bank accounts and financial information" },
  { value: "health", label: "medical or health records" },
  { value: "account", label: "identifiers of an account or device: customer ID, IP address" },
  { value: "activity", label: "what a person did or where: purchases, location" },
  { value: "employment", label: "employer, job title, occupation" },
  { value: "photo", label: "photographs and biometrics" },
  { value: "unspecified", label: "personal information with no type named" },
] as const satisfies readonly Code[];

/** A data-type category code. */
export type Category = (typeof CATEGORIES)[number]["value"];

/** One data-type code of the contract with its Have I Been Pwned class, VERIS variety and our category. */
export interface DataTypeCode extends Code {
  hibp_class: string | null;
  veris_variety: string;
  category: Category;
}

const dt = (value: string, label: string, hibp_class: string | null, veris_variety: string, category: Category): DataTypeCode => ({
  value,
  label,
  hibp_class,
  veris_variety,
  category,
});

/** The data-type codes, in the contract's order. */
export const DATA_TYPE_CODES: readonly DataTypeCode[] = [
  dt("full_name", "a person's name (氏名, 名前)", "Names", "Personal", "identity"),
  dt("username", "user name, login ID, nickname, screen or player name", "Usernames", "Credentials", "credentials"),
  dt("email_address", "e-mail address (メールアドレス)", "Email addresses", "Personal", "contact"),
  dt("password", "password, hashed or not (パスワード)", "Passwords", "Credentials", "credentials"),
  dt("password_hint", "password hint", "Password hints", "Credentials", "credentials"),
  dt("security_qa", "security questions and answers (秘密の質問)", "Security questions and answers", "Credentials", "credentials"),
  dt("date_of_birth", "date of birth (生年月日)", "Dates of birth", "Personal", "identity"),
  dt("age", "age (年齢)", "Ages", "Personal", "identity"),
  dt("gender", "gender (性別)", "Genders", "Personal", "identity"),
  dt("postal_address", "street or postal address, postcode (住所, 郵便番号)", "Physical addresses", "Personal", "contact"),
  dt("phone_number", "phone number (電話番号)", "Phone numbers", "Personal", "contact"),
  dt("government_id", "SSN, national ID, My Number, passport, driver's licence, pension number", "Government issued IDs", "Personal", "government_id"),
  dt("payment_card", "credit or debit card number or card data (クレジットカード情報)", "Credit cards", "Payment", "payment"),
  dt("card_security_code", "CVV, security code (セキュリティコード)", "Credit card CVV", "Payment", "payment"),
  dt("card_expiry", "card expiry date (有効期限)", "Credit cards", "Payment", "payment"),
  dt("bank_account", "bank account number (口座番号)", "Bank account numbers", "Bank", "financial"),
  dt("financial_info", "income, credit history, transactions, salary (年収, 取引履歴)", "Income levels", "Bank", "financial"),
  dt("health_info", "medical or health records (病歴, 診療情報)", "Health insurance information", "Medical", "health"),
  dt("ip_address", "IP address", "IP addresses", "System", "account"),
  dt("account_id", "member, customer or card ID, access code (会員番号, 顧客ID)", "Customer IDs", "Personal", "account"),
  dt("purchase_history", "orders and purchases (購入履歴, 注文情報)", "Purchases", "Personal", "activity"),
  dt("employer", "employer, job title, occupation (勤務先, 職業)", "Employers", "Personal", "employment"),
  dt("location", "geolocation, travel history", "Geographic locations", "Personal", "activity"),
  dt("photo", "photographs, biometrics (顔写真)", "Photos", "Personal", "photo"),
  dt("personal_info", "personal information with no type named (個人情報, お客様情報)", null, "Personal", "unspecified"),
];

const BY_CODE = new Map(DATA_TYPE_CODES.map((c) => [c.value, c]));

/** The category of a data-type code, or null for a code outside the contract. */
export const categoryOf = (code: string): Category | null => BY_CODE.get(code)?.category ?? null;

/** Roles of an organisation in the story. */
export const ORG_ROLES: readonly Code[] = [
  { value: "victim", label: "organisation whose data was breached" },
  { value: "attacker", label: "attacker: hacker group, ransomware gang" },
  { value: "source", label: "news source or organisation quoted as reporting" },
  { value: "other", label: "any other organisation named" },
];

/** What a date is the date of. */
export const DATE_ROLES: readonly Code[] = [
  { value: "incident", label: "the attack or exposure happened" },
  { value: "discovery", label: "detected, identified (判明, 発覚, 確認)" },
  { value: "disclosure", label: "announced or notified (発表, 公表, 報告)" },
  { value: "other", label: "any other date in the body" },
];

/** Where the year of a date came from. */
export const YEAR_SOURCES: readonly Code[] = [
  { value: "text", label: "the year is written in the date itself" },
  { value: "context", label: "the year was taken from text around the date" },
  { value: "published", label: "the year was taken from the publication date" },
];

/** How precise an ISO date is. */
export const PRECISIONS: readonly Code[] = [
  { value: "day", label: "YYYY-MM-DD" },
  { value: "month", label: "YYYY-MM" },
  { value: "year", label: "YYYY" },
  { value: "unknown", label: "the year cannot be known: no ISO date" },
];

/** How exact a count is said to be. */
export const QUALIFIERS: readonly Code[] = [
  { value: "exact", label: "stated as an exact number" },
  { value: "approx", label: "around, about, nearly (約, およそ)" },
  { value: "at_least", label: "more than, over (以上, 超)" },
  { value: "at_most", label: "up to (最大)" },
];

/** What a count counts. */
export const COUNT_ROLES: readonly Code[] = [
  { value: "affected", label: "people, accounts, records or cards exposed" },
  { value: "other", label: "any other count" },
];

/** Whether a data type is said to have leaked. */
export const STATUSES: readonly Code[] = [
  { value: "leaked", label: "stated as stolen, obtained or exposed (流出した, 漏えいした)" },
  { value: "possibly_leaked", label: "may have been, feared (可能性がある, 恐れ)" },
  { value: "not_leaked", label: "explicitly not affected (含まれていない, 流出していない)" },
];

/** The languages of the documents. */
export const LANGS: readonly Code[] = [
  { value: "en", label: "English" },
  { value: "ja", label: "Japanese" },
];

/** The kinds of value in mentions.csv. */
export const MENTION_KINDS: readonly Code[] = [
  { value: "organization", label: "an organisation named in the body" },
  { value: "victim", label: "an organisation chosen as victim" },
  { value: "date", label: "a date" },
  { value: "count", label: "a count" },
  { value: "money", label: "a sum of money" },
  { value: "data_type", label: "a type of data" },
];

/** The stable codes of problems.csv. */
export const PROBLEM_CODES: readonly Code[] = [
  { value: "EMPTY", label: "the file has no visible text" },
  { value: "BINARY", label: "the file is not text" },
  { value: "DECODE", label: "the bytes could not be decoded cleanly" },
  { value: "TOO_LARGE", label: "the file is over --max-bytes; only its start was read" },
  { value: "TIMEOUT", label: "the document took longer than --doc-timeout" },
  { value: "READ", label: "the file could not be read" },
  { value: "LINK", label: "a symbolic link that was not followed" },
  { value: "METADATA", label: "a bad row in metadata.csv or aliases.csv" },
  { value: "DUPLICATE_ID", label: "another file has the same doc_id (the same path with another extension)" },
  { value: "INTERNAL", label: "a bug: the document could not be processed" },
];

/** The code lists by the name codes.csv gives them (its `list` column). */
export const CODE_LISTS: Record<string, readonly Code[]> = {
  lang: LANGS,
  org_role: ORG_ROLES,
  date_role: DATE_ROLES,
  year_source: YEAR_SOURCES,
  date_precision: PRECISIONS,
  qualifier: QUALIFIERS,
  count_role: COUNT_ROLES,
  status: STATUSES,
  data_type: DATA_TYPE_CODES,
  category: CATEGORIES,
  mention_kind: MENTION_KINDS,
  problem_code: PROBLEM_CODES,
};

/** One row of codes.csv. */
export interface CodeRow {
  list: string;
  code: string;
  label: string;
  category: string | null;
  hibp_class: string | null;
  veris_variety: string | null;
}

/** Every code of every list, one a row, in list order. */
export function codeRows(): CodeRow[] {
  return Object.entries(CODE_LISTS).flatMap(([list, codes]) =>
    codes.map((c) => {
      const d = c as Partial<DataTypeCode>;
      return { list, code: c.value, label: c.label, category: d.category ?? null, hibp_class: d.hibp_class ?? null, veris_variety: d.veris_variety ?? null };
    }),
  );
}

/** codes.csv: the codebook as a table, so it can be joined instead of read. */
export const CODES: Table<CodeRow> = {
  name: "codes",
  title: "Codebook",
  description: "every allowed value of every code column, with its meaning; data types with their Have I Been Pwned class and VERIS variety",
  primaryKey: ["list", "code"],
  columns: [
    { name: "list", type: "string", required: true, codes: Object.keys(CODE_LISTS).map((k) => ({ value: k, label: `codes of ${k}` })), description: "which code list the code belongs to", value: (r) => r.list },
    { name: "code", type: "string", required: true, description: "the code as it appears in the tables", value: (r) => r.code },
    { name: "label", type: "string", required: true, description: "what the code means", value: (r) => r.label },
    { name: "category", type: "string", description: "for data types: their category (list category)", value: (r) => r.category },
    { name: "hibp_class", type: "string", description: "for data types: the Have I Been Pwned data class; empty for personal_info", value: (r) => r.hibp_class },
    { name: "veris_variety", type: "string", description: "for data types: the VERIS attribute.confidentiality.data.variety", value: (r) => r.veris_variety },
  ],
};
