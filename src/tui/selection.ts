import type { QuoteItem } from "./quote-items.js";

/** A narrowing of the Quotes view to a set of quotes: one speaker's, one article's, one file's. */
export type Scope = {
  readonly label: string;
  readonly by: "speaker" | "article" | "file";
  readonly quoteIds: readonly string[];
  /** The filter in force when the scope was made: it found the speaker or article, not their quotes. */
  readonly filter: string;
};

/**
 * The filter a Quotes list applies: none while it is still the one that found the scope's speaker or
 * article. Applied to their quotes, the Speakers filter "Mr. Trump" (an alias) left 1 of Donald J.
 * Trump's 147 quotes, and a role or outlet word most of anyone's; typing a new filter applies it.
 */
export const quoteFilter = (filter: string, scope: Scope | null): string => (scope && filter === scope.filter ? "" : filter);

/**
 * Text as the filter compares it: lower case, accents off, curly apostrophes and quotation marks
 * and dashes made plain. News text writes "didn’t", "Libération" and "pro–government"; a filter
 * typed as "didn't", "liberation" or "pro-government" found none of them.
 */
export function fold(text: string): string {
  let t = text.toLowerCase();
  // NFD and the strip only when there is a letter with an accent to take off (most text has none).
  if (/[^\x00-\x7f]/.test(t)) {
    t = t
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[‘’‛′\u02bc]/g, "'")
      .replace(/[“”„‟″«»]/g, '"')
      .replace(/[‐‑‒–—]/g, "-");
  }
  return t;
}

/** Every word of the filter must occur somewhere in the haystack (a folded text, see fold). */
export function matches(haystack: string, filter: string): boolean {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  return words.every((w) => haystack.includes(w));
}

export const QUOTE_SORTS = ["document order", "speaker", "outlet", "date said", "date published", "flags"] as const;
export type QuoteSort = (typeof QUOTE_SORTS)[number];

const byText = (a: string, b: string) => {
  // empty values (unknown dates, speakers) go last whatever the key
  if (!a !== !b) return a ? -1 : 1;
  return a.localeCompare(b);
};
const flagCount = (i: QuoteItem) => Object.values(i.flags).filter(Boolean).length;

const quoteOrder: Record<QuoteSort, (a: QuoteItem, b: QuoteItem) => number> = {
  "document order": (a, b) => a.index - b.index,
  speaker: (a, b) => byText(a.quote.speaker ?? "", b.quote.speaker ?? "") || a.index - b.index,
  outlet: (a, b) => byText(a.article?.outlet ?? "", b.article?.outlet ?? "") || a.index - b.index,
  "date said": (a, b) => byText(a.said, b.said) || a.index - b.index,
  "date published": (a, b) => byText(a.published, b.published) || a.index - b.index,
  flags: (a, b) => flagCount(b) - flagCount(a) || a.index - b.index,
};

/**
 * Which kinds the Quotes list shows (d cycles them): a fact-checker checks direct quotes word for
 * word against a source and reported speech for its sense, and had no way to list one kind alone
 * ("/" matched only speaker, outlet and words; the R flag could not be asked for by itself).
 */
export const QUOTE_KINDS = ["all", "direct", "reported"] as const;
export type QuoteKinds = (typeof QUOTE_KINDS)[number];

/** The status bar's words for a kind narrowing, none for all. */
export const KIND_LABEL: Readonly<Record<QuoteKinds, string>> = { all: "", direct: "direct quotes only", reported: "reported speech only" };

const ofKind = (i: QuoteItem, kinds: QuoteKinds): boolean => kinds === "all" || (kinds === "reported") === (i.quote.kind === "indirect");

export type QuoteQuery = {
  readonly filter: string;
  readonly flaggedOnly: boolean;
  /** Both kinds when left out. */
  readonly kinds?: QuoteKinds;
  readonly sort: QuoteSort;
  readonly scope: Scope | null;
};

/** The Quotes view's rows: scope, then flagged-only, kind and filter, then sort. */
export function selectQuotes(items: readonly QuoteItem[], q: QuoteQuery): QuoteItem[] {
  const inScope = q.scope ? new Set(q.scope.quoteIds) : null;
  const filter = quoteFilter(q.filter, q.scope);
  const out = items.filter(
    (i) => (!inScope || inScope.has(i.quote.id)) && (!q.flaggedOnly || i.flagged) && ofKind(i, q.kinds ?? "all") && (!filter || matches(i.haystack, filter)),
  );
  return q.sort === "document order" ? out : out.sort(quoteOrder[q.sort]);
}
