import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: the words a sign, a banner or a shirt reads are the thing's, not the words of
// whoever holds it up or wears it (attribution/sign-reads).
describe("what a sign reads", () => {
  it.each([
    ["must: a sign that read", "Port plan draws fire.\n\nAnn Lee held up a sign that read “No more tolls.”", { speaker: "a sign", mention: "a sign" }],
    ["must: a hat reading, with capitals inside the phrase", "Port plan draws fire.\n\nTom Reyes wore a Harbor campaign hat reading, “Open the port.”", { speaker: "a Harbor campaign hat" }],
    ["must: the sign after a dash and 'which'", "Port plan draws fire.\n\nHe held up the sign — which read “Dockers 4 Lind” — and waved it.", { speaker: "the sign" }],
    ["must: a possessor's sign keeps its owner in the phrase", "Port plan draws fire.\n\nAnn Lee’s sign read “No war.”", { speaker: "Ann Lee’s sign" }],
    ["must: a verb before a bare plural is no part of the phrase", "Port plan draws fire.\n\nThey will hold banners proclaiming: “Yes we can.”", { speaker: "banners" }],
  ])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject({ ...want, ruleId: "attribution/sign-reads" });
  });
  it.each([
    ["must-not: the holder who speaks", "Port plan draws fire.\n\nAnn Lee held up a sign and said, “No more tolls.”", "Ann Lee"],
    ["must-not: a sign noun used as a modifier", "Port plan draws fire.\n\nThe sign maker said, “It took all night.”", "sign maker"],
  ])("%s", (_name, text, speaker) => {
    expect(direct(text)[0]).toMatchObject({ speaker });
    expect(direct(text)[0].ruleId).not.toBe("attribution/sign-reads");
  });
  it("must-not: a quote beside a sign's words takes no speaker from it", () => {
    const text = "Port plan draws fire.\n\nHe held up the sign — which read “Dockers 4 Lind” — and waved it around, mouthing “thank you” to the crowd.";
    const qs = direct(text);
    expect(qs[1].text).toBe("thank you");
    expect(qs[1].speaker).not.toBe("the sign");
  });
});
