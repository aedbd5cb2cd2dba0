import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: "says" before "are" is the verb of a relative clause without "that" (never the
// plural noun that "claims are" or "messages have" may be); a name right after the noun the clause
// hangs on is its subject; "now" stands between a subject and its verb as "later" does.
describe("a contact clause with 'says are' and a name as its subject", () => {
  it.each([
    ["must: a name after the noun, 'now says are'", "Ann Lee has called for the files to be made public, even the ones Oakdale Port now says are “top secret.”", "Oakdale Port"],
    ["must: a description after the noun, 'says are'", "Ann Lee wants the files made public, even the ones the council says are “top secret.”", "council"],
    ["must: 'a plan Ann Lee said is'", "The town is sick of a plan Ann Lee said is “falling apart.”", "Ann Lee"],
    ["must: 'X now says'", "Tom Reyes now says the pier is “a ruin.”", "Tom Reyes"],
    ["must-not: a plural noun before 'are' stays a noun", "Ann Lee said her claims are “beyond dispute.”", "Ann Lee"],
    ["must-not: a name after a determiner keeps the determiner's reading", "The hall went quiet. The pier the Oakdale Port Authority said is “a ruin” will close.", "Oakdale Port Authority"],
  ] as [string, string, string][])("%s", (_name, text, speaker) => {
    expect(direct(text).at(-1)?.speaker).toBe(speaker);
  });
});
