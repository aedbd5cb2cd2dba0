import { describe, expect, it } from "vitest";
import { parseSubject } from "../../src/attribute/mention.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const subject = (s: string) => parseSubject(s, { start: 0, end: s.length });
const direct = (text: string): Quote[] => quotesOf(text, "direct");

// A name after a lower-case noun and a preposition ("missive on Trump") is the preposition's object:
// the noun heads the phrase, which is no mention of that person.
describe("a name that is a preposition's object inside a subject", () => {
  it.each([
    ["must: a possessor's noun and 'on'", "Lind's earlier missive on Reyes"],
    ["must: a plural person noun and 'to'", "advisers to Reyes"],
    ["must: a noun and 'about'", "Lind's complaint about Ann Ruiz"],
  ])("%s", (_name, s) => {
    const m = subject(s);
    expect(m).not.toBeNull();
    expect(m!.kind).not.toBe("name");
  });
  it.each([
    ["must-not: a title before 'of' keeps the name", "Secretary of State Ann Ruiz", "Ann Ruiz"],
    ["must-not: a name with no preposition", "port chief Ann Ruiz", "Ann Ruiz"],
  ])("%s", (_name, s, name) => {
    expect(subject(s)).toMatchObject({ kind: "name", name });
  });
  it("must: the quote goes to the phrase as written, not to the person named in it", () => {
    const text = "Port plan draws fire.\n\nTom Reyes runs the port. Lind's earlier missive on Reyes was widely mocked for its claim that he would be “the best harbor master ever.”";
    expect(direct(text)[0]?.speaker).not.toBe("Tom Reyes");
  });
});

// "Multiple news reports and a detailed account from …, reveal": two coordinated noun phrases up to
// the comma before the cue are one subject, not the first words before the plural noun.
describe("a coordinated subject that runs to a comma before its verb", () => {
  it("must: both phrases are the source as written", () => {
    const text = "Port plan draws fire.\n\nMultiple news reports and a detailed account from Harbor News’ editor Ann Lee’s book Port Cash, reveal there were more than “one or two leaks.”";
    expect(direct(text)[0]).toMatchObject({ speaker: "Multiple news reports and a detailed account from Harbor News’ editor Ann Lee’s book Port Cash" });
  });
  it("must-not: a verb inside the stretch ends the subject before it", () => {
    const text = "Port plan draws fire.\n\nTom Reyes and the mayor said the leaks, which worried them, were “one or two.”";
    expect(direct(text)[0]?.speaker ?? "").not.toMatch(/which/);
  });
});
