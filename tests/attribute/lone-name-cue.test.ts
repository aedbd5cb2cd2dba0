import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: “…,” From said — a surname that is also a preposition is the person named in
// full earlier, not the sentence's subject, and not no one.
describe("attribution: “…,” From said", () => {
  it.each([
    [
      "must: the surname alone after a quote that runs on is the person credited in full before",
      "The party changed.\n\n“We won,” said Al Ruiz From, who founded the council.\n\nMany voters saw it as “the party of the port,” From said.",
      "the party of the port,",
      { speaker: "Al Ruiz From", mention: "From", ruleId: "attribution/name-said-after-quote" },
    ],
    [
      "must: with no one credited before, the surname as written",
      "The party changed.\n\n“The port is closed,” From said.",
      "The port is closed,",
      { speaker: "From", mention: "From" },
    ],
    [
      "must-not: after a quote that ends its sentence, the capital opens the next sentence",
      "The party changed.\n\nTom Reyes said, “The port is closed.” From then on, Ada Lind said nothing.",
      "The port is closed.",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: a name the registry keeps is resolved as before",
      "The party changed.\n\n“We won,” said Ada Lind.\n\n“The port is closed,” Lind said.",
      "The port is closed,",
      { speaker: "Ada Lind" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
