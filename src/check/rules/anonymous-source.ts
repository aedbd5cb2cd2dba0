import type { CheckRule } from "../types.js";
import { quotePlace, spokenQuotes, wordsAfterLabel } from "../quote-place.js";

export const anonymousSource: CheckRule = {
  id: "anonymous-source",
  description: "a quotation credited to an unnamed source (\"one local resident\", \"an official\")",
  severity: "info",
  run: ({ report }) =>
    spokenQuotes(report)
      .filter((q) => q.speakerType === "anonymous")
      .map((q) => ({
        ...quotePlace(q),
        quoteId: q.id,
        message: `anonymous source (${q.speaker ?? q.mention ?? "unnamed"})${wordsAfterLabel(q.kind, q.text)}; make sure the story says why the source is not named`,
      })),
};
