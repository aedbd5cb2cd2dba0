import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a quote inside a relative clause is the words of the pronoun's antecedent.
describe("a quote inside a relative clause", () => {
  it.each([
    ["must: a name before 'who', no comma", "Bram Dee contrasted that with Nadia Orsk who is looking to bring “people together to fix the pier.”", { speaker: "Nadia Orsk", mention: "who" }],
    ["must: the clause holds the speech verb", "Later, Bram Dee praised the preacher Tom Reyes, who has publicly vowed not to buy cookies because of the group’s “support of the new rules.”", { speaker: "Tom Reyes", mention: "who" }],
    ["must: an organisation before 'which'", "Tom Reyes was profiled in the Harbor Gazette, which ran a long article on him naming him the “angry voice of the docks.”", { mention: "which" }],
    ["must: a relative pronoun is the subject of the cue verb before the quote", "Any decision would involve Attorney General Ann Lind, who told the council last month: “That matter is handled by agents.”", { speaker: "Ann Lind", mention: "who" }],
    ["must-not: a description before 'who' may be a predicate", "Ada Lind portrayed him as a generous business owner who would be “the champion of the docks.”", { speaker: "Ada Lind" }],
    ["must-not: a comma closes the relative clause before the quote", "Bram Dee, who ran the port for years, called the plan “a disgrace to the town.”", { speaker: "Bram Dee" }],
    // A plural person noun after "whose" is the speaker as written, whatever the noun ("attorneys" was missing from the person nouns).
    ["must: 'whose attorneys said'", "The ruling came against Ann Lee, whose attorneys said, “We will appeal this decision.”", { mention: "whose attorneys" }],
    ["must: 'whose lawyers said'", "The ruling came against Bo Diaz, whose lawyers said, “We will appeal this decision.”", { mention: "whose lawyers" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: reported speech whose source is a relative pronoun after a verb's object.
describe("reported speech by a relative pronoun after a verb's object", () => {
  const reported = (text: string): Quote[] => quotesOf(text, "indirect");
  it.each([
    ["must: a participle before the antecedent", "The mayor spoke on the radio, echoing some local commentators who have suggested that the levy is too high.", { speaker: "some local commentators", mention: "who" }],
    ["must: a participle after a closing mark", "The mayor spoke about the levy on “Morning Radio,” echoing some local commentators who have suggested that it is too high.", { speaker: "some local commentators", mention: "who" }],
    ["must: a past verb before the antecedent", "The mayor praised several harbor pilots who said that the channel was too shallow.", { speaker: "several harbor pilots", mention: "who" }],
    ["must-not: a participle used as an adjective stays", "The board heard from retired teachers who said that the school was too small.", { speaker: "retired teachers", mention: "who" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(reported(text)[0]).toMatchObject(want);
  });
  it.each([
    ["a participle inside the noun phrase modifies the noun before it", "Most of the money went to local groups backing the mayor, which reported that spending rose.", "the mayor"],
    ["a hyphenated participle is an adjective", "The ads portray the mayor as a flip-flopping politician who will say whatever sells.", "politician"],
  ])("must-not: %s", (_name, text, notSpeaker) => {
    expect(reported(text)[0]?.speaker).not.toBe(notSpeaker);
  });
  it("direct quotes keep their own rows: what a banner reads is the banner's (attribution/sign-reads)", () => {
    expect(quotesOf("Protesters held a banner that read “Save the pier.”", "direct")[0]).toMatchObject({ speaker: "a banner", ruleId: "attribution/sign-reads" });
  });
});

// Made-up sentences: "wore" is a past verb, and a slogan on what someone wore is the thing's, as a
// banner's is (attribution/sign-reads), not "X wore a hat that" nor the wearer's.
describe("a slogan on something worn", () => {
  it.each([
    ["must: a hat that read", "Ada Lind wore a hat that read “Vote Lind Now” at the rally on Monday.", "a hat"],
    ["must: a campaign hat reading", "Ada Lind and Tom Reyes wore a Lind campaign hat reading, “Vote Lind Now” on Monday night.", "a Lind campaign hat"],
  ])("%s", (_name, text, speaker) => {
    expect(direct(text)[0]?.speaker).toBe(speaker);
  });
  it("must-not: no speaker takes the verb and the object", () => {
    for (const q of direct("Ada Lind wore a hat that read “Vote Lind Now” at the rally.")) expect(q.speaker ?? "").not.toMatch(/\bwore\b/);
  });
  it("must-not: a capitalised Wore is a name, not the verb", () => {
    expect(direct("Ann Wore said the sign that read “Vote Lind Now” was hers.")[0]?.speaker ?? null).not.toBe("the sign");
  });
});

// Made-up sentences: a phrase of manner after a name ("Lind on camera, who") is no part of the
// relative pronoun's antecedent; the agent of a passive ("by a message that said") still is.
describe("a relative pronoun after a name and a phrase of manner", () => {
  it.each([
    ["must: 'on camera' after the name", "The march began. “Go to the pier,” Tom Reyes says to Ada Lind on camera, who responds enthusiastically: “Okay!”", "Okay!", { speaker: "Ada Lind", mention: "who" }],
    ["must-not: a determiner makes it a noun phrase of its own", "The listing was replaced Thursday by a message that said, “The item is gone.”", "The item is gone.", { speaker: "a message" }],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});

// Made-up sentences: "the man on the bus, who said …" — a thing in a place after a person noun is where
// the person was; the relative pronoun is the person's.
describe("a relative pronoun after a person in a place or a body", () => {
  const reported = (text: string): Quote[] => quotesOf(text, "indirect");
  it.each([
    ["must: a person on a thing", "The man on the bus, who said he was a teacher, added that nobody came.", "he was a teacher", "The man on the bus"],
    ["must: a person at a thing", "A woman at the gate, who said she had come from Leeds, waited.", "she had come from Leeds", "A woman at the gate"],
    ["must: a person in a gathering", "A woman in the crowd, who said she was a nurse, waited.", "she was a nurse", "A woman in the crowd"],
    ["must: a name of a body", "Ada Lind of the council, who said the pier was safe, left.", "the pier was safe", "Ada Lind"],
    ["must-not: a person after the preposition is the antecedent", "The mother of the boy, who said he was hungry, waited.", "he was hungry", "the boy"],
  ])("%s", (_name, text, content, speaker) => {
    expect(reported(text).find((q) => q.text === content)?.speaker).toBe(speaker);
  });
  it("must-not: 'that' after a thing a person wears is the thing's", () => {
    expect(quotesOf("Those turned away included a man in a shirt that read “Vote Lind Now” and two students.", "direct")[0]?.speaker ?? null).not.toBe("a man in a shirt");
  });
});

// Made-up sentences: reported speech whose source is "who" after a name that a verb phrase with a
// preposition stands before ("went against", "came from"): relativeSource reads the whole stretch as
// the antecedent and finds none, so the name right before the comma is it (nameBeforeRelative).
describe("reported speech by 'who' after a name that ends a verb phrase", () => {
  const reported = (text: string): Quote[] => quotesOf(text, "indirect");
  it.each([
    ["must: 'went against X, who said'", "The ruling went against Bo Diaz, who said the court was wrong.", "Bo Diaz"],
    ["must: 'praised X, who said'", "The mayor praised Ann Lee, who said the pier was safe.", "Ann Lee"],
    ["must: 'turned against X, who said'", "Voters turned against Tom Reyes, who said the levy was fair.", "Tom Reyes"],
  ])("%s", (_name, text, speaker) => {
    expect(reported(text)[0]).toMatchObject({ speaker, mention: "who" });
  });
  it("must-not: a name inside a dash aside is no antecedent of the 'who' after it", () => {
    expect(reported("The mayor pushed back against critics — like council member Tom Reyes — who say the pier is unsafe.")[0]?.speaker ?? null).not.toBe("Tom Reyes");
  });
  it("must-not: a description's noun stays a description ('the mayor praised the crews, who said')", () => {
    expect(reported("The mayor praised the harbor crews, who said the pier was safe.")[0]).toMatchObject({ speaker: "the harbor crews", mention: "who" });
  });
});
