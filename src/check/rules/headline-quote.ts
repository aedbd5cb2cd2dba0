import type { CheckRule, RuleHit } from "../types.js";
import { excerpt, quotePlace, wordsAfterLabel } from "../quote-place.js";
import { renderDiff } from "../../verify/word-diff.js";
import { headlineQuoteVerdicts, type HeadlineQuoteVerdict } from "../headline-quotes.js";

type Kind = HeadlineQuoteVerdict["kind"];

/** The hits of one kind of verdict, each at the headline's words, with the story's quote as evidence. */
function hitsOf<K extends Kind>(kind: K, describe: (v: Extract<HeadlineQuoteVerdict, { kind: K }>) => Omit<RuleHit, "documentId" | "articleId" | "span">) {
  return (report: Parameters<CheckRule["run"]>[0]["report"]): RuleHit[] =>
    headlineQuoteVerdicts(report)
      .filter((v): v is Extract<HeadlineQuoteVerdict, { kind: K }> => v.kind === kind)
      .map((v) => ({ ...quotePlace(v.head), ...describe(v) }));
}

/** Words in marks in a headline or deck that no quote of the story carries. */
export const headlineQuoteUnsupported: CheckRule = {
  id: "headline-quote-unsupported",
  description: "words in marks in a headline or deck that the story below never quotes",
  severity: "warning",
  run: ({ report }) =>
    hitsOf("unsupported", (v) => ({
      // The headline's run is a quote of the report (read as a scare quote): the finding is about it,
      // so the JSON report lists it with that quote, as it lists the other rules' with theirs.
      quoteId: v.head.id,
      message: `headline quotes “${excerpt(v.head.text)}”, which the story never quotes nor has as written; check who said it`,
      lesser: v.short,
    }))(report),
};

/** A headline's quote whose words differ from the story's quote of them. */
export const headlineQuoteAltered: CheckRule = {
  id: "headline-quote-altered",
  description: "words in marks in a headline or deck that differ from the story's quote of them",
  severity: "warning",
  run: ({ report }) =>
    hitsOf("altered", (v) => ({
      quoteId: v.body.id,
      message: `headline quote differs from the story's: ${renderDiff(v.diff)}; check which words were said`,
      related: [{ ...quotePlace(v.body), note: `the story${wordsAfterLabel(v.body.kind, v.body.text, 200)}` }],
      // Only "a", "an" or "the" dropped or added: how headlines are written, the words themselves kept.
      lesser: v.style,
    }))(report),
};

/** A headline that credits a quote to someone the story does not. */
export const headlineQuoteMisattributed: CheckRule = {
  id: "headline-quote-misattributed",
  description: "a quote a headline or deck credits to someone the story does not",
  severity: "warning",
  run: ({ report }) =>
    hitsOf("other-speaker", (v) => ({
      quoteId: v.body.id,
      message: `headline credits “${excerpt(v.head.text)}” to ${v.named}; the story credits it to ${v.body.speaker}`,
      related: [{ ...quotePlace(v.body), note: `the story, ${v.body.speaker}${wordsAfterLabel(v.body.kind, v.body.text, 200)}` }],
    }))(report),
};
