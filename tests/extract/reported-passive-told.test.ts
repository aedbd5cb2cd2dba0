import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "had been told that she would lose", "was told by two engineers that the bridge was unsafe": a passive "told" with a
// that-clause reports what someone said to the subject; the teller is unnamed (no source) or the agent after "by".
// The subject is the listener, never the source. Inside another account ("She said she was told that …") the outer
// content stays whole. Made-up sentences; none comes from PolNeAR or Palmyra.
const spans = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ content: sl(c.span), source: sl(c.sourceSpan) }));
};

describe("findReportedSpeech: a passive 'told' with a that-clause", () => {
  it.each([
    { text: "The mayor had been told just before the vote that she would lose narrowly.", content: "that she would lose narrowly", source: undefined },
    { text: "The harbor office was told that the cranes were ready to move.", content: "that the cranes were ready to move", source: undefined },
    { text: "The council was told by two engineers that the bridge was unsafe.", content: "that the bridge was unsafe", source: "two engineers" },
  ])("must trigger: $text", ({ text, content, source }) => {
    const found = spans(text);
    expect(found.map((f) => f.content)).toContain(content);
    expect(found.find((f) => f.content === content)?.source).toBe(source);
  });
  it.each([
    "The clerk was told to leave the hall before noon.",
    "The pilot was told that story by his father every night.",
    "The clerk was told nothing about the vote.",
    "The clerk was never told that the vote had failed.",
  ])("must not trigger: %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
  it("leaves a later verb's that-clause to that verb", () => {
    const found = spans("The board was told the vote would wait and announced that the bids would reopen.");
    expect(found).toEqual([{ content: "that the bids would reopen", source: "The board" }]);
  });
  it("keeps the outer account whole when the passive sits inside it", () => {
    const found = spans("The mayor said she was told that the bridge was safe.");
    expect(found.map((f) => f.content)).toEqual(["she was told that the bridge was safe"]);
  });
});
