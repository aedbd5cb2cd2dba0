import { alignSpeakers, groupQuotes } from "../align/index.js";
import { findConflicts } from "../conflicts/index.js";
import { quotesOfArticle } from "./quotes.js";
import { placeDiagnostics, placeQuotes } from "./positions.js";
import type { Article, Diagnostic, InputStatus, Quote, Report, SourceDocument } from "../model/index.js";

export type Loaded = {
  readonly documents: readonly SourceDocument[];
  readonly inputs: readonly InputStatus[];
  readonly diagnostics: readonly Diagnostic[];
};

export type Depth = "articles" | "quotes" | "full";

export { quotesOfArticle };

/**
 * Run the stages over loaded documents. `depth` stops early for commands that need less. `known`
 * gives quotes already computed for an article (by a worker or the cache); others are computed here.
 */
export function analyse(
  loaded: Loaded,
  depth: Depth = "full",
  known: (article: Article) => { quotes: readonly Quote[]; diagnostics: readonly Diagnostic[] } | undefined = () => undefined,
): Report {
  const articles = loaded.documents.flatMap((d) => d.articles);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  let quotes: Quote[] = [];
  if (depth !== "articles") {
    for (const article of articles) {
      const r = known(article) ?? quotesOfArticle(article);
      // Loops, not push(...xs): a spread passes every element as an argument, and one article of
      // bad input can give more quotes or diagnostics than the call stack holds.
      for (const q of r.quotes) quotes.push(q);
      for (const d of r.diagnostics) diagnostics.push(d);
    }
  }
  let speakers: Report["speakers"] = [];
  let groups: Report["groups"] = [];
  let claims: Report["claims"] = [];
  let findings: Report["findings"] = [];
  if (depth === "full") {
    const aligned = alignSpeakers(articles, quotes);
    quotes = aligned.quotes;
    speakers = aligned.speakers;
    groups = groupQuotes(articles, quotes);
    const c = findConflicts({ articles, quotes, speakers, groups });
    claims = c.claims;
    findings = c.findings;
    for (const d of c.diagnostics) diagnostics.push(d);
    // Only the full analysis (report, UI, conflicts) shows places; extract gives offsets instead.
    quotes = placeQuotes(loaded.documents, articles, quotes);
  }
  return {
    schemaVersion: "1.0",
    inputs: loaded.inputs,
    documents: loaded.documents.map((d) => ({
      id: d.id,
      format: d.format,
      encoding: d.encoding,
      bytes: d.bytes,
      sha256: d.sha256,
      articleIds: d.articles.map((a) => a.id),
    })),
    articles,
    quotes,
    speakers,
    groups,
    claims,
    findings,
    diagnostics: placeDiagnostics(loaded.documents, articles, diagnostics),
  };
}
