import type { DateRole } from "../../types.js";

/**
 * Words that give a date its role. Japanese puts the verb after the date, so a date takes the
 * role of the nearest cue after it in its sentence, or failing that the nearest before it.
 */
export const ROLE_CUES: Array<[RegExp, DateRole]> = [
  [/判明|発覚|確認|検知|認識|気付|把握|発見/g, "discovery"],
  [/発表|公表|報告|お知らせ|公開|通知|連絡|届け出|届出/g, "disclosure"],
  [/発生|不正アクセスを受け|攻撃を受け|侵入|流出|漏えい|漏洩|窃取|盗ま/g, "incident"],
];

/** Japanese era names and the Gregorian year of their first year (元年). */
export const ERAS: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926, 大正: 1912, 明治: 1868 };
