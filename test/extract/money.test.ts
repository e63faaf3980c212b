import { beforeAll, describe, expect, test } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import type { MoneyMention } from "../../src/types.js";
import { extractText, loadResources } from "../helpers.js";

const pick = (ms: MoneyMention[]) => ms.map(({ value, currency, text }) => ({ value, currency, text }));

describe("English money", () => {
  test.each<[string, Array<{ value: number; currency: string; text: string }>]>([
    ["Contoso agreed to pay $170 million.", [{ value: 170000000, currency: "USD", text: "$170 million" }]],
    ["The fine was £12m.", [{ value: 12000000, currency: "GBP", text: "£12m" }]],
    ["Regulators sought €1.2 billion.", [{ value: 1200000000, currency: "EUR", text: "€1.2 billion" }]],
    ["It set aside ¥3 billion.", [{ value: 3000000000, currency: "JPY", text: "¥3 billion" }]],
    ["The gang asked for 5 million dollars.", [{ value: 5000000, currency: "USD", text: "5 million dollars" }]],
    ["They demanded five million dollars in bitcoin.", [{ value: 5000000, currency: "USD", text: "five million dollars" }]],
    ["The clean-up cost half a million dollars.", [{ value: 500000, currency: "USD", text: "half a million dollars" }]],
    ["Costs reached A$4.5m last year.", [{ value: 4500000, currency: "AUD", text: "A$4.5m" }]],
    ["The bank paid HK$ 80,000.", [{ value: 80000, currency: "HKD", text: "HK$ 80,000" }]],
    ["It was fined USD 2.5 million.", [{ value: 2500000, currency: "USD", text: "USD 2.5 million" }]],
    ["It was fined 3m EUR.", [{ value: 3000000, currency: "EUR", text: "3m EUR" }]],
    ["The settlement was 10 million Canadian dollars.", [{ value: 10000000, currency: "CAD", text: "10 million Canadian dollars" }]],
    ["Each record sold for $120.", [{ value: 120, currency: "USD", text: "$120" }]],
    ["Breach Costs Firm $1.3 Million", [{ value: 1300000, currency: "USD", text: "$1.3 Million" }]],
    ["Damage put at $50K.", [{ value: 50000, currency: "USD", text: "$50K" }]],
    ["It expects costs of US$45 – 60 million.", [
      { value: 45000000, currency: "USD", text: "US$45" },
      { value: 60000000, currency: "USD", text: "60 million" },
    ]],
    ["The watchdog fined the telecom 2.8 billion won ($2 million).", [
      { value: 2800000000, currency: "KRW", text: "2.8 billion won" },
      { value: 2000000, currency: "USD", text: "$2 million" },
    ]],
    ["Each victim was offered 120,000 won in compensation.", [{ value: 120000, currency: "KRW", text: "120,000 won" }]],
    // Cents stay in a sum; Canadian papers hyphen the scale on.
    ["The plan costs $12.99 a month, or €4.50 a week.", [
      { value: 12.99, currency: "USD", text: "$12.99" },
      { value: 4.5, currency: "EUR", text: "€4.50" },
    ]],
    ["The insurer set aside C$7.5-million for the breach.", [{ value: 7500000, currency: "CAD", text: "C$7.5-million" }]],
    // Hundredths: cents are the story's dollar; pence are sterling, the bare "p" only where the story names sterling.
    ["The stock lost 31 cents on the news.", [{ value: 0.31, currency: "USD", text: "31 cents" }]],
    ["Shares in the Plc fell 23p to 614.5p, and the interim payout of 4.8p was held.", [
      { value: 0.23, currency: "GBP", text: "23p" },
      { value: 6.145, currency: "GBP", text: "614.5p" },
      { value: 0.048, currency: "GBP", text: "4.8p" },
    ]],
    ["Letters cost the trust 85 pence each.", [{ value: 0.85, currency: "GBP", text: "85 pence" }]],
    ["Losses ran from $500,000 to $1 million.", [
      { value: 500000, currency: "USD", text: "$500,000" },
      { value: 1000000, currency: "USD", text: "$1 million" },
    ]],
  ])("%j", (text, want) => {
    expect(pick(extractText(text, { lang: "en" }).money)).toEqual(want);
  });

  test.each([
    "Set $HOME and run echo ${PATH} or $$ in the shell.",
    "The site runs PHP 7.4 on 3 servers.",
    "Try 5 times before the account locks.",
    "About 40 million customers were affected in 2021.",
    "Shares fell 12% after 5 days.",
    "He won 3 awards and lost a pound.",
    "The team that in 2019 won the league.",
    "Nearly 7 million won the draw for tickets.",
    "Of the 40 candidates, 12 won.",
    // A "p" with no sterling in the story is no sum, nor is a video size where there is.
    "The leaked clips were 720p, and 3p of the files were corrupt.",
    "Priced in sterling, the doorbell streamed 1080p video of the porch.",
  ])("no money in %j", (text) => {
    expect(extractText(text, { lang: "en" }).money).toEqual([]);
  });

  test("money is not also a count", () => {
    const ex = extractText("Hackers demanded $5 million and 2 million euros from 300,000 customers.", { lang: "en" });
    expect(ex.money.map((m) => m.value)).toEqual([5000000, 2000000]);
    expect(ex.counts.map((c) => c.value)).toEqual([300000]);
  });
});

describe("the dollar of a story's own country", () => {
  const currencies = (text: string) => extractText(text, { lang: "en" }).money.map((m) => `${m.text}=${m.currency}`);

  test.each<[string, string[]]>([
    [
      "Perth Road Health, a Brisbane clinic chain listed on the ASX, said hackers reached patient files. The Office of the Australian Information Commissioner was told. The incident will cost $8 million.",
      ["$8 million=AUD"],
    ],
    [
      "MELBOURNE, March 3 — A Queensland retailer told the OAIC that intruders took customer records. Remediation may cost 2 million dollars.",
      ["2 million dollars=AUD"],
    ],
    [
      "TORONTO — Birchwood Credit Union said the breach touched members across Ontario and Alberta. The Privacy Commissioner of Canada was notified. It set aside $3.5 million.",
      ["$3.5 million=CAD"],
    ],
    [
      "An Auckland software firm told New Zealand regulators and NZX that hackers copied its database; it put the cost at $900,000.",
      ["$900,000=NZD"],
    ],
    [
      "Officials in Wellington want firms to report ransom payments; New Zealand directors might be fined as much as $250,000, hearings in Dunedin said.",
      ["$250,000=NZD"],
    ],
    [
      "Kenya's data commissioner fined the lender KSh2.5 million after hackers stole borrower files.",
      ["KSh2.5 million=KES"],
    ],
    [
      "Lionsgate Mall told the PDPC that Singapore shoppers were affected; a Singaporean regulator may fine it up to $1 million.",
      ["$1 million=SGD"],
    ],
    [
      "Dollar figures are in Canadian dollars. The firm expects to spend $2 million.",
      ["$2 million=CAD"],
    ],
    [
      "A Sydney firm listed on the ASX told the OAIC it was hacked. It faces a fine of $5 million and paid a US$1 million ransom.",
      ["$5 million=AUD", "US$1 million=USD"],
    ],
    // Both dollars marked in a conversion: the bare sign is the local one; Singapore's ID card and estates set a story there.
    [
      "A Jurong clinic told the PDPC that NRIC numbers were stolen. The gang asked for US$200,000 (S$260,000); the fine may reach $1 million.",
      ["US$200,000=USD", "S$260,000=SGD", "$1 million=SGD"],
    ],
    // A regional city, a notifiable data breach in lower case and a Pty Ltd set a story in Australia.
    [
      "A Geelong sports club that trades as Corio Bay Pty Ltd said a volunteer emailed members' details to the wrong list. Clubs under $3 million turnover need not report a notifiable data breach.",
      ["$3 million=AUD"],
    ],
    // A province's abbreviation in a dateline, its provincial police and a Social Insurance Number set a story in Canada; tax file numbers and Senate estimates in Australia.
    [
      "KELSO RIDGE, Ont. — The township said hackers copied tax files and Social Insurance Numbers. The OPP is investigating. Recovery has cost $140,000.",
      ["$140,000=CAD"],
    ],
    [
      "The college said intruders took staff tax file numbers, and Senate estimates heard it has spent $6 million. The Australian regulator was told.",
      ["$6 million=AUD"],
    ],
    // A province's privacy commissioner and pre-authorized debit set a story in Canada.
    [
      "The town reported the skimming to the province's information and privacy commissioner. Pre-authorized debit payments were not affected. A forensic review will cost $85,000.",
      ["$85,000=CAD"],
    ],
    // Manila's papers write the peso as a bare P; the peso sign is PHP anywhere.
    [
      "CEBU CITY - Lapu Telecom told the National Privacy Commission that hackers took subscriber files. The Data Privacy Act of 2012 allows penalties reaching P5 million; the telco's stock ended at P98.50.",
      ["P5 million=PHP", "P98.50=PHP"],
    ],
    ["The ransom note asked for ₱2,000,000.", ["₱2,000,000=PHP"]],
    // Lagos papers write the naira as N or ₦.
    [
      "Abuja-based lender Tosan Credit told the NDPC that customers' BVN records were exposed; it faces a fine of N10 million and moves ₦45bn a month.",
      ["N10 million=NGN", "₦45bn=NGN"],
    ],
    // South African papers write the rand as R; elsewhere a capital R before a number is no money, and R$ is the real.
    [
      "DURBAN - Umzinto Couriers told the Information Regulator under POPIA that a ransomware gang demanded R4.5 million after staff records were taken; it paid nothing.",
      ["R4.5 million=ZAR"],
    ],
    ["Under POPIA the insurer risks a penalty as large as 10 million rand.", ["10 million rand=ZAR"]],
    ["Version R2,500 of the scanner was affected, the vendor said.", []],
    // Kenyan papers write the shilling as Sh; Malaysian ones the ringgit as RM, with "mil" and "bil" for the scale.
    ["NYERI - The ODPC fined a Nairobi Sacco Sh4.5 million over the leak of members' KRA PINs.", ["Sh4.5 million=KES"]],
    ["Sh2 million went missing from a shop in Leeds.", []],
    ["The lender set aside RM1.27mil for the breach and RM2bil for loans.", ["RM1.27mil=MYR", "RM2bil=MYR"]],
    ["The São Paulo retailer was fined R$2.5 million for the exposure.", ["R$2.5 million=BRL"]],
    // Canada's privacy commissioner and its law set a findings report in Canada.
    [
      "The Privacy Commissioner of Canada found that Birchline Rewards, of Calgary, breached PIPEDA. Birchline spent $2.3 million on notification.",
      ["$2.3 million=CAD"],
    ],
  ])("%j", (text, want) => {
    expect(currencies(text)).toEqual(want);
  });

  test.each<[string, string[]]>([
    // One mention of Australia is not a story set there.
    ["Ohio-based Acme said customers in the United States and Australia were affected. It will cost $12 million.", ["$12 million=USD"]],
    // As much US evidence as local: the default stands.
    [
      "Acme, of Dallas, Texas, told the FTC and Australian, Canadian and Sydney regulators about the breach; it cost $4 million.",
      ["$4 million=USD"],
    ],
    // A wire service writes only the US dollar bare.
    [
      "SYDNEY, May 5 (Reuters) - Australian insurer Harbourline said hackers hit its Melbourne and Brisbane offices and it may pay $20 million.",
      ["$20 million=USD"],
    ],
    // A writer who prefixes the local dollar keeps the bare sign for the US one.
    [
      "A Sydney firm listed on the ASX told the OAIC it was hacked; it faces fines of A$50 million ($33 million).",
      ["A$50 million=AUD", "$33 million=USD"],
    ],
    // Names that are also other things are no evidence: a chip, India's ministry.
    ["India's Ministry of Home Affairs said ASIC miners at a Sydney hosting firm were hit; losses reached $2 million.", ["$2 million=USD"]],
    ["Figures are in US dollars. The Sydney firm, listed on the ASX, told the OAIC the breach cost $5 million.", ["$5 million=USD"]],
    // A bare P is a peso only in a story set in the Philippines, and never a lone digit ("P1" priority).
    ["Ohio-based Acme said the flaw, graded P500 by its vendor, cost $2 million.", ["$2 million=USD"]],
    ["Ohio-based Acme said the N95 masks and N100 filters cost $9,000.", ["$9,000=USD"]],
    ["MANILA - Bayan Bank told the National Privacy Commission and Bangko Sentral of a P1 incident that cost $40,000.", ["$40,000=USD"]],
  ])("stays USD: %j", (text, want) => {
    expect(currencies(text)).toEqual(want);
  });
});

describe("Japanese money", () => {
  let res: Resources;
  beforeAll(async () => {
    res = await loadResources();
  });
  const ja = (text: string) => pick(extractText(text, { lang: "ja", res }).money);

  test.each<[string, Array<{ value: number; currency: string; text: string }>]>([
    ["損害は約4500万円にのぼる。", [{ value: 45000000, currency: "JPY", text: "4500万円" }]],
    ["1億2千万円の賠償を求めた。", [{ value: 120000000, currency: "JPY", text: "1億2千万円" }]],
    ["犯人は500万円の身代金を要求した。", [{ value: 5000000, currency: "JPY", text: "500万円" }]],
    ["制裁金は100万ドルだった。", [{ value: 1000000, currency: "USD", text: "100万ドル" }]],
    ["罰金は2億ユーロに達した。", [{ value: 200000000, currency: "EUR", text: "2億ユーロ" }]],
    ["費用は300万香港ドルとされる。", [{ value: 3000000, currency: "HKD", text: "300万香港ドル" }]],
    ["被害額は三千万円。", [{ value: 30000000, currency: "JPY", text: "三千万円" }]],
    ["損失は4500万〜5000万円と見込む。", [
      { value: 45000000, currency: "JPY", text: "4500万" },
      { value: 50000000, currency: "JPY", text: "5000万円" },
    ]],
    ["補償額は1人5000～1万円とする。", [
      { value: 5000, currency: "JPY", text: "5000" },
      { value: 10000, currency: "JPY", text: "1万円" },
    ]],
    ["月額2.99ドルの有料会員の情報が漏れた。", [{ value: 2.99, currency: "USD", text: "2.99ドル" }]],
    ["損失は4500〜5000万円と見込む。", [
      { value: 45000000, currency: "JPY", text: "4500" },
      { value: 50000000, currency: "JPY", text: "5000万円" },
    ]],
  ])("%s", (text, want) => {
    expect(ja(text)).toEqual(want);
  });

  test.each([
    "関東一円で被害が出た。",
    "情報を一元化した。",
    "数百万円の損害が出たとみられる。",
    "顧客情報2万件が流出した。",
    "2元管理の仕組みを導入した。",
  ])("no money in %s", (text) => {
    expect(ja(text)).toEqual([]);
  });
});
