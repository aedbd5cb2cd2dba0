import { describe, expect, it } from "vitest";
import { roleAsWritten } from "../../src/attribute/role-text.js";
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
  ])("%j is no role", (role) => {
    expect(roleAsWritten(role)).toBeNull();
  });
});

describe("roles in quotes", () => {
  it("keeps an appositive's role and leaves out a discourse word's", () => {
    const [named] = quotesOf("“We will rebuild the pier,” said Ann Lee, the mayor of Oakdale.", "direct");
    expect([named?.speaker, named?.role]).toEqual(["Ann Lee", "the mayor of Oakdale"]);
    const [aside] = quotesOf("Tom Reyes, however, said the pier would stay closed.", "indirect");
    expect([aside?.speaker, aside?.role]).toEqual(["Tom Reyes", null]);
  });
});
