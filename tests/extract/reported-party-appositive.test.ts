import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import { extractQuotes } from "../../src/extract/index.js";
import { attributeQuotes } from "../../src/attribute/index.js";
import type { Span } from "../../src/model/index.js";

// "Senator Ann Lee, Republican of Ohio, said that …": the party and the state a member of Congress stands
// for (a newspaper's style for them) is the appositive, not the name; the name before it speaks, the
// appositive is the role. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const speakerOf = (text: string) => {
  const article = articleFromText(text);
  const q = attributeQuotes(article, extractQuotes(article).candidates).quotes.find((x) => x.kind === "indirect");
  return q ? { speaker: q.speaker, role: q.role } : null;
};
const contentOf = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => sl(c.span));
};

describe("reported speech: a party-of-state appositive after a name", () => {
  it.each([
    ["must: Republican of a two-word state", "Senator Ann Lee, Republican of South Dakota, said on Sunday that the port had crossed a line.", "Ann Lee", "Republican of South Dakota"],
    ["must: Democrat of a state", "Representative Tom Reyes, Democrat of Oregon, said the levy sent a terrible message to the harbor.", "Tom Reyes", "Democrat of Oregon"],
    ["must: an independent", "Senator Ada Lind, independent of Maine, said the bridge would stay open.", "Ada Lind", "independent of Maine"],
  ])("%s", (_name, text, speaker, role) => {
    expect(speakerOf(text)).toEqual({ speaker, role });
  });

  it.each([
    // must-not: a body named "… of …" with nothing before it speaks for itself
    ["must-not: an institution alone", "The Republican Party of Oregon said the levy sent a terrible message.", "The Republican Party of Oregon"],
    ["must-not: the party's state group as the only chunk", "Republicans of Oregon said the levy sent a terrible message.", "Republicans of Oregon"],
  ])("%s", (_name, text, speaker) => {
    expect(speakerOf(text)?.speaker).toBe(speaker);
  });

  it("keeps the reported words as they were", () => {
    expect(contentOf("Senator Ann Lee, Republican of South Dakota, said on Sunday that the port had crossed a line.")).toEqual(["that the port had crossed a line"]);
  });
});
