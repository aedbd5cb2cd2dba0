import { describe, expect, it } from "vitest";
import { sentenceEnd, sentenceStart } from "../../src/conflicts/context.js";
import { sentenceSpans, sentencesOf } from "../../src/model/sentences.js";

// The sentence around a claim is the model's sentence (model/sentences.ts), the one the extractor
// and the reports read: one splitter, so the stages agree on where a sentence ends.
describe("the sentence around a quote, as the model splits sentences", () => {
  const text = "The levee held. Mr. Lee said “We are safe!” he told reporters. Ann Roe disagreed.\nA new line.";
  const at = (s: string) => text.indexOf(s);
  it("starts at the sentence's first word, not a title's stop (must)", () => {
    expect(sentenceStart(text, at("We are"))).toBe(at("Mr. Lee"));
    expect(sentenceStart(text, at("Ann Roe"))).toBe(at("Ann Roe"));
  });
  it("ends after its stop and closing mark; a ! before a lower-case word ends none (must-not)", () => {
    expect(text.slice(sentenceStart(text, at("We are")), sentenceEnd(text, at("We are")))).toBe("Mr. Lee said “We are safe!” he told reporters.");
    expect(text.slice(at("Ann Roe"), sentenceEnd(text, at("Ann Roe")))).toBe("Ann Roe disagreed.");
  });
  it("never crosses a line break", () => {
    expect(sentenceStart(text, at("new line"))).toBe(at("A new line"));
    expect(sentenceEnd(text, at("disagreed"))).toBe(at("disagreed") + "disagreed.".length);
  });
  it("gives the same bounds as the model's spans of the line", () => {
    const line = text.slice(0, text.indexOf("\n"));
    const spans = sentenceSpans(text, 0, line.length);
    expect(spans.map((s) => [sentenceStart(text, s.start + 2), sentenceEnd(text, s.start + 2)])).toEqual(spans.map((s) => [s.start, s.end]));
    expect(sentencesOf(line)).toEqual(spans.map((s) => line.slice(s.start, s.end)));
  });
  it("reads a window around the quote: a line break beyond it does not bound the sentence, one inside it does", () => {
    // One paragraph with no stop for 600 characters: the window (400 back, 300 ahead) bounds it.
    const run = `Lead.\n${"word ".repeat(120)}said the mayor ${"word ".repeat(120)}\nTail.`;
    const pos = run.indexOf("said the mayor");
    expect(sentenceStart(run, pos)).toBe(pos - 400);
    expect(run.slice(pos, sentenceEnd(run, pos))).toBe(run.slice(pos, pos + 300).trimEnd());
    expect(sentenceStart(run, pos, 1000)).toBe(run.indexOf("word"));
    expect(sentenceEnd(run, pos, 1000)).toBe(run.lastIndexOf("word") + "word".length);
  });
});
