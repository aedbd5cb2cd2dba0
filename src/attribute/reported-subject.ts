import type { Span } from "../model/index.js";
import { nearestClauseSubject } from "./cue-clause-subjects.js";
import type { QuoteContext } from "./cue-context.js";
import type { Mention } from "./mention.js";
import { sentenceTail, type Tok } from "./tokens.js";

/**
 * Rules for reported speech that extraction found with its cue but no source: the cue is a
 * participle or a verb joined to a clause that already has a subject, so the source is that
 * clause's subject ("Her mother refused to teach her Dutch, insisting that …", "He stood with the
 * leaders and urged members to …"). Tried in order after "asked by X" (see attribute/index.ts).
 */
export type ReportedSubjectRule = {
  readonly id: string;
  readonly reason: string;
  /** Made-up examples: the reported speech must (or must not) be credited by this row. */
  readonly must: readonly string[];
  readonly mustNot: readonly string[];
  readonly match: (text: string, para: Span, cue: Span, content: Span) => Mention | null;
};

/** The narration of the cue's sentence up to the cue, as a context the clause-subject readers take. */
function before(text: string, para: Span, cue: Span): { q: QuoteContext; toks: Tok[] } {
  const toks = sentenceTail(text, { start: para.start, end: cue.start });
  const at = { start: cue.start, end: cue.start };
  return { q: { text, para, outer: at, span: at, prevQuoteEnd: para.start, nextQuoteStart: para.end }, toks };
}

export const REPORTED_SUBJECT_RULES: readonly ReportedSubjectRule[] = [
  {
    id: "attribution/reported-participle-subject",
    reason: "reported speech after a participle that closes a clause with its own subject and verb (X refused the plan, insisting that …; X has tacked left, calling for …): the clause's subject is the source",
    must: [
      "When her family moved back to the farm, her mother refused to teach her Dutch, insisting that her daughter was fully American.",
      "But other advisers to the board have been urging the mayor to default, saying that only a disaster would move the council.",
    ],
    mustNot: [
      "After saying that he was nervous, the farmer asked a question.",
      "The storm hit the coast on Monday, forcing the town to say that the pier was closed.",
    ],
    match(text, para, cue, content) {
      if (cue.end > content.start || !/ing$/i.test(text.slice(cue.start, cue.end).split(/\s+/)[0] ?? "")) return null;
      const { q, toks } = before(text, para, cue);
      // Right after the clause's comma, or after "and" that joins it to an earlier participle
      // ("…, criticizing the pipeline and calling for …").
      const n = toks.length;
      if (n < 3 || (toks[n - 1].text !== "," && toks[n - 1].lower !== "and")) return null;
      return nearestClauseSubject(q, toks.slice(0, n - 1));
    },
  },
  {
    id: "attribution/reported-coordinated-subject",
    reason: "reported speech after a verb joined by “and” to a clause with its own subject (X stood with the leaders and urged members to …): that clause's subject is the source",
    must: [
      "Tom Reyes helped write the deal last month. But on Tuesday, he stood with the other leaders and urged members to vote for it.",
    ],
    mustNot: [
      "The storm flooded the port and forced the council to say that the pier was closed.",
      "The harbour master left, and the council urged members to vote for the deal instead.",
    ],
    match(text, para, cue, content) {
      const verb = text.slice(cue.start, cue.end).split(/\s+/)[0] ?? "";
      if (cue.end > content.start || /ing$/i.test(verb) || /^\p{Lu}/u.test(verb)) return null;
      const { q, toks } = before(text, para, cue);
      const n = toks.length;
      // "and" right before the verb, with no comma before it (", and the council urged" opens a
      // clause of its own, whose subject extraction would have found).
      if (n < 4 || toks[n - 1].lower !== "and" || toks[n - 2].text === ",") return null;
      return nearestClauseSubject(q, toks.slice(0, n - 1));
    },
  },
];

/** The first rule that finds a source, with the rule; null when none does. */
export function findReportedSubject(text: string, para: Span, cue: Span, content: Span): { mention: Mention; rule: ReportedSubjectRule } | null {
  for (const rule of REPORTED_SUBJECT_RULES) {
    const m = rule.match(text, para, cue, content);
    if (m) return { mention: m, rule };
  }
  return null;
}
