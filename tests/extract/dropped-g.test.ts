import { describe, expect, it } from "vitest";
import { scanDirect as scan } from "./scan-direct.js";

// The words of each direct or scare quote found, whatever its kind (the kind is the scare-quote test's).
const words = (text: string): string[] => scan(text).quotes.map((q) => q[1]);

describe("a dropped g's apostrophe inside a quote in single marks (apostrophes.ts droppedGAt)", () => {
  const cases: [string, string, string[]][] = [
    // must trigger: "-in’" before a word, and the quote's closer comes later in the sentence
    ["a nickname in curly single marks", "He never called them ‘Little Mo’ or ‘Fibbin’ Fred.’ He was calm.", ["Little Mo", "Fibbin’ Fred."]],
    ["a straight nickname", "The crowd chanted 'Lyin' Lou' for an hour.", ["Lyin' Lou"]],
    ["a dropped g before a lower-case word", "‘We keep comin’ back for more,’ said Ada Lind.", ["We keep comin’ back for more,"]],
    ["a dropped g inside a double quote's nested quote", "“They call him ‘Sleepin’ Sam’ now,” she said.", ["They call him ‘Sleepin’ Sam’ now,"]],
    // must not trigger: no later closer in the sentence, a new quote opens first, a word that only ends in "in"
    ["the quote ends at the dropped g", "She said it was ‘all talkin’ and then she left.", ["all talkin"]],
    ["the next single mark opens a quote", "It was to make it ‘great again’ and ‘win’ once more.", ["great again", "win"]],
    ["the closer is in the next sentence", "They said ‘we will win’ again. Then ‘we lost.’", ["we will win", "we lost."]],
    ["a plural possessive later in the clause", "She called it ‘a big win’ for the party and the members’ union.", ["a big win"]],
    ["a clause break before the next mark", "He called it ‘a win’ for them, and the Smiths’ house stood.", ["a win"]],
    ["the next mark many words on", "It was ‘a real win’ for all the people in the town and its Mayor’ too.", ["a real win"]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
