import { describe, expect, it } from "vitest";
import { clauseByWords, isClause, isClauseByTagger, tag } from "../../src/extract/reported-nlp.js";

// Made-up stretches: what `isClause` must call a clause (a finite verb of its own) and what it must
// call a noun phrase, including the tagger's misreadings that it corrects.
const CLAUSES: { text: string; why: string }[] = [
  { text: "the new figures show that the program is working", why: "'that' after a verb the tagger read as a noun opens a complement, not a relative" },
  { text: "the Smith family deserved an apology", why: "a past form after a noun and before a determiner is the verb" },
  { text: "every hour of delay costs the city money", why: "an -s form after a noun and before a determiner is the verb" },
  { text: "the rise in prices that critics predicted also hurts small firms", why: "an object relative ends at the verb after its own verb" },
  { text: "the company reported earnings", why: "a plain subject and verb" },
  { text: "many citizens cast votes by mail", why: "a bare past form after a plural noun and before a noun is the verb" },
  { text: "Guarding that harbor is plainly the navy's job", why: "a gerund opening the stretch is no name, so 'that' after it is no relative" },
  { text: "the latest results show a dead heat", why: "a bare present form after a plural noun and before a determiner is the verb" },
  { text: "county polls show him ahead by nine points", why: "a bare present form after a plural noun and before a pronoun is the verb" },
  { text: "the new surveys show 60 percent of renters behind the levy", why: "a bare present form after a plural noun and before a number is the verb" },
  { text: "the state polls show Riverton far ahead", why: "a bare present form after a plural noun and before a name is the verb" },
];

const PHRASES: { text: string; why: string }[] = [
  { text: "the plan that the mayor proposed last year", why: "'that' after a determiner's noun is a relative pronoun" },
  { text: "the testing requirements more than a decade old", why: "a plural noun before an adjective is no verb" },
  { text: "a judge involved in the case", why: "a participle after a noun" },
  { text: "an official who was not authorized to speak", why: "the verb is the relative clause's" },
  { text: "Mark Smith, an expert on taxes", why: "a name and its appositive" },
  { text: "the show cast members", why: "a bare past form after a singular noun stays a noun" },
  { text: "the news cast schedule", why: "'news' is no plural subject" },
  { text: "the arms race this year", why: "a time phrase's determiner after a plural and a noun opens no object" },
  { text: "the trade talks every spring", why: "a time phrase's determiner after a plural and a noun opens no object" },
  { text: "the harbor show a week ago", why: "a bare form after a singular noun stays a noun" },
  { text: "Browning, the firm that the city hired", why: "a name the tagger reads as a gerund, then an appositive with a relative: still no clause" },
];

describe("isClause", () => {
  it.each(CLAUSES)("clause: $text ($why)", ({ text }) => expect(isClause(text)).toBe(true));
  it.each(PHRASES)("noun phrase: $text ($why)", ({ text }) => expect(isClause(text)).toBe(false));
});

// Made-up stretches that words alone settle (no tagger), and ones they must leave to it. Each settled
// answer must be the tagger's own.
const BY_WORDS: { text: string; want: boolean | undefined; why: string }[] = [
  { text: "Jane Doe", want: false, why: "only capitals: names, never verbs" },
  { text: "Dr. Amy O'Brien-Lee of the U.S. Mint", want: false, why: "names joined by a preposition and a determiner" },
  { text: "several of the 40 members", want: undefined, why: "'members' is a content word the tagger could read either way" },
  { text: "reporters in Ohio and Texas", want: false, why: "the first word never counts: a verb must follow a nominal" },
  { text: "(Acme Corp.), with $2,500 in 2019", want: false, why: "brackets, numbers and a preposition" },
  { text: "against \u201cMaking America Better\u201d", want: false, why: "quoted title words are capitals" },
  { text: "Sam Lee \u2014 looking at Ohio", want: false, why: "an -ing word is never counted as a verb" },
  { text: "Jane Doe\u2019s plan", want: undefined, why: "\u2019s can be an auxiliary ('Doe\u2019s leaving')" },
  { text: "Jane Doe resigned", want: undefined, why: "a lower-case content word is for the tagger" },
  { text: "", want: false, why: "no words" },
  { text: "Jane Doe was never told about it", want: true, why: "a finite auxiliary after a name" },
  { text: "their new plan would cut taxes", want: true, why: "a possessive pronoun is a nominal to the tagger" },
  { text: "the 12 stores have closed", want: true, why: "a number is a nominal" },
  { text: "the mayor doesn\u2019t want it", want: undefined, why: "'the mayor' is a nominal only if the tagger calls 'mayor' a noun" },
  { text: "Acme Corp. doesn\u2019t comment", want: true, why: "a negated auxiliary is one word here, two tokens to the tagger" },
  { text: "she can win", want: true, why: "a modal right after a subject pronoun" },
  { text: "the American will to win", want: undefined, why: "'will' after a name can be a noun" },
  { text: "we\u2019ll see", want: true, why: "a contracted auxiliary after its pronoun" },
  { text: "he\u2019s the one", want: undefined, why: "'\u2019s' after a pronoun can be read as a possessive" },
  { text: "Jane Doe took the job", want: true, why: "an irregular past form right after a name" },
  { text: "they wrote to the board", want: true, why: "an irregular past form right after a subject pronoun" },
  { text: "the board took a vote", want: undefined, why: "after a lower-case noun the tagger must say it is a noun" },
  { text: "Jane Doe said no", want: undefined, why: "'said' is left out: the tagger reads a few as adjectives" },
  { text: "a man who was there", want: undefined, why: "a relative pronoun before the auxiliary: its verbs do not count" },
  { text: "Jane Doe, who was there", want: undefined, why: "the relative clause's auxiliary" },
  // A word of marks or brackets alone unwraps to nothing: it is no number and no nominal (numberWord
  // reads no character of an empty word).
  { text: "“” 40 members was", want: true, why: "the marks alone are nothing; the number is the nominal" },
  { text: "( ) Lee was", want: true, why: "brackets alone, then a name and its auxiliary" },
  { text: "“” the 40 members", want: undefined, why: "marks alone are left to the tagger, as any word that is no sure non-verb" },
];

describe("clauseByWords", () => {
  it.each(BY_WORDS)("$text -> $want ($why)", ({ text, want }) => {
    expect(clauseByWords(text)).toBe(want);
    if (want !== undefined) expect(isClauseByTagger(text)).toBe(want);
  });
});

describe("tag", () => {
  // One { text, pos } a tagger token, in order (the callers read them off by position).
  const cases: [string, string, string[]][] = [
    ["a relative clause", "the plan that he drafted", ["the/DET", "plan/NOUN", "that/PRON", "he/PRON", "drafted/VERB"]],
    ["the tagger splits a possessive off its name", "Mr. Smith’s team said", ["Mr./PROPN", "Smith/PROPN", "’s/PART", "team/NOUN", "said/VERB"]],
    ["nothing to tag", "", []],
  ];
  it.each(cases)("%s", (_name, text, tags) => {
    expect(tag(text).map((t) => `${t.text}/${t.pos}`)).toEqual(tags);
  });
});
