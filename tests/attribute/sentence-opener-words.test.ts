import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: words that open a sentence before its subject ("Let" before "me", "Looks like",
// "No wonder", a question's auxiliary) or a noun before a given name alone ("an honor Ann said") are
// no part of the speaker; the subject after them speaks.
describe("sentence openers are not the speaker's name", () => {
  it.each([
    ["must: 'Let me' (the object of let speaks)", "The ward was full. Let me just say that it was not overpopulated with doctors and bankers.", "indirect", { speaker: "me", mention: "me" }],
    ["must: 'Looks like someone'", "The talks were short.\n\nLooks like someone told Tom Reyes that without the farm vote he is dead in the water.", "indirect", { speaker: "someone", mention: "someone" }],
    ["must: 'No wonder' before a name", "The talks were short.\n\nNo wonder Reyes said, and I quote, \"We love the port.\" He smiled.", "direct", { mention: "Reyes" }],
    ["must: a question's auxiliary before its subject", "Is it good? Does the mayor hire skilled staff? Does the mayor have the stamina to put in the long hours of campaigning, or does that person get tired and say the wrong thing or make bad decisions?", "indirect", { mention: "the mayor" }],
    ["must: a noun before a given name alone", "In 1977, Tom asked Ned to be the best man at his wedding, an honor Tom said he hoped would be ''a good thing for him.'' But it was not.", "direct", { mention: "Tom" }],
    ["must-not: a given name that is also a modal", "Will Reyes said that the border was quiet and the wall was not needed.", "indirect", { speaker: "Will Reyes" }],
    ["must-not: an article and a role before a name", "“The pier stays,” a spokesman Tom Reyes said.", "direct", { mention: "a spokesman Tom Reyes" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
});
