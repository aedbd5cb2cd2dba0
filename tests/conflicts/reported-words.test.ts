import { describe, expect, it } from "vitest";
import { analyse, article, ofKind, quote } from "./fixtures.js";

/**
 * Reported speech is the reporter's paraphrase: an explanation that put it in quotation marks told a
 * fact-checker those were the speaker's words. Each explanation gets one direct quote (in marks) and
 * one reported statement (without them, named reported).
 */
const flood = (outlet: string, id: string, body: string) =>
  article(id, outlet, "2024-04-03", `RIVERTON — The river burst its banks in Riverton overnight. ${body} Officials in Riverton said more rain was expected.`);

describe("conflicts explanations: words in marks only for words in marks", () => {
  it("number: a direct count in marks, a reported one marked reported", () => {
    const a = flood("Daily Courier", "courier", "Mayor Jane Porter said at least 12 people were killed in the flooding.");
    const b = flood("Valley Herald", "herald", "“Three people were killed when the water came,” police chief Tom Reyes said.");
    const r = analyse([a, b], [quote(a, "at least 12 people were killed in the flooding", "Jane Porter", { kind: "indirect" }), quote(b, "Three people were killed when the water came,", "Tom Reyes")]);
    const [f] = ofKind(r.findings, "number");
    expect(f.explanation).toContain("Jane Porter (Daily Courier) gives 12 people (reported) where");
    expect(f.explanation).toContain("gives “Three people”");
    expect(f.explanation).not.toContain("“12 people”");
  });

  it("contradiction: each side's words", () => {
    const a = flood("Daily Courier", "courier", "State radio said that all residents were evacuated before the water arrived.");
    const b = flood("Valley Herald", "herald", "“Most residents are still trapped in their homes,” a rescuer told the Herald.");
    const r = analyse([a, b], [
      quote(a, "all residents were evacuated before the water arrived", "State radio", { kind: "indirect", type: "organisation" }),
      quote(b, "Most residents are still trapped in their homes,", "unnamed rescuer", { type: "anonymous" }),
    ]);
    const [c] = ofKind(r.findings, "contradiction");
    expect(c.explanation).toContain("(reported: all residents were evacuated before the water arrived)");
    expect(c.explanation).toContain("(“Most residents are still trapped in their homes”)");
    expect(c.explanation).not.toContain("“all residents");
  });

  it("corroboration: the agreeing numbers as each claim gives them", () => {
    const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach, Piet Kuyper said 400 rebel fighters were at the bridge. Dornach is quiet.");
    const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “there were 400 rebel fighters at the bridge,” said Anna Roth. Dornach fell.");
    const r = analyse([a, b], [quote(a, "400 rebel fighters were at the bridge", "Piet Kuyper", { kind: "indirect" }), quote(b, "there were 400 rebel fighters at the bridge,", "Anna Roth")]);
    const [f] = ofKind(r.findings, "corroboration");
    expect(f.explanation).toContain("(reported: 400 rebel fighters, “400 rebel fighters”)");
  });

  it("disputed: reported words read on after 'that', words in marks keep them", () => {
    const said = flood("Daily Courier", "courier", "The water authority falsely claimed that the dam had been inspected last year.");
    const r1 = analyse([said], [quote(said, "that the dam had been inspected last year", "water authority", { kind: "indirect", type: "organisation", cue: "falsely claimed" })]);
    expect(ofKind(r1.findings, "disputed")[0].explanation).toContain("the claim of the water authority that the dam had been inspected last year.");
    const marked = flood("Daily Courier", "courier", "The water authority falsely claimed that “the dam had been inspected last year.”");
    const r2 = analyse([marked], [quote(marked, "the dam had been inspected last year.", "water authority", { type: "organisation", cue: "falsely claimed" })]);
    const [d] = ofKind(r2.findings, "disputed");
    expect(d.explanation).toContain("the claim of the water authority that “the dam had been inspected last year”");
  });

  it("misattribution: the same words in marks (groups mark misattribution on words in marks only)", () => {
    const line = "The plant will reopen by March and every job will be kept,";
    const a = article("post", "Morning Post", "2024-02-01", `At Kestrel: “${line}” said union leader Mark Ellis. Kestrel waits.`);
    const b = article("ledger", "Ledger", "2024-02-01", `At Kestrel: “${line}” said company spokeswoman Dana Whit. Kestrel waits.`);
    const [f] = ofKind(analyse([a, b], [quote(a, line, "Mark Ellis"), quote(b, line, "Dana Whit")]).findings, "misattribution");
    expect(f.explanation).toMatch(/^The same words “The plant will reopen by March and every job will be kept” are credited/);
    const told = (id: string, who: string) => article(id, "Post", "2024-02-01", `At Kestrel, ${who} said the plant will reopen by March and every job will be kept. Kestrel waits.`);
    const [c, d] = [told("p1", "Mark Ellis"), told("p2", "Dana Whit")];
    const reported = analyse([c, d], [quote(c, "the plant will reopen by March and every job will be kept", "Mark Ellis", { kind: "indirect" }), quote(d, "the plant will reopen by March and every job will be kept", "Dana Whit", { kind: "indirect" })]);
    expect(ofKind(reported.findings, "misattribution")).toEqual([]);
  });
});

describe("conflicts explanations: a speaker credited by a bare common noun reads with its article", () => {
  const claimOf = (speaker: string, type: "organisation" | "person" | "group") => {
    const a = flood("Daily Courier", "courier", `The ${speaker} falsely claimed that the dam had been inspected last year.`);
    const r = analyse([a], [quote(a, "that the dam had been inspected last year", speaker, { kind: "indirect", type, cue: "falsely claimed" })]);
    return ofKind(r.findings, "disputed")[0].explanation;
  };
  it.each([
    ["must: a singular common noun", "water authority", "organisation", "the claim of the water authority that"],
    ["must-not: a plural", "residents", "group", "the claim of residents that"],
    ["must-not: a person's name with a particle", "de Vries", "person", "the claim of de Vries that"],
    ["must-not: a name", "Water Authority", "organisation", "the claim of Water Authority that"],
  ])("%s: %s", (_n, speaker, type, says) => {
    expect(claimOf(speaker, type as "organisation")).toContain(says);
  });
});

describe("variant: words credited to two people who cannot be one say so", () => {
  const told = (id: string, outlet: string, words: string, who: string, more = "") => article(id, outlet, "2024-02-01", `At Kestrel: “${words}” said ${who}. Kestrel waits.${more}`);
  const variantOf = (first: string, second: string, more = "") => {
    const a = told("p1", "Morning Post", "The plant will reopen by March and every single job will be kept,", first);
    const b = told("p2", "Ledger", "The plant will reopen by March and every job will be kept,", second, more);
    const r = analyse([a, b], [quote(a, "The plant will reopen by March and every single job will be kept,", first), quote(b, "The plant will reopen by March and every job will be kept,", second)]);
    return ofKind(r.findings, "variant")[0]?.explanation ?? "";
  };
  it.each([
    ["must: two people", "Mark Ellis", "Dana Whit", true],
    ["must-not: one person named two ways", "Mark Ellis", "Mr. Ellis", false],
    ["must-not: a group beside a person", "Mark Ellis", "Many reporters", false],
    // Typed a company where the speakers are lined up (its article writes "Corvane executives").
    ["must-not: a company beside a person", "Mark Ellis", "Corvane", false, " Corvane executives met."],
  ])("%s: %s / %s", (_n, first, second, says, more?: string) => {
    const e = variantOf(first, second, more);
    expect(e).toContain("The quote “The plant will reopen");
    expect(e.includes("The words are credited to")).toBe(says);
  });
});
