import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/attribute/index.js";
import { parseDescription } from "../../src/attribute/roles.js";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Quote } from "../../src/model/index.js";

function quoteOf(text: string, start: string): Quote {
  const a = articleFromText(text);
  const q = attributeQuotes(a, extractQuotes(a).candidates).quotes.find((x) => x.kind === "direct" && x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting ${start}`);
  return q;
}

// [why, article, the quote's first words, the speaker, the mention as written]
type Row = [string, string, string, string, string];

describe("a definite description names the person the article gave that role", () => {
  const mustResolve: Row[] = [
    ["a title before the name", "Sen. Lena Marsh spoke in Dover on Monday.\n\n“We will fund the bridge,” the senator said.", "We will", "Lena Marsh", "the senator"],
    ["a role phrase before the name", "Republican mayoral candidate Owen Pike toured the docks.\n\n“The port needs dredging,” the candidate said.", "The port", "Owen Pike", "the candidate"],
    ["an appositive after the name", "Ruth Calder, the Ohio businesswoman, bought the mill.\n\n“I will keep every worker,” the Ohio businesswoman said.", "I will", "Ruth Calder", "the Ohio businesswoman"],
    ["a place modifier picks one of two senators", "Florida Sen. Ana Ruiz and Texas Sen. Carl Webb met on Monday.\n\n“We disagree on the tariff,” the Florida senator said.", "We disagree", "Ana Ruiz", "the Florida senator"],
    ["a party and state in brackets give the place", "Sen. Ana Ruiz (D-Fla.) and Sen. Carl Webb (R-Texas) met on Monday.\n\n“We disagree on the tariff,” the Florida senator said.", "We disagree", "Ana Ruiz", "the Florida senator"],
    ["'former' picks the former holder", "Former President Hal Greer and President Dana Holt spoke at the dam.\n\n“It was a good day,” the former president said.", "It was", "Hal Greer", "the former president"],
    ["a title with an of-phrase", "Secretary of State Mona Vale arrived in Oslo.\n\n“Talks resume on Friday,” the secretary said.", "Talks resume", "Mona Vale", "the secretary"],
    ["the words after 'of' agree", "Former Secretary of State Mona Vale arrived in Oslo.\n\n“Talks resume on Friday,” the former secretary of state said.", "Talks resume", "Mona Vale", "the former secretary of state"],
    // A particle inside the name is the model's NAME_PARTICLES, the list the registry keeps names with.
    ["a particle inside the name ('dos')", "Sen. Lena dos Marsh spoke in Dover on Monday.\n\n“We will fund the bridge,” the senator said.", "We will", "Lena dos Marsh", "the senator"],
    ["a particle inside the name ('abu')", "Sen. Omar abu Tate spoke in Dover on Monday.\n\n“We will fund the bridge,” the senator said.", "We will", "Omar abu Tate", "the senator"],
    ["must-not run on: a lower-case word that is no particle ends the name", "Sen. Lena near Marsh spoke in Dover on Monday.\n\n“We will fund the bridge,” the senator said.", "We will", "Lena", "the senator"],
    ["of two senators, the one named last, the other paragraphs before", "Sen. Omar Tate opened the hearing.\n\nThe bill passed.\n\nThe vote was close.\n\nSen. Lena Marsh spoke next.\n\n“We will fund the bridge,” the senator said.", "We will", "Lena Marsh", "the senator"],
  ];
  it.each(mustResolve)("%s", (_why, text, start, speaker, mention) => {
    const q = quoteOf(text, start);
    expect(q.speaker).toBe(speaker);
    expect(q.mention).toBe(mention);
    expect(q.reason).toContain(`"${mention}" -> ${speaker}`);
  });

  const mustNotResolve: Row[] = [
    ["two senators named together: no guess", "Sen. Lena Marsh and Sen. Omar Tate spoke in Dover.\n\n“We will fund the bridge,” the senator said.", "We will", "the senator", "the senator"],
    ["the place disagrees", "Texas Sen. Carl Webb spoke on Monday.\n\n“We disagree on the tariff,” the Florida senator said.", "We disagree", "the Florida senator", "the Florida senator"],
    ["a president is not the former president", "President Dana Holt spoke at the dam.\n\n“It was a good day,” the former president said.", "It was", "the former president", "the former president"],
    ["a vice president is not the president", "Vice President Tom Hale spoke at the dam.\n\n“It was a good day,” the president said.", "It was", "the president", "the president"],
    ["the words after 'of' are not the article's", "President Dana Holt spoke at the dam.\n\n“It was a good day,” the president of the bank said.", "It was", "the president of the bank", "the president of the bank"],
    ["someone with no role is named in between", "Sen. Lena Marsh spoke on Monday.\n\nLater, Omar Tate toured the plant. “We will fund the bridge,” the senator said.", "We will", "the senator", "the senator"],
    ["a name before the subject is no appositive", "In an interview with hosts Joe Marr and Mia Brand, the Democratic candidate said, “We will win the county.”", "We will", "the Democratic candidate", "the Democratic candidate"],
    ["the person is named only after the quote", "“We will fund the bridge,” the senator said.\n\nSen. Lena Marsh spoke later.", "We will", "the senator", "the senator"],
    ["an honorific is no role", "Mr. Omar Tate spoke on Monday.\n\n“We will fund the bridge,” the senator said.", "We will", "the senator", "the senator"],
  ];
  it.each(mustNotResolve)("%s", (_why, text, start, speaker, mention) => {
    const q = quoteOf(text, start);
    expect(q.speaker).toBe(speaker);
    expect(q.mention).toBe(mention);
  });
});

describe("parseDescription", () => {
  const rows: [string, ReturnType<typeof parseDescription>][] = [
    ["the Florida senator", { head: "senator", changers: new Set(), mods: [{ word: "florida", cap: true }], post: [] }],
    ["the former secretary of state", { head: "secretary", changers: new Set(["former"]), mods: [], post: ["state"] }],
    ["the ex-president", { head: "president", changers: new Set(["former"]), mods: [], post: [] }],
    ["the GOP nominee", { head: "nominee", changers: new Set(), mods: [{ word: "republican", cap: true }], post: [] }],
    ["the paper", null],
    ["the company's president", null],
    ["the 46-year-old", null],
    ["a senator", null],
  ];
  it.each(rows)("%s", (description, parsed) => {
    expect(parseDescription(description)).toEqual(parsed);
  });
});
