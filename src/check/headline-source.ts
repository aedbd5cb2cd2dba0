import { paragraphIndexAt, type Article, type Quote } from "../model/index.js";
import { GROUP_PLURALS, PERSON_NOUNS } from "../model/name-words.js";

/**
 * A source written as a bare singular noun, with no article before it ("Senator from Texas says he
 * cannot allow Clinton to win", "Investment, official says, helped …", "Win or not, candidate
 * says, …"), is a headline's or a deck's grammar: the lines above a story drop "a" and "the", and the
 * story below says who spoke (there: "Sen. Ted Cruz (R-Tex)"), or, where it does not, reports the
 * unnamed source in a sentence of its own, which is a finding of its own. So such a line is no
 * anonymous source to report; the story's own sentence is. Read on PolNeAR train and dev: all six
 * such findings were headline or deck lines. Pure.
 */
export type HeadlineSourceRule = {
  readonly id: string;
  readonly reason: string;
  readonly test: (q: Quote, article: Article) => boolean;
};

/** Headlines and decks are short: a line under this many characters. */
const HEADLINE_MAX = 200;

/** The paragraph of the article that holds `at`, and how many paragraphs stand before it, up to 2. */
function paragraphAt(article: Article, at: number): { readonly text: string; readonly before: number } {
  if (!article.paragraphs.length) return { text: "", before: 2 };
  const i = paragraphIndexAt(article.paragraphs, at);
  const p = article.paragraphs[i];
  return { text: article.text.slice(p.start, p.end).trim(), before: Math.min(i, 2) };
}

/** A sentence stop inside a line, before its last words ("Cruz endorses. Clinton waits."): more than one sentence. */
const INNER_STOP = /[.!?]["”’)]*\s+["“‘(]?\p{Lu}/u;

/** The first word of a source a bare singular noun for a person: "Senator", "official", "Member" (not "Officials", "Police"). */
function bareSingular(speaker: string): boolean {
  const first = speaker.trim().split(/\s+/, 1)[0]?.toLowerCase().replace(/[,.:]$/, "") ?? "";
  return PERSON_NOUNS.has(first) && !GROUP_PLURALS.has(first) && !/(?:people|police|men)$/.test(first);
}

export const HEADLINE_SOURCE_RULES: readonly HeadlineSourceRule[] = [
  {
    id: "bare-noun-in-headline",
    reason: "a bare singular noun for the source (\"Senator from Texas says\", \"official says\") in one of the two short lines that open an article is a headline or a deck, which the story below names or reports again",
    test: (q, article) => {
      if (!q.speaker || !bareSingular(q.speaker)) return false;
      const p = paragraphAt(article, q.span.start);
      // Only the first two paragraphs, each one short sentence; and a story under them.
      return p.before <= 1 && p.text.length < HEADLINE_MAX && !INNER_STOP.test(p.text) && article.text.length > p.text.length * 3;
    },
  },
];

/** The rule by which an anonymous quote's source is a headline's wording, or null. */
export const headlineSource = (q: Quote, article: Article): HeadlineSourceRule | null => HEADLINE_SOURCE_RULES.find((r) => r.test(q, article)) ?? null;
