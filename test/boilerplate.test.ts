import { describe, expect, it } from "vitest";
import { boilerplateFlags } from "../src/analyse/boilerplate.js";
import type { Span } from "../src/types.js";

/** Paragraphs laid out one per line, as the analyser splits them. */
function paras(lines: string[]): { spans: Span[]; length: number } {
  const spans: Span[] = [];
  let at = 0;
  for (const text of lines) {
    spans.push({ start: at, end: at + text.length, text });
    at += text.length + 1;
  }
  return { spans, length: at };
}

const flags = (lines: string[]) => {
  const { spans, length } = paras(lines);
  return boilerplateFlags(spans, length);
};

const STORY = [
  "Hackers stole the records of 40,000 customers from a regional lender, the company said on Monday.",
  "The lender said it found the intrusion on May 2 and has told the regulator.",
  "Names, addresses and account numbers were taken, but no passwords were.",
];

describe("boilerplate tails", () => {
  // Invented pages: [description, lines, index of the first tail line].
  it.each<[string, string[], number]>([
    ["an English 'Related' heading", [...STORY, "Related:", "Another lender breached last year"], 3],
    ["an English 'Related coverage' heading", [...STORY, "Related coverage", "Another lender breached last year"], 3],
    ["a Japanese 関連記事 heading behind a mark", ["不正アクセスで顧客情報が流出した。", "同社は5月2日に発表した。", "流出したのは氏名と住所。", "■関連記事", "・通販サイトで個人情報3万件漏えいか"], 3],
    ["a Japanese 【関連記事】 heading", ["不正アクセスで顧客情報が流出した。", "同社は5月2日に発表した。", "流出したのは氏名と住所。", "【関連記事】", "・通販サイトで個人情報3万件漏えいか"], 3],
  ])("%s starts a tail that runs to the end", (_, lines, from) => {
    expect(flags(lines)).toEqual(lines.map((__, i) => i >= from));
  });

  it.each<[string, string[]]>([
    // In the lead, a "Related" line is chrome of its own but no tail: the story goes on after it.
    ["a 'Related' line in the first half", ["Related:", ...STORY, "The lender apologised.", "It will write to customers."]],
    // A sentence that opens on the word is story.
    ["a sentence that opens on 'Related'", [...STORY, "Related lawsuits were filed in two states this week."]],
    ["a sentence that opens on 関連記事", ["不正アクセスで顧客情報が流出した。", "同社は5月2日に発表した。", "関連記事によると、被害は拡大している。"]],
  ])("%s starts no tail", (_, lines) => {
    const f = flags(lines);
    expect(f.slice(1)).toEqual(lines.slice(1).map(() => false));
  });
});

describe("boilerplate lines", () => {
  // [description, the line after the story, is it boilerplate].
  it.each<[string, string, boolean]>([
    ["a cookie banner", "This website uses cookies to improve your visit. Read our cookie policy.", true],
    ["a cookie consent button line", "Accept all cookies", true],
    ["a story on a fine for cookies set without consent", "The watchdog fined a travel portal €2 million in March for dropping advertising cookies on visitors without their consent.", false],
    ["a long paragraph that mentions a cookie policy in passing", `${"The regulator listed the failings it found at the insurer over three years. ".repeat(5)}Its cookie policy was not one of them.`, false],
  ])("%s", (_, line, boiler) => {
    expect(flags([...STORY, line])).toEqual([false, false, false, boiler]);
  });
});
