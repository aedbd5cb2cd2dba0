import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: "X was asked by Y, “…?”" — the question is Y's; the answer after it stays X's,
// even when it names X by a pronoun (the asker is no antecedent for it).
describe("a passive 'asked by' before the quote", () => {
  it.each([
    [
      "must: the asker speaks the question, the one asked the answer's 'He'",
      "Tom Reyes spoke at the harbor on Monday.\n\nTom Reyes was asked by Ben Lind, “Will the port survive?”\n\nHe said, “It will.”",
      [{ speaker: "Ben Lind" }, { speaker: "Tom Reyes" }],
    ],
    [
      "must: the asker's relative clause between the asker and the quote",
      "Tom Reyes was asked by host Ann Lind, who has long doubted the plan and said so, “Is the port finished?”\n\nReyes replied, “No.”",
      [{ speaker: "Ann Lind" }, { speaker: "Tom Reyes" }],
    ],
    [
      "must-not: the one asked answers in the same sentence",
      "Tom Reyes was asked by Ann Lind about the port and said, “It will survive.”",
      [{ speaker: "Tom Reyes" }],
    ],
    [
      "must-not: a pronoun starts the answer's clause before the quote",
      "Tom Reyes was asked by Ann Lind about the port, and he said, “It will survive.”",
      [{ speaker: "Tom Reyes" }],
    ],
    [
      "must-not: an active 'asked' (its subject asks)",
      "Ann Lind asked Tom Reyes, “Will the port survive?”",
      [{ speaker: "Ann Lind" }],
    ],
  ] as [string, string, Partial<Quote>[]][])("%s", (_name, text, want) => {
    const got = direct(text);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});
