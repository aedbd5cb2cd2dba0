import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: an inverted source after a quote may hold a title in marks after "of" or "the"
// ("wrote the authors of the “Harbour Project,”"); the source runs through the title's closing mark
// (and a comma inside it ends the source), instead of stopping at "the authors of the".
describe("a title in marks inside an inverted source", () => {
  it.each([
    ["must: 'wrote the authors of the “… Project,”'", "Some back the plan.\n\n“We have to engage them,” wrote the authors of the “Harbour Renewal Project,” giving an example.", { speaker: "the authors", mention: "the authors of the “Harbour Renewal Project,”" }],
    ["must: 'said the host of “…” on Monday'", "Some back the plan.\n\n“We have to engage them,” said the host of “Morning Harbour” on Monday.", { speaker: "the host", mention: "the host of “Morning Harbour”" }],
    ["must-not: the next quote after a name is not swallowed", "Some back the plan.\n\n“We will stay,” said Ada Lind. “We are ready.”", { speaker: "Ada Lind", mention: "Ada Lind" }],
    ["must-not: marks after a noun ('said the mayor “…”') open no title in the source", "Some back the plan.\n\n“We will stay,” said the mayor “without any doubt.”", { speaker: "the mayor", mention: "the mayor" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
