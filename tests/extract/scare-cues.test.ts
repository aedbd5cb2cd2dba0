import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

describe("speech verbs of an idiom are no cue for words in marks in their sentence (scare.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the idiom's noun leaves the short run a scare quote
    ["a far cry", "That is a far cry from the mayor serving up “ice cream” to voters.", [["scare", "ice cream"]]],
    ["far cries", "These plans are far cries from the “quick fix” of last year.", [["scare", "quick fix"]]],
    // must not trigger: crying out is speech
    ["cried out", "She cried out for “more time” as the vote closed.", [["direct", "more time"]]],
    ["a cry of", "The crowd let out a cry of “shame” at the mayor.", [["direct", "shame"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("'state', 'radio', 'reason' and 'rant' are a cue only as the verb (scare.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the noun ("the state", "other states", "State Rep.") is no cue in the sentence
    ["from state to state", "Programs vary from state to state, depending on whether pupils are “high” achievers.", [["scare", "high"]]],
    ["the home state", "In her home state the governor pushed the “pivot” to trade.", [["scare", "pivot"]]],
    ["states have", "Setting taxes aside, states have their own “immediate” worries.", [["scare", "immediate"]]],
    ["a capitalised State", "RYE - State Rep. Jo Lind is “99.9” percent sure of her vote.", [["scare", "99.9"]]],
    ["his radio show", "After an impassioned “farewell address” to his staff of many years, he left his radio show.", [["scare", "farewell address"]]],
    ["one reason", "That is one reason the “new” mayor won.", [["scare", "new"]]],
    ["a rant", "He gave a detailed “policy address” on the border but it was only a familiar, nativist rant.", [["scare", "policy address"]]],
    // must not trigger: the verb, after a pronoun, before "that", or right before the marks
    ["they state", "They state their goal is to expand “califphate” across the region.", [["direct", "califphate"]]],
    ["states that", "The letter states that the plan is “unworkable” for now.", [["direct", "unworkable"]]],
    ["states, then marks", "The ruling states, “Denied.”", [["direct", "Denied."]]],
    ["stated", "The mayor stated her aim to build a “greener” city.", [["direct", "greener"]]],
    ["radioed", "The pilot radioed that the runway was “clear” at noon.", [["direct", "clear"]]],
    ["we reason", "We reason that the plan is “sound” for now.", [["direct", "sound"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("one word in marks that ends in a stop and stands as a sentence of its own is an utterance (scare.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the word is the speaker's next sentence, after a credit or a narrated act
    ["after a credit", '"Yes," she said. "Absolutely."', [["direct", "Yes,"], ["direct", "Absolutely."]]],
    ["after a question and its credit", '"Why?" she asked. "Because."', [["direct", "Why?"], ["direct", "Because."]]],
    ["after a narrated act", 'He paused. "Enough."', [["direct", "Enough."]]],
    ["opening its paragraph", "The vote ended.\n\n“Thanks.” The minister then left the room.", [["direct", "Thanks."]]],
    ["an ellipsis for its stop", "She looked at the ruins. “Nothing…”", [["direct", "Nothing…"]]],
    // must not trigger: inside a sentence, the word is a name or a term
    ["a title closing the sentence", "The Florida senator likes “Lilyhammer.” He watches it weekly.", [["scare", "Lilyhammer."]]],
    ["a term closing the sentence", "The agency said it was “Confidential.” No one knew why.", [["direct", "Confidential."]]],
    ["after an abbreviation", "He met Gen. “Mack.” Then he left.", [["scare", "Mack."]]],
    ["no stop inside the marks", "The talks stalled. “Progress” was slow.", [["scare", "Progress"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("a title's stop after the marks ends no clause: the verb after the name is the cue (scare.ts tokensAfter)", () => {
  const lead = "Mayor sets out city plan\n\nThe mayor spoke on Monday about the plan for the city, and took questions.\n\n";
  const cases: [string, string, [string, string][]][] = [
    // must trigger: title-case words in marks with the verb after "Mr.", "Sen.", "Dr." are a quotation
    ["Mr. before the verb", "The plan was read aloud. “Keep The Streets Safe For Kids,” Mr. Madden said.", [["direct", "Keep The Streets Safe For Kids,"]]],
    ["Sen. before the verb", "The plan was read aloud. “Keep The Streets Safe For Kids,” Sen. Ann Lee wrote.", [["direct", "Keep The Streets Safe For Kids,"]]],
    ["Dr. before the verb", "The plan was read aloud. “Keep The Streets Safe For Kids,” Dr. Lee added.", [["direct", "Keep The Streets Safe For Kids,"]]],
    ["Mrs. with a non-breaking space", "The plan was read aloud. “Keep The Streets Safe For Kids,” Mrs.\u00a0Lee said.", [["direct", "Keep The Streets Safe For Kids,"]]],
    // must not trigger: a stop that may end the sentence (a state's, a place's, "Del.") still ends the window
    ["a state after a town", "The group chose “Safe Streets For All Kids” in Fresno, Calif. He said it was fine.", [["scare", "Safe Streets For All Kids"]]],
    ["Del. as Delaware", "The group chose “Safe Streets For All Kids” in Dover, Del. He said it was fine.", [["scare", "Safe Streets For All Kids"]]],
    ["D.C.", "The group chose “Safe Streets For All Kids” in Washington, D.C. He said it was fine.", [["scare", "Safe Streets For All Kids"]]],
    ["a title inside reported speech", "Viewers abroad are big fans of “Night Shift Heroes,” Mr. Lee said.", [["scare", "Night Shift Heroes,"]]],
    ["a sentence's own stop", "The group chose “Safe Streets For All Kids” on Monday. Ann Lee said it was fine.", [["scare", "Safe Streets For All Kids"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(lead + text)).toEqual(expected);
  });
});

describe("'echo' is a cue where it takes someone's words or view, not as a sound in a place or the noun (scare.ts, lexicon.ts echoNotSpeech)", () => {
  const lead = "Mayor sets out city plan\n\nThe mayor spoke on Monday about the plan for the city, and took questions.\n\n";
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the sound or the noun leaves a short run without a cue a scare quote
    ["echoed with", "The hall echoed with “boos” all night.", [["scare", "boos"]]],
    ["echoed through", "Music echoed through the arena as the “new” mayor arrived.", [["scare", "new"]]],
    ["echoing across", "Drums were echoing across the plaza near the “old” hall.", [["scare", "old"]]],
    ["echoes of", "The rally had echoes of the “sixties” for some.", [["scare", "sixties"]]],
    ["after the marks", "The “victory” music echoed off the walls.", [["scare", "victory"]]],
    // must not trigger: someone's words or view echoed
    ["echoed the", "Ann Lee echoed the “grave concerns” of her party.", [["direct", "grave concerns"]]],
    ["echoing a name's words", "Echoing Trump's words, Lee spoke of a “rigged” vote.", [["direct", "rigged"]]],
    ["echoed by", "The “grave concerns” were echoed by aides.", [["direct", "grave concerns"]]],
    ["echoed that view", "Ann Lee echoed that view, and the “new” plan stalled.", [["direct", "new"]]],
    ["echoed in", "Her “grave concerns” were echoed in a statement.", [["direct", "grave concerns"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(lead + text)).toEqual(expected);
  });
});

describe("a two-character opening mark ('' or ``) is skipped before the first word is read (scare.ts hasAdjacentCue)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: lower-case words after an indefinite article are a characterisation, whatever the marks
    ["curly marks", "The senator was, by then, a “spent force” in the party.", [["direct", "spent force"]]],
    ["two apostrophes", "The senator was, by then, a ''spent force'' in the party.", [["direct", "spent force"]]],
    ["two backticks", "The senator was, by then, a ``spent force'' in the party.", [["direct", "spent force"]]],
    // must not trigger: capitalised words after the article stay a scare quote in every mark style
    ["two apostrophes, capitalised", "The senator joined a ''Unity Tour'' in the spring.", [["scare", "Unity Tour"]]],
    ["two backticks, capitalised", "The senator joined a ``Unity Tour'' in the spring.", [["scare", "Unity Tour"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
