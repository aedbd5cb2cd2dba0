import { describe, expect, it } from "vitest";
import { nestedPassages, quotesWithin } from "../../src/align/nested.js";

describe("nestedPassages", () => {
  it.each([
    ["Debate recap. Lee: 'I grew up on the docks, a long time ago.' Ruiz: 'This is about the future.'", ["I grew up on the docks, a long time ago.", "This is about the future."]],
    ["Her claim that he would be ‘in charge of the harbor’ is odd", ["in charge of the harbor"]],
    ["He said “we’re done” and left", ["we’re done"]],
    // Apostrophes inside words and a decade open or close nothing that is not there.
    ["We don’t know what they’re doing", []],
    ["an opening mark 'with no closing one", []],
  ])("%j", (text, passages) => {
    expect(nestedPassages(text)).toEqual(passages);
  });

  it("is one pass over a mark in every word", () => {
    const text = "'a ".repeat(50_000);
    expect(nestedPassages(text)).toEqual([]);
  });
});

describe("quotesWithin", () => {
  const outer = "Debate recap. Lee: 'I grew up on the docks, a long time ago.' Ruiz: 'This is about the future.'";
  it("finds another quote's words in marks of the quote's own", () => {
    expect(quotesWithin(outer, "I grew up on the docks, a long time ago,")).toBe(true);
    expect(quotesWithin("She would put him 'in charge of reopening the harbor ... because he knows how' to do it", "in charge of reopening the harbor, because, you know, he knows how")).toBe(true);
  });
  it("not the same words said without marks, nor a short phrase in marks", () => {
    expect(quotesWithin("I grew up on the docks, a long time ago, and I remember", "I grew up on the docks, a long time ago,")).toBe(false);
    expect(quotesWithin("It was 'a long' day on the docks where I grew up", "I grew up on the docks, a long time ago,")).toBe(false);
  });
});
