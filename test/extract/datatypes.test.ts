import { beforeAll, describe, expect, it } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import type { Extraction } from "../../src/types.js";
import { extractText, loadResources } from "../helpers.js";

/** `type:status` of every data type in a record, personal_info left out, sorted. */
const summary = (ex: Extraction) =>
  [...new Set(ex.data_types.filter((d) => d.type !== "personal_info").map((d) => `${d.type}:${d.status}`))].sort();

// Every sentence below is invented for these tests (companies included).
describe("English data types", () => {
  const cases: Array<[string, string[]]> = [
    // An HIV status, underwriting and plan notes are health data; an approximate location and a point balance have their codes.
    ["Intruders copied members' HIV status, approximate locations, reward point balances, medical underwriting notes and health plan notes.", ["financial_info:leaked", "health_info:leaked", "location:leaked"]],
    // Statements, references and bookings have their codes; a passport's expiry is no card's.
    ["Thieves copied tenants' bank statements, employment references, GPS tracks, bank routing details and hotel booking records.", ["bank_account:leaked", "employer:leaked", "financial_info:leaked", "location:leaked", "purchase_history:leaked"]],
    ["Exposed records included passport expiry dates and passport numbers of 9,000 travellers.", ["government_id:leaked"]],
    // Not ruled out is a hedge; a set that did not appear to hold a type denies it.
    ["The insurer said it could not rule out that members' phone numbers had been taken.", ["phone_number:possibly_leaked"]],
    ["Hackers stole booking data. The copied folder did not appear to contain user passwords.", ["password:not_leaked", "purchase_history:leaked"]],
    // Flights taken are travel history; financial statements and disability plans have their codes.
    ["Hackers stole passengers' flight histories and itineraries, members' financial statements and their disability support plans.", ["financial_info:leaked", "health_info:leaked", "location:leaked"]],
    // Synonyms, inflections and lists.
    ["Hackers stole the names, e-mail addresses and dates of birth of 3,000 Brindlewood customers.", ["date_of_birth:leaked", "email_address:leaked", "full_name:leaked"]],
    ["The exposed files included DOBs, Social Security numbers and card numbers.", ["date_of_birth:leaked", "government_id:leaked", "payment_card:leaked"]],
    ["The dump contained email and IP addresses, usernames and salted MD5 hashes.", ["email_address:leaked", "ip_address:leaked", "password:leaked", "username:leaked"]],
    ["Records of Quillon Games were leaked and held physical and email addresses, genders and ages.", ["age:leaked", "email_address:leaked", "gender:leaked", "postal_address:leaked"]],
    ["The database held 2M records with unique email addresses alongside phone numbers and birthdates.", ["date_of_birth:leaked", "email_address:leaked", "phone_number:leaked"]],
    ["Attackers obtained CVV codes, expiration dates and security questions.", ["card_expiry:leaked", "card_security_code:leaked", "security_qa:leaked"]],
    ["The breach exposed job titles, geographic locations and purchase histories.", ["employer:leaked", "location:leaked", "purchase_history:leaked"]],
    ["Hackers stole student ID numbers and the employee numbers of staff.", ["account_id:leaked"]],
    // Account numbers beside a routing number or sort code are a bank's; alone they are an account ID.
    ["Intruders copied the bank routing and account numbers of Tallis Credit Union members.", ["bank_account:leaked"]],
    ["The stolen spreadsheet listed routing numbers and account numbers of donors.", ["bank_account:leaked"]],
    ["Account numbers and sort codes of 800 Ashby savers were exposed.", ["bank_account:leaked"]],
    ["Hackers took savings account numbers from the Pemberton branch.", ["bank_account:leaked"]],
    ["Player account numbers for the Zephyrine game portal were leaked.", ["account_id:leaked"]],
    ["Hackers accessed account numbers and passwords of the Vellum streaming service.", ["account_id:leaked", "password:leaked"]],
    // Work, pay, benefits and treatment records.
    ["Intruders copied applicants' work histories and employment records.", ["employer:leaked"]],
    // An address history is postal addresses; the first of two coordinated nouns borrows the head.
    ["The screening files that leaked gave renters' current and former addresses.", ["postal_address:leaked"]],
    ["Intruders copied borrowers' employment and tax records.", ["employer:leaked", "financial_info:leaked"]],
    ["The stolen backup held a previous address book export.", []],
    ["The exposed share held payroll spreadsheets for 300 Brackley staff.", ["financial_info:leaked"]],
    ["Benefit payment records of 2,000 retirees were accessed.", ["financial_info:leaked"]],
    ["Dental insurance details and treatment histories may have been viewed.", ["health_info:possibly_leaked"]],
    ["Stolen records listed patient names and medical treatment.", ["full_name:leaked", "health_info:leaked"]],
    ["Hackers stole health benefits information from the Corrin Mutual portal.", ["health_info:leaked"]],
    // Health: a public scheme's number is a government ID; an insurer's numbers, results and notes are health data.
    ["Intruders copied the Medicare numbers and lab results of Dunlow Clinic patients.", ["government_id:leaked", "health_info:leaked"]],
    ["The stolen files held NHS numbers, test results and diagnoses.", ["government_id:leaked", "health_info:leaked"]],
    ["Hackers took Medicaid ID numbers and prescription records from Arlo Pharmacy.", ["government_id:leaked", "health_info:leaked"]],
    ["The leaked spreadsheet listed health insurance member IDs and medical record numbers.", ["account_id:leaked", "health_info:leaked"]],
    ["Stolen files held patients' MRNs but no medical records.", ["account_id:leaked", "health_info:not_leaked"]],
    ["The breach exposed dates of service, dental plan group numbers and procedure codes.", ["health_info:leaked"]],
    ["Exposed logs held the heart rate readings and therapy notes of 900 users.", ["health_info:leaked"]],
    ["The leaked file included names, medications and allergies.", ["full_name:leaked", "health_info:leaked"]],
    // An insurance policy or payroll number identifies someone to one company.
    ["Intruders copied policy numbers, payroll numbers and contact names.", ["account_id:leaked", "full_name:leaked"]],
    // How someone pays is card data; a history of payments is financial.
    ["The breach exposed payment information and billing details of Corvin shoppers.", ["payment_card:leaked"]],
    ["Intruders copied loan balances and the final 4 digits of users' cards.", ["financial_info:leaked", "payment_card:leaked"]],
    ["Payment histories of 300 Tamber members were leaked.", ["financial_info:leaked"]],
    ["Card PANs and card information were not exposed.", ["payment_card:not_leaked"]],
    // HIPAA's protected health information is one term, not advice to protect.
    ["Hackers stole protected health information of 5,000 Merrow Clinic patients.", ["health_info:leaked"]],
    ["The breach exposed the names and ePHI of 300 patients.", ["full_name:leaked", "health_info:leaked"]],
    // Hedges.
    ["Customer names and bank account numbers may have been accessed by the intruder.", ["bank_account:possibly_leaked", "full_name:possibly_leaked"]],
    ["It is feared that passport numbers were copied.", ["government_id:possibly_leaked"]],
    // "Appear to" hedges what the data holds, not when it was taken.
    ["Leaked folders seem to contain NHS numbers and the names of Elmfield patients.", ["full_name:possibly_leaked", "government_id:possibly_leaked"]],
    ["The dump held email addresses and passwords, which appear to have been stolen in March.", ["email_address:leaked", "password:leaked"]],
    // Cheques, but not a background check.
    ["An intruder may have viewed images of checks mailed to the Harlow clinic.", ["financial_info:possibly_leaked"]],
    ["The stolen files held check information and customer names.", ["financial_info:leaked", "full_name:leaked"]],
    ["The stolen files held background check information and customer names.", ["full_name:leaked"]],
    // Negation scope.
    ["No financial information was stored on the server that was hacked.", ["financial_info:not_leaked"]],
    ["Passwords were not affected by the breach.", ["password:not_leaked"]],
    // Absent from what was found: "did not appear in", "were not found in".
    ["Hackers copied the clinic's files. Card numbers and account passwords were absent; they did not appear in any file he reviewed.", ["password:not_leaked", "payment_card:not_leaked"]],
    ["Hackers posted the dump online. Bank details were not found in it, the firm said.", ["bank_account:not_leaked"]],
    ["The intruders took names, but neither card numbers nor bank details were accessed.", ["bank_account:not_leaked", "full_name:leaked", "payment_card:not_leaked"]],
    ["Names were exposed, but no card numbers were.", ["full_name:leaked", "payment_card:not_leaked"]],
    ["No phone numbers, PINs, passwords or account numbers were compromised in the attack.", ["account_id:not_leaked", "password:not_leaked", "phone_number:not_leaked"]],
    ["The firm said the stolen data did not include passwords.", ["password:not_leaked"]],
    // A negated verb after a list denies every member, the first one too.
    ["Customer names, email addresses and phone numbers were not accessed, Fenwick Rail said.", ["email_address:not_leaked", "full_name:not_leaked", "phone_number:not_leaked"]],
    ["Postal addresses, driver's license numbers and card numbers were never exposed in the Mossgrove incident.", ["government_id:not_leaked", "payment_card:not_leaked", "postal_address:not_leaked"]],
    ["Dates of birth and passport numbers were not affected by the intrusion at Calder Ferries.", ["date_of_birth:not_leaked", "government_id:not_leaked"]],
    ["Records such as member names, dates of birth and passwords were not accessed.", ["date_of_birth:not_leaked", "full_name:not_leaked", "password:not_leaked"]],
    // ... but not a member that is the object of an exposure verb before it, nor across a relative clause.
    ["Hackers stole customer names, and phone numbers were not accessed.", ["full_name:leaked", "phone_number:not_leaked"]],
    ["An audit found that member names, emails, and passwords were not accessed.", ["email_address:not_leaked", "full_name:not_leaked", "password:not_leaked"]],
    ["Customer names, which were not kept on the server, were later stolen.", ["full_name:leaked"]],
    // A member the vocabulary does not know keeps the list whole: the weak "names" is listed, and
    // the denial after the list reaches back over it.
    ["Names, policy numbers, loyalty tiers and dates of birth were not accessed.", ["account_id:not_leaked", "date_of_birth:not_leaked", "full_name:not_leaked"]],
    ["Names, vehicle registration details, and dates of birth were not accessed at Brisco Motors.", ["date_of_birth:not_leaked", "full_name:not_leaked"]],
    ["No names, widget identifiers or dates of birth were stolen.", ["date_of_birth:not_leaked", "full_name:not_leaked"]],
    ["The leaked sheet held names, seat preferences and phone numbers.", ["full_name:leaked", "phone_number:leaked"]],
    // ... but a clause between two mentions is no member.
    ["Names, the airline says, and dates of birth were exposed.", ["date_of_birth:leaked"]],
    ["Hackers stole customer names, and officials said passwords were safe.", ["full_name:leaked", "password:not_leaked"]],
    // A denied verb is no exposure, even when an aside keeps the denial's scope from the mention.
    ["Patient records, the Greyfield clinic said, were not accessed.", ["health_info:not_leaked"]],
    ["Card numbers, according to the retailer, were never compromised.", ["payment_card:not_leaked"]],
    ["The payroll database, which also held bank details, was not accessed.", ["bank_account:not_leaked"]],
    ["Customer names were not only stolen but published.", ["full_name:leaked"]],
    // A denial whose verb is left out repeats the exposure verb before it.
    ["Intruders took customer names, but passwords were not.", ["full_name:leaked", "password:not_leaked"]],
    ["Email addresses were exposed, but bank details have not been.", ["bank_account:not_leaked", "email_address:leaked"]],
    ["Home addresses were copied, while hashed passwords, PINs and bank details were not.", ["bank_account:not_leaked", "password:not_leaked", "postal_address:leaked"]],
    ["Member names were stolen and passwords weren't.", ["full_name:leaked", "password:not_leaked"]],
    // Being present in data is being held in it, like "included".
    ["Passport numbers were present for about 40 Harwick members.", ["government_id:leaked"]],
    // Data never held, or held only out of reach, is not leaked; a form it is kept in is no denial.
    ["Card data is tokenised by the acquiring bank, Ferro Pay said after the breach.", ["payment_card:not_leaked"]],
    ["Payment details are handled by a third-party processor and were not affected.", ["payment_card:not_leaked"]],
    ["Names were exposed; card numbers are kept by an external payment gateway.", ["full_name:leaked", "payment_card:not_leaked"]],
    ["Members' passwords were kept on a different server, which the gang never touched.", ["password:not_leaked"]],
    ["Encrypted card data was not stored on the Tilbury server that was breached.", ["payment_card:not_leaked"]],
    ["Bank details were not in the spreadsheets, Corran Insurance said.", ["bank_account:not_leaked"]],
    ["Social Security numbers were not present in the stolen spreadsheets.", ["government_id:not_leaked"]],
    ["Lisle Foods has seen no evidence that billing information was touched.", ["payment_card:not_leaked"]],
    ["Tokenised card data was stolen from the Ruskin Pay vendor.", ["payment_card:leaked"]],
    ["Hackers stole encrypted passwords from the Quorra forum.", ["password:leaked"]],
    ["Card numbers are held by a third-party processor, which was also breached.", ["payment_card:leaked"]],
    ["Passwords were not stored in plain text, and hashed passwords were stolen.", ["password:leaked"]],
    // A system's lock is no data: its negation governs the lock alone, and what anyone could read was exposed.
    ["The Corvale database had no password, and anyone could read the names and email addresses in it.", ["email_address:leaked", "full_name:leaked"]],
    ["The bucket required no password; it held member names and phone numbers that anyone could download.", ["full_name:leaked", "phone_number:leaked"]],
    ["The server had no passwords, and anyone could download the names and email addresses.", ["email_address:leaked", "full_name:leaked"]],
    ["The stolen files had no Social Security numbers.", ["government_id:not_leaked"]],
    ["Names and email addresses could have been viewed by the intruder.", ["email_address:possibly_leaked", "full_name:possibly_leaked"]],
    // A credential the intruder got in with is no leaked data; the people's credentials stolen are.
    ["Attackers used a stolen employee password to log in and copied customer names.", ["full_name:leaked"]],
    ["A hacker signed in using a phished supplier password and took patient records.", ["health_info:leaked"]],
    ["The gang obtained the password of a contractor and stole member email addresses.", ["email_address:leaked"]],
    ["Customers' passwords were stolen from the Brantley shop.", ["password:leaked"]],
    ["Hackers stole employee passwords and Social Security numbers.", ["government_id:leaked", "password:leaked"]],
    ["The attackers stole usernames and passwords of 2 million Ostrum users.", ["password:leaked", "username:leaked"]],
    ["A file with customer passwords and names was leaked.", ["full_name:leaked", "password:leaked"]],
    // Data held only in a system the intruder never reached.
    ["The hacked laptops were not connected to the Orrin Mutual core system, which keeps the financial details of members.", ["financial_info:not_leaked"]],
    ["The intruders never reached the billing server that stores card numbers.", ["payment_card:not_leaked"]],
    ["Hackers breached the web server, which holds customer names, but did not reach the database.", ["full_name:leaked"]],
    // A parenthesis inside the list is an aside, even with an exposure word in it.
    ["Card numbers (including expiry dates) and bank account numbers have not been compromised.", ["bank_account:not_leaked", "card_expiry:not_leaked", "payment_card:not_leaked"]],
    // The negated verb reaches the mention through its noun phrase.
    ["The attackers did not gain access to customer account passwords.", ["password:not_leaked"]],
    ["The attackers did not stop after they stole passwords.", ["password:leaked"]],
    ["Email addresses were leaked, and it said the card details were not stored at all.", ["email_address:leaked", "payment_card:not_leaked"]],
    // A hard-wrapped sentence is one statement.
    ["The attack reached the systems of Pellmore Telecom and names and phone numbers were\naccessed, the company said.", ["full_name:leaked", "phone_number:leaked"]],
    // A list under a heading takes the heading's status.
    // Each clause joined by "and that" says its own: a denial of misuse drops only its own.
    ["Hackers stole names. Orlin said it had seen no sign that data was misused, and that card data was not involved.", ["full_name:leaked", "payment_card:not_leaked"]],
    // Vocabulary: an Irish PPS number and a state ID card are government IDs; aid records, reports and reference numbers.
    ["Hackers stole PPS numbers and non-driver identification card numbers.", ["government_id:leaked"]],
    ["The breach exposed financial aid records, medical reports and council tax reference numbers.", ["account_id:leaked", "financial_info:leaked", "health_info:leaked"]],
    // National IDs by country, a school system's and a lender's numbers, live locations.
    ["Hackers stole NRIC numbers, Aadhaar numbers and IRD numbers of members.", ["government_id:leaked"]],
    ["The gang took provincial education numbers and loan numbers from the vendor.", ["account_id:leaked"]],
    ["Hackers were able to see the real-time GPS locations of drivers.", ["location:leaked"]],
    // Card digits of any saved card; a first member borrowing the head noun of the second.
    ["Intruders viewed the final 4 digits of any stored card.", ["payment_card:leaked"]],
    ["Hackers stole names; no financial account or bank card data was involved.", ["bank_account:not_leaked", "full_name:leaked", "payment_card:not_leaked"]],
    // What a skimmer or a malicious script was built to take is what it may have taken.
    ["A script injected into the Vessin Outdoor checkout page was built to capture card numbers and billing addresses.", ["payment_card:possibly_leaked", "postal_address:possibly_leaked"]],
    ["Malware found on the tills at Brisk Deli was capable of stealing card data.", ["payment_card:possibly_leaked"]],
    ["Orlin Travel said the following data may have been exposed:\n- Names\n- Postal addresses\n- Passport numbers", ["full_name:possibly_leaked", "government_id:possibly_leaked", "postal_address:possibly_leaked"]],
    // National numbers by country, a birth certificate's number, sick notes and a claimant's illnesses, a ride's history, a pickup point.
    ["Hackers copied BSN numbers, PESEL numbers and birth certificate numbers of clients.", ["government_id:leaked"]],
    ["The stolen archive held sick notes and details of illnesses and injuries of claimants.", ["health_info:leaked"]],
    ["Intruders downloaded riders' ride histories and pickup addresses.", ["location:leaked", "postal_address:leaked"]],
    ["The bucket exposed passport photos of travellers.", ["photo:leaked"]],
    // A pronoun for the mention in a clause of no evidence denies it; a denial of misuse does not.
    ["Hackers stole names. Passwords were hashed, and staff found no sign that they had ever been copied.", ["full_name:leaked", "password:not_leaked"]],
    ["Hackers stole card numbers, and there is no evidence that they have been misused.", ["payment_card:leaked"]],
    // A state ID card's number and a wallet's balance; a donor's gifts are purchases, as HIBP files them; a person's income, not a firm's.
    ["The exposed sheet listed members' ID card numbers, wallet balances and donation amounts.", ["financial_info:leaked", "government_id:leaked", "purchase_history:leaked"]],
    ["Hackers copied records of donations made to the Tamar Trust.", ["purchase_history:leaked"]],
    ["Orvane Mobile reported a net income of $2.1 billion; hackers stole names and income details.", ["financial_info:leaked", "full_name:leaked"]],
    // Denied reach with a list after it; a list member held elsewhere; bank accounts inside a list.
    ["The clerk's login did not allow access to tax file numbers or card data, the Ferrow Agency said.", ["government_id:not_leaked", "payment_card:not_leaked"]],
    ["Passcodes and security questions are kept in a separate vault, Lindqvist Bank said after the hack.", ["password:not_leaked", "security_qa:not_leaked"]],
    ["Savers' linked bank accounts and online passwords were not compromised.", ["bank_account:not_leaked", "password:not_leaked"]],
    // "No indication ... or that" governs the second clause too.
    ["Tarrow Games found no indication that its servers were breached or that any passwords were copied, after the hack claims.", ["password:not_leaked"]],
    // What a store held takes what is said next of "this information".
    ["Ransomware hit the Quenby booking server, which contained guest names and phone numbers. This information was not copied, Quenby said.", ["full_name:not_leaked", "phone_number:not_leaked"]],
    ["Ransomware hit the Quenby booking server. The stolen files contained guest names and phone numbers. This information was posted online.", ["full_name:leaked", "phone_number:leaked"]],
    ["The audit found no evidence that the intruders viewed customer names, but card data was stolen from the Orrin till.", ["full_name:not_leaked", "payment_card:leaked"]],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(summary(extractText(text, { lang: "en" }))).toEqual(expected);
  });

  const negatives: string[] = [
    "Customers should change their passwords and enable two-factor authentication.",
    "We will never ask for your password by email after the breach.",
    "The breach at Dunmore Bank shows that names of companies matter in the age of hacking.",
    "The chief executive addresses the breach in a letter to staff.",
    "Users were asked to reset their details including their passwords after the hack.",
    "Was my password stolen in the breach?",
    "Thousands of customers who made purchases at the hacked store were notified.",
    "The database was left publicly exposed without a password.",
    "The card details could not be used for fraudulent transactions, the firm said after the breach.",
    "Phishing pages imitate login forms in order to steal passwords.",
    "The fake emails after the breach were designed to steal passwords.",
    "Credit card companies were told of the breach at Halvor Outfitters.",
    // The staff mailboxes an intruder got into are the way in, not leaked addresses.
    "An unauthorized actor accessed two employee email accounts after the breach.",
    // Treatment received is an event, not a record; only in a list of data is it one.
    "Patients who received medical treatment after the breach were sent a letter.",
    // A system named after the data it holds is no data type, reached or not.
    "Weldon Dental said its patient records system was not affected.",
    // A form's label with its value and a letter template's field are no data of anyone.
    "Breach notice filed.\nStreet Address: 12 Harbor Road\nZip Code: 04101",
    "After the breach the clinic wrote: Dear <<First Name>> <<Last Name>>,",
    "The breach was reported on Form 8-K.\n(Registrant's telephone number, including area code)",
    // The address an intrusion came from is the attacker's.
    "The breached server was accessed from two overseas IP addresses.",
    "The payroll records server at Ostrava Mills was never breached.",
    "Intruders breached the medical records platform of Corbel Health.",
    // A medication, an insurance policy or a payment outside a list of data is no data type.
    "Doctors adjusted her medications after the breach at Pellow Hospital.",
    "The insurer said its cyber insurance policy would cover the costs.",
    "Payment processing resumed a day after the breach.",
    "Reset your Quillfeather password if you used it elsewhere after the breach.",
    // The lock of a system, and the intruder's way in.
    "The Velda backup server required no password after the breach.",
    "The stolen records were left behind a single password.",
    "Attackers used a stolen employee password to log in to the Halberd network.",
    "The hacker brute-forced the admin password of the Sorrel Media server.",
    "The breach began with a password-spraying attack on Tamsin Rail.",
    "Hackers used stolen usernames and passwords to access the accounts.",
    "Anybody who had its IP address could open the unsecured Kestrel server.",
    // How data is kept is neither a denial nor a leak.
    "Halden Telecom never keeps member passwords in clear text, a spokesman said.",
    // The verb left out is "kept encrypted", which says nothing of an exposure.
    "Card numbers are kept encrypted, but passwords are not.",
    // A company's income; an account a person links; money taken from accounts.
    "Orvane Mobile reported a net income of $2.1 billion in the year of the breach.",
    "Savers who linked a bank account to the Tessel app after the breach got a bonus.",
    "Fraudsters emptied their bank accounts after the breach.",
    // Credentials reused from other breaches are the way in (credential stuffing), not this firm's data.
    "After the breach, intruders logged in with email and password combinations stolen from other websites.",
    "Each hijacked account used a password already leaked elsewhere, the breached firm said.",
    // The mailbox an intruder got into; statements customers are told to watch.
    "An intruder got into a county email account and read messages after the breach.",
    "After the breach, the bank urged customers to review their card and bank statements.",
  ];
  it.each(negatives)("yields nothing: %s", (text) => {
    expect(summary(extractText(text, { lang: "en" }))).toEqual([]);
  });

  it("keeps the data beside a system, not the system's name", () => {
    const text = "Medical records were stolen from the Corbel Health network. Its health record system was not accessed.";
    expect(extractText(text, { lang: "en" }).data_types.map((d) => d.text)).toEqual(["Medical records"]);
  });

  it("reports each span on the original text", () => {
    const text = "Thieves stole\ncustomer names and CVVs.";
    for (const d of extractText(text, { lang: "en" }).data_types) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe("Japanese data types", () => {
  let res: Resources;
  beforeAll(async () => {
    res = await loadResources();
  });

  const cases: Array<[string, string[]]> = [
    ["不正アクセスにより、会員の氏名、住所、電話番号が流出しました。", ["full_name:leaked", "phone_number:leaked", "postal_address:leaked"]],
    // A staff member's own data is data; a foreign ID card number is a government ID, not a payment card; care needs and allergies are health.
    ["不正アクセスにより、社員の氏名と住所が流出しました。", ["full_name:leaked", "postal_address:leaked"]],
    ["現地従業員の国民IDカード番号と身分証番号が漏れたおそれがあります。", ["government_id:possibly_leaked"]],
    ["名簿には利用者の要介護度や食物アレルギーの有無が記載されていました。", ["health_info:leaked"]],
    // Visits to a doctor, a game's friend code, a point card's use and identity papers have their codes.
    ["不正アクセスで、会員の通院歴とフレンドコード、ポイントの利用履歴を見られた可能性があります。", ["account_id:possibly_leaked", "health_info:possibly_leaked", "purchase_history:possibly_leaked"]],
    ["不正アクセスがありました。本人確認書類の写しは別の環境で管理しており、流出していません。", ["government_id:not_leaked"]],
    // Credentials from another site are the way in (リスト型攻撃), not this firm's data.
    ["別のサービスから流出したIDとパスワードで不正ログインされ、会員の住所が見られた恐れがある。", ["postal_address:possibly_leaked"]],
    // What a screen never shows was not exposed on it.
    ["別の利用者の注文内容が見える状態でした。なお、電話番号はそもそも表示される項目ではないので、画面には出ていません。", ["phone_number:not_leaked", "purchase_history:leaked"]],
    ["お客様のクレジットカード情報(カード名義人、番号、有効期限、セキュリティコード)が漏えいした可能性があります。", ["card_expiry:possibly_leaked", "card_security_code:possibly_leaked", "full_name:possibly_leaked", "payment_card:possibly_leaked"]],
    ["決済情報が外部に流出した可能性があります。", ["payment_card:possibly_leaked"]],
    ["ログインIDとパスワードが閲覧された恐れがあります。", ["password:possibly_leaked", "username:possibly_leaked"]],
    ["なお、マイナンバーや基礎年金番号は含まれておりません。", ["government_id:not_leaked"]],
    ["流出したのはメールアドレスのみで、生年月日や性別は含まれていない。", ["date_of_birth:not_leaked", "email_address:leaked", "gender:not_leaked"]],
    ["カード番号は保存しておらず、流出の可能性はないとしている。", ["payment_card:not_leaked"]],
    ["紛失したUSBメモリには口座番号と病歴が記録されていました。", ["bank_account:possibly_leaked", "health_info:possibly_leaked"]],
    ["学生の氏名と学籍番号が流出した恐れがある。", ["account_id:possibly_leaked", "full_name:possibly_leaked"]],
    // Bullet lines take the status of the heading, even across a line of counts.
    ["流出した可能性のある情報\n【対象のお客様】=120名\n・氏名\n・会員番号\n・購入履歴", ["account_id:possibly_leaked", "full_name:possibly_leaked", "purchase_history:possibly_leaked"]],
    ["漏えいした情報は以下のとおりです。なお、決済情報は含まれていません。\n・メールアドレス\n・ニックネーム", ["email_address:leaked", "payment_card:not_leaked", "username:leaked"]],
    // a polite past denial of keeping; a headline that asks ("…流出か") hedges
    ["不正アクセスにより氏名が流出した。なお、電話番号は保存されておりませんでした。", ["full_name:leaked", "phone_number:not_leaked"]],
    ["サクラ商事、顧客の氏名流出か", ["full_name:possibly_leaked"]],
    // A bare ID paired with a password is the login ID; a leak denied as "not from us" (流出したものではない) is a denial.
    ["会員のID・パスワードが閲覧された恐れがあります。", ["password:possibly_leaked", "username:possibly_leaked"]],
    ["不正ログインに使われたIDとパスワードは、当社から流出したものではありません。", ["password:not_leaked", "username:not_leaked"]],
    // Credentials leaked from another firm are the way in; this firm's own records still count.
    ["他社サービスから流出したIDとパスワードで不正ログインされ、登録された電話番号が閲覧された可能性がある。", ["phone_number:possibly_leaked"]],
    // What a stolen machine held (保存されていた) was exposed; what is merely kept (保存されている) is not said to be.
    ["教員のパソコンには、児童１２０人分の氏名と評定のデータが保存されていた。", ["full_name:leaked"]],
    ["パスワードは暗号化して保存されている。", []],
    // More words: travel plans, debit accounts, savings and expenses, body measures; 影響はない denies.
    ["宿泊先や日程などの旅程が流出した恐れがある。", ["location:possibly_leaked"]],
    ["会費の引き落とし口座の情報や預金残高は流出していない。", ["bank_account:not_leaked", "financial_info:not_leaked"]],
    ["経費明細と積立金額が閲覧された。体重や歩数の記録は表示されなかった。", ["financial_info:leaked", "health_info:not_leaked"]],
    ["氏名が漏えいした。カード番号は決済会社が預かっており、影響はないとみている。", ["full_name:leaked", "payment_card:not_leaked"]],
    // a question mark of doubt elsewhere is no hedge
    ["氏名が流出した。詳しい原因は調査中か、との問いに同社は答えなかった。", ["full_name:leaked"]],
    // A longer word wins within a code (カード名義人名); a salary account is a bank account; donations, fares and job offers have codes.
    ["以下の情報が盗まれた可能性があります。\n当サイトで決済した利用者２７名の、カード名義人名、有効期限、カード番号。", ["card_expiry:possibly_leaked", "full_name:possibly_leaked", "payment_card:possibly_leaked"]],
    ["従業員の給与振込口座と寄付金額、搭乗履歴、内定先の企業名、課金履歴、診断書が流出した。", ["bank_account:leaked", "employer:leaked", "financial_info:leaked", "health_info:leaked", "location:leaked", "purchase_history:leaked"]],
    // A denial of taking out; a password reset with an adverb, a start-up password and the advice to check a statement are no data.
    ["調査の結果、口座番号について、持ち出されていないと判断した。", ["bank_account:not_leaked"]],
    ["不正アクセスを受け、同社は全会員のパスワードを一斉にリセットした。", []],
    ["盗まれた端末には起動時のパスワードのほか、暗号化もかけられていた。", []],
    // The body of a numbered section takes its heading's status; a section of requests says nothing of data.
    ["１．流出した可能性のある情報\n今年４月から６月に注文したお客様４１２名の、氏名、電話番号、購入商品。\n２．お客様へのお願い\nカードの利用明細をご確認ください。", ["full_name:possibly_leaked", "phone_number:possibly_leaked", "purchase_history:possibly_leaked"]],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(summary(extractText(text, { lang: "ja", res }))).toEqual(expected);
  });

  const negatives: string[] = [
    "パスワードの変更をお願いいたします。",
    "不審なサイトでは個人情報やクレジットカード番号等を入力しないでください。",
    "他社から漏えいしたIDやパスワードを使用してログインを試みる攻撃です。",
    "カード情報が漏えいしたのではないですか?",
    "バナパスポートの利用者に不正アクセスの被害はありません。",
    "クレジットカード会社への不正アクセスが発生しました。",
    // An ID on its own is too vague to be a login ID.
    "利用者のIDが流出した。",
  ];
  it.each(negatives)("yields nothing: %s", (text) => {
    expect(summary(extractText(text, { lang: "ja", res }))).toEqual([]);
  });
});

describe("denials and list headings seen in unseen articles", () => {
  it.each([
    ["Retailer says card data safe after customer database breach", "payment_card", "not_leaked"],
    ["Hackers stole customer names, but passwords remained secure, the company said.", "password", "not_leaked"],
    ["Hackers stole customer names, but passwords remained secure, the company said.", "full_name", "leaked"],
  ])("%s → %s %s", (text, type, status) => {
    const out = extractText(text, { lang: "en" });
    expect(out.data_types.filter((d) => d.type === type).map((d) => d.status)).toContain(status);
  });

  it("a bare line under a hedged heading takes the heading's status", async () => {
    const text = "不正アクセスが発生しました。\n流出した可能性のある情報\n最大1,200件のお客様の氏名、住所、電話番号\n以上";
    const out = extractText(text, { lang: "ja", res: await loadResources() });
    const statuses = new Set(out.data_types.filter((d) => ["full_name", "postal_address", "phone_number"].includes(d.type)).map((d) => d.status));
    expect([...statuses]).toEqual(["possibly_leaked"]);
  });

  // A line saying only what a mailbox held gives way to the hedged section heading above it; a line of its own exposure does not.
  it.each<[string, string, string]>([
    ["職員のアカウントが乗っ取られました。\n\n2. 閲覧された可能性のある情報\nそのメールボックスにあったメールに含まれる以下の情報\n・会員の氏名、電話番号", "ja", "possibly_leaked"],
    ["職員のアカウントが乗っ取られました。\n\n2. 閲覧された可能性のある情報\nそのメールボックスから以下の情報が流出しました\n・会員の氏名、電話番号", "ja", "leaked"],
    ["A staff mailbox was taken over.\n\nData that may have been viewed\nThe mailbox held messages that contained the following:\n- Member names\n- Phone numbers", "en", "possibly_leaked"],
    // A bulleted list under a heading of what a store held, one type per line with a clause after it, in a story of theft.
    ["Hackers stole a copy of the member database.\n\nA researcher reported the open copy to the club on a Monday, and the club closed it two days later and told the regulator.\n\nThe copy held:\n\n- full names, which members give when they join;\n- phone numbers, kept for delivery updates.", "en", "leaked"],
  ])("%s", async (text, lang, status) => {
    const out = extractText(text, { lang: lang as "en" | "ja", res: lang === "ja" ? await loadResources() : undefined });
    const statuses = new Set(out.data_types.filter((d) => ["full_name", "phone_number"].includes(d.type)).map((d) => d.status));
    expect([...statuses]).toEqual([status]);
  });
});

describe("fitness, library and insurance records, earnings and mailboxes, misdirected files and fake login pages, national IDs by country, and Japanese denials", () => {
  it.each<[string, "en" | "ja", string, string | null]>([
    // A caption's bracketed label is no data; no trace of a leak denies it; a theft "siphoned off" is one.
    ["菓子店のネット通販でカード番号流出か\n\n［写真］同店のネット通販の画面（3日）\n\n市内の菓子店のネット通販が攻撃を受け、利用者のカード番号が漏れたおそれがある。", "ja", "photo", null],
    ["不正アクセスで会員の顔写真と氏名が流出した。", "ja", "photo", "leaked"],
    ["不正アクセスで患者の薬歴と検査値が流出した。", "ja", "health_info", "leaked"],
    ["健診の受診者番号と氏名を記載した結果票が別人に誤送付された。", "ja", "account_id", "leaked"],
    ["乗っ取りに遭った口座では、保有銘柄の一覧が不正に閲覧された恐れがある。", "ja", "financial_info", "possibly_leaked"],
    ["証券会社の顧客口座が不正に操作され、IDとパスワードが盗まれた。\n\n（写真：同社が入るビル）", "ja", "photo", null],
    ["元行員が顧客情報を持ち出した。\n\n【写真説明】記者会見で頭を下げる頭取ら", "ja", "photo", null],
    ["会員のパスワードは暗号化しており、外部に漏れた痕跡は見つかっていない。", "ja", "password", "not_leaked"],
    ["不正アクセスで氏名が流出した。パスワードが盗まれた形跡もないという。", "ja", "password", "not_leaked"],
    // What a hedged statement or a marked heading just before says may have leaked is only possibly out, whatever else leaked.
    ["通販サイトから会員のメールアドレスが流出した。同社によると、ほかの情報が流出した恐れがあるのは会員約3千人分。いずれも氏名、住所、電話番号が含まれる。", "ja", "phone_number", "possibly_leaked"],
    ["不正アクセスで会員のメールアドレスが流出した。\n\n●流出した恐れのある情報\n\n対象は、2021年以降に入会した人の電話番号、氏名、住所。", "ja", "phone_number", "possibly_leaked"],
    ["Someone siphoned off customers' bank account numbers from the Lorrey app.", "en", "bank_account", "leaked"],
    ["The spreadsheet posted online listed applicants' medical needs and disabilities.", "en", "health_info", "leaked"],
    ["A flaw exposed sealed case files, including psychiatric evaluations of defendants.", "en", "health_info", "leaked"],
    ["Hackers copied the tutoring app's notes on pupils' learning difficulties.", "en", "health_info", "leaked"],
    // The one address an intruder came from is the intruder's; a member's in a list of what was taken is data.
    ["Logs show the stolen Pellby key was first used from an unfamiliar IP address, and payroll files were downloaded.", "en", "ip_address", null],
    ["Hackers copied each Pellby user's name, email address and IP address.", "en", "ip_address", "leaked"],
    ["Hackers stole members' saved GPS cycling routes and heart-rate and sleep records from the app.", "en", "location", "leaked"],
    ["Hackers stole members' saved GPS cycling routes and heart-rate and sleep records from the app.", "en", "health_info", "leaked"],
    ["The intruder copied borrower names and library card numbers.", "en", "account_id", "leaked"],
    ["The intruder copied borrower names and library card numbers.", "en", "payment_card", null],
    ["Files taken in the breach held dental insurance enrollment forms.", "en", "health_info", "leaked"],
    // A company's quarterly earnings and the mailboxes an intruder read are no data of a person.
    ["The carrier reported third-quarter earnings after the breach that exposed customer names.", "en", "financial_info", null],
    ["The hack laid bare the earnings of hundreds of musicians on the platform.", "en", "financial_info", "leaked"],
    ["Names and addresses were in the impacted email accounts, the firm said.", "en", "email_address", null],
    ["不正アクセスで会員の氏名が漏えいした。マイナンバーは外部業者へ提供しておらず、今回の対象ではない。", "ja", "government_id", "not_leaked"],
    ["不正アクセスで学生の氏名が流出した。一方、健康診断の結果を扱う基盤は別ネットワークで運用していて、被害はなかった。", "ja", "health_info", "not_leaked"],
    ["予約システムから顧客の旅行日程と注文の履歴が流出した恐れがある。", "ja", "location", "possibly_leaked"],
    ["予約システムから顧客の旅行日程と注文の履歴が流出した恐れがある。", "ja", "purchase_history", "possibly_leaked"],
    // What was on the file or letter that went astray was exposed; what was not in it was not.
    ["A rota went to the wrong school. Carers' mobile numbers were also on the spreadsheet.", "en", "phone_number", "leaked"],
    ["A rota went to the wrong school. Carers' bank details were not in the spreadsheet, though.", "en", "bank_account", "not_leaked"],
    ["Each reminder showed a neighbour's unpaid balance and rent arrears.", "en", "financial_info", "leaked"],
    ["Boxes of payslips were found dumped behind the office.", "en", "financial_info", "leaked"],
    ["Hackers copied customers' MyKad numbers and KRA PINs.", "en", "government_id", "leaked"],
    ["Hackers copied customers' MyKad numbers and KRA PINs.", "en", "password", null],
    ["The leaked file held South African ID numbers of 900 members.", "en", "government_id", "leaked"],
    // One group's data denied beside another group's leak: both stand.
    ["Hackers stole the district's tax forms, which showed workers' Social Security numbers. The credit union stressed that members' Social Security numbers were never in the stolen database.", "en", "government_id", "not_leaked"],
    ["Hackers stole the district's tax forms, which showed workers' Social Security numbers. The credit union stressed that members' Social Security numbers were never in the stolen database.", "en", "government_id", "leaked"],
    // Typed into a phishing page, a login went to the phisher; told not to type it, it did not.
    ["職員が宅配業者を装った偽のサイトで、ログインIDとパスワードを入力しました。その後、会員の氏名が流出した。", "ja", "password", "leaked"],
    ["偽のサイトが表示された場合は、パスワード等を入力したりせず、通報してください。", "ja", "password", null],
    ["名簿を誤って送信した。※電話番号は記載しておりません。", "ja", "phone_number", "not_leaked"],
    ["会員のメールアドレスが流出した。預金口座の番号は流出していない。", "ja", "bank_account", "not_leaked"],
    // A payroll alone is its records, its systems are not; a record system nobody could open leaked nothing; 課税情報 is financial.
    ["The ransomware gang stole files, but the firm said its payroll was not affected.", "en", "financial_info", "not_leaked"],
    ["Ransomware hit the firm; its payroll and rota systems were offline for a week.", "en", "financial_info", null],
    ["After the ransomware attack, ward nurses could not open their electronic health records for two days.", "en", "health_info", null],
    ["攻撃を受けたサーバーには住民の氏名や課税情報が保存されていた。情報が流出した可能性がある。", "ja", "financial_info", "possibly_leaked"],
  ])("%s → %s %s", async (text, lang, type, status) => {
    const out = extractText(text, { lang, res: lang === "ja" ? await loadResources() : undefined });
    const got = out.data_types.filter((d) => d.type === type).map((d) => d.status);
    if (status === null) expect(got).toEqual([]);
    else expect(got).toContain(status);
  });
});

describe("bulleted lists under a heading that is not about data", () => {
  it("advice bullets give no data type a status", () => {
    const text = "Hackers stole customer names from the Tarnby Pharmacy database.\n\nTarnby's tips for customers:\n\n- Hang up on callers who ask about your medicines\n- Never give out bank details on the phone";
    const types = extractText(text, { lang: "en" }).data_types.map((d) => d.type);
    expect(types).toEqual(["full_name"]);
  });
});

describe("what attackers could see, whole numbers denied, and negations that end", () => {
  // Each case: text, then the type:status pairs it must give (personal_info aside).
  it.each<[string, string[]]>([
    // What attackers "could see" once inside an account they saw; "could have accessed" stays a hedge.
    ["Crooks logged in to 900 Pellora accounts. Once in, the intruders could see each member's phone number and home address.", ["phone_number:leaked", "postal_address:leaked"]],
    ["Hackers broke into Pellora's portal. The intruders could have viewed member phone numbers.", ["phone_number:possibly_leaked"]],
    ["A bug at Pellora meant anyone could see other members' phone numbers.", ["phone_number:leaked"]],
    // Through a relative clause or "they", still the attackers' sight.
    ["Fraudsters who got into Pellora loyalty accounts could see members' postal addresses.", ["postal_address:leaked"]],
    ["Criminals broke into 300 Pellora accounts, and inside them they could also see the email address on file.", ["email_address:leaked"]],
    // An attack named alone leaves the story's hedge standing for a bare list of what the files held; a plain theft does not.
    ["Hackers attacked the grocer's network, and shopper data may have been taken. The files held names and email addresses.", ["email_address:possibly_leaked", "full_name:possibly_leaked"]],
    ["Hackers attacked the grocer's network and stole shopper data. The files held names and email addresses.", ["email_address:leaked", "full_name:leaked"]],
    // Legal claims settled are no hedge, a gang's claim is; card numbers written down by hand during an outage were not taken.
    ["The lender will pay $3 million to settle class claims over a 2022 break-in that leaked the Social Security numbers of borrowers.", ["government_id:leaked"]],
    ["The gang claimed it had exposed the Social Security numbers of borrowers.", ["government_id:possibly_leaked"]],
    ["The processor said no cardholder data was touched. During the outage, shops took down card numbers on paper.", ["payment_card:not_leaked"]],
    // A denial of the whole card number stands beside the leak of its last digits.
    ["Thieves got into Quarrow accounts and saw the final four digits of saved cards. Full card numbers are never displayed, Quarrow said.", ["payment_card:leaked", "payment_card:not_leaked"]],
    // Without "full", the stronger status stays the type's only one.
    ["Hackers may have taken Quarrow card details. Quarrow said it has no evidence that card numbers were stolen.", ["payment_card:possibly_leaked"]],
    // Card data held by a named firm's processor was out of reach.
    ["Hackers breached Quarrow. Names were taken, but card numbers are held by Quarrow Pay's payment processor.", ["full_name:leaked", "payment_card:not_leaked"]],
    // "without a password" governs the password, not the figures a later verb tells of.
    ["The Dellbrook server sat open without a password and led to 4 million email addresses being exposed.", ["email_address:leaked"]],
    // The month May is no hedge; the modal is.
    ["An intruder got into the Ravelle clinic's server between 2 and 9 May and copied phone numbers.", ["phone_number:leaked"]],
    ["From mid-May until June the crew copied Ravelle's home addresses.", ["postal_address:leaked"]],
    ["An intruder got into the Ravelle clinic's server and may have copied phone numbers.", ["phone_number:possibly_leaked"]],
  ])("%s", (text, want) => {
    expect(summary(extractText(text, { lang: "en" }))).toEqual([...want].sort());
  });
});
