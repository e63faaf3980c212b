/** Legal forms that mark an organisation name, before or after it. Dropped to normalise. */
export const LEGAL_FORMS = [
  "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人",
  "独立行政法人", "地方独立行政法人", "国立大学法人", "学校法人", "医療法人", "社会福祉法人", "特定非営利活動法人", "NPO法人",
  "(株)", "(有)", "㈱", "㈲",
];

/** Name endings that make a word an organisation without a legal form. */
export const ORG_SUFFIXES = ["市役所", "役所", "市", "県", "町", "村", "区", "府", "庁", "省", "病院", "大学", "学校", "銀行", "協会", "機構", "組合", "センター"];

/** Words that make a sentence speak of a breach. */
export const BREACH_CUES = /不正アクセス|流出|漏えい|漏洩|サイバー攻撃|ランサムウェア|不正利用|情報漏|盗ま|窃取|閲覧可能|誤送信|紛失/;

/** Words for the issuing company in a release. */
export const SELF_REFERENCES = ["当社", "弊社", "当行", "弊行", "当法人", "本学", "当院", "本市"];

/** Words in a name that make it a regulator, government body or police. */
export const AUTHORITY_WORDS = /警察|警視庁|個人情報保護委員会|総務省|経済産業省|厚生労働省|金融庁|政府|委員会|裁判所/;
