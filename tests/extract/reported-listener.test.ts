import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// The listener after "told" when it is lower-case words alone (src/extract/reported-listener.ts, listenerTail).
// Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), to: sl(c.toSpan) }));
};

describe("findReportedSpeech: a lower-case listener before a time phrase is the listener, not the content", () => {
  it.each([
    { text: "Ann Lee told federal investigators in July she was advised to use a private account.", content: "she was advised to use a private account", to: "federal investigators" },
    { text: "The mayor told city officials on Monday he would veto the levy.", content: "he would veto the levy", to: "city officials" },
    { text: "Bo Diaz told state police officers last week they had the wrong man.", content: "they had the wrong man", to: "state police officers" },
  ])("must: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
  // Unchanged: a lower-case word that names no listener, or a verb after the nouns (they are the content's subject).
  it.each([
    { text: "Ann Lee told police officials were wrong about the pier.", content: "officials were wrong about the pier", to: "police" },
    { text: "Ann Lee told federal investigators she was advised to use a private account.", content: "she was advised to use a private account", to: "federal investigators" },
    { text: "Ann Lee told police officials that she did not want the escort.", content: "that she did not want the escort", to: "police officials" },
  ])("must not change: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
});
