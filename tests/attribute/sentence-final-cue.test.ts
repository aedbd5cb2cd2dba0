import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a cue right after the last quote of a sentence ("…,” Lind said.") reports the
// whole sentence, so an earlier quoted phrase whose clause has no speech verb is the reporter's too.
describe("sentence-final cue: earlier quoted phrases of the sentence", () => {
  it.each([
    ["must: 'is' has no speech verb; the cue at the end reports it", "The mayor spoke late. Tom Reyes is “a liar” and “a fraud,” Ada Lind said.", 0, { speaker: "Ada Lind", ruleId: "attribution/sentence-final-cue" }],
    ["must: a modal verb's clause, a pronoun reporter after a comma outside the marks", "Ada Lind spoke first. Voters should ignore words like “maybe” and “perhaps”, she told reporters.", 0, { mention: "she", ruleId: "attribution/sentence-final-cue" }],
    ["must-not: a speech verb of its own keeps its subject", "The mayor spoke late. Tom Reyes called it “a fraud” and “a ruin,” Ada Lind said.", 0, { speaker: "Tom Reyes" }],
    ["must-not: a sentence ends between the quotes", "The mayor spoke late. Tom Reyes is “a liar.” “He is a fraud,” Ada Lind said.", 0, { speaker: "Tom Reyes" }],
    ["must-not: a dash, not a comma, after the last quote", "The mayor spoke late. Tom Reyes is “a liar” and “a total fraud” ― Ada Lind said.", 0, { speaker: "Tom Reyes" }],
    ["must: an inverted cue after a comma ends the sentence further on", "The mayor spoke late. The board did not find “any fault,” aside from the pier being “a little old” by now, said the harbour master, Ada Lind.", 0, { speaker: "Ada Lind", ruleId: "attribution/sentence-final-cue" }],
    ["must-not: the subject before a later cue verb, not inverted, is left as it was", "The mayor spoke late. The board did not find “any fault,” and “a little old” was what Ada Lind said.", 0, { mention: "The board" }],
  ] as [string, string, number, Partial<Quote>][])("%s", (_name, text, at, want) => {
    expect(direct(text)[at]).toMatchObject(want);
  });
});

// Made-up sentences: a quote inside a subordinate clause that opens the sentence, with its own
// subject and speech verb, is that subject's; the cue after it opens the main clause.
describe("fronted clause: 'After X said … “…,” Y said'", () => {
  it.each([
    ["must: 'After X said' holds the quote", "After Ada Lind said that small boats might do better at “the old harbour,” Tom Reyes said: “I don't like what she said.”", 0, { speaker: "Ada Lind" }],
    ["must: 'When X called' holds the quote", "When Ada Lind called the plan “a ruin,” Tom Reyes said nothing.", 0, { speaker: "Ada Lind" }],
    ["must: 'But even as X claimed that “…,”' holds the quote", "But even as Ada Lind claimed on Tuesday that “the pier is safe,” one of the engineers said the tests were old.", 0, { speaker: "Ada Lind" }],
    ["must-not: 'as' alone may introduce the main clause's words", "As the storm neared, “It is over,” Tom Reyes said.", 0, { speaker: "Tom Reyes" }],
    ["must-not: a comma closes the fronted clause before the quote", "After the vote, “It is over,” Tom Reyes said.", 0, { speaker: "Tom Reyes" }],
    ["must-not: the fronted clause has no speech verb", "After Ada Lind left the hall, “It is over,” Tom Reyes said.", 0, { speaker: "Tom Reyes" }],
  ] as [string, string, number, Partial<Quote>][])("%s", (_name, text, at, want) => {
    expect(direct(text)[at]).toMatchObject(want);
  });
});

// Made-up sentences: "with" and a noun phrase (an "of" phrase included) before a participle that cues
// the quote: the noun phrase is the participle's subject.
describe("with-subject: a long noun phrase before the participle", () => {
  it.each([
    ["must: 'with the campaign of the former mayor from Ohio saying'", "Ada Lind turned on Tom Reyes, with the campaign of the former mayor from Ohio saying he was “not a real friend of the port.”", 0, { mention: "the campaign of the former mayor from Ohio" }],
    ["must-not: a noun phrase of more than ten words after 'with' is no subject", "Ada Lind turned on Tom Reyes, with the old campaign of the former mayor of the town from Ohio saying he was “not a real friend of the port.”", 0, { speaker: "Ada Lind" }],
  ] as [string, string, number, Partial<Quote>][])("%s", (_name, text, at, want) => {
    expect(direct(text)[at]).toMatchObject(want);
  });
});

// Made-up sentences: a quote in a clause that a conjunction opens right after an earlier quote of the
// same sentence is that clause's subject's, not the earlier quote's speaker's.
describe("a clause joined right after a quote", () => {
  it.each([
    ["must: ', while X refers to … as “…”'", "Ada Lind refers to the mayor as “Mr. Reyes,” while Tom Reyes refers to her as “Ada.”", 1, { speaker: "Tom Reyes" }],
    ["must-not: inside a report the joined clause is still the reporter's", "Ada Lind said Tuesday that Tom Reyes was “a total lightweight” while Ann Ruiz is “a basket case” and worse.", 1, { speaker: "Ada Lind" }],
    ["must-not: the earlier quote's cue stands between", "“It is over,” Ada Lind said, while the band played on and on. “We go home now.”", 1, { speaker: "Ada Lind" }],
  ] as [string, string, number, Partial<Quote>][])("%s", (_name, text, at, want) => {
    expect(direct(text)[at]).toMatchObject(want);
  });
});
