import type { Quote } from "../../model/index.js";
import type { CheckRule } from "../types.js";
import { excerpt, isTitleCase, quotePlace, spokenQuotes } from "../quote-place.js";

/**
 * "When asked about the vote", "Asked whether she would run", "was asked to pick the loser": reported
 * words after "asked" are the question put to someone by an unnamed asker (mostly the reporter),
 * not a statement anyone needs to be credited with.
 */
const ASKED_BEFORE = /\basked\b[^.!?;:"“”]{0,40}$/i;

function isQuestionPut(q: Quote, articleText: string | undefined): boolean {
  if (q.kind !== "indirect" || articleText === undefined) return false;
  const before = articleText.slice(Math.max(0, q.span.start - 60), q.span.start);
  // Cheap precheck: no "asked", no question.
  return before.includes("sked") && ASKED_BEFORE.test(before);
}

/**
 * Three words or fewer in marks ("debate", "Feel the Bern", "Fox News Sunday") are mostly a term, a
 * slogan or a title set off, and a fragment that short cannot be checked against a source anyway;
 * words in title case ("Hard Hats for Hillary", "Super Lives of the Super Rich") are a title or a
 * slogan too. Both are reported one severity lower than a sentence with no speaker.
 */
const MAX_PHRASE_WORDS = 3;
const isShortPhrase = (q: Quote) => q.kind === "direct" && q.text.split(/\s+/).filter(Boolean).length <= MAX_PHRASE_WORDS;
const isTitleOrPhrase = (q: Quote) => isShortPhrase(q) || isTitleCase(q.text);

export const noSpeaker: CheckRule = {
  id: "no-speaker",
  description: "a quotation that no speaker is credited with",
  severity: "warning",
  run: ({ report }) => {
    const textOf = new Map(report.articles.map((a) => [a.id, a.text]));
    return spokenQuotes(report)
      .filter((q) => (q.speaker === null || q.speaker.trim() === "") && !isQuestionPut(q, textOf.get(q.articleId)))
      .map((q) => ({
        ...quotePlace(q),
        quoteId: q.id,
        message: `${q.kind === "indirect" ? "reported statement" : "quote"} has no speaker: “${excerpt(q.text)}”`,
        ...(isTitleOrPhrase(q) ? { lesser: true } : {}),
      }));
  },
};
