import { describe, expect, it } from "vitest";
import { isNameOrPlace, roleAsWritten } from "../../src/attribute/role-text.js";
import { quotesOf } from "./quotes-of.js";

describe("roleAsWritten", () => {
  it.each([
    "the mayor of Oakdale",
    "a retired nurse",
    "then ambassador to Chile",
    "also a candidate for mayor",
    "CEO",
    "17-year-old",
    "9/11 widow",
    "who runs a bakery on Pier Street",
    "who now heads the harbor board",
    "who served as the town's treasurer for a decade",
    "who works at a boatyard in Lynn",
    "who is a retired pilot",
    "who was the mayor's chief of staff",
    "who is now chairman of the water authority",
    "who was deputy director of the port",
    "who's an organizer for the dockworkers",
    "which tracks shipping rates",
    "of the Oakdale Harbor Council",
    "of QRX Freight Partners",
    "who helmed the harbor board for a decade",
    "who now is a fellow at the port institute",
    "who has become an adviser to the mayor",
    "who sits on the ferry board",
    "a former aide who now runs a bakery",
    "a retired pilot who is a member of the harbor board",
    "a chemist who is co-director of the water lab",
    "a PTA parent and one of the hundreds who live on the pier",
    "acting director of the port authority",
    "leading expert on tides",
    "managing editor of the Riverton Gazette",
    "last year's harbor master",
    "Tuesday's keynote speaker",
  ])("%j is a role", (role) => {
    expect(roleAsWritten(role)).toBe(role);
  });

  it.each([
    "meanwhile",
    "however",
    "including the Oakdale Gazette",
    "along with her sister",
    "even as turnout fell",
    "for one",
    "and some council members",
    "33%",
    "26 percent",
    "about 40 percent",
    "2013",
    "N.H.",
    "R-S.C.",
    "reading from a teleprompter --",
    "who declined to comment for this story",
    "who spoke on the condition of anonymity",
    "who is white",
    "who was born in Lisbon",
    "who is running for a second term",
    "who has been friends with the mayor for years",
    "who attended the rally on Friday",
    "whose district includes the pier",
    "who, like the others, asked not to be named",
    "who was in Dayton for the vote",
    "of North Fairview",
    "from Dayton, Ohio",
    "of Tulsa, Okla., who came for the parade",
    "who ran for mayor in 2019",
    "who ran against the mayor",
    "“paints a grim picture of the port”",
    "Just last week",
    "late Tuesday",
    "Lee said",
    "he added",
    "wearing a red harbor cap",
    "taking a step toward ending the strike",
  ])("%j is no role", (role) => {
    expect(roleAsWritten(role)).toBeNull();
  });
});

describe("a relative clause of an act after the role's head", () => {
  it.each([
    ["a farmer who voted against the plan in 2019", "a farmer"],
    ["a lawyer in Fairview who spoke on the condition of anonymity", "a lawyer in Fairview"],
    ["a dock worker whose union backs the mayor", "a dock worker"],
    ["the harbor master, who has opposed the plan", "the harbor master"],
    ["the head of the ferry board and whose son sails", "the head of the ferry board"],
    ["a Fairview voter who ran for the council last year", "a Fairview voter"],
    ["a retired nurse who's worried about the clinic", "a retired nurse"],
  ])("%j -> %j", (written, role) => {
    expect(roleAsWritten(written)).toBe(role);
  });

  it.each([
    ["must: a comma inside the title's closing mark", "Ann Lee, host of KRVX’s “Harbor Hour,” said the port would “close for good.”", "host of KRVX’s “Harbor Hour”"],
    ["must: a stop inside it", "“The port will close,” said Ann Lee, who hosts the radio show \"Harbor Hour.\" She did not say when.", "who hosts the radio show \"Harbor Hour\""],
    ["must-not: a title closed already", "“The port will close,” said Ann Lee, host of “Harbor Hour” on KRVX.", "host of “Harbor Hour” on KRVX"],
  ])("%s", (_name, text, role) => {
    expect(quotesOf(text, "direct")[0]?.role).toBe(role);
  });

  it("leaves the clause in the source as written", () => {
    const [q] = quotesOf("“The pier needs work,” said Ann Lee, a ferry pilot who voted against the levy.", "direct");
    expect([q?.speaker, q?.role, q?.mention]).toEqual(["Ann Lee", "a ferry pilot", "Ann Lee, a ferry pilot who voted against the levy"]);
  });
});

describe("isNameOrPlace", () => {
  it.each(["Tom Reyes", "Fairview", "Ann Lee and Tom Reyes", "Okla.", "Dayton, OH"])("%j is a name or a place", (w) => {
    expect(isNameOrPlace(w)).toBe(true);
  });
  it.each(["Harbor Council", "Mayor", "Deputy Director", "QRX Freight", "the mayor", "Ohio delegate"])("%j is not", (w) => {
    expect(isNameOrPlace(w)).toBe(false);
  });
});

describe("roles in quotes", () => {
  it("takes the role after a home town", () => {
    expect(roleAsWritten("of Dayton, a retired nurse")).toBe("a retired nurse");
  });

  // Made-up sentences: a name or a place in the appositive is no role; a description before the name is.
  it.each([
    ["must: the description before a name is the role", "The ferry will run again in May, said a former spokesman for the city, Tom Reyes, who sat on the board.", "indirect", "a former spokesman for the city"],
    ["must: a place after the name is no role", "“We will be back,” said Ann Lee, Fairview.", "direct", null],
    ["must: an age and a home town are no role", "“We will be back next year,” said Ann Lee, 61, of North Fairview.", "direct", null],
    ["must: a clause of what she did is no role", "“The pier needs work,” said Ann Lee, who declined to give her age.", "direct", null],
    ["must-not: a clause of her post stays the role", "“The pier needs work,” said Ann Lee, who chairs the harbor board.", "direct", "who chairs the harbor board"],
    ["must: a firm's description after 'of the firm' is not her role", "“The rates will rise,” said Ann Lee of the Harbor Group, a shipping company.", "direct", null],
    ["must-not: a post at a firm stays her role", "“The rates will rise,” said Ann Lee, a partner at a shipping company.", "direct", "a partner at a shipping company"],
    ["must-not: a description with no role noun before a name gives none", "The ferry will run again in May, said a study by the harbor board, Tom Reyes.", "indirect", null],
  ] as [string, string, "direct" | "indirect", string | null][])("%s", (_name, text, kind, role) => {
    expect(quotesOf(text, kind)[0]?.role).toBe(role);
  });

  it("keeps an appositive's role and leaves out a discourse word's", () => {
    const [named] = quotesOf("“We will rebuild the pier,” said Ann Lee, the mayor of Oakdale.", "direct");
    expect([named?.speaker, named?.role]).toEqual(["Ann Lee", "the mayor of Oakdale"]);
    const [aside] = quotesOf("Tom Reyes, however, said the pier would stay closed.", "indirect");
    expect([aside?.speaker, aside?.role]).toEqual(["Tom Reyes", null]);
  });
});
