/** Japanese currency words after an amount, and the ISO 4217 code each stands for. */
export const CURRENCY_WORDS: Array<[string, string]> = [["円", "JPY"], ["ドル", "USD"], ["米ドル", "USD"], ["ユーロ", "EUR"], ["ポンド", "GBP"], ["元", "CNY"], ["ウォン", "KRW"]];
