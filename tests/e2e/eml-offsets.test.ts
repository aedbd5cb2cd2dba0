import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild, ROOT } from "./run-bin.js";

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

/**
 * An .eml's quotes lead back to the file as a text's do: extract's sourceStart/sourceEnd give each
 * quote's place in the decoded file (null before), and the report places every quote,
 * those whose words a quoted-printable line break splits too.
 */
describe("quotecheck on an .eml (built binary)", () => {
  beforeAll(requireBuild);
  const file = "tests/fixtures/ingest-eml/hospital-wing.eml";
  it("extract: must sourceStart/sourceEnd on every quote, at its words in the file", () => {
    const r = quotecheck(["extract", file, "--format", "jsonl", "--no-cache"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { text: string; sourceStart: number | null; sourceEnd: number | null });
    expect(rows.length).toBeGreaterThan(3);
    const text = readFileSync(`${ROOT}${file}`, "latin1");
    for (const q of rows) {
      expect(q.sourceStart).not.toBeNull();
      // the file's words, quoted-printable soft breaks and escapes taken out, are the quote's
      const inFile = text.slice(q.sourceStart!, q.sourceEnd!).replace(/=\r?\n/g, "").replace(/=[0-9A-F]{2}/g, "x");
      expect(inFile.replace(/x/g, "")).toBe(q.text.replace(/[^\x20-\x7e]/g, "").replace(/\s+/g, " ").replace(/x/g, ""));
    }
  });
  it("report json: must a line and column for every quote", () => {
    const r = quotecheck(["report", file, "--format", "json", "--no-cache"]);
    const quotes = (JSON.parse(r.stdout) as { quotes: { kind: string; line?: number; column?: number }[] }).quotes.filter((q) => q.kind !== "scare");
    expect(quotes.length).toBeGreaterThan(3);
    // every quote placed: the finder that searched the file for the words missed those a soft line break splits
    for (const q of quotes) expect([typeof q.line, typeof q.column]).toEqual(["number", "number"]);
  });
});
