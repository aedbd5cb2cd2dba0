import { attributeQuotes } from "../../src/attribute/index.js";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Quote, QuoteKind } from "../../src/model/index.js";

/** One made-up article through extraction and attribution: its quotes of one kind, in text order. */
export function quotesOf(text: string, kind: QuoteKind): Quote[] {
  const a = articleFromText(text);
  return attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((q) => q.kind === kind);
}
