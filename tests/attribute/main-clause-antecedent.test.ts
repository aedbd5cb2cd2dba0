import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a "he" or "she" in a later sentence means the subject of the earlier
// sentence's main clause, not a name in a clause a conjunction opens inside it ("… only because
// Mr. Lee agreed"); and a sentence the writer puts in brackets has a subject as any other.
describe("attribution: a pronoun's antecedent is the main clause's subject", () => {
  it.each([
    [
      "must: a titled name after 'because' is no main subject",
      "Shows return\n\nTom Reyes runs the network. Jim Lee writes for it.\n\nMr. Reyes said he revived the show only because Mr. Lee agreed to write it. (“We persuaded the creators,” he said.)",
      "We persuaded the creators,",
      "Tom Reyes",
    ],
    [
      "must: a titled name after 'that' is no main subject",
      "Shows return\n\nAnn Ruiz runs the network. Eva Lind writes for it.\n\nMs. Ruiz said that Mrs. Lind had agreed to return. “It was a long wait,” she said.",
      "It was a long wait,",
      "Ann Ruiz",
    ],
    [
      "must: a subject inside brackets that open the paragraph",
      "Shows return\n\nTom Reyes spoke first. “We are back,” he said.\n\n(Ed Lind defended his mother and refused to apologise. “Nobody is out to hurt anyone,” he said.)",
      "Nobody is out to hurt anyone,",
      "Ed Lind",
    ],
    [
      "must-not: in the same sentence, the nearest still reads as before",
      "Shows return\n\nTom Reyes runs the network. Jim Lee writes for it.\n\nMr. Reyes said that when Mr. Lee agreed, he wrote: “We persuaded the creators.”",
      "We persuaded the creators.",
      "Jim Lee",
    ],
    [
      "must-not: a titled name that opens its own sentence is its subject",
      "Shows return\n\nTom Reyes runs the network. Jim Lee writes for it.\n\nMr. Reyes left. Mr. Lee agreed to write it.\n\n“We persuaded the creators,” he said.",
      "We persuaded the creators,",
      "Jim Lee",
    ],
    [
      "must-not: a name after 'and' joins the main clause",
      "Shows return\n\nAnn Ruiz runs the network. Jim Lee writes for it.\n\nMs. Ruiz left early, and Mr. Lee stayed. “It was a long night,” he said.",
      "It was a long night,",
      "Jim Lee",
    ],
    [
      "must-not: a subject inside brackets is no one a pronoun after them means",
      "Shows return\n\nAnn Ruiz signed the deal. (Zorla Quimby makes the shoes.)\n\nAt the time, she said, “We are proud.”",
      "We are proud.",
      "Ann Ruiz",
    ],
    [
      "must-not: a capitalised word of no known gender does not outrank the nearer name",
      "Shows return\n\nTom Reyes runs the network. Jim Lee writes for it.\n\nAllies say that Mr. Lee will stay. “It is settled,” he said.",
      "It is settled,",
      "Jim Lee",
    ],
  ] as [string, string, string, string][])("%s", (_name, text, quote, speaker) => {
    expect(direct(text).find((q) => q.text === quote)?.speaker).toBe(speaker);
  });
});
