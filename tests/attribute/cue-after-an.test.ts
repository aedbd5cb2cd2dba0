import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: "an" before a speech verb's form makes it a noun ("an order", "an answer"),
// as "a" and "the" do, so it is no cue of its own.
describe("cue verbs: not after 'an'", () => {
  it.each([
    ["must-not: 'an order' is no cue", "Tom Reyes filed an appeal after the judge issued an order banning the “harbor tax” in May.", { cue: "filed" }],
    ["must: 'ordered' after a name still is", "The judge ordered that the “harbor tax” be lifted in May.", { mention: "The judge", cue: "ordered" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
