import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// The name before its appositive is the source when the appositive is a party-state tag ("R-Ohio"), a place that
// the federal district or a state completes ("of Washington, D.C.", "29, of Dayton, Ohio"), or two roles joined by
// "and" where the second opens with a body's name. A fronted phrase after "which"/"who" is no subject. Made-up
// sentences; none comes from PolNeAR or the Palmyra corpus.
const sourced = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ mention: sl(c.mentionSpan), role: sl(c.roleSpan) }));
};

describe("subjectBefore: tags and places after a name are its appositive", () => {
  it.each([
    { text: "Rep. Ann Lee, R-Ohio, said the port would close.", mention: "Rep. Ann Lee", role: "R-Ohio", why: "a party-state tag" },
    { text: "Sen. Tom Reyes, D-N.Y., said the port would close.", mention: "Sen. Tom Reyes", role: "D-N.Y.", why: "a tag with an abbreviated state" },
    { text: "Jo Park, 41, of Dayton, Ohio, says her main worry is the levy.", mention: "Jo Park", role: "of Dayton, Ohio", why: "an age, then a place a state completes" },
    {
      text: "Ann Lee, the former Ohio treasurer and Federal Highway Administration chief, told reporters the bridge would close.",
      mention: "Ann Lee",
      role: "the former Ohio treasurer and Federal Highway Administration chief",
      why: "a second role that opens with a body's name",
    },
  ])("$why: $text", ({ text, mention, role }) => {
    expect(sourced(text)).toEqual([{ mention, role }]);
  });

  it.each([
    { text: "One delegate, Jo Park of Washington, D.C., explained the reason for her vote.", mention: "Jo Park of Washington", why: "the federal district completes its city" },
    { text: "The report, which in the wake of the flood urged the city to act, was cited often.", mention: "which", why: "a fronted phrase after 'which'" },
    { text: "Ann Lee, who after a long debate urged the mayor to resign, was re-elected.", mention: "who", why: "a fronted phrase after 'who'" },
  ])("$why: $text", ({ text, mention }) => {
    expect(sourced(text).map((c) => c.mention)).toEqual([mention]);
  });

  it.each([
    { text: "The mayor, the treasurer and Tom Reyes, said the levy would fail.", mention: "Tom Reyes", why: "a name after 'and' is another person, no role" },
    { text: "Lee said that in the wake of the flood officials urged calm.", mention: "Lee", why: "a fronted phrase after 'that' is no relative's" },
  ])("leaves alone: $why", ({ text, mention }) => {
    expect(sourced(text).map((c) => c.mention)).toEqual([mention]);
  });
});

// The source as written runs on through an aside in brackets after the name, even when the aside has verbs of its
// own. Made-up sentences.
describe("subjectBefore: a bracketed aside with its own verbs stays in the source as written", () => {
  const sourceOf = (text: string) => {
    const article = articleFromText(text);
    return findReportedSpeech(article).candidates.map((c) => (c.sourceSpan ? article.text.slice(c.sourceSpan.start, c.sourceSpan.end) : null));
  };
  it.each([
    {
      text: "Sen. Ann Lee (a Dayton Democrat so young she has been mistaken for an aide) says she felt adrift after the vote.",
      want: "Sen. Ann Lee (a Dayton Democrat so young she has been mistaken for an aide)",
    },
    { text: "The mayor (who has served a decade) said the levy would fail.", want: "The mayor (who has served a decade)" },
  ])("$text", ({ text, want }) => {
    expect(sourceOf(text)).toEqual([want]);
  });
});
