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

describe("words that are no source", () => {
  it.each([
    { text: "Lee has won 758 delegates, according to a tally by the Herald, but his path to victory is narrowing.", content: "Lee has won 758 delegates", source: "a tally by the Herald", role: null, why: "a clause after 'but' is the reporter's" },
    { text: "Lee leads by 271 delegates, according to a count by the Courier, yet the senator vows to fight on.", content: "Lee leads by 271 delegates", source: "a count by the Courier", role: null, why: "a clause after 'yet' is the reporter's" },
    { text: "Lee leads by 271 delegates, according to a count by the Courier, while Reyes trails.", content: "Lee leads by 271 delegates, according to a count by the Courier, while Reyes trails", source: "a count by the Courier", role: null, why: "a joined clause the source vouches for too" },
    { text: "The levy will pass, according to Ann Lee, the council's chair.", content: "The levy will pass", source: "Ann Lee, the council's chair", role: "the council's chair", why: "an appositive stays the role" },
  ])("$why", ({ text, content, source, role }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.source).toBe(source);
    expect(hit!.role).toBe(role);
  });

  it.each([
    { text: "That’s the view of lawyers in the city, who were not surprised that the council balked, saying such a levy would have been bold.", content: "such a levy would have been bold", why: "'That’s' opens a copula clause" },
    { text: "It's a plan the mayor backs, saying the levy was bold.", content: "the levy was bold", why: "'It's' opens a copula clause" },
  ])("no name: $why", ({ text, content }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBeNull();
  });

  it.each([
    { text: "Even the timing of the debate led Republicans to say that Democrats were hiding the candidate.", content: "that Democrats were hiding the candidate", mention: "Republicans" },
    { text: "The ruling got him to tell reporters the bridge would close.", content: "the bridge would close", mention: "him" },
    { text: "He stood up to say the levy would pass.", content: "the levy would pass", mention: "He" },
  ])("the infinitive's own subject: $mention", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});

describe("a pronoun after a preposition closes a longer subject", () => {
  it.each([
    { text: "Those who voted for it say the levy is fair.", content: "the levy is fair", source: "Those who voted for it" },
    { text: "Several of those who worked on it said the levy would pass.", content: "the levy would pass", source: "Several of those who worked on it" },
    { text: "The slate is split, as several included on it told the Herald they were leaning toward Lee.", content: "they were leaning toward Lee", source: "several included on it" },
    { text: "People close to you say the levy is fair.", content: "the levy is fair", source: "People close to you" },
  ])("$source", ({ text, content, source }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.source).toBe(source);
  });

  it.each([
    { text: "Because of the flood it said the levy would pass.", content: "the levy would pass", source: "it", why: "no preposition right before the pronoun" },
    { text: "The mayor read the report and you said the levy would pass.", content: "the levy would pass", source: "you", why: "a pronoun after a verb's object stays the subject" },
  ])("keeps the pronoun: $why", ({ text, content, source }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.source).toBe(source);
  });
});

describe("a free relative is the account whole", () => {
  it.each([
    { text: "The gala raised about $200,000, about double what Lee said she anticipated.", content: "what Lee said she anticipated", mention: "Lee" },
    { text: "The gap between what Lee says her plan would do and how experts say it would work has endured all year.", content: "what Lee says her plan would do", mention: "Lee" },
    { text: "The gap between what Lee says her plan would do and how experts say it would work has endured all year.", content: "how experts say it would work", mention: "experts" },
    { text: "The gap between what Lee says her plan would do, and what it would actually do, began a year ago.", content: "what Lee says her plan would do", mention: "Lee" },
    { text: "That is what the mayor said the levy would cost.", content: "what the mayor said the levy would cost", mention: "the mayor" },
  ])("$content", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });

  it.each([
    { text: "He asked what the mayor said the levy would cost.", content: "the levy would cost", why: "after a verb of saying the question is the outer account's" },
    { text: "Lee explained how experts say the levy would work.", content: "the levy would work", why: "likewise after 'explained'" },
    { text: "Lee kept at it, no matter how many times people told him he could not win.", content: "he could not win", why: "'how many' asks a degree" },
  ])("not whole: $why", ({ text, content }) => {
    expect(found(text).map((f) => f.text)).toContain(content);
  });

  it("no account when no clause follows the cue", () => {
    expect(found("It is unclear what Lee said to the council.")).toEqual([]);
  });
});
