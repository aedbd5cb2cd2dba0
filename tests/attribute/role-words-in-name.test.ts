import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: the capitalised role words before a name are the speaker's role, no part of the
// name ("County Engineer Paul Osei" is Paul Osei; the mention keeps the words as written).
describe("role words before a name stay out of the speaker's name", () => {
  it.each([
    ["must: a post noun after a place", "“We will count every vote,” said Harbor County Recorder Ann Pell.", "direct", { speaker: "Ann Pell", mention: "Harbor County Recorder Ann Pell" }],
    ["must: an engineer's post", "“The bridge is safe,” said County Engineer Paul Osei.", "direct", { speaker: "Paul Osei" }],
    ["must: two posts joined by a hyphen", "“We will strike on Monday,” said United Dock Workers Secretary-Treasurer Tom Reyes.", "direct", { speaker: "Tom Reyes" }],
    ["must: two posts joined by a hyphen open the sentence", "Secretary-Treasurer Tom Reyes said that the strike would start on Monday.", "indirect", { speaker: "Tom Reyes" }],
    ["must: reported speech after a post", "Harbor County Clerk Ann Pell said that the count would end on Friday.", "indirect", { speaker: "Ann Pell" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it.each([
    ["a body's name with a post noun in it", "The Harbor Engineers Guild said that the bridge was safe.", "indirect", "Harbor Engineers Guild"],
    ["a hyphenated name that is no post", "“We will strike on Monday,” said Ann Lee-Reyes.", "direct", "Ann Lee-Reyes"],
    ["a post noun with one name part after it keeps the name whole", "“The bridge is safe,” said Engineer Osei.", "direct", "Engineer Osei"],
  ] as [string, string, QuoteKind, string][])("must-not: %s", (_name, text, kind, speaker) => {
    expect(quotesOf(text, kind)[0]?.speaker).toBe(speaker);
  });
});
