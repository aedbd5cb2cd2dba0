import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a preposition's "which" ("at which point", "after which") opens a relative
// clause with a subject of its own; a cue in it is that subject's, not the sentence's subject's.
describe("attribution: “at which point X said”", () => {
  it.each([
    [
      "must: the clause's own subject after “at which point”",
      "The rally went on.\n\nAnn Lee spoke of the pier, at which point the crowd chanted “Build it!”",
      "Build it!",
      { speaker: "the crowd", ruleId: "attribution/name-said-before-quote" },
    ],
    [
      "must: after a quote of the sentence's subject, too",
      "The rally went on.\n\nAnn Lee said, “We will build it,” at which point the crowd chanted, “Build it now!”",
      "Build it now!",
      { speaker: "the crowd" },
    ],
    [
      "must: “after which” and a name",
      "The rally went on.\n\nAnn Lee spoke for an hour, after which Tom Reyes said, “Enough.”",
      "Enough.",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: a title before the clause is no words of its subject",
      "The race tightened.\n\nTom Reyes posted a clip of Ann Lee on “Harbor Talk,” in which Lee called herself a builder.",
      "Harbor Talk,",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: the sentence's subject keeps a cue with no such clause",
      "The rally went on.\n\nAnn Lee spoke of the pier, and the crowd listened as she said, “Build it!”",
      "Build it!",
      { speaker: "Ann Lee" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});

// The subject of the paragraph before a quote with no cue: a capital after a preposition such as
// "among" or "between" is the preposition's object, no one who speaks.
describe("attribution: previous paragraph's subject with a preposition in it", () => {
  it.each([
    [
      "must: “among” and a capital make no speaker",
      "The talks went on.\n\nStronger coordination among European navies could help the port.\n\n“The port must defend itself.”",
      "The port must defend itself.",
      { speaker: null },
    ],
    [
      "must-not: a subject that can speak still speaks",
      "The talks went on.\n\nAnn Lee praised the plan.\n\n“The port must defend itself.”",
      "The port must defend itself.",
      { speaker: "Ann Lee" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
