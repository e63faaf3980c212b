import { describe, expect, test } from "vitest";
import { fold } from "../src/text/fold.js";
import { detectLang } from "../src/text/lang.js";

describe("fold", () => {
  test.each([
    ["２０２４年５月９日", "2024年5月9日"],
    ["⽉⽇⼈", "月日人"],
    ["１，２３４人", "1,234人"],
    ["consumers’ data", "consumers' data"],
    ["ＡＢＣ　株式会社", "ABC 株式会社"],
  ])("%s → %s", (raw, want) => expect(fold(raw)).toBe(want));

  test.each(["㈱セガ", "plain ascii", "①②", "𠮷野家"])("keeps the length of %s", (raw) => {
    expect(fold(raw).length).toBe(raw.length);
  });

  test("leaves characters whose NFKC form is longer alone", () => {
    expect(fold("㈱")).toBe("㈱");
  });
});

describe("detectLang", () => {
  test.each([
    ["株式会社セガ・インタラクティブは2019年9月5日に発表しました。", "ja"],
    ["Sega confirmed that 1.29 million users were affected.", "en"],
    ["Sony said the PlayStation Network (プレイステーション) was hacked by unknown attackers last week.", "en"],
    ["「maimai動画作成サービス」で第三者の不正アクセスを受けた。Aine/Banapassport access codes.", "ja"],
  ])("%s → %s", (text, want) => expect(detectLang(text)).toBe(want));
});
