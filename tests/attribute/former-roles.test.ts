import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const HOLDER = "Tom Reyes, the brash governor of Easton, backed the port plan.\n\n";
const FORMER = "Ann Lind, the former Easton governor and port director, told reporters she would vote against it.\n\n";

// Made-up stories: a speaker credited with a role held before ("the former Easton governor") is no
// bare "the governor" later, when the article gives the post to someone else; with no one else to
// hold it, or when the description says "former" too, the former holder stays the one meant.
describe("a former holder of a post and a bare 'the <post>'", () => {
  it.each([
    ["must: the article's current holder", `${HOLDER}${FORMER}“I have known him for years,” the governor said.`, { speaker: "Tom Reyes", mention: "the governor" }],
    ["must-not: no one else holds the post", `${FORMER}“I have known him for years,” the governor said.`, { speaker: "Ann Lind", mention: "the governor" }],
    ["must-not: the description says 'former' too", `${HOLDER}${FORMER}“I have known him for years,” the former governor said.`, { speaker: "Ann Lind", mention: "the former governor" }],
    ["must: an 'ex-' role", `${HOLDER}Ann Lind, an ex-governor, told reporters she would vote against it.\n\n“I have known him for years,” the governor said.`, { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});

// Made-up stories: the role index reads an appositive whose adjectives a comma parts ("the brash,
// plain-spoken governor of Easton"), ended by a question mark too; and a name inside the quoted words
// ("… to beat Mary Ocampo,” the governor said) is no one the narration places between the holder and
// the description.
describe("the role index: appositives with parted adjectives, names inside quotes", () => {
  const STORY = "Was that really Tom Reyes, the brash, plain-spoken governor of Easton?\n\nAnn Lind, the former Easton governor, said she would vote against it.\n\n“I believe he is the best person to beat Mary Ocampo,” the governor said.";
  it.each([
    ["must: the holder of a post an appositive with parted adjectives gives", STORY, { speaker: "Tom Reyes", mention: "the governor" }],
    ["must-not: a name in the narration of the paragraph, given no role, may be the one meant", STORY.replace("“I believe he is the best person to beat Mary Ocampo,” the governor said.", "Mary Ocampo spoke after him. “I believe he is the best,” the governor said."), { mention: "the governor", speaker: "Ann Lind" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});
