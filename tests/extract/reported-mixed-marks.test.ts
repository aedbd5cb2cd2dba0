import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A quotation opened with a straight mark and closed with a curly one ("I prefer the plan,” he said): the curly mark
// closes it, so the reported speech after it is read; before, the straight mark stayed open to the paragraph's end
// and hid every cue after it. A curly pair nested inside the straight quotation still closes only itself. Made-up
// sentences; none comes from PolNeAR or Palmyra.
const contents = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => sl(c.span));
};

describe("findReportedSpeech: a straight opening mark closed by a curly one", () => {
  it.each([
    { text: "\"We will win the county,” the mayor said. She added that the vote would be close.", content: "that the vote would be close" },
    { text: "\"I prefer the harbor plan,” he said, noting he had backed the bridge plan before.", content: "he had backed the bridge plan before" },
    { text: "\"It is over,” Lee said, and the clerk told reporters that the count had ended.", content: "that the count had ended" },
  ])("must trigger: $text", ({ text, content }) => {
    expect(contents(text)).toContain(content);
  });
  it.each([
    "\"He told me that the road was closed,” the driver said.",
    "\"They said “no” and then they told us that the road was closed,\" the driver said.",
    "\"Our mayor said “never” and she told the council that the pier would stay,\" a clerk recalled.",
  ])("must not read the quoted speaker's own cue: %s", (text) => {
    expect(contents(text).filter((c) => c?.includes("road") || c?.includes("pier"))).toEqual([]);
  });
});
