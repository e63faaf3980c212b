import type { Doc, MoneyMention } from "../types.js";
import * as en from "../lexicon/en/money.js";
import * as ja from "../lexicon/ja/money.js";
import { JA_NUMBER_CHARS, parseEnNumber, parseJaNumber } from "../text/numbers.js";
import { alternation } from "../text/regex.js";
import { matchStory, type Unit } from "./unit.js";

const SIGNS = new Map(en.CURRENCY_SIGNS);
const WORDS = new Map(en.CURRENCY_WORDS);
const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s*(?<scale>million|billion|thousand|trillion|mn|bn|m|k|b)\b)?`;
const EN_SIGN_RE = new RegExp(String.raw`(?<sign>${alternation(en.CURRENCY_SIGNS.map(([s]) => s))})\s?(?<num>${NUM})${SCALE}`, "gi");
const EN_WORD_RE = new RegExp(String.raw`(?<![\w$£€¥])(?<num>${NUM})${SCALE}\s+(?<word>${alternation(en.CURRENCY_WORDS.map(([w]) => w))})\b`, "gi");
const JA_WORDS = new Map(ja.CURRENCY_WORDS);
const JA_RE = new RegExp(`(?<num>[${JA_NUMBER_CHARS}]+)(?<word>${alternation(ja.CURRENCY_WORDS.map(([w]) => w))})`, "g");

/** Finds sums of money with their ISO 4217 currency. */
export const moneyCandidates: Unit = {
  id: "money",
  run(doc, ex) {
    return { ...ex, money: doc.lang === "ja" ? jaMoney(doc) : enMoney(doc) };
  },
};

function enMoney(doc: Doc): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const { m, start, end } of matchStory(doc, EN_SIGN_RE)) {
    const g = m.groups!;
    const value = parseEnNumber(`${g.num}${g.scale ? " " + g.scale : ""}`);
    const currency = SIGNS.get(g.sign.toUpperCase()) ?? SIGNS.get(g.sign);
    if (value !== null && currency) out.push({ start, end, text: doc.text.slice(start, end), value, currency, rule: "money.en.sign" });
  }
  for (const { m, start, end } of matchStory(doc, EN_WORD_RE)) {
    const g = m.groups!;
    const value = parseEnNumber(`${g.num}${g.scale ? " " + g.scale : ""}`);
    const currency = WORDS.get(g.word.toLowerCase());
    if (value !== null && currency) out.push({ start, end, text: doc.text.slice(start, end), value, currency, rule: "money.en.word" });
  }
  return out.sort((a, b) => a.start - b.start);
}

function jaMoney(doc: Doc): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const { m, start, end } of matchStory(doc, JA_RE)) {
    const value = parseJaNumber(m.groups!.num);
    const currency = JA_WORDS.get(m.groups!.word);
    if (value !== null && value > 0 && currency) out.push({ start, end, text: doc.text.slice(start, end), value, currency, rule: "money.ja" });
  }
  return out;
}
