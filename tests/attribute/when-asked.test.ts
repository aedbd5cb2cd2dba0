import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a reduced "when asked …" clause between a speech verb and the quote is no cue of
// its own (its subject is asked, not speaking): the verb before it introduces the quote.
describe("a reduced 'when asked' clause before the quote", () => {
  it.each([
    [
      "must: a relative clause's verb, then 'when asked' and its topic",
      "The port reopened on Monday. Any decision would involve Mayor Tom Reyes, who told reporters when asked last month about the port: “That matter is being handled by the board.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must: 'if asked' between the verb and the quote",
      "The port reopened on Monday. Ann Lee told the board if asked about the vote: “We will not sell.”",
      { speaker: "Ann Lee" },
    ],
    [
      "must-not: 'when asked' in an aside, the speech verb after it",
      "The port reopened on Monday. Tom Reyes, when asked about the port, said: “It is handled.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: an opening 'When asked' clause with no speaker for the quoted word",
      "The port reopened on Monday. When asked about the “secret” deal, Tom Reyes shrugged.",
      { speaker: null },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
