import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences; none comes from PolNeAR or the Palmyra corpus. "A weary Lee", "an upbeat Reyes":
// an indefinite article and a describing word before the surname of someone the article named are that
// person in a mood, not a body called "A weary Lee".
describe("'a/an' + describing words + a named person's surname is the person", () => {
  it.each([
    ["must: 'A weary' + surname, reported", "Mayor Ann Lee lost the vote on Tuesday. A weary Lee said she would run again.", "indirect", { speaker: "Ann Lee", speakerType: "person" }],
    ["must: 'An upbeat' + surname, direct", "Tom Reyes spoke after the count. An upbeat Reyes said, “We will win next time.”", "direct", { speaker: "Tom Reyes", speakerType: "person" }],
    ["must: a hyphenated describing word", "Senator Ann Lee left the chamber. A red-faced Lee told reporters the bill was dead.", "indirect", { speaker: "Ann Lee", speakerType: "person" }],
    ["must-not: a noun and a preposition before a name", "Ann Lee wrote the plan. An analysis by Lee said the plan would fail.", "indirect", { speaker: "An analysis by Lee" }],
    ["must-not: a describing word before a body's two-word name", "A national Gallup Poll said most voters were unsure.", "indirect", { speaker: "A national Gallup Poll" }],
    ["must-not: a body's name after 'A' stays the body", "A Dayton Hospital spokesman said the ward was full.", "indirect", { speaker: "A Dayton Hospital spokesman" }],
  ] as [string, string, "direct" | "indirect", Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
});
