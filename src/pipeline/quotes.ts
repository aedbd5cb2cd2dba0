import { attributeQuotes } from "../attribute/index.js";
import { extractQuotes } from "../extract/index.js";
import type { Article, Diagnostic, Quote } from "../model/index.js";

// Apart from ./index.ts, so that what runs extract and attribute alone (the worker pool, the
// streamed `extract` command) does not also load the speaker alignment and the conflict checks.

/** Quotes of one article: extract, then attribute. Pure; workers call this too. */
export function quotesOfArticle(article: Article): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const ex = extractQuotes(article);
  const at = attributeQuotes(article, ex.candidates);
  return { quotes: at.quotes, diagnostics: [...ex.diagnostics, ...at.diagnostics] };
}
