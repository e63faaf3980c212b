import type { DateRole } from "../../types.js";
import { MODAL_MAY } from "./datatypes.js";

/** Month names: full names match capitalised only ("may" the verb is never a month); abbreviations need a dot or a day ("Nov. 27", "Jan 5"). */
export const MONTHS: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
};
/** Abbreviated month names, with or without their dot, and the month each stands for. */
export const MONTH_ABBREVS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Weekday names (0 = Sunday, as `Date.getUTCDay`). Abbreviations are left out: "Sun" is a newspaper. */
export const WEEKDAYS: Record<string, number> = {
  Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6,
};

/** The last month of each season of the northern year; winter spans two years, so it is left out. */
export const SEASON_END: Record<string, number> = { spring: 5, summer: 8, fall: 11, autumn: 11 };

/** Holidays an event may be dated by, with their day in a year; not Easter (moves) nor Halloween or Valentine's Day (more sales than dates). */
export const HOLIDAYS: Record<string, (year: number) => { month: number; day: number }> = {
  Thanksgiving: (y) => ({ month: 11, day: nthWeekday(y, 11, 4, 4) }),
  "Thanksgiving Day": (y) => ({ month: 11, day: nthWeekday(y, 11, 4, 4) }),
  "Black Friday": (y) => ({ month: 11, day: nthWeekday(y, 11, 4, 4) + 1 }),
  "Cyber Monday": (y) => shiftDay(y, 11, nthWeekday(y, 11, 4, 4) + 4),
  "Christmas Eve": () => ({ month: 12, day: 24 }),
  "Christmas Day": () => ({ month: 12, day: 25 }),
  Christmas: () => ({ month: 12, day: 25 }),
  "New Year's Eve": () => ({ month: 12, day: 31 }),
  "New Year's Day": () => ({ month: 1, day: 1 }),
  "Memorial Day": (y) => ({ month: 5, day: lastWeekday(y, 5, 1) }),
  "Labor Day": (y) => ({ month: 9, day: nthWeekday(y, 9, 1, 1) }),
  "Independence Day": () => ({ month: 7, day: 4 }),
  "Fourth of July": () => ({ month: 7, day: 4 }),
};

/** After a holiday: the days around it, so only its month is certain ("Thanksgiving weekend"). */
export const HOLIDAY_SPANS = ["weekend", "week", "holiday", "holidays", "season", "period", "break", "shopping season"];

/** Day of the month of a month's n-th weekday (0 Sunday … 6 Saturday). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

function lastWeekday(year: number, month: number, weekday: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
}

/** A day of a month that may run into the next ("Cyber Monday" can be December 1 or 2). */
function shiftDay(year: number, month: number, day: number): { month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day));
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Words before a date that tell a part of it ("mid-May", "late 2015") or hedge it ("about May 5"). */
export const PART_OF = [
  "early", "mid", "late", "the end of", "the start of", "the beginning of", "the middle of", "end of", "start of", "beginning of",
  "the first half of", "the second half of", "the first quarter of", "the second quarter of", "the third quarter of", "the fourth quarter of",
  "approximately", "around", "circa", "about", "roughly",
];

/** The words of PART_OF that only hedge a date, so its day stands ("about January 19"). */
export const APPROXIMATE = /^(?:approximately|around|circa|about|roughly)$/i;

/** Words that make a bare month or year a date ("in May", "since 2019"); without one "March" may be a verb, "2000" a count. */
export const BARE_CUES = [
  "in", "on", "since", "during", "until", "till", "by", "from", "through", "throughout", "between", "and", "to", "of",
  "before", "after", "last", "this", "next", "spring", "summer", "autumn", "fall", "winter", "fiscal", "or",
];

/** Hedges that are cues of their own ("as early as 2019"), also after a cue. */
export const HEDGE_CUES = ["as early as", "as late as", "as far back as", "as recently as", "as long ago as"];

/** Hedges that only stand between a cue and its date: "since at least 2021", "until at least June". */
export const CUE_HEDGES = ["at least"];

/** Nouns after a number that make it a count, not a year ("of 2000 customers"). */
export const COUNT_NOUNS =
  /^\s+(?:[a-z-]+\s+)?(?:people|persons|individuals|customers|clients|users|accounts|records|employees|staff|members|patients|students|cards|files|rows|emails|addresses|numbers|entries|victims|consumers|subscribers|players|units|pages|documents|lines|devices|stores|companies|times|percent|miles|dollars|euros|pounds|yen)\b/;

/** Number words used in "two weeks ago". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Text just before a date that makes it no date of the story ("© 2016", "Copyright 2016"). */
export const NOT_STORY_BEFORE = /(?:©|\(c\)|copyright|all rights reserved)[\s\d,-]*$/i;

/** A future verb in the same clause, shortly before a weekday: "will resume from Saturday". */
/** In a date's clause: a breach event told in the past ("the breach began in December", "had access until June 20"), so a yearless date after publication is last year's however near. */
export const PAST_EVENT = /\b(?:began|begun|started|occurred|happened|took place|had|discovered|detected|found|noticed|learned|stole|stolen|accessed|breached|hacked|leaked|exposed|compromised|encrypted)\b/;

export const FUTURE_BEFORE = /\b(?:will|would(?!\s+have)|shall|going to|plans? to|scheduled (?:to|for)|set for|slated for|expects? to|(?:is|are) expected to|due to)\b[^,.;]{0,90}$/i;

/** Before a date: the deadline of an order, request or offer ("ordered agencies to patch it by", "can call until"), or a law taking effect on it: it may fall after publication. */
export const DEADLINE_BEFORE = new RegExp(String.raw`(?:\b(?:ordered|required|directed|instructed|told|asked|given|gave|urged|can|${MODAL_MAY}|must|should|is open|are open|remains? open|runs?)\b[^,.;]{0,90}?\b(?:by|until|no later than)|\bdeadline (?:of|is|was)|\b(?:takes|take) effect(?: on)?|\b(?:comes|come|goes|go) into (?:force|effect)(?: on)?|\b(?:listed|scheduled|set|fixed|adjourned) (?:for|until)|\beffective(?: from| on)?)\s+$`, "i");

/** Words in a sentence that put an undated month or weekday in the future rather than the past. */
export const FUTURE_CUES = /\b(?:will|would(?!\s+have)|shall|next|upcoming|scheduled|set for|slated|expects?|(?:is|are) expected to|plans?|plann(?:ed|ing)|going to)\b/i;

/** Verbs that give a date its role, as [pattern, role]: the verb governing the date's clause decides; NOUN_CUES only when no verb does. */
export const VERB_CUES: Array<[RegExp, DateRole]> = [
  [new RegExp(String.raw`\b(?:discover(?:ed|s|ing)?|detect(?:ed|s|ing)?|identifi(?:ed|es)|identify(?:ing)?|learn(?:ed|t|s|ing)?|became aware|become aware|notic(?:ed|es|ing)|uncover(?:ed|s|ing)?|spott(?:ed|ing)|flagg(?:ed|ing)|found|finds?|finding|determin(?:ed|es|ing)(?!\s+to\b)|came across|come across|first (?:saw|spotted|noticed|observed)|` +
    // A researcher reporting a flaw to the company, or someone alerting it ("when a researcher alerted the lottery"): its discovery.
    String.raw`reported\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:flaw|issue|problem|bug|vulnerability|exposure|misconfiguration))\s+to\s+(?:it|us|the\s+(?:company|firm|retailer|business|hospital|clinic|practice|council|district|school|university|college|bank|organi[sz]ation|agency|trust|charity|website|operator|provider|insurer|chain|group|store|utility|app|developer|maker|vendor))\b|` +
    String.raw`(?:alerted|tipped off|warned)\s+(?:it|us|the\s+(?:company|firm|retailer|business|hospital|clinic|practice|council|district|school|university|college|bank|organi[sz]ation|agency|trust|charity|website|operator|provider|insurer|chain|group|store|utility|city|county))\b|` +
    String.raw`(?:researchers?|journalists?|reporters?|customers?|users?|members?|investigators?|police|law enforcement|FBI|(?:a|an)\s+(?:third|outside)\s+party)\s+(?:alerted|tipped off|warned|notified)\b)\b`, "gi"), "discovery"],
  // A review of the files, or a sweep for devices, that ended on a day found what it found then.
  [/\b(?:review|investigation|analysis|audit|sweep|search|inspection|examination)\b[^.;]{0,60}?\b(?:completed|concluded|finished)\b/gi, "discovery"],
  [new RegExp(String.raw`\b(?:announc(?:ed|es|e|ing)|disclos(?:ed|es|e|ing)|notif(?:ied|ies|y|ying)|reveal(?:ed|s|ing)?|confirm(?:ed|s|ing)?|admitt?(?:ed|s|ing)?|reported|told|inform(?:ed|s|ing)?|said|says|stated|warn(?:ed|s|ing)?|alert(?:ed|s|ing)?|made public|went public|became public|unveil(?:ed|s|ing)?|acknowledg(?:ed|es|e|ing)|wrote|writing to|contact(?:ed|ing)|e-?mail(?:ed|ing)\s+(?:customers|patients|members|users|clients|students|staff|employees|those|affected)|` +
    // Filing with a regulator ("filed with the Maine Attorney General on"), letters sent, mailed or gone out, a notice posted: the disclosure of breach notices.
    String.raw`fil(?:ed|es|ing)\s+(?:a\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:notices?|notifications?|reports?|disclosures?|8-K)|` +
    String.raw`(?:sen(?:t|ds|ding)|mail(?:ed|s|ing)|issu(?:ed|es|ing))\s+(?:[\w-]+\s+){0,2}?(?:letters|notices|notifications|(?:a|its)\s+(?:statement|notice|press release))|` +
    String.raw`fil(?:ed|es|ing)\s+with|submitt(?:ed|ing)\s+to|(?:letters|notices|notifications|emails)\s+(?:went out|were (?:sent|mailed|posted|emailed))|` +
    String.raw`(?:notice|statement|announcement|decision|ruling|filing|advisory|press release|penalty notice)s?,?\s+(?:was\s+|were\s+)?(?:posted|published|issued|released)|` +
    String.raw`(?:posted|published)\s+(?:on|to)\s+(?:its|their|the\s+[\w'’-]+(?:'s|’s))\s+(?:website|site|blog|web\s?site)|` +
    // A regulator's breach portal listing what the victim reported, notices named before their verb ("breach notices filed this month"), word sent to the people hit.
    String.raw`(?:posted|published|listed)\s+(?:on|to)\s+the\s+(?:[\w'’-]+\s+){0,3}?portal|` +
    String.raw`(?:notices?|notifications?|letters|filings?)\s+(?:were\s+|was\s+)?(?:filed|sent|mailed|emailed)|` +
    String.raw`(?:e-?mail(?:ed|ing)|call(?:ed|ing)|writ(?:ing|ten) to)\s+(?:the\s+|all\s+)?(?:affected|impacted)\s+[a-z]+|` +
    String.raw`(?:letters|notices|notifications)\s+(?:began\s+|started\s+)?(?:arriving|arrived)|` +
    // The attackers making it public: a claim, a listing on their leak site, leaks surfacing.
    String.raw`claimed\s+(?:responsibility|credit)|(?:listed|posted|published|added|named)\s+(?:[\w'’-]+\s+){0,6}?(?:on|to)\s+(?:its|their|a|the)\s+(?:[\w-]+\s+){0,2}?(?:leak|dark[- ]web|extortion)\s+(?:site|blog|portal|page)|` +
    String.raw`(?:leaks?|data|files)\s+(?:began|started)\s+to\s+(?:surface|appear))\b`, "gi"), "disclosure"],
  [new RegExp(String.raw`\b(?:hacked|breached|attacked|stole|stolen|steal(?:s|ing)?|access(?:ed|ing)|(?<=\bto\s|\b(?:acquired|obtained|had|got|kept|retained|maintained|unauthori[sz]ed)\s)access|(?:gave|given|giving|gives)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?access|compromised|infiltrated|penetrated|exposed|leaked|obtained|exfiltrated|captured|harvested|skimmed|siphon(?:ed|ing|s)?|broken into|dates? back|dated back|dating back|infected|encrypted|scraped|dumped|posted|appeared|intercepted|misconfigured|(?:first\s+|been\s+)?indexed|(?:was|were)\s+(?:first|initially)\s+(?:used|exploited|abused)|(?:fraud|scam|swaps?|takeovers?)\s+(?:took place|happened|occurred|ran)|left (?:publicly |openly )?(?:open|unprotected|unsecured|exposed|accessible)|gained access|was lost|were lost|went missing|suffer(?:ed|s|ing)?|fell victim|fallen (?:prey|victim)|(?:was|were) the victim|broke into|break into|breaking into|broke in|targeted|hit by|(?:ransomware|hackers?|attackers?|(?:cyber[- ]?)?attacks?|intruders?|criminals|gangs?)\s+(?:hit|struck|crippled|disrupted)|exploit(?:ed|ing)|copied|downloaded|(?:able to|could) (?:view|see|access|download|copy|read)|got in|got into|gets? into|getting into|fell for|fallen for|made off with|drained|misused|gained a foothold|logged (?:in|into|on)|sign(?:ed|ing)? in(?:to)?|(?:been|was|were|is|are|spent(?:\s+[\w-]+){1,3}?)(?:\s+active)? (?:inside|in) (?:the|its|their|(?:[\w-]+\s+){0,2}?[\w'’-]+(?:'s|’s)) (?:[\w'’-]+\s+){0,3}?(?:network|systems?|environment)|(?:earliest|first) (?:malicious |suspicious |unauthori[sz]ed |attacker )?(?:activity|access|intrusion|log-?ins?|sign-ins?)|` +
    // Code at work on a page, a store left open, anyone able to read it, an intruder reaching a system.
    String.raw`(?:javascript|script|code|skimmer|malware)\s+(?:was|were|had been|remained)\s+(?:active|running|live|present)|(?:been|was|were)\s+(?:publicly\s+|openly\s+)?(?:accessible|available to anyone)|` +
    String.raw`anyone\s+(?:[\w'’-]+\s+){0,6}?(?:could|was able to|were able to|can)\s+(?:see|read|view|access|download|obtain|retrieve)|` +
    String.raw`(?:used|using|exploited|abused)\s+(?:[\w'’-]+\s+){1,10}?to\s+(?:reach|view|access|download|copy|steal|read|get into|log\s+in(?:to)?|sign\s+in(?:to)?)|(?:were|was|been)\s+(?:taken|removed|copied|downloaded|exfiltrated)\s+from|` +
    // An attack that took systems down, or the encryption set off ("knocked out computer systems … on Sunday", "set off the encryption on").
    String.raw`(?:knock(?:ed|ing)?\s+out|lock(?:ed|ing)?\s+up|crippl(?:ed|ing)|paraly[sz](?:ed|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:systems?|networks?|servers?|computers?)|(?:set\s+off|trigger(?:ed|ing))\s+(?:the\s+)?(?:encryption|ransomware|malware)|` +
    String.raw`reach(?:ed)?\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:database|network|systems?|servers?|environment)|` +
    String.raw`(?:move|moved|moving)\s+(?:laterally\s+)?(?:through|across|within)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:network|systems?)|` +
    // Phishing and skimming: the victim's own act, the devices or code the attacker planted, the encryption set off ("deployed ransomware").
    String.raw`(?:clicked|entered|typed)\s+(?:on\s+)?(?:a\s+|an\s+|the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:link|password|credentials|login)|` +
    String.raw`(?:skimmers?|overlays?|malware|ransomware|backdoors?|web shells?|card readers?|devices|code|scripts?|javascript)\s+(?:were\s+|was\s+|had been\s+)?(?:first\s+)?(?:installed|planted|injected)|` +
    String.raw`(?:planted|injected|installed|deploy(?:ed|ing)?|push(?:ed|ing)?|launch(?:ed|ing)?|detonat(?:ed|ing))\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:code|scripts?|skimmers?|malware|ransomware|backdoors?|web shells?|encryptors?|encryption)|encrypting|` +
    String.raw`(?:opened|viewed|looked (?:at|up)|accessed)\s+(?:the\s+|their\s+|patients['’]?\s+)?(?:[\w'’-]+\s+){0,2}?(?:charts?|medical records?|patient records?|health records?)|` +
    String.raw`shared\s+(?:[\w'’-]+\s+){0,12}?(?:in|on|to)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:WhatsApp|Telegram|Facebook|chat|group chat)\b|` +
    String.raw`caus(?:ed|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:fault|glitch|bug|error)|` +
    // Data sent or posted by mistake: the error is the incident ("emailed the list in error on").
    String.raw`(?:mistakenly|inadvertently|accidentally|wrongly|erroneously|incorrectly)\s+(?:been\s+)?(?:sent|e-?mailed|mailed|posted|shared|attached|uploaded|published|forwarded|released)|` +
    String.raw`(?:sent|e-?mailed|mailed|posted|shared|attached|uploaded|published|forwarded|released)\s+(?:[\w'’-]+\s+){0,6}?(?:in error|by mistake|by accident|to the wrong|to an? (?:wrong|incorrect|unintended))\b)\b`, "gi"), "incident"],
  // A flaw that existed over a period left the data open then ("the flaw existed from Nov. 2").
  [/\b(?:flaws?|bugs?|vulnerabilit(?:y|ies)|misconfigurations?|glitch(?:es)?|errors?|holes?|weakness(?:es)?)\s+(?:(?:had\s+)?(?:existed|persisted|remained|went unnoticed)|(?:was|were|had been)\s+introduced)\b/gi, "incident"],
  // The window of the affected purchases ("customers who bought tickets between April 9 and June 23").
  [/(?<=\b(?:customers|shoppers|people|those|anyone|consumers|users|guests|fans|visitors|buyers) (?:who|that) (?:[\w-]+ ){0,2}?)(?:bought|purchased|made (?:a |online )?purchases?|shopped|placed (?:an |online )?orders?|ordered|checked out|paid (?:with|by|using)|used (?:a |their |the )?(?:credit |debit |payment )?(?:cards?|self-checkouts?|terminals?|card readers?|kiosks?|pumps?))\b/gi, "incident"],
  // The company's background, never the breach's time ("founded in 1984", "reported revenue of $86 million in 2024").
  [/\b(?:founded|established|incorporated|reported\s+(?:annual\s+|quarterly\s+|net\s+)?(?:revenues?|sales|earnings|profits?|losses|income))\b/gi, "other"],
  // Generic event verbs: an incident only when the clause names one ("the breach occurred in May").
  [/\b(?:occurred|took place|happened|began|started|dating from)\b/gi, "other"],
];

/** Nouns naming the incident; a date right after one ("the attack on May 5", "a 2015 hack") is its time. */
export const NOUN_CUES = /\b(?:breach(?:es)?|hack|attack|intrusion|theft|compromise|incident|leak|exposure|cyberattack|cyber-attack|infection|ransomware attack|phishing (?:e-?mail|message|text|call|attack|campaign|scam))$/i;
/** The same nouns after a date ("a 2015 hack at ..."). */
export const NOUN_AFTER = /^\s*(?:(?:data|security|cyber)\s+)?(?:breach(?:es)?|hack|attack|intrusion|theft|compromise|incident|leak|cyberattack|cyber-attack)\b/i;

/** Just before a date: a correction or update line, which dates the release of the news. */
export const UPDATE_BEFORE = /\b(?:UPDATE|Update|Updated|UPDATED)\s*[:,-]?\s*$/;

/** A dateline ("LONDON Oct 30 -") or byline ("Posted by Jo Roe | June 16, 2025"): the copy's date. */
export const DATELINE_BEFORE = /^(?:[A-Z][A-Z.]+(?:[ ,]+[A-Z][A-Za-z.]*)*[ ,]*|(?:[^.!?\n]{0,60}[|•·]\s*)?(?:[Dd]ate|[Dd]ated|[Pp]ublished|[Pp]osted|[Uu]pdated|[Ll]ast updated)(?:\s+on)?:?\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?|[^.!?\n]{0,60}[|•·]\s*)$/;

/** Field labels of US state breach-notice forms ("Date Breach Discovered:"): the label, not a verb, gives the role. */
export const LABEL_ROLES: Array<[RegExp, DateRole]> = [
  [/\b(?:occurred|began|happened|dates? of (?:the )?(?:breach|incident|intrusion|attack|exposure)|(?:breach|incident|intrusion|attack|exposure) (?:date|period))/i, "incident"],
  [/\b(?:discover|detect|identified|became aware)/i, "discovery"],
  [/\b(?:notif|notice|letters? (?:sent|mailed)|disclos|reported to|filed)/i, "disclosure"],
];

/** A line that marks a release of the organisation's own ("FOR IMMEDIATE RELEASE", "NEWS PROVIDED BY"). */
export const RELEASE_MARK = /(?:^|\n)[ \t]*(?:FOR IMMEDIATE RELEASE|NEWS PROVIDED BY|(?:PRESS|MEDIA|NEWS) RELEASE)[ \t]*(?=\n|$)/i;

/** The organisation speaking of its own people, systems or incident, as a notice does ("our systems", "we discovered"). */
export const OWN_VOICE = /\bour (?:[\w-]+ ){0,2}?(?:systems?|network|customers|members|patients|students|investigation|company|organi[sz]ation|services?|founder|stores?|websites?|platform|clients|staff|employees|data|records|community|guests|users|app|school|university|hospital|practice|business)\b|\bwe (?:are writing|are contacting|are notifying|recently|discovered|detected|learned|identified|became aware|take|want to|apologi[sz]e|sincerely|deeply|regret|have (?:completed|concluded|determined|notified|taken|engaged|found))\b/i;
/** A field label that starts its line and ends in a colon right before the date. */
export const LABEL_BEFORE = /(?:^|\n)[ \t]*([A-Za-z][^\n:.!?]{2,70}):[ \t]*$/;

/** Cues of the company's background (see VERB_CUES): "other" even in a clause that names a breach. */
export const BACKGROUND_CUE = /^(?:founded|established|incorporated|reported\s)/i;

/** Before a bare year: the body's founding ("founded in 2002"), history that lends no year to the story's dates. */
export const FOUNDING_BEFORE = /\b(?:founded|co-founded|established|incorporated|set up|formed)\s+(?:back\s+)?(?:in\s+)?$/i;

/** Words before an incident participle that make it an adjective ("found encrypted files"), so another verb governs. */
export const ADJECTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|our|some|any|of|found|discovered|detected|noticed|identified|spotted)\s+$/i;

/** Verbs of speech: the date after one may belong to the clause it reports ("said it restored … by July 14"). */
export const SPEECH_CUE = /^(?:said|says|told|stated|wrote)$/i;

/** After a speech verb, a reported clause with its own finite verb, past or still to come, comes before the date ("said it will resume services from Saturday"). */
export const REPORTED_CLAUSE = /^\s+(?:that\s+)?(?:it|they|he|she|we|the\s+[a-z]+|[A-Z][a-z]+)\s+(?:(?:had\s+|has\s+|have\s+)?[a-z]+ed|(?:will|would|plans? to|expects? to|intends? to)\s+[a-z]+)\b/;

/** After an "Updated" date, the rest of a page-metadata line: a time, or "— first posted …". */
export const UPDATE_META_AFTER = /^[,\s]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?)?\s*(?:$|\n|[|•·—–-]\s*(?:first\s+)?(?:posted|published|updated)\b)/i;

/** After a dateline's date, a press-release wire ("/PRNewswire/ --", "(BUSINESS WIRE) --"): the release's own date; a news agency's "(Reuters) -" dates only its report. */
export const WIRE_AFTER = /^\s*(?:\/\s*[A-Z][\w .-]{0,30}?(?:Wire|WIRE|Newswire|NEWSWIRE)\s*\/|\(\s*[A-Z][\w .-]{0,30}?(?:Wire|WIRE|Newswire|NEWSWIRE)\s*\)\s*--)/;

/** A release by a law firm seeking plaintiffs, whose date discloses nothing of the breach. */
export const LAW_FIRM_RELEASE = /\b(?:law firm|LLP|class action|lawsuit|(?:investigating|investigation of) (?:potential |possible )?claims|attorneys)\b/i;
