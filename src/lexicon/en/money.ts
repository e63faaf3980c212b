/**
 * English money: currency signs before an amount, ISO codes before or after it, and currency
 * words after it, each with its ISO 4217 code. A bare "$" is USD: the most common reading in the
 * press, and a dollar of another country is usually written with its prefix (A$, C$, HK$).
 */

/** Currency signs and prefixes, and the ISO 4217 code each stands for. */
export const CURRENCY_SIGNS: Array<[string, string]> = [
  ["US$", "USD"], ["U.S.$", "USD"], ["USD$", "USD"], ["A$", "AUD"], ["AU$", "AUD"], ["AUD$", "AUD"], ["C$", "CAD"],
  ["CA$", "CAD"], ["CAD$", "CAD"], ["NZ$", "NZD"], ["HK$", "HKD"], ["S$", "SGD"], ["SG$", "SGD"], ["R$", "BRL"],
  ["NT$", "TWD"], ["MX$", "MXN"], ["$", "USD"], ["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"], ["₩", "KRW"],
  ["₽", "RUB"], ["₺", "TRY"], ["₪", "ILS"], ["Rs.", "INR"], ["Rs", "INR"], ["CHF", "CHF"],
];

/** ISO 4217 codes written before or after an amount ("USD 5 million", "5 million EUR"). */
export const CURRENCY_CODES = [
  "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "CNY", "RMB", "INR", "KRW", "HKD", "SGD", "NZD", "SEK", "NOK", "DKK",
  "BRL", "MXN", "ZAR", "RUB", "TRY", "PLN", "ILS", "TWD", "THB", "PHP", "IDR", "MYR", "AED", "SAR",
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
  ["swedish kronor", "SEK"], ["norwegian kroner", "NOK"], ["danish kroner", "DKK"], ["zloty", "PLN"],
  ["mexican pesos", "MXN"], ["philippine pesos", "PHP"], ["ringgit", "MYR"], ["baht", "THB"], ["shekels", "ILS"],
  ["usd", "USD"], ["gbp", "GBP"], ["eur", "EUR"], ["jpy", "JPY"],
];
