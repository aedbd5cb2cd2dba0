import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up round-up lines: a sentence that is only "From" (or "More from") and a document before a
// colon quotes that document; its possessor wrote it, else the document as written is the source.
// A place or a word that names no document after "From" credits no one.
describe("From a document: “…”", () => {
  it.each([
    ["must: a document", "The harbour survey came out on Monday. From the report: “Most piers were built of oak.”", "direct", { mention: "the report" }],
    ["must: more from a document", "The harbour survey came out on Monday. More from the report: “Few piers were built of steel.”", "direct", { mention: "the report" }],
    ["must: a possessor's post", "Ann Lind quit on Monday. From Lind’s Facebook post: “We move on.”", "direct", { speaker: "Ann Lind" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it.each([
    ["a place", "The roads were shut on Monday. From Oakdale: “The road is open.”", "direct"],
    ["a word that names no document", "The roads were shut on Monday. From the start: “The road is open.”", "direct"],
  ] as [string, string, QuoteKind][])("must-not: %s", (_name, text, kind) => {
    const q = quotesOf(text, kind)[0];
    expect(q).toBeDefined();
    expect(q.speaker).toBeNull();
  });
});
