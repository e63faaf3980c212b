/**
 * English words for each data-type code of the contract. Each entry is a regular-expression
 * source matched case-insensitively on word boundaries; plural and spelling variants are in the
 * pattern. Order matters only inside a code; across codes the longest match wins.
 */
export const DATA_TYPES: Record<string, string[]> = {
  full_name: ["(?:full |real |first and last |customer |account holder )?names?"],
  username: ["user ?names?", "usernames?", "login (?:ids?|names?)", "screen names?", "nicknames?", "player names?", "user ids?"],
  email_address: ["e-?mail(?: address(?:es)?)?s?", "email accounts?"],
  password: ["(?:hashed |encrypted |salted |plain-?text )?passwords?", "passcodes?", "pins?"],
  password_hint: ["password hints?"],
  security_qa: ["security questions?(?: and answers?)?", "secret questions?"],
  date_of_birth: ["dates? of birth", "birth ?dates?", "birthdays?", "dobs?"],
  age: ["ages?"],
  gender: ["genders?", "sex"],
  postal_address: ["(?:home |mailing |postal |physical |street |billing )?address(?:es)?", "zip codes?", "post ?codes?"],
  phone_number: ["(?:tele)?phone numbers?", "mobile numbers?", "cell(?:phone)? numbers?"],
  government_id: ["social security(?: numbers?)?", "ssns?", "national (?:id|identification|insurance)(?: numbers?| cards?)?", "passports?(?: numbers?)?", "driver'?s'? licen[cs]es?(?: numbers?)?", "tax (?:id|identification) numbers?", "my number"],
  payment_card: ["(?:credit|debit|payment|bank) ?cards?(?: numbers?| data| details| information| info)?", "card numbers?", "card data", "card details", "credit and debit card(?: data| numbers| details)?"],
  card_security_code: ["cvvs?", "cvv2", "cvcs?", "(?:card )?security (?:codes?|numbers?)", "card verification (?:codes?|values?)"],
  card_expiry: ["expiration dates?", "expiry dates?"],
  bank_account: ["bank account(?: numbers?| details| information)?", "account and routing numbers", "routing numbers?", "ibans?"],
  financial_info: ["financial (?:information|data|details|records)", "income", "salar(?:y|ies)", "credit (?:history|scores?|reports?)", "transaction (?:history|data|records)", "tax returns?"],
  health_info: ["medical (?:records?|information|data|histor(?:y|ies))", "health (?:information|data|records?|plan details)", "diagnos(?:is|es)", "prescriptions?", "treatment information"],
  ip_address: ["ip address(?:es)?"],
  account_id: ["account numbers?", "customer (?:ids?|numbers?)", "member(?:ship)? (?:ids?|numbers?)", "access codes?"],
  purchase_history: ["purchase (?:history|histories|records)", "order (?:history|details|information)", "purchases"],
  employer: ["employers?", "job titles?", "occupations?", "employment (?:information|details|history)"],
  location: ["geo-?locations?", "location data", "gps (?:data|coordinates)", "travel histor(?:y|ies)"],
  photo: ["photos?", "photographs?", "biometric (?:data|information)", "fingerprints?", "facial images?"],
  personal_info: ["personal (?:information|data|details)", "personally identifiable information", "pii", "customer (?:data|information|details)"],
};

/** Words that say data left the owner's control: a type near one is reported. */
export const EXPOSURE_CUES = /\b(stole|stolen|steal|theft|exposed?|exposure|leak(ed|s)?|compromised?|accessed|obtained|taken(?! (down|offline|off))|breach(ed|es)?|hack(ed)?|affected|impacted|involved|posted|dumped|sold|acquired|exfiltrated|viewed|copied|downloaded|scraped|made off with|at risk|vulnerable)\b/i;

/** Hedges that make an exposure possible rather than stated. */
export const HEDGE_CUES = /\b(may|might|could|possibl[ey]|potential(ly)?|feared|believed|likely|suspected|perhaps|risk|unclear|appears?|probably|what may)\b/i;

/** Negations that deny an exposure for the types in their scope. */
export const NEGATION_CUES = /\b(not|no|n't|neither|nor|never|none|without|wasn't|weren't|isn't|aren't|didn't|hasn't|haven't|was not|were not)\b/i;
