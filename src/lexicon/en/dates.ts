import type { DateRole } from "../../types.js";

/**
 * Verbs and nouns that give a date its role. A date takes the role of the nearest cue before it
 * in its sentence, or failing that the nearest after it.
 */
export const ROLE_CUES: Array<[RegExp, DateRole]> = [
  [/\b(discover(ed|ing|y)?|detect(ed|ing)?|identif(ied|y|ying)|learn(ed|t)|became aware|noticed|uncovered|spotted|found)\b/gi, "discovery"],
  [/\b(announc(ed|ing|ement)|disclos(ed|ing|ure)|notif(ied|y|ying|ication)|reveal(ed|ing)|confirm(ed|ing)|admitt?(ed|ing)?|report(ed|ing)|told|informed|sent|said|stated|published|made public|warned|alerted)\b/gi, "disclosure"],
  [/\b(hack(ed|ing)?|breach(ed)?|attack(ed)?|stole|stolen|intrusion|accessed|compromised|infiltrated|occurred|took place|happened|exposed|leaked|between)\b/gi, "incident"],
];

/** Lines such as a dateline or "Published:" that are not dates of the story. */
export const NOT_STORY_DATE = /\b(copyright|updated|published|posted)\b/i;
