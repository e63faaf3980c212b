/** English words for each data-type code: regex sources, case-insensitive on word boundaries, a space matching any white space; the longest wins ("user names" is no name); lookaheads let a first member borrow the second's head noun ("email and IP addresses", "no financial or credit card information"). */
export const DATA_TYPES: Record<string, string[]> = {
  full_name: [
    "(?:full|real|first and last|first|last|given|family|legal|customer|customers'|member|members'|patient|patients'|employee|employees'|account ?holder|card ?holder|people's|their|children's|students?'?|contact|parents?'?|guardians?'?|clients?'?|policy ?holders?'?|borrowers?'?|applicants?'?|subscribers?'?|donors?'?) names?",
  ],
  username: ["user ?names?", "display names?", "usernames?", "login (?:ids?|names?)", "screen names?", "nicknames?", "player names?", "user ids?", "gamer ?tags?"],
  email_address: [
    "e-?mail address(?:es)?",
    // Not the staff mailboxes an intruder got into ("accessed two employee email accounts", "got into a clinic email account"): the way in, not a kind of data that leaked.
    "(?<!(?:employee|employees'|staff|business|work|corporate|company|affected|impacted|compromised|hacked|breached) )(?<!\\b(?:into|accessed|compromised|hijacked|breached)\\s+(?:an?|one|a single)\\s+(?:[\\w'’-]+\\s+)?)email accounts?",
    "e-?mail(?= (?:and|or) (?:physical|postal|home|ip|mailing|shipping|billing|street) addresses)",
  ],
  password: [
    "(?:hashed |encrypted |salted |unsalted |plain-?text |plain text |cracked )?passwords?(?: hash(?:es)?)?",
    "passcodes?",
    "(?:(?:salted|unsalted|md5|sha-?\\d+|sha2-\\d+|bcrypt|ntlm|password) )+hash(?:es)?",
  ],
  password_hint: ["password hints?"],
  security_qa: ["security questions?(?: and answers?)?", "secret questions?(?: and answers?)?"],
  date_of_birth: ["dates? of birth", "birth ?dates?", "birthdays?", "dobs?", "(?:days?|months?|years?)(?: and (?:days?|months?|years?))? of birth"],
  age: [],
  gender: [],
  postal_address: [
    "(?:home|mailing|postal|physical|street|billing|shipping|delivery|residential|pick-?up|drop-?off) address(?:es)?",
    "zip codes?",
    "post ?codes?",
    "postal codes?",
    "(?:physical|postal|home|mailing|shipping|billing|street)(?= (?:and|or) (?:e-?mail|ip) addresses)",
    "(?:current|previous|former|past|prior)(?: (?:and|or) (?:current|previous|former|past|prior))? address(?:es)?(?! book)",
  ],
  phone_number: ["(?:tele|mobile |cell |home |work |mobile ?)?phones? numbers?", "mobile numbers?", "cell(?:phone)? numbers?", "contact numbers?"],
  government_id: [
    "social security(?: numbers?| nos?\\.?)?",
    "ssns?",
    "national (?:id|identification|insurance|identity)(?: numbers?| cards?)?",
    "passports?(?: numbers?| details| data)?",
    "drivers?'?s?'? licen[cs]es?(?: numbers?)?",
    "tax (?:id|identification|file) numbers?",
    "my number",
    "pension (?:ids?|numbers?|identification numbers?)",
    "social insurance numbers?",
    "government(?:-issued)? ids?",
    "military (?:ids?|identification(?: cards?)?)",
    "identity (?:cards?|documents?|numbers?)",
    // A public health scheme's number is issued by the state to identify the person, like a national insurance number: a government ID, not the health record it gives access to.
    "medicare (?:card )?(?:numbers?|ids?|details|cards?)",
    "medicaid (?:id )?(?:numbers?|ids?|cards?)",
    "nhs numbers?",
    "(?:provincial )?health card numbers?",
    // A state ID card (for those without a driver's licence, or "ID card numbers" of voters) is no payment card: its number identifies the person.
    "(?:non-driver |state )?identification card numbers?",
    "(?:national |identity |resident )?id card numbers?",
    // National identifiers by country (Ireland's PPS, Singapore's NRIC, India's Aadhaar and PAN, New Zealand's IRD, the Dutch BSN, Poland's PESEL, Korea's resident registration number, Malaysia's MyKad, Nigeria's BVN, Kenya's tax PIN), and a birth certificate's number.
    "mykad(?: numbers?)?", "bvns?", "bank verification numbers?", "kra pins?",
    "(?:south african|kenyan|nigerian|ghanaian|ugandan|malaysian|philippine|indian|sri lankan|pakistani) id(?:entity)? (?:numbers?|cards?)",
    "pps(?:n| numbers?)",
    "personal public service numbers?",
    "(?:partial )?nric(?: numbers?| details)?",
    "aadhaar(?: numbers?| cards?| details)?",
    "pan cards?",
    "permanent account numbers?",
    "ird numbers?",
    "(?:citizen service|burgerservice) numbers?", "bsns?", "pesel(?: numbers?)?", "resident registration numbers?", "birth certificates?(?: numbers?)?",
  ],
  payment_card: [
    // "credit card companies", "card terminals" or "credit card fraud" are not card data.
    "(?:credit|debit|payment|bank)[- ]?cards?(?: numbers?| data| details| information| info|(?! (?:compan(?:y|ies)|issuers?|processors?|processing|networks?|brands?|industry|terminals?|readers?|payments?|transactions?|fraud)\\b))",
    "(?:credit|debit) or (?:credit|debit)[- ]card(?: numbers?| data| details| information)?",
    "credit and debit card(?: data| numbers| details| information)?",
    "card numbers?",
    "card data",
    "card details",
    "card info(?:rmation)?",
    "card pans?",
    "primary account numbers?",
    "(?:last|final) (?:four|4) digits of (?:(?:the|their|your|a|each|any|customers?'?|users?'?) )?(?:(?:saved|stored) )?(?:(?:credit|debit|payment|bank) )?cards?(?: numbers?)?(?: on file)?",
    "cardholder data",
    // How a customer pays, as a payment service's 決済情報 is: the card, not a history of payments (financial_info). Billing information is the same thing named by the merchant.
    "payment (?:information|details|data|info|card data|method details)",
    "billing (?:information|details|data|info)",
  ],
  card_security_code: ["cvvs?", "cvv2", "cvcs?", "(?:three-digit |3-digit )?(?:card )?security (?:codes?|numbers?)", "card verification (?:codes?|values?)"],
  card_expiry: ["(?<!(?:passport|licen[cs]e|visa|permit|ID|document|certificate)\\s)(?:card )?expir(?:ation|y) dates?"],
  bank_account: [
    "bank account(?: numbers?| details| information| data)?",
    "(?:ach ?/ ?)?bank(?:ing)? (?:details|information|info|data|records)",
    // A routing number or sort code names a bank, so "account numbers" beside one are a bank's ("bank routing and account numbers", "account numbers and sort codes"); alone they stay account_id.
    "(?:bank )?(?:routing (?:and|&|/) account|account (?:and|&|/) routing) numbers?",
    "account numbers?(?=,? (?:and|or) (?:bank )?(?:routing numbers?|sort codes?|ibans?)\\b)",
    "(?<=(?:routing numbers?|sort codes?|ibans?),? (?:and|or) )account numbers?",
    "(?:bank )?routing (?:numbers?|details|information)",
    "(?:checking|savings|deposit|financial) account (?:numbers?|details|information)",
    "financial account(?= (?:or|and) (?:[\\w-]+ ){0,2}(?:information|data|details|numbers?))",
    "direct deposit (?:information|details|account numbers?)",
    "ibans?",
    "sort codes?",
  ],
  financial_info: [
    "(?:customer |personal )?financial (?:information|data|details|records|info)",
    "financial(?= (?:or|and) (?:credit|debit|payment|bank|banking) (?:card )?(?:information|data|details))",
    // A person's income, not a company's ("net income of $4 billion"); a payroll alone is its records ("Its payroll … was not affected"), its systems and the work of running it are not.
    "(?<!(?:net|operating|gross|total|annual|quarterly|pre-tax|pretax|interest|investment|rental|company|corporate) )incomes?(?: levels?)?(?! of (?:[A-Z]{1,3})?[$€£¥₱]| of (?:about |around |nearly |over )?\\d)",
    "salar(?:y|ies)",
    "(?:pay|wage|salary) ?slips?",
    "(?:outstanding|unpaid|overdue) balances?",
    "(?:rent |council tax )?arrears",
    "(?:personal |bank |tax )?financial statements?",
    "bank statements?",
    "payroll (?:data|information|details|records?|files?|spreadsheets?|documents?|reports?)",
    "payroll(?!(?: and [\\w-]+(?: [\\w-]+)?)? (?:systems?|databases?|applications?|apps?|tools?|modules?|software|platforms?|servers?|configurations?|direct deposits?|processing|processors?|department|team|office|compan(?:y|ies)|firms?|services?|tax(?:es)?|costs?|budget|clerks?|staff|run|cycle|period|date|deductions?))",
    // Benefits and student aid paid to a person: money received, not the health plan ("health benefits" is health_info).
    "financial aid (?:records?|information|data|details|applications?)",
    "benefits? payment (?:histor(?:y|ies)|records?|information|details|data)",
    "benefits? (?:information|details|records|data)",
    "credit (?:history|histories|scores?|reports?)",
    "payment (?:history|histories)",
    "(?:loan|mortgage) (?:balances?|amounts?|information|details)",
    "account balances?",
    "(?:e-?wallet|wallet) balances?",
    "transaction (?:history|histories|data|records|details)",
    "tax (?:returns?|information|records)",
    "revenue data",
    // Cheques ("images of checks", "check information"), not a background or security check.
    "(?:images|copies|scans) of (?:cancell?ed |personal )?(?:checks|cheques)",
    "(?<!background |security |credit |fact |health |safety )(?:check|cheque) (?:images|information|details)",
    "(?<!\\b(?:quarter(?:ly)?|third-quarter|second-quarter|first-quarter|fourth-quarter|annual|adjusted|fiscal|reported|per-share) )earnings(?! (?:call|report|release|season|per share|guidance|statement|estimates?))",
    "(?:loyalty|reward|rewards|points?)(?: card| program)? balances?",
  ],
  health_info: [
    "medical (?:(?:underwriting|claims?) )?(?:records?|information|data|histor(?:y|ies)|conditions?|reports?|notes)",
    "hiv (?:status|test results?)",
    // HIPAA's "protected health information" is one term: "protected" here is no advice to protect.
    "(?:(?:protected|personal|private|sensitive|electronic) )?health (?:information|data|records?|conditions?|(?:plan|benefits?) (?:details|information|data|notes))",
    "e?phi",
    // A health insurer's numbers are HIBP's "Health insurance information", not a customer ID.
    "(?:health|dental|vision|medical) (?:insurance|plan)(?: (?:member|policy|group|subscriber|plan|card|id|enrol(?:l)?ment))* (?:ids?|numbers?|information|details|data|claims?|cards?|forms?)",
    "(?:lab(?:oratory)?|test|blood test|medical test|pathology|diagnostic|screening|imaging|biopsy|covid(?:-19)? test) results?",
    "(?:medical|clinical|doctors?'?|physicians?'?|therapy|therapists?'?|counsel(?:l)?ing|session|psychiatric) notes",
    "clinical (?:information|data|records?|details|histor(?:y|ies))",
    "(?:procedure|diagnosis|diagnostic) codes?",
    "disability (?:support |care |service )?(?:plans?|records?|information|details|status)",
    "(?:medical needs|disabilities|medical accommodations?|learning (?:difficulties|disabilities)|special (?:educational )?needs)",
    "(?:psychiatric|psychological|mental health) (?:evaluations?|assessments?|reports?|records?|histor(?:y|ies))",
    "(?:medical|health) claims? histor(?:y|ies)",
    "dates? of (?:service|treatment)",
    "(?:heart[- ]rate|blood pressure|blood (?:glucose|sugar)|glucose|sleep)(?: and (?:heart[- ]rate|sleep))? (?:data|readings?|measurements?|records?|logs?|histor(?:y|ies))",
    "medication (?:information|details|lists?|histor(?:y|ies)|records?)",
    "prescription (?:information|details|data|records?|histor(?:y|ies))",
    "dental (?:records?|information|histor(?:y|ies))",
    "diagnos(?:is|es)",
    "prescriptions?",
    "(?:medical )?treatment (?:information|details|data|records?|histor(?:y|ies))",
    "patient records?",
    // A doctor's note of sick leave, and what an insurer holds of a claimant's illnesses.
    "(?:medical|sick(?:ness)?|doctors?'?) (?:certificates?|notes)",
    "details of (?:(?:their|his|her) )?(?:illness(?:es)?|injur(?:y|ies)|medical conditions)(?: (?:and|or) (?:illness(?:es)?|injur(?:y|ies)))?",
  ],
  ip_address: [
    // Not the server's own address ("anyone who knew its IP address") nor those an intrusion came from ("accessed from two IP addresses").
    "(?<!\\bits |\\b(?:from|via|through|using) (?:[\\w-]+ ){0,3})ip(?:v[46])? address(?!es)",
    "(?<!\\b(?:accessed|came|connected|logged in|originat(?:ed|ing)|traced) (?:from|to) (?:[\\w-]+ ){0,4})ip(?:v[46])? addresses",
    "ip(?= (?:and|or) (?:physical|postal|home|e-?mail|mailing|shipping|billing) addresses)",
  ],
  account_id: [
    // A number one body gives a person (policy, payroll, case reference, medical record, pupil, loan, a library or loyalty card) identifies them to it; it is not the record it names, nor a card that pays.
    "(?:insurance )?policy (?:numbers?|ids?)",
    "policy ?holder (?:numbers?|ids?)",
    "payroll (?:numbers?|ids?)",
    "staff (?:ids?|numbers?)",
    "(?:(?:council )?tax|customer|account|claim|case|benefits?) reference numbers?",
    "account numbers?", "customer (?:ids?|numbers?)", "member(?:ship)? (?:ids?|numbers?)", "access codes?", "account ids?", "student (?:ids?|numbers?)", "employee (?:ids?|numbers?)", "patient (?:ids?|numbers?)",
    "(?:medical|health) record numbers?", "mrns?",
    "(?:ontario |provincial |state )?education numbers?", "loan (?:numbers?|ids?|account numbers?)",
    "(?:library|loyalty|rewards?|membership|member|club|transit|student|gym) card (?:numbers?|ids?)"],
  purchase_history: [
    "(?:(?:hotel|flight|travel|holiday) )?(?:booking|reservation) (?:histor(?:y|ies)|records?|details|information|data)",
    // A donor's gifts are what HIBP files under Purchases (GiveSendGo's "donation amount").
    "donation (?:amounts?|histor(?:y|ies)|records?|information|details|data)",
    "records of (?:donations|gifts|contributions)",
    "purchase (?:history|histories|records|details|information|data)", "order (?:history|histories|details|information|data)", "customer orders", "purchasing history"],
  employer: ["job titles?", "employment (?:information|details|data|records|histor(?:y|ies))",
    "employment(?= (?:and|or) [\\w-]+ (?:information|details|data|records|histor(?:y|ies)))", "(?:work|job) histor(?:y|ies)", "employer names?", "employ(?:ment|er) references?"],
  location: ["geo-?locations?", "location data", "(?:real-time )?gps (?:data|coordinates|locations?|traces?|tracks?|logs?|histor(?:y|ies))", "real-time locations?", "travel histor(?:y|ies)", "(?:flight|travel|trip|ride|journey) (?:histor(?:y|ies)|itinerar(?:y|ies)|records?)", "itinerar(?:y|ies)", "(?:gps (?:[\\w-]+ )?|running |cycling |walking |jogging |hiking |workout |exercise |activity )routes", "(?:geographic|geographical|physical|precise|approximate|exact|live|last known) locations?"],
  photo: ["photographs? of", "(?:passport|id|identity card) (?:photos?|photographs?|pictures?)", "profile (?:photos?|pictures?)", "biometric (?:data|information)", "fingerprints?", "facial (?:images?|scans?)", "selfies?"],
  personal_info: ["personal (?:information|data|details)", "personally identifiable information", "pii", "customer (?:data|information|details)", "employee details"],
};

/** Words that name a data type only inside a list of data types: alone they are too often something else ("addresses the issue"). */
export const WEAK_DATA_TYPES: Record<string, string[]> = {
  full_name: ["names?"],
  email_address: ["e-?mails?"],
  password: ["pins?"],
  age: ["ages?"],
  gender: ["genders?", "sex"],
  postal_address: ["address(?:es)?"],
  purchase_history: ["purchases", "orders"],
  employer: ["employers?", "occupations?"],
  // In a list of data these are records ("emptied their bank accounts" is fraud, "received medical treatment" an event).
  bank_account: ["bank accounts"],
  health_info: ["medical treatments?", "medications?", "allerg(?:y|ies)"],
  photo: ["photos?", "photographs?"],
  location: ["locations?"],
};

/** Attackers by the common names for them, or "they" ("fraudsters who got into accounts could see"); what they "could see" once inside is what they saw. */
const ATTACKER = String.raw`(?:attackers|intruders|hackers|criminals|thieves|fraudsters|(?:the|an?) (?:attacker|intruder|hacker|criminal|thief|fraudster))`;
const ATTACKER_SEER = String.raw`(?:${ATTACKER}(?: who [^,.;]{1,60}?)?|they)(?: also)?`;
const ATTACKER_SAW = String.raw`${ATTACKER_SEER} (?:could|can|were able to|was able to)(?: also)? (?:see|view|read|access|download|browse|open)`;

/** Words that say data left the owner's control; verbs of content count too, as in a breach story what a data set held was exposed. */
export const EXPOSURE_CUES = new RegExp(String.raw`\b(?:st[eo]l(?:e|en)|steal(?:s|ing)?|theft|thie(?:f|ves)|expos(?:ed?|es|ing|ure)|leak(?:ed|s|ing)?|compromised?|accessed|access to|obtain(?:ed)?|taken(?! (?:down|offline|off))|took(?! (?:down|over|part|place|steps|action|notes?))|removed|breach(?:ed|es)?|hack(?:ed|ers?)?|affected|impacted|involved|posted|dump(?:ed|s)?|sold|for sale|acquired|exfiltrated|view(?:ed|able)|copied|downloaded|scraped|harvested|siphon(?:ed|ing)?|collected|captured|made off with|at risk|vulnerable|includ(?:ed?|es|ing)|contain(?:s|ed|ing)?|consist(?:s|ed|ing)?|(?:were|was|are|is) present|compris(?:e|es|ed|ing)|such as|ranging from|alongside|along with|as well as|reveal(?:ed|s|ing)?|disclosed|published|publicly|appeared|surfaced|emerged|circulat(?:ed|ing)|traded|shared|found|unsecured|unprotected|intercepted|skimmed|phish(?:ed|ing)|extracted|lost|show(?:ed|n|ing)|displayed|(?:were|was|are|is)(?: also)? (?:on|in) (?:the|that|this|each|every) (?:file|files|spreadsheet|bucket|laptop|drive|stick|list|document|database|folder|attachment|letters?|pages?|server|device|e-?mail)|(?:anyone|anybody|everyone|any (?:user|visitor|passer-by))(?: [\w'-]+){0,8}? (?:could|can|was able to|were able to|to) (?:read|access|view|see|download|browse|search|query|open)|${ATTACKER_SAW})\b`, "i");

/** Words of an attack that tell of no data leaving ("hackers breached its network"). */
export const ATTACK_WORDS = /\b(?:cyber-?attacks?|attack(?:ed|s)?|ransomware|hack(?:ed|ers?)?|intrusion|breach(?:ed|es)?)\b/gi;

/** The modal "may", not the month: no preposition or day before it, no day number or punctuation after ("between April 29 and May 3", "on 9 May and", "in May,"); after a day, a verb tells the modal ("through Sept. 15 may have been"). */
export const MODAL_MAY = String.raw`(?:(?<!\b(?:in|early|late|mid|since|until|till|by|before|after|from|through|throughout|during|of|last|next|between|on|to)[\s-]+|\d(?:st|nd|rd|th)?\s+)may(?!\s*(?:\d|[,.;:)]|$))|(?<=\d(?:st|nd|rd|th)?\s+)may(?=\s+(?:have|be|not|also|well|still|include|contain|involve|affect|allow|need)\b))`;

/** Hedges that make an exposure possible, not stated; "appear to" hedges what a data set holds, not when it was taken. */
export const HEDGE_CUES = new RegExp(String.raw`\b(?:${MODAL_MAY}|might|could(?! not)(?<!\b(?:anyone|anybody|everyone|any (?:user|visitor|passer-by))\b[^.;,]{0,60}could)(?!(?<=\b${ATTACKER_SEER}\s+could)\s+(?:also\s+)?(?:see|view|read|access|download|browse|open)\b)|possibl[ey]|potential(?:ly)?|fear(?:ed|s)?|believed to|likely|suspected|perhaps|at risk|unclear|not (?:yet )?(?:known|clear|sure|certain)|unknown|probably|allegedly|reportedly|(?<!\b(?:class|legal|consolidated|negligence|insurance|injury|privacy|settle|settled|settles|settling)\s+)claim(?:s|ed)?(?!\s+(?:against|over|for damages))|(?:designed|intended|meant|built|programmed|configured) to|capable of|(?:not|n't) (?:yet |immediately )?rul(?:e|ed) out|(?<!(?:\bnot|n't|\bnever)\s+)(?:appear(?:s|ed)?|seem(?:s|ed)?) to (?:include|contain|hold|show|list|comprise|consist|be|have (?:included|contained|held|come)))\b`, "i");

/** Negations that may deny an exposure (their scope is checked by the status rules). */
export const NEGATION_CUES = /\b(?:no|not|neither|nor|never|none|without)\b|n't\b/gi;

/** Negations that are not denials of an exposure. */
export const FALSE_NEGATION = /^(?:not (?:only|just|yet known|clear|sure|certain|known)|no (?:longer|doubt|matter|one)|not all|(?:not|n't) (?:yet |immediately )?rul(?:e|ed) out)\b/i;

/** A negation after a mention must govern a verb of exposure or of keeping ("were not accessed"). */
export const NEGATED_VERB_AFTER =
  /^(?:not|never|n't)\s+(?:(?:have|has|had|be|been|being|ever|actually|believed to|thought to|appear to)\s+)*(?=(?:st[eo]l|expos|leak|compromis|access|obtain|taken|breach|affect|impact|involv|post|dump|sold|acquir|exfiltrat|view|cop|download|scrap|harvest|collect|captur|includ|contain|stor|held|kept|retain|sav|process|part of|among|touch|at risk|present|display|shown|visible|appear(?:ed|s)?\s+(?:in|on|among|within)|(?:turn|show)(?:ed|s)?\s+up\s+in|found\s+(?:in|on|among)|(?:in|on|within) (?:the|those|these|that|any|its|their)\s+(?:[a-z-]+\s+){0,2}(?:files?|data(?:base|set)?s?|records|documents?|spreadsheets?|systems?|servers?|dump|leak|sample|cache|archive|emails?|breach|attack|incident)\b))/i;

/** Exposure cues that link a noun to what it held rather than govern an object: "data such as names". */
export const CONTENT_LINK = /^(?:such as|including|ranging from|alongside|along with|as well as)$/i;

/** A denial that leaves its verb to the clause before ("names were taken, but passwords were not"). */
export const ELISION = {
  aux: /\b(?:were|was|are|is|have|has|had)\s*$/i,
  negation: /^(?:not|n't)(?:\s+been)?\s*(?:[.;,!?"”’)]|$)/i,
  participle: /\b(?:[a-z]+(?:ed|en)|took|stole)\b/gi,
};

/** A predicate right after a mention saying the data was untouched: "card data safe", "passwords remained secure". */
export const SAFE_AFTER = /^\s*(?:(?:is|are|was|were|remains?|remained|stays?|stayed|has been|have been|had been|to be|be)\s+)?(?:safe|secure|unaffected|untouched|intact)\b/i;

/** A predicate saying the data was never held where it was reached ("card data is tokenised"); only a predicate: "tokenised card data was stolen" is a leak. */
export const HELD_ELSEWHERE =
  /^\s*(?:(?:and|or)\s+(?:[\w'-]+\s+){1,4}?(?=are\b|were\b))?(?:(?:is|are|was|were|has been|have been|had been)\s+)?(?:(?:only|instead|entirely|always|fully|all)\s+)?(?:tokeni[sz]ed\b|(?:processed|handled|held|stored|kept|managed|hosted|housed|saved)\s+(?:(?:by|with|on|in|at)\s+(?:(?:a|an|the|our|its|their)\s+)?(?:separate|third[- ]party|external|outside|independent|different|isolated|dedicated|segregated|another)\b|by\s+(?:(?:a|an|the|our|its|their|(?:[\w&.-]+\s+){0,3}?[\w&.-]+'s)\s+)?(?:payment|card)\s+(?:processors?|providers?|partners?|gateways?|compan(?:y|ies)|services?|vendors?)\b|elsewhere\b))/i;

/** A denial of keeping qualified by a form ("does not store passwords in plain text"): how it is kept, not that it was safe. */
export const FORM_AFTER =
  /^\s*(?:(?:were|was|are|is)\s+(?:not\s+|never\s+)?(?:stored|kept|held|saved|retained)\s+)?(?:in\s+(?:plain|clear)[- ]?text|in\s+(?:an?\s+)?(?:unencrypted|readable|unhashed)(?:\s+form(?:at)?)?|unencrypted|unhashed|in\s+full)\b/i;

/** A negation word right before the last exposure verb: "did not include X". */
export const NEGATED_VERB_BEFORE = /(?:\bnot|n't|\bnever|\bnor)\s+(?:(?:have|has|had|be|been|being|ever|any|actually|did|the \w+|allow|give|grant|provide|appear to|seem to)\s+)*$/i;

/** A coordinated verb after a negated noun phrase: "left open without a password and resulted in 763 million email addresses being exposed" denies nothing after it. */
export const NEGATION_END = /\b(?:and|but|which|then)\s+(?:(?:has|have|had|was|were|then)\s+)?(?:resulted|led|caused|exposed|allowed|enabled|let|meant|gave|left|made)\b/i;

/** Before a mention: a clause of "no evidence that ..." holds it ("no indication that its systems were compromised or that any passwords were taken"). */
export const NO_EVIDENCE_BEFORE = /\bno\s+(?:evidence|indication|sign|suggestion)s?\b[^.;]{0,150}?\bthat\s+(?:(?:any|the|its|their|our|customers'?|users'?)\s+)?(?:[\w'-]+\s+){0,3}$/i;

/** After a mention: "no sign that they had been taken", a pronoun for it in a clause of no evidence (misuse denied is another matter). */
export const NO_EVIDENCE_AFTER =
  /^[^.;]{0,100}?\bno\s+(?:evidence|indication|sign|suggestion)s?\b(?:\s+[\w'-]+){0,3}?\s+that\s+(?:they|it|these|those|this data|such data)\s+(?:(?:had|have|has|was|were|been|ever|actually)\s+)*(?:taken|accessed|stolen|copied|compromised|exfiltrated|viewed|downloaded|leaked|exposed|obtained|removed)\b/i;

/** Between a negation and a mention: the denied verb of reaching it ("never obtained any card numbers"). */
export const NEGATED_REACH = /^\s*(?:(?:have|has|had|be|been|ever|actually)\s+)*(?:gain(?:ed)?\s+access\s+to|ha(?:ve|d)\s+access\s+to|(?:allow|give|grant|provide)(?:s|ed)?\s+access\s+to|access(?:ed)?|obtain(?:ed)?|st[eo]al|stolen|take|taken|view(?:ed)?|reach(?:ed)?|acquire[d]?|exfiltrate[d]?|compromise[d]?|affect(?:ed)?|touch(?:ed)?|includ(?:e|ed))\s+(?:(?:the|any|its|their|customers?'?|users?'?|members?'?|patients?'?|employees?'?|account|personal|sensitive|stored|full)\s+){0,4}$/i;

/** Between a negation and a mention: a system denied reached that holds the data ("not connected to the core system, which keeps ..."). */
export const NEGATED_HOLDER =
  /^\s*(?:(?:have|has|had|be|been|ever|actually)\s+)*(?:connected|linked|reached|accessed|affected|compromised|breached|touched|part of|gain(?:ed)?\s+access\s+to|ha(?:ve|d)\s+access\s+to)\b[^.;]{0,100}?\b(?:systems?|servers?|databases?|networks?|environments?|platforms?|computers?|files?|drives?)\s*,?\s+(?:which|that)\s+(?:also\s+)?(?:keeps?|holds?|stores?|contains?|houses?|held|kept|stored|contained|housed)\s+(?:(?:the|its|their|all|any|[\w-]+(?:'s|s'))\s+){0,3}$/i;

/** Talk of misuse: a denial of misuse ("no card data has been misused") is not a denial of a leak. */
export const MISUSE_CUES = /\b(?:misus(?:e|ed|ing)|used (?:improperly|fraudulently|for (?:fraud|financial transactions))|be used|being used|fraudulent (?:use|charges|activity|transactions)|unauthori[sz]ed (?:use|charges|transactions))\b/i;

/** Where a clause ends inside a sentence: the status of one clause does not reach the next. */
export const CLAUSE_BREAK =
  /;|\s(?:but|however|whereas|although|though|while|except)\b|,\s+(?:and|but|so|yet)\s+(?=(?:it|they|we|he|she|this|these|those|there|none)\b)/gi;

/** Words before a mention that make it advice or a feature ("change your password"), not an exposure. */
export const NOT_EXPOSURE_BEFORE =
  /(?:\b(?:could not|couldn['’]t|cannot|can['’]t|unable to)\s+(?:open|use|reach|pull up|load)\s+(?:the\s+|their\s+|its\s+)?|\b(?:chang(?:e|es|ed|ing)|reset(?:s|ting)?|updat(?:e|es|ing))\s+(?:your|their|his|her|my)\s+[\w-]+\s+|\b(?:chang(?:e|es|ed|ing)|reset(?:s|ting)?|updat(?:e|es|ed|ing)|protect(?:s|ed|ing)?|secur(?:e|ing)|choos(?:e|es|ing)|creat(?:e|es|ing)|reus(?:e|es|ed|ing)|re-use|enter(?:s|ed|ing)?|typ(?:e|es|ed|ing)|asks? (?:you )?for|asking (?:you )?for|forg[eo]t(?:ten)?|remember|manag(?:e|ing)|guess(?:ing)?|without|verify|verifying|giv(?:e|ing) out|hand(?:ing)? over)\s+(?:(?:in|into|out|up|for|their|your|our|its|the|a|an|all|any|his|her|my|these|those|new|existing|current|account|users'?|customers'?)\s+){0,3}|\b(?:strong|stronger|weak|temporary|default|one-time|same|reused)\s+|\b(?:link(?:s|ed|ing)?|connect(?:s|ed|ing)?)\s+(?:a|an|the|their|his|her|your|our|its)\s+|(?<!\b(?:skimm\w*|point-of-sale|POS|checkout|payment (?:page|form)s?|card readers?|terminals?|malicious (?:software|code|scripts?)|malware)\b[^.;]{0,60})\bto (?:steal|obtain|harvest|grab|capture|phish)\s+(?:(?:their|your|the|users'?)\s+)?)$/i;

/** Words before a credential that make it a system's lock ("the database had no password"); the negation governs the lock, not the data after it. */
export const PROTECTION_BEFORE =
  /\b(?:(?:had|has|have|having|with)\s+(?:no|not\s+(?:a|any|even\s+a))|(?:required?|requires|requiring|needed|needs?|lack(?:s|ed|ing)?)\s+(?:no|a|an|any|the|only\s+a|just\s+a|a\s+single)|(?:behind|protected\s+(?:only\s+)?by|secured\s+(?:only\s+)?by|guarded\s+by)\s+(?:a|an|one|the|only\s+a|just\s+a|a\s+single))\s+(?:(?:single|weak|simple|default|shared|login|admin|access)\s+){0,2}$/i;

/** Words before a credential that make it the intruder's way in ("used a stolen employee password"), not the people's data. */
export const WAY_IN_BEFORE =
  /\b(?:(?:us(?:e|ed|es|ing)|by\s+means\s+of)|(?:log(?:ged|ging|s)?|sign(?:ed|ing|s)?)[- ]?(?:in|on)(?:\s+[\w'-]+){0,3}?\s+(?:with|using|via|through)|(?:got|gets?|getting|broke|break(?:s|ing)?|gain(?:ed|ing|s)?)\s+(?:in|into|access)\b(?:\s+[\w'-]+){0,4}?\s+(?:with|using|via|through)|brute[- ]?forc(?:e|ed|es|ing))\s+(?:(?:a|an|the|one|single|stolen|compromised|leaked|phished|valid|legitimate|guessed|weak|default|reused|hijacked|purchased|its|their|his|her|[a-z-]+(?:'s|s'))\s+){0,3}(?:[a-z-]+\s+)?$/i;

/** One staff or system credential ("the admin password"): a key to the system, not leaked data. */
export const WAY_IN_OWNER =
  /\b(?:a|an|one|the|single)\s+(?:(?:stolen|compromised|leaked|phished|valid|guessed|weak|default|reused|hijacked|single)\s+)*(?:employee|staff|vendor|supplier|contractor|third[- ]party|admin|administrator|administrative|root|service[- ]account|privileged|remote[- ]access|vpn|domain|system|server|database|router|wi-?fi|network|shared|master)(?:'s)?\s+(?:account\s+)?$/i;

/** Words after a credential that make it the way in: "a password to log in", "the password of a contractor". */
export const WAY_IN_AFTER =
  /^\s*(?:(?:combinations?|pairs?|lists?)?\s*(?:that\s+)?(?:(?:were|was|had|have)\s+)?(?:already\s+)?(?:been\s+)?(?:leaked|stolen|exposed|obtained|harvested)\s+(?:from\s+(?:other|unrelated|third-party|previous|earlier|older|past|separate)\b|in\s+(?:other|unrelated|previous|earlier|older|past)\s+(?:breaches|leaks|hacks)|somewhere else|elsewhere)|(?:to|and(?:\s+then)?)\s+(?:log|sign|access|gain|get|got|break|broke|enter|reach|connect|move|pivot|escalate)\b|(?:of|belonging\s+to)\s+(?:an?|one|the|a\s+single)\s+(?:[\w-]+\s+)?(?:employee|staff\s+member|vendor|supplier|contractor|administrator|admin)\b(?!s))/i;

/** Advice in a clause: later mentions are things to change or to watch, not things exposed. */
export const ADVICE_CLAUSE =
  /\b(?:ask(?:ed|s)?|urg(?:ed|es|ing)|advis(?:ed|es|ing)|encourag(?:ed|es|ing)|told|requir(?:ed|es)|prompt(?:ed|s)|forc(?:ed|es|ing)|recommend(?:ed|s|ing)?|should|must|needs? to|reminded|invited) (?:\w+ ){0,3}?(?:to )?(?:chang|modif|reset|updat|renew|reissu|(?:check|review|monitor|watch)\w* (?:their|your|all|any) (?:[\w-]+ ){0,4}?(?:statements?|accounts?|credit reports?|transactions?)\b)/i;

/** Words after a mention that make it a feature or a system's name ("payroll servers"), a form label ("Zip Code: 19804") or a template field: no data type. */
export const NOT_EXPOSURE_AFTER =
  /^-?\s*(?:resets?|managers?|alert|polic(?:y|ies)|protection|-?protected|strength|hygiene|changes?|requirements?|fields?|box|prompt|page|form|autofill|generators?|spraying|stuffing|reuse|systems?|servers?|networks?|platforms?|portals?|software|vendors?|providers?)\b|^\s*:\s*\d|^>>|^,?\s*including area code\b/i;

/** Words that open a list: a weak word right after one is a data type ("included genders, ..."). */
export const LIST_OPENER =
  /(?:\b(?:such as|including|included|includes|include|contained|contains|containing|like|namely|st[eo]l(?:e|en)|took|taken|obtained|accessed|exposed|exposing|leaked|leaking|copied|compromised)\s+(?:(?:the|their|its|customers?'?|users?'?|members?'?)\s+)?|:\s*)$/i;

/** Words after a weak word that make it the subject of an exposure ("Names were exposed"). */
export const WEAK_CLOSER =
  /^\s+(?:were|was|had been|have been|has been|are|is)\s+(?:(?:also|all|not|never|reportedly|possibly|likely|potentially)\s+)*(?:st[eo]l|expos|leak|compromis|access|obtain|taken|copied|affected|included|involved)/i;

/** Glue between the members of a list of data types. */
export const LIST_GLUE =
  /^\s*(?:(?:,|;|&|\/|\band\b|\bor\b|\bnor\b|\bas well as\b|\balong ?with\b|\balongside\b|\bplus\b|\bincluding\b|\bsuch as\b|\bto\b|\bfrom\b)\s*)+(?:(?:the|their|its|customers?'?|users?'?|members?'?|unique|salted|hashed|encrypted|plain[- ]text|login|log-in|sign-in|online|partial(?:ly)?|obfuscated|full|some|sometimes?|often|also|even|possibly|both|other|in some cases,?|\d+[kmb]?|[a-z]+-\d+)\s+){0,4}$/i;

/** An unknown list member (up to four words ending in a plural or mass noun), so a list keeps its status across it; see UNKNOWN_MEMBER_STOP. */
export const UNKNOWN_MEMBER = /^(?:[a-z][a-z0-9'-]*\s+){0,3}[a-z][a-z0-9'-]*(?:[a-rt-z]s|data|information|info|history)$/i;

/** Words that make a stretch between list separators a clause, not an unknown list member. */
export const UNKNOWN_MEMBER_STOP =
  /\b(?:was|were|is|are|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|should|must|said|says|say|told|tells|according|reported|added|notes|noted|which|that|who|whom|whose|what|where|when|it|they|we|he|she|you|us|them|this|these|those|there|then|also|not|no|never|but|so|yet|if|because|although|though|however|in|on|at|by|with|from|for|to|into|after|before|since|during|via|through|about|than|passwords?|passcodes?|authentication|protection|encryption|officials|authorities|police|researchers|hackers|attackers|others|customers|users|members|patients|employees|people|victims)\b/i;

/** Separators of list members, to find unknown members between known ones. */
export const LIST_SEPARATOR = /\s*(?:,|;|&|\/|\band\b|\bor\b|\bas well as\b|\bplus\b)\s*/i;

/** Marks of a list item at the start of a line: bullets, dashes, numbers. */
export const LIST_ITEM = /^\s*(?:[-*•・●○■□◆◇▪►‣–—]|\(?\d{1,2}[.)]|[a-z][.)])\s*/i;

/** Verbs of content ("the files included"): they say what a store held, not that it left. */
export const CONTENT_VERBS = /\b(?:includ(?:e|ed|es|ing)|contain(?:s|ed|ing)?|consist(?:s|ed|ing)?(?: of)?|compris(?:e|es|ed|ing)|such as)\b/gi;

/** Words that point back to the data just listed ("this information was not accessed"). */
export const DATA_ANAPHOR = /\b(?:this|these|that|such) (?:information|data|details|records)\b/i;

/** A sentence that introduces a list: "The following information was exposed:". */
export const LIST_INTRO = /\b(?:following|below|include[sd]?)\b|:\s*$/i;

/** A list's heading that names a store or its data ("The bucket held:", "Affected data fields:"). */
export const DATA_HEADING = /\b(?:held|holds?|kept|keeps|stored|stores|data|information|details|records|fields|files?)\b/i;

/** A question asks, it does not state. */
export const QUESTION = /\?\s*["')\]]*\s*$/;

/** Before a mention: whose data it is ("member Social Security numbers", "workers' pay"). */
export const OWNER_BEFORE = /\b(members?['’]?|workers?['’]?|employees?['’]?|patients?['’]?|customers?['’]?|clients?['’]?|students?['’]?|staff|parents?['’]?|users?['’]?|tenants?['’]?|pupils?['’]?|donors?['’]?|applicants?['’]?)\s+$/i;

/** Words before a mention that name the whole number, whose denial stands beside a leak of part of it ("full card numbers", "complete Social Security numbers"). */
export const WHOLE_BEFORE = /\b(?:full|complete|entire|whole|unmasked|untruncated)\s+$/i;
