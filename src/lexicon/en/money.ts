/** Currency signs and prefixes, and the ISO 4217 code each stands for. */
export const CURRENCY_SIGNS: Array<[string, string]> = [
  ["US$", "USD"], ["A$", "AUD"], ["C$", "CAD"], ["NZ$", "NZD"], ["HK$", "HKD"], ["S$", "SGD"], ["$", "USD"],
  ["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"], ["₩", "KRW"],
];

/** Currency words after an amount. */
export const CURRENCY_WORDS: Array<[string, string]> = [
  ["dollars", "USD"], ["dollar", "USD"], ["pounds", "GBP"], ["pound", "GBP"], ["euros", "EUR"], ["euro", "EUR"],
  ["yen", "JPY"], ["usd", "USD"], ["gbp", "GBP"], ["eur", "EUR"], ["jpy", "JPY"],
];
