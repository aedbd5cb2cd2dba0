import { helpLines } from "./help-lines.js";
import type { Report } from "../model/index.js";
import { articleName } from "../report/article-name.js";
import { detailLines, type DetailLine } from "./detail-lines.js";
import { FINDING_SORTS, buildFindingItems, selectFindings, type FindingItem } from "./finding-items.js";
import type { KeyContext } from "./keys.js";
import { bodyHeight, findingListHeight, listHeight } from "./layout.js";
import { buildQuoteItems, type QuoteItem } from "./quote-items.js";
import { listShape, type ListShape } from "./quote-columns.js";
import { QUOTE_SORTS, selectQuotes } from "./selection.js";
import { buildSourceLines, selectSourceLines, type SourceLine } from "./source-lines.js";
import { SPEAKER_SORTS, buildSpeakerItems, selectSpeakers, type SpeakerItem } from "./speaker-items.js";
import { speakerShape, type SpeakerShape } from "./speaker-columns.js";
import type { Action, State, ViewId } from "./state.js";

/** What the UI shows, built once per report: rows for every view, before any filter. */
export type Model = {
  readonly report: Report;
  readonly quotes: readonly QuoteItem[];
  readonly byId: ReadonlyMap<string, QuoteItem>;
  readonly speakers: readonly SpeakerItem[];
  /** The Speakers table's cell widths over every speaker, so its columns stay put while filtering. */
  readonly speakerShape: SpeakerShape;
  readonly findings: readonly FindingItem[];
  readonly sources: readonly SourceLine[];
};

export function buildModel(report: Report): Model {
  const quotes = buildQuoteItems(report);
  const speakers = buildSpeakerItems(report, quotes);
  return {
    report,
    quotes,
    byId: new Map(quotes.map((i) => [i.quote.id, i])),
    speakers,
    speakerShape: speakerShape(speakers),
    findings: buildFindingItems(report),
    sources: buildSourceLines(report),
  };
}

/** Each view's rows under the current filter, flags, sort and scope. */
export type Lists = {
  readonly quotes: readonly QuoteItem[];
  readonly speakers: readonly SpeakerItem[];
  readonly conflicts: readonly FindingItem[];
  readonly sources: readonly SourceLine[];
};

export const SORTS: Readonly<Record<ViewId, readonly string[]>> = {
  quotes: QUOTE_SORTS,
  speakers: SPEAKER_SORTS,
  conflicts: FINDING_SORTS,
  sources: ["input order"],
};

/** One-entry memo: the last inputs and their result. */
function memo<A extends readonly unknown[], R>(f: (...a: A) => R): (...a: A) => R {
  let last: { a: A; r: R } | null = null;
  return (...a: A) => {
    if (last && last.a.length === a.length && last.a.every((x, i) => x === a[i])) return last.r;
    const r = f(...a);
    last = { a, r };
    return r;
  };
}

/**
 * The lists for a state, recomputed only when what they depend on changes; the key handler and
 * the render both call it, so a key read before the next render still sees the newest lists.
 */
export function listSelector(m: Model): (s: State) => Lists {
  const quotes = memo((filter: string, flaggedOnly: boolean, kinds: State["kinds"], scope: State["scope"], sort: number) =>
    selectQuotes(m.quotes, { filter, flaggedOnly, kinds, scope, sort: QUOTE_SORTS[sort] }),
  );
  const speakers = memo((filter: string, flaggedOnly: boolean, sort: number) => selectSpeakers(m.speakers, { filter, flaggedOnly, sort: SPEAKER_SORTS[sort] }));
  const conflicts = memo((filter: string, flaggedOnly: boolean, sort: number) => selectFindings(m.findings, { filter, flaggedOnly, sort: FINDING_SORTS[sort] }));
  const sources = memo((filter: string) => selectSourceLines(m.sources, filter));
  return (s) => ({
    quotes: quotes(s.filter, s.flaggedOnly, s.kinds, s.scope, s.sort.quotes),
    speakers: speakers(s.filter, s.flaggedOnly, s.sort.speakers),
    conflicts: conflicts(s.filter, s.flaggedOnly, s.sort.conflicts),
    sources: sources(s.filter),
  });
}

/**
 * The Quotes table's shape (widest cells, columns alike on every row) for the list in scope, before
 * the filter and flags: the columns stay put while a filter is typed, and a scope to one article or
 * speaker still gives the quote the room of the columns that would repeat on every row.
 */
export function quoteShapeSelector(m: Model): (scope: State["scope"]) => ListShape {
  return memo((scope: State["scope"]) => scope ? listShape(selectQuotes(m.quotes, { filter: "", flaggedOnly: false, scope, sort: QUOTE_SORTS[0] }), scope) : listShape(m.quotes));
}

/** The Detail view's lines for a quote at a width (memoised by the caller's selector). */
export function detailSelector(m: Model): (quoteId: string | null, width: number) => readonly DetailLine[] {
  return memo((quoteId: string | null, width: number) => {
    const item = quoteId ? m.byId.get(quoteId) : undefined;
    return item ? detailLines(item, m.report, m.byId, width) : [];
  });
}

export const totalOf = (l: Lists, v: ViewId): number => l[v].length;

/** Rows visible in the current view's list. */
export const pageOf = (view: ViewId, rows: number, lists: Lists): number =>
  view === "conflicts" ? findingListHeight(bodyHeight(rows) - 1, lists.conflicts.length) : listHeight(bodyHeight(rows));

export const cursorOf = (s: State, lists: Lists): number => Math.min(s.cursor[s.view], Math.max(0, totalOf(lists, s.view) - 1));

/** What Enter does on the selected row of the current view. */
export function enterAction(s: State, lists: Lists, m: Model): Action | null {
  const i = cursorOf(s, lists);
  if (s.view === "quotes") {
    const q = lists.quotes[i];
    return q ? { type: "openDetail", quoteId: q.quote.id } : null;
  }
  if (s.view === "speakers") {
    const sp = lists.speakers[i];
    return sp ? { type: "scope", scope: { label: `quotes by ${sp.name}`, by: "speaker", quoteIds: sp.quoteIds, filter: s.filter } } : null;
  }
  if (s.view === "conflicts") {
    const f = lists.conflicts[i];
    if (!f) return null;
    const c = f.finding.claims[Math.min(s.claim, f.finding.claims.length - 1)];
    return c && m.byId.has(c.quoteId) ? { type: "openDetail", quoteId: c.quoteId } : { type: "status", text: "this claim's quote is not in the report" };
  }
  const line = lists.sources[i];
  if (!line) return null;
  if (line.articleId) {
    const id = line.articleId;
    // Named as a reader finds the article (its title, else its opening words), not by the id quotecheck made.
    const article = m.report.articles.find((a) => a.id === id);
    return { type: "scope", scope: { label: `quotes in ${articleName(article, id)}`, by: "article", quoteIds: m.quotes.filter((q) => q.quote.articleId === id).map((q) => q.quote.id), filter: s.filter } };
  }
  // A file's line lists the quotes of all its articles: on PolNeAR, one article a file, the cursor
  // sits on the file's line first and Enter there did nothing.
  if (line.fileId) {
    const id = line.fileId;
    return { type: "scope", scope: { label: `quotes in ${id}`, by: "file", quoteIds: m.quotes.filter((q) => q.quote.documentId === id).map((q) => q.quote.id), filter: s.filter } };
  }
  return { type: "status", text: "Enter on a file's or an article's line lists its quotes" };
}

/**
 * The Conflicts view's row for a quote's finding (a disagreement before a corroboration) with its
 * claim selected; a line for the status bar when it has none or the filter hides it.
 */
export function findingAction(quoteId: string | null, lists: Lists, m: Model, page: number): Action | null {
  const item = quoteId ? m.byId.get(quoteId) : undefined;
  if (!item) return null;
  const findings = [...item.findings].sort((a, b) => Number(a.kind === "corroboration") - Number(b.kind === "corroboration"));
  if (!findings.length) return { type: "status", text: "this quote is in no finding" };
  for (const f of findings) {
    const cursor = lists.conflicts.findIndex((i) => i.finding === f);
    if (cursor >= 0) return { type: "showFinding", cursor, claim: Math.max(0, f.claims.findIndex((c) => c.quoteId === quoteId)), total: lists.conflicts.length, page };
  }
  return { type: "status", text: "the filter or flags hide this quote's finding (Esc clears the filter, f the flags)" };
}

export function keyContext(s: State, lists: Lists, m: Model, size: { columns: number; rows: number }, formats: number, detail: readonly DetailLine[]): KeyContext {
  const cursor = cursorOf(s, lists);
  return {
    state: { ...s, cursor: { ...s.cursor, [s.view]: cursor } },
    total: totalOf(lists, s.view),
    page: pageOf(s.view, size.rows, lists),
    sorts: SORTS[s.view],
    claims: lists.conflicts[cursor]?.finding.claims.length ?? 0,
    formats,
    enter: enterAction(s, lists, m),
    detailLines: detail.length,
    detailPage: bodyHeight(size.rows) - 1,
    quoteIds: lists.quotes.map((q) => q.quote.id),
    claimQuoteIds: (lists.conflicts[cursor]?.finding.claims ?? []).map((c) => (m.byId.has(c.quoteId) ? c.quoteId : "")),
    toFinding: s.view === "quotes" ? findingAction(s.detail?.quoteId ?? lists.quotes[cursor]?.quote.id ?? null, lists, m, pageOf("conflicts", size.rows, lists)) : null,
    quotesPage: listHeight(bodyHeight(size.rows)),
    helpLines: helpLines(size.columns).length,
    helpPage: bodyHeight(size.rows) - 1,
  };
}
