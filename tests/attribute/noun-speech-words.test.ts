import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: the narration after a quote ends at ", and …" once a speech verb stood before
// it (a second clause with its own cue). A speech verb's word used as a noun ("secretary of state")
// is no such verb: a list in the speaker's appositive goes on to the verb.
describe("a speech verb's word as a noun does not end the words after a quote", () => {
  it.each([
    [
      "must: 'of state' in an appositive with a list, then the verb",
      "The port reopened.\n\nThe plans “will not solve this,” Ann Lee, assistant secretary of state for ports, rivers, and canals, said on the call.",
      { speaker: "Ann Lee" },
    ],
    [
      "must-not: a real speech verb before ', and' still ends the quote's clause",
      "The port reopened.\n\n“We are ready,” Ann Lee said, and Tom Reyes told reporters he agreed.",
      { speaker: "Ann Lee" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
