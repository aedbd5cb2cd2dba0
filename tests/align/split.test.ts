import { describe, expect, it } from "vitest";
import { dropsNothing, quotesByArticle, splitButWhole, wholeStatement } from "../../src/align/split.js";
import type { Quote } from "../../src/model/index.js";

const TEXT = "“The quay is closed until the cranes are checked,” Nadia Brenner said. “Nobody will work under them.” Then a union man said: “We want a meeting.” Later she said “The checks take two weeks.”";

/** The quotes of TEXT by their words, as the attribution stage gives them. */
function q(id: string, words: string, speaker: string | null, kind: Quote["kind"] = "direct"): Quote {
  const start = TEXT.indexOf(words);
  return { id, articleId: "a", documentId: "a.txt", kind, text: words, span: { start, end: start + words.length }, speaker } as unknown as Quote;
}
const first = q("q1", "The quay is closed until the cranes are checked,", "Nadia Brenner");
const second = q("q2", "Nobody will work under them.", "Nadia Brenner");
const union = q("q3", "We want a meeting.", "a union man");
const later = q("q4", "The checks take two weeks.", "Nadia Brenner");
const list = quotesByArticle([later, union, second, first]).get("a")!;

describe("wholeStatement", () => {
  it("must: joins the halves of one speaker's statement split around the credit", () => {
    expect(wholeStatement(first, list, TEXT)).toBe("The quay is closed until the cranes are checked, Nobody will work under them.");
    expect(wholeStatement(second, list, TEXT)).toBe("The quay is closed until the cranes are checked, Nobody will work under them.");
  });
  it("must not: joins across another speaker's quote, or a quote of the same speaker after it", () => {
    expect(wholeStatement(later, list, TEXT)).toBe("The checks take two weeks.");
    expect(wholeStatement(union, list, TEXT)).toBe("We want a meeting.");
  });
  it("must not: joins reported speech or a quote with no speaker", () => {
    const reported = q("q2", "Nobody will work under them.", "Nadia Brenner", "indirect");
    expect(wholeStatement(first, quotesByArticle([first, reported]).get("a")!, TEXT)).toBe(first.text);
    const unknown = { ...first, speaker: null };
    expect(wholeStatement(unknown, quotesByArticle([unknown, second]).get("a")!, TEXT)).toBe(first.text);
  });
});

describe("splitButWhole", () => {
  const ref = "The quay is closed until the cranes are checked. Nobody will work under them.";
  it("must: a half of a statement printed whole elsewhere", () => {
    expect(splitButWhole(ref, first, list, TEXT)).toBe(true);
    expect(splitButWhole(ref, second, list, TEXT)).toBe(true);
  });
  it("must not: halves that together still drop or change words of the reference", () => {
    expect(splitButWhole("The quay is closed until the cranes are checked. Nobody will work under them at night.", first, list, TEXT)).toBe(false);
    expect(splitButWhole("The quay is shut until the cranes are checked. Nobody will work under them.", first, list, TEXT)).toBe(false);
  });
  it("must not: a quote that stands alone", () => {
    expect(splitButWhole("The checks take two weeks, and then we reopen.", later, list, TEXT)).toBe(false);
  });
});

describe("dropsNothing", () => {
  it.each([
    [[{ op: "same", text: "he is becoming" }, { op: "del", text: "isis" }, { op: "add", text: "isis's" }, { op: "same", text: "best recruiter" }], true],
    [[{ op: "add", text: "the fact" }, { op: "same", text: "no one is above the law" }], true],
    [[{ op: "same", text: "we have come a" }, { op: "del", text: "pretty" }, { op: "same", text: "long way" }], false],
    [[{ op: "del", text: "two" }, { op: "add", text: "three" }, { op: "same", text: "weeks" }], false],
  ] as const)("%j -> %s", (diff, ok) => {
    expect(dropsNothing(diff as never)).toBe(ok);
  });
});
