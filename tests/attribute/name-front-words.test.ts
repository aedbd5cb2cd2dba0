import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: the words run into the front of a name (an office and the body it is of, a
// demonym, an adjective of standing) are no part of the name; where they are a role, they are its role.
describe("words in front of a name are not the name", () => {
  it.each([
    [
      "must: an office of a body with an organisation word, then a known given name",
      "“We need this bill passed now,” UMWA Director of Government Affairs Phil Reyes said.",
      { speaker: "Phil Reyes", role: "UMWA Director of Government Affairs" },
    ],
    [
      "must: a demonym after a role and 'and'",
      "“The House will vote next week,” said former House speaker and Ohioan John Lind.",
      { speaker: "John Lind" },
    ],
    [
      "must: a demonym opening the sentence",
      "Texan Ana Ruiz said, “The border is quiet.”",
      { speaker: "Ana Ruiz" },
    ],
    [
      "must: an adjective of standing opening the sentence",
      "Rival Hillary Lind, however, said, “She has no plan.”",
      { speaker: "Hillary Lind" },
    ],
    [
      "must: a demonym before a title",
      "“Europe is in a critical state,” German Chancellor Ana Ruiz said.",
      { speaker: "Ana Ruiz", role: "German Chancellor" },
    ],
    [
      "must-not: an office with no body word keeps its role as before",
      "“Fees will rise,” said Director of National Intelligence James Reyes.",
      { speaker: "James Reyes", role: "Director of National Intelligence" },
    ],
    [
      "must-not: a two-part name keeps a demonym-like given name",
      "“The script is done,” Christian Bale said.",
      { speaker: "Christian Bale" },
    ],
    [
      "must-not: a demonym as a surname",
      "“Taxes must go down,” said Mark Cuban.",
      { speaker: "Mark Cuban" },
    ],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
