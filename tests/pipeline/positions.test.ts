import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { analyse } from "../../src/pipeline/index.js";
import { placeDiagnostics } from "../../src/pipeline/positions.js";
import { formatDiagnostic } from "../../src/report/diagnostics.js";

const enc = (s: string) => new TextEncoder().encode(s);
const load = (id: string, text: string) => {
  const { document, diagnostics } = parseDocument(id, enc(text));
  return { documents: [document], inputs: [], diagnostics };
};

describe("diagnostic positions", () => {
  it("gives an article-level diagnostic the line and column of its span in the file", () => {
    // Hard-wrapped text: the article is reflowed, so its offsets differ from the file's.
    const text = "Storm hits the coast\n\nThe mayor spoke to\nreporters on Monday. He said\n\"we will rebuild the pier and\n\nNothing else was said.\n";
    const report = analyse(load("news/storm.txt", text), "quotes");
    // The cut sentence starts at "He said", line 4 column 22 of the file.
    const d = report.diagnostics.find((x) => x.ruleId === "ingest/cut-text");
    expect(d).toBeDefined();
    expect(d?.line).toBe(4);
    expect(d?.column).toBe(22);
    expect(formatDiagnostic(d!, null)).toMatch(/^news\/storm\.txt:4:22: text stops mid-sentence.*\(ingest\/cut-text\)$/);
  });

  it("places a document-level span directly in the file", () => {
    const doc = parseDocument("a.txt", enc("one\ntwo three\n")).document;
    const [d] = placeDiagnostics([doc], [], [{ reason: "r", documentId: "a.txt", span: { start: 8, end: 9 }, ruleId: "x/y", stage: "ingest", severity: "info" }]);
    expect([d.line, d.column]).toEqual([2, 5]);
  });

  it("leaves diagnostics without a span, or of an unknown document, unplaced", () => {
    const out = placeDiagnostics([], [], [
      { reason: "r", documentId: "gone.txt", ruleId: "x/y", stage: "ingest", severity: "error" },
      { reason: "r", documentId: "gone.txt", span: { start: 0, end: 1 }, ruleId: "x/y", stage: "ingest", severity: "error" },
    ]);
    expect(out.map((d) => d.line)).toEqual([undefined, undefined]);
    expect(formatDiagnostic(out[1], null)).toBe("gone.txt: r (x/y)");
  });
});
