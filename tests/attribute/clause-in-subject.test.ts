import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a clause run into the words before a speech verb is no speaker. A subordinator
// ("after", "because", "when") opens the verb's own clause, whose subject speaks; a lower-case modifier
// before a title ("board Chairman") opens a name whose clause verb follows it.
describe("a clause before the speaker is no part of it", () => {
  it.each([
    ["must: 'after' opens the verb's clause", "The vote comes just two days after Lee told the Riverton Herald she was “not quite ready” to back the plan.", "direct", { speaker: "Lee", mention: "Lee" }],
    ["must: 'because' opens the verb's clause", "The council delayed the vote because the mayor said the plan was “a tax grab.”", "direct", { mention: "the mayor" }],
    ["must: a lower-case modifier before a title, then the name and its clause", "At the meeting last spring, board Chairman Tom Reyes sharply scolded Lee for calling the levy a “tax grab.”", "direct", { speaker: "Tom Reyes", mention: "board Chairman Tom Reyes" }],
    ["must: a party's chairwoman", "At the convention, party Chairwoman Ann Ruiz sharply rebuked Lee for calling the rules “a farce.”", "direct", { speaker: "Ann Ruiz", mention: "party Chairwoman Ann Ruiz" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it.each([
    ["a subordinator after a comma is an aside of the sentence", "Ann Lee, who spoke after the vote, said the plan was “a tax grab.”", "direct", "Ann Lee"],
    ["a capitalised word before the subordinator is a name's", "Senator Ann Lee said after the vote that the plan was “a tax grab.”", "direct", "Ann Lee"],
    ["a title without a lower-case modifier", "Board Chairman Tom Reyes said the plan was “a tax grab.”", "direct", "Tom Reyes"],
  ] as [string, string, QuoteKind, string][])("must-not: %s", (_name, text, kind, speaker) => {
    const q = quotesOf(text, kind)[0];
    expect(q).toBeDefined();
    expect(q.speaker).toBe(speaker);
  });
});
