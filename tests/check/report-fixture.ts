import type { Article, Finding, Quote, QuoteGroup, Report } from "../../src/model/index.js";
import { articleFromText } from "../../src/ingest/article.js";

/** A hand-made report about made-up events, for rule and formatter tests. */
export type ArticleSpec = {
  id: string;
  doc?: string;
  outlet?: string | null;
  published?: string | null;
  title?: string;
  byline?: string;
  text: string;
};

export type QuoteSpec = Partial<Omit<Quote, "span" | "articleId" | "documentId" | "text">> & {
  id: string;
  article: string;
  /** Words that occur in the article text; the span is where they first occur. */
  text: string;
};

export function makeArticle(s: ArticleSpec): Article {
  const a = articleFromText(s.text, s.id, s.doc ?? `${s.id}.txt`);
  return { ...a, outlet: s.outlet ?? null, published: s.published ?? null, title: s.title ?? null, byline: s.byline ?? null };
}

export function makeQuote(s: QuoteSpec, articles: readonly Article[]): Quote {
  const a = articles.find((x) => x.id === s.article);
  if (!a) throw new Error(`fixture: no article ${s.article}`);
  const start = a.text.indexOf(s.text);
  if (start < 0) throw new Error(`fixture: "${s.text}" is not in ${s.article}`);
  return {
    documentId: a.documentId,
    articleId: a.id,
    kind: "direct",
    truncated: false,
    speaker: null,
    speakerType: "person",
    role: null,
    mention: null,
    mentionSpan: null,
    cue: "said",
    cueSpan: null,
    toOutlet: null,
    medium: null,
    spokenOn: null,
    ruleId: "attribution/test",
    reason: "fixture",
    ...s,
    span: { start, end: start + s.text.length },
  } as Quote;
}

export function makeReport(spec: {
  articles: ArticleSpec[];
  quotes?: QuoteSpec[];
  findings?: Finding[];
  groups?: QuoteGroup[];
}): Report {
  const articles = spec.articles.map(makeArticle);
  const quotes = (spec.quotes ?? []).map((q) => makeQuote(q, articles));
  const docs = [...new Set(articles.map((a) => a.documentId))];
  return {
    schemaVersion: "1.0",
    inputs: docs.map((d) => ({ path: d, status: "processed", format: "text", articles: articles.filter((a) => a.documentId === d).length })),
    documents: docs.map((d) => ({ id: d, format: "text", encoding: "utf-8", bytes: 100, sha256: "0".repeat(64), articleIds: articles.filter((a) => a.documentId === d).map((a) => a.id) })),
    articles,
    quotes,
    speakers: [],
    groups: spec.groups ?? [],
    claims: [],
    findings: spec.findings ?? [],
    diagnostics: [],
  };
}

/** A claim reference pointing at a quote of the report. */
export function claimOf(report: Report, quoteId: string) {
  const q = report.quotes.find((x) => x.id === quoteId);
  if (!q) throw new Error(`fixture: no quote ${quoteId}`);
  const a = report.articles.find((x) => x.id === q.articleId);
  return {
    quoteId: q.id,
    speaker: q.speaker,
    role: q.role,
    outlet: a?.outlet ?? null,
    article: q.articleId,
    published: a?.published ?? null,
    spokenOn: q.spokenOn,
    text: q.text,
    start: q.span.start,
    end: q.span.end,
  };
}

// Two made-up outlets' accounts of a made-up flood in the made-up town of Marrowby.
export const GAZETTE = `Floodwater reached the old market in Marrowby on Tuesday.

“We evacuated every family from the river district before midnight,” Lena Vasquez, the mayor, said in a statement.

“Nobody told us to leave, and most of the families are still in their homes,” said Tomas Reyes, a shopkeeper.

One resident said the pumps had failed hours earlier. Rescue crews counted 40 people stranded, officials told Reuters.`;

export const COURIER = `The mayor of Marrowby said the river district was cleared.

“We evacuated every family from the river district before dawn,” Vasquez told the Valley Courier.

Emergency services said 400 people were stranded. The Courier could not confirm the claim, which was false according to records.

“Most of the families are still in their homes,” said Ana Holt, a nurse.`;
