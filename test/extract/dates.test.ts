import { beforeAll, describe, expect, it } from "vitest";
import type { Resources } from "../../src/analyse/doc.js";
import { extractText, loadResources } from "../helpers.js";

/** Invented sentences only: [text, published, expected {text → iso}]. */
type Case = [string, string | null, Record<string, string | null>];

const dates = (text: string, published: string | null, res?: Resources) =>
  extractText(text, { published, res, lang: res ? "ja" : "en" }).dates;

const byText = (ds: { text: string; iso: string | null }[]) => Object.fromEntries(ds.map((d) => [d.text, d.iso]));

describe("English dates", () => {
  const cases: Case[] = [
    ["Northwind Ltd said on March 3, 2022 that its servers were breached.", null, { "March 3, 2022": "2022-03-03" }],
    ["The intrusion ran from mid-May 2019 until late 2019.", null, { "mid-May 2019": "2019-05", "late 2019": "2019" }],
    ["Attackers got in during the first half of 2021.", null, { "the first half of 2021": "2021" }],
    ["Records were taken between 2007 and 2010, the firm said.", null, { "2007": "2007", "2010": "2010" }],
    // A founding year is history: it lends no year to the story's dates.
    ["Corvale, founded in 2002, said on June 3 that hackers got in.", "2025-06-20", { "2002": "2002", "June 3": "2025-06-03" }],
    ["The insurer, established in 1998, found the malware on May 9, 2024 and told clients on May 30.", "2024-07-01", { "1998": "1998", "May 30": "2024-05-30" }],
    // a year-less date takes the year stated in its sentence
    ["Between Nov. 27 and Dec. 15, 2013, card data was stolen.", null, { "Nov. 27": "2013-11-27", "Dec. 15, 2013": "2013-12-15" }],
    // a range of days shares its month and the year written after it
    ["Hackers were inside from March 4-8, 2024.", "2025-05-01", { "March 4": "2024-03-04", "8, 2024": "2024-03-08" }],
    // A weekday settles the year of a date without one; "last" and "next" a holiday's; a season is its year.
    ["The club's next home game is on Saturday 2 August, against Tarrow.", "2025-07-24", { "Saturday 2 August": "2025-08-02" }],
    ["The hack began on Friday, August 2, the club said.", "2025-07-24", { "Friday, August 2": "2024-08-02" }],
    ["Sales of the toy soared last Christmas.", "2024-12-05", { "last Christmas": "2023-12-25" }],
    ["The shop reopens after next Christmas.", "2024-12-05", { "next Christmas": "2024-12-25" }],
    ["Last spring, hackers stole patient files.", "2025-02-04", { "Last spring": "2024" }],
    ["Last spring, hackers stole patient files.", "2025-09-04", { "Last spring": "2025" }],
    // An order's deadline may fall after publication; a span opened in an earlier year ends in this one.
    ["The agency ordered hospitals to patch the flaw by June 20.", "2025-06-13", { "June 20": "2025-06-20" }],
    // A yearless date soon after publication is still to come, in any tense but a past event's.
    ["The gang's post gives the council until May 9 to pay.", "2025-05-02", { "May 9": "2025-05-09" }],
    ["Residents can report missed bins online from July.", "2024-06-10", { July: "2024-07" }],
    ["Intruders were first detected on May 20.", "2025-05-10", { "May 20": "2024-05-20" }],
    ["The hackers had access until June 20, the firm said.", "2025-06-13", { "June 20": "2024-06-20" }],
    // An offer open until a day, and a law taking effect on one, look ahead.
    ["Customers can call the helpline until June 30.", "2025-06-13", { "June 30": "2025-06-30" }],
    ["The leak comes weeks before the new privacy law takes effect on 1 July.", "2025-06-13", { "1 July": "2025-07-01" }],
    // ... as do a rule taking effect with no "on" and a hearing listed for a day; a span opened "as far back as" a year ends in this one.
    ["The amended records law, which takes effect Aug. 1, requires audits.", "2025-02-10", { "Aug. 1": "2025-08-01" }],
    ["Related: Appeal hearing listed for 14 May", "2025-03-20", { "14 May": "2025-05-14" }],
    ["A clerk opened the files as far back as March 2022 and kept going until Jan. 6.", "2025-02-03", { "March 2022": "2022-03", "Jan. 6": "2025-01-06" }],
    ["Files sat open from as early as June 2023 to Aug. 30, when Tessel closed the hole.", "2024-10-09", { "June 2023": "2023-06", "Aug. 30": "2024-08-30" }],
    ["The flaw existed since March 2019 and was fixed on June 4 of that year.", "2024-10-09", { "March 2019": "2019-03", "June 4": "2019-06-04" }],
    ["Hackers were inside between March 4 and 8, 2024.", "2025-05-01", { "March 4": "2024-03-04", "8, 2024": "2024-03-08" }],
    ["Hackers were inside on March 4–8.", "2025-05-01", { "March 4": "2025-03-04", "8": "2025-03-08" }],
    // "and" joins two days only after "between"
    ["On March 4 and 8 people were hurt.", "2025-05-01", { "March 4": "2025-03-04" }],
    // else the publication date, and a month after it is last year's
    ["Acme disclosed the breach on Friday.", "2020-03-11", { Friday: "2020-03-06" }],
    ["The attack began in December.", "2020-03-11", { December: "2019-12" }],
    ["Hackers broke in April this year.", "2014-11-07", { "April this year": "2014-04" }],
    ["The company learned of it last week.", "2015-10-30", { "last week": "2015-10" }],
    ["Data was posted yesterday.", "2016-01-01", { yesterday: "2015-12-31" }],
    // no publication date: relative dates stay without a year, never the clock's
    ["The company learned of it last week.", null, { "last week": null }],
    ["Service will resume from Saturday.", "2011-05-27", { Saturday: "2011-05-28" }],
    ["The board is expected to vote on the contract Thursday.", "2025-02-11", { Thursday: "2025-02-13" }],
    ["The board voted on the contract Thursday.", "2025-02-11", { Thursday: "2025-02-06" }],
    // A bare year far off in the sentence is another matter's; a full date lends its year anywhere in it.
    ["A review completed March 28 found the intruder had copied an old archive, some of it made in 2009.", "2025-04-20", { "March 28": "2025-03-28", "2009": "2009" }],
    ["Files taken on March 28 were listed in a report the firm filed on April 2, 2024.", null, { "March 28": "2024-03-28" }],
    // a future verb elsewhere in the sentence does not move a past weekday
    ["Firms plan to spend more next year, says a survey published on Monday.", "2025-06-10", { Monday: "2025-06-09" }],
    ["a 2015 hack at Globex exposed files", null, { "2015": "2015" }],
    ["2021-06-30 is when the dump surfaced.", null, { "2021-06-30": "2021-06-30" }],
    // holidays: a day, found in the year (Thanksgiving moves); the days around one only a month
    ["Hackers stole card data over the Thanksgiving weekend.", "2013-12-19", { "Thanksgiving weekend": "2013-11" }],
    ["Intruders got in on Thanksgiving, the company said.", "2013-12-19", { Thanksgiving: "2013-11-28" }],
    ["The breach began on Black Friday 2013 and ran until December 15.", null, { "Black Friday 2013": "2013-11-29", "December 15": "2013-12-15" }],
    ["Cyber Monday 2019 saw the first fraudulent orders.", null, { "Cyber Monday 2019": "2019-12-02" }],
    ["The attack hit on Memorial Day 2021.", null, { "Memorial Day 2021": "2021-05-31" }],
    ["The firm found the malware on Christmas Eve.", "2021-01-10", { "Christmas Eve": "2020-12-24" }],
    // a hedge keeps the day; a part of the month does not
    ["The intruder first got in on or about March 9, 2023.", null, { "about March 9, 2023": "2023-03-09" }],
    ["The intruder first got in around mid-March 2023.", null, { "mid-March 2023": "2023-03" }],
    // a day-first range shares its month and year
    ["Files were copied between 3 and 6 October 2023.", null, { "3": "2023-10-03", "6 October 2023": "2023-10-06" }],
    ["Files were copied on 3-6 October 2023.", null, { "3": "2023-10-03", "6 October 2023": "2023-10-06" }],
    // a day counted from the full date told before it, in its paragraph
    ["The firm found the intrusion on May 2, 2024 and told customers three days later.", null, { "three days later": "2024-05-05" }],
    ["Hackers struck on Sunday, June 30, 2024. Staff noticed the following morning.", null, { "the following morning": "2024-07-01" }],
    ["Letters went out on 28 February 2023, and a week later the regulator was told.", null, { "a week later": "2023-03-07" }],
    // a meeting or hearing ahead of the publication stays in its year; a counterfactual past does not look ahead
    ["The board would discuss the costs at its meeting on Sept. 23.", "2024-09-12", { "Sept. 23": "2024-09-23" }],
    ["A hearing is scheduled for October 3.", "2024-09-12", { "October 3": "2024-10-03" }],
    ["The firm said it would have notified customers in August.", "2024-09-12", { August: "2024-08" }],
  ];
  it.each(cases)("%s", (text, published, expected) => {
    expect(byText(dates(text, published))).toMatchObject(expected);
  });

  const negatives: Array<[string, string | null]> = [
    ["Users may want to reset passwords.", "2020-01-01"],
    ["Officials march on the capital.", "2020-01-01"],
    ["© Copyright 2016 Example Media.", "2020-01-01"],
    ["More than 2000 customers were affected.", "2020-01-01"],
    ["Over the last 24 hours the site was down for four decades of users.", "2020-01-01"],
    ["The story ran in USA Today.", "2020-01-01"],
    ["He read the Sun, then left.", "2020-01-01"],
    ["A day later the firm reset accounts.", "2020-01-01"],
    ["Staff on Christmas Island were told to reset passwords.", "2020-01-01"],
    ["The Thanksgivings of his youth were quiet.", "2020-01-01"],
    // office hours are no dates; a count of days later needs a date to count from
    ["Call us Monday through Friday, 9 a.m. to 5 p.m., or Saturday-Sunday from 10 a.m.", "2020-01-01"],
  ];
  it.each(negatives)("finds no date in %s", (text, published) => {
    expect(dates(text, published).filter((d) => d.iso)).toEqual([]);
  });
  // Numeric dates: month first as in the US, unless only day-first reads or the writer is day-first.
  const numeric: Case[] = [
    ["Update 4/9/25: the retailer said more stores were hit.", "2025-04-10", { "4/9/25": "2025-04-09" }],
    ["Intruders got in on 12/31/24 and again on 3/14/23.", "2025-02-01", { "12/31/24": "2024-12-31", "3/14/23": "2023-03-14" }],
    ["The files were copied on 08/02/2024.", null, { "08/02/2024": "2024-08-02" }],
    // a first part over 12 can only be a day
    ["The files were copied on 27/11/2023.", null, { "27/11/2023": "2023-11-27" }],
    // and a day-first date elsewhere sets the order of the ambiguous ones
    ["Access began on 14/02/24 and was cut on 03/04/24.", "2024-06-01", { "14/02/24": "2024-02-14", "03/04/24": "2024-04-03" }],
    // as does a writer who spells dates day-first ("2 March"), and one who writes "March 2"
    ["The council learned of it on 2 March. Files were copied on 05/02/24.", "2024-06-01", { "2 March": "2024-03-02", "05/02/24": "2024-02-05" }],
    ["The council learned of it on March 2. Files were copied on 05/02/24.", "2024-06-01", { "March 2": "2024-03-02", "05/02/24": "2024-05-02" }],
    // a two-digit year after the publication's next year is last century's
    ["A backup dated 12/31/99 was among the files.", "2024-06-01", { "12/31/99": "1999-12-31" }],
    ["A backup dated 12/31/99 was among the files.", null, { "12/31/99": "1999-12-31" }],
    ["A backup dated 6/30/05 was among the files.", null, { "6/30/05": "2005-06-30" }],
  ];
  it.each(numeric)("numeric: %s", (text, published, expected) => {
    expect(byText(dates(text, published))).toEqual(expected);
  });

  it.each([
    "The help desk answers 24/7 and 365 days a year.",
    "The 9/11 attacks changed aviation security.",
    "About 3/4 of users and 1/2 of staff reset passwords.",
    "Tests scored 6/4/6 and 31/31/31 on the scale.",
    "See example.com/5/7/25 and build v2/3/24, or read chapter 5/7/25/8.",
    "The form 2/30/24 was rejected.",
  ])("numeric: no date in %s", (text) => {
    expect(dates(text, "2025-01-01").filter((d) => d.iso)).toEqual([]);
  });

  // Hedges between a cue and a date do not hide it, and "since" starts the story's time.
  const hedged: Case[] = [
    ["The group has been active since at least 2021.", "2025-05-01", { "2021": "2021" }],
    ["Scans began as early as June 2022.", "2025-05-01", { "June 2022": "2022-06" }],
    ["The crew has operated since at least March 2023.", "2025-05-01", { "March 2023": "2023-03" }],
    ["The flaw was exploited as early as 2019.", "2025-05-01", { "2019": "2019" }],
    ["Logs go as far back as 2017.", "2025-05-01", { "2017": "2017" }],
    ["The intruders kept access until at least 2023.", "2025-05-01", { "2023": "2023" }],
    // a month after a "since" date, and earlier in the year, is in a later year
    ["The gang has been active since at least October 2024 and hit an insurer in March.", "2025-05-06", { "October 2024": "2024-10", March: "2025-03" }],
    ["The gang has been active since October 2024 and hit an insurer on November 3.", "2025-05-06", { "October 2024": "2024-10", "November 3": "2024-11-03" }],
    ["Between March 3 and October 9, 2024, files were copied.", "2025-05-06", { "March 3": "2024-03-03", "October 9, 2024": "2024-10-09" }],
  ];
  it.each(hedged)("hedged: %s", (text, published, expected) => {
    expect(byText(dates(text, published))).toEqual(expected);
  });

  it.each([
    "The bank said at least 2021 customers were affected.",
    "Hackers posted as many as 2021 files.",
  ])("hedged: no date in %s", (text) => {
    expect(dates(text, "2025-01-01").filter((d) => d.iso)).toEqual([]);
  });

  it("counts no days from a year or from a date in another paragraph", () => {
    const found = dates("The firm was told in 2023. Two days later it reset accounts.\n\nOn May 2, 2024 it said so.\n\nThree days later it apologised.", "2024-06-01");
    expect(found.map((d) => d.text)).toEqual(["2023", "May 2, 2024"]);
  });

  const roles: Array<[string, string, string]> = [
    ["Equifax-like Initech discovered the intrusion on July 29, 2017.", "July 29, 2017", "discovery"],
    ["Initech announced the breach on April 26, 2011, after discovering it on April 19, 2011.", "April 26, 2011", "disclosure"],
    ["Initech announced the breach on April 26, 2011, after discovering it on April 19, 2011.", "April 19, 2011", "discovery"],
    ["In June 2018, the forum Zetaboard suffered a data breach.", "June 2018", "incident"],
    ["The newest records show the data was obtained in March 2022.", "March 2022", "incident"],
    ["It eclipses a 2015 hack at a health insurer.", "2015", "incident"],
    ["The loophole was closed in 2019.", "2019", "other"],
    ["LONDON Oct 30, 2015 - A cyber attack hit a telecoms firm.", "Oct 30, 2015", "other"],
    // The end of a range has the role of its start.
    ["Attackers accessed a file server between March 3 and March 9, 2024.", "March 9, 2024", "incident"],
    ["Intruders accessed customer accounts from May 2021 to July 2021.", "July 2021", "incident"],
    ["Intruders accessed customer accounts from May 2021 until July 2021.", "July 2021", "incident"],
    // ... but not a second date that merely follows "and" without "between".
    ["Intruders accessed the system in May 2020, and the firm disclosed it in June 2021.", "June 2021", "disclosure"],
    // A relative clause dates what its antecedent names.
    ["The breach, which occurred in December 2023, came to light later.", "December 2023", "incident"],
    ["The merger, which occurred in December 2023, was approved.", "December 2023", "other"],
    // A date qualifying an incident noun dates that incident, whatever the verb.
    ["Initech disclosed the June 2020 breach on Monday.", "June 2020", "incident"],
    ["Regulators fined the firm over its May 2019 data breach.", "May 2019", "incident"],
    ["Initech disclosed the May 2019 report on Monday.", "May 2019", "disclosure"],
    // Breach notices filed with a regulator or mailed out disclose; a lawsuit filed does not.
    ["Initech filed a notice of data breach with the Attorney General of Maine on November 4, 2024.", "November 4, 2024", "disclosure"],
    ["Initech began sending notification letters on November 1, 2024.", "November 1, 2024", "disclosure"],
    ["The shareholders filed a lawsuit on March 7, 2025.", "March 7, 2025", "other"],
    // Ransomware or hackers that hit a body date the incident.
    ["On March 3, 2025, ransomware hit the Tessel clinic's servers.", "March 3, 2025", "incident"],
    // The window of the affected purchases is the incident's.
    ["Card numbers of customers who bought tickets between April 9, 2025 and June 23, 2025 were skimmed.", "April 9, 2025", "incident"],
    ["The retailer bought a rival chain on April 9, 2025.", "April 9, 2025", "other"],
    // Reports to a regulator, notices that went out or were posted, decisions published.
    ["According to a notice Initech filed with the Vermont Attorney General on March 2, 2025, names were taken.", "March 2, 2025", "disclosure"],
    ["The report was submitted to the regulator on May 6, 2025.", "May 6, 2025", "disclosure"],
    ["Letters went out to affected members on June 3, 2025.", "June 3, 2025", "disclosure"],
    ["The clinic said in a notice posted on its website on June 3, 2025 that files were copied.", "June 3, 2025", "disclosure"],
    ["The watchdog's decision, published on June 3, 2025, orders the firm to pay.", "June 3, 2025", "disclosure"],
    // The attackers making it public disclose it: a claim, a listing on their leak site.
    ["The stolen files were posted on a leak site on June 3, 2025.", "June 3, 2025", "disclosure"],
    ["The group claimed credit in a post on Saturday, June 7, 2025.", "Saturday, June 7, 2025", "disclosure"],
    ["Hackers posted a sample of the data on a forum on June 3, 2025.", "June 3, 2025", "incident"],
    ["Letters began arriving in mailboxes on June 3, 2025.", "June 3, 2025", "disclosure"],
    ["Customers who paid with cards at the cafe on June 3, 2025 may be affected.", "June 3, 2025", "incident"],
    // Access windows, and "until" before a date is no clause of its own.
    ["Files on the server were copied between 8 and 11 September 2024.", "8", "incident"],
    ["The attackers were able to view order histories between May 1, 2025 and May 9, 2025.", "May 1, 2025", "incident"],
    ["The unauthorized access took place between May 1, 2025 and May 9, 2025, the company said.", "May 1, 2025", "incident"],
    ["An attacker exploited a flaw in the portal on May 1, 2025, the firm said.", "May 1, 2025", "incident"],
    ["Initech did not begin mailing notification letters until April 10, 2025.", "April 10, 2025", "disclosure"],
    // A byline dates the copy.
    ["Posted by Jo Marsh | June 16, 2025 | 4 min read", "June 16, 2025", "other"],
    ["Posted: Nov 07, 2024", "Nov 07, 2024", "other"],
    ["Dana Reyes · Tri-County Herald · Posted: Mar 3, 2025 9:15 AM EST", "Mar 3, 2025", "other"],
    // A page's update stamp is metadata; an update line with news dates the release.
    ["Updated 4 March 2025 — first published 3 March 2025", "4 March 2025", "other"],
    ["Last updated on March 4, 2025 at 10:12 a.m.", "March 4, 2025", "other"],
    ["UPDATE, March 4, 2025: The retailer has confirmed that card data was taken.", "March 4, 2025", "disclosure"],
    // A press release's wire dateline is the victim's disclosure, unless a law firm is soliciting plaintiffs.
    ["DENVER, Colo., March 4, 2025 /PRNewswire/ -- Initech Dental is notifying patients of a data security incident.", "March 4, 2025", "disclosure"],
    ["AUSTIN, Texas, March 4, 2025 (BUSINESS WIRE) -- The law firm Roe & Poe LLP is investigating claims on behalf of Initech patients.", "March 4, 2025", "other"],
    ["BOSTON, March 4, 2025 - Initech said hackers took files.", "March 4, 2025", "other"],
    // A news agency's wire dates its own report, not the victim's telling; a release wire with "--" is the victim's.
    ["LEEDS, May 15 (Pennine Newswire) - Hackers stole customer statements from Osric Print, the company said.", "May 15", "other"],
    ["LEEDS, May 15, 2025 (BUSINESS WIRE) -- Osric Print is notifying customers of a data security incident.", "May 15, 2025", "disclosure"],
    // A range's end after ", and", and a list of names joined by "and" does not end a clause.
    ["An intruder accessed three mailboxes between June 2, 2024, and June 9, 2024.", "June 9, 2024", "incident"],
    ["The firm notified regulators in Ohio, Kentucky and West Virginia on August 5.", "August 5", "disclosure"],
    // A colon opens a new clause: the cue before it governs nothing after it.
    ["It was not the first chain hit by hackers this year: in May, staff found malware on a server.", "May", "discovery"],
    // Finding what a review or sweep turned up, a flag raised, and a participle used as an adjective.
    ["A review of the mailbox contents, completed on October 2, 2024, showed that it held tax forms.", "October 2, 2024", "discovery"],
    ["The audit was concluded on October 2, 2024.", "October 2, 2024", "discovery"],
    ["Its monitoring tool flagged an unusual login on October 2, 2024.", "October 2, 2024", "discovery"],
    ["Staff discovered encrypted spreadsheets on a shared drive early on October 2.", "October 2", "discovery"],
    ["The compromised files covered loans issued from 2012 to 2015.", "2012", "other"],
    ["Attackers compromised the payroll server in 2015.", "2015", "incident"],
    // Intrusion verbs: skimmers installed, a phishing victim's click or login, moving through a network.
    ["Police believe the skimming devices were installed around March 8.", "around March 8", "incident"],
    ["The company installed new firewalls on March 8.", "March 8", "other"],
    ["A clerk clicked a malicious link in a fake invoice on March 8.", "March 8", "incident"],
    ["Someone logged in to the payroll portal with a reused password on March 8.", "March 8", "incident"],
    ["The attacker moved laterally through the company's network from March 8 to March 12.", "March 8", "incident"],
    ["Investigators believe the intruders got in on March 8.", "March 8", "incident"],
    ["A bookkeeper fell for a fake invoice scam in March.", "March", "incident"],
    ["Customers who used the self-checkouts since March should check their statements.", "March", "incident"],
    // "access" is a verb only after "to" or as an acquisition; "anomalous access" is a noun.
    ["The firm said it detected suspicious access to a test server on March 8.", "March 8", "discovery"],
    ["The gang acquired access to its mail server from March to May.", "March", "incident"],
    // Telling the people hit, notices filed, and a regulator's portal.
    ["The clinic began emailing affected patients on March 8.", "March 8", "disclosure"],
    ["The incident surfaced through breach notices filed in March.", "March", "disclosure"],
    ["The breach was listed on the HHS breach portal on March 8.", "March 8", "disclosure"],
    // A notice form's field label says what its date is; a label without a cue does not.
    ["Date(s) Breach Occurred: 11/02/2023 - 11/06/2023", "11/02/2023", "incident"],
    ["Date(s) Breach Occurred: 11/02/2023 - 11/06/2023", "11/06/2023", "incident"],
    ["Date Breach Discovered: 12/01/2023", "12/01/2023", "discovery"],
    ["Date(s) of consumer notification: 01/19/2024", "01/19/2024", "disclosure"],
    ["Incident date: 11/02/2023", "11/02/2023", "incident"],
    ["Date received: 01/19/2024", "01/19/2024", "other"],
    ["The shop closed for renovation: 11/02/2023 was its last day.", "11/02/2023", "other"],
    // A period that ends "when" the intrusion was found ends with its discovery; a date already found stays so.
    ["The share was exposed to anyone from May 2023 until 4 March 2024, when a student alerted the university.", "4 March 2024", "discovery"],
    ["The share was exposed to anyone from May 2023 until 4 March 2024, when a student alerted the university.", "May 2023", "incident"],
    ["Someone used the payroll login between July 1, 2024, and July 9, 2024, when the activity was detected.", "July 9, 2024", "discovery"],
    ["The clinic learned of the problem on July 9, when patients reported strange charges.", "July 9", "discovery"],
    ["Hackers broke in on July 9, when most staff were on leave.", "July 9", "incident"],
    ["A researcher tipped off the retailer on July 9.", "July 9", "discovery"],
    ["The retailer alerted its customers on July 9.", "July 9", "disclosure"],
    // Inside the network since a day, the earliest activity seen, and what a review determined.
    ["The gang had been inside the company's network since at least 2 July.", "2 July", "incident"],
    ["Analysts said the earliest malicious activity dated to July 2.", "July 2", "incident"],
    ["On July 20, 2024, the review determined that the mailbox held tax forms.", "July 20, 2024", "discovery"],
    ["The board is determined to finish the audit by July 20.", "July 20", "other"],
    // Code at work on a page, a store open to anyone, an intruder using a login to get in or reach a system.
    ["The retailer said a rogue script was active on its checkout between 2 May and 9 June 2025.", "2 May", "incident"],
    ["The share had been publicly accessible from July 2024 onward.", "July 2024", "incident"],
    ["Between 2 May and 9 June 2025, anyone who knew the address could read the files.", "2 May", "incident"],
    ["A hacker used a stolen password to get into the mail server on July 7 and July 8.", "July 8", "incident"],
    ["The intruder used a vendor account to reach the billing database between July 7 and July 9.", "July 7", "incident"],
    ["According to the insurer, the logins took place from July 7 to July 9.", "July 9", "incident"],
    // Finding it: coming across a store, first seeing it, a researcher reporting a flaw to the company.
    ["The researcher came across the open server on July 7 while scanning.", "July 7", "discovery"],
    ["Analysts first saw the leaked table on July 7.", "July 7", "discovery"],
    ["Two students reported the flaw to the university on July 7.", "July 7", "discovery"],
    ["The university reported the breach to the regulator on July 7.", "July 7", "disclosure"],
    // A list of dates shares its verb; a filing's signature at its foot dates its release.
    ["The firm notified customers on July 7 and July 9.", "July 9", "disclosure"],
    ["Item 1.05. Hackers encrypted servers.\nBy: /s/ Jo Marsh\nDated: July 9, 2025", "July 9, 2025", "disclosure"],
    // Data sent or shared by mistake: the mistake is the incident, a notice sent is not.
    ["A clerk mistakenly emailed the roster to a parent group on March 3.", "March 3", "incident"],
    ["The trust said a letter was posted in error on March 3 to a former address.", "March 3", "incident"],
    ["A payroll file was attached to a newsletter by mistake on March 3.", "March 3", "incident"],
    ["The trust sent apology letters to the families on March 3.", "March 3", "disclosure"],
    // A company's background is no date of the breach.
    ["Initech, founded in 1991, sells payroll software.", "1991", "other"],
    ["The hacked firm reported revenue of $40 million in 2023.", "2023", "other"],
    // A speech verb reporting a clause with its own verb leaves that verb's date alone.
    ["The company said it restored its systems from backups by March 8.", "March 8", "other"],
    ["The company said on March 8 that files were taken.", "March 8", "disclosure"],
    // A verbless date at the top of an organisation's own release dates its telling; a news byline's does not.
    ["FOR IMMEDIATE RELEASE\nMarch 3, 2025\n\nAttorney General Ruiz announced a settlement with Oakvale Lending over a 2023 data breach.", "March 3, 2025", "disclosure"],
    ["Update on our network incident\n\n14 May 2025\n\nWe are writing to tell you that our systems were accessed by an unauthorised party.", "14 May 2025", "disclosure"],
    ["Filed: February 9, 2025\n\nItem 1.05 Material Cybersecurity Incidents.", "February 9, 2025", "disclosure"],
    ["Hackers hit Oakvale Lending\n\nBy Ann Roe | 14 May 2025\n\nOakvale Lending said hackers stole data. \"We are writing to customers,\" it said.", "14 May 2025", "other"],
    // A flaw open over a period dates the incident; an outsider alerting the firm, whatever it is, its discovery.
    ["The bug existed from Feb. 3, 2025 until April 8, when a student alerted the museum.", "Feb. 3, 2025", "incident"],
    ["The bug existed from Feb. 3, 2025 until April 8, when a journalist alerted the museum.", "April 8", "discovery"],
    ["Police told reporters on April 8 that the files were taken.", "April 8", "disclosure"],
    ["The regulator said the bug was introduced in an update on May 6 and fixed on May 12.", "May 6", "incident"],
    // "and" with no verb after it joins nouns, not clauses; with one it opens a clause of its own.
    ["Intruders copied the names and home addresses of 9,300 tenants in August.", "August", "incident"],
    ["Intruders copied the tenant files and the council restored its servers in August.", "August", "other"],
    ["Intruders copied the tenant files and those files then sold on a forum in August.", "August", "other"],
    ["Rogue script on the donation page skimmed card details from Jan. 4 to Feb. 20.", "Jan. 4", "incident"],
    ["The spyware harvested login tokens in late March.", "late March", "incident"],
    // A stamp with its weekday ("Posted Thu 6 Jun 2024") is the copy's; contacting those affected is telling them.
    ["Clinic files stolen\n\nPosted Thu 6 Jun 2024 at 9:10am\n\nHackers stole files from a clinic.", "6 Jun 2024", "other"],
    ["The clinic told regulators on Monday and began contacting patients by letter on Wednesday.", "Wednesday", "disclosure"],
    // The attacker's acts in an intrusion: signing in, staying inside, planting code, setting off the encryption.
    ["A stranger signed in to the payroll portal of the brewery on Sept. 3.", "Sept. 3", "incident"],
    ["The gang had been active in Pell Mutual's claims network since Feb. 2.", "Feb. 2", "incident"],
    ["Someone spent almost a month inside the ferry operator's booking system from April 9.", "April 9", "incident"],
    ["Skimming code had been planted on the florist's order form on Nov. 14.", "Nov. 14", "incident"],
    ["Two days later the crew deployed ransomware across the depot's servers on March 30.", "March 30", "incident"],
    ["The thieves made off with the tenant ledger on Jan. 19.", "Jan. 19", "incident"],
    ["The clerk received a phishing email in August.", "August", "incident"],
    ["Investigators dated the first unauthorised log-in to Oct. 6.", "Oct. 6", "incident"],
    ["The archive had been left publicly accessible from June 1.", "June 1", "incident"],
    // An adjective in -ed after "and" opens no clause: the notice reached the board and affected tenants then.
    ["The landlord notified the housing board and affected tenants on 12 May.", "12 May", "disclosure"],
    // A long regulator's name between the verb and its date keeps the verb's role.
    ["Delmar Freight reported the theft to the Swiss data protection commissioner's office, the federal police and the cantonal police on June 5.", "June 5", "disclosure"],
    // Fraud with stolen data, a portal broken into, an insider opening charts, a list shared in a chat group, an update that caused a fault.
    ["Crooks used the stolen details to siphon cash from 40 accounts on March 3.", "March 3", "incident"],
    ["Hackers had broken into its booking portal in April 2024.", "April 2024", "incident"],
    ["A billing clerk opened the patients' medical records as early as May 2023.", "May 2023", "incident"],
    ["A letting agent shared the tenant list in a WhatsApp group in June 2024.", "June 2024", "incident"],
    ["An update released on June 6 caused a display fault on the account page.", "June 6", "incident"],
    // "that" after a preposition opens no clause; files taken from a server, an attack that knocked systems out, code set off.
    ["An intruder had access to that server between March 3 and March 9.", "March 3", "incident"],
    ["Records were taken from the city's planning server on Oct. 6, officials confirmed.", "Oct. 6", "incident"],
    ["A cyberattack knocked out the library's computer systems on Oct. 2.", "Oct. 2", "incident"],
    ["Police believe the gang set off the encryption on Labor Day.", "Labor Day", "incident"],
    // A reported clause still to come dates that plan, not the speaking.
    ["After the breach, the bank said it will reopen online banking from Monday.", "Monday", "other"],
    // A store open since a search engine indexed it, a stolen key first used, a fraud's span.
    ["The researcher said a device search engine had first indexed the exposed Kibbel database on Feb. 3.", "Feb. 3", "incident"],
    ["Server logs show the leaked Tornby access key was first used by an outsider on 9 April.", "9 April", "incident"],
    ["The carrier said the SIM-swap fraud took place between 4 May and 30 July.", "4 May", "incident"],
    // Negative: the same verbs with no intrusion leave the date alone.
    ["The council signed a new waste contract on May 2.", "May 2", "other"],
    ["The team launched its new app on Oct. 3.", "Oct. 3", "other"],
  ];
  it.each(roles)("%s → %s is %s", (text, span, role) => {
    const d = dates(text, null).find((x) => x.text === span);
    expect(d?.role).toBe(role);
  });

  it("gives a date decades before publication no breach role", () => {
    const found = dates("Weeks after hackers locked up its computer systems, the library lends books the way it did in 1975.", "2025-06-27");
    expect(found.find((d) => d.text === "1975")?.role).toBe("other");
  });

  it("gives a whole story with no victim and no one affected no breach dates", () => {
    const advisory = [
      "Joint advisory: the Emberlash ransomware strain.",
      "Emberlash was first observed in March 2024.",
      "Its affiliates break in through unpatched VPN appliances.",
      "They encrypt servers and threaten to publish stolen files.",
      "Defenders should patch and keep offline backups.",
      "The agencies released this advisory on May 2, 2025.",
    ].join("\n\n");
    expect(dates(advisory, "2025-05-02").map((d) => d.role)).toEqual(["other", "other"]);
  });
});

describe("Japanese dates", () => {
  let res: Resources;
  beforeAll(async () => {
    res = await loadResources();
  }, 60_000);

  const cases: Case[] = [
    ["当社は令和元年5月7日に不正アクセスを確認しました。", null, { 令和元年5月7日: "2019-05-07" }],
    ["平成31年4月1日から同年4月3日までの期間に流出しました。", null, { 平成31年4月1日: "2019-04-01", 同年4月3日: "2019-04-03" }],
    ["2022 年 5 ⽉ 9 ⽇に持ち出されました。", null, { "2022 年 5 ⽉ 9 ⽇": "2022-05-09" }],
    ["２０２３年１１月２日、被害が判明しました。", null, { "２０２３年１１月２日": "2023-11-02" }],
    ["二〇二一年三月十日に公表しました。", null, { 二〇二一年三月十日: "2021-03-10" }],
    ["昭和60年3月ごろ名簿を入手した。", null, { 昭和60年3月: "1985-03" }],
    ["先月28日に発覚しました。", "2024-02-10", { 先月28日: "2024-01-28" }],
    ["昨年12月に発生しました。", "2024-02-10", { 昨年12月: "2023-12" }],
    ["2023年5月1日に発生し、同月24日及び25日に判明しました。", null, { 同月24日: "2023-05-24", "25日": "2023-05-25" }],
    // A year after a FAQ label ("A3．"); a year alone bounding a span leaves later dates the year of the last full date.
    ["Q3．いつからの会員ですか。\nA3．2017年4月以降にご登録の会員様です。", null, { "2017年4月": "2017-04" }],
    ["2024年10月2日に判明しました。2018年以前に登録した会員のパスワードも対象です。通知は10月9日に送りました。", null, { "2018年": "2018", "10月9日": "2024-10-09" }],
    ["2018年に旧システムを導入し、10月9日に移行を終えました。", null, { "2018年": "2018", "10月9日": "2018-10-09" }],
    // A year and month bounding a span (2021年4月以降) leave later dates the year of the last full date.
    ["2025年8月10日\n2021年4月以降の会員名簿が暗号化されました。8月3日に異常を検知しました。", null, { "2021年4月": "2021-04", "8月3日": "2025-08-03" }],
    // A season named from publication; a deadline still ahead is this year's.
    // ... but a span closed at its latest month (令和6年12月まで) still sets the year.
    ["令和7年2月14日\n平成30年4月から令和6年12月までの受診者が対象です。通知は2月17日以降に送ります。", "2025-02-14", { "2月17日": "2025-02-17" }],
    ["今春、不正アクセスを受けた。", "2025-11-02", { 今春: "2025" }],
    ["昨秋、名簿を紛失した。", "2025-02-02", { 昨秋: "2024" }],
    ["２社は３月末までに出向を廃止する。", "2025-02-21", { "３月": "2025-03" }],
    // A change from a month on is ahead; an era by its letter in a notice's numerals.
    ["４月からは、院内のパソコンで外部記録媒体を使えないようにする。", "2025-02-21", { "４月": "2025-04" }],
    ["掲載日：R7.6.12　経緯：H31.4.1に開設した窓口で受け付けた。", "2025-06-12", { "R7.6.12": "2025-06-12", "H31.4.1": "2019-04-01" }],
    ["３月末までに５万件が流出していた。", "2025-02-21", { "３月": "2024-03" }],
    ["リリース 2006・3・17 株式会社サンプル", null, { "2006・3・17": "2006-03-17" }],
    // 昨年 with no publication date takes the year stated later in its sentence
    ["昨年11月30日に公表した件の調査が2021年3月31日に完了しました。", null, { 昨年11月30日: "2020-11-30" }],
    // A founding year, with its other calendar in brackets, dates nothing after it.
    ["同塾は平成14年（2002年）に設立された。6月3日に不正アクセスを受けた。", "2025-06-20", { 平成14年: "2002", "6月3日": "2025-06-03" }],
    ["2011年創業の同社では、4月8日に流出が判明した。", "2025-05-02", { "4月8日": "2025-04-08" }],
    ["対象は2019年のネット店舗開業以来の会員です。3月30日にサイトを閉じました。", "2025-04-10", { "3月30日": "2025-03-30" }],
    ["十二月九日夜に暗号化され、翌十日朝に気付いた。同月十五日に届け出た。", "2024-01-23", { 十日: "2023-12-10", 同月十五日: "2023-12-15" }],
    // What is still to come cannot lie before publication, whatever history was dated last.
    ["名簿は平成３０年４月と令和元年１０月に更新された。研修は６月中に実施します。", "2024-05-24", { "６月": "2024-06" }],
    ["名簿は平成３０年４月と令和元年１０月に更新された。研修は６月中に実施した。", "2020-07-01", { "６月": "2020-06" }],
    ["３月３０日に送信し、翌１日に誤りが分かった。", "2025-04-20", { "１日": "2025-04-01" }],
    // without any year, the date stays without one
    ["本日、お客様にお知らせしました。", null, { 本日: null }],
    ["5月24日に第一報をお知らせしました。", null, { "5月24日": null }],
    // a release without a publication date that writes a single year throughout settles it
    ["5月24日に第一報をお知らせしました。経緯は次のとおりです。2024年5月21日に検知し、2024年6月7日に調査を終えました。", null, { "5月24日": "2024-05-24" }],
    // two different years later on leave it open, and so does a single dated line (a deadline)
    ["5月24日に第一報をお知らせしました。対象は2024年12月31日までのご購入です。", null, { "5月24日": null }],
    ["5月24日に第一報をお知らせしました。2019年に同様の事案があり、2024年6月7日に調査を終えました。", null, { "5月24日": null }],
    // a day read off the publication date lends no year to a later month: wire copy in January
    ["サンプル社は20日、顧客情報が流出したと発表した。12月25日に侵入された。", "2025-01-21", { "20日": "2025-01-20", "12月25日": "2024-12-25" }],
    // a year stated in the text still does
    ["2023年5月1日に発生し、6月3日に判明しました。", "2025-01-21", { "6月3日": "2023-06-03" }],
    // a fiscal year with its number is named by that year, and lends no year to a month after it
    ["令和3年度から令和5年度の申請書類です。", null, { 令和3年度: "2021", 令和5年度: "2023" }],
    ["２０２３年度の事業で、3月10日に送付した。", "2025-06-01", { "２０２３年度": "2023", "3月10日": "2025-03-10" }],
    // a term's closing month with its year is that month
    ["2024年3月期の決算に特別損失を計上した。", null, { "2024年3月": "2024-03" }],
    // 同日 counts from the last date with a day, even with a month-only date between
    ["6月1日、不審な通信を検知した。5月下旬から侵入されていた。同日、警察に相談した。", "2025-06-10", { 同日: "2025-06-01" }],
    // a fiscal year counted from the publication (April to March)
    ["今年度の名簿が入っていた。", "2024-07-11", { 今年度: "2024" }],
    ["今年度の名簿が入っていた。", "2025-02-03", { 今年度: "2024" }],
    ["昨年度と本年度の名簿です。", "2025-04-01", { 昨年度: "2024", 本年度: "2025" }],
    // a month before the last one has turned the year when the publication is in a later year
    ["令和6年11月に発生しました。3月3日以降、順次ご連絡します。", "2025-02-20", { "3月3日": "2025-03-03" }],
    ["令和6年11月に発生し、3月3日に判明しました。", "2024-12-20", { "3月3日": "2024-03-03" }],
    // a plan after a date keeps it in the publication's year
    ["復旧は6月2日頃を予定しております。", "2025-05-16", { "6月2日": "2025-06-02" }],
    ["6月2日に発生しました。", "2025-05-16", { "6月2日": "2024-06-02" }],
    // 公表の直後の日付はこれからの予定（説明会, 受付開始）; 過去の事案（発生しました）は前年.
    ["説明会は3月23日に開き、経緯を説明する。", "2024-03-15", { "3月23日": "2024-03-23" }],
    ["ファン向けの先行抽選は2月1日に受付を開始する。", "2025-01-20", { "2月1日": "2025-02-01" }],
    // 先の予定の年（2026年3月に予定）は、その後の過去の出来事の日付に貸さない.
    ["2026年3月に予定していた新店の開業を延期する。同社によると、11月4日未明に攻撃を検知した。", "2025-11-20", { "11月4日": "2025-11-04" }],
  ];
  it.each(cases)("%s", (text, published, expected) => {
    expect(byText(dates(text, published, res))).toMatchObject(expected);
  });

  const negatives: Array<[string, string | null]> = [
    ["調査には3日間を要しました。", "2024-01-01"],
    ["対応は30日以内に行います。", "2024-01-01"],
    ["過去5年間の記録です。", "2024-01-01"],
    ["売上は前年比で伸びました。", "2024-01-01"],
    // a quarter or a fiscal term without its year, and the end of a fiscal year
    ["4~6月期の純利益は減った。", "2024-01-01"],
    ["12月期決算を発表した。", "2024-01-01"],
    ["2023年度末までに対応する。", "2024-01-01"],
  ];
  it.each(negatives)("finds no date in %s", (text, published) => {
    expect(dates(text, published, res).filter((d) => d.iso)).toEqual([]);
  });

  const roles: Array<[string, string, string]> = [
    // A time of day between a date and に (「同日朝に」「12日夜に」): the clause it opens still times it.
    ["3日未明、端末が暗号化された。担当者が同日朝に異変に気付き、警察に相談した。", "同日", "discovery"],
    ["職員が12日夜にUSBメモリを紛失し、警察に届け出たことが分かった。", "12日", "incident"],
    // the main verb after a quoted clause governs the date
    ["サンプル社は2019年9月5日に、不正アクセスを受けたと発表しました。", "2019年9月5日", "disclosure"],
    ["2024年5月21日、警察から連絡を受け、2024年5月22日にサイトを停止しました。", "2024年5月21日", "discovery"],
    ["2024年5月21日、警察から連絡を受け、2024年5月22日にサイトを停止しました。", "2024年5月22日", "other"],
    ["2021年8月2日から2022年1月25日にわたって不正にアクセスされ、情報が流出したことが判明しました。", "2021年8月2日", "incident"],
    ["5月13日時点では流出を確認していないという。", "5月13日", "other"],
    ["2023年3月2日に、棚にないことに気づき、返却した事実を確認出来なかった。", "2023年3月2日", "discovery"],
    ["名簿漏洩(1985年)について", "1985年", "incident"],
    ["USBメモリの紛失について 2022年10月9日", "2022年10月9日", "disclosure"],
    // a date joined by に to an embedded clause is that clause's time; with a comma, the main verb's
    ["サンプル社は5月1日に不正アクセスを受けたことが判明したと発表した。", "5月1日", "incident"],
    ["サンプル社は、5月1日、不正アクセスを受けたことが判明しました。", "5月1日", "discovery"],
    // a notice's date; news wording of a discovery; a lost bag
    ["6月10日付「第一報」にてお知らせしましたとおり、調査を続けております。", "6月10日", "disclosure"],
    ["5月24日の第二報でお伝えしたとおり、調査を続けております。", "5月24日", "disclosure"],
    ["会員情報が流出したことが1日、分かった。", "1日", "discovery"],
    ["職員が12月3日に資料を電車内に置き忘れた。", "12月3日", "incident"],
    // near the top, a clause ending on a noun is no date line
    ["同社は1952年に設立。", "1952年", "other"],
    // The window of the affected purchases is the incident's; a use that no date opens is no cue.
    ["対象は2021年4月1日~2021年6月30日にご購入いただいたお客様です。", "2021年4月1日", "incident"],
    ["対象は2021年4月1日~2021年6月30日にご購入いただいたお客様です。", "2021年6月30日", "incident"],
    ["2022年3月1日から3月9日の期間にクレジットカード決済をされたお客様に通知しました。", "2022年3月1日", "incident"],
    ["2022年3月9日に通知しました。6月6日に利用者から連絡がありました。", "6月6日", "discovery"],
    ["2023年5月8日(サイト停止)までにご注文されたお客様が対象です。", "2023年5月8日", "incident"],
    // A time of day inside the range does not break it.
    ["2020年10月6日午後3時~10月9日にご購入いただいたお客様", "2020年10月6日", "incident"],
    ["2024年2月1日、最後に利用した職員に確認しました。", "2024年2月1日", "discovery"],
    // A date right after the topic is the main verb's, past a period bounded inside the sentence;
    // a later date with its own verb still ends the clause.
    ["ユメモールは2024年10月22日、サイトが不正アクセスを受け、2023年3月1日から2024年6月30日までに決済した顧客のカード情報が流出したと発表した。", "2024年10月22日", "disclosure"],
    ["ユメモールは2024年10月22日、サイトが不正アクセスを受け、2023年3月1日から2024年6月30日までに決済した顧客のカード情報が流出したと発表した。", "2023年3月1日", "incident"],
    ["同社は2024年5月27日、不正アクセスを受けたことを確認し、2024年6月3日に公表した。", "2024年5月27日", "discovery"],
    // An arrest is its own event, though the sentence names the theft.
    ["警視庁は2025年4月14日、顧客情報を不正に取得したとして元社員の男を逮捕した。", "2025年4月14日", "other"],
    // a dated notice with its bracketed title; an embedded clause closed by もの; a part of a month;
    // a report of the damage to the police, and a report received
    ["2024年11月8日付「当社サーバへの不正アクセスに関するお知らせ（第一報）」にてお知らせいたしましたとおり、攻撃を受けたことを確認しております。", "2024年11月8日", "disclosure"],
    ["調査の結果、攻撃者は2024年11月1日にVPN機器を悪用して当社ネットワークに侵入したものと判明しました。", "2024年11月1日", "incident"],
    ["調査したところ、2025年8月下旬に外部からの不正なアクセスがあったことが判明した。", "2025年8月", "incident"],
    ["所轄警察署にも2024年5月21日に被害申告しております。", "2024年5月21日", "disclosure"],
    ["2024年5月21日に利用者から申告を受け、調査を開始した。", "2024年5月21日", "discovery"],
    // An attacker's access or a misused account times the incident; a staff member's access does not.
    ["同社によると、2025年3月2日から3月5日にかけて、攻撃者が管理者アカウントを悪用してサーバにアクセスしていた。", "2025年3月2日", "incident"],
    ["2025年3月2日、担当者が共有サーバにアクセスした。", "2025年3月2日", "other"],
    // A date before に and a weekday times the relative clause right after it; a noun after に does not.
    ["当該職員が2025年3月2日（日）に受信した偽のメールから偽のページに誘導されたことが判明した。", "2025年3月2日", "incident"],
    ["2025年3月2日に公表した調査結果によると、会員の住所が流出した。", "2025年3月2日", "disclosure"],
    ["2025年3月2日に発生が判明した。", "2025年3月2日", "discovery"],
    // An incident as the subject before a period, with a verb that only says it took place.
    ["不正ログインは、2025年3月2日から3月6日にかけて行われたという。", "2025年3月2日", "incident"],
    ["不正ログインは、2025年3月2日から3月6日にかけて行われたという。", "3月6日", "incident"],
    ["調べたところ、サイバー攻撃が2025年3月2日から2025年3月6日までの期間に何度も行われ、情報が外部に送られたと分かった。", "2025年3月6日", "incident"],
    // Login attempts and an insider's exfiltration are the incident; a report to the police or the commission discloses.
    ["2025年3月2日から3月6日にかけて、海外から大量のログイン試行があった。", "2025年3月2日", "incident"],
    ["元社員は2025年3月ごろ、抽出した顧客データを私用アドレスへ何度も送信した。", "2025年3月", "incident"],
    ["同社は2025年3月10日に所轄の警察署に相談した。", "2025年3月10日", "disclosure"],
    ["同社は2025年3月12日、同委員会に速報を提出した。", "2025年3月12日", "disclosure"],
    ["2025年3月9日、サーバーに不審な通信があるのを職員が見つけた。", "2025年3月9日", "discovery"],
    // A news outlet before a date line dates its copy.
    ["北浜日報　2025年3月14日（金）\n\n市は個人情報が流出したと発表した。", "2025年3月14日", "other"],
    ["データ保護ウォッチ編集部｜2025年3月14日\n\n町は住民の名簿を紛失したと明らかにした。", "2025年3月14日", "other"],
    ["月刊ビジネス羅針盤　2025年3月14日号\n\n同社の顧客情報が流出した問題を振り返る。", "2025年3月14日", "other"],
    // A verb that modifies a noun is no main verb where another cue is.
    ["2025年3月4日、該当する皆様にお詫びの文書を郵送し、誤送付した書類の返送をお願いしました。", "2025年3月4日", "disclosure"],
    // A release's list of facts labels its dates, on the line before or before a colon.
    ["■漏えい発生日\n2024年7月2日（火）午後3時頃", "2024年7月2日", "incident"],
    ["判明日：2024年7月3日", "2024年7月3日", "discovery"],
    ["■お問い合わせ\n2024年7月3日", "2024年7月3日", "disclosure"],
    // A news byline (date, time, outlet) is the copy's date; a release's date line is its disclosure.
    ["2024年7月3日 9時15分　東西テレビニュース\n市は不正アクセスを受けたと発表した。", "2024年7月3日", "other"],
    // 以降 opens a period like から; a denied finding; a report card is no notice.
    ["2024年6月中旬以降、不正ログインが断続的に行われていたと判明した。", "2024年6月", "incident"],
    ["2024年7月1日現在、不正利用の報告は確認されておりません。", "2024年7月1日", "other"],
    ["名簿には2023年度の通知表の所見が保存されていた。", "2023年度", "other"],
    // A date inside a clause that modifies an affair is that clause's; after a topic は, the main verb's.
    ["委員会は5日、サンプル社が昨年、顧客情報を流出させた問題で指導したと発表した。", "昨年", "incident"],
    ["委員会は5日、顧客情報が流出した問題で指導したと発表した。", "5日", "disclosure"],
    // A date set off by a comma opens a chain of clauses: the first verb is its event.
    ["3日朝、職員が端末を起動できないことに気付き、確認したところ、ファイルが暗号化されていた。", "3日", "discovery"],
    ["同社は3日、不正アクセスを受け、顧客の氏名が外部に漏れたおそれがあると公表した。", "3日", "disclosure"],
    // Spam sent from a hijacked account; a device taken home; a file made unviewable.
    ["5月8日、職員のアカウントから迷惑メールが送信された。", "5月8日", "incident"],
    ["教諭は5月8日夕、USBメモリーを自宅に持ち帰った。", "5月8日", "incident"],
    ["該当ファイルは5月8日に消去し、外部から閲覧できない設定に変更しました。", "5月8日", "other"],
    // A find reported in news wording.
    ["10日になって、名簿が掲示板に掲載されているのが見つかった。", "10日", "discovery"],
    // A web stamp with its time is the page's; a date alone in the signature at the foot is the release's.
    ["2024年7月3日 9時15分 公開\n市は不正アクセスを受けたと発表した。", "2024年7月3日", "other"],
    ["不正アクセスを受けました。\n\nご迷惑をおかけしました。\n\n2024年7月3日\n株式会社サンプル", "2024年7月3日", "disclosure"],
    // An embedded clause that chains verbs is timed by its first; copying data out is the incident.
    ["攻撃者は5月8日頃に機器の脆弱性を突いて侵入し、顧客情報を持ち出したことが分かりました。", "5月8日", "incident"],
    ["元社員は2023年4月から、顧客情報を私物のUSBメモリーに複製していた。", "2023年4月", "incident"],
    // A founding year near the top is no dateline, even with its other calendar in brackets.
    ["塾で情報流出\n\n同塾は平成14年（2002年）に設立された。6月3日に不正アクセスを受けた。", "平成14年", "other"],
    // A date with に times the verb that opens a chain; a date after a clause opened by から is no range's end.
    ["社内調査の結果、５月中旬に持ち出しが判明し、警察に相談した。", "５月", "discovery"],
    ["6月3日に通販サイトが外部から攻撃を受け、顧客情報の流出が判明した。", "6月3日", "incident"],
    ["委託先によると、4月2日ごろから不審な通信が始まり、4月9日に監視装置の警告で侵入に気づいた。", "4月2日", "incident"],
    ["委託先によると、4月2日ごろから不審な通信が始まり、4月9日に監視装置の警告で侵入に気づいた。", "4月9日", "discovery"],
    // A phished password typed in, and spam sent in bulk from the account, date the incident.
    ["職員は先月１２日、偽のログイン画面にIDとパスワードを入力した。", "先月１２日", "incident"],
    ["翌１３日から１５日にかけて、このアカウントから迷惑メール約３千通が送信された。", "１３日", "incident"],
    // An intrusion that began on a date (侵入は…に始まった) dates the incident.
    ["犯人の侵入は３月２日未明に始まったとみられる。", "３月２日", "incident"],
    // 翌 before a day: the next such day after the last date, across a month's end too; 同月 follows it.
    ["二〇二三年十二月九日夜に暗号化され、翌十日朝に気付いた。同月十五日に届け出た。", "十日", "discovery"],
    // 翌朝 counts a day from the last date.
    ["5月8日夜に紛失した。翌朝、本人の申告で判明した。", "翌朝", "discovery"],
    // A stamp with a time alone, or 公開, is the page's; so is a bare date line atop a story that reports another's announcement (と発表した, 同社).
    ["2024年9月2日 06:30\n\n南北電機は1日、社内の機器が不正アクセスに遭ったと発表した。", "2024年9月2日", "other"],
    ["2024年9月2日 公開\n南北電機でサーバー障害", "2024年9月2日", "other"],
    ["工場にサイバー攻撃　部品供給に遅れ\n\n2024年9月2日\n\n金型メーカーの丸星工業は1日、社内サーバーがランサムウェアに感染したと発表した。", "2024年9月2日", "other"],
    ["2024年9月2日\n株式会社丸星工業\n\n当社システムへの不正アクセスについて\n\nこのたび、当社のシステムが第三者の不正アクセスを受けたことが判明いたしました。", "2024年9月2日", "disclosure"],
    // A date in a relative clause without a cue times that clause (入会, 採用), not the sentence; a clause modifying the date gives its cue.
    ["漏えいしたのは2019年度以降に入会した会員の氏名とメールアドレスです。", "2019年度", "other"],
    ["昨年10月に採用した派遣社員が顧客名簿を持ち出した。", "昨年10月", "other"],
    ["委託先で不正アクセスが発覚した昨年11月、市は全庁の点検を始めた。", "昨年11月", "discovery"],
    // 「…した際」 is no relative clause: its verb is the date's.
    ["市は今月2日に漏えいを公表した際、件数を示さなかった。", "今月2日", "disclosure"],
    // A report received (調査報告 is no telling), a lost-property report, data left downloadable.
    ["同月9日に受け取った調査報告で、外部への送信が確認された。", "同月9日", "discovery"],
    ["社員は9月4日に最寄りの交番へ遺失届を出した。", "9月4日", "disclosure"],
    ["名簿は2月5日から誰でも取得できる状態だった。", "2月5日", "incident"],
    // A range through times of day (翌8日の午前1時頃から…にかけて); the attachment of a mail received opens the attack.
    ["翌8日の午前1時頃から同日午前6時頃にかけて、管理画面への不正なログインが続いた。", "8日", "incident"],
    ["4月3日に代表アドレスへ届いたメールの添付を職員が開き、端末が感染した。", "4月3日", "incident"],
    // Ranges through a part of the night (未明から…にかけ); access from abroad; logging in without right; a theft that happened (盗難は…起きた), in local time too.
    ["５日未明から同月７日にかけ、外部から何度も侵入された形跡があった。", "５日", "incident"],
    ["3月2日から同月4日にかけて、国外のIPアドレスから大量のアクセスがあった。", "3月2日", "incident"],
    ["調査の結果、6月1日から同月3日までの間、第三者が管理画面に不正にログインしていたことが判明した。", "6月1日", "incident"],
    ["市によると、紛失は9月上旬に起きた。", "9月", "incident"],
    ["同社によると、米社のサーバーへの侵入は現地時間の4月2日から同月5日にかけて行われた。", "4月2日", "incident"],
    ["調べたところ、10月2日から同月8日までの間、第三者が会員情報を閲覧していたことが分かった。", "10月2日", "incident"],
    ["不正な持ち出しは同月末まで続き、翌月に検知された。", "同月", "incident"],
    // Reports to the commission in a list (速報を、…確報を); a tip that came in (連絡が…寄せられた); telling those affected (対象者に…説明).
    ["委員会には5月2日に速報を、6月20日に確報を提出した。", "5月2日", "disclosure"],
    ["8月下旬、外部の研究者から「データが見える」との連絡が窓口に寄せられた。", "8月", "discovery"],
    ["同会は今月中旬から、対象者に文書で経緯を説明している。", "今月", "disclosure"],
    ["同月9日に受け取ったログイン記録を点検したところ、不審な接続があった。", "同月9日", "discovery"],
    // A background clause (…しており、) closes the date's clause before the cue; a confirmation code is no finding.
    ["男は6月末に一身上の都合で退職しており、調べに対し持ち出しを認めた。", "6月", "other"],
    ["12月中旬には、サインインの際に確認コードを求める仕組みを入れる。", "12月", "other"],
    // A ministry's own release may call its contractor 同社: its humble voice (お知らせいたします) keeps the date line its disclosure.
    ["報道発表資料\n令和７年４月３日\n北辰開発庁\n\n委託先のサーバーへの不正アクセスについて\n\n委託先の株式会社ミナセ総研から、同社の使う機器に外から不正アクセスがあったとの連絡を受けましたので、お知らせいたします。", "令和７年４月３日", "disclosure"],
    // A period over which logins were found is the logins'.
    ["その後の調べで、３日夜から５日朝にかけて、海外から職員アカウントへのログインが確認された。", "３日", "incident"],
    // A year heading a name (「令和６年度観光振興事業」) is no event's; an event noun after a date is its event (完了).
    ["「令和６年度観光振興事業」の委託先で不正アクセスが発生した。", "令和６年度", "other"],
    ["調査機関による調査が2024年5月31日完了しました。", "2024年5月31日", "discovery"],
    // Purchases in a period (の期間中に…決済をされた) date the incident; a contractor's first report (第一報) is a telling.
    ["2024年1月5日～2024年3月8日の期間中に当サイトでカード決済をされたお客様が対象です。", "2024年1月5日", "incident"],
    ["翌９日、委託先から当市に第一報がありました。", "９日", "disclosure"],
    // An event a present-tense clause says is coming (来月開かれる, …に開催する) is no date of the breach.
    ["流出したのは来月開かれる「港まつり」の参加者名簿で、住所は含まれていない。", "来月", "other"],
    // A list written with a comma leaves out what its members share: a fuller date after 「は10日、」 starts its own clause, and the first date is the sentence's.
    ["北浜物流は10日、2月3日に社内サーバーが攻撃を受けたと公表した。", "10日", "disclosure"],
    ["北浜物流は10日、2月3日に社内サーバーが攻撃を受けたと公表した。", "2月3日", "incident"],
    ["本日、昨年9月から10月に開かれた催しの応募者名簿が社外へ漏えいしていたと確認いたしました。", "本日", "discovery"],
    ["不審なログインは3月1日、5日、8日に確認された。", "8日", "discovery"],
    ["不審なログインは3月1日、5日、8日に確認された。", "3月1日", "discovery"],
    // A relative clause naming the work during which it went wrong (…の際) dates what went wrong; a misconfiguration is the incident.
    ["同店は5月14日に行ったサーバー移行の際に設定を誤り、会員の氏名が外部から見られる状態だった。", "5月14日", "incident"],
    ["5月14日に行ったサーバー移行で新しい画面が使えるようになった。", "5月14日", "other"],
    // An intrusion told through what the intruder did: repeated access, logins from outside, data sent out, a card handed to the wrong person.
    ["調べでは、７月２日から９日まで、管理画面で不正な操作が繰り返された。", "７月２日", "incident"],
    ["同社によると、先月上旬に管理画面へ不審なログインがあり、同月末に調査を始めた。", "先月", "incident"],
    ["攻撃者は4月20日に顧客データを外部へ送信した後、システムを停止させた。", "4月20日", "incident"],
    ["窓口の職員が11月6日、別の住民の保険証を誤交付した。", "11月6日", "incident"],
    ["元社員は2022年5月から翌年1月にかけて、顧客名簿を私物のオンラインストレージへアップロードしていた。", "2022年5月", "incident"],
    ["2023年9月1日～2024年2月10日の間に、当店で決済をご利用になったお客様が対象です。", "2023年9月1日", "incident"],
    // A mistake named before its date, a list left on a bus, logins that kept coming.
    ["誤送信は9月2日午前に起きた。", "9月2日", "incident"],
    ["職員は8月19日夕方、名簿の入った封筒を座席に置いたまま電車を降りた。", "8月19日", "incident"],
    ["同社によると、5月3日、当該アカウントへのログインが何度も繰り返された。", "5月3日", "incident"],
    // A regulator's order or recommendation and a deadline it sets are their own events, not the breach's disclosure.
    ["個人情報保護委員会は3月14日、顧客情報を流出させた通販会社に対し、勧告を行ったと発表した。", "3月14日", "other"],
    ["委員会は、再発防止策の実施状況を9月30日までに報告するよう求めた。", "9月30日", "other"],
    ["流出を受け、同社は2026年3月期に約12億円の特別損失を計上すると発表した。", "2026年3月", "other"],
    ["同社は、流出の経緯を11月15日に委員会へ報告した。", "11月15日", "disclosure"],
    // Negative: a registration window is who is covered, not when the breach happened; a normal upload is no incident.
    ["2020年4月1日から2024年3月31日までに入会された方が対象となります。", "2020年4月1日", "other"],
    ["同社は10月1日、新しい動画をサイトにアップロードした。", "10月1日", "other"],
  ];
  it.each(roles)("%s → %s is %s", (text, span, role) => {
    const d = dates(text, null, res).find((x) => x.text === span);
    expect(d?.role).toBe(role);
  });
});

describe("relative expressions resolved by chrono against the publication day, never the clock", () => {
  it.each([
    ["yesterday", "2024-06-11"],
    ["last week", "2024-06-05"],
    ["3 days ago", "2024-06-09"],
    ["two weeks ago", "2024-05-29"],
    ["last month", "2024-05-12"],
    ["last year", "2023-06-12"],
  ])("%s from Wednesday 2024-06-12 → %s", async (expr, want) => {
    const { resolveRelative } = await import("../../src/extract/date-parts.js");
    const d = resolveRelative(expr, new Date("2024-06-12T12:00:00Z"));
    expect(d?.toISOString().slice(0, 10)).toBe(want);
  });

  it("no date in the words gives null", async () => {
    const { resolveRelative } = await import("../../src/extract/date-parts.js");
    expect(resolveRelative("the usual procedure", new Date("2024-06-12T12:00:00Z"))).toBeNull();
  });
});

describe("a month without a year in a sentence that looks ahead", () => {
  it("a Japanese event still to be held (…に開催する説明会) is this year's, not last year's", async () => {
    const d = extractText("7月12日に開催する説明会の案内を、宛先を誤って送信した。", { lang: "ja", published: "2024-05-01", res: await loadResources() }).dates;
    expect(d.map((x) => x.iso)).toEqual(["2024-07-12"]);
  });
  it.each([
    ["The library will extend opening hours from March.", "2023-11-15", "2024-03"],
    ["The library extended opening hours in March.", "2023-11-15", "2023-03"],
    ["The firm said the breach began in December.", "2023-11-15", "2022-12"],
    ["The firm will notify customers in December.", "2023-11-15", "2023-12"],
    // The future governs only its own clause: the past date after the comma keeps the past rule.
    ["The chain will reopen its shops from Monday, after the branches abroad reopened on May 15.", "2011-05-27", "2011-05-15"],
  ])("%s (published %s) → %s", (text, published, iso) => {
    // The month date of the sentence (a weekday may stand beside it).
    const month = extractText(text, { lang: "en", published }).dates.filter((d) => !/day$/i.test(d.text));
    expect(month.map((d) => d.iso)).toEqual([iso]);
  });
});
