import type { Qualifier } from "../../types.js";

/** Japanese counts (numeral, counter 助数詞 and the words around), matched on the folded text, so digits are ASCII. */

/** Words before a number that qualify it. */
export const PREFIX_QUALIFIERS: Array<[string, Qualifier]> = [
  // A bound before an estimate keeps the bound: 最大で約6万件 is at most.
  ["最大で約", "at_most"], ["最大約", "at_most"], ["最大でおよそ", "at_most"], ["少なくとも約", "at_least"],
  ["最大で", "at_most"], ["最大", "at_most"], ["最高", "at_most"], ["多くて", "at_most"], ["約", "approx"],
  ["およそ", "approx"], ["凡そ", "approx"], ["概ね", "approx"], ["おおむね", "approx"], ["おおよそ", "approx"],
  ["推定", "approx"], ["推計", "approx"], ["少なくとも", "at_least"], ["最低", "at_least"], ["計", "exact"],
  ["合計", "exact"], ["延べ", "exact"], ["累計", "exact"], ["総計", "exact"],
];

/** Words after a count (after 分 if any) that qualify it. */
export const SUFFIX_QUALIFIERS: Array<[string, Qualifier]> = [
  ["以上", "at_least"], ["超", "at_least"], ["を超える", "at_least"], ["を超す", "at_least"], ["を上回る", "at_least"],
  ["強", "at_least"], ["余り", "approx"], ["余", "approx"], ["あまり", "approx"], ["程度", "approx"], ["前後", "approx"],
  ["ほど", "approx"], ["弱", "at_most"], ["以下", "at_most"], ["未満", "at_most"], ["に満たない", "at_most"],
];

/** Marks between the two ends of a range whose low end is a bare number (1000～2000件, 1〜2万人). */
export const RANGE_MARKS = ["～", "〜", "~", "－", "-", "から"];

/** Counters of affected people, accounts, records or cards. */
export const AFFECTED_COUNTERS = ["人", "名", "件", "アカウント", "口座", "枚", "世帯", "ID"];

/** Counters that count something else: companies, times, durations, sizes, ages. */
export const OTHER_COUNTERS = [
  "社", "回", "日間", "台", "店", "店舗", "校", "団体", "カ所", "箇所", "か所", "ヶ所", "年間", "か月", "ヶ月", "カ月", "ケ月",
  "時間", "分間", "秒", "週間", "歳", "才", "GB", "TB", "MB", "ギガバイト", "テラバイト", "部署", "自治体", "機関", "病院", "行",
  "項目", "種類", "倍", "割", "%", "パーセント", "ファイル", "フォルダ", "通",
];

/** Characters after a counter that make another word (人口, 件名, 名簿): no count. */
export const COUNTER_NOT_BEFORE: Record<string, string[]> = {
  人: ["口", "気", "件費", "材", "事", "権", "種", "工", "格", "物", "生", "員", "間", "体", "類"],
  名: ["前", "古屋", "義", "簿", "目", "称", "刺", "所", "誉", "乗", "字", "門"],
  件: ["名", "数"],
  枚: ["数"],
};

/** Perpetrators, and those who answer for, judge or sue over a breach, before a number ("男2人", "役員５人", "有識者3人", "原告63人"): a count of 人/名 is `other`. */
export const NOT_VICTIM_BEFORE = ["男", "女", "少年", "少女", "容疑者", "被疑者", "犯人", "男女", "人物", "グループ", "メンバー", "逮捕者", "被告", "被告人",
  "役員", "取締役", "監査役", "経営陣", "幹部", "理事", "有識者", "委員", "弁護士", "裁判官", "原告", "原告団"];

/** Sizes before a person count ("人口10万人", "会員数約100万人", maybe via は/が/で; staff as a topic, 「従業員は約650人」): `other`. */
export const SIZE_BEFORE = ["人口", "会員数", "利用者数", "ユーザー数", "顧客数", "社員数", "従業員数", "職員数", "学生数", "生徒数", "児童数", "定員", "登録者数",
  "受診者数", "患者数", "来場者数", "受験者数", "参加者数", "契約者数", "加入者数", "従業員は", "社員は", "職員は", "教職員は", "全職員", "全社員", "全従業員", "全教職員", "全行員"];

/** Right after a person count, these make it agentive, a rate or a body's size ("2人で", "1人あたり", "100人規模", "約二千百人が在籍"): `other`. */
export const NOT_VICTIM_AFTER = ["で", "組", "体制", "規模", "あたり", "当たり", "がかり", "掛かり", "ずつ", "が在籍", "が所属", "が勤務", "が働", "が通う", "が通っ",
  "による", "の責任"];

/** After a count of people: they sue (「顧客約2100人が、同社に…損害賠償を求めて提訴」); plaintiffs are some of those affected, not their number. */
export const SUED_AFTER = /^ら?[がは][、,]?(?:(?!うち|被害|流出|漏えい|漏洩)[^。]){0,60}?(?:(?:損害賠償|慰謝料|賠償金?)(?:など)?の?(?:支払い)?を(?:求め|請求)|提訴|訴えを起こ)/;

/** The copula after a count is no agentive で ("対象者は三百二十五人です"). */
export const COPULA_AFTER = ["です", "でした", "でございます", "であり", "である", "であった"];

/** Data holders before a count: its で before a comma is a copula ("お客様1,246名で、氏名…"), not an agent's ("2人で、本社を訪れた"). */
export const HELD_PEOPLE = ["お客様", "顧客", "会員", "利用者", "対象者", "患者", "住民", "市民", "受験者", "応募者", "登録者", "ユーザー", "加入者", "契約者"];

/** Words before the number (事件4件, 紛失・盗難が2310件) or after 件の (2件の不正アクセス) that make 件 count incidents, reports or a regulator's actions (指導・助言は461件): `other`. */
export const INCIDENT_WORDS = [
  "事件", "事案", "案件", "不正アクセス", "被害報告", "被害", "攻撃", "問い合わせ", "問合せ", "お問い合わせ", "苦情", "相談",
  "報告", "通報", "不正利用", "インシデント", "事故", "障害", "脆弱性", "申し出", "指摘", "ケース", "事例",
  "指導", "助言", "勧告", "命令", "行政指導",
  "紛失", "盗難", "誤送信", "誤送付", "誤交付", "誤配送", "不正行為", "取引", "不正取引", "不正な取引", "不正な送金", "不正送金",
  // The tally of such reports (報告件数が約62万件).
  "報告件数", "相談件数", "通報件数", "検知件数",
];

/** A body's people as a topic before their number (「ポイント会員は約85万人」「ＪＡの組合員は約八千人」): its size, unless a leak is told in the clause. */
export const MEMBERS_TOPIC_BEFORE = /(?:会員|組合員|利用者|ユーザー|顧客|登録者|加入者|契約者|住民|人口|従業員数|社員数|職員数|全校児童|全校生徒|全児童|全生徒|在校生|在籍者)(?:数|総数)?(?:は|が)(?:[^、。\d０-９]{0,8}?(?:含め|含めて|合わせ|合わせて)、?)?$/;
/** Words of a leak that make such a topic's number those affected (「流出した会員は約3万人」). */
export const LEAK_IN_CLAUSE = /流出|漏えい|漏洩|漏れ|被害|対象|影響|不正|盗|紛失|誤送信|誤送付|可能性|恐れ|おそれ|閲覧/;

/** 枚 counts cards only when a card word comes shortly before (文書2枚 are sheets). */
export const CARD_WORDS = ["カード", "クレジット", "券", "証"];

/** Staff who did the deed (「看護師1名が…紛失」) or whose account was the way in (「職員1人のメールアカウント」): `other`; 「従業員100名の個人情報」 stays affected. */
export const STAFF_WORDS = ["職員", "教員", "教職員", "社員", "従業員", "行員", "看護師", "医師", "薬剤師", "技師", "保育士", "担当者", "教諭", "作業員", "アルバイト", "スタッフ", "派遣社員", "委託先社員", "事務員", "係員"];

/** After a count: a threshold of a rule (「1,000人を超える場合」「「1,000人超」に当たる報告」), not a breach's figure. */
export const THRESHOLD_AFTER = /^(?:を超える|を上回る|以上の|以上と?なる|超の|超える)?(?:場合|とき|事案)|^[」』](?:に当たる|に該当)/;

/** Before a count of 件: a period as topic (「令和5年度は1万1842件」) or a tally by kind (「業種別では医療・福祉が2031件」) counts incidents. */
export const TALLY_BEFORE = /(?:年度|年|上半期|下半期|四半期)は(?:計|合計|約)?$/;
/** Bodies tallied by 件 (被害を公表した組織は計71件で): a count of victims' kind, not of records, unless の follows (企業は約3万件の顧客情報). */
export const BODIES_TALLY_BEFORE = /(?:組織|企業|団体|事業者|法人|会社|自治体|医療機関|病院|学校)(?:数)?(?:は|が|も)[^、。]{0,8}$/;
export const BREAKDOWN_BEFORE = /(?:業種|原因|類型|業態|手口|種類|規模)別(?:で|に)?(?:は|みると|見ると)[^。]*$/;

/** After a count of staff: the body's size (「職員約1100人を抱える」「従業員約150人。」), not people affected. */
export const STAFF_SIZE_AFTER = /^(?:を(?:抱え|擁)|が(?:在籍|勤務)|。|$)/;

/** After a count: customers served (「約6万8千世帯に都市ガスを供給」), a firm's reach, not its breach. */
export const SERVED_AFTER = /^に[^。、]{0,10}?を(?:供給|提供|配送|配達|販売|届け)/;

/** Before a count in its sentence: an earlier incident told in passing (「昨年11月にも、…住民3人の情報が」「昨年も、…顧客約200人に影響」). */
export const PRIOR_BEFORE = /(?:昨年|一昨年|前年|過去|以前|先月|\d{4}年|\d{1,2}年前)(?:\d{1,2}月)?(?:上旬|中旬|下旬|末|頃)?(?:にも|も)、[^。]*$/;

/** After a count of 件: what was got back or wiped (「121件を回収しました」), not what was exposed. */
/** Before a count: people in care now, copies recovered, or entries in an access log (「入院中の約380人」「回収済みは97件」「アクセスした記録が2件」): no one affected. */
export const NOT_COUNTED_BEFORE = /(?:入院中|通院中|入所中|在籍中)の$|(?:回収済み?|回収(?:した|できた)の)(?:は|が)$|(?:アクセス|閲覧|ログイン|ダウンロード)(?:した|された|の)?(?:記録|履歴|ログ)(?:が|は)$/;

export const RECOVERED_AFTER = /^(?:を|が)?(?:回収|削除|返却|返送|回収済)/;

/** After a count: people who answered a request (「187人のうち142人から削除した旨のご連絡」), not those exposed. */
export const REPLIED_AFTER = /^から[^。、]{0,20}?(?:連絡|回答|返信|返事|申し出|問い合わせ|報告)/;

/** After a count: people who came, signed up or sued, a service's base or a plaintiff group, not those exposed (約80人が参加, 約1万9千世帯が登録している, 440人が…損害賠償を求めた). */
export const GATHERED_AFTER = /^が(?:参加|出席|来場|訪れ|集ま|登録して|利用して|加入して|契約して|[^。、]{0,40}?(?:損害賠償|賠償を求め|提訴|訴え))/;

/** Before a count: a rate (一日平均で約千二百人, 年間約300件): traffic, not a breach. */
/** After a count: a rate per unit (「1アカウント当たりの被害は最大で約48万円」), no tally of those affected. */
export const PER_AFTER = /^(?:当たり|あたり|につき|ごと(?:に|の))/;

export const RATE_BEFORE = /(?:一日|1日|１日|毎日|毎月|毎年|年間|月間|週)(?:平均)?(?:で|に|は)?$|平均(?:で|して)?$/;

/** A ratio (3件に2件): two counts of one share. */
export const RATIO_BEFORE = /[件人社]に$/;
export const RATIO_AFTER = /^に(?:約|およそ)?[0-9０-９一二三四五六七八九十]+(?:件|人|社)/;

/** After a person count: a size class of bodies (従業員300人未満の企業). */
export const SIZE_CLASS_AFTER = /^の(?:小規模|中規模|大規模|中小|零細)?(?:企業|会社|事業者|法人|団体|中小企業|事業所)/;
