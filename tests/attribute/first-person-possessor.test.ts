import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: "my answer:" after the narrator's own "I" in its clause gives the quote to the
// writer (the first person), not to the sentence's subject (attribution/possessor-of-words).
describe("the narrator's own words after 'my' and a noun for something said", () => {
  it("must: 'I had to change my answer:'", () => {
    const q = direct("Port plan draws fire.\n\nShe got so upset that I had to change my answer: “Of course I believe it.”")[0];
    expect(q).toMatchObject({ mention: "I", ruleId: "attribution/possessor-of-words" });
  });
  it("must-not: 'my' with no 'I' in its clause", () => {
    const q = direct("Port plan draws fire.\n\nShe got so upset, and my answer: “Of course I believe it.”")[0];
    expect(q.ruleId).not.toBe("attribution/possessor-of-words");
  });
});
