import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const reported = (text: string): Quote[] => quotesOf(text, "indirect");

// Made-up sentences: an aside between commas after the subject (a participle's or an adjective's
// phrase, opened by an adverb such as "also" or "while still") says what the subject was doing; the
// subject before it is the source of the reported speech, not the aside.
describe("an aside between the source and its verb", () => {
  it.each([
    ["'also' and a participle", "The race went on. Democratic front-runner Ann Lee, also campaigning in Ohio, said the plan was bad.", "Ann Lee"],
    ["'once again' and a participle", "The race went on. Ann Lee, once again campaigning in Ohio, said the plan was bad.", "Ann Lee"],
    ["'still' and a participle", "The race went on. Ann Lee, still smarting from the loss, said the plan was bad.", "Ann Lee"],
    ["'while still' and an adjective, a description for the subject", "The race went on. Outside the campaign, many Democrats, while still confident in her victory, are warning that the plan is bad.", "many Democrats"],
    ["a document as the subject", "The race went on. The report, also released on Monday, said the plan was bad.", "report"],
  ])("must: %s", (_name, text, speaker) => {
    expect(reported(text)[0]).toMatchObject({ speaker });
  });
  it.each([
    ["a relative clause stays in the mention", "The race went on. Ann Lee, who was campaigning in Ohio, said the plan was bad.", "Ann Lee", "Ann Lee, who was campaigning in Ohio"],
    ["an aside with no adverb, as before", "The race went on. Ann Lee, speaking in Ohio, said the plan was bad.", "Ann Lee", "Ann Lee"],
  ])("must-not: %s", (_name, text, speaker, mention) => {
    expect(reported(text)[0]).toMatchObject({ speaker, mention });
  });
});
