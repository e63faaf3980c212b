import { describe, expect, test } from "vitest";
import { paragraphs, splitSentences } from "../src/analyse/sentences.js";

const paras = (text: string) => paragraphs(text).map((p) => p.text);

describe("paragraphs", () => {
  test.each([
    ["a hard-wrapped sentence is one paragraph", "Hackers stole the data of less than 1.2\nmillion customers.", ["Hackers stole the data of less than 1.2\nmillion customers."]],
    ["a line ending a sentence is not joined", "The bank was hacked.\nthe next line starts low.", ["The bank was hacked.", "the next line starts low."]],
    ["a capitalised line is a paragraph of its own", "Headline without a stop\nThe story starts here.", ["Headline without a stop", "The story starts here."]],
    ["a blank line always separates", "no stop here\n\ncontinues after a blank line", ["no stop here", "continues after a blank line"]],
    ["Japanese lines are never joined", "流出した可能性のある情報\n・氏名\n・住所", ["流出した可能性のある情報", "・氏名", "・住所"]],
  ])("%s", (_name, text, want) => expect(paras(text)).toEqual(want));

  test("spans slice back to their text", () => {
    const text = "  One line that wraps\nonto the next.\n\nSecond.  \n";
    for (const p of paragraphs(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("splitSentences", () => {
  const split = (text: string) => splitSentences({ start: 0, end: text.length, text }, text).map((s) => s.text);
  test.each([
    ["Sony Corp. said it was hacked. Users were told on Friday.", ["Sony Corp. said it was hacked.", "Users were told on Friday."]],
    ["J. Smith of the U.S. firm spoke. He said 3.5 million leaked.", ["J. Smith of the U.S. firm spoke.", "He said 3.5 million leaked."]],
    ["不正アクセスが判明しました。詳細は調査中です！", ["不正アクセスが判明しました。", "詳細は調査中です！"]],
    ["It said \"we are sorry.\" The firm added more.", ["It said \"we are sorry.\"", "The firm added more."]],
    // Asian legal forms written with stops stay whole, in English and inside Japanese text.
    ["Kedai Emas Sdn. Bhd. was breached. It told users.", ["Kedai Emas Sdn. Bhd. was breached.", "It told users."]],
    ["現地法人HARBOUR LINE PTE. LTD. が攻撃を受けた。", ["現地法人HARBOUR LINE PTE. LTD. が攻撃を受けた。"]],
    // A legal form or a month ends a sentence when the next one opens on "A" or "The"; a title never does.
    ["The watchdog warned Orrin Fitness Pte Ltd. A member list had been left open.", ["The watchdog warned Orrin Fitness Pte Ltd.", "A member list had been left open."]],
    ["Letters went out on 4 Jan. The firm apologised.", ["Letters went out on 4 Jan.", "The firm apologised."]],
    ["We spoke to Dr. A Patel on Monday.", ["We spoke to Dr. A Patel on Monday."]],
    // It ends one too when the name it closed is named again; another capital word after it ("Inc. Chief Executive") runs on.
    ["Files sat open at Brackwater Freight Ltd. Brackwater's drivers were told.", ["Files sat open at Brackwater Freight Ltd.", "Brackwater's drivers were told."]],
    ["Hackers hit Salton Inc. Chief Executive Ann Roe spoke.", ["Hackers hit Salton Inc. Chief Executive Ann Roe spoke."]],
  ])("%s", (text, want) => expect(split(text)).toEqual(want));
});
