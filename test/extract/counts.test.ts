import { beforeAll, describe, expect, test } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import type { CountMention } from "../../src/types.js";
import { countCandidates } from "../../src/extract/counts.js";
import { emptyExtraction } from "../../src/extract/unit.js";
import { loadResources, makeDoc } from "../helpers.js";

/**
 * The count finder alone: these one-sentence tables test how a count and its role are read from
 * its own words. The story-level rule (no breach in the story, no affected count) is tested in
 * count-roles.test.ts.
 */
const extractText = (text: string, opts: Parameters<typeof makeDoc>[1]) => countCandidates.run(makeDoc(text, opts), emptyExtraction());

type Want = { value: number; qualifier: CountMention["qualifier"]; role?: CountMention["role"] };

const affected = (counts: CountMention[]) => counts.filter((c) => c.role === "affected");
const pick = ({ value, qualifier, role }: CountMention) => ({ value, qualifier, role });

describe("English counts", () => {
  test.each<[string, Want[]]>([
    ["Hackers stole the records of 1.29 million customers.", [{ value: 1290000, qualifier: "exact" }]],
    // Patrons counted beside another group; a body's own people in a clause of exposure.
    ["Card data was skimmed: 640 gym members were affected, along with 210 cafe patrons.", [{ value: 640, qualifier: "exact" }, { value: 210, qualifier: "exact" }]],
    ["Hackers stole the files of the college's 8,200 students.", [{ value: 8200, qualifier: "exact" }]],
    ["The dump exposed details of nearly half a million members.", [{ value: 500000, qualifier: "approx" }]],
    ["One and a half million records were stolen.", [{ value: 1500000, qualifier: "exact" }]],
    ["The leak exposed 40 000 patients.", [{ value: 40000, qualifier: "exact" }]],
    ["Some 12,345 users were told to reset passwords.", [{ value: 12345, qualifier: "approx" }]],
    ["The dump holds 1.5bn accounts.", [{ value: 1500000000, qualifier: "exact" }]],
    ["A file of 77m records surfaced online.", [{ value: 77000000, qualifier: "exact" }]],
    ["Nearly 180k subscribers were notified.", [{ value: 180000, qualifier: "approx" }]],
    ["Less than 21,000 bank account numbers were accessed.", [{ value: 21000, qualifier: "at_most" }]],
    ["Up to 3 million members may be affected.", [{ value: 3000000, qualifier: "at_most" }]],
    ["As many as twenty-six million veterans were exposed.", [{ value: 26000000, qualifier: "at_most" }]],
    ["More than 500,000 individuals received letters.", [{ value: 500000, qualifier: "at_least" }]],
    ["Over 8M rows leaked.", [{ value: 8000000, qualifier: "at_least" }]],
    ["It stole data on 40 million current, former or prospective customers.", [{ value: 40000000, qualifier: "exact" }]],
    ["Thieves took the data of 7.8 million Fabrikam postpaid customers.", [{ value: 7800000, qualifier: "exact" }]],
    ["Contoso Says Breach Hit 1.3 Million Users", [{ value: 1300000, qualifier: "exact" }]],
    ["They stole 45.7 million credit-card numbers.", [{ value: 45700000, qualifier: "exact" }]],
    ["The files held 900k email and IP addresses.", [{ value: 900000, qualifier: "exact" }]],
    ["About 209,000 U.S. consumers had card numbers taken.", [{ value: 209000, qualifier: "approx" }]],
    ["The firm first said only three million were impacted.", [{ value: 3000000, qualifier: "exact" }]],
    ["The total number of people whose data was exposed is 61,204.", [{ value: 61204, qualifier: "exact" }]],
    ["In the remaining 31,000 cases, only names were stolen.", [{ value: 31000, qualifier: "exact" }]],
    ["The dump was 2.9 billion lines of data.", [{ value: 2900000000, qualifier: "exact" }]],
    ["The service had 71k email addresses and hashes exposed.", [{ value: 71000, qualifier: "exact" }]],
    ["A 339k record subset appeared later.", [{ value: 339000, qualifier: "exact" }]],
    ["It said less than 1.2\nmillion customer email addresses were accessed.", [{ value: 1200000, qualifier: "at_most" }]],
    ["Between 3 and 5 million users were affected.", [{ value: 3000000, qualifier: "at_least" }, { value: 5000000, qualifier: "at_most" }]],
    ["The breach hit 10-20 thousand accounts.", [{ value: 10000, qualifier: "at_least" }, { value: 20000, qualifier: "at_most" }]],
    ["Roughly 20,000 or more donors were affected.", [{ value: 20000, qualifier: "at_least" }]],
    ["The leaked spreadsheet held the home addresses of around 450 supporters.", [{ value: 450, qualifier: "approx" }]],
  ])("%j", (text, want) => {
    const got = affected(extractText(text, { lang: "en" }).counts).map(pick);
    expect(got).toEqual(want.map((w) => ({ role: "affected", ...w })));
  });

  test.each<[string, number]>([
    ["Fabrikam employs about 43,000 employees worldwide.", 43000],
    ["The game had more than 32 million registered accounts at the time.", 32000000],
    ["Attackers took 40 GB of files from 12 companies.", 40],
    ["The attack on 12 companies lasted 36 hours.", 12],
    ["It was attributed to 2 hackers.", 2],
  ])("%j has %d, but not as affected", (text, value) => {
    const counts = extractText(text, { lang: "en" }).counts;
    expect(counts.some((c) => c.value === value && c.role === "other")).toBe(true);
    expect(affected(counts)).toEqual([]);
  });

  // The whole a part is taken from, and a breach portal's threshold: only the part, if any, is affected.
  test.each<[string, number, number[]]>([
    ["Hackers copied files on 900 members, out of about 64,000 registered users.", 64000, [900]],
    ["Files on 300 of Dunmore's roughly 8,500 subscribers were copied by hackers.", 8500, []],
    ["The state lists every medical records breach affecting 500 or more residents.", 500, []],
  ])("%j has %d as a base or threshold", (text, value, want) => {
    const counts = extractText(text, { lang: "en" }).counts;
    expect(counts.some((c) => c.value === value && c.role === "other")).toBe(true);
    expect(affected(counts).map((c) => c.value)).toEqual(want);
  });

  test.each([
    "The breach happened in 2019 and was disclosed on May 31.",
    "The firm paid $170 million to settle claims from 2021.",
    "Shares fell 12% and then 5 percent.",
    "A 25-year-old man was arrested; he is 25 years old.",
    "Users of Windows 10 and iOS 17 were told to update to version 2.4.1.",
    "Call 555-1234 or 020 7946 0958 for help.",
    "It was the 3rd breach this year, the 21st overall.",
    "Hundreds of thousands of users were affected.",
    "One of the users said a breach is a problem.",
    "The firm was fined 5 million euros.",
    "Hackers got in on Aug. 31 and stole customer email addresses.",
    // A school's size, a size across "and", machines' addresses and anonymous sources.
    "Hackers hit the district, which enrolls about 4,800 students.",
    "The chain, which has 40 stores and more than 900,000 loyalty members, was hacked.",
    "The files were downloaded from at least three foreign IP addresses after the breach.",
    "The gang demanded $2 million after the breach, according to three people familiar with the talks.",
    // A size cue before an earlier figure of the list; a utility's households; a law's threshold.
    "The chain, which has 120 pharmacies in three counties and more than 600,000 loyalty members, was hacked.",
    "Hackers hit the utility, which serves about 52,000 households across the valley.",
    // A platform's size as it reports or claims it.
    "Hackers drained Tollan, a trading venue that reports 2.4 million users and a daily volume of $300 million.",
    "The app, which claims 8 million users worldwide, was hit by the breach.",
    "The bill requires notice to the state within 30 days of any breach affecting 1,000 or more residents.",
    // A firm's workforce after "with", whatever noun names the firm.
    "Ransomware hit Kessler Werkzeugbau, a toolmaker in Baden with roughly 2,300 employees across four plants.",
    "The attackers breached a payroll bureau in Lucerne with about 85 staff.",
    // A person's family.
    "After the hack, a mother whose three sons use the app said she was worried.",
    // A quarter's growth, a law's condition, a figure at a line's end before a heading, a singular noun modifying another, a part of machines.
    "After the breach the carrier still added 95,000 broadband subscribers in the quarter.",
    "The bill would require notice to the regulator whenever more than 250 Ohio residents are hit by a breach.",
    "Hackers stole data. Photo 4 of 7\nCustomers queue outside the branch.",
    "The hacked gallery's founder once ran two email startups.",
    "Scans found about 900 of these routers still exposed after the breach.",
    // Anonymous sources, a chat group's size and a lender's customer base.
    "The lender's vendor was breached, according to three people aware of the matter.",
    "A clerk leaked the rota to a Telegram channel with about 350 members.",
    "After the leak, the app said it has disbursed loans to 1.6 crore customers.",
    // A body's own people counted where no breach is told are its size.
    "Ransomware shut the schools. The district's roughly 9,300 pupils are due back in class on Monday.",
    // Claimants and plaintiffs are some of those affected, not their number; organisations whose staff were affected are no people.
    "After the breach settlement, lawyers said 18,402 class members had filed claims before the deadline.",
    "A group of about 700 customers represented by a Leeds law firm has sued the retailer over the leak.",
    "Over 5,000 people have registered their interest in the compensation scheme since the breach.",
    "The stolen payroll files held data on employees of about 1,300 corporate customers.",
  ])("no affected count in %j", (text) => {
    expect(affected(extractText(text, { lang: "en" }).counts)).toEqual([]);
  });

  test.each([
    "Hackers stole data. Call 1-855-555-0147 or (207) 555-0199, Monday to Friday.",
    "Hackers stole data. Write to 100 Main Street, Suite 400, Portland, ME 04101.",
    "Hackers stole data. Write to PO Box 2210, Dublin, OH 43017-2210 or call +44 20 7946 0958.",
  ])("no count of any role in the contact details of %j", (text) => {
    expect(extractText(text, { lang: "en" }).counts.map((c) => c.text)).toEqual([]);
  });

  test.each<[string, number[]]>([
    ["Hackers stole the data of 2,000-3,000 customers.", [2000, 3000]],
    ["In the UK 20,000 customers had data stolen by hackers.", [20000]],
    ["Hackers stole data of 45 employees and 1,200 patients.", [45, 1200]],
    // A breach of a number of people is no threshold without "or more".
    ["Hackers stole data in a breach affecting 1,000 residents.", [1000]],
    ["The breach affected 2,000 households in the county.", [2000]],
    ["Hackers copied the phone numbers of some 1,900 parents and guardians.", [1900]],
    // A bare figure that is part of a group counted just before, or a total someone estimated.
    ["Of the 52,300 accounts hijacked, about 4,100 had points stolen.", [52300, 4100]],
    ["The lender began writing to 61,000 borrowers whose files were stolen, including roughly 7,200 in Vermont.", [61000, 7200]],
    ["Hackers stole data; a first statement estimated the number of patients at \"about 18,000.\"", [18000]],
    // A total raised or narrowed to a figure, part of it "of whom", the part of the cards involved.
    ["The insurer said hackers stole files, and it later narrowed that figure to 2.6 million, of whom about 410,000 had bank details taken.", [2600000, 410000]],
    // A total that rose, a true or final figure, the number of a noun put at a figure.
    ["The clinic first said 800 patients were hit by the hack; that figure rose to 2,317 after a review.", [800, 2317]],
    ["After the breach, court papers put the final figure at 61,208.", [61208]],
    ["The lender disclosed the hack, putting the number of affected riders at 2.2 million.", [2200000]],
    ["Hackers hit the college, lifting the total affected to upwards of 90,000.", [90000]],
    ["Skimmers copied card data at the pumps. Of the cards involved, about 240 have been used for fraud.", [240]],
    // A large figure before a singular noun makes a compound ("a 339k record subset").
    ["In 2019 a 512k record subset of the stolen data surfaced.", [512000]],
    // "with" before a workforce gives no size when an exposure follows in the clause.
    ["The gang posted a spreadsheet with about 640 employees named and their salaries exposed.", [640]],
  ])("counts beside the contact rules stay: %j", (text, want) => {
    expect(affected(extractText(text, { lang: "en" }).counts).map((c) => c.value)).toEqual(want);
  });

  test("a part of a group in a sentence with no leak in it is no affected count", () => {
    const values = affected(extractText("Of the 3,000 employees, about 200 work from home.", { lang: "en" }).counts).map((c) => c.value);
    expect(values).not.toContain(200);
  });

  test("spans cover qualifier, number and noun", () => {
    const text = "Police said about 850,000 active prepaid accounts had numbers exposed.";
    const [c] = affected(extractText(text, { lang: "en" }).counts);
    expect(c.text).toBe("about 850,000 active prepaid accounts");
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.unit).toBe("accounts");
  });
});

describe("English counts of people named by where they live", () => {
  test.each<[string, Want & { unit: string }]>([
    ["The breach exposed the data of 61,250 Texans.", { value: 61250, qualifier: "exact", unit: "texans" }],
    ["Hackers stole records of 2.4 million Australians.", { value: 2400000, qualifier: "exact", unit: "australians" }],
    ["Files on about 35,000 New Yorkers were taken.", { value: 35000, qualifier: "approx", unit: "new yorkers" }],
    ["The leak affected more than 4,000 Ohioans.", { value: 4000, qualifier: "at_least", unit: "ohioans" }],
    ["Nearly 3 million Britons had data stolen.", { value: 3000000, qualifier: "approx", unit: "britons" }],
    ["The data of 800,000 Canadians was exposed.", { value: 800000, qualifier: "exact", unit: "canadians" }],
    ["Some 12,000 Queenslanders were caught up in the hack.", { value: 12000, qualifier: "approx", unit: "queenslanders" }],
  ])("%j", (text, want) => {
    const got = affected(extractText(text, { lang: "en" }).counts).map((c) => ({ ...pick(c), unit: c.unit }));
    expect(got).toEqual([{ role: "affected", ...want }]);
  });

  test.each<[string, number]>([
    // A population is a size, read as "people" would be.
    ["The state is home to 29 million Texans; its agency was hacked.", 29000000],
    ["The bank has 9 million Canadians as clients.", 9000000],
  ])("%j has %d, but not as affected", (text, value) => {
    const counts = extractText(text, { lang: "en" }).counts;
    expect(counts.some((c) => c.value === value && c.role === "other")).toBe(true);
    expect(affected(counts)).toEqual([]);
  });

  test.each([
    // An adjective of place before another noun leaves that noun the head.
    ["The hackers hit 3 Canadian firms.", "3 Canadian firms", "other"],
    ["The hackers stole 40,000 Australian customer records.", "40,000 Australian customer records", "affected"],
  ])("%j: %j is %s", (text, span, role) => {
    const [c] = extractText(text, { lang: "en" }).counts;
    expect([c.text, c.role]).toEqual([span, role]);
  });
});

describe("English counts in quotations", () => {
  test.each<[string, Want[]]>([
    ['"We have written to 12,400 customers," a spokesperson said after the breach.', [{ value: 12400, qualifier: "exact" }]],
    ['The clinic said "fewer than 5,000" patients had data stolen.', [{ value: 5000, qualifier: "at_most" }]],
    ["The insurer said “about 800” people were affected.", [{ value: 800, qualifier: "approx" }]],
    ["Hackers said ‘more than 20,000’ members' records were taken.", [{ value: 20000, qualifier: "at_least" }]],
    ['The firm said "3,100" were affected by the breach.', [{ value: 3100, qualifier: "exact" }]],
    ["The breach hit 3,000 “premium” customers.", [{ value: 3000, qualifier: "exact" }]],
  ])("%j", (text, want) => {
    const got = affected(extractText(text, { lang: "en" }).counts).map(pick);
    expect(got).toEqual(want.map((w) => ({ role: "affected", ...w })));
  });

  test("a closing quote keeps the span inside the quotation", () => {
    const text = 'The clinic said "fewer than 5,000" patients had data stolen.';
    const [c] = extractText(text, { lang: "en" }).counts;
    expect([c.text, c.unit]).toEqual(["fewer than 5,000", "patients"]);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test.each([
    // The quoted utterance ends with its comma: the noun after it is the speaker's subject.
    '"It was 5,000," customers said of the data breach.',
    '"We fixed 1,200," the engineers said after the breach.',
  ])("no affected count in %j", (text) => {
    expect(affected(extractText(text, { lang: "en" }).counts)).toEqual([]);
  });
});

describe("Japanese counts", () => {
  let res: Resources;
  beforeAll(async () => {
    res = await loadResources();
  });
  const ja = (text: string) => extractText(text, { lang: "ja", res }).counts;

  test.each<[string, Want[]]>([
    ["顧客情報3,255件が流出した。", [{ value: 3255, qualifier: "exact" }]],
    ["会員約130万人の情報が漏えいした。", [{ value: 1300000, qualifier: "approx" }]],
    ["最大2,400人分の氏名が流出した可能性がある。", [{ value: 2400, qualifier: "at_most" }]],
    ["個人情報12万3千456件分が閲覧された。", [{ value: 123456, qualifier: "exact" }]],
    ["1億件のデータが売られていた。", [{ value: 100000000, qualifier: "exact" }]],
    ["三千二百件の記録が消えた。", [{ value: 3200, qualifier: "exact" }]],
    ["会員二十五人の住所が漏れた。", [{ value: 25, qualifier: "exact" }]],
    ["利用者4万800人に通知した。", [{ value: 40800, qualifier: "exact" }]],
    ["カード情報18,746名分が流出した。", [{ value: 18746, qualifier: "exact" }]],
    // Those who sued are not counted, those affected before them are.
    ["会員情報が流出し、約1万人が被害に遭った。このうち30人は運営会社に賠償を求めて提訴した。", [{ value: 10000, qualifier: "approx" }]],
    ["会員1万件以上が流出した。", [{ value: 10000, qualifier: "at_least" }]],
    // a total word does not hide a bound after the figure, nor an estimate
    ["不正アクセスにより計20万件以上の顧客情報が流出した。", [{ value: 200000, qualifier: "at_least" }]],
    ["不正アクセスにより合計約3万件の顧客情報が流出した。", [{ value: 30000, qualifier: "approx" }]],
    ["不正アクセスにより計3万件の顧客情報が流出した。", [{ value: 30000, qualifier: "exact" }]],
    ["100万件超のメールアドレスが漏えいした。", [{ value: 1000000, qualifier: "at_least" }]],
    ["顧客5千人余りが被害に遭った。", [{ value: 5000, qualifier: "approx" }]],
    ["計 3,137 名分の情報が保存されていた。", [{ value: 3137, qualifier: "exact" }]],
    ["クレジットカード20枚の番号が盗まれた。", [{ value: 20, qualifier: "exact" }]],
    // The suspects are no victims; those they took data from are.
    ["容疑者2人は顧客300人分の情報を盗んだ。", [{ value: 300, qualifier: "exact" }]],
    // The copula after a count is no agentive で.
    ["USBメモリを紛失した。対象者は三百二十五人です。", [{ value: 325, qualifier: "exact" }]],
    ["不正アクセスにより個人情報が流出しました。対象はお客様1,246名で、氏名が含まれます。", [{ value: 1246, qualifier: "exact" }]],
    // A bound before an estimate keeps the bound.
    ["流出した情報は最大で約6万件に上る可能性がある。", [{ value: 60000, qualifier: "at_most" }]],
    // Staff whose own data went stay counted.
    ["不正アクセスにより従業員120名の個人情報が流出した。", [{ value: 120, qualifier: "exact" }]],
    // Members as a topic are those affected when the clause tells of the leak.
    ["不正アクセスで情報が流出した会員は約2万人に上る。", [{ value: 20000, qualifier: "approx" }]],
    // A range gives both ends, as in English; a bare low end takes the upper figure's 万 when that keeps it below.
    ["注文データ700～900件が第三者に見られた恐れがある。", [{ value: 700, qualifier: "at_least" }, { value: 900, qualifier: "at_most" }]],
    ["会員3〜4万人分のメールアドレスが漏れた。", [{ value: 30000, qualifier: "at_least" }, { value: 40000, qualifier: "at_most" }]],
    ["受講者8000～1万2000人の氏名が流出したとみられる。", [{ value: 8000, qualifier: "at_least" }, { value: 12000, qualifier: "at_most" }]],
  ])("%s", (text, want) => {
    expect(affected(ja(text)).map(pick)).toEqual(want.map((w) => ({ role: "affected", ...w })));
  });

  test.each([
    "取引先12社に影響が出た。",
    "2件の不正アクセスが確認された。",
    "事件4件の資料が見つかった。",
    "文書2枚が持ち出された。",
    "男2人が逮捕された。",
    "容疑者は以下の2人。",
    "逮捕者は3人だった。",
    "不正アクセスを受けた。調査は担当者2人で行った。",
    "不正アクセスを受けた。男2人で犯行に及んだ。",
    "不正アクセスを受けた。今度は2人で、本社を訪れた。",
    "数十件の問い合わせがあった。",
    "お客様一人ひとりにお詫びする。",
    "2024年5月21日に判明した。",
    "人口10万人の市で起きた。",
    "第3回の会議で報告した。",
    // The staff who lost or sent the data, and what was got back.
    "当院の薬剤師1名が、患者名簿を紛失しました。",
    "本社の社員2名が使用するパソコンがウイルスに感染した。",
    "誤って送付した書類のうち、5月9日までに88件を回収しました。",
    // Inquiries received, their word a few words back.
    "会員の氏名が漏えいした。問い合わせが、窓口に約40件寄せられた。",
    // Those who came, signed up or sued; a daily rate; a share written as a ratio; a size class of firms.
    "顧客の住所が漏えいした。説明会には住民約60人が出席した。",
    "会員の氏名が流出した。アプリには約4万2千世帯が登録している。",
    "情報流出を巡り、利用者120人が同社に賠償を求めて提訴した。",
    "患者情報が流出した。同院には一日平均で約九百人が来院する。",
    "不正アクセスでは、およそ4件に3件がVPN経由だった。",
    "調査では、社員50人未満の企業の多くが対策をしていない。不正アクセスで情報が漏えいした。",
    // A body's size as a topic, a sum per person, a size class, fraudulent transactions, plaintiffs far from their suit.
    "顧客情報が流出した。同社のアプリ会員は約62万人に上るが、影響は一部にとどまる。",
    "名簿が流出した。生協の組合員は約九千人、職員は八十人。",
    "顧客情報が流出した。同グループの社員数は契約社員を含め約3万1000人。",
    "流出を巡る訴訟で、地裁は1人5000円の賠償を命じた。",
    "流出の恐れがある。導入先は従業員20人未満の小規模事業者が中心だ。",
    "専門家は「従業員300人規模の会社なら対策費は年100万円ほど」と話す。",
    "カード情報が流出した。不正利用の疑いがある取引が37件確認された。",
    "情報流出で、元利用者ら86人が運営会社の株式会社ミズノワ（本社・港北市）に損害賠償を求めた。",
    // Those who answered a request, the school's roll as a topic, the staff member whose work account was the way in.
    "名簿を誤送信した。送信先には削除を依頼し、71人から削除したとの返信があった。",
    "名簿が入ったUSBメモリーを紛失した。同校の全校生徒は348人。",
    "情報が漏れた恐れがある。原因は職員1人の業務用アカウントへの不正ログインだった。",
    // 入院中の人, 回収済みの件数, アクセス記録の件数は被害者数ではない.
    "電子カルテがランサムウェアで暗号化された。入院中の約240人の診療は続けている。",
    "顧客情報を誤封入した。6月2日時点で、回収済みは58件です。",
    "設定ミスで名簿が公開状態になった。第三者がアクセスした記録が３件あった。",
    // 処分を受けた役員や検証した有識者, 提訴した原告, 1アカウント当たりの額は被害者数ではない.
    "会員情報の流出を受け、同社は役員４人の月額報酬を３カ月間減額する。",
    "流出問題で、市は有識者4人による検証委員会を設けた。",
    "個人情報の流出を巡り、元会員約650人が、同社に1人あたり5万円の慰謝料を求めて地裁に提訴した。",
    "不正ログインで残高が抜き取られ、1アカウント当たりで最大約30万円の損害が出た。",
    // The whole staff trained, a year's examinees, a nationwide tally of fraudulent trades.
    "患者名簿を紛失した。病院は来月、全職員約900人に研修を課す。",
    "健診結果を誤送付した。センターの2023年度の受診者数は延べ4万2,000人に上る。",
    "証券口座が乗っ取られた。業界全体では計2210件の不正な取引が確認された。",
  ])("no affected count in %s", (text) => {
    expect(affected(ja(text))).toEqual([]);
  });
});
