import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// reported/said-inverted ("A, said X.") only where the verb is bare and its noun phrase can be a speaker; an object
// pronoun with its listener ("reported it to the police") is no content. Made-up sentences; none comes from PolNeAR
// or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan), rule: c.ruleId }));
};

describe("findReportedSpeech: an inverted attribution has a bare verb and a speaker after it", () => {
  it.each([
    { text: "The bridge will stay closed until May, said a spokesman for the county.", content: "The bridge will stay closed until May", source: "a spokesman for the county" },
    { text: "The bridge will stay closed until May, added one county engineer.", content: "The bridge will stay closed until May", source: "one county engineer" },
    { text: "The bridge will stay closed until May, wrote county engineer Ann Lee.", content: "The bridge will stay closed until May", source: "county engineer Ann Lee" },
  ])("must trigger: $text", ({ text, content, source }) => {
    expect(run(text)).toEqual([{ text: content, source, rule: "reported/said-inverted" }]);
  });
  it.each([
    // An auxiliary before the verb: the verb phrase of the subject before the comma.
    "And the town recovered; the ruling, albeit harsh, had confirmed my trust in the courts.",
    // Another verb than "say"/"add" before a plain common noun: that noun phrase is its object.
    "The two men met in Ohio last year, wrote a host of new songs for the album.",
    // A pronoun and a capital after it: the object and a listener, no titled speaker.
    "The clerk found the letter, reported it to the F.B.I., and locked the door.",
  ])("must not trigger: %s", (text) => {
    expect(run(text).filter((c) => c.rule === "reported/said-inverted")).toEqual([]);
  });
});

describe("findReportedSpeech: an object pronoun sent to a listener is no reported content", () => {
  it("drops 'reported it to the F.B.I.'", () => {
    expect(run("The clerk found the letter, reported it to the F.B.I., and locked the door.")).toEqual([]);
  });
  it("drops 'disclosed them to the AP'", () => {
    expect(run("The aides almost immediately disclosed them to the AP.")).toEqual([]);
  });
  it("keeps 'urged him to resign' (a verb after 'to')", () => {
    expect(run("The governor urged him to resign.").map((c) => c.text)).toEqual(["him to resign"]);
  });
  it("keeps the nested account whole: 'Lee said his partner, AKA Red, wrote a host of new songs'", () => {
    expect(run("Lee said his partner Tom Reyes, AKA Red, wrote a host of new songs for the album.").map((c) => c.text)).toEqual([
      "his partner Tom Reyes, AKA Red, wrote a host of new songs for the album",
    ]);
  });
});
