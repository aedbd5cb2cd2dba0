import { describe, expect, it } from "vitest";
import { sentenceSpans } from "../../src/extract/reported-text.js";

const sentences = (text: string): string[] => sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));

// Made-up rows: where an abbreviation's period ends a sentence and where it does not.
const ROWS: readonly { text: string; want: readonly string[]; why: string }[] = [
  { text: "The plant moved to the U.S. He says it was cheaper.", want: ["The plant moved to the U.S.", "He says it was cheaper."], why: "'U.S.' before a pronoun ends the sentence" },
  { text: "Shares of Acme Inc. The company said profits fell.", want: ["Shares of Acme Inc.", "The company said profits fell."], why: "'Inc.' before an article ends the sentence" },
  { text: "He met U.S. Trade Representative Ann Lee.", want: ["He met U.S. Trade Representative Ann Lee."], why: "'U.S.' before a name goes on" },
  { text: "She met Mr. He Wei in Beijing.", want: ["She met Mr. He Wei in Beijing."], why: "a title never ends a sentence, whatever follows" },
  { text: "They flew to Washington, D.C. The talks began at once.", want: ["They flew to Washington, D.C.", "The talks began at once."], why: "'D.C.' before 'The'" },
];

describe("sentenceSpans: abbreviations at a sentence's end", () => {
  it.each(ROWS)("$why", ({ text, want }) => {
    expect(sentences(text)).toEqual(want);
  });
});
