import type { ClaimRef, Finding, Report } from "../model/index.js";
import { articleById, quoteById, wordsAfterLabel } from "./quote-place.js";
import type { CheckPlace, RuleHit } from "./types.js";

export function claimPlace(report: Report, c: ClaimRef): CheckPlace {
  const article = articleById(report, c.article);
  return { documentId: article?.documentId ?? c.article, articleId: article ? article.id : null, span: { start: c.start, end: c.end } };
}

function who(c: ClaimRef): string {
  return [c.speaker ?? "unattributed", c.outlet].filter(Boolean).join(", ");
}

/** "speaker, outlet: “words”", or ", reported: words" for reported speech (not the speaker's words). */
function noteOf(report: Report, c: ClaimRef): string {
  return `${who(c)}${wordsAfterLabel(quoteById(report, c.quoteId)?.kind, c.text, null)}`;
}

/**
 * "label: explanation; advice": the finding's own sentence, then what an editor should do about it
 * (its closing full stop dropped, so the line reads on).
 */
export const findingMessage = (label: string, explanation: string, advice?: string): string =>
  advice ? `${label}: ${explanation.trim().replace(/\.$/, "")}; ${advice}` : `${label}: ${explanation}`;

/** A finding of the conflicts stage as a hit: placed at its first claim, the others as evidence. */
export function hitOfFinding(report: Report, f: Finding, label: string, advice?: string): RuleHit | null {
  const [first, ...rest] = f.claims;
  if (!first) return null;
  return {
    ...claimPlace(report, first),
    quoteId: first.quoteId,
    findingId: f.id,
    message: findingMessage(label, f.explanation, advice),
    related: rest.map((c) => ({ ...claimPlace(report, c), note: noteOf(report, c) })),
  };
}

/** Every claim of the finding is the same words of one article (a passage extracted twice). */
export function onePassage(f: Finding): boolean {
  const [a, ...rest] = f.claims;
  return Boolean(a) && rest.length > 0 && rest.every((c) => c.article === a.article && c.start < a.end && a.start < c.end);
}
