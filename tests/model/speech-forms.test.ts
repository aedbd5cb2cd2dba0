import { describe, expect, it } from "vitest";
import { PLURAL_NOUN_FORMS, VERB_ONLY_S } from "../../src/model/speech-forms.js";

describe("model/speech-forms: -s forms of speech verbs, noun too or verb only", () => {
  it.each([
    ["must: a plural noun too", PLURAL_NOUN_FORMS, "claims", true],
    ["must: a plural noun too", PLURAL_NOUN_FORMS, "reports", true],
    ["must: never a noun", VERB_ONLY_S, "says", true],
    ["must: never a noun ('writes' is no plural)", VERB_ONLY_S, "writes", true],
    ["must-not: 'writes' is no plural noun", PLURAL_NOUN_FORMS, "writes", false],
    ["must-not: 'adds' is no plural noun", PLURAL_NOUN_FORMS, "adds", false],
    ["must-not: 'claims' is a noun too", VERB_ONLY_S, "claims", false],
  ])("%s: %s", (_n, list, word, has) => {
    expect(list.has(word)).toBe(has);
  });
  it("no form is in both lists", () => {
    expect([...VERB_ONLY_S].filter((w) => PLURAL_NOUN_FORMS.has(w))).toEqual([]);
  });
});
