import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "A, said a handful of officials who ...": an inverted source whose short head carries a relative clause may run
// longer than a bare common noun's; the content is what stands before the comma, the head the mention. Made-up
// sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ rule: c.ruleId, text: sl(c.span), mention: sl(c.mentionSpan) }));
};

describe("reported/said-inverted: a source with a relative clause", () => {
  it.each([
    {
      text: "Guarding that harbor is plainly the navy's job, said a handful of captains who point to its long record of patrols along the coast and its ability to work with the fishing fleets in bad weather.",
      content: "Guarding that harbor is plainly the navy's job",
      mention: "a handful of captains",
    },
    {
      text: "The pier will close in May, said several port officials who spoke on condition of anonymity because they were not authorized to discuss the plan with reporters before the vote.",
      content: "The pier will close in May",
      mention: "several port officials",
    },
  ])("must trigger: $text", ({ text, content, mention }) => {
    expect(found(text)).toEqual([{ rule: "reported/said-inverted", text: content, mention }]);
  });
  it.each([
    // No relative word after the head: a long common-noun tail stays over the limit, so no inverted source is read.
    "The pier will close in May, said a handful of captains in long coats and heavy boots standing along the wet harbor wall near the old fish market on the south side of town.",
  ])("must not read an inverted source: %s", (text) => {
    expect(found(text).filter((f) => f.rule === "reported/said-inverted")).toEqual([]);
  });
});
