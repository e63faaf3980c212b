import type { Qualifier } from "../../types.js";

/** English words around a number that make it a count of affected people or records, or not; matched case-insensitively on whole words, multi-word entries first. */

/** Words before a number that qualify it; "between" and "from" open a range (extract/counts-en.ts). */
export const QUALIFIERS: Array<[string, Qualifier]> = [
  ["more than", "at_least"], ["over", "at_least"], ["at least", "at_least"], ["in excess of", "at_least"],
  ["upwards of", "at_least"], ["upward of", "at_least"], ["north of", "at_least"], ["well over", "at_least"],
  ["just over", "at_least"], ["no fewer than", "at_least"], ["no less than", "at_least"], ["a minimum of", "at_least"],
  ["exceeding", "at_least"], ["greater than", "at_least"],
  ["up to", "at_most"], ["as many as", "at_most"], ["as much as", "at_most"], ["less than", "at_most"],
  ["fewer than", "at_most"], ["under", "at_most"], ["just under", "at_most"], ["at most", "at_most"],
  ["no more than", "at_most"], ["a maximum of", "at_most"], ["below", "at_most"],
  ["around", "approx"], ["about", "approx"], ["approximately", "approx"], ["nearly", "approx"], ["almost", "approx"],
  ["roughly", "approx"], ["some", "approx"], ["an estimated", "approx"], ["estimated", "approx"], ["close to", "approx"],
  ["approx.", "approx"], ["~", "approx"], ["circa", "approx"], ["an approximate", "approx"], ["a reported", "exact"],
];

/** Words after a number (and its scale) that qualify it: "20,000 or more", "1m-plus". */
export const POST_QUALIFIERS: Array<[string, Qualifier]> = [
  ["or more", "at_least"], ["-plus", "at_least"], [" plus", "at_least"], ["+", "at_least"], ["or so", "approx"],
  ["or fewer", "at_most"], ["or less", "at_most"],
];

/** A bare figure an affected count was revised from, just before it: "4.1 million customers, up from 3.6 million". */
export const REVISED_FROM = /\b(?:(?:up|down)\s+from|from\s+(?:an?|the|its)\s+(?:earlier|initial|original|previous|prior|first)\s+(?:estimate|figure|count|tally|total)\s+of)\s+(?:the\s+|an?\s+)?(?:(?:earlier|initial|original|previous|prior|first)\s+)?(?:estimate\s+of\s+)?$/i;

/** Words that open a range before its first number ("between 3 and 5 million"). */
export const RANGE_OPENERS = ["between", "from"];

/** Plural demonyms that count people ("58,000 Texans"); only plurals distinct from the adjective ("Japanese" is left out) and none that is also a thing ("Poles"). */
export const DEMONYMS = [
  // Countries and regions
  "americans", "britons", "brits", "australians", "aussies", "canadians", "new zealanders", "europeans", "germans",
  "italians", "spaniards", "swedes", "norwegians", "danes", "finns", "belgians", "austrians", "hungarians",
  "romanians", "bulgarians", "ukrainians", "russians", "israelis", "iranians", "indians", "pakistanis",
  "bangladeshis", "indonesians", "malaysians", "singaporeans", "filipinos", "thais", "koreans", "south koreans",
  "mexicans", "brazilians", "argentines", "argentinians", "chileans", "colombians", "peruvians",
  "nigerians", "kenyans", "south africans", "egyptians", "scots", "londoners", "hong kongers",
  // States and provinces of the US, Canada and Australia
  "alabamians", "alaskans", "arizonans", "arkansans", "californians", "coloradans", "connecticuters", "delawareans",
  "floridians", "georgians", "hawaiians", "idahoans", "illinoisans", "indianans", "hoosiers",
  "iowans", "kansans", "kentuckians", "louisianans", "louisianians", "mainers", "marylanders",
  "michiganders", "minnesotans", "mississippians", "missourians", "montanans", "nebraskans", "nevadans",
  "new hampshirites", "new jerseyans", "new mexicans", "new yorkers", "north carolinians", "north dakotans", "ohioans",
  "oklahomans", "oregonians", "pennsylvanians", "rhode islanders", "south carolinians", "south dakotans",
  "tennesseans", "texans", "utahns", "utahans", "vermonters", "virginians", "west virginians", "washingtonians",
  "wisconsinites", "wyomingites", "ontarians", "quebecers", "albertans", "british columbians", "manitobans",
  "nova scotians", "queenslanders", "victorians", "tasmanians", "western australians", "south australians",
];

/** Nouns counting people, accounts, records or data items; singulars too, as they modify a head ("a 300k record subset"). */
export const AFFECTED_UNITS = [
  "people", "persons", "person", "individuals", "individual", "users", "user", "customers", "customer", "clients",
  "client", "accounts", "account", "records", "record", "members", "member", "subscribers", "subscriber", "patients",
  "patient", "employees", "employee", "staff", "students", "student", "players", "player", "gamers", "voters", "voter",
  "citizens", "residents", ...DEMONYMS, "consumers", "consumer", "shoppers", "victims", "veterans", "applicants",
  "donors", "borrowers", "policyholders", "passengers", "guests", "visitors", "cards", "credit cards", "debit cards",
  "card numbers", "card details", "bank details", "payment details", "payment cards", "email addresses",
  "e-mail addresses", "emails", "email", "e-mail", "passwords", "usernames", "user names", "profiles", "identities",
  "households", "families", "taxpayers", "workers", "children", "teachers", "account holders", "cardholders",
  "entries", "rows", "addresses", "phone numbers", "telephone numbers", "social security numbers", "account numbers",
  "names", "credentials", "logins", "contacts", "beneficiaries", "members' details", "personnel", "recipients",
  "job seekers", "jobseekers", "candidates", "tenants", "travellers", "travelers", "drivers", "buyers", "sellers", "patrons", "enrollees", "enrolees",
  "merchants", "owners", "holders", "pensioners", "retirees", "claimants", "enrollees", "participants", "fans",
  "parents", "guardians", "pupils", "learners", "caregivers", "carers", "supporters",
];

/** A possessive of a person right before a count: a family, not victims ("whose two children", "her three sons"). */
export const FAMILY_BEFORE = /\b(?:his|her|my|your|whose)\s+$/i;

/** Nouns that count records only in some senses ("cases", "lines"): affected when "of data" follows or the clause speaks of a leak. */
export const WEAK_UNITS = ["cases", "lines", "items", "files of personal data"];

/** Nouns that count something other than affected people or records: size, time, firms, things. */
export const OTHER_UNITS = [
  "bytes", "kb", "mb", "gb", "tb", "pb", "kilobytes", "megabytes", "gigabytes", "terabytes", "petabytes",
  "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times", "percent", "per cent",
  "companies", "company", "firms", "businesses", "organisations", "organizations", "agencies", "vendors", "suppliers",
  "partners", "stores", "shops", "outlets", "locations", "branches", "restaurants", "hotels", "hospitals", "clinics",
  "schools", "universities", "banks", "countries", "states", "cities", "websites", "sites", "domains", "servers",
  "devices", "computers", "laptops", "machines", "files", "documents", "folders", "databases", "tables", "pages",
  "apps", "applications", "products", "attacks", "incidents", "breaches", "hackers", "attackers", "shares",
  "digits", "characters", "points", "miles", "feet", "meters", "metres", "kilometres", "kilometers", "lines of code", "members of staff",
  // The staff mailboxes an intruder got into: the way in, not the people affected.
  "employee email accounts", "employee e-mail accounts", "staff email accounts", "employee mailboxes", "staff mailboxes",
];

/** Words that end the search for a counted noun after a number. */
export const STOP_WORDS = [
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may", "might",
  "that", "which", "who", "whose", "in", "on", "at", "from", "by", "with", "to", "for", "since", "after", "before",
  "over", "per", "than", "as", "during", "including", "across", "into", "between", "through", "via", "against",
  "said", "says", "say", "according", "but", "while", "when", "if", "because", "so", "the", "a", "an", "this",
  "these", "those", "its", "their", "his", "her", "our", "your", "it", "they", "he", "she", "we", "you", "each",
];

/** Words before a count that make it a firm's size ("employs 43,000 staff", "a WhatsApp group with 200 members", "disbursed loans to 2.4 crore customers") or growth ("added 212,000 subscribers"); an exposure participle after the noun overrides ("had 7 million records exposed"). */
export const SIZE_CUES = [
  "has", "have", "had", "having", "employs", "employ", "employed", "employing", "serves", "serve", "served", "serving",
  "boasts", "boast", "boasting", "reports", "counts", "claims", "home to", "base of", "workforce of", "staff of", "surveyed", "polled", "survey of",
  "study of", "out of", "hired", "hire", "hiring", "laid off", "lay off", "cut", "cutting", "its", "their", "our",
  "added", "adds", "adding", "gained", "gains", "gaining", "net additions of",
  "enrolls", "enrol", "enroll", "enrols", "enrolled", "enrolling", "enrollment of", "enrolment of",
  // A business described by its size ("an app with 31 million users", "companies with fewer than 100 employees").
  ...["app", "company", "companies", "firm", "firms", "platform", "service", "business", "businesses", "bank", "insurer", "retailer",
    "provider", "operator", "exchange", "network", "chain", "employer", "employers", "organisation", "organization",
    "group", "chat", "channel", "forum", "community", "list"].map((w) => `${w} with`),
  "loans to", "disbursed to", "sold to", "lent to",
];

/** Workforce nouns, after which a bare "with" gives a firm's size whatever names the firm ("a maker of machinery with about 9,800 staff worldwide"). */
export const WORKFORCE_NOUNS = ["employees", "staff", "workers", "personnel"];

/** Before a count: a breach in general, as a law's threshold names it ("any breach affecting 500 or more people", "whenever more than 500 residents are affected"). */
export const THRESHOLD_BEFORE = /(?:\b(?:any|a|each|every|all)\s+(?:[\w-]+\s+){0,2}?breach(?:es)?|\bbreaches)\s+(?:that\s+)?(?:affect(?:ing|s)?|involv(?:ing|es?)|of)\s+$|\b(?:whenever|if|once)\s+$/i;

/** After a count's noun: a rate ("100,000 consumers a year", "2 million prescriptions annually") measures business, not exposure. */
/** After a count of people: they claim, register or sue over the breach ("61,284 class members had filed claims", "1,900 customers represented by a law firm"), some of those affected, not their number. */
export const CLAIMANTS_AFTER = /^\s+(?:(?:had|have|has)\s+(?:already\s+|so far\s+)?)?(?:(?:filed|submitted|lodged|made)\s+(?:valid\s+|timely\s+)?claims?\b|registered\s+(?:their\s+)?interest\b|issued\s+proceedings\b|sued\b|filed\s+(?:a\s+)?(?:suit|lawsuit|complaint)\b|joined\s+(?:the\s+)?(?:class[- ]action|lawsuit|suit|claim)\b|opted\s+out\b)|^\s+represented\s+by\b/i;

/** Before a count: the counted are organisations whose people were affected ("employees of about 4,800 corporate customers"). */
export const OWNERS_OF_BEFORE = /\b(?:employees|staff|workers|people|members|patients|students)\s+(?:of|at|from)\s+(?:(?:about|roughly|some|nearly|almost|approximately|around|more than|over)\s+)?$/i;

export const RATE_AFTER = /^,?\s+(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter)|annually|yearly|monthly|weekly|daily)\b/i;

/** After a count of people: anonymous sources ("two people familiar with the talks"), not victims. */
export const SOURCE_AFTER = /^\s*(?:familiar with|briefed on|with (?:direct )?knowledge of|close to the|aware of the (?:matter|talks|investigation|probe|case|plans?))\b/i;

/** Before "victims": a gang's tally of organisations attacked ("has claimed more than 90 victims"). */
export const TALLY_BEFORE = /\b(?:claim(?:ed|s|ing)?|list(?:ed|s|ing)?|post(?:ed|s|ing)?|add(?:ed|s|ing)?|nam(?:ed|es|ing)|racked up|(?:has|have|had) (?:hit|attacked|targeted|compromised|extorted))\s+(?:(?:more than|over|at least|nearly|almost|about|around|some|roughly|upwards of|close to)\s+)?$/i;

/** Customer-base or workforce nouns, the only ones a size cue applies to ("has 30 million users", not "had 71k email addresses"). */
export const SIZE_NOUNS = [
  "people", "users", "customers", "clients", "accounts", "members", "subscribers", "patients", "employees", "staff",
  "students", "players", "gamers", "workers", "personnel", "consumers", "shoppers", "guests", "visitors",
  "passengers", "policyholders", "cardholders", "account holders", "teachers", "fans", "participants",
  "households", "homes", "residents", "pupils", "citizens", "families",
  ...DEMONYMS,
];

/** Words of exposure that, right after a counted noun, make a size cue a breach after all. */
export const EXPOSURE_PARTICIPLES = [
  "exposed", "stolen", "leaked", "compromised", "affected", "impacted", "breached", "accessed", "hacked", "taken",
  "posted", "dumped", "published", "scraped", "copied", "exfiltrated", "downloaded", "deleted", "encrypted",
];

/** Verb phrases right after a bare number that make it an affected count ("only three million were impacted"). */
export const AFFECTED_AFTER = [
  "were affected", "were impacted", "were exposed", "were compromised", "were stolen", "were leaked", "were breached",
  "were accessed", "were hacked", "were taken", "was affected", "was impacted", "was exposed", "was compromised",
  "have been affected", "have been impacted", "have been exposed", "have been compromised", "have been stolen",
  "had been affected", "had been impacted", "had been exposed", "had been compromised", "had been stolen",
  "may have been affected", "may have been impacted", "may have been exposed", "may have been compromised",
  "might have been affected", "could have been affected", "are affected", "are impacted", "had their",
  "have had their", "involved the theft", "involved the leak", "involved the loss", "involved the exposure",
  "of those affected", "of whom",
];

/** Singular nouns that need a plural after a small figure: before another word they modify its head ("two email startups", "three consumer reporting agencies"); a large one may make a compound ("a 339k record subset"). */
export const MODIFIER_UNITS = ["email", "customer", "user", "patient", "student", "member", "employee", "account", "card", "consumer", "client", "subscriber", "record", "file", "person", "resident"];

/** Words before a bare number naming what it counts later in the clause ("the total number of individuals affected is 539,207"). */
export const TOTAL_NOUNS = ["number", "total", "tally", "count", "figure"];

/** Words of a leak in the clause, that make a weak unit ("cases", "lines") count records. */
export const BREACH_WORDS = [
  "breach", "breached", "leak", "leaked", "leaks", "stolen", "stole", "theft", "exposed", "exposure", "compromised",
  "hacked", "hack", "accessed", "data", "information", "personal", "affected", "impacted",
];

/** A word right before a number that makes it a label, not a count: "version 2", "Windows 10", "top 10". */
export const LABEL_BEFORE = [
  "version", "v", "ios", "android", "windows", "iphone", "macos", "model", "no", "no.", "number", "article", "section",
  "chapter", "page", "room", "flight", "route", "level", "tier", "phase", "series", "season", "episode", "part",
  "grade", "class", "category", "type", "title", "rule", "form", "fortune", "top", "aged", "age", "ages", "ranked",
  "cve", "covid", "iso", "pci", "web", "office", "server", "sql", "build", "release", "patch", "firmware", "policy",
  // Parts of an address or a phone line in a contact paragraph.
  "suite", "ste.", "box", "unit", "apt.", "floor", "ext.", "extension",
];

/** Parts of a phone number, postal code or street address ("(207) 555-0199", "ME 04101"): [before, after] patterns, no count. */
export const CONTACT_BEFORE = /(?:(?:^|[^\w,])\d{1,4}[-.]|\+\d{0,3}[\s.-]?|\(\d{2,4}\)\s?|\($|\b[A-Z]{2}\s)$/;
export const CONTACT_AFTER = /^(?:[-.]\d{2,4}\b|\)\s?\d|\s\d{3,4}[\s.-]\d{3,4}\b|\s0\d{2,4}\b|\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Court|Parkway)\b)/;

/** Words right after a number that make it an age or a duration adjective: "25-year-old", "30-day". */
export const LABEL_AFTER = ["year-old", "years old", "year old", "-year-old", "-day", "-month", "-year", "-hour", "-minute"];

/** English month names and abbreviations: a number beside one is a day or a year, not a count. */
export const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/** Before a count: a proportion ("one in five customers"), no number of people. */
export const PROPORTION_BEFORE = /\b(?:one|two|three|four|a|\d+)\s+(?:in|out of)\s+(?:every\s+)?$/i;

/** Before a count: the whole that a count just before is part of ("1,400 of the firm's 22,000 customers"): a base, not those affected. */
export const DENOMINATOR_BEFORE = /\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:[a-z]+\s+){0,2}?(?:of|out of)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+)(?:(?:roughly|about|approximately|around|some|nearly|more than|over|almost)\s+)?$/;
