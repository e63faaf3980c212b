/** Legal forms dropped from a name to normalise it ("Sony Corp." → "Sony"). */
export const LEGAL_FORMS = [
  "Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Co.", "Ltd.", "Ltd", "Limited", "LLC", "L.L.C.",
  "plc", "PLC", "GmbH", "AG", "S.A.", "SA", "N.V.", "NV", "B.V.", "Holdings", "Group", "Company", "Co",
];

/** Words that make a sentence speak of a breach of someone's data. */
export const BREACH_CUES = /\b(breach(ed|es)?|hack(ed|ers?|ing)?|stolen|stole|leak(ed|s)?|exposed|compromised|unauthori[sz]ed|intrusion|cyber-?attack|attack(ed)?|ransomware|accessed|data theft|security incident|exposure)\b/i;

/** Cues before or after an organisation that make it the news source, not the victim. */
export const SOURCE_CUES = /\b(told|according to|reported by|reports?|said in|via|cited by)\b/i;

/** Nouns after or before a name that make it an attacker. */
export const ATTACKER_CUES = /\b(hackers?|hacker group|hacking group|hacktivists?|gang|ransomware (group|gang)|threat actors?|cybercriminals?|criminals)\b/i;

/** Words in a name that make it a regulator, government body or police. */
export const AUTHORITY_WORDS = /\b(government|ministry|commission|regulator|authority|police|FBI|FTC|SEC|ICO|department|agency|court|attorney general|parliament|congress|senate)\b/i;

/** Capitalised words that start sentences or titles but are no organisation. */
export const NOT_ORG = new Set([
  "The", "A", "An", "This", "That", "It", "In", "On", "At", "As", "For", "But", "And", "Or", "If", "When", "While",
  "He", "She", "They", "We", "You", "I", "Its", "Their", "His", "Her", "Our", "Your", "Meanwhile", "However",
  "Since", "After", "Before", "According", "Over", "Some", "Many", "Most", "All", "Photo", "Monday", "Tuesday",
  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December", "Internet", "Twitter", "Japanese", "American",
]);
