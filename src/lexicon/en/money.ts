/** English money words with their ISO 4217 codes; a bare "$" is USD unless the story is set in another dollar country (LOCAL_DOLLARS), whose press writes its own dollar bare. */

import { US_STATES } from "./places.js";

/** Currency signs and prefixes, and the ISO 4217 code each stands for. */
export const CURRENCY_SIGNS: Array<[string, string]> = [
  ["US$", "USD"], ["U.S.$", "USD"], ["USD$", "USD"], ["A$", "AUD"], ["AU$", "AUD"], ["AUD$", "AUD"], ["C$", "CAD"],
  ["CA$", "CAD"], ["CAD$", "CAD"], ["NZ$", "NZD"], ["HK$", "HKD"], ["S$", "SGD"], ["SG$", "SGD"], ["R$", "BRL"],
  ["NT$", "TWD"], ["MX$", "MXN"], ["$", "USD"], ["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"], ["₩", "KRW"],
  ["₽", "RUB"], ["₺", "TRY"], ["₪", "ILS"], ["₱", "PHP"], ["₦", "NGN"], ["RM", "MYR"], ["Rs.", "INR"], ["Rs", "INR"], ["CHF", "CHF"], ["KSh", "KES"], ["Ksh", "KES"],
];

/** Signs a country's own press writes that are letters elsewhere ("P5 million" in a Manila paper), read only in a story set there (case-sensitive words, as LOCAL_DOLLARS). */
export const LOCAL_SIGNS: Array<{ sign: string; currency: string; words: RegExp }> = [
  {
    sign: "P",
    currency: "PHP",
    words: /\b(?:Philippines|Philippine|Filipinos?|Manila|Makati|Quezon City|Pasig|Taguig|Cebu|Davao|Mindanao|Luzon|Visayas|National Privacy Commission|Bangko Sentral(?: ng Pilipinas)?|Data Privacy Act of 2012|DICT|PLDT)\b/g,
  },
  {
    // Nigerian papers write the naira as N as often as ₦ ("N10 million").
    sign: "N",
    currency: "NGN",
    words: /\b(?:Nigeria|Nigerians?|Lagos|Abuja|Kano|Ibadan|Port Harcourt|Enugu|NDPC|Nigeria Data Protection (?:Commission|Act)|Central Bank of Nigeria|CBN|NIN|BVN|NDPR)\b/g,
  },
  {
    sign: "Sh",
    currency: "KES",
    words: /\b(?:Kenya|Kenyans?|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Nyeri|Kiambu|Machakos|ODPC|Office of the Data Protection Commissioner|KRA|Kenya Revenue Authority|Safaricom|M-Pesa|Sacco|Saccos|Central Bank of Kenya|CBK|Data Protection Act, 2019)\b/g,
  },
  {
    sign: "R",
    currency: "ZAR",
    words: /\b(?:South Africans?|Johannesburg|Cape Town|Durban|Pretoria|Tshwane|Sandton|Soweto|Gqeberha|Port Elizabeth|Bloemfontein|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Limpopo|Mpumalanga|Information Regulator|POPIA|POPI Act|Protection of Personal Information Act|JSE|SABC|Eskom|Transnet|SAPS)\b/g,
  },
];

/** ISO 4217 codes written before or after an amount ("USD 5 million", "5 million EUR"). */
export const CURRENCY_CODES = [
  "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "CNY", "RMB", "INR", "KRW", "HKD", "SGD", "NZD", "SEK", "NOK", "DKK",
  "BRL", "MXN", "ZAR", "RUB", "TRY", "PLN", "ILS", "TWD", "THB", "PHP", "IDR", "MYR", "AED", "SAR", "NGN", "KES", "GHS",
];

/** Codes that are other words before a number: "PHP 7.4" is a version, "SAR 2" a rescue. */
export const NOT_BEFORE = ["PHP", "TRY", "SAR", "THB", "IDR", "AED", "MYR", "ZAR"];

/** Codes that are not ISO 4217 but name one. */
export const CODE_ALIASES: Array<[string, string]> = [["RMB", "CNY"]];

/** Currency words after an amount, longest first wins ("Australian dollars" over "dollars"). */
export const CURRENCY_WORDS: Array<[string, string]> = [
  ["dollars", "USD"], ["dollar", "USD"], ["us dollars", "USD"], ["u.s. dollars", "USD"], ["american dollars", "USD"],
  ["australian dollars", "AUD"], ["canadian dollars", "CAD"], ["new zealand dollars", "NZD"], ["hong kong dollars", "HKD"],
  ["singapore dollars", "SGD"], ["taiwan dollars", "TWD"], ["pounds", "GBP"], ["pound", "GBP"], ["pounds sterling", "GBP"],
  ["sterling", "GBP"], ["euros", "EUR"], ["euro", "EUR"], ["yen", "JPY"], ["japanese yen", "JPY"], ["yuan", "CNY"],
  ["renminbi", "CNY"], ["rupees", "INR"], ["indian rupees", "INR"], ["swiss francs", "CHF"], ["francs", "CHF"],
  ["roubles", "RUB"], ["rubles", "RUB"], ["korean won", "KRW"], ["south korean won", "KRW"], ["reais", "BRL"],
  ["swedish kronor", "SEK"], ["norwegian kroner", "NOK"], ["danish kroner", "DKK"], ["zloty", "PLN"], ["zlotys", "PLN"],
  ["mexican pesos", "MXN"], ["philippine pesos", "PHP"], ["ringgit", "MYR"], ["baht", "THB"], ["shekels", "ILS"], ["naira", "NGN"], ["rand", "ZAR"], ["kenyan shillings", "KES"], ["cedis", "GHS"],
  ["usd", "USD"], ["gbp", "GBP"], ["eur", "EUR"], ["jpy", "JPY"], ["won", "KRW"],
];

/** Hundredths written after an amount ("29 cents", "6.2p"): cents are the story's dollar, pence sterling; the bare "p" only in a story that names sterling (PENCE_STORY), and never a video size (1080p). */
export const SUBUNITS = { cents: /^(?:cents?|¢)$/, pence: /^(?:pence|p)$/ };
export const PENCE_STORY = /£|\bGBP\b|\bpence\b|\bsterling\b|\bpounds\b|\bFTSE\b|\b(?:plc|Plc|PLC)\b|\bLondon Stock Exchange\b/;
export const VIDEO_SIZES = ["240", "360", "480", "540", "720", "1080", "1440", "2160", "4320"];

/** Currency words that are also verbs: money only after a scaled or digit-grouped sum ("1.5 billion won", "6,600,000 won"). */
export const VERB_CURRENCIES = ["won"];
/** An object after such a word makes it the verb after all ("20 million won the lottery"). */
export const VERB_OBJECT_AFTER = /^\s+(?:the|a|an|its|their|his|her|against)\b/i;

/** Dollar countries whose press writes the local dollar bare, with words that set a story there (case-sensitive); names used elsewhere are left out (Victoria, Perth, Medicare, AFP, ASIC). */
export const LOCAL_DOLLARS: Array<{ currency: string; words: RegExp }> = [
  {
    currency: "AUD",
    words: /\b(?:Australians?|Aussies?|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Geelong|Ballarat|Bendigo|Gold Coast|Sunshine Coast|Townsville|Cairns|Toowoomba|Wollongong|Launceston|Pty Ltd|Queensland(?:ers?)?|New South Wales|NSW|Tasmanian?s?|Northern Territory|OAIC|ASX|ACSC|ACCC|APRA|AEST|AEDT|ACST|AWST|Notifiable Data Breach|notifiable data breach|[Tt]ax file numbers?|TFNs?|Senate estimates|Centrelink|myGov|Services Australia|Australian Taxation Office|TAFE)\b/g,
  },
  {
    currency: "CAD",
    words: /\b(?:Canada|Canadians?|Ontario|Toronto|Quebec|Québec|Montreal|Montréal|Vancouver|British Columbia|Alberta|Calgary|Edmonton|Ottawa|Manitoba|Winnipeg|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut|TSX|RCMP|PIPEDA|(?:Ont|Que|Alta|Sask|Nfld|B\.C|P\.E\.I)(?=\.)|OPP|Provincial Police|Sûreté du Québec|[Ss]ocial [Ii]nsurance [Nn]umbers?|Privacy Commissioner of Canada|Personal Information Protection and Electronic Documents Act|(?:the )?province['’]s|[Ii]nformation and [Pp]rivacy [Cc]ommissioner|[Pp]re-authori[sz]ed debit)\b/g,
  },
  { currency: "NZD", words: /\b(?:New Zealand(?:ers?)?|Auckland|Christchurch|Wellington|Dunedin|Tauranga|Otago|Waikato|Aotearoa|Kiwis?|Kiwibank|Māori|Maori|Te Whatu Ora|Health NZ|RNZ|NZX|CERT NZ|Privacy Act 2020)\b/g },
  { currency: "SGD", words: /\b(?:Singapore(?:ans?)?|PDPC|SGX|NRIC|Singpass|SingPass|HDB|CPF|Tampines|Jurong|Punggol|Sengkang|Pasir Ris|Bedok|Toa Payoh|Ang Mo Kio|Changi|Straits Times)\b/g },
  { currency: "HKD", words: /\b(?:Hong Kong(?:ers?)?|Kowloon|PCPD|HKEX)\b/g },
];

/** Words that set a story in the United States, weighed against LOCAL_DOLLARS. Matched case-sensitively. */
export const US_WORDS = new RegExp(String.raw`\b(?:U\.S\.(?:A\.)?(?!\$)|US(?!\$)|USA|United States|Americans?|${US_STATES.join("|")}|Chicago|Los Angeles|San Francisco|Boston|Seattle|Atlanta|Houston|Dallas|FTC|SEC|HHS|FBI|CISA|Nasdaq|NYSE|HIPAA|Social Security|8-K|[Aa]ttorneys? [Gg]eneral)\b`, "g");

/** Wire services that write only the US dollar bare, wherever the dateline ("SYDNEY (Reuters) - A$50 million ($33 million)"). */
export const USD_WIRES = /\((?:Reuters|AP|AFP|Bloomberg)\)/;

/** A note that says in which dollar a story's sums are: "all figures in Australian dollars". */
export const DOLLAR_NOTE =
  /\b(?:figures|amounts|sums|prices|values|numbers|dollar amounts)\s+(?:are\s+|quoted\s+|given\s+)?in\s+(?<which>Australian|Canadian|New Zealand|Singapore|Hong Kong|US|U\.S\.|American)\s+dollars\b/i;

/** The currency each DOLLAR_NOTE names. */
export const NOTE_CURRENCY: Record<string, string> = {
  australian: "AUD", canadian: "CAD", "new zealand": "NZD", singapore: "SGD", "hong kong": "HKD", us: "USD", "u.s.": "USD", american: "USD",
};
