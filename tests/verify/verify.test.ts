import { describe, expect, it } from "vitest";
import { verifyDraft, type VerifyInput } from "../../src/verify/verify.js";
import { sameSpeaker } from "../../src/verify/speakers.js";
import { renderDiff } from "../../src/verify/word-diff.js";
import { COURIER, GAZETTE, makeArticle, makeQuote, type QuoteSpec } from "../check/report-fixture.js";

const SPLIT = `The council met on Friday.

“We will rebuild,” the mayor, Lena Vasquez, said. “Every house on the river will stand again.”`;

const sourceArticles = [
  makeArticle({ id: "gazette", outlet: "Harbor Gazette", text: GAZETTE }),
  makeArticle({ id: "courier", outlet: "The Valley Courier", text: COURIER }),
  makeArticle({ id: "council", outlet: "Marrowby Post", text: SPLIT }),
];
const sourceQuotes = [
  { id: "s1", article: "gazette", text: "We evacuated every family from the river district before midnight", speaker: "Lena Vasquez" },
  { id: "s2", article: "gazette", text: "Nobody told us to leave, and most of the families are still in their homes", speaker: "Tomas Reyes" },
  { id: "s3", article: "courier", text: "Most of the families are still in their homes", speaker: "Ana Holt" },
  { id: "s4", article: "council", text: "We will rebuild,", speaker: "Lena Vasquez" },
  { id: "s5", article: "council", text: "Every house on the river will stand again.", speaker: "Lena Vasquez" },
].map((q) => makeQuote(q, sourceArticles));
const sources: VerifyInput = { articles: sourceArticles, quotes: sourceQuotes };

/** A draft whose quotes are the given words, each credited to someone. */
function draftOf(quotes: { text: string; speaker: string | null; kind?: "direct" | "indirect" }[]): VerifyInput {
  const text = quotes.map((q) => `“${q.text},” ${q.speaker ?? "someone"} said.`).join("\n\n");
  const article = makeArticle({ id: "draft", text });
  const specs: QuoteSpec[] = quotes.map((q, i) => ({ id: `d${i}`, article: "draft", text: q.text, speaker: q.speaker, kind: q.kind ?? "direct" }));
  return { articles: [article], quotes: specs.map((s) => makeQuote(s, [article])) };
}

const one = (text: string, speaker: string | null = null) => verifyDraft(draftOf([{ text, speaker }]), sources).items[0];

describe("verifyDraft", () => {
  it("finds a quote verbatim, folding case, curly apostrophes and the speaker's surname", () => {
    const r = one("we evacuated every family from the river district before midnight", "Vasquez");
    expect(r.status).toBe("verbatim");
    expect(r.match).toMatchObject({ articleId: "gazette", outlet: "Harbor Gazette", speaker: "Lena Vasquez" });
    expect(r.speakerCheck).toBe("same");
    expect(r.diff).toEqual([]);
  });
  it("catches a changed word and shows the word diff", () => {
    const r = one("We evacuated every family from the river district before noon", "Lena Vasquez");
    expect(r.status).toBe("changed");
    // Both outlets carry the sentence (ending "midnight" and "dawn"); either is a fair reference.
    expect(renderDiff(r.diff)).toMatch(/river district before \[-(midnight|dawn)-\] \{\+noon\+\}/);
    expect(r.message).toMatch(/words differ from (Harbor Gazette|The Valley Courier)/);
  });
  it("catches words credited to someone else", () => {
    const r = one("Nobody told us to leave, and most of the families are still in their homes", "Lena Vasquez");
    expect(r.status).toBe("other-speaker");
    expect(r.match?.speaker).toBe("Tomas Reyes");
    expect(r.message).toMatch(/credited to Lena Vasquez here, but Harbor Gazette \(opening “Floodwater reached the old market in Marrowby on Tuesday”\) credits Tomas Reyes/);
  });
  it("shows the word diff as well when words credited to someone else were also changed", () => {
    const r = one("Nobody told us to leave, and many of the families are still in their homes", "Lena Vasquez");
    expect(r.status).toBe("other-speaker");
    expect(r.message).toMatch(/credits Tomas Reyes, and the words differ: .*\[-most-\] \{\+many\+\} of the families/);
    expect(r.message).not.toMatch(/“Nobody told us/);
  });
  it("says what is missing when words credited to someone else are found only in part", () => {
    const r = one("Nobody told us to leave, and most of the families are still in their homes while the water keeps rising", "Lena Vasquez");
    expect(r.status).toBe("other-speaker");
    expect(r.message).toMatch(/credits Tomas Reyes; only part is there: “Nobody told us to leave.*”; not found: “while the water keeps rising”/);
  });
  it("quotes the words when only the speaker differs", () => {
    expect(one("Nobody told us to leave, and most of the families are still in their homes", "Lena Vasquez").message).toMatch(/credits Tomas Reyes: “Nobody told us to leave/);
  });
  // Where a source quote ends, the writer's words follow: a draft that goes on past the quote adds
  // words; it does not change the writer's ("rebuild the [-mayor-] {+town+}").
  it("must: words past the end of the source quote are added, not changed", () => {
    const r = one("We will rebuild the town", "Lena Vasquez");
    expect(r.status).toBe("changed");
    expect(renderDiff(r.diff)).toBe("We will rebuild {+the town+}");
  });
  it("must-not: a quote split by its attribution is still one quote", () => {
    expect(one("We will rebuild. Every house on the river will stand again", "Lena Vasquez").status).toBe("verbatim");
  });
  it("prefers the source whose speaker agrees when the words are in two places", () => {
    expect(one("Most of the families are still in their homes", "Ana Holt")).toMatchObject({ status: "verbatim", match: { articleId: "courier" } });
    expect(one("Most of the families are still in their homes", "Tomas Reyes")).toMatchObject({ status: "verbatim", match: { articleId: "gazette" } });
  });
  it("catches a quote found only in part", () => {
    const r = one("Nobody told us to leave, and the water rose faster than anyone in town had ever seen", "Tomas Reyes");
    expect(r.status).toBe("partial");
    expect(r.missing).toMatch(/water rose faster than anyone in town had ever seen/);
  });
  it("reports a made-up quote as not found", () => {
    const r = one("The dam was inspected last spring and passed every test", "Lena Vasquez");
    expect(r.status).toBe("not-found");
  });
  it("does not call a made-up quote partial for a few words it shares around changed ones", () => {
    // The source says "every family from the river district"; "every family the district" is chance.
    const r = one("They will help every family the district cannot feed", "Lena Vasquez");
    expect(r.status).toBe("not-found");
  });
  // Four everyday words met by chance ("most of the families") are no source for a quote credited to
  // someone else; words that tell the quote apart (content words, evidence.ts) from the source's own
  // speaker, or a whole short source quote, are.
  it.each([
    ["must-not: a made-up quote sharing four words with another's quote", "Most of the families said the storm was only a warning", "Lena Vasquez", "not-found"],
    ["must-not: four words, one content word, from the source's speaker: chance", "Most of the families said the storm was only a warning", "Ana Holt", "not-found"],
    ["must: two content words from the source's speaker are found in part", "The families are still in their homes, and the pumps have failed again", "Ana Holt", "partial"],
    ["must-not: someone else's whole short quote, one content word ('rebuild'): no other speaker named", "We will rebuild", "Tomas Reyes", "verbatim"],
    ["must-not: six words with one content word ('leave') from someone else: chance", "Nobody told us to leave, and the water rose faster than anyone in town had ever seen", "Lena Vasquez", "not-found"],
    ["must: the same six words from the source's own speaker", "Nobody told us to leave, and the water rose faster than anyone in town had ever seen", "Tomas Reyes", "partial"],
    ["must: a quote found on content words stays partial, credited to someone else", "We evacuated every family from the river district, and then the levee broke behind us", "Tomas Reyes", "other-speaker"],
  ])("%s", (_name, text, speaker, status) => {
    expect(one(text, speaker).status).toBe(status);
  });
  it("must-not: a chance meeting names no other speaker for a few words found verbatim", () => {
    const r = one("most of the families", "Lena Vasquez");
    expect(r).toMatchObject({ status: "verbatim", speakerCheck: "unknown" });
  });
  it("accepts an ellipsis for left-out words and [editorial] words", () => {
    expect(one("We evacuated every family … before midnight", "Vasquez").status).toBe("verbatim");
    expect(one("We evacuated every family from the river district [of Marrowby] before midnight", "Vasquez").status).toBe("verbatim");
  });
  it("accepts a quote split by its attribution in the source, joined in the draft", () => {
    const r = one("We will rebuild. Every house on the river will stand again.", "Vasquez");
    expect(r.status).toBe("verbatim");
  });
  it("without source quotes, confirms the speaker from the source paragraph, else leaves it unknown", () => {
    const bare = { articles: sourceArticles, quotes: [] };
    const draft = draftOf([{ text: "Nobody told us to leave", speaker: "Reyes" }, { text: "Nobody told us to leave", speaker: "Ida Marsh" }]);
    const [a, b] = verifyDraft(draft, bare).items;
    expect(a).toMatchObject({ status: "verbatim", speakerCheck: "same" });
    expect(b).toMatchObject({ status: "verbatim", speakerCheck: "unknown" });
  });
  // A particle joined by a hyphen ("as-Sadr", "al-Homsi") is left out of the surname on both sides:
  // the model's SURNAME_PARTICLES, the particles the speaker join's keys drop.
  it.each([
    ["must: the Arabic article's assimilated form", "Bashar as-Sadr", "Bashar as-Sadr"],
    ["must: 'al-' on the draft's side only", "Khaled Homsi", "Khaled al-Homsi"],
    ["must: 'al-' on the source's side only", "Khaled al-Homsi", "Khaled Homsi"],
  ])("without source quotes, the surname found past its particle: %s", (_n, draftSpeaker, sourceName) => {
    const article = makeArticle({ id: "sadr", text: `“Nobody told us to leave,” ${sourceName} said.` });
    const r = verifyDraft(draftOf([{ text: "Nobody told us to leave", speaker: draftSpeaker }]), { articles: [article], quotes: [] }).items[0];
    expect(r).toMatchObject({ status: "verbatim", speakerCheck: "same" });
  });
  it("must-not: a surname that only ends like the source's name is no match", () => {
    const article = makeArticle({ id: "sadr", text: "“Nobody told us to leave,” Bashar as-Sadr said." });
    const r = verifyDraft(draftOf([{ text: "Nobody told us to leave", speaker: "Ida Sadrin" }]), { articles: [article], quotes: [] }).items[0];
    expect(r).toMatchObject({ status: "verbatim", speakerCheck: "unknown" });
  });
  it("does not check reported speech word for word", () => {
    const r = verifyDraft(draftOf([{ text: "the pumps failed", speaker: "a resident", kind: "indirect" }]), sources);
    expect(r.items).toEqual([]);
    expect(r.skipped).toHaveLength(1);
  });
  it("is not thrown by the quote's first word repeated just before it", () => {
    const src = makeArticle({ id: "rep", outlet: "Echo", text: "They said but the town said but we stayed in our homes until the water came." });
    const draft = draftOf([{ text: "but we stayed in our homes until the water came", speaker: null }]);
    const r = verifyDraft(draft, { articles: [src], quotes: [] }).items[0];
    expect(r).toMatchObject({ status: "verbatim", coverage: 1 });
  });
  it("finds a one-word quote through single-word postings", () => {
    expect(one("Nobody", "Tomas Reyes").status).toBe("verbatim");
  });
  // One or two words ("disgusting", "strong leader") are in any article: they are the quote only in a
  // source quote credited to the draft's speaker; three words or more are weighed as before.
  it.each([
    ["must: one word inside the speaker's source quote", "Nobody", "Tomas Reyes", "verbatim"],
    ["must: two words inside the speaker's source quote, by surname", "will rebuild", "Vasquez", "verbatim"],
    ["must-not: one word of the source's narration", "Floodwater", "Lena Vasquez", "not-found"],
    ["must-not: two words of narration beside the speaker's name", "the mayor", "Lena Vasquez", "not-found"],
    ["must-not: one word of someone else's quote", "Nobody", "Lena Vasquez", "not-found"],
    ["must-not: one word with no speaker to match", "Nobody", null, "not-found"],
    ["stays: three words of a quote, with no speaker, as before", "most of the", null, "verbatim"],
  ])("short quote, %s", (_name, text, speaker, status) => {
    expect(one(text, speaker).status).toBe(status);
  });
  it("short quote: says where the words stand instead of 'not found'", () => {
    expect(one("Floodwater", "Lena Vasquez").message).toMatch(/^not found as Lena Vasquez's words: one or two words stand for a source only in a quote of the same speaker, and Harbor Gazette .* has them in its own words: “Floodwater”$/);
    expect(one("Nobody", "Lena Vasquez").message).toMatch(/has them said by Tomas Reyes: “Nobody”$/);
  });
  it("short quote: the speaker named in the paragraph is not enough without source quotes", () => {
    const r = verifyDraft(draftOf([{ text: "Nobody", speaker: "Reyes" }]), { articles: sourceArticles, quotes: [] }).items[0];
    expect(r.status).toBe("not-found");
  });
  it("short quote: the speaker's source quote is found among many articles that have the word in narration", () => {
    const filler = Array.from({ length: 60 }, (_, i) => makeArticle({ id: `n${i}`, outlet: `Outlet ${i}`, text: `Story ${i}. The town will rebuild the market, the council said.` }));
    const r = verifyDraft(draftOf([{ text: "rebuild", speaker: "Lena Vasquez" }]), { articles: [...filler, ...sourceArticles], quotes: sourceQuotes }).items[0];
    expect(r).toMatchObject({ status: "verbatim", match: { articleId: "council", speaker: "Lena Vasquez" } });
  });
  it("finds the right place among many sources", () => {
    const filler = Array.from({ length: 300 }, (_, i) =>
      makeArticle({ id: `f${i}`, outlet: `Outlet ${i}`, text: `Story ${i}. The river district council said every family would get help before the ${i}th of May, and the market would reopen.` }),
    );
    const r = verifyDraft(draftOf([{ text: "We evacuated every family from the river district before midnight", speaker: "Vasquez" }]), {
      articles: [...filler, ...sourceArticles],
      quotes: sourceQuotes,
    }).items[0];
    expect(r).toMatchObject({ status: "verbatim", match: { articleId: "gazette" } });
  });
});

// Contractions are compared as the words they stand for, as align compares quotes (align/contractions):
// a draft that spells one out, or contracts the source's words, has not changed them.
describe("verifyDraft: contractions", () => {
  const market = makeArticle({ id: "market", outlet: "Harbor Gazette", text: "“There’s nothing left of the market, and we can’t rebuild it alone,” Tomas Reyes said. “It is the town’s heart.”" });
  const marketQuotes = [
    { id: "m1", article: "market", text: "There’s nothing left of the market, and we can’t rebuild it alone,", speaker: "Tomas Reyes" },
    { id: "m2", article: "market", text: "It is the town’s heart.", speaker: "Tomas Reyes" },
  ].map((q) => makeQuote(q, [market]));
  const check = (text: string) => verifyDraft(draftOf([{ text, speaker: "Tomas Reyes" }]), { articles: [market], quotes: marketQuotes }).items[0];
  it.each([
    ["must: spelled out", "There is nothing left of the market, and we cannot rebuild it alone", "verbatim", ""],
    ["must: contracted where the source spells out", "It's the town's heart", "verbatim", ""],
    ["must-not: another word for half of one is a change, shown as the word", "There was nothing left of the market, and we can't rebuild it alone", "changed", "There [-is-] {+was+} nothing left of the market and we can't rebuild it alone"],
  ])("%s", (_name, text, status, diff) => {
    const r = check(text);
    expect(r.status).toBe(status);
    expect(renderDiff(r.diff)).toBe(diff);
  });
  it("must-not: a possessive is no 'is'", () => {
    expect(check("It is the town is heart").status).not.toBe("verbatim");
    expect(check("It is the town’s heart").status).toBe("verbatim");
  });
  // The speaker agreeing vouches for a short match only when three words are met: two words and a
  // changed one from a speaker who says many things are a chance meeting.
  it.each([
    ["must-not: two words met, the speaker agreeing", "the town’s soul", "not-found"],
    ["must: the speaker's whole short quote, one word changed", "It is the town’s soul", "changed"],
    ["must: three words met, two content words, the speaker agreeing", "the town’s market heart", "changed"],
  ])("%s", (_name, text, status) => {
    expect(check(text).status).toBe(status);
  });
  it("shows a missing contraction as written", () => {
    const r = verifyDraft(draftOf([{ text: "There’s nothing left of the market, and we can’t rebuild it alone when they won’t help us", speaker: "Tomas Reyes" }]), { articles: [market], quotes: marketQuotes }).items[0];
    expect(r).toMatchObject({ status: "partial", missing: "when they won’t help us" });
  });
});

describe("sameSpeaker", () => {
  it.each([
    ["Khaled Omran", "Omran", true],
    ["Mr. Homsi", "Khaled al-Homsi", true],
    ["Khaled Omran", "Khaled al-Homsi", false],
    ["Lena Vasquez", "Ana Holt", false],
    ["Ahmed", "Ahmed Saleh", true],
    ["Hillary Clinton", "Bill Clinton", false],
    ["Marta Núñez", "Coastal Governor Marta Nunez", true],
    ["Syrian Observatory", "Syrian Observatory for Human Rights", true],
    ["SOHR", "Syrian Observatory for Human Rights", true],
    ["Human Rights Watch", "Syrian Observatory for Human Rights", false],
    ["Syrian Observatory for Human Rights", "Syrian American Council", false],
    ["Bill Clinton", "Clinton Foundation", false],
  ])("%s / %s -> %s", (a, b, same) => {
    expect(sameSpeaker(a, b)).toBe(same);
  });
});
