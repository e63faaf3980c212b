/** Japanese currency words after an amount, with ISO 4217 codes; longest wins, so 香港ドル is HKD and only a bare ドル USD. */
export const CURRENCY_WORDS: Array<[string, string]> = [
  ["円", "JPY"], ["ドル", "USD"], ["米ドル", "USD"], ["USドル", "USD"], ["豪ドル", "AUD"], ["カナダドル", "CAD"],
  ["香港ドル", "HKD"], ["シンガポールドル", "SGD"], ["台湾ドル", "TWD"], ["NZドル", "NZD"], ["ユーロ", "EUR"], ["ポンド", "GBP"],
  ["英ポンド", "GBP"], ["人民元", "CNY"], ["元", "CNY"], ["ウォン", "KRW"], ["ルピー", "INR"], ["ルーブル", "RUB"],
  ["スイスフラン", "CHF"], ["フラン", "CHF"], ["バーツ", "THB"], ["レアル", "BRL"],
];

/** Currency words inside common words (一元化): money only after Arabic digits and when none of these follows. */
export const AMBIGUOUS_WORDS: Record<string, string[]> = { 元: ["化", "的", "論", "管理", "号", "素", "年"] };

/** Range marks between two amounts: 4500万〜5000万円. */
export const RANGE_MARKS = ["〜", "~", "～", "-", "－", "から"];
