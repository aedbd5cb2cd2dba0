import type { CheckRule } from "../types.js";
import { fileNameNamesOutlet, outletKey } from "../../model/outlet-names.js";
import { excerpt, quotePlace, spokenQuotes } from "../quote-place.js";

/**
 * "X told AFP" in a Daily Beast article: the words reached the reader through another outlet. If no
 * article in the corpus comes from that outlet, the original cannot be checked here.
 */
export const secondhandSource: CheckRule = {
  id: "secondhand-source",
  description: "a quotation given to another outlet (\"told AFP\") whose original report is not in the corpus",
  severity: "warning",
  run: ({ report }) => {
    const outletOf = new Map(report.articles.map((a) => [a.id, a.outlet]));
    const inCorpus = new Set(report.articles.flatMap((a) => (a.outlet ? [outletKey(a.outlet)] : [])));
    return spokenQuotes(report).flatMap((q) => {
      if (!q.toOutlet) return [];
      const to = outletKey(q.toOutlet);
      const own = outletOf.get(q.articleId);
      if (own && outletKey(own) === to) return []; // told the outlet that published it: firsthand
      if (inCorpus.has(to)) return [];
      const who = q.speaker ?? "someone";
      // An article whose outlet is unknown, in a file saved under that outlet's name
      // ("usa-today_2016-06-10_….txt" with "told USA TODAY"), was likely told firsthand: one
      // severity lower, the name being the only evidence.
      const ownByName = !own && fileNameNamesOutlet(q.documentId, q.toOutlet);
      return [
        {
          ...quotePlace(q),
          quoteId: q.id,
          message: `secondhand quote: ${who} told ${q.toOutlet}, and no article from ${q.toOutlet} is in the corpus${ownByName ? " (the file's name suggests it is that outlet's own article)" : ""}: “${excerpt(q.text)}”`,
          ...(ownByName ? { lesser: true } : {}),
        },
      ];
    });
  },
};
