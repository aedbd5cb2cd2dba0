import type { Quote } from "../model/index.js";

/**
 * Whether a quote's credit is a reading of the text, firm enough to tell a reader that two sources
 * give the same words to two people. A misattribution accuses one outlet of moving words from one
 * mouth to another; when either credit is the attribution's inference (a pronoun's antecedent, the
 * speaker of the quote before, the subject of a sentence with no speech verb), the engine more often
 * misread the story than the story misquoted. On PolNeAR train all three misattribution findings
 * were such guesses ("she" taken for Sherrod Brown, a "What difference …" line given to "Diplomatic
 * Security" as a clause's subject, Romney's line carried to Chris Wallace from the quote before).
 */

/** Attribution rules that credit a quote with no speech cue of its own naming the speaker. One row a rule. */
export const INFERRED_CREDIT_RULES: readonly { readonly id: string; readonly reason: string }[] = [
  { id: "attribution/same-paragraph", reason: "the speaker of the quote beside it in the paragraph, carried over" },
  { id: "attribution/quote-continues", reason: "the speaker of the quote it runs on from, carried over" },
  { id: "attribution/paragraph-continuation", reason: "the previous paragraph's speaker, carried over" },
  { id: "attribution/paragraph-after-narration", reason: "the speaker credited two paragraphs before, carried over a paragraph of narration" },
  { id: "attribution/previous-paragraph-subject", reason: "the subject of the paragraph before, with no speech verb" },
  { id: "attribution/sentence-before", reason: "the subject of the sentence before, with no speech verb" },
  { id: "attribution/sentence-subject", reason: "the subject of its sentence, with no speech verb" },
  { id: "attribution/clause-subject", reason: "the subject of a clause before it, with no speech verb" },
  { id: "attribution/no-cue", reason: "no cue at all" },
];

const INFERRED = new Map(INFERRED_CREDIT_RULES.map((r) => [r.id, r.reason]));

/** Third-person pronouns and possessives: a speaker found through one is the attribution's guess at its antecedent. */
const PRONOUN_MENTIONS: ReadonlySet<string> = new Set(["he", "she", "they", "him", "her", "his", "their", "them", "it", "its"]);

/** Why a quote's credit is an inference rather than a name read beside its speech verb; null when it is such a reading. */
export function inferredCredit(q: Quote): string | null {
  const mention = q.mention?.trim().toLowerCase() ?? "";
  if (PRONOUN_MENTIONS.has(mention)) return `the antecedent of “${q.mention!.trim()}”, a guess`;
  return INFERRED.get(q.ruleId) ?? null;
}

/** Whether a quote is credited by a name read with its own cue (inferredCredit gives no reason). */
export const creditedByName = (q: Quote): boolean => q.speaker !== null && inferredCredit(q) === null;
