import type { Lang } from "../types.js";

/**
 * Tells English from Japanese by script. Only two languages are in scope, and they never share a
 * script: kana and kanji mean Japanese, Latin letters English. A Japanese character carries about
 * as much as a whole English word, so Latin letters are weighed at a third of a Japanese character
 * (English articles quote Japanese names, Japanese releases quote product names and URLs).
 * A library such as franc would answer a question we do not ask (which of 400 languages).
 */
export function detectLang(text: string): Lang {
  let ja = 0;
  let latin = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff66 && c <= 0xff9f)) ja++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return ja > 0 && ja * 3 >= latin ? "ja" : "en";
}
