import { describe, expect, it } from "vitest";
import { ruleNamed } from "../../src/check/registry.js";
import { headlineSource } from "../../src/check/headline-source.js";
import { makeReport, type QuoteSpec } from "./report-fixture.js";

/** anonymous-source on one article: the quotes it reports as unnamed. */
const unnamed = (text: string, quotes: QuoteSpec[]) =>
  ruleNamed("anonymous-source")!
    .run({ report: makeReport({ articles: [{ id: "a", text }], quotes }) })
    .map((h) => h.quoteId);
const anon = (words: string, speaker: string): QuoteSpec => ({ id: "q", article: "a", kind: "indirect", text: words, speaker, speakerType: "anonymous" });

const BODY =
  "Rep. Ann Lee, the top Democrat on the harbor committee, called on the mayor to rebuild the levee before the spring floods reach the lower town.\n\n" +
  "“We cannot wait another year,” Lee said on Wednesday, adding that the council had the money and the plans ready for the work.";

describe("anonymous-source: a headline's or deck's bare noun is no unnamed source", () => {
  it.each([
    { name: "must-not report: a deck's bare singular noun", text: `Lawmaker urges levee work;\nMember of harbor panel says the town has to act now.\n\n${BODY}`, quote: anon("the town has to act now", "Member of harbor panel") },
    { name: "must-not report: a headline's lower-case bare noun", text: `Levee, official says, must be rebuilt before spring.\n\n${BODY}`, quote: anon("Levee, official says, must be rebuilt before spring", "official") },
  ])("$name", ({ text, quote }) => {
    expect(unnamed(text, [quote])).toEqual([]);
  });
  it.each([
    { name: "must report: the same words in the story's body", text: `Lawmaker urges levee work.\n\n${BODY}\n\nMember of harbor panel says the town has to act now.`, quote: anon("the town has to act now", "Member of harbor panel") },
    { name: "must report: a description with its article in the deck", text: `Lawmaker urges levee work;\nA member of the harbor panel says the town has to act now.\n\n${BODY}`, quote: anon("the town has to act now", "A member of the harbor panel") },
    { name: "must report: a plural in the deck", text: `Levee work urged;\nOfficials say the town has to act now.\n\n${BODY}`, quote: anon("the town has to act now", "Officials") },
    { name: "must report: a deck with no story under it", text: "Lawmaker urges levee work;\nMember of harbor panel says the town has to act now.\n\nMore soon.", quote: anon("the town has to act now", "Member of harbor panel") },
  ])("$name", ({ text, quote }) => {
    expect(unnamed(text, [quote])).toEqual(["q"]);
  });
  it("names the rule that read the line as a headline", () => {
    const text = `Lawmaker urges levee work;\nMember of harbor panel says the town has to act now.\n\n${BODY}`;
    const r = makeReport({ articles: [{ id: "a", text }], quotes: [anon("the town has to act now", "Member of harbor panel")] });
    expect(headlineSource(r.quotes[0], r.articles[0])?.id).toBe("bare-noun-in-headline");
  });
});
