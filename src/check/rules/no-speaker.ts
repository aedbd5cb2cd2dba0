import type { CheckRule } from "../types.js";
import { excerpt, quotePlace, spokenQuotes } from "../quote-place.js";

export const noSpeaker: CheckRule = {
  id: "no-speaker",
  description: "a quotation that no speaker is credited with",
  severity: "warning",
  run: ({ report }) =>
    spokenQuotes(report)
      .filter((q) => q.speaker === null || q.speaker.trim() === "")
      .map((q) => ({
        ...quotePlace(q),
        quoteId: q.id,
        message: `${q.kind === "indirect" ? "reported statement" : "quote"} has no speaker: “${excerpt(q.text)}”`,
      })),
};
