import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a member of a special force written before a name ("Navy SEAL", "Army Ranger")
// is the person's role, not part of the name, and a noun for a man or a woman before those role
// words still tells the person's gender.
describe("a special force's member before a name is a role", () => {
  it.each([
    ["must: '“…,” said Navy SEAL X'", "Veterans speak.\n\n“We did our job,” said Navy SEAL Rob Quill.", { speaker: "Rob Quill", role: "Navy SEAL" }],
    ["must: 'Army Ranger X said'", "Veterans speak.\n\n“It was hard,” Army Ranger Tom Reyes said.", { speaker: "Tom Reyes", role: "Army Ranger" }],
    ["must: the surname alone later is the person", "Veterans speak.\n\n“We did our job,” said Navy SEAL Rob Quill.\n\n“It is over,” Quill said.", { speaker: "Rob Quill" }],
    ["must: 'her husband, Navy SEAL X' is a man: 'Mrs. Qasim' is the other", "Naghmeh Qasim spoke. Her husband, Navy SEAL Arash Qasim, was killed.\n\n“I miss him,” Mrs. Qasim said.", { speaker: "Naghmeh Qasim" }],
    ["must-not: a lower-case seal is no person", "The hall.\n\nThe seal on the door reads: “E pluribus unum.”", { speakerType: "organisation" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
