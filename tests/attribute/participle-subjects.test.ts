import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: which subject a participle before a quote ("…, saying “…”") goes with.
describe("the subject of a participle before a quote", () => {
  it.each([
    [
      "must: a pronoun that opens the clause before the participle ('though … she used')",
      "Mayor Ada Lind was criticized for the term, though at a meeting last week she used stronger words, saying the plan “must be scrapped.”",
      { speaker: "Ada Lind", mention: "she" },
    ],
    [
      "must: 'used' is a past verb after a name",
      "Tom Reyes used the question to demand that the port “pay its fair share.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: a pronoun in a clause after the main verb ('apologized … after they came out')",
      "Judge Ada Lind apologized for the columns after they came out, saying they were “old and foolish.”",
      { speaker: "Ada Lind", mention: "Judge Ada Lind" },
    ],
    [
      "must-not: a pronoun after a relative pronoun ('with whom he clashed')",
      "Tom Reyes, a former governor, also attacked Ada Lind, with whom he clashed at the debate, calling her a “loser.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: a pronoun after 'what' ('for what he has done')",
      "Tom Reyes, a former governor, praised Ada Lind for what she has done, calling it “a fine record.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must: 'with' and a noun phrase before the participle give its subject",
      "The port was not far from the thoughts of the crowd, with many marchers and dockers chanting “We are the port” at the gates.",
      { mention: "many marchers and dockers" },
    ],
    [
      "must-not: 'with' far back, across a comma, is no subject",
      "Ada Lind arrived with the mayor, and stood at the gate chanting “We are the port” with the crowd.",
      { speaker: "Ada Lind" },
    ],
    [
      "must: a name set off by commas after the clause's verb is the object's appositive ('attacked the mayor, Ada Lind, saying')",
      "Tom Reyes attacked the harbour master, Ada Lind, saying the port was “a total mess.”",
      { speaker: "Tom Reyes" },
    ],
    [
      "must: a description set off by commas after the verb is no subject either ('and even a little worry, …, telling')",
      "Ada Lind has voiced doubt, and even a little worry, about the vote, recently telling a friend that she wonders “which council will show up.”",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: an appositive of the subject itself ('The harbour master, Ada Lind, speaking')",
      "The harbour master, Ada Lind, speaking at the pier on Monday, said the port was “a total mess.”",
      { speaker: "Ada Lind" },
    ],
    [
      "must-not: a name with its own participle, no comma before it ('– Lind saying')",
      "Soon after the talks, both issued a statement – Ada Lind saying she was “very encouraged” and Reyes calling it “a fine start.”",
      { speaker: "Ada Lind" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: a name right before the participle, after "of" or a verb of perceiving or
// showing, is the participle's subject ("a video of Ann Lee saying “…”").
describe("a name and its participle as one phrase", () => {
  it.each([
    ["must: 'reminds me of NAME saying that'", "Tom Reyes reminds me of Abraham Lincoln saying that “you can fool some of the people.”", "Abraham Lincoln"],
    ["must: 'footage of NAME saying,'", "The ad then cuts to footage of Ada Lind saying, “the pier is closed.”", "Ada Lind"],
    ["must: 'heard NAME saying'", "Tom Reyes recalled that he heard Ada Lind saying “the pier is closed.”", "Ada Lind"],
    ["must-not: a comma between the name and the participle", "Tom Reyes praised Ada Lind, saying “the pier is closed.”", "Tom Reyes"],
    ["must-not: a preposition that is not 'of'", "Tom Reyes spoke to Ada Lind saying “the pier is closed.”", "Tom Reyes"],
  ])("%s", (_name, text, speaker) => {
    expect(direct(text)[0]?.speaker).toBe(speaker);
  });
  it("must-not: a participle that is not the quote's cue", () => {
    const text = "Ann Ruiz works at the plant.\n\nWhen Ruiz saw Mr. Tom Reyes talking about the plant on the news, all she could do was shout “Yes!” at the TV.";
    expect(direct(text)[0]?.speaker).not.toBe("Tom Reyes");
  });
});
