import type { Span } from "../model/index.js";
import { clauseSubject, nearestClauseSubject } from "./cue-clause-subjects.js";
import type { QuoteContext } from "./cue-context.js";
import { canSpeak } from "./cue-subjects.js";
import { SENTENCE_END } from "./cue-words.js";
import { isLyAdverb } from "./lexicon.js";
import type { Mention } from "./mention.js";
import { sentenceTail, tokenize, type Tok } from "./tokens.js";

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

// Subordinators that open a participle's clause whose subject is the main clause's ("after saying
// that …", "while insisting that …").
const PARTICIPLE_SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "while", "when", "since", "despite", "without", "upon"]);
// Words that may stand before a subordinator that opens its sentence ("But after saying …").
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(["and", "but", "yet", "so", "even", "just", "only", "shortly", "soon", "then"]);

/**
 * The subordinator right before the participle cue (adverbs in -ly and a negation aside: "after
 * repeatedly saying"), as its index in `toks`, or -1.
 */
function subordinatorBefore(toks: readonly Tok[]): number {
  let k = toks.length - 1;
  while (k >= 0 && toks[k].word && !toks[k].cap && (isLyAdverb(toks[k].lower) || toks[k].lower === "not")) k--;
  return k >= 0 && PARTICIPLE_SUBORDINATORS.has(toks[k].lower) ? k : -1;
}

/** The subject of the main clause after an opening participle clause: the narration after the comma that ends it. */
function mainAfterOpening(text: string, para: Span, content: Span): Mention | null {
  const end = Math.min(para.end, content.end + 300);
  let c = content.end;
  while (c < end && text[c] !== "," && !SENTENCE_END_CHARS.includes(text[c]!)) c++;
  if (c >= end || text[c] !== ",") return null;
  const toks = tokenize(text, { start: c + 1, end });
  let e = 0;
  while (e < toks.length && !SENTENCE_END.has(toks[e].text)) e++;
  const at = { start: c + 1, end: c + 1 };
  const q: QuoteContext = { text, para, outer: at, span: at, prevQuoteEnd: para.start, nextQuoteStart: para.end };
  const m = clauseSubject(q, toks.slice(0, e));
  return m && m.kind !== "pronoun" && canSpeak(q, m) ? m : m && m.kind === "pronoun" ? m : null;
}
const SENTENCE_END_CHARS = ".!?;";

/** The subject of the sentence's clause (clauseSubject) when it can speak. */
function speakingClauseSubject(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  const m = clauseSubject(q, toks);
  return m && canSpeak(q, m) ? m : null;
}

export const REPORTED_SUBJECT_RULES: readonly ReportedSubjectRule[] = [
  {
    id: "attribution/reported-subordinate-participle",
    reason: "reported speech after a participle that a subordinator opens (X faces doubts after saying that …; After saying that …, X asked …): the participle has no subject of its own, so the main clause's subject is the source",
    must: [
      "The council met again. After saying that he was nervous, the farmer asked a question about the pier.",
      "The council met again. But later the mayor was criticised after insisting that the vote was fair.",
    ],
    mustNot: [
      "The council met again. The storm hit the coast on Monday, forcing the town to say that the pier was closed.",
      "The council met again. After saying that he was nervous. The farmer left.",
      "The council met again. After being informed that he would be charged, police said, the farmer went to the station.",
    ],
    match(text, para, cue, content) {
      const first = text.slice(cue.start, cue.end).split(/\s+/)[0] ?? "";
      // ("After being informed that …": a passive; the one informed is not who spoke.)
      if (cue.end > content.start || !/ing$/i.test(first) || first.toLowerCase() === "being") return null;
      const { q, toks } = before(text, para, cue);
      const k = subordinatorBefore(toks);
      if (k < 0) return null;
      // "After saying that …, the farmer asked": the participle clause opens the sentence.
      let o = 0;
      while (o < k && toks[o].word && SENTENCE_OPENERS.has(toks[o].lower)) o++;
      if (o === k) return mainAfterOpening(text, para, content);
      if (toks[k - 1].text === ",") return null;
      return nearestClauseSubject(q, toks.slice(0, k));
    },
  },
  {
    id: "attribution/reported-participle-subject",
    reason: "reported speech after a participle that closes a clause with its own subject and verb (X refused the plan, insisting that …; X has tacked left, calling for …): the clause's subject is the source",
    must: [
      "Since then the harbour board has tacked left, calling for a new pier.",
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
      // ("But the other candidate, Ann Lee, drew a contrast, saying …": a subject with an appositive
      // between commas, which the nearest-clause reading stops at, is the sentence's.)
      return nearestClauseSubject(q, toks.slice(0, n - 1)) ?? speakingClauseSubject(q, toks.slice(0, n - 1));
    },
  },
  {
    id: "attribution/reported-coordinated-subject",
    reason: "reported speech after a verb joined by “and” to a clause with its own subject (X stood with the leaders and urged members to …): that clause's subject is the source",
    must: [
      "That forecast held when the harbour board report was finished and denied the change being sought.",
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
