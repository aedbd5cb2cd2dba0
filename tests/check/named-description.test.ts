import { describe, expect, it } from "vitest";
import { ruleNamed } from "../../src/check/registry.js";
import { makeReport, type QuoteSpec } from "./report-fixture.js";

/** anonymous-source on one article: the speakers it reports as unnamed. */
const unnamed = (text: string, quotes: QuoteSpec[]) =>
  ruleNamed("anonymous-source")!
    .run({ report: makeReport({ articles: [{ id: "a", text }], quotes }) })
    .map((h) => h.quoteId);
const anon = (id: string, words: string, speaker: string): QuoteSpec => ({ id, article: "a", text: words, speaker, speakerType: "anonymous" });
const named = (id: string, words: string, speaker: string, role: string | null = null): QuoteSpec => ({ id, article: "a", text: words, speaker, role });

describe("anonymous-source: a description that stands for one person the article names is no unnamed source", () => {
  it.each([
    {
      name: "must-not: a title the article writes before the name",
      text: "President Mara Lind spoke at the dam. “We will rebuild,” the president said.",
      quotes: [anon("q", "We will rebuild,", "the president")],
      found: [],
    },
    {
      name: "must-not: a possessive description written before the name",
      text: "His brother Alastair Osman spoke. “He was a new dad,” his brother said.",
      quotes: [anon("q", "He was a new dad,", "his brother")],
      found: [],
    },
    {
      name: "must-not: a quoted person's role",
      text: "“Taxes must rise,” said Ward Buffet, a billionaire investor. “Soon,” the billionaire investor added.",
      quotes: [named("n", "Taxes must rise,", "Ward Buffet", "a billionaire investor"), anon("q", "Soon,", "the billionaire investor")],
      found: [],
    },
    {
      name: "must: an indefinite description, though another bearer is named",
      text: "Spokesman Ole Berg spoke first. “No comment,” a spokesman said.",
      quotes: [anon("q", "No comment,", "a spokesman")],
      found: ["q"],
    },
    {
      name: "must: a description that fits two named people",
      text: "President Mara Lind met President Ivo Sand. “We agree,” the president said.",
      quotes: [anon("q", "We agree,", "the president")],
      found: ["q"],
    },
    {
      name: "must: another title ending in the same word (Vice President)",
      text: "Vice President Ivo Sand spoke. “We agree,” the president said.",
      quotes: [anon("q", "We agree,", "the president")],
      found: ["q"],
    },
    {
      name: "must: the description brought in unnamed before the quote",
      text: "A plant executive told workers the news; Executive Dana Moor was away. “Please quiet down,” the executive said.",
      quotes: [anon("q", "Please quiet down,", "the executive")],
      found: ["q"],
    },
    {
      name: "must: a possessive that is not the text's",
      text: "Her friend Lea Moss spoke. “He loved to fly,” his friend said.",
      quotes: [anon("q", "He loved to fly,", "his friend")],
      found: ["q"],
    },
  ])("$name", ({ text, quotes, found }) => {
    expect(unnamed(text, quotes)).toEqual(found);
  });
});

describe("anonymous-source: a definite description nothing brought in unnamed is a second name for someone the article names", () => {
  const cole = named("n", "We will win in Ames,", "Ben Cole");
  it.each([
    {
      name: "must-not: “the retired neurosurgeon” in a story that quotes Ben Cole",
      text: "“We will win in Ames,” Ben Cole said on Monday. Later the retired neurosurgeon told reporters: “The polls are wrong.”",
      quotes: [cole, anon("q", "The polls are wrong.", "the retired neurosurgeon")],
      found: [],
    },
    {
      name: "must: the same description where the story quotes no one by full name",
      text: "Later the retired neurosurgeon told reporters: “The polls are wrong.”",
      quotes: [anon("q", "The polls are wrong.", "the retired neurosurgeon")],
      found: ["q"],
    },
    {
      name: "must: a feature that says it keeps its soldier unnamed, however late",
      text: "The soldier had served in the town for years. “We will win in Ames,” Ben Cole said. “They were everywhere,” the soldier said. The soldier asked not to be further identified.",
      quotes: [cole, anon("q", "They were everywhere,", "the soldier")],
      found: ["q"],
    },
    {
      name: "must: a spokesman, a woman, a source: heads stories give unnamed people with “the” too",
      text: "“We will win in Ames,” Ben Cole said. “We will work with anyone,” the prime minister’s spokesman said. “Should we believe them?” the woman said.",
      quotes: [cole, anon("q1", "We will work with anyone,", "the prime minister’s spokesman"), anon("q2", "Should we believe them?", "the woman")],
      found: ["q1", "q2"],
    },
    {
      name: "must: a name the story gives for the unnamed (“known as Bob”)",
      text: "“We will win in Ames,” Ben Cole said. “There never was an order,” said the base chief known as Bob.",
      quotes: [cole, anon("q", "There never was an order,", "the base chief known as Bob")],
      found: ["q"],
    },
  ])("$name", ({ text, quotes, found }) => {
    expect(unnamed(text, quotes)).toEqual(found);
  });
});

/** A quote credited to `speaker`, its mention the first `mention` written before the words (mentionSpan set). */
const creditedAt = (id: string, text: string, words: string, speaker: string, mention: string): QuoteSpec => {
  const start = text.lastIndexOf(mention, text.indexOf(words));
  return { ...anon(id, words, speaker), mention, mentionSpan: { start, end: start + mention.length } };
};

describe("anonymous-source: a description credited without the “the” its article writes before it", () => {
  const cole = named("n", "We will win in Ames,", "Ben Cole");
  const opening = "“We will win in Ames,” Ben Cole said on Monday.";
  it.each([
    {
      name: "must-not: “the” written before the credit",
      text: `${opening} Later the Iowa Republican said “The polls are wrong.”`,
      speaker: "Iowa Republican",
      mention: "Iowa Republican",
      found: [],
    },
    {
      name: "must-not: “the” in the mention itself",
      text: `${opening} The Iowa Republican said “The polls are wrong.”`,
      speaker: "Iowa Republican",
      mention: "The Iowa Republican",
      found: [],
    },
    {
      name: "must-not: a second description joined by “and”",
      text: `${opening} Later the former governor and current Republican nominee said “The polls are wrong.”`,
      speaker: "current Republican nominee",
      mention: "current Republican nominee",
      found: [],
    },
    {
      name: "must-not: “the” in a mention that holds an aside after the description",
      text: `${opening} The Iowa Republican -- who has fought the party for days -- said “The polls are wrong.”`,
      speaker: "Iowa Republican",
      mention: "The Iowa Republican -- who has fought the party for days",
      found: [],
    },
    {
      name: "must: “the” before other words that open the mention",
      text: `${opening} The other Iowa Republican -- who has fought the party for days -- said “The polls are wrong.”`,
      speaker: "Iowa Republican",
      mention: "The other Iowa Republican -- who has fought the party for days",
      found: ["q"],
    },
    {
      name: "must: no “the” before it (a headline's “Iowa Republican says”)",
      text: `${opening} Iowa Republican says “The polls are wrong.”`,
      speaker: "Iowa Republican",
      mention: "Iowa Republican",
      found: ["q"],
    },
    {
      name: "must: “the” that ends a clause before a comma (“in the world, another says”)",
      text: `${opening} One firm counts 2,400 in the world, another says “The polls are wrong.”`,
      speaker: "another",
      mention: "another",
      found: ["q"],
    },
    {
      name: "must: “the” before another noun joined by “and” to a quantity (“the FSA and other groups”)",
      text: `${opening} Did the FSA and other rebel fighters say “The polls are wrong.”`,
      speaker: "other rebel fighter",
      mention: "other rebel fighter",
      found: ["q"],
    },
    {
      name: "must: a possessive description after “the voting began,”",
      text: `${opening} After the voting began, Iowa’s delegation chairman said “The polls are wrong.”`,
      speaker: "Iowa’s delegation chairman",
      mention: "Iowa’s delegation chairman",
      found: ["q"],
    },
  ])("$name", ({ text, speaker, mention, found }) => {
    expect(unnamed(text, [cole, creditedAt("q", text, "The polls are wrong.", speaker, mention)])).toEqual(found);
  });
});

describe("anonymous-source: a description whose bearer the story names in passing", () => {
  it.each([
    {
      name: "must-not: “a resident named” a given name after the head",
      text: "The woman who shouted identified herself to reporters as a 52-year-old Dover resident named Rosa. “It just came out,” the woman said.",
      speaker: "the woman",
      found: [],
    },
    {
      name: "must-not: “identified himself as” a given name",
      text: "The man identified himself as Oscar and left. “We waited hours,” the man said.",
      speaker: "the man",
      found: [],
    },
    {
      name: "must: an indefinite description, however named",
      text: "A woman named Rosa shouted. “It just came out,” a woman said.",
      speaker: "a woman",
      found: ["q"],
    },
    {
      name: "must: “named” before a title, no given name",
      text: "The woman was named Secretary of Labor last year. “It just came out,” the woman said.",
      speaker: "the woman",
      found: ["q"],
    },
    {
      name: "must: a name given in another paragraph",
      text: "The woman shouted.\nA man named Oscar laughed. “It just came out,” the woman said.",
      speaker: "the woman",
      found: ["q"],
    },
  ])("$name", ({ text, speaker, found }) => {
    const words = text.slice(text.indexOf("“") + 1, text.indexOf("”"));
    expect(unnamed(text, [anon("q", words, speaker)])).toEqual(found);
  });
});

// A relative of someone the story names ("her husband", "Schilling's son", "his late wife") is a
// person the reader can tell, described by that tie: no source the story keeps unnamed.
describe("anonymous-source: a relative of a person the story names", () => {
  const cole = named("n", "We will win in Ames,", "Ben Cole");
  it.each([
    {
      name: "must-not: a pronoun's husband where the story quotes someone by name",
      text: "“We will win in Ames,” Ben Cole said. “Don’t forget me,” her husband said.",
      quotes: [cole, anon("q", "Don’t forget me,", "her husband")],
      found: [],
    },
    {
      name: "must-not: a name's son",
      text: "Ben Cole was fired. “He is not the best informed,” Cole's son said.",
      quotes: [anon("q", "He is not the best informed,", "Cole's son")],
      found: [],
    },
    {
      name: "must-not: a relative with words before the noun",
      text: "“We will win in Ames,” Ben Cole said. “He was kind,” his late ex-wife said.",
      quotes: [cole, anon("q", "He was kind,", "his late ex-wife")],
      found: [],
    },
    {
      name: "must-not: a relative by marriage, capitalised",
      text: "“We will win in Ames,” Ben Cole said. “He was kind,” His brother-in-law said.",
      quotes: [cole, anon("q", "He was kind,", "His brother-in-law")],
      found: [],
    },
    {
      name: "must: a pronoun's relative where the story names no one it quotes",
      text: "“Don’t forget me,” her husband said.",
      quotes: [anon("q", "Don’t forget me,", "her husband")],
      found: ["q"],
    },
    {
      name: "must: an unnamed person's relative",
      text: "“We will win in Ames,” Ben Cole said. “He was kind,” a soldier's wife said.",
      quotes: [cole, anon("q", "He was kind,", "a soldier's wife")],
      found: ["q"],
    },
    {
      name: "must: no relative (a friend, a spokesman)",
      text: "“We will win in Ames,” Ben Cole said. “He was kind,” his friend said. “No,” Cole's spokesman said.",
      quotes: [cole, anon("q1", "He was kind,", "his friend"), anon("q2", "No", "Cole's spokesman")],
      found: ["q1", "q2"],
    },
    {
      name: "must: a common noun's relative",
      text: "“We will win in Ames,” Ben Cole said. “He was kind,” soldier's wife said.",
      quotes: [cole, anon("q", "He was kind,", "soldier's wife")],
      found: ["q"],
    },
    {
      name: "must: a relative's lawyer",
      text: "“We will win in Ames,” Ben Cole said. “He was kind,” his wife's lawyer said.",
      quotes: [cole, anon("q", "He was kind,", "his wife's lawyer")],
      found: ["q"],
    },
  ])("$name", ({ text, quotes, found }) => {
    expect(unnamed(text, quotes)).toEqual(found);
  });
});

describe("anonymous-source: a description the story names in apposition, or points back to with “this”", () => {
  const cole = named("n", "We will win in Ames,", "Ben Cole");
  it.each([
    {
      name: "must-not: a description followed by a role and a full name",
      text: "“It is about time,” exhorted Cole's introducer, actress Jamie Lee Curtis.",
      speaker: "Cole's introducer",
      mention: "Cole's introducer",
      found: [],
    },
    {
      name: "must-not: a description followed by a full name alone",
      text: "“It is about time,” said the host, Maria Lund.",
      speaker: "host",
      mention: "the host",
      found: [],
    },
    {
      name: "must-not: a mention that holds the appositive and its name",
      text: "“It is about time,” exhorted Cole's introducer, actress Jamie Lee Curtis.",
      speaker: "Cole's introducer",
      mention: "Cole's introducer, actress Jamie Lee Curtis",
      found: [],
    },
    {
      name: "must: a description followed by no name",
      text: "“It is about time,” exhorted Cole's introducer, a local actress.",
      speaker: "Cole's introducer",
      mention: "Cole's introducer",
      found: ["q"],
    },
    {
      name: "must: a description followed by a body's name",
      text: "“It is about time,” said a resident, Harbor Port Authority.",
      speaker: "a resident",
      mention: "a resident",
      found: ["q"],
    },
    {
      name: "must: a description followed by a place",
      text: "“It is about time,” said a resident, Des Moines.",
      speaker: "a resident",
      mention: "a resident",
      found: ["q"],
    },
    {
      name: "must-not: a demonstrative points back to someone named, as “the” does",
      text: "“We will win in Ames,” Ben Cole said. “We love them,” this Cole look-alike declared.",
      speaker: "this Cole look-alike",
      mention: "this Cole look-alike",
      found: [],
    },
    {
      name: "must: a demonstrative after an indefinite one brought in",
      text: "“We will win in Ames,” Ben Cole said. A Cole look-alike spoke. “We love them,” this Cole look-alike declared.",
      speaker: "this Cole look-alike",
      mention: "this Cole look-alike",
      found: ["q"],
    },
  ])("$name", ({ text, speaker, mention, found }) => {
    const words = text.slice(text.lastIndexOf("“") + 1, text.lastIndexOf("”"));
    const at = text.lastIndexOf(mention);
    const q: QuoteSpec = { ...anon("q", words, speaker), mention, mentionSpan: { start: at, end: at + mention.length } };
    expect(unnamed(text, text.includes("Ben Cole said") ? [cole, q] : [q])).toEqual(found);
  });
});
