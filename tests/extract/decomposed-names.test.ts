import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/ingest/article.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "../attribute/quotes-of.js";

// Made-up text kept decomposed (NFD: each accented letter a base letter and a combining mark, as some
// Mac and web sources write it). A name's marks are part of its words: the reported-speech source is
// the whole name, as in the composed text, and every offset still points into the text as given.
const MARTINEZ = "Marti\u0301nez";
const RENEE = "Rene\u0301e Fleming-Zoe\u0308";
const NUNEZ = "A\u0301ngel Nu\u0301n\u0303ez";

const reported = (text: string): Quote[] => quotesOf(text, "indirect");

describe("reported speech credited to a name in decomposed form", () => {
  it.each([
    ["must: a surname alone before the cue", `Jose\u0301 ${MARTINEZ} spoke first. ${MARTINEZ} said the budget would pass.`, { speaker: `Jose\u0301 ${MARTINEZ}`, mention: MARTINEZ }],
    ["must: a hyphenated name with an appositive", `${RENEE}, a councillor, told reporters that the plan was wrong.`, { speaker: RENEE, role: "a councillor" }],
    ["must: a name of three marked letters with a role", `${NUNEZ}, a spokesman for the union, said the union would strike.`, { speaker: NUNEZ, role: "a spokesman for the union" }],
    ["must-not: the composed name reads the same", `Jose\u0301 Martínez spoke first. Martínez said the budget would pass.`, { speaker: "Jose\u0301 Martínez", mention: "Martínez" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    const q = reported(text);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject(want);
  });

  it("must: the same quotes as the composed text, at the decomposed text's own offsets", () => {
    const nfc = `“We will win the vote,” said José Martínez, the mayor.\n\nMartínez said the budget would pass.\n\nRenée Fleming-Zoë, a councillor, told reporters that the plan was wrong.`;
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    const a = articleFromText(nfd);
    const norm = (s: string | null) => s?.normalize("NFC") ?? null;
    const of = (text: string) => [...quotesOf(text, "direct"), ...quotesOf(text, "indirect")].map((q) => [q.kind, norm(q.text), norm(q.speaker), norm(q.mention), norm(q.role)]);
    expect(of(nfd)).toEqual(of(nfc));
    for (const q of [...quotesOf(nfd, "direct"), ...quotesOf(nfd, "indirect")]) {
      expect(a.text.slice(q.span.start, q.span.end)).toBe(q.text);
      if (q.mentionSpan) expect(a.text.slice(q.mentionSpan.start, q.mentionSpan.end)).toBe(q.mention);
    }
  });

  it("must-not: a common noun with a mark stays a description, not a name", () => {
    const q = reported("The cafe\u0301 owner said the budget would pass.");
    expect(q.map((x) => [x.speaker, x.speakerType])).toEqual([["The cafe\u0301 owner", "anonymous"]]);
    expect(reported("The café owner said the budget would pass.").map((x) => [x.speaker, x.speakerType])).toEqual([["The café owner", "anonymous"]]);
  });
});
