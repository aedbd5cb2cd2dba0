import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// Subjects that the walks used to cut short or take from the wrong words: a role phrase with its name in
// apposition, a quantity with its "of" phrase, a head before a relative clause, a noun after a possessive, an
// appositive that a relative clause ends, and a phrase after "that’s"/"it's". Made-up sentences; none comes from
// PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan), role: sl(c.roleSpan), source: sl(c.sourceSpan) }));
};

describe("sentenceSubject: a role phrase with a name in apposition", () => {
  it.each([
    {
      text: "Norway's centre-left Labour Party leader, Ann Bergstrom, praised the port plan on Monday, saying the harbour would reopen in May.",
      content: "the harbour would reopen in May", mention: "Ann Bergstrom", role: "Norway's centre-left Labour Party leader",
    },
    {
      text: "The co-op's chief executive, Tom Reyes, wrote to members on Friday, saying the mill would stay open.",
      content: "the mill would stay open", mention: "Tom Reyes", role: "The co-op's chief executive",
    },
    {
      text: "One of the farmers, Jo Park, 61, had planted corn for decades and said she was sure the dam would fail.",
      content: "she was sure the dam would fail", mention: "Jo Park", role: "One of the farmers",
    },
  ])("the name: $mention", ({ text, content, mention, role }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
    expect(hit!.role).toBe(role);
  });

  it.each([
    {
      text: "Other Democratic lawmakers, including Ann Lee and Tom Reyes, have joined the protest, saying the price was unfair.",
      content: "the price was unfair", mention: "Other Democratic lawmakers", why: "an example list after 'including' is no name in apposition",
    },
    {
      text: "Lee met farmers, Tom Reyes and Jo Park, on Monday, saying the levy was fair.",
      content: "the levy was fair", mention: "Lee", why: "the object's appositive, after the verb",
    },
    {
      text: "Mayor Ann Lee, a former teacher, spoke on Monday, saying the levy was fair.",
      content: "the levy was fair", mention: "Mayor Ann Lee", why: "the name comes first; the appositive is a description",
    },
  ])("not the appositive: $why", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});

describe("sentenceSubject: the head noun of the phrase", () => {
  it.each([
    {
      text: "Nordic fishing leaders who have long opposed the quota have backed the new plan, warning that the stocks would collapse.",
      content: "that the stocks would collapse", mention: "Nordic fishing leaders", why: "the head before a relative clause",
    },
    {
      text: "Soon after the sale, the families of the bakery's founders had organised, warning that the deal would close the shop.",
      content: "that the deal would close the shop", mention: "the families of the bakery's founders", why: "a plural noun after a possessive is no verb",
    },
    {
      text: "Some of the growers marched to the capitol on Monday and said they would not sell at that price.",
      content: "they would not sell at that price", mention: "Some of the growers", why: "a quantity with its 'of' phrase",
    },
  ])("$why", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });

  it.each([
    { text: "The head of the agency says the levy would pass.", content: "the levy would pass", mention: "The head of the agency", why: "a verb in -s after the 'of' phrase stays the verb" },
    { text: "Lee met nurses who struck, saying the ward was unsafe.", content: "the ward was unsafe", mention: "Lee", why: "a verb before the noun: its object's relative clause" },
  ])("left as it was: $why", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});

describe("subjectBefore: an appositive that a relative clause ends", () => {
  it.each([
    {
      text: "Ann Lee, a 20-year veteran of the port authority who retired as harbour master in 2014, said the pier was unsafe.",
      content: "the pier was unsafe", mention: "Ann Lee", role: "a 20-year veteran of the port authority who retired as harbour master in 2014",
    },
    {
      text: "Mr. Reyes, a farmer who described himself as a lifelong Democrat, said he would vote for the levy.",
      content: "he would vote for the levy", mention: "Mr. Reyes", role: "a farmer who described himself as a lifelong Democrat",
    },
  ])("the name: $mention", ({ text, content, mention, role }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
    expect(hit!.role).toBe(role);
  });

  it.each([
    { text: "After the vote, a farmer who grows corn said the levy was unfair.", content: "the levy was unfair", mention: "a farmer", why: "no comma closes an appositive" },
    { text: "The mayor, who grows corn, said the levy was unfair.", content: "the levy was unfair", mention: "The mayor", why: "a relative clause with no article is the other walk's" },
  ])("left to the other walks: $why", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});

describe("walkNP: a phrase after a pronoun with “’s” is no subject", () => {
  it.each([
    { text: "That’s the lesson from newly filed county budget reports that show a deficit in the harbour fund.", why: "'reports' is a noun; the phrase is the complement of 'is'" },
    { text: "It's a small part of the $3 million planners say it costs to dredge the harbour.", why: "no speaker 'it's a small part of ...'" },
  ])("no junk source: $why", ({ text }) => {
    for (const f of found(text)) expect(f.mention ?? "").not.toMatch(/^(?:That|It)?[’']s\b|^[’']s/);
  });

  it.each([
    { text: "Planners say it costs $3 million to dredge the harbour.", content: "it costs $3 million to dredge the harbour", mention: "Planners" },
    { text: "The mayor said that’s the lesson of the vote.", content: "that’s the lesson of the vote", mention: "The mayor" },
  ])("a subject elsewhere stays: $mention", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});

describe("participle: an attribution set off by commas before it speaks it", () => {
  it.each([
    { text: "The bridge will close in May, Lee said, adding that the repairs would take a year.", mention: "Lee" },
    { text: "The ferry ran late all week, a harbour official said, noting that two crews were ill.", mention: "a harbour official" },
    { text: "The bridge will close in May, said Ann Lee, adding that the repairs would take a year.", mention: "Ann Lee" },
    { text: "The mayor closed the bridge in the spring, Lee and Park said, adding that the repairs would take a year.", mention: "Lee and Park" },
  ])("$mention", ({ text, mention }) => {
    const hit = found(text).find((f) => f.text?.startsWith("that "));
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });

  it.each([
    { text: "Lee said the bridge would close in May, adding that the repairs would take a year.", mention: "Lee", why: "the verb's content stands between: the sentence's subject" },
    { text: "The mayor closed the bridge, citing the cracks, adding that the repairs would take a year.", mention: "The mayor", why: "no speech verb before the comma" },
  ])("the sentence's subject: $why", ({ text, mention }) => {
    const hit = found(text).find((f) => f.text === "that the repairs would take a year");
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});

describe("verb-then-content: a walk that took a verb phrase gives way to the sentence's first chunk", () => {
  it.each([
    {
      text: "Reyes, whose schooling was paid for by the navy because he served on a frigate for six years, said he would like to see more cadets.",
      content: "he would like to see more cadets", mention: "Reyes",
    },
  ])("$mention", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });

  it.each([
    { text: "Hacking specialists say the attack was routine.", content: "the attack was routine", mention: "Hacking specialists", why: "a form in -ing opens a noun phrase" },
    { text: "Many of the ranchers, worried about the drought, said the levy was unfair.", content: "the levy was unfair", mention: "Many of the ranchers", why: "a quantity opens the phrase" },
  ])("left: $why", ({ text, content, mention }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});

describe("long asides and fronted phrases", () => {
  it("a who-clause of 30 tokens before the verb is skipped to the name", () => {
    const text = "Dr. Ann Lee, who as a Navy captain was the chief harbour physician in the long administration of former Mayor Tom Reyes and later retired from the service as a rear admiral, said that the clinic had hidden the records.";
    const hit = found(text).find((f) => f.text === "that the clinic had hidden the records");
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe("Dr. Ann Lee");
  });

  it("a participle gets no lone preposition for a source", () => {
    const text = "In his 2004 book, ''Grow Your Own Savings,'' Mr. Reyes urged thrift, asking readers to skip one coffee a week.";
    const hit = found(text).find((f) => f.text?.startsWith("readers to skip"));
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).not.toBe("In");
  });
});
