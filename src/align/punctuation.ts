/**
 * Two wordings of a quote with the same words (variant "punctuation") differ in what a writer adds
 * to speech when setting it down: a comma or full stop at the end where the sentence goes on or
 * stops ("That makes me smart," / "That makes me smart."), capitals where the quote opens a sentence
 * or a slogan is set in title case ("make America great again" / "Make America Great Again."),
 * curly or straight marks, "--" for a dash, a comma for a full stop inside ("The greed. The showing
 * off." / "the greed, the showing off"), an ellipsis standing for a cut. Said aloud, none of it was
 * there, so none of it makes the quote a changed one. On PolNeAR train and dev every one of the 16
 * "changes only punctuation" findings was such a transcription. Pure.
 *
 * The rows are the punctuation that does say another thing; a wording that differs by one of them is
 * still a changed quote.
 */
export type PunctuationRule = {
  readonly id: string;
  readonly reason: string;
  readonly test: (reference: string, member: string) => boolean;
};

/** How many question marks a wording holds ("?" and the full-width "？"). */
function questions(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === "?" || ch === "？") n++;
  return n;
}

export const PUNCTUATION_THAT_MATTERS: readonly PunctuationRule[] = [
  {
    id: "question",
    reason: "a question told as a statement, or a statement as a question, says another thing (“He is a liar?” / “He is a liar.”)",
    test: (reference, member) => questions(reference) !== questions(member),
  },
];

/** The rule by which two wordings with the same words still differ in what they say, or null when only their transcription differs. */
export const punctuationThatMatters = (reference: string, member: string): PunctuationRule | null =>
  PUNCTUATION_THAT_MATTERS.find((r) => r.test(reference, member)) ?? null;
