import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A fronted phrase of place or time that the writer set off with no comma ("Back on the farm her mother said"): the
// subject is the noun phrase after it, not the phrase and the noun phrase together (reported-fronted-phrase
// subjectAfterFrontedPhrase). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan), mention: sl(c.mentionSpan) }));
};

describe("reported speech: the subject after a fronted phrase with no comma", () => {
  it.each([
    { text: "Back on the farm her mother said the crop had failed.", content: "the crop had failed", mention: "her mother" },
    { text: "On the farm her mother said the crop had failed.", content: "the crop had failed", mention: "her mother" },
    { text: "Back home the senator said the levy had failed.", content: "the levy had failed", mention: "the senator" },
    { text: "Later that day the senator said the levy had failed.", content: "the levy had failed", mention: "the senator" },
    { text: "Back in Dayton the senator told reporters that the levy had failed.", content: "that the levy had failed", mention: "the senator" },
    { text: "Later that day Ann Lee said the levy had failed.", content: "the levy had failed", mention: "Ann Lee" },
    { text: "But back at the office his aides said the memo was lost.", content: "the memo was lost", mention: "his aides" },
  ])("must: $text", ({ text, content, mention }) => {
    expect(found(text)).toContainEqual({ text: content, source: mention, mention });
  });
  it.each([
    // (unchanged: a fronted phrase with its comma, a subject with a relative clause of no pronoun, an "of" phrase, a place name)
    { text: "Back on the farm, her mother said the crop had failed.", content: "the crop had failed", mention: "her mother" },
    { text: "The man the police arrested said the crop had failed.", content: "the crop had failed", mention: "The man the police arrested" },
    { text: "Members of the harbor board said the levy had failed.", content: "the levy had failed", mention: "Members of the harbor board" },
    { text: "The mayor of the town said the levy had failed.", content: "the levy had failed", mention: "The mayor of the town" },
    { text: "In May, after a desperate Acme asked its workers to take a pay cut, the union said it would strike.", content: "its workers to take a pay cut", mention: "a desperate Acme" },
    { text: "At least a dozen members of the board said the levy had failed.", content: "the levy had failed", mention: "At least a dozen members of the board" },
    { text: "Over half the voters in Dayton said the levy had failed.", content: "the levy had failed", mention: "half the voters in Dayton" },
  ])("must not change: $text", ({ text, content, mention }) => {
    expect(found(text).map((f) => ({ text: f.text, mention: f.mention }))).toContainEqual({ text: content, mention });
  });
});
