import type { DateRole } from "../../types.js";

/** Words that give a date its role. Japanese is head-final, so a date takes the LAST cue of its clause (date-roles.ts); of two overlapping, the later-ending (報告を受け over 報告). */
export const ROLE_CUES: Array<[RegExp, DateRole]> = [
  [/判明|発覚|確認(?!コード|番号|画面|用|事項)|検知|認識|気付|気づ|把握|発見|見つか(?=[っりる])|見付か(?=[っりる])|見つけ|見付け|明らかにな|分かった|わかった|(?:連絡|通報|報告|指摘|通知|知らせ|申告)(?:を受け|があ)|(?:連絡|通報|指摘|情報)が[^、。]{0,15}?(?:寄せられ|入っ|入り)|(?:受領し|受け取っ)(?=た[^、。]{0,6}?(?:報告|結果|記録|ログ|履歴))|(?<=調査[^。]{0,30})(?:完了|終了)/g, "discovery"],
  [/発表|公表|(?<!調査)報告|お知らせ|公開し|通知(?!書|表|票)|連絡(?!を受)|届け?出|届を提出|申告し|明らかにし|開示|周知|会見|お詫び|謝罪|発信|(?:警察|県警|府警|道警|警視庁|警察署)に(?:被害を)?相談|(?:速報|確報|報告書|届出書|届け出)を提出|届を出|第[一二三四五1-9１-９]報|(?<=(?:対象者|対象の方|該当者|利用者|会員|顧客|お客様|保護者|患者|住民|市民)[^、。]{0,4}(?:に|へ)[^、。]{0,12}?)説明|(?:速報|確報)を(?=[、,]|提出|送付|行)/g, "disclosure"],
  // The window of the affected purchases (「11月11日~11月21日にご購入いただいたお客様」) is the incident's.
  [/(?<=[日月頃)）]\s*(?:まで)?(?:の間|の期間中|の期間|期間中)?に、?)[^、。]{0,20}?[ごお]?(?:購入|利用|決済|注文)を?(?:いただ|され|し|試み|にな)|発生|(?:不正アクセス|攻撃|被害|侵入)を受け|侵入|流出|漏えい|漏洩|窃取|盗ま|盗ん|盗み|盗難|持ち出|持ち帰|持ち去|入手|不正(?:に)?取得|改ざん|複製し|コピーし|紛失|置き忘れ|置いたまま|置き去り|誤送信|誤封入|誤送付|誤発送|誤交付|誤配布?|誤添付|誤掲載|取り違え|誤って|設定(?:を|に)誤|設定ミス|誤設定|設定(?:の)?不備|感染|暗号化|閲覧可能|閲覧でき|(?:取得|ダウンロード|参照)(?:でき|可能)|(?:リスト|名簿|データ|情報|ファイル)を(?:無断で|不正に|私的に)?ダウンロード|公開状態|不正な?ログイン|不正にログイン|(?:IPアドレス|海外|外部|関係者以外|第三者)から[^。、]{0,12}?(?:アクセス|ダウンロード|ログイン)(?:があ|され|を受け|が(?:あ|確認|繰り返))|(?:ログイン|アクセス)が(?:何度も|複数回|断続的に)?繰り返され|不正利用|(?:迷惑|スパム|フィッシング|なりすまし)メール[^、。]{0,8}?(?:が|を)(?:大量に)?送信|(?:ID|パスワード|認証情報|アカウント情報|カード情報)[^、。]{0,12}?を入力|不正にアクセス|不正な?アクセス(?:され|が(?:繰り返し|断続的に)?(?:あ|行われ))|(?:アカウント|ID|パスワード|認証情報)を悪用|(?<=(?:攻撃者|第三者|何者か|犯人|外部の者)(?:が|は)[^、。]{0,40}?)(?:アクセスし|閲覧|取得|ダウンロード|ログインし)|(?:フィッシング|不審な|偽の?)メールを受信|受信し(?=た(?:フィッシング|不審な|偽の?)メール)|届い(?=た(?:電子)?メールの添付)|ログイン試行|ログインに成功|不正に使われ|(?:抽出|持ち出|コピー|複製)した[^、。]{0,6}?(?:データ|情報|ファイル)を|(?:私用|私物)の?[^、。]{0,12}?(?:に|へ)[^、。]{0,10}?(?:送信|転送|アップロード)|(?:自宅|私物)[^、。]{0,6}?(?:に|で)保管|外部(?:へ|に)[^、。]{0,8}?(?:送信|送金)(?:し|され)|不正(?:に)?送金|(?:不具合|障害)が生じ|(?:不審な|不正な|不審|不正)(?:通信|アクセス|ログイン|操作)(?:が(?:繰り返し|断続的に)?(?:始ま|あ|発生|続|繰り返|行われ)|を受け)/g, "incident"],
  // Police, courts and regulators: an arrest, a charge, a suit, an order or a deadline it sets is its own event, not the breach's (「…逮捕した」「…に勧告した」「6月20日までに…報告するよう命じた」).
  [/逮捕|書類送検|送検|起訴|判決|家宅捜索|提訴|勧告|(?:業務改善|業務停止|是正|措置|改善)?命令(?!書)|行政指導|懲戒処分/g, "other"],
  [/(?<=まで(?:に)?[^、。]{0,24}?)(?:よう(?:に)?(?:求め|命じ|要請|指示|要求|促)|(?:する|行う)こと(?=[。）)\n]|$))/g, "other"],
];

/** A cue followed by this is denied (「確認していない」): it gives no role. */
export const NEGATED_AFTER = /^(?:し|され|でき|出来)?(?:ていない|ていません|て(?:は)?おりません|ておらず|てない|ません|なかった|ない(?![かよ])|ず)/;

/** What may follow a date that ends its sentence on a title or letter line: weekday, 付, 更新. */
export const TAIL_ONLY = /^\s*(?:[(（][月火水木金土日祝・]+[)）])?\s*(?:付け?|更新|発表|公開|掲載)?\s*(?:[|｜].*)?$/;

/** What may stand between a date and its particle: a hedge or a part of the month (頃, 下旬, 末). */
export const APPROX = "(?:頃|ごろ|上旬|中旬|下旬|初旬|初め|はじめ|末)";

/** After a date, what makes it the start of a period (「から」「以降」): its clause is the period's. */
export const RANGE_AFTER = new RegExp(`^\\s*(?:[(（][^)）]{1,6}[)）])?\\s*の?(?:朝|夜|夕方?|昼|未明|早朝|深夜)?[0-9:時分頃ごろ午前後]*\\s*${APPROX}?\\s*(?:から|より|以降|以来|~|〜|–|-)`);

/** After a date: a relative clause ending on its noun (「…以降に在籍した生徒」「来月開かれる祭り」): the date is that clause's. */
export const DATE_RELATIVE_AFTER = /^\s*(?:以降|以前|以来|から|まで|頃|ごろ|上旬|中旬|下旬|末)?(?:に[^、。「」]{0,20}?[しされいっけべめえきちびみりぎ](?:た|ていた)|に?[^、。「」]{0,12}?(?:開かれる|行われる|予定される|開催する|実施する|始まる))(?=[\p{Script=Han}\p{Script=Katakana}A-Z「『])(?!こと|旨|際|時|後|直後|上で|ところ|予定)/u;

/** After a relative clause's noun: the event during which something happened (「2月21日に実施した移行作業の際に設定を誤り」), so the clause's date is that of what follows. */
export const DURING_AFTER = /^[^、。「」]{1,12}?(?:の際|の時|時に|の最中|の途中|の過程)/;

/** What joins two dates into a range or a list: they share the verb that follows the second. */
export const DATE_JOINER = /^\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:の?(?:朝|夜|夕方?|昼|未明|早朝|深夜)?[0-9:時分頃ごろ午前後]*)\s*(?:から|より|~|-|–|〜|及び|および|、|,|・|と|や|または|又は|ないし)\s*$/;

/** Japanese era names and the Gregorian year of their first year (元年). */
export const ERAS: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926, 大正: 1912, 明治: 1868 };
/** The letters that stand for an era in a notice's numerals (R7.6.12 is 令和7年6月12日, H31.4.1). */
export const ERA_LETTERS: Record<string, string> = { R: "令和", H: "平成", S: "昭和" };

/** Relative year, month and day words: `pub` from publication (the writer's "now"), `ctx` from the last date met; without publication, `pub` needs a year in its sentence. */
export const REL_YEAR: Record<string, { base: "pub" | "ctx"; offset: number; fallback?: boolean }> = {
  昨年: { base: "pub", offset: -1 },
  去年: { base: "pub", offset: -1 },
  一昨年: { base: "pub", offset: -2 },
  今年: { base: "pub", offset: 0 },
  本年: { base: "pub", offset: 0 },
  来年: { base: "pub", offset: 1 },
  同年: { base: "ctx", offset: 0 },
  前年: { base: "ctx", offset: -1 },
  翌年: { base: "ctx", offset: 1 },
  // A season of a year named from publication (今春 "this spring"); winter spans two years and is left out.
  今春: { base: "pub", offset: 0 },
  昨春: { base: "pub", offset: -1 },
  来春: { base: "pub", offset: 1 },
  今夏: { base: "pub", offset: 0 },
  昨夏: { base: "pub", offset: -1 },
  今秋: { base: "pub", offset: 0 },
  昨秋: { base: "pub", offset: -1 },
};
/** Relative months (先月, 同月, 翌月), from publication or the last date told. */
export const REL_MONTH: Record<string, { base: "pub" | "ctx"; offset: number; fallback?: boolean }> = {
  先月: { base: "pub", offset: -1 },
  今月: { base: "pub", offset: 0 },
  来月: { base: "pub", offset: 1 },
  同月: { base: "ctx", offset: 0 },
  前月: { base: "ctx", offset: -1 },
  翌月: { base: "ctx", offset: 1 },
};
/** Relative days (昨日, 同日, 翌日), from publication or the last date told. */
export const REL_DAY: Record<string, { base: "pub" | "ctx"; offset: number; fallback?: boolean }> = {
  本日: { base: "pub", offset: 0 },
  今日: { base: "pub", offset: 0 },
  昨日: { base: "pub", offset: -1 },
  同日: { base: "ctx", offset: 0 },
  当日: { base: "ctx", offset: 0 },
  前日: { base: "ctx", offset: -1 },
  翌日: { base: "ctx", offset: 1 },
  翌朝: { base: "ctx", offset: 1 },
};

/** After a year alone: it bounds a span (「2019年以前の旧システム」), so the dates after it keep the year of the last full date. */
export const YEAR_BOUND_AFTER = /^\s*(?:以前|以降|以来|より前|より後|までに|まで)/;
/** After a year and month: an open bound (「2022年4月以降の名簿」); 「令和6年12月まで」 closes a span at its latest month, which still sets the year. */
export const MONTH_BOUND_AFTER = /^\s*(?:以前|以降|以来|より前|より後)/;

/** After a year: words that make it a span or a fiscal year, not a date (「3年間」「2020年代」「年度」). */
export const NOT_YEAR_AFTER = /^\s*(?:間|ぶり|以上|未満|度|代|生まれ|連続|前|後|目|比|同期)/;
/** After a day: words that make it a number of days (「3日間」「30日以内」). */
export const NOT_DAY_AFTER = /^\s*(?:間|以内|以上|未満|後|前|分|程度|ほど|連続|目|ぶり)/;
/** What must follow a bare day (「18日、」) for it to be a date, not a count of days. */
export const BARE_DAY_AFTER = /^\s*(?:[(（][月火水木金土日祝]+[)）])?\s*(?:、|,|に|の|は|も|付|まで|から|より|午前|午後|夜|朝|夕|未明|頃|ごろ|\d+時)/;


/** A topic or subject right before a date (「同社は22日、」): the date of the sentence's main verb. */
export const TOPIC_DATE_BEFORE = /(?:は|が)\s*$/;

/** After a cue: it ends a clause embedded as a noun (「…を受けたことが判明」); a date joined to it by に without comma is its time, with a comma the main verb's. */
export const EMBEDDED_AFTER = /^[^、。]{0,6}?(?:た|だ|ている|ていた|てい|され|した)?(?:こと|旨|もの(?=と|で))/;

/** A date with 付 before a notice (「6月10日付「…お知らせ」」), or of a notice (「5月24日の第一報」), is the notice's date. */
export const NOTICE_DATED_AFTER = /^\s*(?:付け?\s*(?:の|で|にて)?\s*(?:[「『]|[^。、]{0,12}?(?:お知らせ|公表|発表|報告|第[一二三四五六七八九十\d]+報|リリース|通知|掲載))|の\s*[「『]?(?:第[一二三四五六七八九十\d]+報|お知らせ|発表|公表|プレスリリース|リリース|報告))/;

/** Right after a date (and its other calendar in brackets), a particle or counter suffix: part of a clause, not a date line (「1952年に設立。」). */
export const PARTICLE_AFTER = /^\s*(?:[(（][^)）]{1,12}[)）]\s*)?(?:に|の|は|が|を|で|期|度|から|まで|より)/;

/** After a year: the founding of a body or its site (「平成14年（2002年）に設立」「2016年のサイト開設」), a fact of its history that sets no year for the story's dates. */
export const FOUNDING_AFTER = /^\s*[)）]?\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:に|の[^、。]{0,8}?|、)?\s*(?:設立|創業|創立|開業|開設|創刊|発足|開校|開院|開園)/;

/** After a date: it bounds a period inside a phrase (「…6月30日までに利用した」), it is no predicate's time. */
export const PERIOD_BOUND_AFTER = /^\s*(?:頃|ごろ)?\s*(?:まで|から|以降|以前|の間|の期間)/;

/** Fiscal year (April–March) from the publication date: 今年度 in May 2024 and February 2025 are both fiscal 2024. */
export const REL_FISCAL: Record<string, number> = { 今年度: 0, 本年度: 0, 昨年度: -1, 来年度: 1 };

/** A release's fact-list label naming a date's role: on the line before (「■発生日時」) or before a colon (「判明日：」). */
export const LABEL_ROLES: Array<[RegExp, DateRole]> = [
  [/(?:発生|流出|漏えい|漏洩|紛失|盗難|不正アクセス|侵入|誤送信|送信|被害)(?:日時|日|時期|期間)/, "incident"],
  [/(?:発覚|判明|発見|確認|検知|覚知)(?:日時|日)/, "discovery"],
  [/(?:公表|発表|報告|通知|届出)(?:日時|日)/, "disclosure"],
];
/** A label alone on its line, with its bullet or number and maybe a colon. */
export const LABEL_LINE = /^[\s■□●○◆◇・※\-\d.．()（）]*([^\s:：]{2,10})\s*[:：]?\s*$/;

/** Before a date line's date: the news outlet or desk that dates its copy (「潮見日報　2025年4月18日」「編集部｜2025年5月22日」). */
export const NEWS_BYLINE_BEFORE = /(?:ニュース|NEWS|News|新聞|日報|新報|通信|放送|タイムス|テレビ|TV|電子版|編集部|編集局|支局|記者)[\s　]*[|｜]?[\s　]*$/;

/** After a date line's date: a time and outlet or web stamp (「16時30分 公開」), or a magazine's issue (「2月15日号」): a story's byline, not a release date. */
export const NEWS_BYLINE_AFTER = /^\s*号|^\s*(?:[(（][月火水木金土日祝]+[)）])?\s*\d{1,2}\s*(?:時\s*\d{1,2}\s*分|[:：]\s*\d{2})\s*(?:\S*(?:ニュース|新聞|NEWS|News|通信|日報|新報|タイムス)|(?:公開|配信|更新|掲載)\s*$|$)|^\s*(?:公開|配信|更新|掲載)\s*$/;

/** Before a finding: the event found (ログイン, 通信), which a period before it dates (「10日夜から12日朝にかけて…ログインが確認された」). */
export const FOUND_EVENT_BEFORE = /(?:ログイン|アクセス|通信|接続|送信|侵入)(?:が|も)$/;

/** After a date: a kanji compound it heads (「令和６年度地域人材育成事業」「2023年度調査」) or a fiscal period it ends (「2026年3月期」), a name's part, no event's time. */
export const NAME_PART_AFTER = /^(?!頃|ごろ|上旬|中旬|下旬|初旬|初め|末|以降|以前|以来|中|時点|現在|当時|付|分|前|後|夜|朝|昼|未明|早朝|深夜|午前|午後|夕|同日|翌日|までに|発生|判明|発覚|確認|公表|発表|完了|終了|開始|受領|送信|付け)\p{Script=Han}{2}(?![しさすせ])|^期(?![間限日中])/u;

/** A notice's humble voice (いたします, 申し上げ, 弊社), which news never takes outside quotes: a release naming its contractor 同社 is still a release. */
export const HUMBLE_VOICE = /いたし|致し|申し上げ|ございま|弊社|弊行|弊学|弊会|弊法人|弊機構/;

/** A news story's voice: another's announcement reported in the plain past (「…と発表した」), or the firm as 同社 (a notice says 弊社, 当社). */
export const REPORTED_VOICE = /[とを](?:発表|公表)した|と明らかにした|の発表によると|同(?:社|院|市|町|村|県|大学?|校|機構|法人|協会|組合|行|店)(?:は|が|によると)/;

/** After a cue: the head noun of a relative clause (「…流出させた問題で」): the clause is that affair's. */
export const AFFAIR_HEAD_AFTER = /^[^、。]{0,4}?(?:問題|件|事案|事件|事故)(?:で|について|に関し|を受け|を巡り|をめぐり)/;

/** A time of day after a date (「29日朝」「同日の午後3時」). */
export const TIME_OF_DAY = "(?:の)?(?:朝|夜|夕方?|昼|未明|早朝|深夜|午前|午後)?(?:\\s*\\d{1,2}時(?:\\s*\\d{1,2}分|半)?)?";
/** After a date: a comma, maybe through a time of day (「29日朝、」): the date opens a chain of clauses. */
export const CHAIN_DATE_AFTER = new RegExp(`^\\s*${TIME_OF_DAY}(?:頃|ごろ)?\\s*[、,]`);
/** Before a date: an incident named as the subject of its clause (「不正アクセスが」「攻撃は、」). */
export const INCIDENT_SUBJECT_BEFORE = /(?:不正アクセス|不正ログイン|サイバー攻撃|攻撃|侵入|持ち出し|不正利用|情報流出|流出|漏えい|漏洩|盗難|紛失|窃取|誤送信|誤送付|誤発送|誤配布|誤添付|誤封入)(?:は|が|も)[、\s]*(?:(?:日本|米国|現地|欧州|英国)?時間の?)?$/;
/** A range start ending a lead (「…が令和6年12月2日から」), stripped to see the subject. */
export const RANGE_START_TAIL = /(?:令和|平成|昭和|今月|先月|昨年|今年|本年|同月|同年|翌月)?[\d年月日元上中下旬頃ごろ]+(?:\s*[(（][月火水木金土日祝]+[)）])?\s*(?:から|～|〜|~|－|-)\s*$/;
/** After a date or a period: a verb that only says something took place (行われ, 続い, 発生し). */
export const TOOK_PLACE_AFTER = /^[^、。]{0,20}?(?:行われ|実行され|続い|続き|続け|繰り返され|発生し|起き|始まっ|始まり)/;

/** After a verb cue: the link to the next clause of a chain (「気付き、」「確認し、」「…たところ」). */
export const CHAIN_LINK_AFTER = /^(?:[きしいりちみびぎ]|して|いて|され|して)?\s*(?:、|たところ)/;

/** After a date: a plan or intent (「5月20日頃の復旧を目指しております」), a deadline still ahead (「3月末までに廃止する」) or a change from then on (「３月からは…設定を変更する」), so a date after publication is this year's. */
/** After a date: a breach event told in the past (「に流出していた」「に発生しました」). */
export const PAST_EVENT_AFTER = /^[^。]{0,40}?(?:発生|流出|漏えい|漏洩|判明|発覚|検知|侵入|感染|紛失|盗難|誤送信|不正アクセス)(?:し|され|が(?:あ|発生し))?(?:て(?:い|おり))?(?:た|ました)/;

export const FUTURE_AFTER = /^\s*に?[^、。「」]{0,12}?(?:開かれる|行われる|開催する|実施する|始まる)(?=[\u4e00-\u9fff\u30a0-\u30ff「『])|^[^。]{0,40}?(?:予定|見込み|見込んで|見通し|方針|目指|めど|目途|いたします|致します|してまいります|を行います|となります|(?<!てい|てお)します(?=[。」]|$))(?![^。]{0,4}(?:した|でした))|^\s*(?:末|中|上旬|中旬|下旬)?\s*までに(?![^。]{0,40}(?:した|された|だった|でした|ていた|ました))|^\s*(?:上旬|中旬|下旬)?\s*(?:から|以降)は[^。]{0,60}?(?:する|します|られる|れる)。/;
