import { nearestClauseSubject } from "./cue-clause-subjects.js";
import { beforeWindow, closedByMark, hit, R, type CueHit, type CueRule, type QuoteContext } from "./cue-context.js";
import { ADJACENT_RULES } from "./cue-rules-adjacent.js";
import { SENTENCE_RULES } from "./cue-rules-sentence.js";
import { predicateCue, spanOf } from "./cue-words.js";

/**
 * The cue rules that credit a direct quote to its speaker: CUE_RULES, tried in order (findCue), and the
 * last-resort rules for a quote that nothing else credits (findLastResortCue). The rows live in
 * cue-rules-adjacent.ts and cue-rules-sentence.ts, their shared helpers in cue-words.ts (word lists,
 * isCueVerb), cue-context.ts (types, rule reasons, narration windows), cue-subjects.ts and
 * cue-clause-subjects.ts.
 */

/** The cue rules in order: the first that matches decides (see findCue). */
export const CUE_RULES: readonly CueRule[] = [...ADJACENT_RULES, ...SENTENCE_RULES];

/**
 * Rules tried only for a direct quote that no cue rule credits and that takes no speaker from a
 * quote beside it or from the paragraph before (see attribute/index.ts): a quoted phrase inside
 * narration, credited to the subject of its clause.
 */
export const LAST_RESORT_RULES: readonly CueRule[] = [
  {
    ...R.clauseSubject,
    must: [
      "The fire was small, and long before city officials tried to portray the blaze as “a disaster” the crews had left.",
      "The port is quiet, and all the workers have to do is repeat, day after day, “Safety First,” and go home.",
      "Ada Lind cut the ribbon on the pier in May, and praised the crews for “the finest work in years.”",
    ],
    mustNot: [
      "The fire was small, and long before the rain tried to soak the hills as “a disaster” the crews had left.",
      "When the board examined the claim, it was labeled “mostly true” by the panel.",
      "The old pier cut the harbour in two for years, and framed the bay for “the finest view in the county.”",
    ],
    match(q) {
      const toks = beforeWindow(q);
      if (toks.length < 2) return null;
      const m = nearestClauseSubject(q, toks);
      if (!m || closedByMark(q.text, m.span.end)) return null;
      return hit(m, predicateCue(toks, m.whole.end) ?? m.span, spanOf(toks[0], toks[toks.length - 1]), R.clauseSubject);
    },
  },
];

/** The last-resort rules in order (for a quote nothing else credits). */
export function findLastResortCue(q: QuoteContext): CueHit | null {
  for (const rule of LAST_RESORT_RULES) {
    const h = rule.match(q);
    if (h) return h;
  }
  return null;
}

/** Try the rules in order. */
export function findCue(q: QuoteContext): CueHit | null {
  for (const rule of CUE_RULES) {
    const h = rule.match(q);
    if (h) return h;
  }
  return null;
}
