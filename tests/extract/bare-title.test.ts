import { describe, expect, it } from "vitest";
import { scanDirect } from "./scan-direct.js";

// Four plain paragraphs first, so that the sentence tested is no headline (isHeadline reads the first four).
const LEAD = "The vote was held on Tuesday.\n\nTurnout was low in the city.\n\nThe count went on into the night.\n\nNo one was hurt.\n\n";

/** The direct and scare quotes of a sentence set after four plain paragraphs: [kind, words]. */
const quotes = (sentence: string): [string, string][] => scanDirect(LEAD + sentence).quotes;

describe("a title-case name in marks where a noun stands is no quotation (bare-title.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: after a preposition or a determiner, with a stop inside the marks, a cue later in the
    // sentence, or a speech verb in the next sentence; no cue before the marks in the sentence
    ["after 'to', a stop inside", "Her co-host left last year for a job at “Good Morning America.”", [["scare", "Good Morning America."]]],
    ["the next sentence's verb is not beside it", "The hall filled with the strains of “New York, New York.” Then the mayor said a few words.", [["scare", "New York, New York."]]],
    ["after 'the', in two apostrophes", "CBS will cancel the ''Rush Hour'' revival next fall after poor ratings, its president told reporters.", [["scare", "Rush Hour"]]],
    ["a modifier before its noun", "The defeated “Remain” campaign had no chance at all in the north, the pollster said.", [["scare", "Remain"]]],
    ["a year between the slot word and the marks", "Gingrich put it in his 1994 “Contract with America.”", [["scare", "Contract with America."]]],
    ["a modifier after 'another'", "Natalie Morales, another ''Today'' anchor, is taking over the role, NBC announced.", [["scare", "Today"]]],
    // must not trigger: someone's name for the thing, a crowd's words, a verb's object, a coinage after "a", a cry
    ["a naming verb before", "Trump called the pageant winner “Miss Piggy” and “Miss Housekeeping” in 1996.", [["direct", "Miss Piggy"], ["direct", "Miss Housekeeping"]]],
    ["a predicative 'as'", "He kept referring to the US as the “Great Satan.”", [["direct", "Great Satan."]]],
    ["chants of", "The rally was met with chants of “Trump, Trump, Trump” all night.", [["direct", "Trump, Trump, Trump"]]],
    ["a verb's object", "She said she enjoys “Modern Family.”", [["direct", "Modern Family."]]],
    ["a coinage after 'a'", "The journalist said he feared a “Putin-Ribbentrop Pact.”", [["direct", "Putin-Ribbentrop Pact."]]],
    ["a speech verb before it in the sentence", "Trump has said the deal could lead to another “Holocaust.”", [["direct", "Holocaust."]]],
    ["a cry", "The crowd yelled at the “Traitor!”", [["direct", "Traitor!"]]],
    ["a heading in title case", "Zoe Saldana Asked Men Everywhere To “Redefine Masculinity.”", [["direct", "Redefine Masculinity."]]],
    ["lower-case words", "She said the plan was a gift to “the special interests.”", [["direct", "the special interests."]]],
  ];
  it.each(cases)("%s", (_name, sentence, expected) => {
    expect(quotes(sentence)).toEqual(expected);
  });
});
