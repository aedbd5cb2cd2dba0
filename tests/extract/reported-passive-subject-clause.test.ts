import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "The breach had been reported in May and lawmakers named a suspect", "Her support was first noted when she spoke at the
// fair": a passive report of a thing ('was reported', 'was announced') whose clause goes on after the verb and its time or
// medium phrases with a conjunction, a subordinator or a comma: the subject is still the thing reported, as at the
// sentence's end. Before, the rule took the subject only at the end or before a by-phrase. Made-up sentences; none comes
// from PolNeAR or Palmyra.
const spans = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ content: sl(c.span), rule: c.ruleId }));
};

describe("findReportedSpeech: a passive report whose clause goes on", () => {
  it.each([
    { text: "The breach of the county servers had been reported in May and some lawmakers had named a suspect.", content: "The breach of the county servers" },
    { text: "The mayor’s support for the harbor plan was first noted when she spoke at the fair.", content: "The mayor’s support for the harbor plan" },
    { text: "The new harbor budget was announced on Tuesday, and the council met at noon.", content: "The new harbor budget" },
    { text: "The closure of the mill was confirmed, leaving two hundred workers without jobs.", content: "The closure of the mill" },
    { text: "The sale of the ferry line was announced in a statement but no buyer was named.", content: "The sale of the ferry line" },
    // "the day the deal was announced": the time noun's zero relative; the thing reported starts after it.
    { text: "On May 18, the day the harbor deal was announced, the mill was sold.", content: "the harbor deal" },
  ])("must trigger: $text", ({ text, content }) => {
    expect(spans(text)).toContainEqual({ content, rule: "reported/passive-subject" });
  });
  it.each([
    // What goes on after the verb is its object or complement, not a new clause: no report of a thing.
    "The new harbor budget was announced to cheers from the crowd.",
    "The old ferry was reported missing and the coast guard searched all night.",
    "The county budget was noted for its length when the council met.",
    // Negated: nothing was made public.
    "The sale of the ferry line was never announced, and no buyer came forward.",
    "No formal deal between the towns was announced, and the talks went on.",
    // A relative pronoun alone is no content.
    "The council held a vote, which was announced on Tuesday and drew a crowd.",
  ])("must not trigger: %s", (text) => {
    expect(spans(text).filter((f) => f.rule === "reported/passive-subject")).toEqual([]);
  });
});
