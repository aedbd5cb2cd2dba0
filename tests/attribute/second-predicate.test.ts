import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: after a quoted phrase, "and" with a past form and its object is a second
// predicate of the sentence's own subject; a speech or naming verb further on is in another clause.
describe("a second predicate after the quote is no subject of a later cue", () => {
  it.each([
    ["must: 'moment and deleted an archive using a program called X'", "The clerk first said he did not recall it, but later said he had an “oh, no” moment and deleted a Harbor Board email archive using a program called Shredder, which is designed to prevent recovery.", { speaker: "The clerk" }],
    ["must: '— but relished his …, posting'", "Ada Lind, who goes by “Addie,” was among the port’s “night owls” ― a crew of pilots who seldom met the board ― but relished his talks with the mayor, posting photos of them.", { text: "night owls" }],
    ["must-not: a plural subject with a participle adjective", "“It is over,” staff and elected officials said.", { speaker: "staff and elected officials" }],
    ["must-not: two names joined by 'and'", "“It is over,” Ada Lind and Tom Reyes said.", { speaker: "Ada Lind and Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    const q = direct(text).find((x) => !("text" in want) || x.text === want.text)!;
    expect(q).toMatchObject(want);
    if ("text" in want) expect(q.speaker ?? "").not.toMatch(/crew of pilots/);
  });
});

// Made-up sentences: "whom" opens an object's relative clause; its own subject speaks.
describe("the subject after 'whom'", () => {
  it.each([
    ["must: 'whom one insider described as'", "His closest friend is the strategist Tom Reyes, whom one harbour insider described as “his brother.”", { speaker: "one harbour insider" }],
    ["must-not: 'who' is the antecedent's", "His closest friend is the strategist Tom Reyes, who described the port as “his brother.”", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
