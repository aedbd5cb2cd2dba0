import { describe, expect, it } from "vitest";
import { ruleNamed } from "../../src/check/registry.js";
import type { Speaker } from "../../src/model/index.js";
import { makeReport } from "./report-fixture.js";
import { alignSpeakers } from "../../src/align/index.js";

// The cross-source stage types a poll, a report or a study "document"; the anonymous-source rule
// reads that type, so a document is never an unnamed person, whatever words credit it.
describe("anonymous-source: a speaker the cross-source stage typed a document", () => {
  const text = "A congressional report came out. “The dam was unsafe,” the findings said.";
  const report = (type: Speaker["type"] | null) => {
    const r = makeReport({ articles: [{ id: "a", text }], quotes: [{ id: "q", article: "a", text: "The dam was unsafe,", speaker: "the findings", speakerType: "anonymous" }] });
    const speakers: Speaker[] = type ? [{ id: "s", name: "congressional report", type, aliases: ["the findings"], roles: [], outlets: [], articleIds: ["a"], quoteIds: ["q"] }] : [];
    return { ...r, speakers };
  };
  const hits = (type: Speaker["type"] | null) => ruleNamed("anonymous-source")!.run({ report: report(type) }).map((h) => h.quoteId);
  it.each([
    ["must-not: a quote of a speaker typed document", "document" as const, []],
    ["must: the same quote, its speaker typed anonymous", "anonymous" as const, ["q"]],
    ["must: the same quote, no speakers lined up", null, ["q"]],
  ])("%s", (_n, type, want) => {
    expect(hits(type)).toEqual(want);
  });
});

// The rule reads a quote's type, which is its speaker's as lined up: a description the attribution
// typed a person ("Harbor Council's spokesman") is an unnamed source in `speakers`, and so here.
describe("anonymous-source: the quote's type is its lined-up speaker's", () => {
  const text = "“The dam was unsafe,” Harbor Council's spokesman said. “It holds,” Lena Vogt said.";
  const hits = () => {
    const r = makeReport({
      articles: [{ id: "a", text }],
      quotes: [
        { id: "q1", article: "a", text: "The dam was unsafe,", speaker: "Harbor Council's spokesman", speakerType: "person" },
        { id: "q2", article: "a", text: "It holds,", speaker: "Lena Vogt", speakerType: "person" },
      ],
    });
    const aligned = alignSpeakers(r.articles, r.quotes);
    return ruleNamed("anonymous-source")!.run({ report: { ...r, ...aligned } }).map((h) => h.quoteId);
  };
  it("must: the description, not the named person", () => expect(hits()).toEqual(["q1"]));
});

// A pronoun alone that attribution tied to no name ("according to her") credits someone the story
// names nearby: no source the story leaves unnamed.
describe("anonymous-source: a pronoun credit tied to no name", () => {
  const text = "Lena Vogt spoke at the hearing. According to her, “the dam was unsafe.”";
  const hits = (speaker: string) => {
    const r = makeReport({ articles: [{ id: "a", text }], quotes: [{ id: "q", article: "a", text: "the dam was unsafe.", speaker, speakerType: "anonymous" }] });
    return ruleNamed("anonymous-source")!.run({ report: r }).map((h) => h.quoteId);
  };
  it.each([
    ["must-not: her", "her", []],
    ["must-not: him", "him", []],
    ["must-not: They", "They", []],
    ["must: a description", "a dam inspector", ["q"]],
  ])("%s", (_n, speaker, want) => {
    expect(hits(speaker)).toEqual(want);
  });
});
