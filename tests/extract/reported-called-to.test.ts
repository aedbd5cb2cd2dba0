import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// "called to ban X", "has vocally called to reject the plan": "call" with an infinitive is a public demand, the same
// speech act as "called for a ban"; the infinitive is what was demanded. Not a noun ("his call to ban", "calls to
// ban"), a passive ("was called to testify"), a place ("called to the crowd") or a phone call to someone who
// then speaks ("called to say ...": the inner verb is the cue). Made-up sentences; none comes from PolNeAR or Palmyra.
const spans = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ content: sl(c.span), source: sl(c.sourceSpan), cue: sl(c.cueSpan) }));
};

describe("findReportedSpeech: 'called to' with an infinitive is a demand", () => {
  it.each([
    { text: "Most recently, the mayor called to ban trucks from the old bridge.", content: "to ban trucks from the old bridge", source: "the mayor" },
    { text: "The harbor chairman has vocally called to reject the plan as well.", content: "to reject the plan as well", source: "The harbor chairman" },
    { text: "Lena Vasquez called Tuesday to close the port until the spring.", content: "to close the port until the spring", source: "Lena Vasquez" },
  ])("must trigger: $text", ({ text, content, source }) => {
    const found = spans(text);
    expect(found.map((f) => f.content)).toContain(content);
    expect(found.find((f) => f.content === content)?.source).toBe(source);
  });
  it.each([
    "The mayor called to the crowd from the stage.",
    "The witness was called to testify before the council.",
    "His call to ban trucks drew criticism from the port.",
    "Calls to ban trucks grew louder after the crash.",
    "The clerk called to the harbor office twice on Monday.",
    "The old pier called to mind the storms of the last decade.",
    "Guard members, called to service by the governor, patrolled the port.",
    "The chair called to order the meeting of the harbor board.",
  ])("must not trigger: %s", (text) => {
    expect(spans(text).filter((f) => /^to /.test(f.content ?? ""))).toEqual([]);
  });
  it("ends the demand where a capitalised subordinator opens the next sentence after an abbreviation", () => {
    const found = spans("Most recently, the mayor called to ban trucks from the U.S. While the council has objected, the port agreed.");
    expect(found.map((f) => f.content)).toContain("to ban trucks from the U.S");
  });
  it("leaves a phone call's own speech verb to say what was said", () => {
    const found = spans("The mayor called to say the bridge would stay closed.");
    expect(found.map((f) => f.content)).not.toContain("to say the bridge would stay closed");
  });
});
