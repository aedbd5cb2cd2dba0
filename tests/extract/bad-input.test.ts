import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/attribute/index.js";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";

// Bad input must finish (the scanner is linear: no backtracking, a bounded mark stack) and must
// say what it could not make sense of. Speed itself is measured by `npm run bench`, not here.
function run(text: string) {
  const article = articleFromText(text);
  const ex = extractQuotes(article);
  const at = attributeQuotes(article, ex.candidates);
  // One assertion over all quotes: an expect() per quote cost more than the extraction itself
  // when every word is quoted.
  const bad = at.quotes.filter((q) => q.span.start < 0 || q.span.end > article.text.length || q.text !== article.text.slice(q.span.start, q.span.end));
  expect(bad).toEqual([]);
  return { article, quotes: at.quotes, diagnostics: [...ex.diagnostics, ...at.diagnostics] };
}

// (The timeout is a guard for a loaded machine, not a measurement: these run 0.1-4 s each here.)
describe("bad input", { timeout: 60_000 }, () => {
  it("unbalanced marks: unclosed quotes end at their paragraph with a diagnostic", () => {
    const paras = Array.from({ length: 200 }, (_, i) => `Para ${i} says “this never closes and goes on for a while.`);
    const r = run(paras.join("\n\n"));
    expect(r.quotes.length).toBe(200);
    expect(r.diagnostics.some((d) => d.ruleId === "extract/unclosed-quote")).toBe(true);
  });

  it("a speech verb that ends the text with no stop after it (a headline)", () => {
    // The said-after rule read the token after the verb, which is not there.
    expect(() => run("Quake damages historic church, no deaths reported")).not.toThrow();
  });

  it("a quote mark in every word", () => {
    const words = Array.from({ length: 50_000 }, (_, i) => (i % 3 === 0 ? "“word" : i % 3 === 1 ? "word”" : "‘w’"));
    const r = run(words.join(" "));
    expect(r.quotes.length).toBeGreaterThan(0);
  });

  it("more quotes in one paragraph than the call stack holds arguments", () => {
    // 150,000 quotes: runs were once appended with push(...runs), which passes each as an argument and
    // overflowed the stack ("Maximum call stack size exceeded") on a megabyte of marked words.
    const r = run("“w” ".repeat(150_000));
    expect(r.quotes.length).toBe(150_000);
  });

  it("title-case words in single marks and nicknames in every word of one paragraph", () => {
    // The heading and nickname tests look at a run's neighbours; they must not rescan the paragraph.
    const r = run("‘Word’ ".repeat(30_000) + "Ada “Bo” Lee ".repeat(30_000));
    expect(r.article.text.length).toBeGreaterThan(400_000);
  });

  it("programmes after 'said on' and before 'host' in every word of one paragraph", () => {
    // The venue and credit tests read a bounded window beside each run, never the paragraph.
    const r = run("said on “Ada Bo” ".repeat(20_000) + "“Vote Lee” host ".repeat(20_000));
    expect(r.article.text.length).toBeGreaterThan(600_000);
  });

  it("slogans before 'hats', words to click and pen names in every word of one paragraph", () => {
    // The label test reads a bounded window beside each run, never the paragraph.
    const r = run("“Vote Lee” hats ".repeat(20_000) + "click “sign up” ".repeat(20_000) + "the pseudonym “Bo” ".repeat(20_000));
    expect(r.article.text.length).toBeGreaterThan(900_000);
  });

  it("openers only: nesting is capped and reported", () => {
    const r = run("“".repeat(1000) + "text" + "”".repeat(3));
    expect(r.diagnostics.some((d) => d.ruleId === "extract/marks-too-deep")).toBe(true);
  });

  it("1 MB with no punctuation", () => {
    const r = run("word ".repeat(200_000));
    expect(r.quotes).toEqual([]);
  });

  it("a block quotation after 'said:' whose paragraphs are each one 200 KB word", () => {
    // The block rule looks for the reporter's own attribution in each paragraph; a word must be tried
    // from its first letter only, or a long run of letters is rescanned from every position in it.
    const r = run("The senator said:\n\nA" + "a".repeat(200_000) + "\n\nB" + "b".repeat(200_000));
    expect(r.quotes.some((q) => q.ruleId === "reported/block-after-colon")).toBe(true);
  });

  it("mixed scripts and stray marks", () => {
    const text = "Он сказал «привет» and 他说“你好” then „hallo“ 'x \" ” » ‹ › ‚ ’ ‘ and ''''' end.";
    const r = run(text.repeat(500));
    expect(r.quotes.length).toBeGreaterThan(0);
  });
});
