import { describe, expect, it } from "vitest";
import { markedLines, paragraphRange } from "../../src/tui/highlight.js";
import { cellWidth } from "../../src/tui/text.js";
import { ledger, quotes } from "./fixture.js";

const q3 = quotes.find((q) => q.id === "q3")!;

describe("paragraphRange", () => {
  it("is the paragraph holding the quote", () => {
    const r = paragraphRange(ledger, q3.span);
    expect(ledger.text.slice(r.start, r.end)).toMatch(/^Mayor Anna Keller.*she said\.$/);
  });
  it("covers every paragraph a quote runs over", () => {
    const span = { start: ledger.paragraphs[1].start + 5, end: ledger.paragraphs[2].start + 5 };
    const r = paragraphRange(ledger, span);
    expect(r).toEqual({ start: ledger.paragraphs[1].start, end: ledger.paragraphs[2].end });
  });
});

describe("markedLines", () => {
  const range = paragraphRange(ledger, q3.span);
  const marks = [
    { span: q3.span, mark: "quote" as const },
    { span: q3.cueSpan!, mark: "cue" as const },
    { span: q3.mentionSpan!, mark: "mention" as const },
  ];
  const lines = markedLines(ledger.text, range, marks, 40);

  it("wraps within the width and loses no word", () => {
    for (const l of lines) expect(cellWidth(l.map((s) => s.text).join(""))).toBeLessThanOrEqual(40);
    const joined = lines.map((l) => l.map((s) => s.text).join("")).join(" ");
    expect(joined).toBe(ledger.text.slice(range.start, range.end));
  });

  it("marks exactly the quote, the cue and the mention (narrowest wins)", () => {
    const marked = (m: string) => lines.flatMap((l) => l.filter((s) => s.mark === m).map((s) => s.text)).join(" ");
    expect(marked("quote")).toBe("We asked for money to repair it three times,");
    expect(marked("mention")).toBe("she");
    expect(marked("cue")).toBe(" said");
  });

  it("puts an empty line between paragraphs", () => {
    const two = markedLines(ledger.text, { start: ledger.paragraphs[0].start, end: ledger.paragraphs[1].end }, [], 200);
    expect(two.map((l) => l.map((s) => s.text).join(""))).toEqual([
      ledger.text.slice(ledger.paragraphs[0].start, ledger.paragraphs[0].end),
      "",
      ledger.text.slice(ledger.paragraphs[1].start, ledger.paragraphs[1].end),
    ]);
  });
});
