import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A title-case headline "X Just Said Something Unexpected About Y": the noun phrase opened by "Something" or "Nothing" is
// the thing said (PolNeAR files it), though in running text those words open no content by themselves. Made-up
// headlines; none comes from PolNeAR or the Palmyra corpus.
const BODY = "\n\nThe council met on Monday to discuss the budget for the coming year.\n";
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan), rule: c.ruleId }));
};

describe("reported speech: 'Said Something …' in a title-case headline", () => {
  it.each([
    { text: `Wow: Harbor Mayor Just Said Something Strange About The Bridge – You Will Laugh.${BODY}`, content: "Something Strange About The Bridge", mention: "Harbor Mayor" },
    { text: `Harbor Mayor Says Nothing New On Bridge Repairs As Costs Rise.${BODY}`, content: "Nothing New On Bridge Repairs", mention: "Harbor Mayor" },
  ])("must read the thing said: $content", ({ text, content, mention }) => {
    expect(found(text)).toContainEqual({ text: content, mention, rule: "reported/headline" });
  });
  it.each([
    { text: `The mayor said something about the bridge on Monday.${BODY}`, why: "running text: no headline" },
    { text: `Harbor Mayor Says To Expect Delays On The Bridge.${BODY}`, why: "a preposition after the verb still opens no content" },
    { text: `Says nothing about the bridge, critics note.${BODY}`, why: "a headline verb opening the line: the old rule stands" },
  ])("must not read a headline thing: $why", ({ text }) => {
    expect(found(text).filter((f) => f.rule === "reported/headline" && /^(?:something|nothing)/i.test(f.text ?? ""))).toEqual([]);
  });
});
