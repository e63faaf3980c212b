/** Japanese words for each data-type code, as regex sources on the folded text (full-width and Kangxi folded); the longest match wins, so クレジットカード番号 is one mention; a bare ID counts only beside a password (IDとパスワード). */
export const DATA_TYPES: Record<string, string[]> = {
  full_name: ["氏名", "名前", "お名前", "姓名", "カナ氏名", "フリガナ", "ふりがな", "カード名義人名", "名義人名", "カード名義人", "名義人", "氏名カナ"],
  username: ["ユーザー名", "ユーザ名", "ユーザーID", "ユーザID", "ログインID", "ログイン名", "ニックネーム", "プレイヤー名", "アカウント名", "ハンドルネーム", "アカウントID",
    "ID(?=\\s{0,2}(?:と|及び|および|・|、|/|／)\\s{0,2}パスワード)"],
  email_address: ["メールアドレス", "電子メールアドレス", "Eメールアドレス", "e-?mailアドレス", "メアド"],
  password: ["パスワード", "暗証番号"],
  security_qa: ["秘密の質問(?:と答え|の答え)?"],
  date_of_birth: ["生年月日", "誕生日"],
  age: ["年齢"],
  gender: ["性別"],
  // 送付先 and お届け先 name the recipients (お届け先の個人情報), not their address.
  postal_address: ["住所", "郵便番号"],
  phone_number: ["電話番号", "携帯電話番号", "FAX番号", "携帯番号", "連絡先電話番号"],
  government_id: [
    "マイナンバー",
    "個人番号",
    "運転免許証(?:番号)?",
    "基礎年金番号",
    "年金番号",
    "旅券番号",
    "パスポート番号",
    "保険証(?:番号)?",
    "被保険者番号",
    "住民票(?:コード)?",
    "在留カード(?:番号)?",
    // A foreign national ID (国民身分証番号, 国民IDカード番号), longer than the card number it ends with.
    "(?:国民)?(?:身分証|身分証明書|IDカード)(?:番号)?",
    "国民ID(?:カード)?(?:番号)?",
    "本人確認書類(?:の(?:画像|写し|コピー))?",
  ],
  // A card company, a card payment or a card brand is not card data.
  payment_card: ["クレジットカード(?:情報|番号|(?!会社|決済|払い|ブランド|加盟店|業界|発行|の会社))", "カード番号", "カード情報", "デビットカード(?:情報|番号)?", "決済(?:関連の?)?情報"],
  card_security_code: ["セキュリティコード", "セキュリティーコード"],
  card_expiry: ["有効期限"],
  bank_account: ["口座番号", "(?:預金|貯金)?口座の番号", "口座情報", "口座の情報", "銀行口座", "口座名義", "(?:給与)?(?:引き?落とし|引落し?|振込先|振替|振込)口座"],
  financial_info: ["年収", "取引履歴", "給与", "所得", "(?<!暗号)資産", "税額", "支給額", "給付額", "収入", "保険料", "チャージ履歴", "入出金履歴", "利用明細",
    "積立(?:金)?額", "積立金", "課税(?:情報|額|内容|状況)", "納税額", "預金(?:残高|額)", "残高", "借入(?:額|残高)", "融資額", "経費(?:明細|精算)", "寄(?:付|附)(?:金)?額", "給与額", "保有銘柄", "取引(?:の)?内容", "売買履歴"],
  health_info: ["病歴", "(?:過去の)?受診歴", "通院歴", "入院歴", "診療情報", "医療情報", "病名", "健康診断(?:結果)?", "検査結果", "カルテ", "既往歴", "診療記録", "健康情報", "診断結果", "服薬", "持病", "治療歴", "処方(?:内容|薬)",
    // Care needs and allergies are facts of health (要介護度, 食物アレルギー).
    "要介護(?:度|認定)", "介護度", "(?:食物)?アレルギー(?:情報)?",
    "体重", "歩数", "血圧", "心拍数", "血糖値", "診断書", "処方(?:歴|履歴)", "薬歴", "検査(?:値|データ)", "健康状態", "術式", "手術(?:歴|記録|内容)", "障害(?:の)?(?:有無|程度|等級)"],
  ip_address: ["IPアドレス"],
  account_id: ["会員番号", "会員ID", "顧客ID", "顧客番号", "お客様番号", "アクセスコード", "利用者ID", "カードID", "お客様ID", "学籍番号", "学生番号", "社員番号", "職員番号", "患者番号", "患者ID", "診察券番号", "証券番号", "契約番号", "フレンドID", "フレンドコード", "受診者番号", "受診番号", "被験者(?:識別)?(?:番号|コード|ID)"],
  purchase_history: ["購入履歴", "注文情報", "注文履歴", "購入情報", "注文内容", "購入商品", "購入内容", "注文番号", "(?:注文|購入)の履歴", "ポイント(?:の)?利用履歴", "ポイント(?:の)?交換履歴", "ポイント履歴", "返礼品(?:名)?", "課金履歴"],
  // A business contact's company and department (会社名、部署名) say where the person works. A workplace named right after (「勤務先だった「X」」) is someone's employer, not data about anyone.
  employer: ["(?:勤務先|勤め先)(?!(?:だった|であった|である|の)?\\s*[「『])", "職業", "職歴", "内定先(?:の企業名|企業名?)?", "役職", "勤務先名", "会社名", "部署名", "所属部署", "所属先"],
  // Where a transit card took its holder (乗車履歴, 乗降駅) is a record of movement.
  location: ["位置情報", "移動履歴", "乗車履歴", "乗降履歴", "乗降駅", "利用駅",
    "旅程", "旅行日程", "渡航先", "宿泊先", "滞在先", "渡航履歴", "搭乗(?:履歴|記録)"],
  photo: ["顔写真", "写真", "顔画像"],
  // 個人情報保護 names a law or a regulator (個人情報保護委員会), not data.
  personal_info: ["個人情報(?!保護)", "お客様情報", "顧客情報", "会員情報", "登録情報"],
};

/** Japanese words need no list to be read as a data type. */
export const WEAK_DATA_TYPES: Record<string, string[]> = {};

/** Words that say data left, or was in what left, the owner's control (or was on what was lost). */
export const EXPOSURE_CUES =
  /流出|漏えい|漏洩|漏れ|閲覧|窃取|盗ま|盗難|盗み|不正アクセス|不正に取得|取得され|持ち出|持ち去|含む|含ま|被害|公開状態|外部に|抜き取|抜き出|改ざん|記載|掲載|記録|保存されていた|(?:置かれ|格納され)ていた|誤送付|誤送信|誤配|誤って|紛失|所在不明|見える状態|閲覧可能|入手|詐取|アクセスされ|送信され|表示され/;

/** Hedges that make an exposure possible; a lost or stolen device, or data left viewable (閲覧できる状態), is a possible leak. A charge's suspicion (「…持ち出した疑い」) is the police's statement, no hedge. */
export const HEDGE_CUES = /可能性|恐れ|おそれ|懸念|(?:端末|タブレット|パソコン|PC|スマートフォン|スマホ|USBメモリー?|ハードディスク|かばん|鞄|バッグ)[^。]{0,12}?盗(?:難|まれ)|閲覧(?:可能|でき(?:る|た))な?(?:状態|に(?:なって|なり))|(?<!容疑は[^。]{0,200})疑い(?!で[^。]{0,40}?(?:再?逮捕|書類送検|送検|起訴))|かもしれ|見込み|思われ|紛失|所在不明|(?:流出|漏えい|漏洩|漏れ|盗難|窃取|不正アクセス|被害)(?:した|された)?か(?=[、。\s／/｜|」』]|$)/;

/** Denials: a verb of exposure or keeping in a negative form, or a possibility denied. */
export const NEGATION_CUES =
  /(?:含まれ|含ま|流出し|流出され|持ち出され|持ち出し|漏えいし|漏洩し|漏れ|閲覧され|確認され|保持し|保有し|保存し|保存され|保管し|保管され|保持され|保有され|格納され|入っ|取得し|取得され|記録され|記載され|記載し|登録され|入力され|盗まれ|窃取され|アクセスされ|影響を受け|表示され|見られ|閲覧でき|(?:取り)?扱っ|預かっ|お預かりし|受け付け|収集し|提供し)(?:て(?:は|も)?(?:い|お)?)?(?:ない|ません|ず|なかった|ませんでした|らず|らない|りません|りませんでした)|対象外|ございません|別の?(?:システム|サーバー?|環境|データベース|ネットワーク)で(?:管理|保管|保存|運用)|(?:問題|事案|件|事故)とは関係(?:が|は)?(?:ない|なく|ありません)|(?:可能性|恐れ|おそれ|心配|懸念|影響)は(?:ない|なく|ありません|ございません|低い)|(?:流出|漏えい|漏洩|被害)は(?:ない|なく|なかった|ありません|ございません)|(?:流出|漏えい|漏洩|被害)?の?対象(?:で|に)?は(?:ない|なく|ありません|ございません)|(?:流出|漏えい|漏洩|窃取|盗難|盗まれ)(?:し|され)?(?:た)?(?:もの|わけ)では(?:ない|なく|ありません|ございません)|含みません|含まない|(?:痕跡|形跡)(?:は|も)(?:一切|全く)?(?:ない|なく|なかった|ありません|ございません|見つかって(?:い)?ない|見つからなかった|見当たらない|見当たらなかった|確認されて(?:い)?ない|確認されなかった|認められない|認められなかった)|(?:表示|閲覧|掲載)(?:される|できる)?(?:項目|対象|情報)(?:で|に)は(?:ない|なく|ありません|ございません)/;

/** Negations that are not denials of an exposure. */
export const FALSE_NEGATION = /^$/;

/** Talk of misuse: a denial of misuse (不正利用は確認されていない) is not a denial of a leak. */
export const MISUSE_CUES = /不正利用|悪用|不正使用|二次被害/;

/** Where a clause ends in a sentence; ほか ends one after a verb (流出したほか、), but after a noun (氏名のほか、) carries a list on. */
export const CLAUSE_BREAK = /が、|ものの|一方(?:で)?、?|(?:のみ|だけ)で、|(?<!の)ほか、|ておらず、|ず、|なお、|また、/g;

/** Words after a mention that make it no exposure: an action on it, a label with its value (「電話番号：0120…」), an attack's source address, a way in (「パスワードで保護」). */
export const NOT_EXPOSURE_AFTER =
  /^(?:(?:等|など)?(?:の情報)?(?:を|の|は)?(?:(?:強制的|一斉|直ち|速やか|すぐ|早急|自動的|順次)に)?(?:変更|再設定|リセット|無効化|初期化|使い回|設定|入力|管理|お忘れ|使用|使っ|使い|用い|利用|もとに|元に|ご?登録の?ない|ご?登録が?ない)|\s*[:：]\s*(?:[(（+]?\d|[\w.+-]+@)|から(?:の)?[^、。]{0,4}?(?:不正|アクセス|ログイン|攻撃|通信)|(?:で|による|により)(?:保護|ロック)|を(?:初期設定|初期値)|(?:の組み合わせ|の組合せ)?を(?:用いた|使った|使用した|悪用した|利用した)[^。]{0,20}?(?:攻撃|ログイン))/;

/** A statement of a fake page or mail (偽の, …を装った, フィッシング): what was entered on it went to the phisher. */
export const PHISHED_STATEMENT = /偽の?|装っ|装う|フィッシング|なりすまし/;
/** After a mention: it was typed in (「IDとパスワードを入力した」), not advice not to (入力したりせず). */
export const ENTERED_AFTER = /^(?:等|など)?(?:を|も)入力(?:した(?!り)|しました|してしまっ|していた|しており)/;

/** Advice in a clause: earlier mentions are things to change (パスワードの変更をお願い) or that a fake site asks for. */
export const ADVICE_CLAUSE = /ご確認(?:ください|をお願い|のお願い|いただ)|確認してください|変更をお願い|変更してください|再設定をお願い|再設定してください|変更をお勧め|変更いただ|入力を(?:求め|促)|入力させ|入力するよう/;

/** Words before a mention that make it advice, a feature, or a staff or system credential (「保守用アカウントのパスワード」); a staff member's own data (従業員の氏名) is data, but their account or credentials leaked elsewhere (他社サービスから流出したID) are the way in. */
export const NOT_EXPOSURE_BEFORE = /(?:新しい|新たな|別の|同じ|(?:管理者|管理用|保守用?|システム|サーバー?)(?:の)?(?:アカウント|ID)?の|(?:職員|従業員|社員)(?:の)?(?:アカウント|ID)の|(?:他社の?|他の?|別の?|外部の?)(?:サイト|サービス|ウェブサイト|Webサイト|事業者|企業|会社)?(?:など|等)?(?:から|で|より)(?:不正に)?(?:流出|漏えい|漏洩|窃取|盗ま|入手|取得)(?:し|され|れ)?た(?:とみられる|と見られる|と思われる|可能性のある)?(?:(?:ログイン|ユーザー)?ID(?:と|や|・|、))?|(?:起動|ログオン|ログイン|解除)時の)$/;

/** Japanese has no weak words, so nothing needs to open a list. */
export const LIST_OPENER = /$^/;

/** Nor anything to close one. */
export const WEAK_CLOSER = /$^/;

/** Glue between the members of a list of data types. */
export const LIST_GLUE = /^(?:[\s、,・/／()（）「」]|や|と|及び|および|並びに|ならびに|又は|または|もしくは|の|等|など|\(\d+\)|（\d+）)*$/;

/** Marks of a list item at the start of a line. */
export const LIST_ITEM = /^\s*(?:[-*•・●○■□◆◇▪►‣–—※]|\(?\d{1,2}[.)）．]|（\d{1,2}）|[①-⑳])\s*/;

/** A list's heading that names data or a store (「対象となる情報」「保存されていた項目」). */
export const DATA_HEADING = /情報|データ|項目|内容|記載|保存|保管|含ま/;

/** A sentence that introduces a list: 「流出した情報は以下のとおり」. */
export const LIST_INTRO = /以下|下記|次の|左記|の(?:通り|とおり)|[:：]\s*$/;

/** A question asks, it does not state. */
export const QUESTION = /[?？]\s*[」』)）]*\s*$|ですか|でしょうか/;

/** Verbs of content (「…に含まれる」「記載された」): they say what a store held, not that it left. */
export const CONTENT_VERBS = /含む|含ま|含まれ|記載|記録|保存|置かれ|格納/g;

/** Words of an attack that tell of no data leaving (不正アクセスを受け, サイバー攻撃の被害). */
export const ATTACK_WORDS = /不正アクセス|サイバー攻撃|攻撃|被害|侵入|感染|改ざん|暗号化/g;

/** Words that point back to the data just listed: what is said of them is said of the list. */
export const DATA_ANAPHOR = /(?:これら|それら|当該|上記|前記)の(?:個人)?(?:情報|データ)/;

/** Before a mention: whose data it is (会員の氏名, 保護者の氏名). */
export const OWNER_BEFORE = /(会員|職員|従業員|社員|患者|顧客|利用者|学生|生徒|児童|保護者|入居者|組合員|契約者|受験者|応募者)の?$/;

/** Words before a mention that name the whole number, whose denial stands beside a leak of part of it (全桁のカード番号). */
export const WHOLE_BEFORE = /(?:全桁の?|完全な)$/;
