import { describe, expect, it } from "vitest";
import { reflow } from "../../src/ingest/reflow.js";

describe("reflow", () => {
  const wrapped = "The first line of a wrapped \nparagraph goes on here and \nends on this line.\n\nA second paragraph \nthat is also wrapped \nover three lines.\n";

  it("joins hard-wrapped lines into paragraphs", () => {
    const r = reflow(wrapped);
    expect(r.text).toBe(
      "The first line of a wrapped paragraph goes on here and ends on this line.\n\nA second paragraph that is also wrapped over three lines.",
    );
    expect(r.paragraphs).toHaveLength(2);
  });

  it("maps every kept character back to its source offset", () => {
    const r = reflow(wrapped);
    for (let i = 0; i < r.text.length; i++) {
      const ch = r.text[i];
      if (ch !== " " && ch !== "\n") expect(wrapped[r.offsets[i]]).toBe(ch);
    }
  });

  it("keeps one paragraph a line when lines are long", () => {
    const long = "x".repeat(150);
    const r = reflow(`${long} one.\n${long} two.\n${long} three.\n`);
    expect(r.paragraphs).toHaveLength(3);
  });
});
