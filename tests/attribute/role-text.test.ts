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
  ])("%j is no role", (role) => {
    expect(roleAsWritten(role)).toBeNull();
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
