import { describe, expect, it } from "vitest";
import { helpLines } from "../../src/tui/help-lines.js";
import { cellWidth } from "../../src/tui/text.js";

const words = (lines: readonly { text: string }[]) => lines.map((l) => l.text).join(" ").split(/\s+/).filter(Boolean);

describe("help lines", () => {
  it.each([120, 80, 60, 40, 30])("at %i columns no line is wider than the terminal and no word is lost", (width) => {
    const lines = helpLines(width);
    for (const l of lines.filter((x) => x.kind === "entry")) expect(cellWidth(l.text)).toBeLessThanOrEqual(width);
    // the words of the widest layout, in the same order, at every width
    expect(words(lines.filter((l) => l.kind === "entry"))).toEqual(words(helpLines(1000).filter((l) => l.kind === "entry")));
  });

  it("keeps a description beside its key while 24 columns are left for it", () => {
    const at80 = helpLines(80).map((l) => l.text);
    expect(at80).toContain("  q                     quit (in help or the export prompt: close it)");
    expect(at80).toContain("  Esc                   back where you came from: Detail to its list, a");
    expect(at80).toContain("                        c's finding to its quote; else clear the filter");
    expect(at80).toContain("  Backspace             back, as Esc, but never clears the filter");
  });

  it("puts the description under its key on a narrow terminal", () => {
    const at40 = helpLines(40).map((l) => l.text);
    const i = at40.indexOf("  Enter");
    expect(i).toBeGreaterThan(0);
    expect(at40[i + 1]).toMatch(/^ {4}quote: open Detail;/);
  });

  it("is one line a key and a flag when the terminal is wide enough", () => {
    // keys, flags, the published column's two marks, the outlet cell in marks, the note
    expect(helpLines(200)).toHaveLength(1 + 15 + 1 + 5 + 1 + 2 + 2 + 1);
  });
});

describe("help says what an outlet cell in quotation marks is", () => {
  it("must: a line that reads '“…”' as outlet unknown, the article named instead", () => {
    const text = helpLines(120).map((l) => l.text).join("\n");
    expect(text).toMatch(/“…”\s+outlet unknown: the article by its title or first words/);
  });
  it("must-not: a '?' as an outlet anywhere in help", () => {
    expect(helpLines(120).map((l) => l.text).join("\n")).not.toMatch(/\? “/);
  });
});
