import type { Span } from "../model/index.js";

/**
 * Words in marks that are nobody's speech whatever stands around them, even as a piece of a quote
 * that runs over paragraphs: broadcast transcripts printed with a mark opening every paragraph
 * ("“PENCE: …", "“(CROSSTALK.)", "“Follow Pam Key on Twitter @pamkeyNEN.”") carry the transcript's
 * stage directions and the writer's credit line in marks too. They are kept as scare quotes (words in
 * marks no one said), so no speaker is credited with them and no quote runs on through them.
 */
export type NotSpeechRow = {
  readonly id: string;
  readonly reason: string;
  /** A cheap test on the words before the pattern is tried. */
  readonly precheck: (words: string) => boolean;
  readonly pattern: RegExp;
};

// The longest run any row can match: a longer run is speech, and is not searched.
const MAX_LENGTH = 120;

export const NOT_SPEECH: readonly NotSpeechRow[] = [
  {
    id: "stage-direction",
    reason:
      "a transcript's stage direction, the whole run in brackets and in capitals ('(CROSSTALK.)', '(APPLAUSE)', '[BEGIN VIDEO CLIP]'): what happened, not what was said",
    precheck: (w) => w.charCodeAt(0) === 40 || w.charCodeAt(0) === 91,
    pattern: /^(?:\([\p{Lu}\d][\p{Lu}\d ,'’-]{0,40}[.!]?\)|\[[\p{Lu}\d][\p{Lu}\d ,'’-]{0,40}[.!]?\])[.,]?$/u,
  },
  {
    id: "stage-direction-word",
    reason: "one of the words transcripts bracket, in any case ('(laughter)', '[Applause]', '(inaudible)'): what happened, not what was said",
    precheck: (w) => w.charCodeAt(0) === 40 || w.charCodeAt(0) === 91,
    pattern: /^[([](?:laughter|applause|crosstalk|inaudible|unintelligible|cheers|cheering|booing|boos|sighs|pause|silence)(?: and (?:laughter|applause|cheers|cheering|booing))?[.!]?[)\]][.,]?$/iu,
  },
  {
    id: "follow-credit",
    reason:
      "the writer's credit line, 'Follow Jane Roe on Twitter @jroe.': an invitation to the writer's account, printed under the story (and in marks when every paragraph of a transcript opens with one)",
    precheck: (w) => w.startsWith("Follow ") && w.includes("@"),
    pattern: /^Follow [^\n@]{1,60}? on (?:Twitter|Instagram|Facebook|Threads)(?: at)?:? @\w{1,30}\.?$/u,
  },
];

/** The row whose words the run at `span` holds, or null (the run may be speech). */
export function notSpeech(text: string, span: Span): NotSpeechRow | null {
  if (span.end - span.start > MAX_LENGTH) return null;
  const words = text.slice(span.start, span.end);
  for (const row of NOT_SPEECH) if (row.precheck(words) && row.pattern.test(words)) return row;
  return null;
}
