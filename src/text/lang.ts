import type { Lang } from "../types.js";

/** English or Japanese by script, which the two never share; franc would answer another question (which of 400). */
export function detectLang(text: string): Lang {
  let ja = 0;
  let latin = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff66 && c <= 0xff9f)) ja++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // A Latin letter weighs a third of a kana or kanji (one says about a word); each language quotes the other.
  return ja > 0 && ja * 3 >= latin ? "ja" : "en";
}
