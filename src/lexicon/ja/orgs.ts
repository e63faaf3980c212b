/** Japanese cues for organisations' roles: tested on the folded text of the name's sentence, after the name (anchored `^`) or before it (`$`). */

/** Legal forms that mark an organisation name, before or after it; dropped to normalise. */
export const LEGAL_FORMS = [
  "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "相互会社", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人",
  "独立行政法人", "地方独立行政法人", "国立大学法人", "公立大学法人", "学校法人", "宗教法人", "認定NPO法人", "認定特定非営利活動法人",
  "弁護士法人", "税理士法人", "司法書士法人", "行政書士法人", "社会保険労務士法人", "有限責任監査法人", "監査法人", "医療法人社団", "医療法人財団", "医療法人", "社会医療法人", "社会福祉法人", "特定非営利活動法人", "NPO法人",
  "(株)", "(有)", "㈱", "㈲",
  // A Taiwanese or Chinese subsidiary keeps its own form in a Japanese release (台湾大嶺精密股份有限公司).
  "股份有限公司", "有限公司",
];

/** Co-operative forms: before a name they mark and leave it (生活協同組合しおさいコープ); after one they are its head (みなと漁業協同組合). */
export const PREFIX_FORMS = ["医療生活協同組合", "消費生活協同組合", "生活協同組合", "農業協同組合", "漁業協同組合", "事業協同組合", "信用協同組合"];

/** A company's Latin legal form after its Latin name in Japanese text (OMINE PRECISION (THAILAND) CO., LTD.). */
export const LATIN_LEGAL_FORMS = ["CO., LTD.", "Co., Ltd.", "CO.,LTD.", "Co.,Ltd.", "PTE. LTD.", "Pte. Ltd.", "SDN. BHD.", "Sdn. Bhd.", "INC.", "Inc.", "LIMITED", "Limited", "LTD.", "Ltd.", "CORPORATION", "Corporation", "CORP.", "Corp.", "GmbH", "LLC", "S.A.", "B.V.", "PLC"];

/** Endings that make a kanji word an organisation without a legal form; longer first, so 県警察 wins over 県. */
export const ORG_SUFFIXES = [
  "県警察本部", "県警察", "県警", "府警", "道警", "警察署", "市役所", "区役所", "町役場", "村役場", "役所", "病院", "医院", "クリニック",
  "大学", "学園", "高校", "学校", "銀行", "信用金庫", "協会", "機構", "組合", "財団", "法人", "センター", "研究所", "委員会", "赤十字社",
  "新聞社", "放送", "会社", "県庁", "都庁", "府庁", "道庁", "都", "市", "県", "町", "村", "区", "府", "庁", "省", "社",
  // Trades that end company names written without a legal form (サクラ電機, ミドリ商事).
  "電機", "電気", "商事", "物産", "物流", "工業", "産業", "製作所", "建設", "証券", "保険", "生命", "電力", "鉄道", "航空",
  "運輸", "通信", "電工", "化学", "製薬", "薬品", "食品", "興業", "商会", "商店", "書店", "出版", "新聞", "交通", "不動産",
  "観光", "旅行", "百貨店", "信託", "電鉄", "バス", "電器", "精機", "精工", "工務店", "製菓", "製紙", "印刷", "海運", "倉庫",
  "自動車", "技研",
  // Old shop and maker endings (フローラ堂, 山田本舗, みどり園). Not 屋: after a katakana word it names a kind of shop more often than a shop (ラーメン屋, パン屋).
  "堂", "本舗", "園",
];

/** After katakana joined by ・: a person's honorific or title, so the name is a person's (ジョン・スミス氏, …最高経営責任者). */
export const PERSON_AFTER = /^(?:[（(][^（）()]{1,15}[）)])?(?:氏|さん|様|容疑者|被告|社長|会長|最高|CEO|ＣＥＯ|代表|議員|大統領|首相|長官|大使|教授|記者|選手|監督|博士|副|元|前|報道官|広報)/;

/** Endings kuromoji cuts in two (取引|所), which a name found up to a trade's ending (台湾証券) runs on to. */
export const SPLIT_ENDINGS = ["取引所"];

/** Kanji words inside an institution's name but never at its start or end (小樽市立病院). */
export const NAME_INFIXES = new Set([
  "市立", "県立", "町立", "村立", "区立", "府立", "都立", "道立", "国立", "公立", "私立", "総合", "医療", "中央", "記念",
  "附属", "付属", "国際", "医科", "歯科", "赤十字",
]);

/** Institution endings that may follow common kanji nouns after a place or name (日本|年金|機構). */
export const INSTITUTION_ENDS = [
  "病院", "医院", "クリニック", "センター", "大学", "学園", "高校", "学校", "研究所", "委員会", "協会", "機構", "財団", "組合",
  "公社", "事務所", "審議会", "協議会", "連合会",
  // Trades that end a company's name after a place (越|北|電力, 関西|電力).
  "電力", "ガス", "電機", "商事", "鉄道", "電鉄", "航空", "証券", "銀行", "信用金庫", "生命", "運輸", "製薬",
];

/** Trades that end a firm's name in a list of firms (暁星損害保険、千鳥海上火災保険の２社): a head before one is the name's own. */
export const FIRM_TRADES = [
  "損害保険", "火災保険", "海上火災保険", "生命保険", "損保", "生保", "保険", "銀行", "信用金庫", "信用組合", "証券", "電力", "ガス",
  "電機", "電気", "電器", "商事", "物産", "鉄道", "電鉄", "航空", "運輸", "製薬", "建設", "不動産", "工業", "重工", "化学", "製作所",
  "自動車", "通信", "放送", "新聞", "印刷", "食品", "製菓", "百貨店", "ホールディングス", "グループ",
  "観光", "旅行", "企画", "産業", "興業", "交通", "運送", "物流", "倉庫", "開発", "設計", "工務店", "酒造", "製紙",
];

/** A seat in brackets after a name (（本社・北沢町）, （本部：港浜市）, （以下、東雲HD、本社・北沢町）), or a place alone (（東陽市）), a seat only after a name with an organisation's ending. */
export const SEAT_BRACKET = /^[（(](?:以下、?[^（）()、。\n]{1,12}、)?(?:本社|本店|本部|本拠|所在地)\s*[・:：]?\s*[^（）()、。\n]{1,14}?[都道府県市区町村郡][^（）()、。\n]{0,8}[）)]/;
/** The prefectures by the names the press uses bare. */
export const PREFECTURES = [
  "北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川", "新潟", "富山",
  "石川", "福井", "山梨", "長野", "岐阜", "静岡", "愛知", "三重", "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山", "鳥取", "島根",
  "岡山", "広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄",
];
/** A place alone in brackets: one with its ending (（東陽市）, （米オレゴン州）, （中国広東省）) or a business paper's prefecture and ward (（東京・品川）). */
export const PLACE_BRACKET = new RegExp(`^[（(](?:[^（）()、。\\n\\d]{1,12}?[都道府県市区町村州省]|(?:${PREFECTURES.join("|")})・[^（）()、。\\n\\d・]{1,6})[）)]`);
/** Kinds of body that a quoted name follows (旅行会社「みなもトラベル」); never a product or service word (サービス「…」 names no body). */
export const KINDS_BEFORE_NAME = ["委託先の", "委託先", "会社", "企業", "業者", "事業者", "メーカー", "チェーン", "法人", "団体", "銀行", "病院", "医院", "クリニック", "学校", "商店", "店舗",
  "学習塾", "塾", "予備校", "美容室", "美容院", "サロン", "介護施設", "老人ホーム", "保育園", "幼稚園", "薬局", "旅館", "ホテル"];

/** Endings of a clinic, school or shop often named in hiragana (くすのき歯科医院, ひまわり保育園), longest first where one ends another. */
export const FACILITY_ENDS = ["歯科医院", "歯科クリニック", "動物病院", "医院", "クリニック", "診療所", "病院", "整骨院", "接骨院", "薬局", "保育園", "幼稚園", "こども園",
  "スポーツ少年団", "少年団", "商店街振興組合", "振興組合"];

/** Hiragana that open a phrase, not a name, after 「市の」 or a line's start (市のほか, 町のすべての, また, なお), or a verb's clause before the noun (勤めていた銀行). */
export const NOT_KANA_HEADS = /^(?:ほか|ため|など|すべて|ある|この|その|あの|どの|かかりつけ|近く|最寄り|また|なお|さらに|しかし|ただし|まず|すでに|特に|とくに|いずれ|これ|それ|および|ならびに|もしくは|または|かつ|ところ|一方|いま|今後|こう|そう|どう|あらゆる|いわゆる)|(?:てい[たる]|でいた|[しっ]た|する|され[たる]|だった)$/;

/** Endings of a residents' or parents' group, named by its place (あやめ野三丁目自治会). */
export const COMMUNITY_GROUPS = ["自治会", "町内会", "町会", "子ども会", "子供会", "PTA", "ＰＴＡ", "保護者会", "後援会", "老人クラブ"];

/** Katakana endings generic alone (GENERIC_TAILS) that end a name after a proper noun (ジャパントラベルサービス). */
export const PROPER_TAILS = /(?:サービス|センター)$/;

/** Kanji heads that make "X市" or "X社" a reference, not a name (同社, 当市, 各県, 他社). */
export const NOT_NAME_HEADS = new RegExp(String.raw`^(?:同|当|本|弊|各|全|他|自|貴|御|両|子|親|元|前|新|旧|某|一|二|三|数|多|都道府|市区町|市町|区市町|政令|地元|県内|市内|国内|海外|関係|委託|取引|運営|外部|第三|事業|通信|決済|関連|グループ|管理|会|` +
  // An industry before 会社 or 社 is a kind of company, not one (ガス会社, 保険会社, 旅行会社).
  String.raw`ガス|印刷|保険|損害保険|生命保険|電力|旅行|建設|不動産|証券|運送|警備|製薬|広告|人材|派遣|清掃|ゲーム|通販|住宅|IT|システム|ソフト|セキュリティ|食品|自動車|金融|運輸|鉄道|航空|出版|放送|新聞|教育|学習|` +
  // A channel, size or kind of firm before its trade (ネット証券, 大手銀行, 地方銀行).
  String.raw`ネット|インターネット|オンライン|ネット専業|ウェブ|Web|デジタル|モバイル|スマホ|暗号資産|仮想通貨|大手|中堅|準大手|最大手|地方|地元|外資|外資系|信託)$`);

/** Whole names that are no organisation, a newspaper's section labels among them (a byline line's 「6:00　社会」). */
export const NOT_ORG = new Set([
  "市町村", "都道府県", "市区町村", "会社", "本社", "子会社", "親会社", "各社", "同社", "当社", "弊社", "他社", "自社", "御社",
  "貴社", "県警", "警察", "委員会", "協会", "大学", "病院", "銀行", "センター",
  "社会", "経済", "政治", "国際", "地域", "科学", "文化", "暮らし", "くらし", "生活", "社説", "総合", "国内", "海外",
]);

/** Katakana and Latin words that stand where a company would but name a thing, a technique of attack or defence among them (SQLインジェクション, WAF). */
export const GENERIC_WORDS = new Set([
  "サービス", "システム", "サイト", "ウェブサイト", "Webサイト", "ホームページ", "データ", "データベース", "サーバ", "サーバー",
  "パソコン", "PC", "メール", "ウイルス", "マルウェア", "マルウエア", "ランサムウェア", "クレジットカード", "カード", "ユーザー", "ユーザ",
  "アカウント", "パスワード", "ID", "アクセスコード", "プログラム", "ファイル", "ネットワーク", "インターネット", "オンラインストア",
  "ショップ", "ストア", "アプリ", "クラウド", "セキュリティ", "メールアドレス", "USB", "USBメモリ", "メモリ", "コールセンター",
  "グループ", "スタッフ", "ウェブメディア", "メディア", "フィッシング", "ログイン", "リスト", "フォルダー", "BCC", "CC", "TO",
  "FAQ", "Q", "A", "URL", "http", "https", "HP", "Web", "WEB", "SNS", "NEW", "PDF", "サイバー", "サイバーセキュリティ", "サイバーセキュリティー",
  "セキュリティー", "ソリューション", "ソリューションズ", "テクノロジー", "デジタル", "ランサムウエア",
  "ノートパソコン", "パソコン", "タブレット", "スマートフォン", "スマホ", "ハードディスク", "ハードディスクドライブ", "サーバ機器",
  "FAX", "ファクス", "ファックス", "TEL", "Tel", "E-mail", "Email", "MAIL", "Mail", "URL", "NEWS", "News", "TOPICS", "Topics", "INFORMATION", "HOME", "Home", "PDF", "ホーム", "トップ", "トップページ", "TOP", "ノートPC", "ノートパソコン", "タブレット", "USBメモリー", "CD", "DVD", "CD-R", "SMS", "IT", "ICT", "AI", "DX", "EC", "OA",
  "SQLインジェクション", "インジェクション", "クロスサイトスクリプティング", "XSS", "DDoS", "DoS", "ブルートフォース", "ゼロデイ",
  "バックドア", "ボットネット", "WAF", "VPN", "ファイアウォール", "ウェブアプリケーションファイアウォール", "アクセスログ", "ログ",
  "ネット", "ダークウェブ", "ダークウエブ", "リークサイト", "ストレージ",
  "スーパー", "食品スーパー", "大手スーパー", "地場スーパー", "ドラッグストア", "コンビニ", "ホットウォレット", "ウォレット",
]);

/** Last words that make a katakana compound a thing, not a name (セキュリティコード). */
export const GENERIC_TAILS = /(?:コード|ページ|ストレージ|フォルダー?|システム|サービス|サイト|データ|データベース|アドレス|ナンバー|カード|ID|コピー|オークション|ファイル|メール|ソフト|ソフトウェア|アプリ|プログラム|サーバー?|ネットワーク|パスワード|アカウント|ストア|ショップ|キャンペーン|イベント|フォーム|ツール|メモリ|ポイント|ログイン|アクセス|ヘルプセンター|センター|シューティング|バンキング|プラン|ユーザー?|ウォレット)$/;

/** Strong verbs of telling: a bare katakana word is a name only as the subject of one of these. */
export const STRONG_DISCLOSURE = /発表|公表|明らかに|認め|謝罪|お詫び/;

/** Words that make a sentence speak of a breach (copies to an insider's own device, lists sold to a broker, data registered to the wrong person), including a number of people's data named as affected (12万人分の氏名…が対象). */
export const BREACH_CUES = /(?:サーバー?|システム|データ|ファイル|端末|パソコン)[^。、]{0,6}?が暗号化され(?:た|、|る)|不正アクセス|不正ログイン|不正(?:に)?侵入|(?:サーバー?|システム|ネットワーク|端末)[^。、]{0,6}?(?:に|へ)、?[^。、]{0,20}?侵入|不正(?:に[^。、]{0,8}?)?閲覧|(?:業務外|目的外|私的)(?:で|の|に)?[^。、]{0,20}?(?:閲覧|照会)|業務上の必要が(?:ない|なく)[^。]{0,60}?(?:閲覧|照会|参照)|(?:自宅|私宅)に持ち帰|(?:SNS|ＳＮＳ)(?:上)?に[^。]{0,6}?(?:投稿|掲載|公開)|流出|流失|漏えい|漏洩|漏出|(?:情報|データ|氏名|住所|番号|アドレス|名簿|記録)(?:など|等)?が漏れ(?:た|て|出)|サイバー攻撃|ランサムウェア|不正利用|情報漏|盗ま|盗み|盗難|窃取|持ち出|持ち去|無断で[^。、]{0,8}?(?:送信|送っ|送付|提供|転送|共有|渡し|持ち出|複製|コピー|流用)|不正に取得|不正取得|閲覧可能|閲覧でき|(?:アドレス|情報|氏名|データ)[^。、]{0,10}?が(?:互いに|お互いに)?(?:見える|閲覧できる|表示される)状態|誤送信|誤送付|誤(?:添付|配布|配信|掲載|公開|交付|配送|転送|登録|封入|発送)|誤って[^。、]{0,20}?(?:添付|送信|送付|送っ|配布|配信|掲載|公開|交付|共有|転送|登録|ひも付け|紐付け|紐づけ)|(?:私物|私用|自宅)の?[^。、]{0,10}?(?:に|へ)[^。、]{0,6}?(?:複製|コピー|転送|送信)|名簿(?:業者|販売業者?|販売会社)[^。]{0,10}?(?:に|へ)[^。]{0,10}?(?:提供|売|販売|渡)|紛失|所在不明|改ざん|感染|転売|売却され|(?:別の|他の|他人の)(?:方|人|利用者|受給者|患者|顧客|お客様)?の?[^。]{0,20}(?:を|が)(?:同封|封入|誤って|表示)|誤表示|(?:人|件|名)分の[^。]{0,40}?が(?:流出の)?対象(?:に|と)な/;

/** A news outlet's name (東和ビジネス新聞, 潮見日報): the masthead of a story, not its subject. */
export const MEDIA_NAME = /(?:新聞|新聞社|日報|新報|通信社|放送|テレビ|タイムス|タイムズ|ニュース|デイリー|ウィークリー|ジャーナル|電子版)$/;

/** After a breach word: a countermeasure or product makes it a topic, not an event (ランサムウェア対策製品). */
export const COUNTERMEASURE_AFTER = /^(?:対策|防止|防御|対応製品|への備え|に備え|に備える|を防ぐ|を防止|から守|訓練|演習)/;

/** After a breach word: a denial (「漏えいしたものではありません」「流出はしていない」「不正アクセスの形跡はなく」), so no event is told. */
export const DENIED_AFTER = /^(?:は)?(?:し|され)?(?:た)?(?:もの|事実|こと|件数|数)?(?:で|では|は)?(?:ありません|ございません|ない(?![かよ])|なく|ていません|ていない|ておりません|ておらず)|^(?:は|も)(?:現時点で|現在のところ|今のところ)?(?:一切)?確認(?:されて|して|でき(?:て)?)?(?:おりません|いません|いない|おらず|ません|ない(?![かよ])|なかった)|^(?:を受けた|された)?の?(?:痕跡|形跡)(?:は|が|も)?(?:なく|ない|ありません|見つかっていない|確認されていない|確認されなかった)/;

/** What may stand beside the issuer's name on a release's signature line: up to three departments or the hospital or school it runs (南山市総務部, 和光会　さくら坂総合病院　健診センター), or nothing. */
export const SIGNATURE_REST = /^(?:[\s　]*[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{1,12}(?:部|課|室|局|係|本部|事務局|グループ|センター|担当|病院|医院|クリニック|診療所|大学|学校|支店|営業所|事業所)){0,3}[\s　]*$/u;

/** Verbs of telling or finding that, with a breach word, make the subject the breached party. */
export const DISCLOSURE = /発表|公表|明らかに|認め|判明|確認|発生|受け|お詫び|報告|発覚|謝罪|説明|通知|連絡|おそれ|恐れ|可能性/;

/** After a name: it is the subject or topic ("Xは", "Xでは"); a reading in brackets may intervene ("野々市市(ののいちし)が"), or the count closing a list of firms (「…Cの３社は」). */
export const SUBJECT_AFTER = /^[」』"]?(?:\([^()]{1,30}\))?(?:の?(?:[0-9０-９一二三四五六七八九十]+社|各社)(?:とも)?)?(?:は|が|も|では|でも|において|におきまして|にて|にも|で(?=[^、。]{0,40}発生))/;

/** After a name: its own data or system is named ("Xの顧客情報", "Xのパソコンが"); a place's 会社員 is where a person lives, not its staff. */
export const OWN_ASSET_AFTER = /^[」』"]?(?:[（(][^（）()]{1,30}[）)])?(?:(?:など|ほか)[0-9０-９一二三四五六七八九十]+社)?(?:(?:の|が保有する|が管理する|が運営する|が提供する|が保管する)[^、。]{0,20}?(?:顧客|会員|利用者|お客様|患者|寄付者|入札者|受験者|応募者|(?<!会)社員|従業員|職員|市民|県民|個人|決済|名簿|情報|データ|サーバー?|システム|データベース|パソコン|PC|端末|ネットワーク|サイト|ウェブサイト|ホームページ|オンラインストア|アカウント|子会社|委託先|[課局])|(?:顧客|会員|利用者|個人)(?:情報|名簿|データ)|(?:顧客|会員|利用者|患者|職員|社員|従業員|学生|生徒)(?:の皆様|の皆さま|の方々|様)?の(?:個人)?(?:情報|データ|名簿))/;

/** After a name: the place of the breach, opening a news lead (「X病院で、…所在不明に」). */
export const SITE_AFTER = /^[」』"]?(?:\([^()]{1,20}\))?(?:\s?\p{Script=Han}{1,10}?(?:部|課|局|室|係|事務所)){0,3}(?:で|では|において|にて)、/u;

/** After a place: a person who lives there (「北浦市の会社員の男」), so the place is an address, not the subject of a story. */
export const RESIDENT_AFTER = /^の(?:会社員|会社役員|無職|自営業|男性|女性|男|女|少年|アルバイト|パート|公務員|大学生|学生|元社員|元従業員|元職員|[^、。]{0,8}容疑者)/;

/** Before a name: a cleft that makes it the one hit (「不正アクセスを受けたのは、X」). */
export const CLEFT_BEFORE = /(?:受けた|遭った|あった)のは[、\s]*[「『]?$/;

/** After a name: its own people's data (「Xの顧客の個人情報」), strong enough even for an unknown katakana word. */
export const OWN_DATA_AFTER = /^[」』"]?の(?:顧客|会員|利用者|お客様|患者|社員|従業員|職員|学生|生徒)の?(?:個人)?(?:情報|データ|名簿)/;

/** After a name: an attack on it ("Xへの不正アクセス", "Xに対するサイバー攻撃"), or it infected or attacked (「X」がランサムウェアに感染). */
export const ATTACKED_AFTER = /^[」』"]?(?:(?:への|に対する|を狙った|が受けた|を標的とした)[^、。]{0,10}?(?:不正アクセス|サイバー攻撃|攻撃|不正ログイン)|(?:が|は)、?(?:ランサムウェア|マルウェア|コンピューターウイルス|ウイルス)に感染|(?:が|は)、?[^、。]{0,6}?(?:サイバー攻撃|不正アクセス|ランサムウェア攻撃)を受け)/;

/** After a name: an attacker, a third party acting on the breach, or a brand a fraud wears (「Xを装ったメール」). */
export const NOT_VICTIM_AFTER = /^[」』"]?(?:を(?:装|騙|かた|名乗)|から(?:連絡|報告|通知|指摘)|による(?:調査|捜査)|に(?:通報|相談|報告|届け|届出)|へ(?:通報|相談|報告)|と(?:連携|協力))/;

/** A section heading that names a topic, with no predicate (「■ 当社からの情報流出について」). */
export const TOPIC_HEADING = /^[■□●◆◇・【\[]?[^。]{0,30}(?:について|に関して|に関する(?:お知らせ|ご報告|ご案内))[】\]]?$/;

/** Later in a breach word's clause: the fact of it denied (「…や、…漏えいした事実は確認されておりません」), or the last of a list it opens (「…への侵入や、…情報の流出は確認されていない」). */
export const FACT_DENIED_LATER = /^(?:(?!が、|。)[^。]){0,60}?(?:事実|形跡|痕跡)(?:は|も)(?:一切)?(?:確認(?:されて|して|でき(?:て)?)?(?:おりません|いません|いない|おらず|ません|ない)|ありません|ございません|ない)|^や、?(?:(?!が、|。)[^。]){0,40}?(?:流出|漏えい|漏洩|侵入|不正アクセス)(?:は|も)(?:現時点で)?(?:一切)?確認(?:されて|して|でき(?:て)?)?(?:おりません|いません|いない|おらず|ません|ない)/;

/** Before a name in its sentence: the clients of a contractor that was breached (委託元は…、…). */
export const CLIENT_BEFORE = /委託元(?:は|の|である|となる|に当たる)[^。]{0,40}$/;

/** After a name (with one coordinated quoted name): the work a contractor took on from it (「X」と「Y」からも予約受付業務を受託), so X is a client. */
export const CLIENT_AFTER = /^[」』]?(?:(?:と|や|、|及び)[^。「」]{0,10}?[「『]?[^「」『』。、]{1,20}?[」』]?)?から(?:も|は)?、?[^。、]{0,20}?を(?:受託|請け負)/;

/** After a name: a count of its own people's records (「桜沢市の約１万８千人分」, a breakdown's 「X（大阪市）が9870件、」); in a contractor's story, the client whose data it was. */
export const CLIENT_COUNT_AFTER = /^[」』]?(?:(?:の|は、?[^。]{0,30}?)(?:約|最大|計|合計|およそ)?[0-9０-９,，.．一二三四五六七八九十百千万]+(?:人|件|名)(?:分|が対象|が含まれ)|(?:[（(][^（()）]{1,20}[）)])?分?が(?:約|最大|計|合計|およそ)?[0-9０-９,，.．一二三四五六七八九十百千万]+(?:人|件|名)分?(?:と|、|で|だ|など|。|$))/;

/** After a name: it says its own data was among what leaked (「北浜ガスも…自組織の情報が含まれていたことを明らかに」). */
export const OWN_DATA_INCLUDED_AFTER = /^[」』]?(?:[（(][^（()）]{1,30}[）)])?(?:(?:と|、|及び|や)[^。、「」]{1,20}?)?(?:も|は|が|では)[^。]{0,30}?(?:自社|自組織|自校|自院|自法人|自治体|当社|同社|同市|同町|同村|同県)の?[^、。]{0,10}?(?:情報|データ)(?:も|が)含まれ/;

/** After a name: it made the mistake that let the data out (「スカイレコードが…誤って外部から閲覧できる状態にした」). */
export const MISHAP_AFTER = /^[」』]?(?:[（(][^（()）]{1,30}[）)])?(?:が|は)、?[^。]{0,40}?(?:誤って|誤送信|誤送付|誤発送|誤封入|誤掲載|紛失し|置き忘れ|設定(?:を|に)誤|設定ミス|(?:閲覧|アクセス)(?:でき|可能)な?状態に(?:し|なっ))/;

/** After a name: an expert's affiliation (「北条大学の三輪透教授（情報法）は」), no body of the story. */
export const EXPERT_AFTER = /^[」』]?の[^、。（(]{1,10}?(?:特任|名誉|客員)?(?:教授|准教授|助教|講師|研究員)(?:[（(]|は|が|に|、)/;

/** After a place: it locates a body named by its kind (「汐見市の水産加工会社の通販サイトが」), whose data it was. */
export const PLACE_OF_KIND_AFTER = /^の[^、。「」]{0,12}?(?:会社|企業|業者|事業者|法人|メーカー|商店|販売店|病院|医院|診療所|クリニック|学校|高校|大学|団体|組合|施設|老人ホーム|特養|保育園|幼稚園|薬局|事業所)(?:が|は|の|で)/;

/** After a name: its staff lost or misdirected the data (「県立X高校の男性教諭（４２）を減給」 in a sentence of a lost USB stick); the mishap itself is read in the sentence (STAFF_MISHAP). */
export const STAFF_OF_AFTER = /^[」』]?の(?:男性|女性|元|前|当時の)?(?:教諭|教員|講師|職員|社員|従業員|行員|看護師|医師|事務員|担当者)/;
export const STAFF_MISHAP = /紛失|盗難|置き忘れ|誤送信|誤送付|誤発送|誤掲載|無断で[^。]{0,20}?持ち出/;

/** After a name: a regulator's order or guidance over the breach is addressed to it (「X（本店・Y市）に銀行法に基づく業務改善命令を出した」); a list broker ordered for buying the data is none (LIST_BROKER_BEFORE). */
export const SANCTIONED_AFTER = /^[」』]?(?:[（(][^（()）]{1,30}[）)])?(?:に対し(?:て)?|に)、?[^。]{0,30}?(?:業務改善命令|業務停止命令|是正命令|改善命令|是正勧告|勧告|行政指導|指導|課徴金納付命令)を(?:出|行|発|し)/;
export const LIST_BROKER_BEFORE = /(?:名簿|データ)(?:の?販売)?(?:業者|事業者|屋)の?$|ブローカーの?$/;

/** After a name: it traded the list (「Xは、このデータを含む名簿を…に販売していた」), a broker and no victim. */
export const LIST_TRADER_AFTER = /^[」』]?(?:[（(][^（()）]{1,30}[）)])?(?:は|が)、?[^。]{0,40}?名簿を[^。]{0,30}?(?:販売|売却|転売|購入|買い取)/;

/** Words that make a story one of work contracted out, where the clients' data was the contractor's to lose. */
export const CONTRACTED = /委託|請け負|受託|導入先|導入企業|導入団体|利用企業|利用団体/;

/** Before a name: it is the attacker ("ハッカー集団X", "攻撃グループ「X」"). */
/** After a name: it, or a system of its, was untouched (「Xは今回の紛失とは関係がない」「Xの決済システムについては…影響はない」), with no attack on it told before. */
export const UNTOUCHED_AFTER = /^[」』]?(?:[（(][^）)]*[）)])?(?:の[^、。]{1,12}?(?:について|に関して|に)?)?(?:は|も)、?(?:(?!を受け|被害に|され|(?:流出|漏えい|漏洩|窃取|紛失)し)[^。]){0,60}?(?:とは関係(?:が|は)?(?:ない|なく|ありません)|(?:痕跡|形跡)(?:は|が|も)?(?:なく|ない|ありません|見つかっていない|確認されていない)|(?:影響|被害)(?:は|が)(?:ない|なく|ありません|出ていない))/;

/** The police, and their work in a sentence (「県警が名簿業者を家宅捜索した際に…見つかり」): they found the data, it was not theirs. */
export const POLICE_NAME = /(?:県警|府警|道警|警視庁|警察署|警察本部|警察)$/;
export const POLICE_WORK = /(?:を|に)[^。、]{0,12}?(?:家宅)?捜索(?:した|し、|する)|(?:を|で)押収|摘発した際|捜査の過程で|捜査(?:して|し、|している|中|を進め)|相談を受けて/;

/** Before a name: where a departing employee took the data (転職先である有限会社X): it used the list, it did not lose it. */
export const TAKER_BEFORE = /(?:転職先|再就職先|移籍先|就職先|競合他社|同業他社)(?:である|の|で|、)?[「『]?$/;

export const ATTACKER_BEFORE = /(?:ハッカー集団|ハッカーグループ|攻撃グループ|攻撃者グループ|犯罪グループ|ランサムウェアグループ)[「『]?$/;

/** Words that point back to the last name of their kind (同社 "the said company"), with what that name must look like. */
export const ANAPHORA: Record<string, RegExp> = {
  同社: /^(?!.*(?:[都道府県市区町村]|警|庁|省|委員会|大学|病院|医院|クリニック)$)/,
  同行: /(?:銀行|信用金庫|信金)$/,
  同院: /(?:病院|医院|クリニック|院)$/,
  同大: /大学$/,
  同大学: /大学$/,
  同病院: /病院$/,
  同市: /市$/,
  同町: /町$/,
  同村: /村$/,
  同塾: /塾|スクール|ゼミナール|アカデミー|教室/,
  同園: /園$/,
  同会: /会$/,
  同組合: /組合$/,
  同団: /団$/,
  同協会: /協会$/,
  同機構: /機構$/,
};

/** Before a name: it runs the service named before it (「ゲームを運営する「X」」); in a breach sentence, the service's data is its own. */
export const OPERATOR_BEFORE = /(?:を|が)(?:運営|運用|提供)(?:する|している)[「『]?$/;

/** Before a name: a research or security firm (「調査会社「X」が集計」) tells of breaches; it is a source unless its own data or systems were hit. */
export const SOURCE_BEFORE = /(?:調査会社|リサーチ会社|調査機関|研究機関|シンクタンク|セキュリティー?(?:会社|企業|ベンダー)|情報セキュリティー?会社)(?:の|である)?[「『]?$/;

/** After a name as source: what it says is of itself (「Xによると、同社のサーバーが…」). */
export const OWN_AFTER_SOURCE = /^[」』"]?(?:によると|によれば)[、,]?[^。]{0,30}?同(?:社|院|病院|大学|法人|機構|協会|組合)の/;

/** A sentence that tells a trend or what may happen, or tallies cases (前年比1.3倍, 被害が108件だった), no event (「被害は…広がっています」「…ケースも少なくありません」). */
export const GENERIC_TREND = /前年(?:同期)?比|公表件数|被害(?:件数)?(?:[、,]|は|が)[^。、]{0,8}?[0-9０-９,，]+件(?:だった|に上|と|で|、|$|\s)|(?:認知|検挙)(?:件数|した|、)|と(?:回答した|答えた)|約?[0-9０-９.．]+倍(?:と(?:なり|なっ|なる)|に(?:増|上)|超)|[0-9０-９]+割(?:超|強|を占め)|(?:広がって|拡大して|増えて|増加して|相次いで|多発して)(?:います|いる|おります)[。]?$|(?:ケース|例|事例|事件|手口)(?:も|が)(?:少なくありません|少なくない|多い|多く見られます|目立ちます|目立つ)(?:という)?[。]?$|後を絶(?:ちません|たない)[。]?$/;

/** After a name: it is the news source (「Xによると」). */
export const SOURCE_AFTER = /^[」』"]?(?:によると|によれば|の報道|が報じ|が伝え)/;

/** Words for the issuing organisation in a release. */
export const SELF_REFERENCES = ["当社", "弊社", "当行", "弊行", "当協会", "本協会", "当法人", "弊法人", "当財団", "当機構", "当組合", "本学", "当院", "本院", "本市", "当市", "当町", "当村", "本県", "当県", "当団体", "当センター", "当館", "当クラブ", "当店", "弊店",
  // A society, school or nursery speaks of itself so (本会, 本校, 当園).
  "本会", "当会", "弊会", "本学会", "当学会", "本法人", "本財団", "本機構", "本校", "当校", "本園", "当園", "当医院", "本組合"];

/** "当協会が運営する「X」": the site or service a self-reference runs, a name of last resort. */
export const OPERATED_AFTER = /^(?:が|の)(?:運営|管理|提供)(?:する|している)[^「」。]{0,10}「([^「」]{2,30})」/;

/** Words in a name that make it a regulator, government body or police. */
export const AUTHORITY_WORDS = /警察|警視庁|県警|府警|道警|個人情報保護委員会|(?:財務|総合通信|経済産業|地方整備|厚生|農政|運輸|法務)局$|財務事務所$|総務省|経済産業省|厚生労働省|金融庁|政府|(?<!教育|選挙管理)委員会|裁判所|当局|コミッショナー|連邦捜査局|(?<![都道府県])庁$|省$|^(?:ICO|FBI|FTC|SEC|HHS|CNIL|CISA|NCSC|OAIC|PIPC|PDPC)$/;
