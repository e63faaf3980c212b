/**
 * Japanese words for each data-type code of the contract, as regular-expression sources matched
 * on the folded text. Longest match wins across codes, so クレジットカード番号 is one mention.
 */
export const DATA_TYPES: Record<string, string[]> = {
  full_name: ["氏名", "名前", "お名前", "姓名", "カナ氏名", "フリガナ", "名義人"],
  username: ["ユーザー名", "ユーザ名", "ユーザーID", "ユーザID", "ログインID", "ログイン名", "ニックネーム", "プレイヤー名", "アカウント名", "ハンドルネーム"],
  email_address: ["メールアドレス", "電子メールアドレス", "Eメールアドレス", "e-?mailアドレス"],
  password: ["パスワード", "暗証番号"],
  security_qa: ["秘密の質問(?:と答え|の答え)?"],
  date_of_birth: ["生年月日", "誕生日"],
  age: ["年齢"],
  gender: ["性別"],
  postal_address: ["住所", "郵便番号", "所在地", "送付先"],
  phone_number: ["電話番号", "携帯電話番号", "FAX番号"],
  government_id: ["マイナンバー", "個人番号", "運転免許証(?:番号)?", "基礎年金番号", "旅券番号", "パスポート番号", "保険証番号", "住民票"],
  payment_card: ["クレジットカード(?:情報|番号)?", "カード番号", "カード情報", "デビットカード(?:情報|番号)?"],
  card_security_code: ["セキュリティコード", "セキュリティーコード"],
  card_expiry: ["有効期限"],
  bank_account: ["口座番号", "口座情報", "銀行口座"],
  financial_info: ["年収", "取引履歴", "給与", "所得", "資産"],
  health_info: ["病歴", "診療情報", "病名", "健康診断", "検査結果", "カルテ", "既往歴", "診療記録"],
  ip_address: ["IPアドレス"],
  account_id: ["会員番号", "会員ID", "顧客ID", "顧客番号", "お客様番号", "アクセスコード", "利用者ID", "カードID"],
  purchase_history: ["購入履歴", "注文情報", "注文履歴", "購入情報", "注文内容", "購入商品"],
  employer: ["勤務先", "職業", "会社名", "役職", "所属"],
  location: ["位置情報", "移動履歴"],
  photo: ["顔写真", "写真", "画像"],
  personal_info: ["個人情報", "お客様情報", "顧客情報", "会員情報"],
};

/** Words that say data left the owner's control. */
export const EXPOSURE_CUES = /流出|漏えい|漏洩|漏れ|閲覧|窃取|盗ま|不正アクセス|不正に取得|持ち出|含む|含まれ|対象|被害|公開状態|外部に|抜き取|改ざん/;

/** Hedges that make an exposure possible rather than stated. */
export const HEDGE_CUES = /可能性|恐れ|おそれ|懸念|疑い|かもしれ|見込み|思われ/;

/** Negations that deny an exposure for the types in their scope. */
export const NEGATION_CUES = /(含まれ|流出し|漏えいし|漏洩し|確認され|保持し|保有し|保存し|取得し|保管し)(ておりません|ていません|ない|ません)|含まれず|対象外|ございません/;
