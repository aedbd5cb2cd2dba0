import { describe, expect, it } from "vitest";
import { stem } from "../../src/conflicts/stem.js";

describe("stem", () => {
  it.each([
    ["evacuated", "evacu"],
    ["evacuation", "evacu"],
    ["Civilians", "civilian"],
    ["running", "run"],
    // Irregular forms the stemmer leaves apart come from the lemma table.
    ["fled", "flee"],
    ["flee", "flee"],
  ])("%s -> %s", (word, want) => {
    expect(stem(word)).toBe(want);
  });

  it("leaves a run of letters longer than any English word as written, in lower case", () => {
    // The stemmer's suffix regexes backtrack over the whole word, so a block of one 100 KB "word" would
    // take minutes; such a run is no word to stem.
    const run = `A${"b".repeat(100_000)}s`;
    expect(stem(run)).toBe(run.toLowerCase());
  });
});
