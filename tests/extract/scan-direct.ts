import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words], and the diagnostics' rule ids. */
export function scanDirect(text: string): { quotes: [string, string][]; rules: string[] } {
  const a = articleFromText(text);
  const r = extractQuotes(a);
  return {
    quotes: r.candidates.filter((c) => c.kind !== "indirect").map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]),
    rules: r.diagnostics.map((d) => d.ruleId),
  };
}
