import { describe, expect, it } from "vitest";
import { bytes, cellWidth, fit, row, truncate, truncateStart, wrap } from "../../src/tui/text.js";

describe("truncate and fit", () => {
  it.each([
    ["Khalil al-Hariri", 20, "Khalil al-Hariri"],
    ["Khalil al-Hariri", 10, "Khalil al…"],
    ["Khalil al-Hariri", 1, "…"],
    ["Khalil al-Hariri", 0, ""],
    // Whole graphemes: no flag or joined emoji is cut in half.
    ["ab 👨‍👩‍👧 cd", 6, "ab 👨‍👩‍👧…"],
    ["ab 👨‍👩‍👧 cd", 5, "ab…"],
    // a cut after a word: no blank before the "…"
    ["The New York Times", 14, "The New York…"],
    ["The New York Times", 13, "The New York…"],
    ["The New York Times", 15, "The New York T…"],
    ["🇳🇱🇳🇱🇳🇱", 4, "🇳🇱…"],
    ["Cafe\u0301 au lait", 5, "Cafe\u0301…"],
  ])("truncate(%j, %i) = %j", (s, w, out) => {
    expect(truncate(s, w)).toBe(out);
    expect(cellWidth(truncate(s, w))).toBeLessThanOrEqual(w);
  });

  it.each([
    // must: cut from the start, the end kept
    ["sites in the Middle East", 12, "…Middle East"],
    ["sites in the Middle East", 13, "…Middle East"],
    ["東京都庁", 5, "…都庁"],
    ["ab 👨‍👩‍👧", 3, "…👨‍👩‍👧"],
    // must not: what fits is whole
    ["Middle East", 11, "Middle East"],
    ["", 5, ""],
    ["abc", 0, ""],
  ])("truncateStart(%j, %i) = %j", (s, w, out) => {
    expect(truncateStart(s, w)).toBe(out);
    expect(cellWidth(truncateStart(s, w))).toBeLessThanOrEqual(w);
  });

  it("counts wide characters as two cells", () => {
    expect(cellWidth("東京")).toBe(4);
    expect(truncate("東京都庁", 5)).toBe("東京…");
    expect(cellWidth(fit("東京都庁", 5))).toBe(5);
  });

  it("pads to the width and flattens line breaks", () => {
    expect(fit("a\n\nb", 5)).toBe("a b  ");
    expect(row(["ab", "cdef"], [3, 2])).toBe("ab  c…");
  });
});

describe("wrap", () => {
  it("wraps on word boundaries within the width", () => {
    const lines = wrap("the quick brown fox jumps over the lazy dog", 10);
    expect(lines).toEqual(["the quick", "brown fox", "jumps over", "the lazy", "dog"]);
  });
  it("keeps paragraph breaks and cuts words wider than a line", () => {
    expect(wrap("one\ntwo", 10)).toEqual(["one", "two"]);
    expect(wrap("internationalisation", 8)).toEqual(["interna…"]);
  });
  it.each([
    // text, width, lines
    // A path breaks after a "/", "_", "-" or ".": cut at the width it read "…txt:1" over "3:25)", line 1 for line 13.
    ["a path longer than the line runs on, its :line:col whole", "(docs/breitbart_2016-09-12_stealth.txt:13:25)", 20, ["(docs/breitbart_", "2016-09-12_stealth.", "txt:13:25)"]],
    ["words before it stay on their own line", "the file itself (docs/a-very-long-file-name.txt:3:1)", 16, ["the file itself", "(docs/a-very-", "long-file-name.", "txt:3:1)"]],
    ["the last piece takes the words after it, when they fit", "(docs/abcdefghij.txt:1:1) sent", 12, ["(docs/", "abcdefghij.", "txt:1:1)", "sent"]],
    ["Detail's place at 80 columns", "(docs/wash-post_2016-09-25_federal-court-rules-against-ohio.txt:27:145)", 66, ["(docs/wash-post_2016-09-25_federal-court-rules-against-ohio.", "txt:27:145)"]],
    // must not: a word with no such mark, or one only near its start, still breaks at the width
    ["no mark to break at", "abcdefghijklmnopqrstuvwxyz", 10, ["abcdefghij", "klmnopqrst", "uvwxyz"]],
    ["a mark too near the start", "a/bcdefghijklmnop", 10, ["a/bcdefghi", "jklmnop"]],
    ["wide graphemes are never split", "東京東京東京東京", 5, ["東京", "東京", "東京", "東京"]],
  ])("with long 'break': %s", (_, text, width, want) => {
    const lines = wrap(text, width, "break");
    expect(lines).toEqual(want);
    for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(width);
  });
  it("without it, a long word is still cut", () => {
    expect(wrap("(docs/breitbart_2016-09-12_stealth.txt:13:25)", 20)).toEqual(["(docs/breitbart_201…"]);
  });
});

it("prints sizes", () => {
  expect([bytes(900), bytes(4210), bytes(3 * 1024 * 1024)]).toEqual(["900 B", "4.1 KB", "3.0 MB"]);
});
