/** English page chrome and boilerplate, matched against whole paragraphs (lines) of the folded text. */

/** A paragraph matching one of these is boilerplate on its own; a cookie banner is short and speaks of its own cookies, which a story on a cookie fine does not. */
export const BOILERPLATE_LINE: RegExp[] = [
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved/i,
  /^skip to (main )?content$/i,
  /\b(sign up|subscribe)\b.*\b(newsletter|inbox|email)\b|\bnewsletter\b.*\b(sign up|subscribe|delivered)\b/i,
  /^(get|receive) the .*(news|newsletter).*(inbox|delivered|email)/i,
  /^assembled by\b|processing time:/i,
  /^(share|tweet|email|print|follow us)( (this|on|us))?\b.{0,40}$/i,
  /^(advertisement|sponsored( content)?|read more|related( articles| stories)?|recommended( for you)?)$/i,
  /\bphoto\s*\/\s*\w+\s*$/i,
  /^(by|written by|posted by)\s+[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}(,|\s*$)/,
  /^(tags?|topics?|filed under|categories)\s*:/i,
  /^(?=.{0,400}$).*(\b(use|uses|using) cookies\b|\b(accept|allow|reject|manage)( all)? cookies\b|\bcookie (policy|settings|preferences)\b)/i,
];

/** A paragraph matching one of these starts a tail of boilerplate that runs to the end. */
export const BOILERPLATE_TAIL: RegExp[] = [
  /^about the author\b/i,
  /^(related|more) (articles|stories|news|from)\b/i,
  // A "Related" heading, alone or with a colon, opens a list of links near the end.
  /^related( (coverage|reading|content|links))?\s*:?$/i,
  /^(you may|you might) also like\b/i,
];

/** An author's bio near the end: it must name the trade and a person, so a company "writing to its customers" does not match. */
export const AUTHOR_BIO: RegExp[] = [
  /^[A-Z][\p{L}.'-]+( [A-Z][\p{L}.'-]+)? (has been|is an? [\w ,-]{0,40}?)\b(writ|journalis|report|edit|correspond|blogg|cover)/u,
  /\b(he|she) (also )?(previously|formerly|launched|hosted|holds a|joined)\b.*\b(journalist|writer|editor|magazine|media|publication|newspaper)\b/i,
];
