import { describe, expect, it } from "vitest";
import type { Article, Claim, Quote, Speaker } from "../../src/model/index.js";
import type { ClaimFacts } from "../../src/conflicts/claims.js";
import { bodyKey, sameBody, sameWire, spokenFor, wiresOf } from "../../src/conflicts/independence.js";

describe("spokenFor: the body a role or a name says its holder speaks for", () => {
  it.each([
    { text: "Clinton campaign manager", is: ["clinton"] },
    { text: "FBI Director", is: ["fbi"] },
    { text: "a spokesman for the Defence Ministry", is: ["defence ministry"] },
    { text: "a spokesman for Mrs. Clinton", is: ["mrs clinton"] },
    { text: "Clinton’s top foreign policy aide", is: ["clinton"] },
    { text: "White House press secretary", is: ["white house"] },
    { text: "Republican National Committee chairman", is: ["republican national committee"] },
    { text: "Santilli's attorney", is: ["santilli"] },
    { text: "the Clinton campaign", is: ["clinton"] },
    { text: "Mr. Obama's deputy national security adviser", is: ["mr obama"] },
    { text: "Mrs. Obama's chief of staff", is: ["mrs obama"] },
    { text: "Michelle Obama's spokeswoman", is: ["michelle obama"] },
    { text: "Clinton's Iowa director", is: ["clinton"] },
    { text: "a Florida spokeswoman for the Clinton campaign", is: ["clinton"] },
  ])("must: $text", ({ text, is }) => {
    expect(spokenFor(text)).toEqual(is);
  });

  it.each([
    { text: "former Obama adviser", why: "a former office" },
    { text: "who was White House communications director", why: "told in the past" },
    { text: "the White House drug policy director in the Clinton administration", why: "another administration" },
    { text: "a pollster on Mrs. Clinton's 2008 campaign", why: "a past campaign" },
    { text: "one Democrat familiar with the Clinton campaign's organization", why: "familiar with is no office" },
    { text: "Her campaign manager", why: "whose is not written" },
    { text: "a Democratic aide", why: "a party is not one voice" },
    { text: "a Syrian official", why: "a nation is not one voice, and 'official' no office here" },
    { text: "a Washington lawyer", why: "where a lawyer works is no client" },
    { text: "a Clinton supporter", why: "a supporter speaks for no one" },
    { text: "Republican presidential nominee", why: "no office that speaks for a body" },
    { text: null, why: "no role" },
    { text: "Iowa director", why: "a place before a title is where the office is" },
    { text: "the campaign's Florida spokeswoman", why: "a place, and a pronoun-like owner" },
    { text: "New Hampshire state director", why: "a place of two words" },
  ])("must-not: $text ($why)", ({ text }) => {
    expect(spokenFor(text)).toEqual([]);
  });

  it("bodyKey drops articles, honorifics and possessives", () => {
    expect(bodyKey("Mrs. Clinton's")).toBe("clinton");
    expect(bodyKey("the FBI")).toBe("fbi");
    expect(bodyKey("the Clinton campaign")).toBe("clinton");
  });
});

const TEXT = "Hillary Clinton spoke on Monday. Robby Mook and the FBI spoke too. Felicia Sanders was in Charleston.";
const article = (id: string, text = TEXT) => ({ id, text }) as unknown as Article;
let n = 0;
function fact(speaker: string, role: string | null, opts: { id?: string; art?: string; type?: Quote["speakerType"]; text?: string } = {}): ClaimFacts {
  const art = opts.art ?? "a1";
  const claim = { quoteId: `q${n++}`, speaker, role, outlet: null, article: art, published: null, spokenOn: null, text: "x", start: 0, end: 1, speakerId: opts.id ?? speaker } as unknown as Claim;
  return { claim, quote: { speakerType: opts.type ?? "person" } as Quote, article: article(art, opts.text), stems: new Set(), hits: [], quantities: [] };
}
const speaker = (id: string, name: string, type: Speaker["type"], aliases: string[], articleIds: string[]): Speaker => ({ id, name, type, aliases, roles: [], outlets: [], articleIds, quoteIds: [] });
const SPEAKERS = new Map(
  [
    speaker("hrc", "Hillary Rodham Clinton", "person", ["Hillary Clinton", "Clinton"], ["a2"]),
    speaker("fbi", "FBI", "organisation", [], ["a3"]),
    speaker("felicia", "Felicia Sanders", "person", ["Sanders"], ["a9"]),
    speaker("bernie", "Bernie Sanders", "person", ["Sanders"], ["a1"]),
  ].map((s) => [s.id, s]),
);

describe("sameBody: two voices of one body are one source", () => {
  it.each([
    { name: "a candidate and her campaign manager (named in full in his article)", x: fact("Robby Mook", "Clinton campaign manager"), y: fact("Hillary Rodham Clinton", null, { id: "hrc", art: "a2" }), says: "Robby Mook speaks for Clinton (“Clinton campaign manager”)" },
    { name: "an agency and its director, in another article", x: fact("FBI", null, { id: "fbi", art: "a3", type: "organisation" }), y: fact("James B. Comey", "FBI Director", { art: "a4", text: "Comey spoke." }), says: "James B. Comey speaks for the FBI (“FBI Director”)" },
    { name: "two spokesmen of one ministry", x: fact("Ali Haidar", "a spokesman for the Defence Ministry"), y: fact("Omar Said", "Defence Ministry spokesman", { art: "a5" }), says: "both speak for the Defence Ministry" },
    { name: "a campaign by its name", x: fact("the Sanders campaign", null, { type: "organisation" }), y: fact("Bernie Sanders", null, { id: "bernie" }), says: "the Sanders campaign speaks for Sanders" },
    { name: "Mrs. Clinton's spokesman and Hillary Clinton", x: fact("Nick Merrill", "a spokesman for Mrs. Clinton"), y: fact("Hillary Rodham Clinton", null, { id: "hrc", art: "a2" }), says: "Nick Merrill speaks for Mrs. Clinton (“a spokesman for Mrs. Clinton”)" },
    { name: "Mrs. Obama's two aides", x: fact("Jane Roe", "Mrs. Obama's chief of staff"), y: fact("Ann Lee", "an aide to Mrs. Obama", { art: "a5" }), says: "both speak for Mrs. Obama" },
    { name: "an Obama adviser and Mr. Obama's deputy (no honorific says nothing against him)", x: fact("Ben Rhodes", "Obama adviser"), y: fact("John Doe", "Mr. Obama's deputy national security adviser", { art: "a5" }), says: "both speak for Obama" },
  ])("must: $name", ({ x, y, says }) => {
    expect(sameBody(x, y, SPEAKERS)).toBe(says);
    expect(sameBody(y, x, SPEAKERS)).not.toBeNull();
  });

  it.each([
    { name: "Mrs. Obama's and Mr. Obama's staff", x: fact("Jane Roe", "Mrs. Obama's chief of staff"), y: fact("John Doe", "Mr. Obama's deputy national security adviser", { art: "a5" }) },
    { name: "Mrs. Obama's spokeswoman and Barack Obama", x: fact("Jane Roe", "a spokeswoman for Mrs. Obama"), y: fact("Barack Obama", null, { text: "Barack Obama spoke." }) },
    { name: "Mr. Clinton's aide and Hillary Clinton", x: fact("John Doe", "Mr. Clinton's aide"), y: fact("Hillary Rodham Clinton", null, { id: "hrc", art: "a2" }) },
    { name: "two campaigns' Iowa directors", x: fact("Jane Roe", "Iowa director"), y: fact("John Doe", "Iowa director", { art: "a5" }) },
    { name: "two Florida spokeswomen", x: fact("Jane Roe", "Florida spokeswoman"), y: fact("Ann Lee", "Florida spokeswoman", { art: "a5" }) },
    { name: "two candidates", x: fact("Donald J. Trump", "Republican presidential nominee"), y: fact("Hillary Rodham Clinton", "Democratic nominee", { id: "hrc" }) },
    { name: "a former adviser and the person", x: fact("David Axelrod", "former Obama adviser"), y: fact("Barack Obama", null) },
    { name: "a surname that names another person, not in the article", x: fact("Warren Gunnels", "Sanders' policy adviser", { art: "a7", text: "Bernie Sanders spoke." }), y: fact("Felicia Sanders", null, { id: "felicia", art: "a9" }) },
    { name: "two aides of a party", x: fact("Jane Roe", "a Democratic aide"), y: fact("John Doe", "a Democratic aide", { art: "a5" }) },
  ])("must-not: $name", ({ x, y }) => {
    expect(sameBody(x, y, SPEAKERS)).toBeNull();
  });
});

describe("sameWire: two printings of one agency's story are one report", () => {
  const printed = (id: string, outlet: string | null, published: string | null, wire: string[]) =>
    ({ id, outlet, published, wire: wire.map((agency) => ({ agency, ruleId: "ingest/wire-dateline", text: `(${agency}) —` })) }) as unknown as Article;
  const at = (speakerName: string, a: Article): ClaimFacts => ({ ...fact(speakerName, null, { art: a.id }), article: a });

  it.each([
    { name: "two outlets carrying AP copy the same day", x: printed("a1", "Harbor Gazette", "2031-03-04", ["Associated Press"]), y: printed("a2", "Valley Courier", "2031-03-04", ["Associated Press"]), says: "both carry Associated Press copy" },
    { name: "the agency's own article and an outlet carrying it the day after", x: printed("a1", "Reuters", "2031-03-04", []), y: printed("a2", "Valley Courier", "2031-03-05", ["Reuters"]), says: "both carry Reuters copy" },
    { name: "an undated printing", x: printed("a1", "Harbor Gazette", null, ["AFP"]), y: printed("a2", "Valley Courier", "2031-03-05", ["AFP"]), says: "both carry AFP copy" },
  ])("must: $name", ({ x, y, says }) => {
    expect(sameWire(x, y)).toBe(says);
    // Two different speakers in the two printings: one report, not two sources.
    expect(sameBody(at("Jane Roe", x), at("John Doe", y), SPEAKERS)).toBe(says);
  });

  it.each([
    { name: "one article", x: printed("a1", "Harbor Gazette", "2031-03-04", ["Associated Press"]), y: printed("a1", "Harbor Gazette", "2031-03-04", ["Associated Press"]) },
    { name: "two agencies", x: printed("a1", "Harbor Gazette", "2031-03-04", ["Associated Press"]), y: printed("a2", "Valley Courier", "2031-03-04", ["Reuters"]) },
    { name: "one outlet's own reporting", x: printed("a1", "Harbor Gazette", "2031-03-04", ["Associated Press"]), y: printed("a2", "Valley Courier", "2031-03-04", []) },
    { name: "two AP stories a week apart", x: printed("a1", "Harbor Gazette", "2031-03-04", ["Associated Press"]), y: printed("a2", "Valley Courier", "2031-03-11", ["Associated Press"]) },
    { name: "an outlet that is no agency, on both", x: printed("a1", "Harbor Gazette", "2031-03-04", []), y: printed("a2", "Harbor Gazette", "2031-03-04", []) },
  ])("must-not: $name", ({ x, y }) => {
    expect(sameWire(x, y)).toBeNull();
  });

  it("wiresOf: the credits, and the outlet when it is an agency", () => {
    expect(wiresOf(printed("a1", "AFP", null, ["Associated Press"]))).toEqual(["Associated Press", "AFP"]);
    expect(wiresOf(printed("a1", "Harbor Gazette", null, []))).toEqual([]);
    expect(wiresOf(undefined)).toEqual([]);
  });
});
