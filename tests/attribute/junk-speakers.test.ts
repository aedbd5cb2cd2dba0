import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences; none comes from PolNeAR or the Palmyra corpus. Words that are no speaker (a place, the
// second half of a role, a clause's verb, a time's possessor) must not be one; the person they belong to is.
describe("a place before 'who' is where the person is from, not who speaks", () => {
  it.each([
    ["must: name, age, 'from Town,' who", "The polls are open. Nina Ford, 24, from Riverton, who said the mayor was best suited to fix the roads, voted early.", { speaker: "Nina Ford" }],
    ["must: name, 'from a big city,' who", "Tom Reyes, from Chicago, who said the levy would fail, voted no.", { speaker: "Tom Reyes" }],
    ["must: role ending 'in <City>' then 'who' with no comma", "Ann Lee, 32, a former aide to the mayor's campaign in Boston who said she planned to march, left early.", { speaker: "Ann Lee" }],
    ["must-not: a person after 'from' is the antecedent", "The note came from Ann Lee, who said the bridge was safe.", { speaker: "Ann Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "indirect")[0]).toMatchObject(want);
  });
});

describe("the subject before 'said' is no fragment of it", () => {
  it.each([
    ["must: a possessive role joined by 'and'", "Ann Lee, Reyes's director of roads and public engagement, said the bridge would close.", { speaker: "Ann Lee" }],
    ["must: a zero relative after the noun", "A clerk she spoke to on the phone said that the file was lost.", { speaker: "A clerk" }],
    ["must: a zero relative whose verb ends it", "In the end the voters they polled said the levy was fair.", { speaker: "the voters" }],
    ["must: a zero relative with a time word", "The clerk she met last week said the file was lost.", { speaker: "The clerk" }],
    ["must: 'this week's' inside the subject", "But many Lee supporters who came to Dayton to protest this week's vote say they will back Reyes.", { speaker: "many Lee supporters" }],
    ["must-not: a pronoun subject after a noun stays", "The mayor told voters he said the levy would pass.", { speaker: "The mayor" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "indirect")[0]).toMatchObject(want);
  });
});

describe("a clause with a subject of its own after the verb is no zero relative", () => {
  it("must-not: 'voters he thinks many experts say' is the experts' account, not the voters' nor 'thinks'", () => {
    const speakers = quotesOf("The mayor told the voters he thinks many experts say the levy is fair.", "indirect").map((q) => q.speaker);
    expect(speakers).toContain("many experts");
    expect(speakers).not.toContain("the voters");
    expect(speakers).not.toContain("thinks many experts");
  });
});

describe("a role noun before a name makes a person, not a body", () => {
  it.each([
    ["must: 'The scholar' and a name", "The scholar Ann Lee said the treaty was void.", { speaker: "Ann Lee", speakerType: "person" }],
    ["must: 'the scholar' named after the quote", "“It is void,” said the scholar Tom Reyes.", { speaker: "Tom Reyes", speakerType: "person" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    const q = quotesOf(text, "indirect")[0] ?? quotesOf(text, "direct")[0];
    expect(q).toMatchObject(want);
  });
});

describe("a hyphen with a space before it and a capital after it opens an aside", () => {
  it.each([
    ["must: the name after ' -' is the source", "Her plan at this month's debate in Dayton -Mayor Ann Lee said she would sign such a bill- is a flashpoint.", "Mayor Ann Lee"],
    ["must-not: a word's own hyphen stays", "The Ohio-based group said the levy would fail.", "The Ohio-based group"],
  ])("%s", (_name, text, mention) => {
    const a = articleFromText(text);
    const mentions = findReportedSpeech(a).candidates.map((c) => (c.mentionSpan ? a.text.slice(c.mentionSpan.start, c.mentionSpan.end) : null));
    expect(mentions).toContain(mention);
  });
});

describe("a stretch that opens with a finite speech verb is no subject", () => {
  it.each([
    ["must-not: the verb after an aside's closing dash", 'A spokesman for the brand - a small firm pitched as "the best place for women who work" - noted that the company offers paid leave.', "noted"],
  ])("%s", (_name, text, junk) => {
    expect(quotesOf(text, "direct").map((q) => q.speaker)).not.toContain(junk);
  });
  it.each([
    ["must: a name before the verb still speaks", "Ann Lee noted that the plant was “a disaster for the town.”", "Ann Lee"],
    ["must: a quote then the subject and verb", "“It is over,” the mayor noted.", "the mayor"],
  ])("%s", (_name, text, speaker) => {
    expect(quotesOf(text, "direct")[0]?.speaker?.toLowerCase()).toBe(speaker.toLowerCase());
  });
});

describe("the antecedent of a reported 'who' is a noun phrase, no verb or list before it", () => {
  it.each([
    ["must: 'X and those who said' is those", "Those who said jobs were their top issue split evenly, while those whose top issue was health care tended to support Lee and those who said taxes were most important tended to support Reyes.", "those"],
    ["must-not: a list of people before 'who' stays whole", "The move was praised by some analysts and activists who said the vote was fair.", "some analysts and activists"],
    ["must: 'both X and Y who' is one phrase", "The new survey takes into account both Republicans and independent voters who said they would vote in May.", "both Republicans and independent voters"],
  ])("%s", (_name, text, speaker) => {
    expect(quotesOf(text, "indirect").map((q) => q.speaker)).toContain(speaker);
  });
  it.each([
    ["must: 'familiar with the X, who' is the person's", "“It was a bad deal,” said one lawyer familiar with the talks, who added that the port was “rattled” by the vote.", "one lawyer"],
  ])("%s", (_name, text, speaker) => {
    expect(quotesOf(text, "direct").map((q) => q.speaker)).toContain(speaker);
  });
});
