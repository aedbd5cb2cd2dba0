import { describe, expect, it } from "vitest";
import { scanDirect as scan } from "./scan-direct.js";

describe("a double quote closed with a single mark after a stop (direct.ts mistypedCloserAt)", () => {
  const cases: [string, string, [string, string][], boolean][] = [
    // must trigger: the quote ends at the single mark, the narration after it is no quote
    [
      "a tweet closed with ’, then narration with a title",
      "She tweeted: “Let’s go. We can win this.’ She was in the East Room for the film “Trainwreck.” She spoke.",
      [["direct", "Let’s go. We can win this."], ["scare", "Trainwreck."]],
      true,
    ],
    ["a question closed with a straight mark", "He asked, “Where were you?' Smith said nothing more about it.", [["direct", "Where were you?"]], true],
    // must not trigger
    ["a nested single quote closed after its stop", "“He told me ‘go home.’ Then I left,” she said.", [["direct", "He told me ‘go home.’ Then I left,"]], false],
    ["the double quote closes later in the paragraph", "“Go.’ He said it twice. We left,” she said.", [["direct", "Go.’ He said it twice. We left,"]], false],
    ["a possessive after an abbreviation", "“It was the U.S.’ Army that left first.", [["direct", "It was the U.S.’ Army that left first."]], false],
    ["a lower-case word after the mark", "“We won.’ and then it rained.", [["direct", "We won.’ and then it rained."]], false],
  ];
  it.each(cases)("%s", (_name, text, quotes, fires) => {
    const r = scan(text);
    expect(r.quotes).toEqual(quotes);
    expect(r.rules.includes("extract/mistyped-close")).toBe(fires);
  });

  it("a quote that goes on in the next paragraph is left to go on", () => {
    const r = scan("“First part.’ Next comes more.\n\n“Second part,” he said.");
    expect(r.rules).not.toContain("extract/mistyped-close");
    expect(r.quotes).toEqual([["direct", "First part.’ Next comes more."], ["direct", "Second part,"]]);
  });
});
