/** Japanese page chrome and boilerplate, matched against whole paragraphs (lines) of the folded text. */

/** A paragraph matching one of these is boilerplate on its own. */
export const BOILERPLATE_LINE: RegExp[] = [
  /無断(転載|複製|転用)|著作権|all rights reserved/i,
  /^(シェア|ツイート|いいね|はてブ|LINEで送る|印刷|ブックマーク|メニュー|ホーム|トップ|検索)$/,
  /^(参考|出典|引用|ソース)\s*(URL|元)?\s*[:：]/i,
  // A heading or link label, alone or before its title; not a sentence that opens on the word (「関連記事によると」).
  /^(関連記事|関連リンク|おすすめ記事|人気記事|すべて見る|もっと見る|続きを読む|前の記事|次の記事)(?:\s*[:：】>＞»]|\s|$)/,
  /^(タグ|カテゴリー?)\s*[:：]/,
  /(メルマガ|ニュースレター).*(登録|購読)/,
  /^fbpx$/i,
];

/** A paragraph matching one of these starts a tail of boilerplate that runs to the end. */
export const BOILERPLATE_TAIL: RegExp[] = [
  /^(この記事を書いた人|この記事の著者|著者プロフィール|執筆者|筆者紹介|ライター紹介)/,
  /^(同じテーマの記事|関連する記事|あわせて読みたい)/,
  // A heading of related links in the second half of the page, often behind a mark (「■関連記事」).
  /^[■□◆◇▼▽●○◎【［\[]?\s*(関連記事|関連リンク|関連ニュース)\s*[】］\]]?\s*[:：]?$/,
];

/** An author's or company's profile at the end of a blog post. */
export const AUTHOR_BIO: RegExp[] = [/(ライター|編集者|記者|コンサルタント)として.*(活動|執筆)/];
