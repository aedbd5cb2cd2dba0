import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a quote that ends on "?" or "!" and the capitalised sentence after it. That
// sentence's subject spoke the quote only when its cue verb closes on it (“Why?” Lee asked.), not
// when a speech verb right before the quote already introduces it.
describe("the sentence after a question or exclamation", () => {
  it.each([
    [
      "must-not: a cue before the quote, and a new sentence with its own speech verb and clause after it",
      "Tom Reyes told the board: “We will rebuild!” Ann Lee said she would help.",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: the last verb of the sentence after is a cue, but in the clause an earlier cue reports",
      "Tom Reyes told the board: “We will rebuild!” Ann Lee said she agreed.",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: a participle cue before the quote, a reply after it",
      "Ann Lee emailed Tom Reyes, telling him, “You are a star!” He replied that it was an honor.",
      { speaker: "Ann Lee" },
    ],
    [
      "must: no cue before the quote, a short clause after it that closes on its cue verb",
      "The port reopened on Monday.\n\n“Who is ready?” Ann Lee asked.",
      { speaker: "Ann Lee" },
    ],
    [
      "must: a cue before the quote, and a clause after it that closes on its own cue verb",
      "Ann Lee turned to him and said, “Why now?” Tom Reyes asked.",
      { speaker: "Tom Reyes" },
    ],
    [
      "must: a quote that ends its sentence with a stop and a clause that closes on its cue verb",
      "The port reopened on Monday.\n\n“We won.” Ann Lee said.",
      { speaker: "Ann Lee" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up articles: "went on" after a quote is a speech verb; "on" after other verbs is not.
describe("a phrasal speech verb with 'on' after the quote", () => {
  it.each([
    ["must: '“…,” she went on.' credits the pronoun as written", "Ann Lee spoke first.\n\nTom Reyes left.\n\n“It would end the port as we know it,” she went on.", { mention: "she", speaker: "Ann Lee" }],
    ["must: a name before 'went on'", "The port reopened on Monday.\n\nTom Reyes left.\n\n“It would end the port as we know it,” Ann Lee went on.", { speaker: "Ann Lee", mention: "Ann Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
