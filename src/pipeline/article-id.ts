import type { Diagnostic, Quote } from "../model/index.js";

// Apart from the engine: a run that reads every file from the cache relabels without loading it.

/**
 * The quotes of an article whose id was `from`, as quotesOfArticle gives them for the same article
 * with the id `to` (a run that puts files together renames an article whose id an earlier file's
 * article took). Extract and attribute read nothing of the id but write it: in each quote's `id`
 * ("<article>:q<n>") and `articleId`, and in the `articleId` of their diagnostics. So the quotes are
 * relabelled, not found again: that ran the whole engine a second time on every renamed article,
 * and in a folder of one outlet's stories of a day (all "ap-2016-02-08") that is most of them.
 * Pure; key order is kept, so the JSON of a quote is what quotesOfArticle would have written.
 */
export function withArticleId(
  r: { readonly quotes: readonly Quote[]; readonly diagnostics: readonly Diagnostic[] },
  from: string,
  to: string,
): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  return {
    quotes: r.quotes.map((q) => ({ ...q, id: to + q.id.slice(from.length), articleId: to })),
    diagnostics: r.diagnostics.map((d) => (d.articleId === from ? { ...d, articleId: to } : d)),
  };
}
