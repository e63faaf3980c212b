import { createRequire } from "node:module";
import type Nlp from "compromise";
import { describe, expect, it } from "vitest";
import { parseEnglish } from "../src/analyse/english.js";

const nlp: typeof Nlp = createRequire(import.meta.url)("compromise");

interface Term {
  text: string;
  normal: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** What leakset reads of a parse: each term's text, normal form, tags and offset. */
const terms = (d: ReturnType<typeof Nlp>) =>
  (d.termList() as unknown as Term[]).map((t) => [t.text, t.normal, [...t.tags].sort().join(","), t.offset?.start, t.offset?.length]);

/** compromise's own full parse, every default step. */
function fullParse(src: string) {
  const d = nlp(src);
  d.compute("offset");
  return d;
}

describe("parseEnglish: compromise without the steps leakset never reads", () => {
  // Names of people and organisations, titles, contractions, a publication named with a
  // common word ("Times", which a lexicon-frozen tag keeps a name), numbers and dates.
  it.each([
    "Dana Whitlock, a spokeswoman for Harbor Lane Credit Union, said the bank's systems weren't breached.",
    "The New York Times reports that Acme Widgets Inc. notified 12,400 customers on Tuesday.",
    "Mr. Tanaka told Reuters the hackers didn't get payment card numbers, but they'd taken names and emails.",
    "According to the Federal Trade Commission, Bright Path Health Systems waited until March 3 to tell patients.",
    "Researchers at Northgate University found the exposed Elasticsearch server in late 2023.",
    "“We can’t rule anything out,” said Chief Executive Officer Maria Lopez of Pine & Co.",
  ])("same terms, tags and offsets as a full parse: %s", (src) => {
    expect(terms(parseEnglish(src))).toEqual(terms(fullParse(src)));
  });

  it("the comparison sees a difference in tags", () => {
    // The check above is only worth something if it notices a changed tag.
    const d = parseEnglish("Harbor Lane Credit Union was breached.");
    d.match("Harbor").tag("Verb");
    expect(terms(d)).not.toEqual(terms(fullParse("Harbor Lane Credit Union was breached.")));
  });
});
