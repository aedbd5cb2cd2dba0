import { describe, expect, it } from "vitest";
import { articleName, excerpt, sentencesOf } from "../../src/conflicts/explain.js";
import type { Article } from "../../src/model/index.js";
import { analyse, article, ofKind, quote } from "./fixtures.js";

describe("excerpt: one sentence of a claim", () => {
  it.each([
    ["an initial is no sentence end", "Donald J. Trump is calling for a shutdown. Then more.", "Donald J. Trump is calling for a shutdown"],
    ["a title is no sentence end", "that Dr. Ben Carson had dropped out of the race", "that Dr. Ben Carson had dropped out of the race"],
    ["nor letters with stops", "they had a positive view of the U.S. Senate. It voted.", "they had a positive view of the U.S. Senate"],
    ["a stop before a lower-case word is none", "people cross into the U.S. in search of asylum", "people cross into the U.S. in search of asylum"],
    ["a stop before a capital ends the sentence", "It rained. The river rose.", "It rained"],
    ["a quotation's own stop ends it", "say, ‘Look, this is who we are.’ We go on.", "say, ‘Look, this is who we are.’"],
    ["a question mark ends it", "Who knew? Nobody did.", "Who knew?"],
  ])("%s", (_name, text, want) => {
    expect(excerpt(text)).toBe(want);
  });

  it("splits a text into its sentences, the abbreviations kept inside", () => {
    expect(sentencesOf("Mr. Lee left. “Then it stopped,” he said. Sen. Ann Roe stayed.")).toEqual(["Mr. Lee left.", "“Then it stopped,” he said.", "Sen. Ann Roe stayed."]);
  });
});

// An article whose outlet is unknown is named by what a reader can find it by: its title, else the
// words it opens with and its day; never its file's name nor the id quotecheck made
// ("huff-post-2016-09-20-hillary-clinton-speaks-dire").
describe("articleName: an article with no outlet, as a finding names it", () => {
  const a = (title: string | null, documentId = "stories/riverton_2024-04-03_flood.txt"): Article => ({ ...article("riverton-2024-04-03-flood", null, "2024-04-03", "The river rose."), title, documentId });
  it.each([
    ["must: the title, in quotation marks, its closing stop left out", a("River bursts its banks in Riverton."), "“River bursts its banks in Riverton”"],
    ["must: a long title cut at a word", a("River bursts its banks in Riverton as the mayor orders every family out of the low town"), "“River bursts its banks in Riverton as the mayor orders…”"],
    ["must: no title, the words it opens with and its day", a(null), "the article of 2024-04-03 that opens “The river rose”"],
    ["must: no title, its first line only, cut at a word", { ...a(null), text: "Levee holds as the river rises in Riverton and the mayor orders every family out.\n\nThe river rose." }, "the article of 2024-04-03 that opens “Levee holds as the river rises in Riverton and the mayor…”"],
    ["must: no title and no day", { ...a(null), published: null }, "the article that opens “The river rose”"],
    ["must: no title and no text", { ...a(null), text: "" }, "an article of 2024-04-03 with no known outlet"],
    ["must: standard input, as any file", a(null, "-"), "the article of 2024-04-03 that opens “The river rose”"],
  ])("%s", (_name, art, want) => {
    expect(articleName(art, art.id)).toBe(want);
  });

  it.each([
    ["must-not: the file's name, its folder or the id", a(null)],
    ["must-not: the file's name where the text is empty", { ...a(null), text: "" }],
  ])("%s", (_name, art) => {
    const name = articleName(art, art.id);
    expect(name).not.toContain("riverton_2024-04-03_flood");
    expect(name).not.toContain("riverton-2024-04-03-flood");
  });

  it("a disputed finding opens with the article's title where no outlet is known, and with the outlet where one is", () => {
    const text = "RIVERTON — The mayor made false claims that every family had been evacuated before the water arrived.";
    const untitled = { ...article("riverton-2024-04-03-flood", null, "2024-04-03", text), title: "Flood in Riverton" };
    const [d] = ofKind(analyse([untitled], [quote(untitled, "every family had been evacuated before the water arrived", "Alan Brooks", { kind: "indirect", cue: "made false claims" })]).findings, "disputed");
    expect(d.explanation).toMatch(/^The article “Flood in Riverton” \(“made false claims”\) reports as false the claim of Alan Brooks/);
    const known = article("courier", "Daily Courier", "2024-04-03", text);
    const [e] = ofKind(analyse([known], [quote(known, "every family had been evacuated before the water arrived", "Alan Brooks", { kind: "indirect", cue: "made false claims" })]).findings, "disputed");
    expect(e.explanation).toMatch(/^Daily Courier \(“made false claims”\) reports as false/);
  });
});
