import type { Report, Speaker } from "../model/index.js";
import type { QuoteItem } from "./quote-items.js";
import { fold, matches } from "./selection.js";
import { unknownOutletCell } from "../report/article-name.js";

export type SpeakerItem = {
  readonly id: string;
  readonly name: string;
  readonly type: Speaker["type"];
  readonly aliases: readonly string[];
  /** Roles as the articles give them, each once. */
  readonly roles: readonly string[];
  readonly quoteIds: readonly string[];
  readonly quotes: number;
  readonly articles: number;
  /** Quotes per outlet, most first. */
  readonly perOutlet: readonly { readonly outlet: string; readonly count: number }[];
  readonly flagged: number;
  readonly index: number;
  readonly haystack: string;
};

/**
 * Speakers as the report's alignment gives them. When the report has none (an analysis run only
 * to the quotes), quotes are listed under their speaker's name as written, with no merging.
 */
export function buildSpeakerItems(report: Report, quotes: readonly QuoteItem[]): SpeakerItem[] {
  const byQuote = new Map(quotes.map((i) => [i.quote.id, i]));
  const speakers: readonly Speaker[] = report.speakers.length ? report.speakers : speakersFromQuotes(quotes);
  return speakers.map((s, index) => {
    const items = s.quoteIds.map((id) => byQuote.get(id)).filter((i): i is QuoteItem => i !== undefined);
    const counts = new Map<string, number>();
    for (const i of items) {
      const where = outletOrArticle(i);
      counts.set(where, (counts.get(where) ?? 0) + 1);
    }
    const perOutlet = [...counts].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => b.count - a.count || a.outlet.localeCompare(b.outlet));
    const roles = [...new Set([...s.roles.map((r) => r.role), ...items.map((i) => i.quote.role ?? "")].filter(Boolean))];
    return {
      id: s.id,
      name: s.name,
      type: s.type,
      aliases: s.aliases,
      roles,
      quoteIds: items.map((i) => i.quote.id),
      quotes: items.length,
      articles: new Set(items.map((i) => i.quote.articleId)).size,
      perOutlet,
      flagged: items.filter((i) => i.flagged).length,
      index,
      // The days their quotes were said or published too, as the Quotes list's filter reads them: a
      // date typed in the filter ("2015-05-20") found that day's quotes and left Speakers empty.
      haystack: fold([s.name, ...s.aliases, ...roles, ...perOutlet.map((o) => o.outlet), ...days(items)].join("\n")),
    };
  });
}

/** The days, each once, that quotes were said or published on, for the filter. */
const days = (items: readonly QuoteItem[]): string[] => [...new Set(items.flatMap((i) => [i.said, i.published]).filter(Boolean))];

/**
 * Where a quote was published, for a speaker's counts and the Quotes outlet column: its outlet, or
 * "? " and its article's title (else opening words) when the outlet is unknown, as `quotecheck
 * speakers` lists them (unknownOutletCell). "outlet unknown 39" on every row of PolNeAR dev left
 * the two unjoined "Mr. Obama" of two articles (39 and 19 quotes) indistinguishable; the article's
 * id, which told them apart, is nothing a reader can look up.
 */
export const outletOrArticle = (i: Pick<QuoteItem, "article" | "quote">): string => i.article?.outlet ?? unknownOutletCell(i.article, i.quote.articleId);

function speakersFromQuotes(quotes: readonly QuoteItem[]): Speaker[] {
  const by = new Map<string, QuoteItem[]>();
  for (const i of quotes) {
    const name = i.quote.speaker;
    if (!name) continue;
    by.set(name, [...(by.get(name) ?? []), i]);
  }
  return [...by].map(([name, items]) => ({
    id: `as-written:${name}`,
    name,
    type: items[0].quote.speakerType,
    aliases: [],
    roles: [],
    outlets: [...new Set(items.map((i) => i.outlet))],
    articleIds: [...new Set(items.map((i) => i.quote.articleId))],
    quoteIds: items.map((i) => i.quote.id),
  }));
}

export const SPEAKER_SORTS = ["named first", "most quoted", "name", "most outlets"] as const;
export type SpeakerSort = (typeof SPEAKER_SORTS)[number];

// Named people and organisations before unnamed sources, groups and unresolved mentions: the
// people a fact-checker calls first.
const named = (s: SpeakerItem) => (s.type === "person" || s.type === "organisation" ? 0 : 1);

const speakerOrder: Record<SpeakerSort, (a: SpeakerItem, b: SpeakerItem) => number> = {
  "named first": (a, b) => named(a) - named(b) || b.quotes - a.quotes || a.index - b.index,
  "most quoted": (a, b) => b.quotes - a.quotes || a.index - b.index,
  name: (a, b) => a.name.localeCompare(b.name) || a.index - b.index,
  "most outlets": (a, b) => b.perOutlet.length - a.perOutlet.length || b.quotes - a.quotes || a.index - b.index,
};

export function selectSpeakers(items: readonly SpeakerItem[], q: { filter: string; flaggedOnly: boolean; sort: SpeakerSort }): SpeakerItem[] {
  return items.filter((s) => (!q.flaggedOnly || s.flagged > 0) && (!q.filter || matches(s.haystack, q.filter))).sort(speakerOrder[q.sort]);
}

/** "The Harlow Ledger 2 · Radio Nord 1" */
export const outletCounts = (s: SpeakerItem): string => s.perOutlet.map((o) => `${o.outlet} ${o.count}`).join(" · ");
