import { beforeAll, describe, expect, it } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import { extractText, loadResources } from "../helpers.js";

// Invented text: where a Japanese data word is a label, a workplace or a business contact's details.
describe("Japanese data words that are labels, workplaces or business details", () => {
  let res: Resources;
  beforeAll(async () => {
    res = await loadResources();
  });
  const types = (text: string) =>
    [...new Set(extractText(text, { lang: "ja", res }).data_types.filter((d) => d.type !== "personal_info").map((d) => `${d.type}:${d.status}`))].sort();

  it.each<[string, string[]]>([
    // a contact block's labels carry values, they name no leaked data
    ["個人情報が流出した可能性があります。\nお問い合わせ窓口\n電話番号：0120-000-000\nメールアドレス：info@example.jp", []],
    ["不正アクセスにより氏名が流出しました。\n電話番号: (03)0000-0000", ["full_name:leaked"]],
    // a workplace named right after 勤務先 is the suspect's employer
    ["元社員は、勤務先だった「サンプル工務店」から顧客の氏名と住所を持ち出した。", ["full_name:leaked", "postal_address:leaked"]],
    ["元社員は、勤務先の『サンプル工務店』から名簿を持ち出した。", []],
    // a business contact's company and department say where the person works
    ["取引先の会社名、部署名、氏名が漏えいした可能性があります。", ["employer:possibly_leaked", "full_name:possibly_leaked"]],
    // still data when nothing of that kind follows
    ["氏名、勤務先、電話番号が流出した。", ["employer:leaked", "full_name:leaked", "phone_number:leaked"]],
    ["流出した情報:氏名、住所", ["full_name:leaked", "postal_address:leaked"]],
    // a charge states what was taken; a suspicion that data leaked is a hedge
    ["逮捕容疑は、昨年8月、顧客約三千件分の氏名や電話番号をUSBメモリーにコピーして持ち出した疑い。", ["full_name:leaked", "phone_number:leaked"]],
    ["顧客の氏名を不正に持ち出した疑いで元社員を逮捕した。", ["full_name:leaked"]],
    ["顧客の氏名が流出した疑いがある。", ["full_name:possibly_leaked"]],
    // the way in is no data: an attacker's address, a device's lock, an account left at its default
    ["海外のIPアドレスから不正なログインが行われ、会員の氏名が流出した。", ["full_name:leaked"]],
    ["タブレット端末が盗まれた。端末はパスワードで保護され、データは暗号化されております。", []],
    ["保守用アカウントのパスワードを初期設定のまま運用していたため、不正ログインされ、氏名が流出した。", ["full_name:leaked"]],
    ["会員のパスワードが流出した。", ["password:leaked"]],
    // crypto assets demanded as ransom are no one's financial data; a work history is an employer
    ["約70万ドル相当の暗号資産を要求された。", []],
    ["登録者の氏名、職歴が流出した可能性がある。", ["employer:possibly_leaked", "full_name:possibly_leaked"]],
    // pairs got elsewhere and tried on the login are the way in; data never handled is not leaked
    ["別のサービスから入手したログインIDとパスワードの組合せを使った攻撃で、会員の住所が閲覧された。", ["postal_address:leaked"]],
    ["会員の住所が漏れた恐れがある。カード番号は扱っていないという。", ["payment_card:not_leaked", "postal_address:possibly_leaked"]],
    // A list of what a store held takes what is said next of これらの情報; new words for health, policies, premiums, travel and charges.
    ["サーバーが暗号化された。名簿には会員の氏名と電話番号が含まれます。これらのデータの外部への持ち出しは確認されていない。", ["full_name:not_leaked", "phone_number:not_leaked"]],
    ["流出したのは契約者の証券番号や保険料、持病に関するメモ。口座番号は入っていなかった。", ["account_id:leaked", "bank_account:not_leaked", "financial_info:leaked", "health_info:leaked"]],
    // data left viewable (閲覧可能になっていた) may or may not have been seen
    ["交通系ＩＣカードの乗車履歴とチャージ履歴が外部から閲覧可能になっていた。", ["financial_info:possibly_leaked", "location:possibly_leaked"]],
    // what a lost stick held is only possibly out when the whole story hedges; not when data plainly leaked
    ["市教委は、中学の教員がUSBメモリーを紛失したと明らかにした。保存されていたのは部員の氏名と部活動の連絡網だった。", ["full_name:possibly_leaked"]],
    ["不正アクセスで会員情報が流出した。記録されていたのは会員の氏名と住所だった。", ["full_name:leaked", "postal_address:leaked"]],
    // an attack alone says nothing of data leaving, so the story's hedge stands; a stolen device is a possible leak
    ["学園のサーバーがサイバー攻撃を受け、在学生の情報が外部に漏れたおそれがある。サーバーには学生の氏名や電話番号などが保存されていました。", ["full_name:possibly_leaked", "phone_number:possibly_leaked"]],
    ["職員のタブレットが車上荒らしで盗まれた。端末には利用者の氏名と生年月日が記録されていた。", ["date_of_birth:possibly_leaked", "full_name:possibly_leaked"]],
    // a charge (…の疑いで、…逮捕) is no hedge; papers never accepted were not leaked
    ["顧客の氏名と住所を不正に持ち出したとして、元社員が窃盗の疑いで、県警に逮捕された。", ["full_name:leaked", "postal_address:leaked"]],
    ["申込書が閲覧可能になっていた。なお、マイナンバー入りの書面は受け付けていないため、漏れる心配はないという。", ["government_id:not_leaked"]],
    // held on another system, unrelated to the affair: not leaked; a file left in the same open store (置かれていた) is only possibly out
    ["不正アクセスで会員の氏名が流出した。会員のパスワードや決済用のカード情報は別のシステムで管理しており、今回の事案とは関係がないという。", ["full_name:leaked", "password:not_leaked", "payment_card:not_leaked"]],
    ["保存領域がだれでも閲覧できる状態になっていた。本人確認書類として提出された運転免許証の画像も、同じ領域に置かれていた。", ["government_id:possibly_leaked"]],
    // what a fake site asks a victim to type is no one's leaked data; a points history is a purchase history
    ["不正アクセスの被害はない。偽のサイトで暗証番号の入力を求められる。", []],
    // …のほか、 carries a list on; after a verb it ends a clause
    ["不正アクセスの被害はない。偽の画面では、氏名のほか、暗証番号の入力を求められる。", []],
    ["会員の氏名が漏えいしたほか、住所も漏えいした可能性がある。", ["full_name:leaked", "postal_address:possibly_leaked"]],
    ["会員の氏名、ポイント利用履歴が閲覧された可能性がある。", ["full_name:possibly_leaked", "purchase_history:possibly_leaked"]],
  ])("%s", (text, expected) => {
    expect(types(text)).toEqual(expected);
  });

  it("a regulator's name holds no personal information (個人情報保護委員会)", () => {
    const personal = (text: string) => extractText(text, { lang: "ja", res }).data_types.filter((d) => d.type === "personal_info").length;
    expect(personal("不正アクセスを確認し、個人情報保護委員会へ報告しました。")).toBe(0);
    expect(personal("不正アクセスにより個人情報が流出しました。")).toBe(1);
  });
});

describe("a headline's status gives way to the body's", () => {
  let res: Resources;
  beforeAll(async () => {
    res = await loadResources();
  });
  const status = (text: string, lang: "en" | "ja", type: string) =>
    [...new Set(extractText(text, { lang, res }).data_types.filter((d) => d.type === type).map((d) => d.status))];

  it.each<[string, "en" | "ja", string, string[]]>([
    // the body hedges what the headline states
    ["通販サイトでカード情報漏えい\n\nサンプル商店は、クレジットカード情報が漏えいした可能性があると発表した。", "ja", "payment_card", ["possibly_leaked"]],
    ["Card data stolen at Sample Outfitters\n\nSample Outfitters said card data may have been exposed in the attack.", "en", "payment_card", ["possibly_leaked"]],
    // a body silent on the type leaves the headline's status
    ["通販サイトでカード情報漏えい\n\nサンプル商店は、不正アクセスを受けたと発表した。", "ja", "payment_card", ["leaked"]],
    // a body that states the leak keeps it
    ["カード情報漏えいの可能性\n\nサンプル商店は、クレジットカード情報が漏えいしたと発表した。", "ja", "payment_card", ["leaked"]],
  ])("%s", (text, lang, type, expected) => {
    expect(status(text, lang, type)).toEqual(expected);
  });
});

describe("a code that covers distinct things keeps a status per wording", () => {
  let res: Resources;
  beforeAll(async () => {
    res = await loadResources();
  });
  it("a leaked insurance number and a My Number never held are both government IDs", () => {
    const text = "以下の情報が漏えいしました。\n　氏名、介護保険被保険者番号\n　※マイナンバーは本システムには保存されておりません。";
    const ids = extractText(text, { lang: "ja", res }).data_types.filter((d) => d.type === "government_id").map((d) => `${d.text}:${d.status}`);
    expect(ids.sort()).toEqual(["マイナンバー:not_leaked", "被保険者番号:leaked"].sort());
  });
  it("a code that names one thing in many words keeps one status", () => {
    const text = "Hackers stole customers' passwords. Plain text passwords were not stored, the company said.";
    const statuses = new Set(extractText(text, { lang: "en", res }).data_types.filter((d) => d.type === "password").map((d) => d.status));
    expect([...statuses]).toEqual(["leaked"]);
  });
});
