import { describe, expect, it } from "vitest";
import { meansNewspaper } from "../../src/align/newspaper.js";
import { alignSpeakers } from "../../src/align/index.js";
import { article, quote } from "../conflicts/fixtures.js";

describe("meansNewspaper: \"the paper\" credited with words", () => {
  it.each([
    ["must: a tabloid named before it", "the paper", "The nationalist Morning Star tabloid noted the change. As the paper noted, it is new."],
    ["must: a newspaper named before it", "paper", "The city's newspaper ran an editorial. The paper said the mayor erred."],
    // The patterns ignore case; so does the precheck before them (it skipped these).
    ["must: its Editorial Board in capitals", "the paper", "The Courier's Editorial Board wrote it. The paper said the mayor erred."],
    ["must: a wire story in capitals", "the paper", "THE NATIONALIST MORNING STAR TABLOID NOTED THE CHANGE. AS THE PAPER NOTED, IT IS NEW."],
  ])("%s", (_n, name, text) => {
    expect(meansNewspaper(name, text)).toBe(true);
  });
  it.each([
    ["must-not: a white paper", "the paper", "The ministry sent an unusual white paper to the newspaper's rivals. The paper notes the reforms."],
    ["must-not: its authors", "the paper", "The tabloid covered it. One of the paper's authors spoke. The paper says turnout fell."],
    ["must-not: nothing tells which", "the paper", "As the paper noted, it is new."],
    ["must-not: another noun", "the 2009 paper", "The newspaper covered the 2009 paper."],
    ["must-not: a white paper in a headline's capitals", "the paper", "The Morning Star tabloid printed the ministry's WHITE PAPER. As THE PAPER notes, it is new."],
  ])("%s", (_n, name, text) => {
    expect(meansNewspaper(name, text)).toBe(false);
  });
  it("must: speakers types the newspaper an organisation, a white paper a document", () => {
    const a = article("np1", "Courier", "2024-06-01", "The nationalist Morning Star tabloid noted it. As the paper noted, xx");
    const b = article("np2", "Courier", "2024-06-02", "The ministry sent a white paper. The paper notes yy");
    const qs = [quote(a, "xx", "the paper", { type: "unknown" }), quote(b, "yy", "the paper", { type: "unknown" })];
    const types = alignSpeakers([a, b], qs).speakers.map((s) => [s.articleIds[0], s.type]).sort();
    expect(types).toEqual([["np1", "organisation"], ["np2", "document"]]);
  });
});
