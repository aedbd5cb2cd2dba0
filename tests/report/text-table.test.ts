import { describe, expect, it } from "vitest";
import stringWidth from "string-width";
import { textTable } from "../../src/report/text-table.js";

const lines = (t: string) => t.trimEnd().split("\n");

describe("textTable", () => {
  it("pads and cuts ASCII cells to their column width", () => {
    expect(lines(textTable(["a", "b"], [["abcdef", "x"]], [4, 3]))).toEqual(["a     b", "----  ---", "abc…  x"]);
  });

  // A cut through an emoji's surrogate pair printed U+FFFD; wide CJK and emoji took two cells each
  // but counted one, pushing every later column out of line.
  it("cuts between characters and counts wide ones as two cells", () => {
    const rows = [
      ["aaaaaaaa😀😀 and more", "x"],
      ["東京の市場は非常に強いです", "y"],
      ["Café crème", "z"],
      ["Zoë Lefèvre", "w"],
    ];
    const out = lines(textTable(["quote", "k"], rows, [10, 1]));
    for (const l of out) {
      expect(l).not.toContain("\uFFFD");
      expect(l).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no half of a surrogate pair
    }
    // The second column starts at the same terminal cell on every line.
    const starts = out.slice(2).map((l) => stringWidth(l.slice(0, -1)));
    expect(new Set(starts)).toEqual(new Set([12]));
    expect(out[2]).toBe("aaaaaaaa…   x");
    expect(out[3]).toBe("東京の市…   y");
  });

  // A cut inside a flag or a joined emoji left half of it; its parts counted as several cells.
  it.each([
    ["ab 👨‍👩‍👧 cd", 6, "ab 👨‍👩‍👧…"],
    ["ab 👨‍👩‍👧", 5, "ab 👨‍👩‍👧"],
    ["🇳🇱🇳🇱🇳🇱", 4, "🇳🇱… "],
    ["Cafe\u0301 au lait", 5, "Cafe\u0301…"],
  ])("cell %j at width %i -> %j", (cell, w, want) => {
    expect(lines(textTable(["q", "k"], [[cell, "x"]], [w, 1]))[2]).toBe(`${want}  x`);
  });
});
