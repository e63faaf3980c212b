import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A small corpus written at test time: the same Sega breach of 2011 in English and Japanese, a
 * later Sega breach, a Sony story and an article about nothing. The texts are made up for these
 * tests. aliases.csv adds one pair and one bad row; metadata.csv adds a publisher column.
 */
export const ARTICLES: Record<string, string> = {
  "en/sega-2011.txt": `Sega says hackers stole data of 1.29 million users

Sega Corp. said on June 17, 2011 that hackers had stolen the names, email addresses and dates of birth of about 1.29 million Sega Pass users. The intrusion happened on June 15, 2011, the company said. Passwords were encrypted and no credit card numbers were stolen.
`,
  "ja/sega-2011.txt": `セガ、約129万人分の個人情報が流出

株式会社セガは2011年6月17日、「セガパス」が不正アクセスを受け、会員約129万人分の氏名、メールアドレス、生年月日が流出したと発表した。クレジットカード情報は含まれていない。
`,
  "en/sega-2019.txt": `Sega says hackers stole passwords of 250,000 users

Sega said on January 3, 2020 that hackers had stolen the usernames and passwords of 250,000 users in an intrusion on October 18, 2019.
`,
  "en/sony.txt": `Sony says hackers stole data of 77 million accounts

Sony Corp. said on April 26, 2011 that hackers had stolen the names, addresses and passwords of 77 million accounts in an intrusion on April 19, 2011.
`,
  "en/weather.txt": `Rain expected across Tokyo this weekend

The weather agency said on Monday that heavy rain is expected.
`,
};

/** Writes the corpus into `dir`. */
export function writeCorpus(dir: string): void {
  for (const [rel, text] of Object.entries(ARTICLES)) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  writeFileSync(
    join(dir, "metadata.csv"),
    "file,published,publisher\nen/sega-2011.txt,2011-06-18,Example News\nja/sega-2011.txt,2011-06-17,例新聞\nen/sega-2019.txt,2020-01-04,Example News\nen/sony.txt,2011-04-27,\n",
  );
  writeFileSync(join(dir, "aliases.csv"), "alias,canonical\nSCEI,Sony\n,Nameless\n");
}
