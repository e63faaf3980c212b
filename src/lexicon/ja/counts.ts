import type { Qualifier } from "../../types.js";

/** Words before a number that qualify it. */
export const PREFIX_QUALIFIERS: Array<[string, Qualifier]> = [
  ["最大で", "at_most"], ["最大", "at_most"], ["最高", "at_most"], ["約", "approx"], ["およそ", "approx"],
  ["概ね", "approx"], ["おおよそ", "approx"], ["推定", "approx"], ["少なくとも", "at_least"],
];

/** Words after a count that qualify it. */
export const SUFFIX_QUALIFIERS: Array<[string, Qualifier]> = [
  ["以上", "at_least"], ["超", "at_least"], ["余り", "approx"], ["余", "approx"], ["あまり", "approx"],
  ["程度", "approx"], ["前後", "approx"], ["ほど", "approx"], ["以下", "at_most"], ["未満", "at_most"],
];

/** Counters of affected people, accounts, records or cards. */
export const AFFECTED_COUNTERS = ["人", "名", "件", "アカウント", "口座", "枚", "世帯", "ID"];

/** Counters that count something else (companies, times, days ...). */
export const OTHER_COUNTERS = ["社", "回", "日", "台", "店", "校", "団体", "カ所", "箇所", "年", "か月", "ヶ月", "時間", "GB", "TB"];
