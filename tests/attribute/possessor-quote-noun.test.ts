import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: a quote between a possessor and a noun for something said ("Lind’s “…” remark")
// is the possessor's words; a noun for a thing after it ("design") says nothing of who spoke.
describe("a quote between a possessor and a noun for something said", () => {
  it.each([
    ["must: 'X’s “…” remark'", "Some back the plan.\n\nThree shows ran panels discussing Ada Lind’s “pier for all” remark.", { speaker: "Ada Lind", ruleId: "attribution/possessor-quote-noun" }],
    ["must: 'X's “…” promise' with a comma inside", "Some back the plan.\n\nIt is the pull of Tom Reyes's “if you like your boat, you can keep it” promise.", { speaker: "Tom Reyes", ruleId: "attribution/possessor-quote-noun" }],
    ["must-not: a noun for a thing after the quote", "Some back the plan.\n\nThree shows ran panels discussing Ada Lind’s “pier for all” design.", { ruleId: "attribution/no-cue", speaker: null }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});
