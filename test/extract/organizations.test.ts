import { beforeAll, describe, expect, it } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import { splitPossessive } from "../../src/extract/organizations.js";
import { extractText, loadResources } from "../helpers.js";

/** Invented sentences: [text, victim names expected (normalised, any order)]. */
const EN_VICTIMS: Array<[string, string[]]> = [
  // Bodies that confirm their own data was in a vendor's breach; a college whose portal showed applicants someone else's file.
  ["Hackers stole student records from a software vendor. At least two more districts — Corbin Unified and Lowmead Public Schools — have confirmed to WKRN 4 that their data was involved.", ["Corbin Unified", "Lowmead Public Schools"]],
  ["For two days, seniors who logged into Ashgrove College's admissions portal were shown someone else's application instead.", ["Ashgrove College"]],
  ["Hackers copied files from a software vendor that serves schools. The vendor has confirmed that Corbet Valley Unified data was among the records taken.", ["Corbet Valley Unified"]],
  ["The Harlow County Board of Elections said a full copy of its voter roll sat in a publicly readable storage bucket for months.", ["Harlow County Board of Elections"]],
  // Public bodies that hold the public's records: an insider who took records home, a misused account, a mailing vendor's breach told by the department itself (a dateline's outlet is none).
  ["The Pell County Office of Veterans Affairs said a clerk had improperly taken home a laptop holding benefit records.", ["Pell County Office of Veterans Affairs"]],
  ["RIVERTON (KXRT) - The Orland Department of Motor Vehicles said an outsider misused a dealer login to look up records on 4,000 drivers.", ["Orland Department of Motor Vehicles"]],
  ["HARLAN CITY — The Westmarch Department of Revenue today announced that a vendor that mails notices on the Department's behalf suffered a cyberattack that may have exposed taxpayer data.", ["Westmarch Department of Revenue"]],
  // A suspected owner whose people were exposed (the legal form ends the sentence before its name is repeated), a carrier whose customers' numbers were taken over.
  ["Everything suggests the open bucket belonged to Harrowgate Recruitment Ltd. Harrowgate's applicants are the people exposed, a researcher said.", ["Harrowgate Recruitment"]],
  ["Regional carrier Tarrow Mobile has confirmed that fraudsters took control of 820 customers' mobile numbers.", ["Tarrow Mobile"]],
  // Supply-chain and ransomware wording: a ransom refused or paid, a breach form's entity, a count of its people, letters sent with a date between, a recipient before "that", "fewer than", an exposure that involves it, a city named after "city of", insiders at a site.
  ["Ransomware encrypted the town's servers last week. The town of Hollowmere has refused to pay the $900,000 ransom.", ["Hollowmere"]],
  ["Hackers locked the network of Tamsin Logistics. Tamsin Logistics will not pay a ransom, its chief executive said.", ["Tamsin Logistics"]],
  ["Data breach notification\n\nName of entity: Harbourline Mutual Insurance\nType of breach: External system breach (hacking)", ["Harbourline Mutual Insurance"]],
  ["Hackers stole records from a payroll vendor. About 3,100 Wrenfield Rovers season-ticket holders were affected.", ["Wrenfield Rovers"]],
  ["Hackers breached Pellworth Billing. Dunmore Dental Group, with offices in Avonbrook and Tisdale, sent letters on May 2 to 4,410 patients.", ["Pellworth Billing", "Dunmore Dental"]],
  ["Hackers breached Pellworth Billing. Carrick Eye Clinic, which has sites in Avonbrook, Tisdale and Lowe Cross, started mailing letters this week to 1,200 patients.", ["Pellworth Billing", "Carrick Eye Clinic"]],
  ["Hackers breached a file-transfer server. Fenmore Accountants told Oregon's attorney general on June 3 that 812 clients were affected.", ["Fenmore Accountants"]],
  ["Hackers breached a background-check vendor. Halloway Care, which employs nurses across three counties, said fewer than 500 of its applicants were affected.", ["Halloway Care"]],
  ["The worst exposure so far involves the Eastbrook Teachers' Pension Fund, whose member files sat on the vendor's server.", ["Eastbrook Teachers' Pension Fund"]],
  ["Two agents at a Quillon Contact Centre site photographed customer records and sold them to fraudsters.", ["Quillon Contact Centre"]],
  ["Stanmoor Data Services determined in April that an unauthorized actor downloaded files from its transfer server.", ["Stanmoor Data Services"]],
  // A client saying its people's data was held by the vendor that was breached.
  ["Hackers breached Tolland Payroll. Brisco Hospital Group said roughly 6,000 staff had data held by Tolland, its payroll vendor.", ["Tolland Payroll", "Brisco Hospital"]],
  // Two names joined by "and" before "both" are two bodies, however institutional the second's head.
  ["Hackers breached Corley Call Services. Ashby Senior Health Plan and Wexford Health Alliance both use the vendor. Ashby said 4,000 members were affected, and Wexford said 900 members were affected.", ["Corley Call Services", "Ashby", "Wexford"]],
  // A currency's letters (S$, NZ$) are no part of the name before them.
  ["The regulator fined Kopitiam Eats S$52,000 after a bug exposed the addresses of 900 users.", ["Kopitiam Eats"]],
  ["Tui Power was fined NZ$30,000 after hackers stole customer records.", ["Tui Power"]],
  // An insider who looked up records without reason, and a portal that let users see others' records.
  ["A former clerk at the Wyndmoor Revenue Office looked up the tax files of neighbours, the office said.", ["Wyndmoor Revenue Office"]],
  ["A Calloway Clinic nurse accessed the charts of 40 patients she did not treat.", ["Calloway Clinic"]],
  ["The Borough of Tessaly said a glitch in its permit portal let signed-in residents view other applicants' files.", ["Borough of Tessaly"]],
  ["Harbor Mills Inc. said Tuesday that hackers stole payment card data of its customers.", ["Harbor Mills"]],
  ["In March 2019, the Latvian hobby forum Quillnet suffered a data breach that exposed 40k email addresses.", ["Quillnet"]],
  ["In June 2020, the recipe site known as 4cooks had 80k records exposed after a breach.", ["4cooks"]],
  ["In May 2017, data belonging to the Danish travel website rejsefix.dk was found online. The data contained passwords.", ["rejsefix.dk"]],
  ["Brightwave Telecom was hacked last week, and 2 million customer records were stolen.", ["Brightwave Telecom"]],
  ["The breach at retailer Pellman & Sons exposed card numbers. Customers were told to watch their statements.", ["Pellman & Sons"]],
  ["Rival chain Dorsey Foods had also fallen prey to a similar theft last year.", ["Dorsey Foods"]],
  ["Lorvane Bank & Castillo Air have confirmed that they are among the firms affected by the data breach.", ["Lorvane Bank", "Castillo Air"]],
  ["The Fenwick hack is the latest in a string of intrusions.", ["Fenwick"]],
  ["It eclipses a 2016 hack at health insurer Marrow Health that exposed 9 million records.", ["Marrow Health"]],
  ["In 2021, the ransomware group Coldfang claimed Tessaly Water as a victim. Records were stolen.", ["Tessaly Water"]],
  // The attribution closes the sentence; a hard-wrapped line is read with the next one.
  ["The payroll system has been hacked and staff data leaked, the Northgate Pension Fund announced Monday.", ["Northgate Pension Fund"]],
  ["A cyber attack on Scottish\nbroadband provider Glenlink accessed the bank details of 9,000 customers.", ["Glenlink"]],
  ["In 2015, the forum for Castle of Runes suffered a data breach.", ["Castle of Runes"]],
  // A store of its own left open.
  ["In 2021, lead generation firm Corvale Leads exposed a database of 12M records with email addresses.", ["Corvale Leads"]],
  ["Pinecrest Clinics inadvertently exposed an unsecured Elasticsearch server holding patient names.", ["Pinecrest Clinics"]],
  // Its data posted or traded, though no breach word is used; records posted to a hacking forum.
  ["In April 2023, data from the Danish jobs website Jobvik was posted online. The data included 30k email addresses.", ["Jobvik"]],
  ["A dump of 2M accounts from Kestrel Mail, often called the local Gmail, was discovered being traded online.", ["Kestrel Mail"]],
  ["In 2023, the coding school Brightbyte had 90k records posted to a popular hacking forum.", ["Brightbyte"]],
  // A time between the name and its verb.
  ["Marrow College this week began notifying 10,000 students that a hacker broke into one of its servers.", ["Marrow College"]],
  ["Tessaly Water on Monday said hackers stole billing records.", ["Tessaly Water"]],
  ["Brightwave Telecom last month suffered a data breach.", ["Brightwave Telecom"]],
  // A common noun's possessive inside a name does not end it.
  ["In 2022, the energy supplier People's Lantern Energy suffered a data breach.", ["People's Lantern Energy"]],
  ["Hackers stole patient records from Children's Hospital of Marrowdale last spring.", ["Children's Hospital of Marrowdale"]],
  // Devices lost to a burglary are a breach.
  ["Harlow Savings said files with customer names disappeared in a burglary at its branch.", ["Harlow Savings"]],
  // A possessive followed only by a legal form stays in the name; intruders as the subject of "accessed".
  ["British homeware chain Halbrook's Ltd said on Friday that cyber criminals had accessed the personal details of 230,000 customers.", ["Halbrook's"]],
  // A shop named for its founder keeps the possessive.
  // ... and a long appositive between the subject and its verb.
  ["Dunne's Bakery, a family-run chain of nineteen shops along the coast road and in two inland towns, said on Monday that thieves had stolen card numbers.", ["Dunne's Bakery"]],
  // A vendor's clients: a utility run as an authority, a relative clause after "at", a count of its own people affected.
  ["Hackers stole files from a billing vendor. The Brindle Valley Water Authority, which serves about 40,000 homes north of Denver, said names of 31,000 customers were exposed.", ["Brindle Valley Water Authority"]],
  ["The worst hit is Harwell Mutual Insurance Co., which told state officials on June 6 that files holding data on 120,000 policyholders were taken.", ["Harwell Mutual Insurance"]],
  ["Hackers stole files from a printing vendor. Marlow Community Credit Union, based in Duluth, said about 12,500 members were affected.", ["Marlow Community Credit Union"]],
  // A long name of seven words; a board confirming it was affected; an agency that serves people.
  ["Hackers stole files from a records vendor. The Westmere Valley Roman Catholic Separate School Board said pupils' grades were taken.", ["Westmere Valley Roman Catholic Separate School Board"]],
  ["Hackers stole files from a records vendor. The Ashgrove Public School Board confirmed it was also affected.", ["Ashgrove Public School Board"]],
  ["The Harbourside Pension Support Agency said that 900 statements posted last week were printed with the account details of another member.", ["Harbourside Pension Support Agency"]],
  // Files encrypted, a flaw used to view records, and a firm that exposed its clients' records.
  ["On March 2, Dunmore Veterinary Group discovered that files on its booking server had been encrypted.", ["Dunmore Veterinary"]],
  ["Orrel Opticians said a hacker exploited a bug in its booking page to view patient profiles.", ["Orrel Opticians"]],
  ["Pune-based payments startup Kesarpay exposed the personal and banking records of 80,000 merchants through an open server.", ["Kesarpay"]],
  // A place between the subject and its verb.
  ["Last week Corbel Family Health in Idaho reported a ransomware attack that hit roughly 30,000 patients.", ["Corbel Family Health"]],
  // A business noun before a name that reads like a person's makes it the business's.
  ["Hackers stole payroll files from Belgian haulage contractor Van Loon Vervoer, the gang said on its site.", ["Van Loon Vervoer"]],
  ["Hackers stole payroll files from building contractor Jansen Bouw, the gang said.", ["Jansen Bouw"]],
  // The wording of breach notices.
  ["Pellow Family Clinic (\"Pellow\") is providing notice of an event that may affect the privacy of certain patient information.", ["Pellow Family Clinic"]],
  ["On January 17, Dunmore Dental became aware of suspicious activity in its email environment.", ["Dunmore Dental"]],
  // A server that belongs to it; an incident it disclosed, named first.
  ["A misconfigured server belonging to fitness app maker StrideUp left 2 million records open.", ["StrideUp"]],
  ["The breach, which Carrow Mutual disclosed in February 2023, involved names and addresses.", ["Carrow Mutual"]],
  // Fined, sued or settling over a breach; a descriptor opening the sentence is no part of the name.
  ["Norbury Airways was fined £20m over a 2018 data breach.", ["Norbury Airways"]],
  ["The regulator fined Norbury Airways £20m over a 2018 data breach.", ["Norbury Airways"]],
  ["Insurer Carrow Mutual agreed to pay $5 million to settle claims over a 2022 cyberattack.", ["Carrow Mutual"]],
  // Card skimming on a checkout page.
  ["Vantix said malicious code planted on its checkout page may have captured the card numbers of 66,000 customers.", ["Vantix"]],
  // A data word opening a sentence is no organisation.
  ["Smile Group said hackers stole patient files. Bank account details of some patients were also exposed.", ["Smile"]],
  // A defined term stands for its definer; a legal form after a comma is part of the name.
  ["On May 2, 2025, Quorra Labs Holdings, Inc. (the \"Company\") detected unauthorized activity on its network. The Company believes data was exfiltrated.", ["Quorra Labs"]],
  ["The Company recently learned of an incident. Marlow Freight, LLC (the \"Company\") detected unauthorized activity on its network.", ["Marlow Freight"]],
  // Notice verbs and the wording of notices; intruders who were able to view data.
  ["Tessaly University is writing to students following a cyber security incident affecting some of its systems.", ["Tessaly University"]],
  ["Harbor Mills is emailing 40,000 customers after attackers used stolen passwords to break into their accounts.", ["Harbor Mills"]],
  ["Dunmore Outfitters said the attackers were able to view order histories for two weeks.", ["Dunmore Outfitters"]],
  ["Brightwave Telecom confirmed it suffered a cybersecurity incident last week.", ["Brightwave Telecom"]],
  // A suit over a breach, a gang's leak site, intruders as the subject of "hit".
  ["Two customers filed a class action lawsuit against Carrow Mutual over the 2024 data breach.", ["Carrow Mutual"]],
  ["The Coldfang gang added Tessaly Water to its dark web leak site on Monday, claiming to hold 2 TB of files.", ["Tessaly Water"]],
  ["Hackers hit regional lender Pinecrest Savings last week, stealing customer records.", ["Pinecrest Savings"]],
  // A given name opening a company's name; a place adjective before it.
  ["Garnet Mobile said on Friday that hackers had accessed the accounts of prepaid customers.", ["Garnet Mobile"]],
  ["Seattle-based Brightwater Bank said hackers stole customer records.", ["Brightwater Bank"]],
  // The object of a breach verb, whoever the subject; a settlement over a breach; a longer list before "from".
  ["The Coldfang crew has previously extorted Belgian insurer Verano Assur, leaking policyholder data.", ["Verano Assur"]],
  ["The attorney general announced a $3.8 million settlement with Marlow Lending, LLC, over a 2022 cyberattack.", ["Marlow Lending"]],
  ["Hackers stole customer names, emails and phone numbers from Dunmore Outfitters last week.", ["Dunmore Outfitters"]],
  // Malware deployed, an insider who took data, "can confirm", a defined term after "or".
  ["On May 2, 2025, Quorra Labs, Inc. (\"Quorra\" or the \"Company\") identified that a threat actor had deployed encryption malware on its servers.", ["Quorra Labs"]],
  ["Harbor Mutual says a former employee emailed spreadsheets of policyholder data to a personal account.", ["Harbor Mutual"]],
  ["Tessaly Health Trust can confirm that patient data was taken during the cyber attack.", ["Tessaly Health Trust"]],
  // A named client among those affected.
  ["The largest affected client so far is Marlow Valley Hospital, which said 3,000 patients were affected by the breach.", ["Marlow Valley Hospital"]],
  // A notice in the first person names its issuer by the name it uses most.
  ["A message about a security incident\n\nDear Pellow Books community,\n\nWe recently learned that an unauthorized party accessed our order database. Your password was not affected.\n\nThank you for shopping with Pellow Books.", ["Pellow Books"]],
  // A definite description stands for the last name that ends in its head.
  ["Parents in the Larchmont Unified School District got a message late Wednesday: someone had gotten into the district's student information system and downloaded records. The breach was found on Sept. 3.", ["Larchmont Unified School District"]],
  // In a breach story, whoever tells its own people or reports how many were affected holds the data.
  ["A breach at a billing vendor hit many clinics. Harrow Pediatric Group reported 21,450 affected patients to the attorney general, and Quillon Dermatology Clinic told patients in a letter that fewer than 5,000 people were involved.", ["Harrow Pediatric", "Quillon Dermatology Clinic"]],
  ["Hackers got into Vandermeer Corp's network last year and stole data.", ["Vandermeer"]],
  // A filing's wording and a headline's present tense.
  ["On October 11, 2024, Marrow Staffing Solutions, Inc. filed a notice of data breach with the Attorney General of Maine.", ["Marrow Staffing Solutions"]],
  ["Marrow Staffing Solutions reports breach to state regulator affecting 48,917 people", ["Marrow Staffing Solutions"]],
  // A place before a common noun locates the name after it.
  ["Ransomware gang claims attack on Ohio plastics maker Ventrel; company says no data was stolen", ["Ventrel"]],
  // A vendor's clients listed with their own counts, even on short lines.
  ["Hackers breached a billing vendor. These clients have reported the breach:\nOakhurst Family Dental (Maine) - 4,210 patients\nPine Hollow Clinic (Vermont) - 1,932 patients", ["Oakhurst Family Dental", "Pine Hollow Clinic"]],
  // A release's ticker and its two aliases name one company.
  ["Korvex Logistics, Inc. (NYSE: KVX) (\"Korvex\" or the \"Company\") today gave an update. The Company said hackers stole employee files.", ["Korvex Logistics"]],
  // A word in -ing opening a sentence is a name when an appositive follows.
  ["Shipling, a courier app, said hackers stole the addresses of its users.", ["Shipling"]],
  // Personal details sent to the wrong person are a breach of the sender's.
  ["Bramwell Council staff sent the names and addresses of 300 tenants to the wrong recipient.", ["Bramwell Council"]],
  // A breach story that no cue names: the subject of its headline and lead, named most often.
  ["Ferncliff Clinic sacks clerk who browsed patient files\n\nBy Jo Penrose\n\nFerncliff Clinic has dismissed a records clerk who opened the charts of about 1,400 patients without a work-related reason over 18 months. Ferncliff Clinic said letters went out this week.", ["Ferncliff Clinic"]],
  ["Tollgate Cooperative fined €40,000 after members' details were left open to the internet\n\nThe regulator said Tollgate Cooperative secured the server within a day.", ["Tollgate Cooperative"]],
  // A descriptor between coordinated names, a loss of data, a flaw in a name's app, accounts at a name.
  ["Orvane Airlines, furniture retailer Hollis Wren and insurer Pelham Mutual confirmed on Friday that criminals stole client records.", ["Orvane Airlines", "Hollis Wren", "Pelham Mutual"]],
  ["A breach hit builders this year. Stonework firm Callan & Reed lost the bank details of 2,100 workers when a clerk's mailbox was phished.", ["Callan & Reed"]],
  ["A glitch in Marlowe Ferries' booking app let any signed-in traveller view other passengers' names and phone numbers. Marlowe Ferries fixed it within a day.", ["Marlowe Ferries"]],
  ["Criminals reused leaked passwords to sign in to 90,000 accounts at utility Beckett Water. Beckett Water later reset every password.", ["Beckett Water"]],
  // An insider, a contractor without authorisation, and a report to the regulator.
  ["Redfern Savings Bank (\"Redfern\" or \"the Bank\") said on Tuesday it has begun writing to some account holders after a departed vendor employee opened their files without authorization.", ["Redfern Savings Bank"]],
  ["A spreadsheet of donors' home addresses was emailed to the wrong list by mistake. Harrow Lane Pantry has referred the breach to the privacy regulator.", ["Harrow Lane Pantry"]],  // Files taken or copied from its server; a count of its own license holders told after the day; a long appositive.
  ["Northmere State College said files taken from its transfer server held student ID numbers.", ["Northmere State College"]],
  ["The Harlow County Teachers' Retirement Fund said it found that files were copied off its server.", ["Harlow County Teachers' Retirement Fund"]],
  ["Hackers stole files. The Oregon Board of Plumbing Examiners, which licenses plumbers, pipefitters, gasfitters and apprentices, said Friday that some 40,000 license holders could be affected.", ["Oregon Board of Plumbing Examiners"]],
  // A database left open is exposed; a notice sent late is the holder's.
  ["Payments startup Kestrafin has confirmed that a database of customer records was left publicly accessible for weeks.", ["Kestrafin"]],
  ["Hackers stole account numbers in 2023. Brindle Savings Bank waited 90 days to notify customers whose data had been stolen.", ["Brindle Savings Bank"]],
  // A state closing an address is no antecedent of "which".
  ["Hackers hit a billing vendor. Its largest client is Corran Valley Hospital in Ames, Iowa, which said Tuesday that some 9,000 of its patients had been affected.", ["Corran Valley Hospital"]],
  // A file sent by mistake is a breach; a regulator's finding names whose data it was, never the regulator or its acronym.
  ["The Marlow Valley Learning Trust said a register of pupils went out attached in error with the parents' newsletter.", ["Marlow Valley Learning Trust"]],
  // A supplier whose servers an intruder had access to is a victim; a place the story moves to is none.
  ["Rail operator Fennick Trains is writing to passengers. Its ticketing supplier Routeway Systems said an outside intruder had access to its booking servers for a month.", ["Fennick Trains", "Routeway Systems"]],
  ["In Canada, Birchmount Library disclosed that a laptop holding borrowers' addresses was stolen.", ["Birchmount Library"]],
  // A client mailing its own letters, a startup leaving its store open, a client of a breached vendor; a loyalty scheme is the airline's.
  ["Hackers stole payroll files from a vendor. One client, bakery chain Millbrook Loaves, has begun mailing letters to 840 current and former employees.", ["Millbrook Loaves"]],
  ["Quiz startup Pollcraft left a storage bucket publicly readable for a year.", ["Pollcraft"]],
  ["In 2022 a ticketing platform used by Dunmere College was breached.", ["Dunmere College"]],
  ["Harlan Air said a database of its SkyPoints loyalty scheme members had been left open to anyone.", ["Harlan Air"]],
  ["A clinic was fined after hackers stole patient files.\n\nThe Health Data Review Commission (HDRC) said Tarnwick Clinics had failed to implement adequate security for its booking portal. The HDRC added that it had reviewed the portal. The HDRC published its decision.", ["Tarnwick Clinics"]],
  // An intruder nobody can name; a name set off by commas after its kind; data believed to be a firm's, put up for sale.
  ["Pelham Mutual said an unknown party had downloaded its member files.", ["Pelham Mutual"]],
  ["The school board said the vendor, Tallis Route Systems, told it in May that attackers had accessed its servers.", ["Tallis Route Systems"]],
  ["Records allegedly belonging to Marrow Cove Spas were listed on a dark web market last week.", ["Marrow Cove Spas"]],
  // Claims settled against a firm over an intrusion; a firm counting its own staff and retirees affected "in a filing".
  ["A county judge approved a $2.4 million deal settling claims against Marlow Dental Group over a 2021 intrusion that exposed patient charts.", ["Marlow Dental"]],
  ["A software host was hacked. Tarnbrook Savings Bank said in a regulatory filing that 2,210 employees and retirees were affected.", ["Tarnbrook Savings Bank"]],
  // Media gone missing; a former worker sued for moving files to a personal account.
  ["Wexcombe Assurance says a box of unencrypted backup disks went missing after a courier picked it up on March 3.", ["Wexcombe Assurance"]],
  ["Corbell Lending has sued a former underwriter, alleging she forwarded borrower spreadsheets to her personal email before resigning.", ["Corbell Lending"]],
  // A professional corporation's form after a comma is part of its name.
  ["Harwick Eye Associates, P.C., a practice in Ohio, notified 3,100 patients that hackers stole their files.", ["Harwick Eye Associates"]],
  // A file put in a shared online folder; an attack that forced a body to close.
  ["Kelmont District Council said a spreadsheet of tenants' details was placed in a shared folder online in March.", ["Kelmont District Council"]],
  ["Last year a cyberattack crippled the nearby Brisa Valley School District for two days.", ["Brisa Valley School District"]],
  // Its own people before the name: "shoppers at", "patients of".
  ["Weekend buyers at Pellmont Outfitters saw their card numbers stolen by a skimming script.", ["Pellmont Outfitters"]],
  ["Patients of Corraline Dental Group had their treatment records stolen in a ransomware attack.", ["Corraline Dental"]],
  // Other countries' legal forms end a name, even one compromise reads as a person's.
  ["The regulator fined Vellamo Logistiikka Oy after hackers stole the driver records it held.", ["Vellamo Logistiikka"]],
  ["Spain's agency fined Bodegas Martín Ruiz S.L. after attackers stole customer files from its web shop.", ["Bodegas Martín Ruiz"]],
  ["The commission said Lindqvist Tutoring Pte. Ltd., which runs six centres, had misconfigured a storage bucket holding pupils' reports.", ["Lindqvist Tutoring"]],
  // A dateline's city is no name; an amount after a name is no part of it.
  ["COPENHAGEN, May 2 (Nordlys Wire) - Fjordlin A/S said hackers stole customer records from its booking system.", ["Fjordlin"]],
  ["Watchdog fines Marevia 2.5 mln euros over customer data leak", ["Marevia"]],
  ["The authority fined Solberg Bank ASA NOK 8 million after hackers stole client files.", ["Solberg Bank"]],
  // A capitalised descriptor inside a name is no descriptor; a service that resets its customers' passwords after accounts were broken into.
  ["Tidewater Community Credit Union of Salem filed a notice saying hackers stole member data.", ["Tidewater Community Credit Union of Salem"]],
  ["Online bookseller Pagewright is resetting the passwords of about 80,000 customers after attackers broke into their accounts with passwords stolen elsewhere.", ["Pagewright"]],
  // Two names joined by "and", each closed by its own head.
  ["Hackers stole statements of Fernley Bank and Dales Building Society customers, the printer said.", ["Dales Building Society", "Fernley Bank"]],
  // A company finding a skimmer, an intruder inside its portal, officials speaking for it, a scammer sent its staff's files, and a practice telling its families.
  ["Harrowby Garden Centre found a card skimmer on the payment page of its web shop.", ["Harrowby Garden Centre"]],
  ["Ketterly Motors, which sells used vans in three counties, says an intruder had been in its loan portal for nine days.", ["Ketterly Motors"]],
  ["Ashgrove County officials said a clerk had sent copies of staff wage slips to a scammer who pretended to be the treasurer.", ["Ashgrove County"]],
  ["A billing vendor was hit by ransomware. Linden Family Dentistry, a five-site practice near Dayton, told families that 860 patients were affected.", ["Linden Family Dentistry"]],
  // Mistakes, not hacks: a lead that names the body in the next sentence, a letter with another tenant's details, someone else's order on screen, a chat group.
  ["A dental practice has apologised after a spreadsheet of patient phone numbers was emailed to a supplier by mistake.\n\nOakmere Dental Care, which has surgeries in two towns, said a receptionist had picked the wrong contact.\n\nOakmere Dental Care said the supplier had deleted the file.", ["Oakmere Dental Care"]],
  ["Stowford Housing Trust said renewal letters were sent with another tenant's details.", ["Stowford Housing Trust"]],
  ["Customers of Brackenfield Books said they logged in and saw someone else's order history.", ["Brackenfield Books"]],
  ["Pellham Estates Ltd was fined £8,000 after an agent shared a list of tenants' phone numbers in a WhatsApp group with 150 members.", ["Pellham Estates"]],
  // A regulator's reprimand or finding of weak security; a notice sent by letter; a notice under the body's own masthead.
  ["The ICO issued a reprimand to Halden Lettings Ltd. A tenant list stayed open to anyone with a link for a month.", ["Halden Lettings"]],
  ["Hackers broke into a tutoring portal. The commission said Corvex Tutors Pte Ltd, which runs six centres, did not put in place adequate safeguards for it.", ["Corvex Tutors"]],
  ["Hackers stole files from a scheduling server. Quillon Eye Clinic mailed notification letters on March 3.", ["Quillon Eye Clinic"]],
  ["Harrowgate and Lyme Community Health NHS Trust\n\nWe are writing to patients because a member of staff opened patient records with no work reason.\n\nThe regulator has been told.", ["Harrowgate and Lyme Community Health NHS Trust"]],
  // A school's newsletter under its masthead in capitals; a firm whose server was locked up; the system "of" a district an intruder got into; the wrong file attached; details published on a council's site; a fine on a retailer named with two words of its trade.
  ["HOLLYBANK INFANT SCHOOL\n\nDear Parents,\n\nOn Monday someone outside school was able to read our office inbox after a colleague was tricked into signing in on a fake page.", ["HOLLYBANK INFANT SCHOOL"]],
  ["Criminals hacked the server at Pennock Vets over Easter and locked the booking records.", ["Pennock Vets"]],
  ["In May an intruder got into the payroll system of the Ashcombe Valley School District and copied staff tax forms.", ["Ashcombe Valley School District"]],
  ["Dunmore Road Surgery said a receptionist attached the wrong file to a newsletter.", ["Dunmore Road Surgery"]],
  ["Hartshill Borough Council has apologised after the home addresses of 600 residents were published on its consultation website.", ["Hartshill Borough Council"]],
  ["The regulator fined online camping-gear retailer Pinetop Supplies Ltd £900,000 after crooks planted skimming code on its checkout.", ["Pinetop Supplies"]],
  // A sum in Kenyan shillings is no part of the name before it.
  ["Nyandarua Farmers Sacco Society Ltd was fined Sh3.5 million after its portal leaked members' data.", ["Nyandarua Farmers Sacco Society"]],
];

/** Invented sentences that must name no victim, or must not name a given one. */
const EN_NOT_VICTIMS: Array<[string, string[]]> = [
  // The software named as the way in, and a regulator's public breach portal.
  ["Hackers exploited a flaw in Filebeam, a file-sharing application made by Quenby Labs, and stole borrower data from Corvane Lending.", ["Corvane Lending"]],
  ["Hackers stole patient files from Brisley Clinic. The incident is due to be listed on the OCR's public portal.", ["Brisley Clinic"]],
  ["Old leaks never go away. Free breach-lookup sites tell you which of them hold your email address.", []],
  // Laws a victim "breached", regulators by their acronyms or office, a country, a breach-notification service, a vendor's product that flags account takeovers.
  ["The regulator said Kelby Foods breached the Australian Privacy Principles when hackers stole customer records.", ["Kelby Foods"]],
  ["The Data Protection Commission fined Dunmore Telecom over a breach in which attackers harvested subscriber data. The DPC said the records of 40,000 customers were obtained, and that Dunmore had breached Article 5 of the GDPR.", ["Dunmore Telecom"]],
  ["The Office for Civil Rights said Fenwick Eye Clinic's patient records were encrypted by ransomware.", ["Fenwick Eye Clinic"]],
  ["Our scan found an unprotected database that exposed records of shoppers in Germany and Austria. Germany's data regulator has been told.", []],
  ["On Wednesday the breach-notification service Pwnwatch said it had loaded 900,000 email addresses from a file stolen from Lindqvist Games.", ["Lindqvist Games"]],
  ["Corvane Security on Monday launched a tool that spots hijacked accounts within minutes.", []],
  // A ransomware strain named as such, a dateline with its state before the dash, a bank's bare abbreviated legal form (a word such as "Company" may still be a declared alias), places listed in a relative clause, and a client whose records were none of the exposed.
  ["Advisory: Cinderfang Ransomware\n\nCinderfang is a ransomware-as-a-service variant first seen in 2024. Victims are named on the Cinderfang data leak site.", []],
  ["Hackers stole files from Osgood Freight. Police said the Cinderfang ransomware gang was behind it.", ["Osgood Freight"]],
  ["LAKE VERNON, Minn. — Brackley Tools Inc., a maker of garden tools, said a ransomware attack halted production at plants in Lake Vernon.", ["Brackley Tools"]],
  ["Hackers breached a loan servicer. Second Hearth Bank, N.A., a lender with $900 million in deposits, said documents it shared with the servicer were stolen.", ["Second Hearth Bank"]],
  ["Hackers breached Pellworth Billing. Tarn Credit Union, with branches in Oakhurst, Bexley and Wend Falls, started mailing letters this week to 900 members.", ["Pellworth Billing", "Tarn Credit Union"]],
  ["Hackers breached Pellworth Billing. Rowan Valley Schools said Pellworth told it that none of the district's payroll records were among the stolen files.", ["Pellworth Billing"]],
  ["Hackers breached Pellworth Billing. About 2,000 Medicare Advantage members were affected.", ["Pellworth Billing"]],
  // A breach word opening a related-link line is no name; a company that found a bug in its own app, or officials with no breach, name none.
  ["Hackers stole files from Brantwell Foods.\n\nRelated:\nRansomware leak sites and how they work", ["Brantwell Foods"]],
  ["Corvell Games found a bug in its new racing title and delayed the launch.", []],
  ["Ashgrove County officials said the new library will open in spring.", []],
  // A law firm representing claimants, a person after a job title, a regulator told of breaches, a plural demonym.
  ["Hackers stole data from Ostrava Rail. Hawthorne Pryce Solicitors, which represents more than 400 Ostrava Rail travellers bringing a collective action against the operator, said the penalty proved the breach was wholly avoidable.", ["Ostrava Rail"]],
  ["Hackers stole $41 million from the Quillon exchange. Writing on X on Tuesday, chief executive Tamsin Okoro-Vale said early findings pointed to one compromised signing key, not a bug in the platform's code.", []],
  ["Providers are required to report breaches affecting at least 700 patients to HHS inside two months.", []],
  ["The large bank and telco breaches of 2021 taught many Canadians how tiresome the aftermath of a breach can be.", []],
  // A lone adjective opening a sentence, a city before "State-based", a demonym before a common noun, a state most named in a law story.
  ["Online shoppers lost card numbers after hackers breached Ridgeway Outfitters, the company said. Online orders resumed on Friday.", ["Ridgeway Outfitters"]],
  ["Tallow Payroll Inc., the Dayton, Ohio-based payroll service, says intruders got into its worker accounts.", ["Tallow Payroll"]],
  ["Hackers took the banking information of thousands of Canadian workers at Birchmoor Staffing, the regulator found.", ["Birchmoor Staffing"]],
  [
    "Oregon governor signs privacy bill\n\nOregon became the latest state to pass a privacy law on Monday. Oregon already makes firms tell residents when data is compromised in a breach. Oregon lawmakers debated the bill for a year.",
    [],
  ],
  // No breach: a product launch, a phishing warning.
  ["Quorra Labs released a browser extension that warns users before they type their password into a fake page.", []],
  ["A spokeswoman for the Bank of Ardent said: \"We are aware of these phishing attacks and customers report them.\"", []],
  // A person's affiliation after "of" speaks for no one; a regulator's commissioner is no victim.
  ["Privacy lawyer Rhona Keel of Marsh Brook LLP said the files had been exposed for months.", []],
  ["The province's Information and Privacy Commissioner told reporters her office had received reports of stolen data.", []],
  // A crime agency speaks of another's breach.
  ["The Serious Fraud Enforcement Agency said it was investigating stolen data.", []],
  // A lobby speaking of what a bill would make companies do after a breach.
  ["The Harbour State Retail Council said the bill would force firms to report hacks before they know what was stolen.", []],
  // A count of people affected says nothing of a breach when the story has none.
  ["Marlow Community Credit Union said about 12,500 members were affected by the outage.", []],
  // A person named after a business noun is still a person when the whole name is theirs.
  ["Hackers breached the company Maria Lopez founded in 2010, and customer records were stolen.", []],
  // A news source, a security firm, software, the attacker.
  ["Hackers stole the data of 3 million customers, the Daily Courier reports.", []],
  ["Security firms Redgate Inc and Halvard Consulting reported that the flaw had been exploited to steal data.", []],
  ["In 2018, the site Bramblewood suffered a breach. The hack of the vBulletin forum exposed 10k accounts.", ["Bramblewood"]],
  ["The hacker collective known as GreyMoth breached Solvent Energy and stole customer records.", ["Solvent Energy"]],
  ["Lulzgang, the hacker group behind recent attacks on gaming websites such as Corvo and Nintari, denied involvement.", []],
  // A place after a preposition, a person named by surname, a headline in title case.
  ["Tarrow Systems, based in Denton, Ohio, had disclosed that hackers stole records.", ["Tarrow Systems"]],
  ["Security chief Dana Pruitt said the breach was contained. Pruitt said hackers stole no card data.", []],
  ["Hackers Steal Data From Cloud Storage Platform", []],
  ["The largest breach before this was the hack at Wexley Cards, said Mara Quint, an analyst with a research firm. Before that, 4 million cards were stolen, Quint said.", ["Wexley Cards"]],
  ["Ferrow Software had disclosed the flaw, cautioning that it could potentially allow unauthorised access into users' systems.", []],
  // Exposing a flaw or a scheme is no store of one's own left open.
  ["Halvard Consulting exposed a flaw that let hackers steal passwords from routers.", []],
  // Data from a research firm, published: a statistic, not a leak.
  ["Data from Marlow Analytics was published on Monday, showing that cloud spending rose 20%.", []],
  // The one store the stolen data did not come from.
  ["Hackers stole details from transactions at all Tellmart stores except Dunmore's, a chain in the north.", ["Tellmart"]],
  // Data from what a possessive names, not from its owner; from a data store, not from the store.
  ["In 2025, data from Norland's Kidsport Pass program was posted to a hacking forum.", ["Kidsport Pass"]],
  ["In 2016, 8 million profiles were leaked from Quillnet's MongoDB, the site said.", ["Quillnet"]],
  // A time before a verb that reports no breach.
  ["Quorra Labs on Monday released a password manager for families.", []],
  // A place's possessive ends the name, and the name after it is found; a cue before both is
  // about the second.
  ["Finland's Corvale Bank said hackers stole customer records.", ["Corvale Bank"]],
  ["The breach at Finland's Corvale Bank exposed card numbers.", ["Corvale Bank"]],
  ["Hackers breached Finland's Corvale Bank and stole customer records.", ["Corvale Bank"]],
  // No breach: plans, an acquisition, a suit over something else; the regulator that fines.
  ["Halbrook's Ltd said it plans to open 20 new stores.", []],
  ["Quorra Labs agreed to pay $40 million to acquire Brightbyte.", []],
  ["Regulators sued Halvard Consulting for misleading advertising.", []],
  ["The Information Commissioner's Office fined Norbury Airways £20m over a 2018 data breach.", ["Norbury Airways"]],
  // Said of itself: untouched by someone else's breach.
  ["Sainsbury's Bank said it was not affected by the breach at Tesco.", ["Tesco"]],
  // The owner of a named server is whose data it held; the server's software is not.
  ["Hackers stole data of 2 million users from Quillnet's MongoDB server.", ["Quillnet"]],
  // A name in apposition to a descriptor keeps its "and" and "on the", named again or not.
  ["In May 2024, the cooking retailer Pots and Pans Direct was the target of an extortion attack.", ["Pots and Pans Direct"]],
  ["In 2019, the gossip website The Bird on the Roof suffered a data breach. Attempts to contact The Bird on the Roof failed.", ["Bird on the Roof"]],
  ["In 2015, the Danish forum known as Kvasir had internal data on 30k members published by a newspaper. The compromised data included email addresses.", ["Kvasir"]],
  // The place a store sells from is not where the data came from; a capitalised common noun opening a sentence is no name.
  ["In 2024, email addresses from the online store for goods from Norland were posted to a hacking forum.", []],
  ["In 2022, the forum Quillnet suffered a data breach. User accounts included usernames and passwords.", ["Quillnet"]],
  // Data "published" tells of a leak only in a story of a breach.
  ["Harlow University had its research data published in a journal last year.", []],
  // Before a plural verb, "A and B" stays two names.
  ["The social network Fotogram and Chatterly were hacked last year.", ["Fotogram", "Chatterly"]],
  // "and" before an institution's head noun joins one name; two heads are two institutions.
  ["The Hill County Parks and Wildlife Department suffered a data breach in May.", ["Hill County Parks and Wildlife Department"]],
  ["The Marlow Health Department and Marlow Police Department were hacked in May.", ["Marlow Health Department", "Marlow Police Department"]],
  // A place adjective alone names no one; a legal form after a comma is no name of its own.
  ["Hackers stole 2 TB of data from the Rotterdam-based freight forwarder.", []],
  ["Pellow Family Clinic, LLC said hackers accessed patient files.", ["Pellow Family Clinic"]],
  // A third party that warns others, a suit or a leak site that is not about the breach, a source that saw an email.
  ["The Better Business Bureau of Marlow is alerting consumers that hackers stole passwords from an online shop.", []],
  ["Regulators filed a complaint against Halvard Consulting over misleading advertising.", []],
  ["In the email, seen by the Marlow Courier, Harbor Mills said hackers stole card numbers.", ["Harbor Mills"]],
  // An alias that is not declared stays a name of its own.
  ["The Company said it was not affected. Quorra Labs said hackers stole records.", ["Quorra Labs"]],
  // A denial; a law firm that investigates claims; a breach portal; a place that qualifies an institution.
  ["Grandline Mobile said it found no evidence of any intrusion after a seller offered a database online.", []],
  ["Harlan Voss LLP, a national data privacy litigation firm, is investigating claims on behalf of patients whose data was exposed in a data breach at Redfield Eye Institute.", ["Redfield Eye Institute"]],
  ["The HHS breach portal lists 40 incidents this month; hackers stole records from Pinecrest Clinic.", ["Pinecrest Clinic"]],
  ["It is the second breach at a Northwest financial institution this month.", []],
  // "hacked from the X forum": a preposition, not the object of the verb.
  ["In 2019, the forum Bramblewood suffered a breach; passwords were hacked from the vBulletin based board.", ["Bramblewood"]],
  // A first-person sentence needs a breach word outside quotes, and a name used twice.
  ["\"We are investigating a data breach,\" a spokesman said. Quorra Labs and Quorra Labs staff were not available.", []],
  ["We recently learned that an unauthorized party accessed our order database. Questions? Write to Pellow Books.", []],
  // A place before a common institution noun only says where it is.
  ["Hackers took member data from Washington credit union, including Social Security numbers", []],
  // A regulator telling consumers what to do holds none of their data; a server used by a
  // department is reached through, not the department's breach.
  ["A breach hit the region. The Federal Trade Commission told consumers to watch for scams.", []],
  ["An unauthorised third party gained access to a legacy file server used by the Finance Office.", []],
  // The police and a form's "Date" label are no victims.
  ["State Police on Monday arrested two men. Police said they found blank gift cards encoded with stolen card data.", []],
  ["Date breach discovered: 08/02/2024. Data breach notice filed.", []],
  // A regulator telling of a breach it was told of, even by its acronym, is no victim.
  ["Hackers hit Corrin Mutual. The Information Commissioner's Office said it had received a report about the breach from the insurer.", ["Corrin Mutual"]],
  ["Corrin Mutual said hackers stole policyholder data. The Data Protection Commission (DPC) opened a case. The DPC said the server was exposed for months.", ["Corrin Mutual"]],
  // A place before a bare noun, and a spokesperson named after a lower-case title, or by a title.
  ["DPC fines Cork insurer Corrin Mutual over exposed server", ["Corrin Mutual"]],
  ["Corrin Mutual said hackers stole policyholder data. \"Our own systems were not breached,\" said Aine Tully, the company's vice-president of operations. Card data was not exposed, Tully said.", ["Corrin Mutual"]],
  ["Corrin Mutual said hackers stole policyholder data. Councillor Rhona Bell said the breach was the third this year.", ["Corrin Mutual"]],
  // A vendor that found no evidence of a breach of its own platform.
  ["A lender and a retailer have disclosed that hackers stole client records from accounts they held with payroll platform Veldra, in an extortion campaign. Veldra said there was no evidence its own platform had been breached.", []],
  // A denial in the lead leaves the subject no victim; a generic head opening a headline is no name.
  ["Weyland Broadband denies hack after forum post\n\nWeyland Broadband denies any intrusion into its servers. Weyland Broadband said the sample was an old marketing list.", []],
  ["Hospital fires porter after a row over parking\n\nThe hospital said the porter broke rules on staff parking.", []],
  // A think tank that studies breaches is the story's subject, not a victim.
  ["Breaches cost more, says Ostrander Institute\n\nThe Ostrander Institute found that a data breach now costs firms $4.1 million on average. The Ostrander Institute surveyed 600 companies.", []],
  // A transcript's speaker labels name people.
  ["MARA QUILL (HOST): Welcome back.\nDEV RANA: Thanks. Attackers stole our customers' data last spring.\nMARA QUILL (HOST): What happened next?", []],  // A ministry named for several fields is one body, none of its fields a victim.
  ["The Ministry of Fisheries, Forestry and Rural Affairs said hackers had copied files from Tavish Seafoods.", ["Tavish Seafoods"]],
  ["The Department of Information and Digital Technology said the gang breached Lakan Telecom.", ["Lakan Telecom"]],
  // An authority that helps find the hackers speaks of another's breach, though it says "its".
  ["Hackers stole subscriber files from Lakan Telecom. The Bureau of Cyber Investigation said its unit was helping the telco trace the hackers.", ["Lakan Telecom"]],  // A gang calling itself a name; a law; a word opening a quote; a product named with its maker.
  ["A ransomware group calling itself Grey Wren said it stole 200 GB of files from Tolland Mutual.", ["Tolland Mutual"]],
  ["The suit against Tolland Mutual, whose servers were breached, cites the Fair Credit Reporting Act as well as a state Data Breach Notification Act.", ["Tolland Mutual"]],
  ["\"Every account that was accessed had a password already exposed elsewhere,\" said Mira Dunn of Tolland Mutual, whose systems were not breached.", []],
  ["Hackers exploited a flaw in CargoSafe, a file-transfer product made by Velling Software. The CargoSafe hack hit a college and a hospital.", []],
  // An issuer that denies its systems were reached tells of a fraud.
  ["FOR IMMEDIATE RELEASE\n\nHarlow City confirms payroll scam\n\nFraudsters diverted the pay of four staff by email after a breach of trust. Our review found no sign that our computer systems were compromised. Harlow City will repay the staff.", []],
  // A place after a comma ("based in Y, Vermont, notified") is no subject.
  ["Hackers planted code on a checkout page. The shop, based in Eastford, Vermont, notified customers on Monday.", []],
  // A town before a common noun describes the firm; a councillor is a person; "We've" opens a sentence.
  ["Regulator fines Bristol law firm £90,000 after hackers stole client files.", []],
  ["Hackers stole tax files. Coun. Mara Quist said council was told late. We've asked for a review, she said.", []],
  // A figure after "of" ends no name.
  ["Data of 3.4m shoppers exposed\n\nA researcher spotted an open server.", []],
  // A date written "the 9th of May"; a town before an estate agent or a maker; researchers at a response firm.
  ["The firm said that criminals broke into its ordering system on the 4th of June and stayed for a week.", []],
  ["Hackers stole tenant passports from Leeds estate agent Parrin Homes.", ["Parrin Homes"]],
  ["Researchers at incident response firm Corrow Labs say the gang often buys stolen passwords.", []],
  // A firm that says it was not hacked, warns of a scam in its name, or compiles the news; a start-up that hunts for leaked logins.
  ["Scammers sent fake invoices to shoppers. Halden Parcel said its servers had not been hacked.", []],
  ["Brisa Savings warned members about fraudulent texts impersonating its staff. Hackers stole data from another lender.", []],
  ["This week's data breaches, compiled by the Ledger Watch staff: hackers stole files from a clinic.", []],
  ["Vantor Guard raises $20 million to catch stolen passwords\n\nVantor Guard, a start-up, scans criminal forums for leaked logins. Investors backed Vantor Guard.", []],
  ["Payments resume at Quillon Pay after outage, not hackers\n\nQuillon Pay said the fault was not a cyberattack. Quillon Pay restored service.", []],
  // A person described in a relative clause ("X, who studies"), named again alone.
  ["Hackers stole clinic records. \"It is common,\" said Ione Varga, who studies hospital security. Varga said stolen records sell well.", []],
  // A regulator named by its acronym and its breach portal; places inside a relative clause are not the subject.
  ["Brindle Health reported a ransomware attack to HHS. The filing on OCR's breach portal lists 40,000 patients.", ["Brindle Health"]],
  ["Hackers stole data. Kelvara Gyms, which runs 30 clubs throughout Scotland and Northern Ireland, has told 9,000 members their data leaked.", ["Kelvara Gyms"]],
  // A bank whose name scammers wear, which says it was not breached: breach words it denies tell of no breach; a date is no name.
  ["Police warn of fake Corrin Bank texts\n\nFraudsters are texting people while pretending to be Corrin Bank. Corrin Bank said its network was never breached and no client records were leaked, adding that scammers often text the bank's customers at random.", []],
  ["Verano Foods said hackers stole card data. Staff spotted that intrusion on Nov 6, 2023, at night.", ["Verano Foods"]],
  // Its people in a sentence with no breach in it.
  ["Regular shoppers at Pellmont Outfitters can now collect loyalty points online.", []],
  // Data-protection authorities abroad, by their own names; "IT" is no pronoun of theirs.
  ["Intruders copied the member records of Kestrel Rowing Club, the Datatilsynet said.", ["Kestrel Rowing Club"]],
  ["Intruders used an IT worker's password to copy the member files, the Garante said.", []],
  // A group that speaks of breaches in general is not the one breached.
  ["Hackers stole files from Orvell Mobile. The Mobile Users Forum said the fine was too small and urged new laws on data breaches.", ["Orvell Mobile"]],
  // A vendor that denies the breach is its own ("not a breach of X"); a city placed by its state; a subheading that opens on a firm's relation to its parent.
  ["A flaw in Quillstone's file-sharing tool was used to steal data from two hospitals. \"What happened is not a breach of Quillstone,\" its chief executive said. Hackers stole patient records from Larchfield General Hospital.", ["Larchfield General Hospital"]],
  ["Ashby & Crane LLP, an accounting firm in Dayton, Ohio, told clients on Friday that hackers stole tax records.", ["Ashby & Crane"]],
  ["Hackers stole booking records from Sunfield Parks.\n\nUnit of Harcastle Leisure says names and addresses were copied", ["Sunfield Parks"]],
  // A region, a job title, a town before its bank's kind, a headline's common noun: none is a name.
  ["A bus operator with depots across southern Wessex and northern Dunmore Vale says hackers copied drivers' licence scans.", []],
  ["The bank's Managing Director, Mr Femi Adeyemi, said card details were not exposed.", []],
  ["Data of 2 lakh depositors of Satara co-op bank leaked after ransomware attack", []],
  ["Greengrocer shoppers saw strangers' orders after an update", []],
  // A place where a laptop was stolen, a body that saw queries about attacks, what a council would do about a breach, a region and an article of a law.
  ["A volunteer's laptop was taken from a car at Dunsby station car park on Friday.", []],
  ["Hackers stole files from Corrin Dental. The Dental Guild said it had seen more queries from members about cyber attacks.", ["Corrin Dental"]],
  ["Harwell District Council\n\nOur privacy notice sets out how we would tell the regulator about a personal data breach.\n\nThe Council reviews the notice every year. Write to the Council's data officer with any questions.", []],
  ["Hackers stole data from Ostley Dental, which runs clinics in five Midwestern states; the regulator found it breached Articles 5(1)(f) and 32.", ["Ostley Dental"]],
];

describe("English victims", () => {
  it("names a victim first seen by its head word in full", () => {
    const text = "Lottery app leaked player data\n\nBy Ann Roe | March 4, 2025\n\nThe Tessaly Lottery's app exposed the tax forms of up to 2,000 players, officials said.";
    expect(extractText(text, { lang: "en" }).victims.map((v) => v.name)).toEqual(["Tessaly Lottery"]);
  });
  it.each(EN_VICTIMS)("%s", (text, expected) => {
    const names = extractText(text, { lang: "en" }).victims.map((v) => v.name);
    expect(names.sort()).toEqual([...expected].sort());
  });
  it.each(EN_NOT_VICTIMS)("not: %s", (text, expected) => {
    const names = extractText(text, { lang: "en" }).victims.map((v) => v.name);
    expect(names.sort()).toEqual([...expected].sort());
  });

  it.each([
    ["Nagpur, Nov 4 (PTI) Account details of customers of the Deccan Urban Co-operative Bank Ltd were leaked, an official of the Nagpur cyber police said.", "Nagpur"],
    ["Hackers stole files from Corben Mills.\n\n9 Jan | Incident reported\n12 Jan | Letters posted", "Jan"],
    ["Stationer says hackers took data and froze orders at two depots\n\nHackers stole files from Brisk Foods.", "Stationer"],
  ])("a dateline's town, a month and a headline's common noun are no names: %s", (text, word) => {
    expect(extractText(text, { lang: "en" }).organizations.map((o) => o.name)).not.toContain(word);
  });

  it.each([
    ["The Office of the Privacy Commissioner confirmed Tallis Freight notified it of the breach.", "Office of the Privacy Commissioner"],
    ["The Ministry of Fisheries, Forestry and Rural Affairs said hackers had copied files from Tavish Seafoods.", "Ministry of Fisheries, Forestry and Rural Affairs"],
    ["The Department of Information and Digital Technology said the gang breached Lakan Telecom.", "Department of Information and Digital Technology"],
  ])("keeps a ministry's fields in its name: %s", (text, name) => {
    expect(extractText(text, { lang: "en" }).organizations.map((o) => o.name)).toContain(name);
  });
  // Names after a ministry that are not its fields stay apart.
  it("does not join another body to a ministry", () => {
    const names = extractText("The Department of Justice and Corlan Bank said hackers breached Tavish Seafoods.", { lang: "en" }).organizations.map((o) => o.name);
    expect(names).not.toContain("Department of Justice and Corlan Bank");
  });

  it("gives roles to the attacker and the source", () => {
    const ex = extractText("Hackers calling themselves the hacker group Nightjar stole data from Calloway Motors, according to the Valley Herald. Calloway Motors said the breach was contained.", { lang: "en" });
    const role = (n: string) => ex.organizations.find((o) => o.name === n)?.role;
    expect(role("Nightjar")).toBe("attacker");
    expect(role("Valley Herald")).toBe("source");
    expect(role("Calloway Motors")).toBe("victim");
  });

  it("keeps one victim per organisation, with its offsets", () => {
    const text = "Kestrel Outdoor Corp. said hackers stole card data. Kestrel Outdoor has confirmed the breach.";
    const ex = extractText(text, { lang: "en" });
    expect(ex.victims).toHaveLength(1);
    const v = ex.victims[0];
    expect(v.name).toBe("Kestrel Outdoor");
    expect(text.slice(v.start, v.end)).toBe(v.text);
  });
});

/** Invented Japanese sentences and the victims they name. */
const JA_VICTIMS: Array<[string, string[]]> = [
  // 相互会社は法人格.
  // 法人名の直後の病院名を越えて主題を読む.
  ["北見台市の社会医療法人清流会みずほ台病院は12日、病棟の患者名簿が入ったUSBメモリーが所在不明になったと発表した。", ["清流会"]],
  ["あさぎり生命保険相互会社は5日、職員が持ち歩いていた顧客名簿入りのタブレットが盗難に遭ったと公表した。", ["あさぎり生命保険"]],
  // 漏えいを理由に行政処分を受けた組織, 教諭がUSBメモリーを紛失した学校.
  ["北陸財務局は２１日、元行員による顧客情報の持ち出しを見過ごしたとして、三峰信用金庫（本店・岩川市）に業務改善命令を出した。", ["三峰信用金庫"]],
  // 漏えいを述べた後の「影響はない」は別の情報についてである.
  ["株式会社ミナトの会員情報は外部に流出したが、カード情報への影響はないという。", ["ミナト"]],
  ["県教委は、成績一覧を記録した外付けディスクを紛失したとして、県立白河台高校の女性教諭を戒告処分にした。", ["県立白河台高校"]],
  // 委託先の事案: 内訳の「X分が…件」, 自組織の情報が含まれていた, 誤って閲覧できる状態にした会社（法人格なしで再び出る名前）, ノやケを挟む県名.
  ["印刷委託先の株式会社ミズホ印刷がランサムウェアに感染した。委託元ごとの内訳は、千曲川市分が約8千件、東山町分が2310件、みどり生命保険（長野市）分が約1万件だった。", ["ミズホ印刷", "千曲川市", "東山町", "みどり生命保険"]],
  ["委託先のサーバーに不正アクセスがあった。主な内訳は、朝霧市が約2万件、白糸町が3,200件、黒岩村が640件など。", ["朝霧市", "白糸町", "黒岩村"]],
  ["予約フォームの提供会社のサーバーに不正アクセスがあり、利用者の個人データが漏れたおそれがある。同サービスを使う潮見電力と港南学園も同日、自組織の情報が含まれていたと明らかにした。", ["潮見電力", "港南学園"]],
  ["山吹県は8日、県民の記録が一時、誰でも閲覧可能な状態だったと発表した。記録の保管は合同会社ノースアーカイブ（旭川市）に任されていた。ノースアーカイブが6月3日にストレージの権限を変えた時、誤って社外の誰でも閲覧できる状態にした。", ["山吹県", "ノースアーカイブ"]],
  ["霧ケ原県は5日、委託先の業者が県民の氏名や住所を誤ってネット上に公開していたと発表した。", ["霧ケ原県"]],
  // A foreign firm written in katakana with ・, and one set after its kind and a comma with its seat in brackets.
  ["米西部で診療所を運営するブルーリッジ・ケア・ネットワークは8日、身代金要求型ウイルスに感染し、患者の氏名や住所が流出した恐れがあると明らかにした。", ["ブルーリッジ・ケア・ネットワーク"]],
  ["マレーシアの家電メーカー、金穂電子（クアラルンプール）は12日、社内の機器に不正侵入があり顧客名簿が漏れたと公表した。", ["金穂電子"]],
  // A wallet is no firm.
  ["暗号資産交換業者のマリン・コインは、「ホットウォレット」が攻撃を受けて預かり資産が盗まれたと公表した。", ["マリン・コイン"]],
  // A contractor's clients, each with its own residents' records, are victims too.
  ["業務を受託していた「つばさ印刷」がランサムウェアに感染し、奈良岡市の約６千人分と西郷町の約８００人分の住所が流出した恐れがある。", ["つばさ印刷", "奈良岡市", "西郷町"]],
  // A break-in to the servers a firm runs (侵入) is a breach of that firm.
  ["委託先によると、ハルカゼ技研の運用するサーバーに何者かが侵入したという。", ["ハルカゼ技研"]],
  // A trade ending without a legal form (電器); an attack technique is no name.
  ["家電量販のミナトヤ電器は5日、通販サイトがSQLインジェクション攻撃を受け、会員の氏名が流出したと発表した。", ["ミナトヤ電器"]],
  ["市が委託した調査会社「北辰リサーチ」のサーバーに不正アクセスがあり、回答者の氏名が流出した。", ["北辰リサーチ"]],
  // A subsidiary abroad under its own Latin legal form, stops and all.
  ["当社の連結子会社であるKEDAI RIANG SDN. BHD. の社内サーバーに不正アクセスがあり、取引先の氏名が流出しました。", ["KEDAI RIANG"]],
  ["株式会社ミドリ商事は3日、同社の通販サイトが不正アクセスを受け、顧客情報が流出したと発表した。", ["ミドリ商事"]],
  // A roundup's list item opening on the name and its town; a vendor's breakdown of its client firms' records.
  ["今月の事案\n\n・【誤送信】株式会社サクラ印刷（青葉市）　顧客名簿を誤って取引先に送信した。\n\n・【紛失】社会福祉法人ひかり苑（しらかわ町）　職員が入所者38人分の名簿を入れた鞄を電車内に置き忘れた。", ["サクラ印刷", "ひかり苑"]],
  ["会計クラウドを提供するクモイシステム株式会社のサーバーに何者かが侵入した。導入先のうち、株式会社アオバ建材（仙台市）が2100件、有限会社ユキミ酒造（秋田市）が860件と最も多い。", ["アオバ建材", "クモイシステム", "ユキミ酒造"]],
  // data open to view is a breach
  ["サクラ商事は1日、顧客の氏名が外部から閲覧できる状態だったと発表した。", ["サクラ商事"]],
  ["北山市は10日、職員がUSBメモリを紛失し、県民の個人情報が漏えいした可能性があると公表した。", ["北山市"]],
  ["このたび、当社が運営する通販サイト「ふわふわマート」におきまして、第三者による不正アクセスを受け、お客様の情報が漏えいした可能性があることが判明いたしました。", ["ふわふわマート"]],
  ["サクラ電機(以下「当社」)のサーバーが不正アクセスを受け、当社の顧客情報が流出したことが判明いたしました。", ["サクラ電機"]],
  ["ホシノ物流は、委託先のカゼノシステム株式会社のサーバーが不正アクセスを受け、顧客情報が流出したと発表した。", ["ホシノ物流", "カゼノシステム"]],
  // A name in hiragana after a particle: the tokens tell where it starts.
  ["保険代理店のみなと保険サービス株式会社は5日、顧客情報が流出したと発表した。", ["みなと保険サービス"]],
  // Kanji inside an institution's name (市立, 総合, 医療) and old shop endings (堂, 本舗).
  ["小樽市立病院は2日、ランサムウェアによる攻撃を受け、患者情報が流出した恐れがあると発表した。", ["小樽市立病院"]],
  ["北星総合医療センターは、不正アクセスにより患者の氏名が漏えいしたと発表した。", ["北星総合医療センター"]],
  ["化粧品通販のカスミ堂は6日、会員の氏名が流出したと発表した。", ["カスミ堂"]],
  ["健康食品のハルカ本舗は、顧客情報が漏えいした可能性があると公表した。", ["ハルカ本舗"]],
  // A generic katakana tail after a proper noun ends a company's name; a name in brackets after it
  // is no compound with the bracket.
  ["旅行大手のジャパントラベルサービス（JTS）は26日、顧客の個人情報が閲覧可能な状態になっていたと発表した。", ["ジャパントラベルサービス"]],
  // A place's name carried across common kanji nouns to an institution's ending; 都 ends a name.
  ["ランサムウェア攻撃を受けたのは、南海県精神科医療センター。", ["南海県精神科医療センター"]],
  ["西川県教育委員会は、生徒の個人情報が流出したと発表した。", ["西川県教育委員会"]],
  ["日本年金機構から約125万件の個人情報が流出した問題で、", ["日本年金機構"]],
  ["東京都は15日、都立高校の教員が生徒の個人情報を含むUSBメモリーを紛失したと発表した。", ["東京都"]],
  // The place of the breach opens a news lead; a prefecture before it by の only locates it.
  ["愛知県の豊橋市民病院で、患者の個人情報が記録されたUSBメモリが所在不明になっている。", ["豊橋市民病院"]],
  // The data of a company's own people makes even a name the dictionary does not know a victim.
  ["親会社へのサイバー攻撃で、ドワンゴの従業員情報が流出した。", ["ドワンゴ"]],
  // kuromoji's cut of a known body (京都大|学) and a prefectural office (県庁).
  ["京都大学で、学生の個人情報が流出した。", ["京都大学"]],
  ["神奈川県庁の職員が、個人情報を含むUSBメモリを紛失した。", ["神奈川県庁"]],
  // A board of education is no regulator; a name in brackets after its legal form; a middle dot
  // before a generic tail; documents sold on are a breach.
  ["北川市教育委員会は10日、市立小学校の教諭が児童の個人情報が入ったUSBメモリーを紛失したと発表した。", ["北川市教育委員会"]],
  ["鹿野市の一般財団法人「南海健康管理センター」は8日、受診者の情報が流出した可能性があると発表した。", ["南海健康管理センター"]],
  ["人材派遣大手のワークリンク・サービス（東京都港区）は2日、不正アクセスを受けたと発表した。", ["ワークリンク・サービス"]],
  ["北山市は22日、市民の個人情報を含む書類が古紙として売却されていたと発表した。", ["北山市"]],
  // A place name kuromoji cuts before its ending (X|野市), the place of a misdelivery, and a
  // prefecture's department where a breach happened.
  ["美月野市では、他人の納税通知書が封入されたまま郵送される事案がありました。", ["美月野市"]],
  ["青森県環境生活部自然保護課において、委託業者の誤送信により名簿が漏えいしました。", ["青森県"]],
  // A name of common kanji and katakana, known from the place in brackets after it, and the data
  // of a number of people named as what is affected.
  ["被害を公表したのは、英会話教室の若葉ランゲージ（熊本市）など2社。\n若葉ランゲージは、受講生の最大3万人分の氏名と電話番号が流出の対象となった可能性を示した。", ["若葉ランゲージ"]],
  // Unknown names cut into single kanji before an institution's or a town's ending.
  ["霧浜大学は、学務システムが不正アクセスを受け、学生の情報が漏れた恐れがあると発表しました。", ["霧浜大学"]],
  // A contractor's clients named after 委託元は, and a quoted name with its seat in brackets.
  ["印刷業務を請け負う「すずかぜ印刷」（本社・南浜市）は３日、ランサムウェア攻撃を受け、顧客の情報が外部に漏れた可能性を公表した。委託元は楓野市、北杜町の２自治体と、電力会社の「西ノ森電力」だった。", ["すずかぜ印刷", "楓野市", "北杜町", "西ノ森電力"]],
  ["保険代理店の「ミナセ保険サービス」（南浜市）は１７日、元社員が顧客の個人情報を持ち出していたと発表した。", ["ミナセ保険サービス"]],
  // A name inside a short quote is the whole quote, where kuromoji finds only its tail (南ノ|浦ガス).
  ["印刷会社がランサムウェア攻撃を受けた。委託元は、都市ガス事業者の「南ノ浦ガス」だった。", ["南ノ浦ガス"]],
  // A legal body's header line with the school it runs beside it.
  ["本学職員の端末への不正アクセスについて\n\n2024年6月21日\n学校法人明和学園　明和大学\n\nこのたび、本学の事務用端末が不正アクセスを受けました。", ["明和学園"]],
  // A public body's institution with an unknown head, and a legal-form header line holding hiragana.
  ["紅浦県立北部病院の職員が、入院中の人の氏名や症状を個人のＳＮＳに書き込んで投稿した。", ["紅浦県立北部病院"]],
  ["令和７年２月３日\n株式会社ラジオさざなみ\n\n応募フォームの設定誤りにより、応募された方の氏名と住所が、別の応募者も閲覧可能な設定になっておりました。", ["ラジオさざなみ"]],
  // A place cut from a company's trade ending, and the subject of a lead whose breach the next sentence tells.
  ["越南電力、契約者の情報を業務委託先の従業員が不正に閲覧", ["越南電力"]],
  ["暗号資産交換業の「カエデ・トレード」（東京都港区）は５日、顧客から預かる暗号資産が外部に送金されたと発表した。顧客の本人確認書類も流出した恐れがある。", ["カエデ・トレード"]],  // Firms listed with their count, each a name; data sent out without leave is a leak.
  ["生命保険大手の菱浜生命保険、青潮海上火災保険の２社は５日、出向者が顧客情報を無断で送信していたと発表した。", ["菱浜生命保険", "青潮海上火災保険"]],
  // A town cut into kanji before its ending; another person's details shown on screen.
  ["汐浦町が運営する寄附サイトで、他の利用者の住所が表示される不具合がありました。", ["汐浦町"]],
  // Mistakes and insiders: the issuer signing with the hospital it runs, a prefecture cut into kanji whose worker looked records up, a university's header over a NEWS label.
  ["このたび、当院において健診結果通知書の誤封入が発生いたしました。\n\n【お問い合わせ】\n医療法人 清風会　みどり台中央病院　総務課\n電話：0000-00-0000", ["清風会"]],
  ["若葉沢県は、職員が業務外で住民の個人情報を閲覧していたと発表した。", ["若葉沢県"]],
  ["学校法人白浜学園　白浜国際大学\n\nNEWS | 2025.11.02\n\n本学教員のノートPCが車上荒らしで盗まれ、在学生の名簿データが外部に漏れたおそれがあります。", ["白浜学園"]],
  // A cram school named in quotes after its kind, whose parents' addresses were visible to all; a vendor that says the lost stick was none of its doing.
  ["駅前の学習塾「英進ゼミ・ミライ」は10日、講習の案内メールを、保護者同士のアドレスが見える状態で一斉送信したと明らかにした。", ["英進ゼミ・ミライ"]],
  ["ひばり保育園の職員が名簿入りのUSBメモリーを紛失した。名簿を管理するシステムを提供する株式会社こもれびネット（大阪）は今回のUSB紛失とは関係がないと説明している。", ["ひばり保育園"]],
  // A firm named in quotes before its seat, whose server an intruder reached after a comma; the police who found the data in a search are no victim.
  ["逮捕容疑は今年5月、通販運営会社「コトリ工房」（福岡市中央区）の管理用サーバーに、脆弱性を突いて侵入した疑い。", ["コトリ工房"]],
  ["あおば電気は顧客情報が流出したと発表した。今年8月、佐賀県警が別件で名簿業者の事務所を家宅捜索した際、同社の顧客名簿が押収物から見つかり、流出が発覚した。", ["あおば電気"]],
  // A residents' association opening in hiragana; the operator of a service named in quotes.
  ["北見市のすずかけ台二丁目自治会は三日、会員名簿を保存したＵＳＢメモリが所在不明になったと明らかにした。", ["すずかけ台二丁目自治会"]],
  ["動画配信サービスを運営する「ミナモ・ストリーム」（大阪市）によると、不正アクセスを受けた会員の視聴履歴が外部から見られた。", ["ミナモ・ストリーム"]],
  // 同社 points back to the firm introduced just before.
  ["通販サイトを運営する「ヒバリ電器」（港市）では、他人のカードで商品が購入された。同社によると、不正アクセスを受けた会員の氏名が外部に漏れた可能性がある。", ["ヒバリ電器"]],
  // A release signed by a medical corporation and its hospital, the title telling of a fax sent astray.
  ["紹介状のＦＡＸ誤送信について\n\n２０２５年６月２日\n医療法人社団清流会　うみかぜ台病院\n\n当院の職員が、患者さんの診療情報をＦＡＸで誤って別の事業者へ送信いたしました。", ["清流会"]],
  // A name opening in hiragana after a relative clause, or of kanji ending in a trade, before its place in brackets.
  ["県内を地盤とするまなびや観光（松江市）は、顧客約2千人分の情報が流出したと発表した。", ["まなびや観光"]],
  ["団体旅行を手掛ける青嵐企画（高知市）は、顧客の氏名が流出したおそれがあると明らかにした。", ["青嵐企画"]],
  // A firm that, as a source, tells of its own servers (同社の…が暗号化された).
  ["運用を担うミナトシステム（横浜市）によると、２日夜に同社のサーバーが暗号化された。", ["ミナトシステム"]],
  // A name holding hiragana before its trade, opening a line (kuromoji cuts the hiragana as words).
  ["さくらば信用金庫は３日、職員の端末がランサムウェアに感染したと発表した。", ["さくらば信用金庫"]],
  ["北都ひかり損害保険は３日、代理店のサーバーへの不正アクセスで契約者情報が流出したと発表した。", ["北都ひかり損害保険"]],
  // An insider's copy to a stick of his own, a list sold to a broker, a number registered to the wrong person.
  ["元社員が、勤務先の株式会社こだま塾（同市）の生徒管理システムから名簿を私物のハードディスクに複製していた。", ["こだま塾"]],
  ["県警によると、男は株式会社ナギサ通販（同市）の顧客名簿を名簿業者に売った。", ["ナギサ通販"]],
  ["宮園市は５日、国民健康保険の加入者８人について、別人の個人番号を誤って台帳システムに登録していたと明らかにした。", ["宮園市"]],
  // A school where a mail went astray, the wrong recipients named at length (誤って…にメールで送信).
  ["市教委は２日、市立北浜中学校（北浜市）で、学年全員の成績表を誤って保護者約１５０世帯にメールで送っていたと公表した。", ["市立北浜中学校"]],
  // A business paper's seat (prefecture and ward), a foreign state, and a seat after the short name the story will use.
  ["精密部品を手がける青嶺ロボティクス（愛知・刈谷）は7日、取引先から預かった設計図面が盗まれたと明らかにした。", ["青嶺ロボティクス"]],
  ["電子部品の華辰電機（中国広東省）は、取引先の担当者名が流出したと明らかにした。", ["華辰電機"]],
  ["和菓子の潮見庵（以下、潮見、本社・北浜市）は2日、配送先の住所が流出したと発表した。", ["潮見庵"]],
];

const JA_NOT_VICTIMS: Array<[string, string[]]> = [
  // 委託先が自社への侵入も流出も否定した.
  ["病院の電子カルテがランサムウェアに感染した。保守を委託する株式会社ミネルバ医療システムからは、同社の社内システムへの侵入や、同社が保有する情報の流出は確認されていないとの報告を受けた。", []],
  // 捜査する警察, 動詞句で始まる「…ていた銀行」, 施設を種類で呼ぶ前の地名.
  ["通販会社の顧客情報が流出した。警視庁は不正アクセス禁止法違反の疑いもあるとみて、会社から相談を受けて捜査している。", []],
  ["勤めていた銀行の預金者一覧を持ち出して業者に売却したとして、県警は元行員を逮捕した。", []],
  ["岡山県白峰市の特別養護老人ホームが、入所者の個人情報を誤ってFAXで別の事業所に送信していたことが分かった。", []],
  // 会社を種類で呼ぶ前の地名, 識者の所属大学, 影響がないとされた決済代行会社のシステム.
  ["浜崎市の食品会社の通販サイトが攻撃を受け、購入者のカード番号が漏れたおそれがある。", []],
  ["東栄百貨店の通販サイトでカード情報が流出した。情報セキュリティーに詳しい西都大学の森田博教授（情報法）は「カード情報の流出は防げた」と話す。", ["東栄百貨店"]],
  ["株式会社ゆずの香の通販サイトでカード番号が漏れた。決済を代行する株式会社ペイライン・ジャパンの決済基盤についても、ページ改ざんによる被害は出ていないと説明した。", ["ゆずの香"]],
  // 持ち出されたデータを含む名簿を買った・売った名簿業者は被害者ではない.
  ["個人情報保護委員会は、名簿販売業者の合同会社ミツバ名簿に対し、命令を出した。同社は不正に持ち出された顧客データを含む名簿を購入していた。", []],
  ["元社員が顧客情報を持ち出した問題で、株式会社ミツバ名簿は、このデータを含む名簿を複数の業者に販売していた。", []],
  // 被害件数の集計を発表した機関は被害者ではない.
  ["警察庁は１２日、上半期に報告されたランサムウェアの被害が９７件だったと発表した。", []],
  ["サイバー攻撃被害、昨年は２１４件　県警まとめ\n\n県警は、昨年１年間に県内で確認されたサイバー攻撃の被害は２１４件で、前年より１２件多かったと発表した。", []],
  // 引用の中の否認（「…流出した事実は確認されていない」「…不正アクセスは確認されていない」）は被害ではない.
  ["保守を請け負う株式会社アオイ医療システム（富山県高岡市）は「弊社の機器から診療データが流出した事実も確認されていない」と述べた。", []],
  ["納入先の西海重工業株式会社は「当社の生産に影響はない」とした。同社によると、受注データは専用の回線で送っているため、同社のサーバーへのＶＰＮ経由の不正アクセスは今のところ確認されていない。", []],
  // A newspaper's section label on the byline line is no name.
  ["ハナミズキ通販の会員情報漏れ、1人2000円の賠償命令　横浜地裁\n\n2025年3月4日 7:00　社会\n\n　ネット通販の株式会社ハナミズキ（横浜市）から2022年に会員の氏名などが漏れた件で、利用者らが同社に賠償を求めた訴訟の判決が3日、横浜地裁で言い渡された。\n\n　ハナミズキは「判決を精査する」とした。", ["ハナミズキ"]],
  // A list of towns with their counts, in a story without a vendor, names no client.
  ["県内の人口は、北山市（県北）が12000人、南川町が860人と続く。", []],
  // A person in katakana, marked by an honorific or title.
  ["調査を担当したジョン・カーター氏は、不正アクセスで顧客情報が流出したと説明した。", []],
  // A co-operative's form before its name is dropped; a bare form (生活協同組合, 株式会社) followed by a particle names nothing.
  ["生活協同組合うみかぜコープは18日、組合員の氏名を含むファイルを誤って別の組合員に送ったと発表した。", ["うみかぜコープ"]],
  ["全国の生活協同組合の組合員の氏名が流出したと、生活協同組合は同日発表した。", []],
  ["株式会社の社員の氏名が流出した。", []],
  // A daily named on the date line under a headline is the outlet, not the issuer of a release.
  [
    "ランサム被害の公表、中小企業が6割超　ミナミリサーチが上期報告\n\n2025年8月5日　ITテックデイリー\n\n調査会社のミナミリサーチ株式会社は4日、今年前半に届け出のあったランサムウエア被害を集計した報告書を出した。被害を公表した組織は80件で、うち中小企業が6割超だった。\n\n脆弱なVPN装置から侵入され、取引先の情報が外部に流出した事例もあった。",
    [],
  ],
  // Where a departing employee took the list is not who lost it; a breadcrumb's ホーム is no name.
  ["当社の元従業員が顧客情報を持ち出し、転職先である有限会社ひばりプランニングで営業に利用していた。", []],
  ["ホーム ＞ 新着情報 ＞ 通知書の誤封入について\n\n通知書を誤って別の方に送付しました。", []],
  // Advice and a phishing warning: no breach of anyone's data.
  ["不審なメールに注意してください。パスワードは使い回さないようにしましょう。", []],
  ["金融庁を装ったメールが送られているので注意したい。", []],
  // A city warning of mail that wears its name, which denies any leak of its own.
  ["市役所を名乗る不審なメールにご注意ください。\n\n城ヶ浜市が口座番号をメールで伺うことはありません。今回の件で市の保有する情報が漏えいしたものではありません。\n\nお問い合わせ\n城ヶ浜市 総務部 税務課", []],
  // The police and the reporter are not victims.
  ["ミドリ商事は、顧客情報が流出したと発表した。警視庁に通報済みという。", ["ミドリ商事"]],
  // Breach words as the topic of a product or a drill: no breach, and a common katakana noun is no issuer.
  ["サイバーセキュリティ企業のセキュアライン、30億円を調達\n同社はランサムウェア対策製品の開発に充てる。", []],
  ["市は来月、不正アクセス対策の訓練を行うと発表した。", []],
  // An industry before 会社 names a kind of company; a common word before 病院 no hospital.
  ["ガス会社の顧客情報が流出した。", []],
  ["精神病院で患者の個人情報が流出した。", []],
  // A warning whose only breach words are a topic heading and a denied list.
  ["【ご注意】弊社の名をかたる偽メールにご注意ください\n\n偽のメールが出回っていると把握しています。\n\n■ 弊社からの情報流出について\n当社のシステムへの不正アクセスや、お客様の個人情報が漏えいした事実は確認されておりません。\n\n株式会社ミナセフラワー", []],
  // Without its place in brackets a kanji word and katakana make no name.
  ["英会話スクールの受講生の氏名が対象になるキャンペーンを始めた。", []],
  // A generic tail after a generic word stays a thing, not a name; 総合 alone starts no name.
  ["同社のクラウドサービスが不正アクセスを受け、顧客情報が流出した。", []],
  ["総合病院は、患者の氏名が流出したと発表した。", []],
  // A place before a common noun stays the place; the room of a press conference is no name.
  // A group's hospital is no name of a hospital.
  ["見出し\n\n医療法人は、グループの病院の電子カルテがランサムウェアに感染したと発表した。", []],
  // A place before a suspect's job is where the suspect lives.
  ["元社員を逮捕\n\n県警は、同県北浦市の会社員の男（４０）を逮捕した。勤務先の顧客名簿を持ち出した疑い。", []],
  // Where a firm's own customers live is no victim, outside a story of contracted work.
  ["通販大手が不正アクセスを受け、顧客情報が流出した。内訳は青森県の約３千人分、秋田県の約２千人分など。", []],
  // A country alone is where the breach was, not who was breached.
  // A research firm that tallied breaches is a source; one whose own server was hit is a victim.
  ["民間の調査会社「北辰リサーチ」が集計したところ、昨年の情報漏えい事故は212件だった。", []],
  ["ベトナムの委託先で不正アクセスがあり、顧客の氏名が流出した。", []],
  ["インドネシア子会社のサーバーが攻撃され、顧客の氏名が流出した。", []],
  ["東京都内の病院で、不正アクセスがあった。", []],
  ["記者会見で、社長は情報流出を謝罪した。", []],
  // A brand a fraud wears is not the breached party, nor the issuer of the story.
  ["ヤマト運輸を装った偽サイトに誘導され、利用者のカード情報が盗まれた。", []],
  ["サクラ銀行を名乗るメールで、利用者のパスワードが盗まれた。", []],
  // Katakana dictionary words, alone or compounded, issue nothing (a column's label, a technology).
  ["コラム「汐見」\n\n個人情報が流出する事件が相次いでいる。", []],
  ["ブロックチェーンの分析によると、利用者の個人情報が流出した。", []],
  // A newspaper's masthead is no subject of its story; a kind of broker is no name.
  ["潮騒タイムス　２０２５年３月２日\n\n情報漏えいが各地で相次いでいる。名簿の流出は昨年だけで百件を超えた。", []],
  ["ネット証券で不正ログインが相次いでいる。", []],
  // 同社 points to no name that was never introduced as a body.
  ["通信教育のIT事業者から案内が届いた。同社によると、顧客の氏名が流出した。", []],
  // A security firm's release that speaks of leaks in general only.
  // A headline's count before a legal form is no name; cloud storage is a thing; a release tallying cases names no victim.
  ["名簿、誰でも閲覧可能に　約五千件　一般社団法人が陳謝", []],
  // Police statistics of cases recognised (認知した), and a survey's answers, tell of no breach.
  ["不正アクセス事件、昨年は４千件超　警察庁まとめ\n\n警察庁は５日、各地の警察が昨年に認知したネット上の不正侵入事件が４２１５件だったと公表した。調査では、企業の約３割が「攻撃を検知した」と回答した。", []],
  ["株式会社ツムギ・リサーチ\n\nツムギ・リサーチ、年次レポートを公開\n\n不正アクセス被害の公表件数は前年比1.4倍となりました。", []],
  ["株式会社ミハリテック\n\n新サービスの提供を開始します。サイバー攻撃での情報漏えい被害は、業種を問わず増えています。盗まれたパスワードが悪用される例も少なくありません。当社はこのサービスで企業を支えます。", []],
];

describe("Japanese victims", () => {
  let res: Resources;
  beforeAll(async () => {
    res = await loadResources();
  });
  it.each(JA_VICTIMS)("%s", (text, expected) => {
    const names = extractText(text, { lang: "ja", res }).victims.map((v) => v.name);
    expect(names.sort()).toEqual([...expected].sort());
  });
  it.each(JA_NOT_VICTIMS)("not: %s", (text, expected) => {
    const names = extractText(text, { lang: "ja", res }).victims.map((v) => v.name);
    expect(names.sort()).toEqual([...expected].sort());
  });
  it.each([
    ["a department beside it", "個人情報を含むUSBメモリの紛失について\n\n本市の職員が、住民の氏名が記録されたUSBメモリを紛失したことが判明しました。\n\n南山市総務部\n", "南山市"],
    ["two departments in hiragana and kanji, with a phone line under it", "メール誤送信について\n\n本市の職員がメールを送信した際、受信者間でメールアドレスが閲覧できる状態となりました。\n\nお問い合わせ\n桜川町 こども未来部 こども未来課\n電話：０４２－０００－００００\n", "桜川町"],
    ["a representative's line under it", "お詫びとお知らせ\n\n弊社サイトが不正アクセスを受け、お客様のカード情報が漏えいした可能性があります。\n\n株式会社はなまる商会\n代表取締役 山田一郎\n", "はなまる商会"],
  ])("names the issuer of a release from its signature at the foot: %s", (_, text, name) => {
    const ex = extractText(text, { lang: "ja", res });
    expect(ex.victims.map((v) => v.name)).toEqual([name]);
  });
  it("a name at the foot inside a sentence is no signature", () => {
    const text = "お詫び\n\n弊社サイトが不正アクセスを受け、お客様の情報が漏えいした可能性があります。\n\n詳しくは南山市総務部までお問い合わせください。\n";
    expect(extractText(text, { lang: "ja", res }).victims.map((v) => v.name)).toEqual([]);
  });
  it("names the issuer of a release from a header line with its departments, a town named after a direction", () => {
    const text = "メール誤送信について\n\n報道発表資料\n令和６年５月２４日\n西白浜市 市民協働部 市民協働課\n\n本市職員が送信したメールに、別の団体の会員名簿を誤って添付しました。会員の氏名が流出しました。";
    expect(extractText(text, { lang: "ja", res }).victims.map((v) => v.name)).toEqual(["西白浜市"]);
  });
  it("names the issuer of a release from its header line", () => {
    const text = "ヤマブキ観光株式会社\n\n個人情報の漏洩に関するお詫び\n\nお客様の個人情報の一部が漏洩したおそれがあることが判明しました。";
    const ex = extractText(text, { lang: "ja", res });
    expect(ex.victims.map((v) => v.name)).toEqual(["ヤマブキ観光"]);
    for (const v of ex.victims) expect(text.slice(v.start, v.end)).toBe(v.text);
  });
});

describe("Japanese names that open with hiragana", () => {
  it.each([
    ["株式会社さくら物流は、不正アクセスにより顧客情報が流出したと発表した。", "さくら物流"],
    ["一般社団法人みどり学会は、会員のメールアドレスが流出した可能性があると発表した。", "みどり学会"],
    ["あおぞら信販株式会社は、カード情報が漏えいしたと公表した。", "あおぞら信販"],
  ])("%s → %s", async (text, name) => {
    const out = extractText(text, { lang: "ja", res: await loadResources() });
    expect(out.victims.map((v) => v.name)).toContain(name);
  });

  it.each([
    // A clinic or nursery named in hiragana after its address, which kuromoji cuts into words.
    ["浜辺市中町のたんぽぽ内科医院は、患者名簿を含むパソコンが盗まれたと発表した。", ["たんぽぽ内科医院"]],
    ["つばめ保育園は、園児の連絡先を記録したUSBメモリを紛失したと発表した。", ["つばめ保育園"]],
    // A quoted name after its kind of body, and its bare repeats; clients of a contractor are victims too.
    ["元社員が、旅行会社「ささなみツアーズ」の顧客情報を持ち出したとして逮捕された。ささなみツアーズの顧客約３千人分が売却された。", ["ささなみツアーズ"]],
    ["委託先の「アオバ受付センター」のサーバーに侵入され、顧客情報が外部へ流出した。同センターは、印刷会社「かもめ堂」と「しらさぎ書房」からも発送業務を受託していた。", ["アオバ受付センター", "かもめ堂", "しらさぎ書房"]],
    // A place written with ノ between kanji is one name.
    ["鷺ノ台町は、住民の氏名などの個人情報が流出したと発表した。", ["鷺ノ台町"]],
    // A name before its seat in brackets, after a kind word or の, hiragana and all; the seat is no victim.
    ["菓子卸のもみじ物産（本社・川辺町）は、取引先の担当者名とメールアドレスが流出したと発表した。", ["もみじ物産"]],
    ["青果販売会社すずらんファーム（本店・大川市）は、通販サイトから会員のカード情報が盗まれたと発表した。", ["すずらんファーム"]],
    ["私立の明鏡館大学（松浦市）は、学生の成績データが外部から閲覧できる状態だったと発表した。", ["明鏡館大学"]],
    // A file attached or sent by mistake is a breach; in a contractor's story, a client telling its own count is a victim.
    ["市立港南病院は、患者の検査予約リストを誤って添付したメールを外部の業者に送ったと発表した。", ["市立港南病院"]],
    ["発送業務の受託先「アカネ印刷」がランサムウェアに感染した。取引先のうち、浜松原町は、納税通知の宛名データ約4千件が含まれていたと説明した。", ["アカネ印刷", "浜松原町"]],
    // Professional firms' and certified NPOs' legal forms.
    ["税理士法人こだま会計（本部・北沢市）は、顧客の確定申告書類を紛失したと発表した。", ["こだま会計"]],
    ["認定NPO法人ゆりかごの家は、会員の住所録が流出したおそれがあると公表した。", ["ゆりかごの家"]],
  ])("%s", async (text, names) => {
    const out = extractText(text, { lang: "ja", res: await loadResources() });
    expect(out.victims.map((v) => v.name).sort()).toEqual([...names].sort());
  });

  it.each([
    // After 市の, a hiragana phrase is no clinic's name; a masthead with ノ is no organisation.
    "市のほか病院でも同様の被害が確認された。患者の情報が流出した。",
    "県内のかかりつけ医院に相談するよう呼びかけた。",
    "鶴ノ森新報　２０２５年５月１日",
  ])("no organisation: %s", async (text) => {
    const out = extractText(text, { lang: "ja", res: await loadResources() });
    expect(out.organizations.map((o) => o.name)).toEqual([]);
  });

  it.each([
    // Overseas subsidiaries keep their own legal forms; a bracket with a seat and short name sits between coordinated names.
    ["海外子会社へのサイバー攻撃について\n\n当社の子会社である高雄星辰電子股份有限公司（台湾高雄市、以下「高雄子会社」）並びにSTARDUST CIRCUITS (VIETNAM) CO., LTD.（ベトナム・ハノイ市）のサーバーがランサムウェアに感染しました。", ["高雄星辰電子", "STARDUST CIRCUITS (VIETNAM)"]],
    // A quoted product of Latin words is one name; a society speaks of itself as 本会 under its header.
    ["2025年3月1日\n一般社団法人 北方植物学会\n\n会員情報の流出について\n\n本会が使っている会員管理サービス「Memberly Pro」（運営：メンバリー株式会社）が第三者に侵入され、本会会員の皆さまのデータが外部へ漏えいしたおそれがあります。", ["北方植物学会", "Memberly Pro"]],
  ])("%s", async (text, names) => {
    const out = extractText(text, { lang: "ja", res: await loadResources() });
    expect(out.victims.map((v) => v.name).sort()).toEqual([...names].sort());
  });

  it.each(["警察は無職の男（大川市）を逮捕した。", "会社員の田中浩二さん（大川市）が被害を届け出た。"])("a person's home in brackets makes no name before it: %s", async (text) => {
    const out = extractText(text, { lang: "ja", res: await loadResources() });
    expect(out.organizations.map((o) => o.name)).toEqual(["大川市"]);
  });

  it("a particle before a suffixed form is not part of the name", async () => {
    const out = extractText("当社はさくら物流株式会社に業務を委託していた。", { lang: "ja", res: await loadResources() });
    expect(out.organizations.map((o) => o.name)).not.toContain("はさくら物流");
  });
});

describe("the issuer of a release, named on a line of its own under a headline about the breach", () => {
  it("当社 is the company on the name line, even when the headline speaks of the breach", async () => {
    const text = "当社サーバーへの不正アクセスに関するお詫び\n2024年5月20日\n株式会社さくら物流\n当社の配送管理システムが不正アクセスを受け、お客様の氏名が流出しました。";
    const out = extractText(text, { lang: "ja", res: await loadResources() });
    expect(out.victims.map((v) => v.name)).toEqual(["さくら物流"]);
  });
});

describe("splitPossessive", () => {
  it.each([
    ["GeekedIn's MongoDB", [["GeekedIn", 0], ["MongoDB", 11]]],
    ["Finland's Corvale Bank", [["Finland", 0], ["Corvale Bank", 10]]],
    ["Norland's Kidsport Pass", [["Norland", 0], ["Kidsport Pass", 10]]],
    ["Tellmart’s", [["Tellmart", 0]]],
    // A common noun's possessive inside a name, and one after it that is a name's.
    ["People's Energy", [["People's Energy", 0]]],
    ["Children's Hospital of Marrowdale", [["Children's Hospital of Marrowdale", 0]]],
    ["Women's Health Partners's Portal", [["Women's Health Partners", 0], ["Portal", 26]]],
    // A common noun's possessive with nothing after it still ends the run.
    ["People's", [["People", 0]]],
    // Only a legal form or a generic head after the possessive: one name.
    ["Halbrook's Ltd", [["Halbrook's Ltd", 0]]],
    ["Information Commissioner's Office", [["Information Commissioner's Office", 0]]],
    ["Sainsbury's Bank", [["Sainsbury's Bank", 0]]],
    ["Dunne's Bakery", [["Dunne's Bakery", 0]]],
    ["Orrin's Market", [["Orrin's Market", 0]]],
    ["Orrin's Market Street", [["Orrin", 0], ["Market Street", 8]]],
    // No possessive: an apostrophe inside a word, a plural possessive.
    ["Pass'Sport", [["Pass'Sport", 0]]],
    ["Veterans' Affairs", [["Veterans' Affairs", 0]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (run, expected) => {
    const got = splitPossessive(run);
    expect(got.map((q) => [q.text, q.at])).toEqual(expected);
    for (const q of got) expect(run.slice(q.at, q.at + q.text.length)).toBe(q.text);
  });
});
