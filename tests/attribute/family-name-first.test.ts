import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up articles: a family name written first ("Lou Jia", "Tsai Mei") and the title with it later
// ("Mr. Lou", "Ms. Tsai") are one person; a known given name ("Mr. Tom") is not, nor a titled name
// two people open with.
describe("a titled family name written first", () => {
  it.each([
    ["must: 'Mr. X' after 'X Y'", "Talk.\n\nFinance Minister Lou Jia spoke on Monday.\n\n“The market is calm,” Mr. Lou said.", { speaker: "Lou Jia" }],
    ["must: 'Ms. X' after 'X Y-z'", "Talk.\n\nTsai Mei-ling spoke on Monday.\n\n“We are ready,” Ms. Tsai said.", { speaker: "Tsai Mei-ling" }],
    ["must-not: a known given name", "Talk.\n\nTom Reyes spoke on Monday.\n\n“We are ready,” Mr. Tom said.", { speaker: "Tom" }],
    ["must-not: two people open with it", "Talk.\n\nLou Jia and Lou Wen spoke on Monday.\n\n“We are ready,” Mr. Lou said.", { speaker: "Lou" }],
    ["must-not: a surname someone bears comes first", "Talk.\n\nLou Jia spoke. Ann Lou spoke too.\n\n“We are ready,” Ms. Lou said.", { speaker: "Ann Lou" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct").at(-1)).toMatchObject(want);
  });
});
