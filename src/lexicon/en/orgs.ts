/** English cues for organisations' roles: tested on the folded text of the name's sentence, before the name (anchored `$`) or after it (`^`). */

import { alternation } from "../../text/regex.js";
import { COUNTRIES, STATE_ABBREVIATIONS, US_STATES } from "./places.js";
/** Legal forms dropped from a name to normalise it ("Sony Corp." → "Sony"), other countries' as English copy keeps them too. */
export const LEGAL_FORMS = [
  "Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Co.", "Cos.", "Ltd.", "Ltd", "Limited", "LLC", "L.L.C.",
  "N.A.", "plc", "PLC", "GmbH", "AG", "S.A.", "SA", "N.V.", "NV", "B.V.", "P.C.", "P.A.", "PLLC", "Holdings", "Group", "Company", "Co",
  "S.p.A.", "SpA", "S.r.l.", "Srl", "S.L.", "S.L.U.", "S.A.U.", "SAS", "S.A.S.", "SARL", "S.à r.l.", "SE", "KG", "KGaA", "ASA",
  "Oy", "Oyj", "AB", "A/S", "ApS", "sp. z o.o.", "s.r.o.", "a.s.", "Kft.", "LLP", "Ltda.", "Ltda", "K.K.", "Pte.", "Pte", "Pty",
  "Pty.", "Sdn.", "Sdn", "Bhd.", "Bhd", "Tbk",
];

/** Words that make a sentence speak of a breach of someone's data. */
export const BREACH_CUES = /\b(breach(ed|es)?|hack(ed|ers?|ing)?|stolen|stole|leak(ed|s)?|exposed|compromised|unauthori[sz]ed|intrusion|cyber-?attack|attack(ed)?|ransomware|accessed|data theft|security incident|exposure)\b/i;

/** Strong breach words that must follow "X said" for X to be the victim; a bare "attack" is left out (phishing warnings). */
const INTRUDER = String.raw`(?:hackers|attackers|intruders?|(?:cyber[- ]?)?criminals|cybercriminals|threat actors?|an? (?:unauthori[sz]ed|unknown) (?:actor|individual|person|user|party|third party)|(?:someone|somebody)(?: outside (?:the\s+)?[\w-]+)?|an? (?:outsider|stranger))`;

export const STRONG_BREACH = new RegExp(
  String.raw`\b(?:data breach|breach(?:ed|es)?|hack(?:ed|ers?|s|ing forums?)?|stole|stolen|exposed|compromised|leak(?:ed|s)?|intrusion|cyber[- ]?attacks?|ransomware|data theft|unauthori[sz]ed (?:access|entry|party|parties)|illicit access|(?:were|was|been|had been) (?:accessed|taken|obtained|exfiltrated|scraped|viewed|copied|downloaded)|(?:improperly|illegally|unlawfully|wrongly)\s+(?:took|taken|removed|copied|downloaded|accessed|shared|disclosed)|took\s+home\s+(?:[\w-]+\s+){0,3}?(?:data|records|files|information|laptops?|computers?|drives?)|(?:took|taken|taking|gained|seized)\s+control\s+of\s+(?:[\w'’,-]+\s+){0,4}?(?:accounts|(?:mobile|phone|cell) numbers|profiles)\b|(?:files|data|records|information|documents|databases?)\s+(?:taken|copied|exfiltrated|downloaded|removed)\s+from|(?:downloaded|exfiltrated|copied|acquired)\s+(?:(?:certain|some|the|its|copies of|a (?:limited\s+)?(?:number|set) of)\s+)*(?:files|data|records|information|documents)\s+from\b|(?:were|was|been|had been) encrypted\b(?! (?:at rest|in transit))|left\s+(?:(?!(?:the|a|an)\s+(?:company|firm|business)\b)[\w'’-]+\s+){1,5}?(?:publicly\s+)?(?:readable|open to (?:anyone|the public)|exposed|unprotected|unsecured)|left (?:open|exposed|unprotected|unsecured|publicly (?:accessible|available|viewable))|publicly (?:accessible|readable|viewable|searchable|listable)|(?:accessible|available|open|visible) to (?:anyone|anybody|everyone) (?:with|who)\b|exposing|break-in|theft|burglar(?:y|ies|ized)|` +
    // An intruder as the subject of an access verb or inside a system ("an intruder was in its portal"), and the wording of breach notices.
    String.raw`${INTRUDER}\s+(?:had\s+|have\s+|has\s+)?(?:accessed|obtained|copied|downloaded|exfiltrated|acquired|taken|gained access|access to)|` +
    String.raw`${INTRUDER}\s+(?:were|was) able to (?:access|view|see|copy|download|obtain|steal|exfiltrate)|` +
    String.raw`${INTRUDER}\s+(?:(?:had been|has been|was|were)\s+|spent\s+(?:[\w-]+\s+){1,3}?)(?:active\s+)?(?:inside|in)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:network|systems?|portal|servers?|environment|databases?|mailbox(?:es)?)\b|` +
    // "an attacker used a flaw in its refill portal to view customer profiles"; a bug or page that showed one user another's data ("let logged-in users view other applicants' records").
    String.raw`(?:hackers?|attackers?|intruders?|threat actors?|${INTRUDER})\s+(?:used|exploited|abused|misused)\s+(?:[\w'’-]+\s+){1,10}?to\s+(?:access|view|see|copy|download|obtain|steal|exfiltrate|look\s+up|pull|search)|` +
    String.raw`(?:let|lets|allowed|allows|enabled|exposed)\s+(?:[\w-]+\s+){0,3}?(?:users|customers|members|people|visitors|applicants|residents|patients|students|shoppers|anyone|parents)\s+(?:to\s+)?(?:view|see|access|read|download)\s+(?:[\w-]+\s+){0,2}?(?:other|another|others['’]?|different|strangers['’]?)\b|` +
    String.raw`(?:saw|see|seen|shown|displayed|found|received|viewing)\s+(?:[\w'’-]+\s+){0,3}?(?:someone|somebody|another person|other people|strangers?|other (?:customers|users|shoppers|patients|members))(?: else)?['’]s?\s+(?:[\w-]+\s+){0,2}?(?:orders?|details|data|information|records?|accounts?|names?|addresses|lists?|files?|results?|statements?|letters?|bills?|applications?|essays?|transcripts?|documents?|profiles?|forms?|messages?|grades?|claims?)|` +
    // A mail merge that put another's details in a letter; data sent to the wrong person, attached as the wrong file, published or shared in a chat group: a breach by mistake.
    String.raw`(?:printed|sent|mailed|e-?mailed)\s+with\s+(?:[\w,'’-]+\s+){0,8}?(?:details|information|data)\s+of\s+(?:a\s+|an\s+)?(?:different|another|other)\s+[a-z]+|` +
    String.raw`(?:sent|printed|mailed|posted)\s+with\s+(?:another|a different|someone else['’]s|somebody else['’]s)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:details|information|data|records?)|` +
    String.raw`unauthori[sz]ed (?:actors?|individuals?|persons?|users?|third part(?:y|ies))|(?:suspicious|unauthori[sz]ed) (?:network )?activity|(?:broke|break|breaking|broken) into|` +
    String.raw`(?:attached|sent|e-?mailed|uploaded|forwarded)\s+the\s+wrong\s+(?:file|document|spreadsheet|attachment|list|letter)|` +
    String.raw`(?:details|data|information|records|names|addresses|letters|documents|files)\s+(?:[\w,'’-]+\s+){0,14}?(?:were|was|had been|have been)\s+(?:wrongly\s+|mistakenly\s+)?(?:published|posted|made public|made available|put)\s+(?:online|on\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,2}?(?:website|site|portal|page))|` +
    String.raw`(?:e-?mailed|sent|mailed|posted|disclosed|shared|forwarded|went|delivered)\s+(?:[\w,'’-]+\s+){0,15}?to\s+(?:a\s+|an\s+|the\s+)?(?:wrong|incorrect|unintended|member of the public|members of the public|(?:neighbouring|neighboring|different|another)\s+(?:address|household|recipient|person|customer|patient|client))|` +
    String.raw`(?:shared|posted|uploaded|forwarded|sent)\s+(?:[\w,'’-]+\s+){0,12}?(?:in|to|on|into)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:WhatsApp|Telegram|Facebook|Line|LINE|Signal|group|public)\s+(?:\w+\s+)?(?:chat|group|channel|page|forum)\b|` +
    String.raw`(?:e-?mailed|sent|mailed|posted|disclosed|shared|forwarded|attached|uploaded|published)\s+(?:[\w'’-]+\s+){0,12}?(?:in error|by mistake|by accident)|(?:mistakenly|inadvertently|accidentally|wrongly|erroneously)\s+(?:been\s+)?(?:e-?mailed|sent|mailed|posted|disclosed|shared|forwarded|attached|uploaded|published)|` +
    // The wording of company notices and filings: a "cybersecurity incident" or "data incident" is a breach or an attack, as is a phished login.
    String.raw`(?:cyber[- ]?security|cyber|security|data|data protection|privacy) incidents?|(?:was|were|been) tricked into (?:signing|logging|entering|typing|giving|handing)|` +
    // Data handed to a fraudster ("sent copies of tax forms to a scammer"), malware planted by an intruder, an insider who took data out or looked at records.
    String.raw`(?:sent|e-?mailed|mailed|forwarded|handed over|gave|released)\s+(?:[\w,'’-]+\s+){0,12}?to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:scammers?|fraudsters?|criminals?|impostors?|imposters?|con (?:artist|man)|thie(?:f|ves))\b|` +
    String.raw`(?:deployed|installed|planted|launched)\s+(?:[\w-]+\s+){0,2}?(?:malware|ransomware)|encryption malware|` +
    String.raw`(?:former\s+|rogue\s+|an?\s+|one\s+)?(?:employee|staff member|member of staff|worker|insider|contractor)s?\s+(?:had\s+)?(?:emailed|e-mailed|took|downloaded|copied|forwarded|stole|misused|sold|leaked)\b|` +
    String.raw`(?:employee|staff member|member of staff|worker|insider|contractor|clerk|nurse)s?\s+(?:who\s+)?(?:had\s+|has\s+)?(?:looked (?:at|up|into)|viewed|opened|browsed|searched)\s+(?:[\w'’-]+\s+){0,4}?(?:records?|files?|accounts?|charts?|data|information|details)\b|` +
    String.raw`(?:copied|downloaded|e-?mailed|forwarded|transferred|uploaded|moved|took)\s+(?:[\w,'’-]+\s+){0,10}?(?:to|into|onto)\s+(?:a|an|his|her|their)\s+(?:own\s+)?(?:personal|private|home)\b|` +
    String.raw`(?:tapes?|laptops?|(?:hard |flash |USB |thumb )?drives?|USB (?:sticks?|keys?)|memory sticks?|computers?|disks?|backups?|files|paperwork|boxes|containers?)\s+(?:[\w-]+\s+){0,3}?(?:went missing|go(?:es)? missing|gone missing|disappeared|vanished|(?:was|were|had been|has been|have been) (?:lost|misplaced))|` +
    String.raw`(?:placed|put|saved|stored|uploaded|posted)\s+(?:[\w'’-]+\s+){0,6}?(?:in|on|to)\s+(?:a\s+|an\s+)?(?:shared|public|publicly accessible|open|unsecured)\s+(?:online\s+)?(?:folder|drive|directory|site|location|server)|` +
    // Extortion by a gang holding stolen data; card skimming on a checkout page.
    String.raw`(?:data |cyber[- ]?)?extortion (?:attacks?|attempts?|campaigns?|schemes?)|` +
    String.raw`skimm(?:ed|ing|ers?)|card[- ]skimming|malicious code (?:was |had been )?(?:planted|injected|inserted|installed)|(?:planted|injected|inserted|installed) malicious code|` +
    // Access without leave: an insider's snooping, an intruder who got in, data left open.
    String.raw`(?:was|were|been|got) phished|(?:see|view|access|download|read)\s+(?:the\s+)?(?:other|another|strangers['’]?)\s+(?:[\w-]+\s+){0,2}?(?:users|customers|passengers|members|patients|people|students|clients|guests|accounts?|[a-z]+['’]s)['’]?\s|without (?:authori[sz]ation|permission|(?:a|any) (?:legitimate |valid |proper )?(?:work|business|job|medical)(?:[- ]related)? (?:reason|need|purpose))|(?:got|gotten) into|gained (?:unauthori[sz]ed )?access|snoop(?:ed|ing)|(?:improperly|inappropriately|illegally|unlawfully) (?:accessed|viewed|obtained)|open to (?:the internet|anyone|the public)|` +
    String.raw`(?:affect|involve|impact)\w* (?:the )?(?:privacy|security|confidentiality) of (?:certain |some )?(?:\w+ ){0,2}(?:information|data))\b`,
  "i",
);

/** A time between subject and verb ("X last month suffered"). */
const WHEN = String.raw`(?:(?:(?:earlier|later)\s+)?(?:this|last)\s+(?:week|month|year)\s+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:yesterday|today)\s+)?`;

/** After a name: it is the subject of a reporting verb; the refiner then needs a STRONG_BREACH word, so "X said it plans a store" names no victim. An appositive, acronym, place or "which" may come between. */
export const SUBJECT_VERB = new RegExp(
  String.raw`^["”’']?(?:\s*\([^()]{1,40}\))?(?:\s+(?:officials|executives|leaders|administrators|spokes(?:man|woman|person)))?(?:\s+(?:in|of|from)\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,2}(?=[\s,]))?(?:(?:,[^,;:]{1,120}){1,3},|,\s+(?:which|who))?\s+${WHEN}(?:(?:has|have|had|was|were|is|are|can|also|now|recently|later|initially|previously|first|itself|then|finally)\s+){0,3}` +
    String.raw`(?:suffered|experienced|sustained|fallen (?:prey|victim)|fell (?:prey|victim)|been (?:hacked|breached|compromised|hit|targeted|attacked|infiltrated|affected)|` +
    String.raw`(?:hacked|breached|compromised|targeted|attacked|infiltrated|affected|impacted)\b|` +
    String.raw`said|says|say|confirm(?:s|ed)?|admit(?:s|ted)?|announc(?:es|ed)|disclos(?:es|ed)|reveal(?:s|ed)|acknowledg(?:es|ed)|stated|states|notif(?:ies|ied)|` +
    String.raw`told|reported (?:a|an)|reports|filed (?:a |an )?(?:notice|notification|report)|discover(?:s|ed)|detect(?:s|ed)|determined|concluded|(?:found|finds)(?!\s+that\b)|identified|learned|apologi[sz](?:es|ed)|informed|` +
    String.raw`(?:is|are|was|were|began|begun|started|has been|have been) (?:notifying|investigating|informing|emailing|e-mailing|contacting|writing to)|became aware|(?:is|are|was) (?:providing|giving) (?:notice|notification)|` +
    // Fined, sued or settling over a breach: the company whose data it was ("X was fined £20m over a 2018 breach"); only in the passive, since the regulator fines. A headline drops the auxiliary: "X fined €65,000 after ..." (a fine with no object after it).
    String.raw`(?:was|were|been|being|is|are) (?:fined|sued|penalised|penalized|ordered to pay)|agreed to (?:pay|settle)|` +
    String.raw`(?:sued|sues|is suing) (?:a|an|its|two|three) (?:former|ex-)|` +
    String.raw`fined (?=(?:US|A|NZ|C|S|HK)?[$€£¥]\s?\d|(?:EUR|GBP|USD|AUD|CAD)\s?\d))\b`,
  "i",
);

/** What may stand between a subject and its verb: a quote, a descriptor noun, a parenthesis, an appositive, adverbs. */
const GAP = String.raw`^["”’']?(?:\s+(?:[a-z]+\s+)?(?:forum|website|site|app|service|platform|store|shop|community|board|game|server|marketplace|network|company|firm|group))?(?:\s*\([^()]{1,40}\))?(?:(?:,[^,;:]{1,80}){1,3},)?\s+${WHEN}(?:(?:also|recently|itself|then|now|later|reportedly|allegedly|subsequently|previously)\s+){0,2}`;

/** Experiencing verbs: "X suffered a data breach", "X had 5 million records exposed". */
export const SUFFER_VERB = new RegExp(
  GAP +
    String.raw`(?:(?:has|have|had|was|were|is|are)\s+(?:reported\s+|said\s+|alleged\s+|believed\s+)?(?:as having\s+|to have\s+)?)?(?:also\s+)?` +
    String.raw`(?:suffered|experienced|sustained|fallen (?:prey|victim)|fell (?:prey|victim)|the (?:target|victim) of|at the (?:center|centre|heart) of|among (?:[\w-]+\s+){0,8}?(?:breached|hacked|compromised|affected|impacted|victims)|` +
    String.raw`had (?:[\w,.\-]+\s+){0,8}?(?:exposed|published|posted|leaked|stolen|compromised|dumped|accessed)|left (?:[\w-]+\s+){0,4}?(?:exposed|unprotected|unsecured|publicly accessible)|left\s[^.;]{0,120}?\bopen to (?:the\s+)?(?:internet|public|anyone|web)|lost (?:the\s+|some\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?(?:data|records|numbers|details|information|files)\b|` +
    // "X exposed a database" or "the records of 1.2 million borrowers": a store of its own left open, or its own people's data (an attacker leaks data, not a server).
    String.raw`(?:inadvertently\s+|accidentally\s+|mistakenly\s+)?exposed (?:a|an|the|its|their|one of its)\s+(?:[\w-]+\s+){0,3}?(?:databases?|servers?|buckets?|Elasticsearch|MongoDB|instances?|backups?)|` +
    String.raw`(?:inadvertently\s+|accidentally\s+|mistakenly\s+)?exposed (?:the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?(?:data|records|information|details|documents|files)\s+of\b)\b`,
  "i",
);

/** Data as the object of an experiencing verb ("X had data on 40k members published"): a leak by itself. */
export const DATA_OBJECT = /\b(?:data|information|records|details|databases?|emails|email addresses|passwords|credentials|files|documents)\b/i;

/** Passive verbs: "X was hacked", "X has been hit by a heist". A bare "X hacked" makes X the attacker. */
export const PASSIVE_VERB = new RegExp(GAP + String.raw`(?:was|were|is|are|got|gets|has been|have been|had been|may have been|might have been)\s+(?:also\s+|reportedly\s+|allegedly\s+)?(?:hacked|breached|compromised|hit|targeted|attacked|infiltrated|affected|impacted)\b`, "i");

/** A relative clause after the name: "Yahoo, which was targeted in two burglaries". */
export const RELATIVE_PASSIVE = /^,?\s+(?:which|who|that)\s+(?:has|have|had|was|were)\s+(?:also\s+|been\s+)*(?:hacked|breached|compromised|hit|targeted|attacked|infiltrated)\b/i;

/** Words that never describe a victim between a name and its people ("extort Bitcoin from a user"). */
const NOT_ADJ = String.raw`(?!(?:from|a|an|the|to|of|in|on|by|with|for|and|or|at|as|that|which)\b)`;

/** The name's own people, in a breach sentence: "T-Mobile postpaid customers", "Adobe's users". */
export const OWN_PEOPLE = new RegExp(String.raw`^(?:['’]s)?\s+(?:${NOT_ADJ}(?:[a-z][\w-]*-based|current|former|prospective|active|registered|affected|impacted|postpaid|prepaid|online|existing|paying|premium|new|past|loyal|corporate|business|retail|individual|unique|customer|user|member|card|store|credit card)\s+){0,2}?(?:customers?|users?|members?|subscribers?|clients?|employees?|staff|patients?|students?|donors?|shoppers|players|candidates|applicants|policyholders|borrowers|tenants|guests|passengers|accounts?|customer data|user data|customer records|user records)\b`);

export const OWN_PEOPLE_WORDS = ["customers", "users", "members", "subscribers", "clients", "employees", "staff", "patients", "students", "donors", "shoppers", "buyers", "visitors", "players", "guests", "passengers", "policyholders", "account ?holders"];

/** Before a name: its own people (the words PEOPLE_LEAD reads too), in a breach sentence ("Online shoppers at X had card numbers stolen", "patients of X"). */
export const OWN_PEOPLE_BEFORE = new RegExp(String.raw`\b(?:${OWN_PEOPLE_WORDS.join("|")})\s+(?:of|at)\s+(?:the\s+)?$`, "i");

/** The name's own systems, possessive only ("Adobe's systems"): "the MongoDB database" names software. */
export const OWN_SYSTEM = new RegExp(String.raw`^['’]s\s+(?:${NOT_ADJ}[A-Za-z][\w-]*\s+){0,2}?(?:servers?|systems?|network|networks|database|databases|records|website|site|(?<!(?:breach|public|reporting|complaints?) )portals?|apps?|platforms?|computers?|security lapse|data breach|breach|hack|leak)\b(?!\s+(?:portal|tracker|notification|report|list|database|tool|laws?|rules?))`);

/** Before a name: a system at it ("locked up the server at X", "the small server in a cupboard behind reception at X"). */
export const SYSTEM_AT_BEFORE = /\b(?:servers?|systems?|network|computers?|databases?|inbox|mailbox|e-?mail accounts?|website|portal|laptops?)\s+(?:(?:in|behind|of|on|under)\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}){0,2}(?:at|of|belonging to)\s+(?:the\s+)?$/i;

/** Words that speak of personal data: with a breach elsewhere in the article, "X accounts with passwords" is X's data. */
export const DATA_WORDS = /\b(?:passwords?|credentials|email addresses|usernames|records|personal (?:data|information)|credit cards?|card numbers)\b/i;

/** After a name used as a modifier: software or hosting, not the organisation breached ("the vBulletin forum"). */
export const SOFTWARE_AFTER = /^\s+(?:forum|board|message board|software|environment|instances?|servers?|database|plugin|system|bucket|cloud|support system|platform)\b/;

/** After a name: it is a product its maker sells ("ParcelVault, a file-transfer product made by Quillfeather"); the maker's customers, not the product, are breached. */
export const PRODUCT_AFTER = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:product|software|tool|plugin|plug-in|library|package|appliance|application|app|program|platform)\s+(?:made|developed|sold|built|offered|from|by)\b|^\s+(?:loyalty|rewards?|frequent[- ]flyer|membership|points)\s+(?:scheme|program|programme|club|card)s?\b/i;

/** A compound naming the incident after the victim: "the Sega hack", "the Twitch data leak". */
export const INCIDENT_AFTER = /^(?:['’]s)?\s+(?:data\s+|security\s+|cyber\s*)?(?:breach|hack|leak|break-in|intrusion|cyber-?attack|data theft)\b(?!-|\s+(?:portal|tracker|notification|report|list|database|tool|laws?|rules?|lawyers?|attorneys?))/i;

const INCIDENT_WORDS = String.raw`breach(?:es)?|hack|attack|intrusion|compromise|leak|incident|break-in|cyber-?attack|exposure`;
const INCIDENT_OF = String.raw`\s+(?:at|of|on|against|affecting|impacting|hitting|involving|into|targeting|suffered by|(?:so far\s+)?(?:involves|involved|hit|hits|affects|affected))\s+(?:the\s+|a\s+|an\s+|its\s+)?`;
/** Before a name: the incident happened at it ("a 2015 hack at health insurer Anthem"); a few lowercase words between, never a list ("such as"). */
export const INCIDENT_BEFORE = new RegExp(String.raw`\b(?:the ones?|${INCIDENT_WORDS}|data theft|theft of data)${INCIDENT_OF}(?:(?!such\b|like\b|including\b|other\b|except\b|excluding\b|besides\b|to\b|by\b|for\b|with\b|within\b|from\b)[A-Za-z0-9][\w'’-]*\s+){0,6}$`, "i");

/** After a name: a comma and a state, as a city is placed ("in Richmond, Va., told clients"). */
export const STATE_AFTER = new RegExp(String.raw`^,\s+(?:${alternation([...US_STATES, ...STATE_ABBREVIATIONS])})(?![\w])`);

/** The same, denied: "This is not a breach of Marrowfield", "no attack on its network". */
export const NOT_INCIDENT_BEFORE = new RegExp(String.raw`\b(?:not|n't|no|never|nor)\s+(?:an?\s+|any\s+)?(?:${INCIDENT_WORDS})${INCIDENT_OF}(?:[A-Za-z0-9][\w'’-]*\s+){0,6}$`, "i");

/** A flaw in a name's system ("A flaw in Brisa Rail's ticketing app"): its data, when the sentence tells of exposure. */
export const FLAW_BEFORE = /\b(?:flaw|bug|vulnerability|glitch|misconfiguration|weakness|loophole|coding error)s?\s+(?:in|at|on|affecting)\s+(?:the\s+)?$/i;

/** Before a name: an action on it that takes data ("broke into", "stolen from", "accessed at"). */
export const TAKEN_FROM_BEFORE = /\b(?:got into|gotten into|broken into|gained (?:unauthori[sz]ed )?access to)\s+(?:the\s+)?$|\b(?:broke into|breached|hacked into|infiltrated|penetrated|(?:stole|stolen|taken|accessed|exfiltrated|obtained|leaked|scraped|downloaded|copied|sourced|extracted|dumped)\s+(?:[\w,]+\s+){0,6}?(?:from|at)|(?:data|information|records|accounts|pairs|addresses|details|credentials|passwords|dump|database) (?:belonging to|of|from)|(?:accounts|profiles) at|(?:data|database) (?:was |were )?(?:linked|traced|attributed) to)\s+(?:the\s+|a\s+|an\s+)?(?:(?!such\b|like\b|including\b|other\b|except\b|excluding\b|besides\b|from\b|in\b|near\b|with\b)[A-Za-z0-9][\w'’-]*\s+){0,6}$/i;

/** After a TAKEN_FROM_BEFORE name: the data was posted or sold, a breach whatever else is said; bare "published" is left out (statistics). */
export const PUBLISHED_AFTER = /^["”’']?(?:\s*\([^()]{1,40}\))?(?:,[^,;:]{1,80},)?\s+(?:was|were|has been|have been|had been|is being|are being)\s+(?:(?:later|subsequently|allegedly|reportedly|then|also)\s+)?(?:posted|leaked|dumped|sold|put up for sale|offered for sale|listed for sale|advertised|traded|circulated|exposed|(?:found|discovered) (?:being )?(?:traded|sold|shared|circulated|posted|online|for sale))\b/i;

/** Before a name: data that was its own, found or sold ("data belonging to the site X"): a cue by itself. */
export const BELONGING_BEFORE = /\b(?:data|information|records|details|server|database|bucket|instance|cluster|storage)(?: that it said| it said| that)?(?: apparently| allegedly| reportedly| purportedly| (?:believed|said|thought) to be)? (?:belonging|belonged|belongs) to\s+(?:the\s+|a\s+|an\s+)?(?:(?!such\b|like\b|including\b|other\b|except\b|excluding\b|besides\b|to\b|by\b|for\b|with\b|within\b|from\b)[A-Za-z0-9][\w'’-]*\s+){0,6}$/i;

/** An incident then its owner in a relative clause: "the breach, which Carrow disclosed". */
export const WHICH_INCIDENT_BEFORE = /\b(?:breach(?:es)?|hacks?|attacks?|cyber-?attacks?|intrusions?|incidents?|leaks?),?\s+(?:which|that)\s+$/i;

/** The verb of that clause: the owner reported or suffered the incident. */
export const WHICH_INCIDENT_AFTER = /^\s+(?:(?:first|later|publicly|initially)\s+)?(?:disclosed|announced|reported|discovered|detected|confirmed|suffered|revealed|experienced)\b/i;

/** Before a name: it is the attacker ("the hacker collective known as NullCrew", "hackers LulzSec"). */
export const ATTACKER_BEFORE = /\b(?:hackers?|hacker (?:group|collective)|hacking (?:group|collective)|hacktivists?|gang|threat actors?|cybercriminals?|cybercriminal group|criminal group|ransomware (?:group|gang|operators?))\s+(?:known as\s+|called\s+|named\s+|dubbed\s+|calling (?:itself|themselves)\s+|that calls (?:itself|themselves)\s+|which calls itself\s+|who call themselves\s+)?$/i;

/** After a name: it is the attacker ("Lapsus$ hackers", "LockBit ransomware gang", "X claimed responsibility"). */
export const ATTACKER_AFTER = /^(?:['’]s)?\s+(?:hackers?|hacker group|hacking group|hacktivists?|gang|ransomware (?:group|gang|crew|operators?|operation|affiliates?|variant|strain|family|payload|encryptor|indicators|samples|actors?)|affiliates?|encryptor|(?:dark[- ]web\s+)?(?:data\s+)?leak\s+(?:site|blog|page|portal)|threat actors?|(?:has |have |had )?claimed (?:responsibility|credit)|is an? (?:[\w-]+\s+){0,2}?(?:ransomware|extortion|hacking|cybercrime)(?:-as-a-service)?(?:\s+\([A-Za-z]+\))?\s+(?:group|gang|variant|strain|operation|crew|family))\b/i;

/** After a name: it paid, refused or was asked a ransom ("the city will not pay a $1.2 million ransom"); only a ransomware victim is. */
export const RANSOM_AFTER = /^(?:['’]s)?\s+(?:(?:has|had|will|would|did|does|is|was)\s+(?:not\s+|never\s+)?|(?:won['’]t|didn['’]t|doesn['’]t|refused to|declined to|agreed to|decided to|voted to|chose to|plans? to)\s+){0,2}(?:pay|paid|pays|paying|refuses?|refused|rejects?|rejected|received)\s+(?:(?:a|the|an|any|its)\s+)?(?:(?:[A-Z]{0,3}[$£€]\s?[\d.,]+(?:\s*(?:million|billion|[mbk]n?))?|[\w-]+)\s+){0,3}?ransom\b/i;

/** Before a name: a breach form's field for the entity whose data it was ("Name of entity: X"). */
export const FORM_ENTITY_BEFORE = /(?:^|\n)\s*(?:name of (?:the\s+)?(?:entity|organi[sz]ation|company|business|covered entity|reporting entity|breached entity)|(?:entity|organi[sz]ation|company|business|covered entity|reporting entity|breached entity)(?:['’]s)? name)\s*:\s*$/i;

/** Before a name: a place's government named by its place ("The city of Marrowfield will not pay"), the subject despite "of". */
export const PLACE_BODY_BEFORE = /\b(?:city|town|county|village|borough|township|municipality|parish|state) of\s+$/i;

/** Before a name: it is denied ("none of the district's records were in the bucket"). */
export const NONE_OF_BEFORE = /\b(?:none|neither) of\s+(?:the\s+)?$/i;

/** Before a name: it is the news source. */
export const SOURCE_BEFORE = /\b(?:according to|reported by|told|via|cited by|first reported by|(?:seen|reviewed|viewed) by|reports? (?:from|by)|(?:statement|statements|interview) (?:to|with))\s+(?:the\s+)?$/i;

/** After a name: it is the news source ("USA Today reports", "the New York Times reported."). */
export const SOURCE_AFTER = /^\s+(?:reports?|reported|first reported|contributed)\s*(?:[.,;]|$|to this)/i;

/** Before a name: a third party that comments on or investigates a breach (security firm, law firm, analyst). */
export const THIRD_PARTY_BEFORE = /\b(?:security|cybersecurity|cyber security|forensics?|law|consulting|research|consultancy|intelligence|analytics|incident[- ]response)\s+(?:firms?|company|companies|researchers?|experts?|vendors?|specialists?|groups?)\s+(?:(?:[A-Z][\w.-]*\s+){1,3}(?:and|&)\s+)?$|\b(?:breach[- ]notification|breach[- ]alert|(?:data[- ])?breach[- ]tracking|leak[- ]monitoring|threat[- ]monitoring|dark[- ]web[- ]monitoring)\s+(?:services?|sites?|websites?|platforms?|firms?|company|tools?)\s+$|\b(?:analysts?|researchers?|experts?|spokes(?:man|woman|person)|officer|lawyers?|attorneys?|partner) (?:at|with|for|of) (?:the\s+)?$|\bparent (?:company|firm)(?:['’]s)?\s+$/i;

/** After a name: a firm investigating or litigating the breach ("X LLP, a data privacy litigation firm,"). */
export const THIRD_PARTY_AFTER = /^,?\s+(?:(?:which|who)\s+(?:represents|is representing|are representing|filed|brought)\b|(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:law|litigation|legal|security|cybersecurity|forensics?|consulting|research|consumer rights)\s+(?:firm|company|group|practice)\b|(?:is|are)\s+investigating\s+(?:potential\s+|possible\s+)?(?:legal\s+)?claims)/i;

/** After a single capitalised word: a kind of institution it qualifies ("a Washington credit union"). */
export const INSTITUTION_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:institution|credit union|bank|hospital|clinic|company|firm|retailer|chain|school|district|university|college|agency|agent|broker|dealer|maker|manufacturer|supplier|insurer|provider|lender|health system|council|utility|business|store|restaurant|practice|charity|nonprofit|non-profit)s?\b/;

/** Heads of a definite description for a name ending the same ("the district" for a School District); not "the company": too vague. */
export const DEFINITE_HEADS = ["district", "hospital", "university", "college", "school", "county", "city", "bank", "credit union", "clinic", "council", "health system", "medical center", "library", "museum", "foundation"];

/** Places that modify a common noun ("Ohio plastics maker"): no part of the organisation. */
export const PLACE_NAMES = new Set([
  ...US_STATES,
  "Ontario", "Quebec", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New South Wales", "Victoria", "Queensland", "Tasmania",
  "UK", "U.K.", "US", "U.S.", "Canada", "Australia", "New Zealand", "Ireland", "Britain", "England", "Scotland", "Wales",
  ...COUNTRIES,
]);

/** People whose data an organisation holds, as a notice or a tally names them. */
const HELD_PEOPLE = String.raw`(?:patients|people|persons|individuals|customers|members|employees|staff|students|users|residents|clients|parents|families|policyholders|subscribers|account ?holders|(?:license|licence|card|ticket|season[- ]ticket|policy) ?holders|donors|applicants|retirees|pensioners|taxpayers|voters|passengers|guests|tenants|borrowers|workers|supporters|fans|enrollees|enrolees|beneficiaries|participants|buyers|patrons|claimants|candidates)`;

/** Around a name: a count of its people affected ("About 9,400 Ospreys buyers were affected"). */
export const COUNTED_BEFORE = /\b\d[\d,.]*(?:\s+(?:million|thousand))?\s+$/;
export const COUNTED_PEOPLE_AFTER = new RegExp(String.raw`^\s+${HELD_PEOPLE}\s+(?:were|had been|have been|are|may have been)\s+(?:affected|impacted|exposed|notified)\b`);

/** A subject's count of its own people affected ("X said 37,500 members were affected"): only the data holder gives it. */
export const AFFECTED_COUNT = new RegExp(
  String.raw`^\s*(?:(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:attorneys? general|regulators?|commissioner|department|agency|authorit(?:y|ies)|investors|shareholders)\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)\s+)?(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:filing|statement|letter|notice|notification|release|post|e-?mail|disclosure|update|submission)\s+)?(?:that\s+)?(?:(?:about|nearly|roughly|some|more than|over|almost|up to|around|fewer than|less than|at least|an estimated|approximately)\s+)?[\d,.]+\s+(?:million\s+|thousand\s+)?(?:(?:current|former|of its|of their|and)\s+)*${HELD_PEOPLE}(?:\s+and\s+${HELD_PEOPLE})?\s+(?:were|had been|have been|are|may have been|may be|might be|could be|might have been|could have been)\s+(?:affected|impacted)\b`,
  "i",
);

/** What a subject said of itself, in a story about a breach: "X confirmed it was affected". */
export const SELF_AFFECTED = /^\s*(?:that\s+)?(?:it|its\s+[a-z]+|they|their\s+[a-z]+)\s+(?:(?:was|were|had been|has been|have been)\s+(?:also\s+|among (?:those|the [a-z]+)\s+)?(?:affected|impacted)|(?:had\s+|has\s+|have\s+)?(?:reported|referred)\s+(?:the|this)\s+(?:incident|breach|data breach|matter)\s+to)\b/i;

/** In what a subject says in a breach story: its people's data was held by another (the vendor breached): "said 14,200 employees had data held by Haldane". */
export const HELD_BY_VENDOR = /^[^.;]{0,120}?\b(?:data|information|records|files|details)\s+(?:was\s+|were\s+)?(?:held|stored|processed|maintained|hosted)\s+(?:by|with)\b/i;

/** A fault said not to be an attack ("not a cyberattack", "a faulty update, not hackers"). */
const NOT_AN_ATTACK = String.raw`not\s+(?:caused by\s+|the result of\s+|due to\s+)?(?:a|an)\s+(?:cyber[- ]?attack|hack|breach|(?:cyber[- ]?)?security incident|attack)|not hackers`;

/** A denial of one's own breach ("denied that its systems were breached", "no evidence its own platform had been breached"). */
export const DENIAL = new RegExp(String.raw`\b(?:denie[sd]|deny|denying)\b|\b(?:${NOT_AN_ATTACK})\b|\bno (?:breach|hack|intrusion|compromise) of (?:its|our|their|the company's)\s+(?:own\s+)?(?:systems?|networks?)\b|\bno (?:evidence|sign|indication) (?:that )?(?:any of )?(?:its|their|our|the company's)\s+(?:own\s+)?(?:computer\s+|internal\s+|core\s+|IT\s+)?(?:systems?|networks?|platforms?|servers?|infrastructure|environment)\s+(?:was|were|had been|has been|have been)\b`, "i");

/** After a name: it resets its own people's passwords ("is resetting the passwords of roughly 310,000 subscribers"), as a service does whose accounts were broken into. */
export const RESET_AFTER = new RegExp(
  String.raw`^,?\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|also\s+)*(?:reset|resets|resetting|invalidated|invalidating|forced\s+(?:a\s+)?password\s+resets?\s+for)\s+(?:the\s+)?(?:passwords?\s+(?:of|for)\s+)?(?:its\s+|all\s+|some\s+)?(?:(?:about|nearly|roughly|some|more than|over|almost|around)\s+)?(?:[\d,.]+\s+(?:million\s+)?)?(?:affected\s+|impacted\s+)?${HELD_PEOPLE}\b`,
);

const LETTERS_WHEN = String.raw`(?:\s+(?:last|this|earlier this)\s+(?:week|month)|\s+on\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|\s+(?:today|yesterday))?`;
/** After a name: it notifies its own people or reports how many were affected, which only the data holder does; a time may stand between the letters and their readers ("began mailing letters last week to"). */
export const NOTIFIED_AFTER = new RegExp(
  String.raw`^(?:,\s+(?:a|an|the)\s+[^,;:]{1,80},|,\s+(?:which|who|with|based in|headquartered in)\s+[^;:]{1,100}?,)?,?\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|also\s+|then\s+)*(?:(?:waited|took)\s+(?:[\w-]+\s+){1,3}?(?:before|to)\s+(?:telling|tell|notifying|notify|informing|inform|alerting|alert)|told|notified|notifying|informed|informing|alerted|alerting|warned|began notifying|started notifying|wrote to|writing to|mailed letters to|sent letters to|(?:(?:already\s+)?(?:begun|began|started)\s+)?(?:mailing|sending|posting)\s+(?:its\s+own\s+|its\s+)?(?:letters|notices|notifications|e-?mails)${LETTERS_WHEN}\s+to|(?:sent|mailed|posted)\s+(?:letters|notices|notifications|e-?mails)${LETTERS_WHEN}\s+to)\s+(?:its\s+|their\s+|the\s+|some\s+|all\s+|certain\s+)?(?:(?:about|nearly|roughly|some|more than|over|almost)\s+)?(?:[\d,.]+\s+(?:million\s+)?)?(?:affected\s+|impacted\s+|current\s+|former\s+|and\s+)*${HELD_PEOPLE}\b` +
    String.raw`|^\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:reported|disclosed|listed|confirmed)\s+(?:(?:about|nearly|roughly|some|more than|over|almost)\s+)?[\d,.]+\s+(?:million\s+)?(?:affected|impacted)\s+${HELD_PEOPLE}\b` +
    // "X has reported the incident to the Information Commissioner" or "mailed notification letters on Jan. 24": only the body whose data it was does.
    String.raw`|^\s+(?:has\s+|have\s+|had\s+|is\s+|also\s+)*(?:reported|reporting|referred|self-reported)\s+(?:the|this|its)\s+(?:incident|breach|data breach|matter)\s+to\b` +
    String.raw`|^\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:mailed|sent|issued|posted)\s+(?:breach\s+)?(?:notification|notice)\s+(?:letters|e-?mails)\b`,
  "i",
);
/** Before a name: who wrote or compiled the piece ("compiled by the Privacy Desk staff"). */
export const AUTHORED_BY_BEFORE = /\b(?:compiled|written|edited|produced|prepared|curated|reported)\s+by\s+(?:the\s+)?$/i;

/** Scams that use a firm's name without touching its systems. */
export const SCAM_WORDS = /\b(?:scams?|phishing|smishing|vishing|impersonat\w*|fraudulent\s+(?:texts?|calls?|e-?mails?|messages?|websites?)|fake\s+(?:texts?|calls?|e-?mails?|messages?|websites?))\b/i;

/** After a name: it was named as a victim ("claimed X as a victim", "added X to its leak site"). */
export const VICTIM_AFTER = /^["”’']?\s+(?:as (?:a|an|its|their|the) (?:\w+ )?victims?\b|(?:to|on) (?:its|their|the group's|the gang's) (?:[\w-]+ ){0,3}?(?:leak|extortion|shaming|victim) (?:site|blog|page|portal)s?\b)/i;

/** Before a name: object of a breach verb ("attackers breached retailer Kestrel"); lower case only, as a capitalised "Compromised" opens a headline. */
export const ATTACKED_BY_BEFORE = /\b(?:ransomware(?: attack)?|cyber-?attack|attack|breach|hack|intrusion)\s+(?:forced|crippled|disrupted|paraly[sz]ed|shut down|knocked out|took down)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$|(?:\b(?:[Hh]ackers|[Aa]ttackers|[Ii]ntruders|[Cc]ybercriminals|[Cc]yber ?criminals|[Tt]hreat actors?|[Rr]ansomware (?:gangs?|groups?|operators?))\s+(?:(?:have|has|had|reportedly|allegedly|also)\s+)?(?:hit|targeted|attacked|struck)|\b(?:breached|hacked(?: into)?|infiltrated|extorted|compromised|broke into))\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:from|of|in|at|by|on|to|with|for|and|or)\b)[\w-]+\s+){0,3}$/;

/** Before a name: a list of victims ("Among the affected organisations was X"). */
export const AMONG_BEFORE = /\bamong (?:the )?(?:\w+ )?(?:affected|impacted|breached|hacked|victims?)(?: \w+)? (?:was|were|is|are)\s+$|\b(?:affected|impacted) (?:clients?|customers?|organi[sz]ations?|companies|hospitals?|providers?|entities|firms?)(?: \w+){0,2} (?:is|are|was|were|include[sd]?)\s+$/i;

/** Breach-notification services and aggregators: they report breaches, never suffer the one reported. */
export const AGGREGATORS = /^(?:HIBP|Have I Been Pwned|HaveIBeenPwned|DataBreaches\.net|Vigilante\.pw)$/i;

/** Before a name: a compass or kind of region ("northern New Brunswick", "rural Ohio"), so the name is a place. */
export const REGION_BEFORE = /\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|upstate|downstate|rural|coastal|inland|suburban|downtown|greater|outer|inner)\s+$/;

/** After a name: a place in it ("Fenbridge station car park", "Eastgate shopping centre"), where something happened, not who held the data. */
export const PLACE_NOUN_AFTER = /^\s+(?:(?:railway|train|bus|coach|tube|underground|police|fire|petrol|service)\s+)?(?:station|car park|parking (?:lot|garage)|airport|high street|town centre|city centre|shopping (?:centre|center|mall)|retail park|industrial estate|business park|marina)\b/;

/** A preposition right before a name: it is no subject ("based in Burlington, ... had disclosed"). */
export const PREPOSITION_BEFORE = /(?<!\b(?:forum|site|website|service|app|platform|store|board|community|company|firm|group|network))\s+(?:in|at|from|to|for|with|by|of|on|near|into|than|about|like)\s+(?:the\s+)?$/i;

/** After a name: a closing attribution ("..., X announced Monday."); the breach words precede. "reports" means a news outlet. */
export const SAID_LAST = /^\s+(?:said|says|announced|confirmed|disclosed|revealed|admitted|acknowledged)(?:\s+(?:on\s+)?[A-Z]?[a-z]+){0,2}\s*[.!]?$/;

/** Job titles that open a person's name, not an organisation's ("Chief Security Officer Brad Arkin"). */
export const TITLE_WORDS = /^(?:Chief|Officer|President|Vice|CEO|CTO|CIO|CISO|Director|Secretary|Senator|Representative|Rep\.|Sen\.|Gov\.|Governor|Minister|Attorney|General|Judge|Professor|Prof\.|Spokesman|Spokeswoman|Analyst|Chairman|Chairwoman|Founder|Councillor|Councilor|Cllr\.?|Mayor|Managing|Superintendent|Commissioner|Deputy|Inspector|Detective|Sheriff|Chancellor|Principal|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame)(?!\w)/;

/** Before a name: one of its own people ("a former employee of the X"); with INSIDER_ACCESS after, an insider looked up what the body held. */
export const INSIDER_BEFORE = /\b(?:employee|worker|staff(?:er| member)?|clerk|nurse|doctor|contractor|official|technician|administrator|agent|representative)s?\s+(?:of|at|for|with)\s+(?:the\s+|an?\s+)?$/i;

/** After a name: one of its own people as a compound ("a Riverside Hospital employee"). */
export const INSIDER_AFTER = /^(?:['’]s)?\s+(?:(?:former|ex-)\s+)?(?:employee|worker|staff(?:er| member)?|clerk|nurse|contractor)s?\b/i;

/** An insider's look at records it had no reason to see ("looked up the tax records of people she knew"). */
export const INSIDER_ACCESS = /\b(?:looked up|looked at|looked into|accessed|viewed|snooped (?:on|into|through)|pried into|searched|browsed|photographed|took (?:photos|pictures) of|copied|printed|sold)\s+(?:[\w'’-]+\s+){0,6}?(?:records?|files?|information|data|details|accounts?|charts?)\b/i;

/** Before a name: a job title, so the name is a person's ("chief executive Yara Lind said"). */
export const JOB_TITLE_BEFORE = /\b(?:chief executive|chief (?:[a-z]+ )?officer|CEO|CFO|CTO|CIO|CISO|COO|(?:vice[- ])?president|chair(?:man|woman|person)?|spokes(?:man|woman|person)|(?:co-)?founder|(?:managing )?director|minister|commissioner|mayor|senator|professor|superintendent|Dr\.|Mr\.|Ms\.|Mrs\.|Coun\.|Councill?or|Cllr\.?|Ald\.|Alderman|Alderwoman|Rep\.|Sen\.|Gov\.|Sgt\.|Det\.|Insp\.|Supt\.|Const\.)\s+$/i;

/** After a name: it is a person, described by trade in lower case ("Jane Roe, an analyst with ..."); a capitalised title opens the next name. */
export const PERSON_AFTER = /^,\s+who\s|^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:vice[- ])?(?:analyst|spokes(?:man|woman|person)|researcher|expert|officer|executive|director|president|professor|lawyer|attorney|manager|engineer|founder|consultant|reporter|journalist|writer|editor|head|chief|chair(?:man|woman|person)?|superintendent|commissioner|mayor|councill?or|principal|partner|counsel|advis[eo]r|coordinator|supervisor|specialist|administrator|treasurer|pharmacist|physician|teacher)\b/;

/** Breach words as what a product or service looks for ("monitors dark-web forums for leaked logins", "to catch stolen credentials"): no breach told. */
export const GUARDED_AGAINST = /\b(?:catch(?:es|ing)?|detect(?:s|ing)?|spot(?:s|ting)?|monitor(?:s|ing)?|block(?:s|ing)?|prevent(?:s|ing)?|stop(?:s|ping)?|flag(?:s|ging)?|scan(?:s|ning)?|hunt(?:s|ing)?|(?:protect|defend|guard)(?:s|ing)?\s+(?:[\w-]+\s+)?against)\s+(?:[\w'’-]+\s+){0,6}?(?:stolen|leaked|exposed|compromised|breached)\b/gi;

/** A sentence about what would happen, not what did ("how we would report a personal data breach"). */
export const HYPOTHETICAL = /\b(?:would|if|in the event|should)\b/i;

/** A hedge before breach words: a flaw that "could allow unauthorised access" is no breach. */
export const HEDGE = /\b(?:could|might|may|would|can|will)\s+(?:potentially\s+|possibly\s+)?(?:allow|enable|lead to|let|result in|permit|force|require|compel|oblige|mandate)\b/i;

/** Said of oneself before the breach word: untouched by it ("said it was not affected by the breach at"). */
export const NOT_AFFECTED = new RegExp(String.raw`\b(?:(?:found |saw |had |has |is |was )?no (?:evidence|sign|signs|indication)\b|denied|denies|deny|(?:was|were|is|are|had|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:affected|impacted|involved|compromised|breached|hacked)|unaffected|none of (?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:records|data|information|files|details)\s+(?:were|was)\s+(?:in|among|part of|involved|affected)|${NOT_AN_ATTACK})\b`, "i");

/** Before a name: the vendor it uses ("a fundraising software vendor used by X was breached"): X is the vendor's client, whose data it held. */
export const CLIENT_OF_BEFORE = /\b(?:vendors?|suppliers?|providers?|contractors?|processors?|platforms?|services?|compan(?:y|ies)|firms?)\s+(?:used|hired|contracted|engaged|retained|relied on)\s+by\s+(?:the\s+)?$/i;
/** After a name: it left its own store open ("left a cloud storage container publicly readable", "X, which runs ten centres, had misconfigured a cloud folder"). */
export const LEFT_OPEN_AFTER = /^\.?(?:,\s+(?:which|who)\s+[^,.;]{1,80},)?\s+(?:had\s+|has\s+)?(?:left\s+(?:[\w'’-]+\s+){1,6}?(?:publicly\s+)?(?:readable|accessible|open|exposed|unprotected|unsecured)|misconfigured\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:folders?|servers?|databases?|buckets?|storage|instances?|drives?|clusters?|portals?))\b/i;
/** After a name: a regulator's finding that it failed to protect the data ("had failed to put in place reasonable security arrangements"). */
export const FAILED_TO_PROTECT_AFTER = /^(?:,\s+which\s+[^,;.]{1,80},)?\s+(?:had\s+|has\s+)?(?:(?:failed|neglected)\s+to|did not|had not)\s+(?:put in place|implement|adopt|make|take|maintain|protect|secure|safeguard|ensure)\b[^.;]{0,60}?\b(?:security|safeguards|protect|secure|measures)/i;
/** The object of a fine or a suit over a breach is whose data it was ("the ICO fined X over"). */
export const FINED_BEFORE = /\b(?:fined|fines|sued|sues|penali[sz]ed|penali[sz]es|settled with|(?:reached |announced |agreed )?(?:a |an )?(?:[$€£]?[\d.,]+(?: million| billion)? )?settlement with|(?:lawsuit|suit|class action|complaint|claim|legal action)s? (?:(?:was|were|has been|have been) )?(?:filed |brought )?against|(?:issued|gave|sent|served) (?:a |an )?(?:formal |written )?(?:warning|reprimand|enforcement notice|penalty notice)(?:,[^,;.]{1,40},)? (?:to|on))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:(?:insurer|bank|retailer|firm|company|lender|hospital|provider|operator|chain|council|university|carrier|maker|platform|broker|telco|party|charity|app|agency|club|union|association|developer|exchange|school|district)\s+)?$/i;

/** A name introduced by "known as" or "called" may be all digits (a site named "126"). */
export const NAMED_BEFORE = /\b(?:known as|called|named|dubbed)\s+$/i;

/** Common nouns whose possessive sits inside a name ("Children's Hospital"); after a name or place the possessive ends it ("Australia's Medibank"). */
export const NAME_POSSESSIVES = new Set(["People", "Children", "Women", "Men", "Ladies", "Gentlemen", "Kids", "Mother", "Mothers", "Father", "Nature", "Farmer", "Traveler", "Traveller", "Collector", "Sportsman"]);

/** After a name: the words are data, not an organisation ("Social Security numbers"). */
export const DATA_AFTER = /^\s+(?:numbers?|cards?|card numbers?|details|credentials|passwords?|IDs?|(?:account|routing) (?:numbers?|details|information))\b/i;

/** Data stores and forum software: where data sat, not whose; only a direct cue makes one a victim. */
export const DATA_STORES = new Set(["MongoDB", "Elasticsearch", "Kibana", "Redis", "MySQL", "PostgreSQL", "CouchDB", "Cassandra", "Memcached", "Firebase", "Hadoop", "Solr", "S3", "Amazon S3", "vBulletin", "phpBB", "XenForo", "MyBB", "IP.Board", "Invision Power Board"]);

/** A possessive before a data store: "X's MongoDB" held X's data. */
export const DATA_STORE_AFTER = new RegExp(String.raw`^['’]s\s+(?:${[...DATA_STORES].map((n) => n.replace(/[.]/g, "\\.")).join("|")})\b`);

/** Words that make a name a regulator (data-protection authorities abroad by their own names too), government body or police; a utility "authority" or a service "agency" is none, as it holds its own customers' data. */
export const AUTHORITY_WORDS = /\b(government|ministry|commission|commissioner|regulator|authority(?<!\b(?:water|transit|housing|port|airport|transport|transportation|power|electric|electricity|utility|utilities|sewer|sewerage|parking|toll|turnpike|health|hospital|library|waste|energy|gas|school|schools)\s+authority)|bureau(?<!\bcredit\s+bureau)|police|FBI|FTC|SEC|ICO|HHS|OCR|office for civil rights|DPC|EDPB|OPC|FCC|CFPB|NYDFS|ACMA|ASIC|APRA|OAIC|CNIL|CISA|NCSC|FCA|PIPC|PDPC|PCPD|FDPIC|AEPD|UODO|IMY|BfDI|CNPD|KISA|Datatilsynet|Datainspektionen|Garante|Autoriteit|Tietosuojavaltuutettu|department|(?<=\b(?:protection|security|cybersecurity|crime|standards|enforcement|intelligence|regulatory|supervisory|investigation|competition|consumer|safety)\s+)agency|court|tribunal|ombudsman|inspector general|attorney general|parliament|congress|senate|secret service)\b/i;

/** After a name: it confirmed its own data was among what a breach elsewhere took ("— have confirmed to KVRN 7 that their data was involved"), or its data was ("X data was among the files taken"). */
export const OWN_DATA_CONFIRMED_AFTER = /^(?:\s*[—–-]\s*|,\s*)?\s*(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:confirmed|said|acknowledged|reported|told\s+(?:[\w.'’-]+\s+){1,4}?)(?:\s+to\s+(?:[\w.'’-]+\s+){1,4}?)?\s*that\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}?(?:data|records|information|files|students|customers|members|patients|employees|staff)\s+(?:was|were|had been|have been)\s+(?:also\s+)?(?:involved|affected|impacted|among|exposed|included|taken|accessed|compromised)\b|^(?:['’]s)?\s+(?:data|records|information|files)\s+(?:was|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:taken|stolen|copied|exfiltrated|affected|exposed|accessed|compromised)\b/;

/** Public bodies that serve and hold the public's records, no regulators: a breach they tell of is their own even without "its" ("the Department of Motor Vehicles says someone used a business account"). */
export const PUBLIC_SERVICE = /\b(?:Department|Dept\.?|Bureau|Division|Office|Board|Registry|Administration)\s+of\s+(?:Motor Vehicles|Taxation|Revenue|Transportation|Labor|Employment|Social Services|Human Services|Corrections|Veterans Affairs|Children|Public Safety|Elections|Vital Records|Licensing|Unemployment)\b|\b(?:DMV|BMV|RMV)\b/;

/** Legal forms and generic heads that keep a possessive inside a name ("Sainsbury's Bank"); "Finland's Corvale Bank" still splits. */
export const POSSESSIVE_TAIL = new Set([
  ...LEGAL_FORMS, "Bank", "Office", "Hospital", "Clinic", "Pharmacy", "Store", "Stores", "Restaurant", "Restaurants",
  "Club", "Foundation", "Fund", "Association", "Society", "Department", "Services", "Service", "Home", "Homes",
  // Shops and practices named for their founder ("Pell's Market", "Dunne's Bakery").
  "Market", "Markets", "Supermarket", "Supermarkets", "Grocery", "Groceries", "Deli", "Bakery", "Cafe", "Café", "Diner",
  "Grill", "Kitchen", "Pub", "Tavern", "Inn", "Garage", "Shop", "Shops", "Farm", "Farms", "Dental", "Salon",
  "Jewelers", "Jewellers", "Hardware", "Furniture", "Nursery", "Pizza", "Bar",
]);

/** Capitalised words that open a clause but never a name: stripped from the front of a run ("The Home Depot" → "Home Depot"). */
export const LEAD_WORDS = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "It", "In", "On", "At", "As", "For", "But", "And", "Or", "If",
  "When", "While", "He", "She", "They", "We", "You", "I", "Its", "Their", "His", "Her", "Our", "Your", "Meanwhile",
  "However", "Also", "Since", "After", "Before", "According", "Over", "Some", "Many", "Most", "All", "Both", "Such",
  "Even", "Only", "Among", "Despite", "Although", "Last", "Next", "Earlier", "Later", "Now", "Then", "Today", "Yesterday",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
  "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.",
  "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "UPDATE", "Update", "Photo", "Read", "Let", "Please",
  "Mid", "Early", "Late", "Approximately", "About", "Around", "By", "From", "To", "With", "Of", "Via", "Why", "What",
  "How", "Where", "Who", "Which", "There", "Here", "Not", "No", "Yes", "Several", "Each", "Every", "Another", "Various", "Numerous",
  // A descriptor noun opening a headline or sentence ("Insurer Carrow Mutual agrees settlement").
  "Retailer", "Retailers", "Insurer", "Insurers", "Lender", "Lenders", "Automaker", "Carmaker", "Chipmaker", "Drugmaker",
  "Regulator", "Watchdog", "Startup", "Start-up", "Firm", "Giant", "Provider", "Operator", "Developer", "Contractor",
  "Vendor", "Supplier", "Manufacturer", "Broker", "Processor", "Telco", "Carrier", "Weekend", "Overnight",
]);

/** A sentence opening on the people or the relation of the name that follows ("Patients of X", "Shoppers at X", "Subsidiary of X"): no part of the name, which is then no subject. */
export const PEOPLE_LEAD = new RegExp(String.raw`^(?:${[...OWN_PEOPLE_WORDS, "residents", "workers", "subsidiary", "unit", "division", "affiliate", "parent", "owner"].map((w) => w[0].toUpperCase() + w.slice(1)).join("|")})\s+(?:of|at)\s+(?=[A-Z])`);

/** Common nouns introducing a name in apposition ("the forum known as Flashback"); after one, a name may hold "and" or "of". */
export const DESCRIPTOR_NOUNS = [
  "website", "site", "forum", "service", "app", "platform", "store", "shop", "retailer", "marketplace", "company", "firm",
  "provider", "operator", "chain", "brand", "maker", "manufacturer", "community", "game", "developer", "publisher",
  "startup", "insurer", "lender", "bank", "telco", "carrier", "broker", "exchange", "charity", "magazine", "newspaper",
  "portal", "giant", "outlet", "network", "organisation", "organization",
];

/** A business noun before a name ("logistics firm Okafor Brothers"): a business, though it reads like a person. */
export const BUSINESS_BEFORE = new RegExp(String.raw`\b(?:${[...DESCRIPTOR_NOUNS, "forwarder", "supplier", "vendor", "contractor", "distributor", "wholesaler", "producer", "agency", "consultancy", "practice"].join("|")})\s+$`);

/** Heads that close a whole name: "Castlegate Bank and Wolds Building Society" are two, whatever head the second has. */
export const CLOSED_HEAD = /\s(?:Bank|Bancorp|Credit Union|Building Society|Insurance|Assurance|Mutual)$/;

/** Head nouns of an institution: "Department of Health and Human Services" is one name despite "and". */
export const INSTITUTION_HEAD = /(?:^|\s)(?:Department|Services|Commission|Authority|Agency|Ministry|Office|Bureau|Council|Board|Institute|Administration|Committee|Foundation|Association|Society|Trust|School|College|University|Hospital|Clinic|Federation|Alliance|Academy|Museum|Library|Division|Commissioner|Ombudsman|Inspectorate|Regulator)$/;

/** A government body named for its portfolio ("Department of Information and Communications Technology"): the fields after "of" or "for" may be joined by "and" or commas. */
export const PORTFOLIO_HEAD = /(?:^|\s)(?:Department|Ministry|Minister|Secretary|Office|Bureau|Commission|Committee|Agency|Directorate|Division|Council)\s+(?:of|for)\s/;

/** Fields a ministry or department is named for: only these continue its name after "and" or a comma. */
export const PORTFOLIO_WORDS = new Set([
  "Affairs", "Agriculture", "Arts", "Budget", "Business", "Care", "Children", "Citizenship", "Climate", "Commerce", "Communications",
  "Community", "Communities", "Consumer", "Culture", "Customs", "Defence", "Defense", "Development", "Digital", "Economy", "Economic",
  "Education", "Employment", "Energy", "Enterprise", "Environment", "Equality", "Families", "Family", "Finance", "Fisheries", "Food",
  "Forestry", "Health", "Heritage", "Housing", "Human", "Immigration", "Industry", "Information", "Infrastructure", "Innovation",
  "Internal", "Justice", "Labor", "Labour", "Land", "Lands", "Local", "Government", "Media", "Mines", "Natural", "Planning", "Public",
  "Regional", "Research", "Resources", "Revenue", "Rural", "Safety", "Science", "Security", "Services", "Skills", "Social", "Sport",
  "Sports", "Technology", "Telecommunications", "Tourism", "Trade", "Training", "Transport", "Transportation", "Treasury", "Urban",
  "Veterans", "Water", "Welfare", "Women", "Works", "Youth",
]);

/** Last words of a company's name, never a person's ("Jordan Telecom", where compromise sees a given name). */
export const COMPANY_HEAD = new RegExp(String.raw`\s(?:Mobile|Telecom|Telecoms|Telecommunications|Wireless|Communications|Bank|Rail|Railways?|Transit|Air|Utilities|Water|Power|Gas|Freight|Shipping|Pharmacies|Photo|Kitchen|Bakery|Cafe|Restaurants?|Hotels?|Resorts?|Travel|Tours|Realty|Properties|Trust|Exchange|Mutual|Savings Bank|Bancorp|Bancshares|Group|Holdings|Airlines|Airways|Health|Healthcare|Hospital|Clinic|Medical|Dental|Pharmacy|Pharmaceuticals|Systems|Technologies|Technology|Software|Solutions|Services|Insurance|Financial|Finance|Capital|Partners|Labs|Media|Energy|Motors|Logistics|Stores|Markets|Foods|Games|Studios|Networks|Credit Union|University|College|School|Council|Company|${alternation(LEGAL_FORMS)})$`);

/** A place adjective opens a run but is no part of the name ("Seattle-based Brightwater Bank"). */
export const PLACE_ADJECTIVE = /^[\p{Lu}][\p{L}.'’]*(?:-[\p{Lu}][\p{L}.'’]*)*-(?:based|headquartered|born|registered|listed)$/u;

/** Nationality words, or their plurals: a run made of one is no organisation ("the Polish motoring website", "many Australians"). */
export const DEMONYM = /^(?:[A-Z][a-z]+(?:ish|ian|ese|ean)|American|Mexican|Korean|German|Dominican|Moroccan|Kenyan|Cuban|Jamaican|Venezuelan|Chilean|Israeli|Pakistani|Iraqi|Saudi|Kuwaiti|Qatari|Emirati|Bangladeshi|Nepali|Somali|Thai|French|Dutch|Swiss|Greek|Czech|Filipino|Vietnamese|Chinese|Japanese)s?$/;

/** A law's, bill's or rule's name ("Fair Credit Reporting Act", "Australian Privacy Principles", GDPR): a statute, never a body. */
export const LAW_NAME = /\s(?:Act|Acts|Bill|Regulation|Regulations|Directive|Ordinance|Statute|Principles|Rule|Rules)$|^(?:GDPR|UK GDPR|HIPAA|HITECH|CCPA|CPRA|PIPEDA|APPI|PIPL|PIPA|LGPD|POPIA|COPPA|GLBA|FERPA|BIPA|PCI DSS|PCI-DSS)$|^(?:Articles?|Sections?|Clauses?|Paragraphs?|Schedules?|Chapters?|Rules?)\s+\d/;

/** Capitalised words that are no organisation: function words, days and months, titles, common nouns that open sentences. */
export const NOT_ORG = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "It", "In", "On", "At", "As", "For", "But", "And", "Or", "If", "When", "While",
  "Medicare Advantage", "He", "She", "They", "We", "You", "I", "Its", "Their", "His", "Her", "Our", "Your", "Meanwhile", "However", "Also",
  "Since", "After", "Before", "According", "Midwestern", "Northeastern", "Southwestern", "Southeastern", "Northwestern", "Over", "Some", "Many", "Most", "All", "Photo", "Notice", "Monday", "Tuesday",
  "Every", "Each", "Any", "None", "Either", "Neither", "Several", "Few", "Another", "Other",
  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
  "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
  "Nov", "Dec", "Internet", "Twitter", "Japanese", "American", "Americans", "Chinese",
  "British", "European", "Russian", "Today", "Yesterday", "Tomorrow", "Earlier", "Later", "Last", "Next", "Now", "Then",
  "There", "Here", "What", "Why", "How", "Who", "Which", "Where", "No", "Not", "Yes", "Mr.", "Mrs.", "Ms.", "Dr.",
  "CEO", "CTO", "CIO", "CISO", "PIN", "PINs", "IP", "ID", "IDs", "SSN", "SSNs", "MD5", "SHA", "SHA-1", "SHA-256",
  "SHA-512", "UPDATE", "Update", "Read", "Find", "Let", "Both", "Such", "Even", "Only", "Among", "Despite", "Although",
  "Security", "Social", "Social Security", "Personal", "Data", "Plaintiffs", "Consumers", "Customers", "Users",
  "Veterans", "Officials", "Hackers", "Police", "Ransomware", "Malware", "Phishing", "Spyware", "Cybercrime", "Cybersecurity", "Breach", "Breaches", "Date", "Dates", "User", "Customer", "Member", "Members", "Client", "Clients", "Patient", "Patients",
  "Employee", "Employees", "Staff", "Online", "Student", "Students", "Account", "Accounts", "Email", "Names", "Passwords", "Credit", "Please", "Note", "Story",
  "FAQ", "Q", "A.", "ISP", "ISPs", "VPN", "SIM", "SIMs", "SMS", "OTP", "OTPs", "KYC", "CRM", "MFA", "2FA", "PII", "PHI", "HR", "IT", "AI", "API", "SQL", "HTML", "URL", "PDF", "CSV", "JSON", "U.S.", "U.S", "US", "UK", "U.K.", "EU", "USA",
  // Number words opening a sentence ("Two customers filed a lawsuit").
  "Former", "Current", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands", "Millions", "Several",
]);

/** In a regulator's statement: its own systems ("its", "we", a release's "the Department's"), without which the breach it tells of is another's; case-sensitive, as "IT staff" and "US" are no pronouns. */
export const OWN_WORDS = /\b(?:[Ii]ts?|[Oo]ur|[Ww]e|[Uu]s)\b|\bthe (?:Department|Agency|Office|Board|Council|County|District|Commission|Authority|Bureau|Division|Ministry)(?:['’]s)?\b/;
/** Breaches that are the speaker's own ("its two breaches", "we suffered attacks"), not ones it saw a rise in queries about. */
export const OWN_INCIDENTS = /\b(?:[Ii]ts|[Oo]ur)\s+(?:[\w-]+\s+){0,3}?(?:breaches|attacks|hacks|leaks)$|\b(?:[Ii]t|[Ww]e)\s+(?:had\s+|has\s+|have\s+)?(?:suffered|experienced|faced|been hit by|been targeted by|was hit by|were hit by)\b/;
/** In a regulator's statement: a report it received, a case it looks into or others it helps, which makes the breach another's. */
export const REPORT_RECEIVED = /\b(?:received|been (?:notified|informed|told)|was (?:notified|informed|told)|aware of|investigating|looking into|making enquiries|reviewing|(?:working|coordinating|cooperating|co-operating|liaising) with|assisting|helping|to identify)\b/i;

/** After a name opening a list line: its own affected count ("Fairhaven Clinic (Ohio) – 11,842 patients"). */
export const LISTED_COUNT_AFTER = /^\s*(?:\([^()\n]{1,40}\))?\s*[-–—:]\s*(?:about\s+|approximately\s+|more than\s+|over\s+|nearly\s+)?[\d][\d,.]*\s*(?:million\s+)?(?:patients|customers|people|individuals|members|users|employees|students|residents|clients|accounts|records|policyholders|consumers)\b/;

/** After a name opening a sentence: an appositive or a possessive, so an "-ing" word is a name ("Parcelwing, a delivery app"). */
export const NAME_AFTER = /^(?:,\s+(?:a|an|the)\s|['’]s\s)/;
