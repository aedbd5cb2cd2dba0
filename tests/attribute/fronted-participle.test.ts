import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a quote inside a participle's phrase of saying or naming that opens the sentence
// is the main clause's subject's, whatever the main verb.
describe("a fronted participle of saying or naming", () => {
  it.each([
    ["must: 'After calling … “…,” Name left'", "The vote came late. After calling the plan “a disgrace,” Ada Lind left the room.", { speaker: "Ada Lind", ruleId: "attribution/fronted-participle" }],
    ["must: 'While insisting …, the mayor closed it'", "The vote came late. While insisting the pier was “safe,” the mayor closed it.", { speaker: "the mayor", ruleId: "attribution/fronted-participle" }],
    ["must: a pronoun subject", "Ada Lind spoke first. After saying her foot was “so swollen I could barely walk,” she was taken to the hospital.", { speaker: "Ada Lind", ruleId: "attribution/fronted-participle" }],
    ["must-not: no comma closes the phrase", "The vote came late. After calling the plan “a disgrace” the council voted.", { speaker: null }],
    ["must-not: a participle that is no saying", "The vote came late. After walking past the sign that read “Closed,” Ada Lind left the room.", {}],
  ] as [string, string, Partial<Quote>][])("%s", (name, text, want) => {
    const q = direct(text)[0];
    expect(q).toMatchObject(want);
    if (name.startsWith("must-not")) expect(q.ruleId).not.toBe("attribution/fronted-participle");
  });
});
