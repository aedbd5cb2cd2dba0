import { describe, expect, it } from "vitest";
import { echoNotSpeech, SPEECH_VERBS } from "../../src/extract/lexicon.js";

describe("echoNotSpeech: 'echo' is no speech before a word of sound, place or the noun", () => {
  const cases: [string, string | undefined, boolean][] = [
    // must trigger
    ["echoed", "with", true],
    ["echoed", "through", true],
    ["echoing", "across", true],
    ["echoes", "of", true],
    ["echo", "chamber", true],
    ["echoed", "off", true],
    // must not trigger: someone's words or view, or no word after
    ["echoed", "that", false],
    ["echoing", "trump's", false],
    ["echoed", "the", false],
    ["echoed", "by", false],
    ["echoed", undefined, false],
    // only the forms of "echo"
    ["said", "with", false],
    ["agreed", "with", false],
  ];
  it.each(cases)("%s %s", (word, next, expected) => {
    expect(echoNotSpeech(word, next)).toBe(expected);
  });
  it("leaves every form of 'echo' a speech verb", () => {
    for (const w of ["echo", "echoes", "echoed", "echoing"]) expect(SPEECH_VERBS.has(w)).toBe(true);
  });
});
