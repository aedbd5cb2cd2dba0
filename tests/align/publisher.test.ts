import { describe, expect, it } from "vitest";
import { atPublisherCue, publisherCues, writesAsPublisher } from "../../src/align/publisher.js";
import { alignSpeakers } from "../../src/align/index.js";
import { isCorpusSurname, notPersonRule } from "../../src/align/not-person.js";
import { article, quote } from "../conflicts/fixtures.js";

// Names the article writes only as a publisher's: an outlet, a data firm, a newsletter, a body's short name.
describe("writesAsPublisher", () => {
  it.each([
    ["must: according to it", "Datavane", "Sales fell, according to Datavane. Others agreed."],
    ["must: according to the name of two words", "Morning Ledger", "The vote was close, according to the Morning Ledger. Xx."],
    ["must: it reported", "Cinemark Weekly", "Cinemark Weekly reported that the show was renewed."],
    ["must: its report", "Datavane", "Datavane's report counts 100 million users."],
    ["must: a survey of it", "Quorvex", "A new Quorvex survey found it."],
    ["must: a title in quotation marks", "Dawnsheet", "He writes Courier's ''Dawnsheet'' every day. Dawnsheet won't change."],
    ["must: a title in marks that hold a comma", "Dawnsheet", "He writes ''Dawnsheet,'' every day. Dawnsheet won't change."],
    ["must: a title in curly marks", "Dawnsheet", "He writes Courier's “Dawnsheet” every day. Dawnsheet won't change."],
    ["must: a body's short name in brackets", "Caltrax", "A Lakeland Department of Roads (Caltrax) sign was hacked. Caltrax told a station it was fixed."],
  ])("%s: %s", (_n, name, text) => {
    expect(writesAsPublisher(text, name)).toBe(true);
    // The places found once an article hold every name the full reading takes for a publisher's.
    expect(atPublisherCue(text, name, publisherCues(text))).toBe(true);
  });
  it.each([
    ["must-not: a person with a given name", "Peter Brandt", "according to Peter Brandt, sales fell."],
    ["must-not: a surname after a title", "Brandt", "Sales fell, according to Brandt. Mayor Brandt agreed."],
    ["must-not: a surname after an initial", "Brandt", "Sales fell, according to Brandt. P. Brandt agreed."],
    ["must-not: a person's role in an appositive", "Lorvan Praeta", "according to Lorvan Praeta, the campaign's outreach director, it worked."],
    ["must-not: who after it", "Lorvan Praeta", "according to Lorvan Praeta, who ran it, it worked."],
    ["must-not: he after it", "Hedrin Smale", "as Hedrin Smale reported in a book he wrote."],
    ["must-not: the last word alone, as a surname", "Lorvan Praeta", "according to Lorvan Praeta. Praeta said more."],
    ["must-not: his after it", "Hedrin Smale", "as Hedrin Smale reported in his book."],
    ["must-not: no publisher's words", "Vultrane", "As Vultrane put it, it was a hit."],
    ["must-not: a role noun before it", "Brandt", "according to analyst Brandt, sales fell."],
  ])("%s: %s", (_n, name, text) => {
    expect(writesAsPublisher(text, name)).toBe(false);
  });
});

describe("atPublisherCue: a name at none of its article's publisher places", () => {
  it.each([
    ["must-not: a name with no publisher's words beside it", "Vultrane", "As Vultrane put it, it was a hit. Vultrane said so."],
    ["must-not: a name inside a longer run", "Datavane", "according to Datavanex, sales fell."],
  ])("%s", (_n, name, text) => {
    const cues = publisherCues(text);
    expect(atPublisherCue(text, name, cues) && writesAsPublisher(text, name)).toBe(false);
    expect(notPersonRule(name, "person", { articleText: text, publisherCues: cues })).toBeNull();
  });
});

describe("notPersonRule: publisher and a public body's name", () => {
  it.each([
    ["must: a data firm", "Datavane", "Sales fell, according to Datavane.", "publisher"],
    ["must: a body named by its noun", "Geodetic Survey", "The U.S. Geodetic Survey said so.", "body-name-end"],
    ["must: a federal agency", "Flood Management Agency", "Xx.", "body-name-end"],
  ])("%s: %s", (_n, name, text, id) => {
    const r = notPersonRule(name, "person", { articleText: text });
    expect([r?.id, r?.type]).toEqual([id, "organisation"]);
  });
  it.each([
    ["must-not: a surname the corpus names in full", "Brandt", "Sales fell, according to Brandt."],
    ["must-not: a common word its article writes in lower case", "Research", "Research published last year shows the research holds."],
    ["must-not: a given name before a body's noun", "Robert Service", "Robert Service said so."],
  ])("%s: %s", (_n, name, text) => {
    expect(notPersonRule(name, "person", { articleText: text, surnames: new Set(["brandt"]) })).toBeNull();
  });
});

// One test, shared by the publisher and outlet rows and the cross-source stage's guard before them.
describe("isCorpusSurname: one word the corpus names someone in full by", () => {
  const c = { surnames: new Set(["brandt"]) };
  it.each([
    ["must: the surname", "Brandt", true],
    ["must: in capitals too", "BRANDT", true],
    ["must-not: two words", "Anna Brandt", false],
    ["must-not: a word no one is named by", "Datavane", false],
  ])("%s: %s", (_n, name, want) => {
    expect(isCorpusSurname(name, c)).toBe(want);
  });
  it("must-not: a corpus that names no one", () => {
    expect(isCorpusSurname("Brandt", {})).toBe(false);
  });
  it("must: a one-word surname at a publisher's cue stays a person across the stage", () => {
    const a = article("p6", "Courier", "2024-05-06", "Sales fell, according to Brandt. xx");
    const b = article("p7", "Courier", "2024-05-07", "Anna Brandt said yy");
    const s = alignSpeakers([a, b], [quote(a, "xx", "Brandt"), quote(b, "yy", "Anna Brandt")]).speakers;
    expect(s.map((x) => x.type)).toEqual(["person"]);
  });
});

describe("alignSpeakers: a publisher typed a person", () => {
  it("must: one poll aggregator credited in two articles, one of them with its average, is one organisation", () => {
    const a = article("p1", "Courier", "2024-05-01", "Lee leads by 3 points, according to Vanta Pollwatch’s polling average. xx");
    const b = article("p2", "Courier", "2024-05-02", "Approval is at 81 percent, according to Vanta Pollwatch. yy");
    const qs = [
      quote(a, "xx", "Vanta Pollwatch", { mention: "Vanta Pollwatch’s polling average" }),
      quote(b, "yy", "Vanta Pollwatch", { mention: "Vanta Pollwatch" }),
    ];
    const s = alignSpeakers([a, b], qs).speakers;
    expect(s.map((x) => [x.name, x.type, x.quoteIds.length])).toEqual([["Vanta Pollwatch", "organisation", 2]]);
  });
  it("must: a public body named by its noun is an organisation, no survey", () => {
    const a = article("p4", "Courier", "2024-05-04", "The U.S. Geodetic Survey said it measured xx");
    const s = alignSpeakers([a], [quote(a, "xx", "Geodetic Survey", { mention: "The U.S. Geodetic Survey" })]).speakers;
    expect(s.map((x) => [x.name, x.type])).toEqual([["U.S. Geodetic Survey", "organisation"]]);
  });
  it("must-not: a document filed by a body named by its noun is no body", () => {
    const a = article("p5", "Courier", "2024-05-05", "A civil complaint filed by the federal Fair Trade Commission says xx");
    const name = "a civil complaint filed by the federal Fair Trade Commission";
    const s = alignSpeakers([a], [quote(a, "xx", name, { type: "anonymous" })]).speakers;
    expect(s.map((x) => x.type)).toEqual(["document"]);
  });
  it("must-not: a person credited as a publisher is, whose role the article gives", () => {
    const a = article("p3", "Courier", "2024-05-03", "Sales fell, according to Lorvan Praeta, a retail analyst. xx");
    const s = alignSpeakers([a], [quote(a, "xx", "Lorvan Praeta")]).speakers;
    expect(s.map((x) => x.type)).toEqual(["person"]);
  });
});
