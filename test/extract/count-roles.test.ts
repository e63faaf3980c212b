import { beforeAll, describe, expect, test } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import { extractText, loadResources } from "../helpers.js";

let res: Resources;
beforeAll(async () => {
  res = await loadResources();
});

const affected = (text: string, lang: "en" | "ja") =>
  extractText(text, { lang, res, published: "2024-06-01" }).counts.filter((c) => c.role === "affected").map((c) => c.value);

describe("affected counts need a story about a breach", () => {
  test.each([
    ["en", "Hackers stole the records of 12,000 patients from Riverside Clinic.", [12000]],
    ["ja", "不正アクセスにより、会員1万2千人分の氏名が流出しました。", [12000]],
    ["ja", "顧客の氏名が流出しました。流出した件数は約3万件です。", [30000]],
    ["ja", "通販サイトに侵入され、同企業は約3万件の顧客情報が流出したと発表した。", [30000]],
    // A rate measures business, not exposure.
    ["en", "Hackers stole the records of 5,000 patients from Larch Clinic. The state's law covers firms that handle the data of at least 100,000 residents a year.", [5000]],
  ] as const)("%s breach story keeps its count: %s", (lang, text, want) => {
    expect(affected(text, lang)).toEqual(want);
  });

  test.each([
    ["en", "The museum welcomed 12,000 visitors and 300 students during the festival."],
    ["ja", "講習会の定員は各回三十人で、昨年は延べ二百人が参加した。"],
    ["ja", "市の図書館は昨年、約1万2千人の利用者を迎えた。"],
    // A tally of reports, and a breach word denied by 件数ではなく.
    ["ja", "協会は、詐欺メールの報告件数が約5万件に上ったと発表した。この数字は、企業から顧客情報が流出した件数ではなくて、寄せられた報告の数だ。"],
    // Bodies and cases tallied by 件 in a survey of breaches.
    ["ja", "ランサムウエアで情報が流出したと公表した団体は今年前半に計65件で、うち中小の会社が38件と半数を超えた。身代金を払ったケースも4件あった。"],
  ] as const)("%s story without a breach has none: %s", (lang, text) => {
    expect(affected(text, lang)).toEqual([]);
  });

  test("a capacity is a size even with a modifier between (定員は各回三十人)", () => {
    const out = extractText("不正アクセスの被害を受け、説明会を開く。定員は各回三十人。", { lang: "ja", res });
    expect(out.counts.filter((c) => c.role === "affected")).toEqual([]);
  });
});

describe("the staff mailboxes an intruder got into are the way in, not the people affected", () => {
  test.each([
    ["An unauthorized actor accessed two employee email accounts between May 1 and May 9.", []],
    ["The attacker accessed 14 staff email accounts containing the names of 3,200 patients.", [3200]],
    // Accounts of the service's own users are affected.
    ["Hackers stole 2 million email accounts from the provider.", [2000000]],
  ] as const)("%s", (text, want) => {
    expect(affected(text, "en")).toEqual(want);
  });
});

describe("a day of a date is no count", () => {
  test.each([
    ["Hackers were inside between March 4 and 8, 2024.", []],
    ["Hackers were inside from March 4-8, 2024, and stole 300 records.", [300]],
  ] as const)("%s", (text, want) => {
    expect(extractText(text, { lang: "en" }).counts.map((c) => c.value)).toEqual(want);
  });
});

describe("exposed data types also make a story about a breach", () => {
  test.each([
    "In March 2021, data belonging to the example.org forum was found online. It contained 52k email addresses and passwords.",
    "A list of 3.1M identities was discovered being traded, including names and phone numbers.",
  ])("%s", (text) => {
    expect(extractText(text, { lang: "en", published: "2024-06-01" }).counts.some((c) => c.role === "affected")).toBe(true);
  });
});

describe("the span of a count stays on its own words", () => {
  test.each([
    // An unknown noun ("books") gives no unit: the span is the number alone, not the clause after it.
    ["The library will add 12,000 books and extend opening hours.", "12,000"],
    ["The thieves took 300 laptops.", "300 laptops"],
  ])("%s → %s", (text, want) => {
    const c = extractText(text, { lang: "en" }).counts[0];
    expect(c.text).toBe(want);
  });
});

describe("a gang's tally of victims is no count of the people a breach affected", () => {
  test.each([
    ["The Coldfang gang has claimed more than 90 victims since March; hackers stole data from Tessaly Water.", []],
    ["The group listed 40 victims on its leak site after it stole data from a hospital.", []],
    ["Hackers posted the data of 2 million victims online after the breach.", [2000000]],
    ["The breach has 3 million victims, the company said after hackers stole data.", [3000000]],
  ] as const)("%s", (text, want) => {
    expect(affected(text, "en")).toEqual(want);
  });
});

describe("a partitive after a bare figure counts the affected in a sentence about a leak", () => {
  test.each([
    ["Letters went to 9,000 members after the hack; more than 2,300 of them had their bank details copied.", [9000, 2300]],
    ["Hackers entered the ticketing system, and 640 of those were exposed.", [640]],
    ["Thieves reused stolen passwords on 3,000 shopper profiles and placed orders from 210 of them.", [3000, 210]],
    // Without a leak in its sentence a partitive describes a group, not a count of victims.
    ["The union was breached last spring. About 500 of them were nurses.", []],
  ] as const)("%s", (text, want) => {
    expect(affected(text, "en")).toEqual(want);
  });
});

describe("a business described by its size counts no one affected", () => {
  test.each([
    ["Thieves broke into Lanternpay, a wallet app with about 12 million users, and took 40,000 card numbers.", [40000]],
    ["The study found that a breach at businesses with fewer than 250 employees cost $200,000 on average.", []],
    // A store of records is no business: what it holds was exposed.
    ["Hackers stole a database with 3 million records from the retailer.", [3000000]],
    ["A retailer with 8,000 customers affected said hackers got into its checkout.", [8000]],
    // A second size joined by "and", the first hedged ("around"); a proportion; a total a filing puts on a bare figure.
    ["Hackers hit Corvane Loans, which has roughly 2.3 million customers and over 4,000 employees, and stole 9,000 customer records.", [9000]],
    ["Hackers stole billing data belonging to one in five customers.", []],
    ["Hackers stole patient charts. A filing with the state regulator put the total at 88,214.", [88214]],
    // A figure ending a heading's line takes no noun across a blank line.
    ["BREACH ROUNDUP | Week 31\n\nClinic emails stolen\n\nHackers stole the files of 2,100 patients.", [2100]],
  ] as const)("%s", (text, want) => {
    expect(affected(text, "en")).toEqual(want);
  });
});

describe("a figure an affected count was revised from counted the same people", () => {
  test.each([
    ["Intruders copied the loyalty database; the chain now says 2.7 million shoppers were exposed, up from 1.9 million.", [2700000, 1900000]],
    ["The insurer said hackers stole the files of 48,000 policyholders, down from an initial estimate of 61,000.", [48000, 61000]],
    // Without an affected count before it, the cue alone counts no one.
    ["Hackers hit the mill in May. Output rose to 4 million tonnes, up from 3 million.", []],
    ["Hackers stole 5,000 customer records. Profits were up from 300 last year.", [5000]],
  ] as const)("%s", (text, want) => {
    expect(affected(text, "en")).toEqual(want);
  });
});

describe("a regulator's tallies of reports and actions count no one affected", () => {
  test.each([
    ["ja", "漏えい報告、初の３万件超\n\n委員会によると、漏えい等の報告は３万２１０件で、前年度の２万４５５件から増えた。", []],
    ["ja", "不正アクセスによるものは約９００件だった。委員会の指導・助言は３１２件、勧告は２件だった。", []],
    // A period as topic, a tally by cause or industry, actions taken (を計…件), a rule's threshold.
    ["ja", "届け出、令和6年度は9,512件で最多\n\n原因別では、誤送信・誤送付が4,018件と最も多く、紛失・盗難が1,733件、不正行為が97件だった。", []],
    ["ja", "漏えい報告を業種別にみると、小売業が812件、製造業が640件だった。委員会は助言を計215件行い、勧告を3件出した。", []],
    ["ja", "情報が流出した本人が500人を超える場合や、「500人超」に当たる漏えい事案は報告が要る。", []],
    // A body's size (約二千人が在籍) is no one affected.
    ["ja", "塾生約1,200人分の氏名が流出した。同塾には現在約二千人が在籍している。", [1200]],
    ["ja", "会員約4,000人分の氏名が流出した。同社は1981年創業で、従業員は約650人。", [4000]],
    // Staff as a body's size, households a utility serves, and an earlier incident told in passing count no one affected here.
    ["ja", "患者約2,300人分の診療情報が流出した恐れがある。同院は病床数210床、職員約540人を抱える。", [2300]],
    ["ja", "顧客約7千人分の住所が流出した。同社は従業員約90人。", [7000]],
    ["ja", "検針データ約1万件が流出した。同社は沿線の約3万2千世帯に電気を供給している。", [10000]],
    ["ja", "市民約400人分の氏名が流出した。同市では一昨年にも、窓口で書類の誤交付があり、市民5人の情報が他人に渡っていた。", [400]],
    // ... while staff whose own data leaked, listed beside others, are affected.
    ["ja", "不正アクセスにより、従業員約300名、取引先約1,200名の氏名が流出した。", [300, 1200]],
    // The staff member whose account was taken over is the way in.
    ["ja", "職員１人のメールアカウントが乗っ取られ、寄付者約900人分の氏名が流出した。", [900]],
    // ... but a breach's own figures stay, a breakdown of its records included.
    ["ja", "不正アクセスで会員情報が流出し、うち約1万2千件は退会者の情報だった。流出は計3万件に上る。", [12000, 30000]],
    // A period before records of a breach is no tally when nothing is compared.
    ["ja", "不正アクセスにより、顧客情報約４万件が流出した。2023年の約6000件の購入履歴も含まれる。", [40000, 6000]],
  ] as const)("%s: %s", (lang, text, want) => {
    expect(affected(text, lang)).toEqual(want);
  });
});
