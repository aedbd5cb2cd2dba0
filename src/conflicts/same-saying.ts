import type { Article, Quote, QuoteGroupMember, Span } from "../model/index.js";
import { isDescriptiveName, mayBeSamePerson } from "../align/names.js";
import { quotesWithin } from "../align/nested.js";
import { splitButWhole, wholeStatement } from "../align/split.js";
import { isNumberWord } from "./numbers.js";

/**
 * A group member that differs from its reference in words, but whose difference says nothing about
 * the quote: the words are printed whole, or were said another time, or quote someone else. Read by
 * check's altered-quote and conflicts' variant alike, so the two never disagree. One row a reason.
 */

/** What a row reads about a member and its group's reference. */
export type SayingPair = {
  readonly q: Quote;
  readonly ref: Quote;
  readonly member: QuoteGroupMember;
  /** The quotes of q's article, sorted by start (align/split: quotesByArticle). */
  readonly articleQuotes: readonly Quote[];
  readonly article: (id: string) => Article | undefined;
  /** The group's other members with their quotes (for closerInArticle); none when left out. */
  readonly others?: readonly { readonly quote: Quote; readonly member: QuoteGroupMember }[];
};

/**
 * Whether q's article also gives the line in words closer to the reference, and apart from q (not
 * the other half of one statement): the writer quotes two sayings ("Let's dispel with this fiction
 * that Barack Obama doesn't know what he's doing" and, later in the debate, "This notion that Barack
 * Obama doesn't know what he's doing is just not true"), and the closer one stands for the article.
 */
function closerInArticle(p: SayingPair): boolean {
  if (p.q.articleId === p.ref.articleId || p.member.variant !== "altered" || !p.others) return false;
  const text = p.article(p.q.articleId)?.text ?? null;
  return p.others.some(
    (o) =>
      o.quote.id !== p.q.id &&
      o.quote.articleId === p.q.articleId &&
      o.quote.kind === "direct" &&
      o.member.similarity > p.member.similarity &&
      !wholeStatement(p.q, p.articleQuotes, text).includes(o.quote.text),
  );
}

type Row = { readonly id: string; readonly reason: string; readonly applies: (p: SayingPair) => boolean };

/** Conjunctions a quote may open with; a quoting writer keeps or drops one as the sentence needs. */
const OPENING_CONJUNCTIONS = new Set(["and", "but", "so", "or", "yet"]);

/** The diff only adds or drops one opening conjunction ("[-and-] it's going to be completely useless"). */
export function onlyOpeningConjunction(diff: QuoteGroupMember["diff"]): boolean {
  const [first, ...rest] = diff;
  return !!first && first.op !== "same" && OPENING_CONJUNCTIONS.has(first.text) && rest.length > 0 && rest.every((d) => d.op === "same");
}

/** A figure or number word ("12", "$20", "three"). */
const isFigure = (w: string) => /\d/.test(w) || isNumberWord(w.toLowerCase());

/**
 * The diff puts one figure in the place of another ("[-twelve-] {+three+} passengers were taken to
 * hospital"): two counts, which the number check sets against each other, not the same words.
 */
export function swapsFigure(diff: QuoteGroupMember["diff"]): boolean {
  const hasFigure = (text: string) => text.split(/\s+/).some(isFigure);
  return diff.some((d, i) => d.op === "del" && diff[i + 1]?.op === "add" && hasFigure(d.text) && hasFigure(diff[i + 1].text));
}

/** Two people by name who cannot be one (descriptions and unknown speakers may be anyone). */
export const twoPeople = (a: string | null, b: string | null) =>
  a !== null && b !== null && !isDescriptiveName(a) && !isDescriptiveName(b) && !mayBeSamePerson(a, b);

/** Whether words one article says were spoken on a day after the other article was printed. */
function saidAfterPrinted(said: string | null, printed: string | null | undefined): boolean {
  return !!said && !!printed && said > printed;
}

export const SAME_SAYING_ROWS: readonly Row[] = [
  {
    id: "split-statement",
    reason: "a half of a statement its article prints whole, split around the credit (“…,” she said. “…”)",
    applies: (p) => p.q.articleId !== p.ref.articleId && splitButWhole(p.ref.text, p.q, p.articleQuotes, p.article(p.q.articleId)?.text ?? null),
  },
  {
    id: "quotes-another",
    reason: "the reference, credited to someone else, holds these words in marks of its own: it quotes them, and cut nothing of its speaker's",
    applies: (p) => twoPeople(p.q.speaker, p.ref.speaker) && quotesWithin(p.ref.text, p.q.text),
  },
  {
    id: "said-after-printed",
    reason: "one quote was said on a day after the other article was published: two sayings of a line, not one quote changed",
    applies: (p) =>
      p.q.articleId !== p.ref.articleId &&
      (saidAfterPrinted(p.q.spokenOn, p.article(p.ref.articleId)?.published) || saidAfterPrinted(p.ref.spokenOn, p.article(p.q.articleId)?.published)),
  },
  {
    id: "own-count",
    reason: "two people who cannot be one give the sentence with figures of their own: two counts (the number check), not one quote changed",
    applies: (p) => twoPeople(p.q.speaker, p.ref.speaker) && swapsFigure(p.member.diff),
  },
  {
    id: "closer-in-article",
    reason: "the article gives the line again in words closer to the other outlet's: two sayings, the closer one compared",
    applies: closerInArticle,
  },
  {
    id: "opening-conjunction",
    reason: "only an opening “And” or “But” left out or kept, which quoting does as its sentence needs",
    applies: (p) => onlyOpeningConjunction(p.member.diff),
  },
];

/** The row that reads a member's difference as no change to the quote, or null. */
export function sameSaying(p: SayingPair): Row | null {
  return SAME_SAYING_ROWS.find((r) => r.applies(p)) ?? null;
}

// JUXTAPOSED between two quotes set side by side in one sentence: marks and a conjunction, nothing else
// ("between “…” and “…”", "“…” or “…”", "“…” versus “…”").
const JUXTAPOSED = /^[\s"'“”‘’,;:—–-]*(?:and|or|vs\.?|versus|nor)?[\s"'“”‘’,;:—–-]*$/i;

/**
 * Two quotes of one article joined only by a conjunction are two sayings set against each other,
 * not one quote told twice: "an argument between “This has nothing to do with Islam” and “This has
 * everything to do with Islam”". A quote given again with a cue between ("… ,” Lopez told the
 * plant. Later: “…”) is still compared.
 */
export function sideBySide(text: string, x: Span, y: Span): boolean {
  const [a, b] = x.start <= y.start ? [x, y] : [y, x];
  if (b.start < a.end || b.start - a.end > 20) return false;
  return JUXTAPOSED.test(text.slice(a.end, b.start));
}
