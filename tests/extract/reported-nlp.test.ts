import { describe, expect, it } from "vitest";
import { isClause } from "../../src/extract/reported-nlp.js";

// Made-up stretches: what `isClause` must call a clause (a finite verb of its own) and what it must
// call a noun phrase, including the tagger's misreadings that it corrects.
const CLAUSES: { text: string; why: string }[] = [
  { text: "the new figures show that the program is working", why: "'that' after a verb the tagger read as a noun opens a complement, not a relative" },
  { text: "the Smith family deserved an apology", why: "a past form after a noun and before a determiner is the verb" },
  { text: "every hour of delay costs the city money", why: "an -s form after a noun and before a determiner is the verb" },
  { text: "the rise in prices that critics predicted also hurts small firms", why: "an object relative ends at the verb after its own verb" },
  { text: "the company reported earnings", why: "a plain subject and verb" },
  { text: "many citizens cast votes by mail", why: "a bare past form after a plural noun and before a noun is the verb" },
];

const PHRASES: { text: string; why: string }[] = [
  { text: "the plan that the mayor proposed last year", why: "'that' after a determiner's noun is a relative pronoun" },
  { text: "the testing requirements more than a decade old", why: "a plural noun before an adjective is no verb" },
  { text: "a judge involved in the case", why: "a participle after a noun" },
  { text: "an official who was not authorized to speak", why: "the verb is the relative clause's" },
  { text: "Mark Smith, an expert on taxes", why: "a name and its appositive" },
  { text: "the show cast members", why: "a bare past form after a singular noun stays a noun" },
  { text: "the news cast schedule", why: "'news' is no plural subject" },
];

describe("isClause", () => {
  it.each(CLAUSES)("clause: $text ($why)", ({ text }) => expect(isClause(text)).toBe(true));
  it.each(PHRASES)("noun phrase: $text ($why)", ({ text }) => expect(isClause(text)).toBe(false));
});
