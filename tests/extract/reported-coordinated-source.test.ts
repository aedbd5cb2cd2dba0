import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A verb of saying joined to the verbs before it ("... and cast doubt on A, suggested B", "... likely to say A and to
// say B") shares their subject; the second verb phrase or the infinitive's marker is no source. Made-up sentences;
// none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan), source: sl(c.sourceSpan), role: sl(c.roleSpan) }));
};

describe("coordinated predicates: the sentence's subject speaks", () => {
  it.each([
    { text: "The mayor praised the budget and cast doubt on the audit, suggested that the numbers were wrong.", content: "that the numbers were wrong", mention: "The mayor" },
    { text: "The mayor praised the budget and visited the farm, suggested that the numbers were wrong.", content: "that the numbers were wrong", mention: "The mayor" },
    { text: "Ann Lee thanked her staff but cut the levy, argued that the town could not pay.", content: "that the town could not pay", mention: "Ann Lee" },
    { text: "Farmers are more likely to say the tax is too high than too low and to say the opposite about the fee.", content: "the opposite about the fee", mention: "Farmers" },
    { text: "Most residents back the levy, though farmers are more likely to say the tax is too high and to say the opposite about the fee.", content: "the opposite about the fee", mention: "farmers" },
  ])("$mention: $text", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });

  it.each([
    { text: "The farmers and ranchers, suggested that the numbers were wrong.", mention: "ranchers", why: "a noun after 'and' is no verb phrase" },
    { text: "Lee praised the budget, and the council, which met Monday, said the levy would pass.", mention: "the council", why: "a subject of its own after 'and'" },
  ])("keeps the walk's subject: $why", ({ text, mention }) => {
    expect(found(text).map((f) => f.mention)).toContain(mention);
  });
});

describe("a description before the name is the source's role", () => {
  it.each([
    { text: "Another council member, Ann Lee, said the levy would pass.", source: "Another council member, Ann Lee,", role: "Another council member" },
    { text: "A superdelegate, Ann Lee of Dayton, Ohio, explained that the levy was fair.", source: "A superdelegate, Ann Lee of Dayton, Ohio,", role: "A superdelegate" },
    { text: "Another superdelegate, Tom Reyes of Fresno, Calif., said the levy was fair.", source: "Another superdelegate, Tom Reyes of Fresno, Calif.,", role: "Another superdelegate" },
  ])("$source", ({ text, source, role }) => {
    const hit = found(text)[0];
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.source).toBe(source);
    expect(hit!.role).toBe(role);
  });

  it.each([
    { text: "In Dayton, Ohio, Ann Lee said the levy was fair.", source: "Ann Lee", why: "a fronted place is no description" },
    { text: "After another debate, Ann Lee said the levy was fair.", source: "Ann Lee", why: "'another' inside a fronted phrase" },
  ])("leaves it out: $why", ({ text, source }) => {
    expect(found(text).map((f) => f.source)).toContain(source);
  });
});
