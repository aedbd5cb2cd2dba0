import type { CheckRule } from "../types.js";
import { count } from "../../model/index.js";
import { fileNameNamesOutlet, outletKey } from "../../model/outlet-names.js";
import { excerpt, quotePlace, spokenQuotes } from "../quote-place.js";

/**
 * "X told AFP" in a Daily Beast article: the words reached the reader through another outlet. If no
 * article in the corpus comes from that outlet, the original cannot be checked here.
 */
/** "nyt_2016-01-05_x.txt, saved under its name, gives no outlet", or "112 articles saved under its name give …". */
const savedUnder = (docs: readonly string[]): string => {
  const first = docs[0].replace(/^.*[\\/]/, "");
  return docs.length === 1 ? `${first}, saved under its name, gives no outlet` : `${count(docs.length, "article")} saved under its name give no outlet, such as ${first}`;
};

export const secondhandSource: CheckRule = {
  id: "secondhand-source",
  description: "a quotation given to another outlet (\"told AFP\") whose original report is not in the corpus",
  severity: "warning",
  run: ({ report }) => {
    const outletOf = new Map(report.articles.map((a) => [a.id, a.outlet]));
    const inCorpus = new Set(report.articles.flatMap((a) => (a.outlet ? [outletKey(a.outlet)] : [])));
    // An article that names no outlet, saved under that outlet's name ("nyt_2016-….txt" for "told The
    // New York Times"), may be the original: "no article from it" would then be a claim the corpus cannot
    // back. Looked up once for each outlet and article.
    const unnamed = report.articles.filter((a) => !a.outlet);
    const savedAs = new Map<string, readonly string[]>();
    const filesSavedAs = (outlet: string, exceptDoc: string): readonly string[] => {
      const key = `${outletKey(outlet)}\u0000${exceptDoc}`;
      let docs = savedAs.get(key);
      if (!docs) savedAs.set(key, (docs = unnamed.filter((a) => a.documentId !== exceptDoc && fileNameNamesOutlet(a.documentId, outlet)).map((a) => a.documentId)));
      return docs;
    };
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
      const others = ownByName ? [] : filesSavedAs(q.toOutlet, q.documentId);
      const none = others.length
        ? `no article in the corpus names ${q.toOutlet} as its outlet (${savedUnder(others)})`
        : `no article from ${q.toOutlet} is in the corpus${ownByName ? " (the file's name suggests it is that outlet's own article)" : ""}`;
      return [
        {
          ...quotePlace(q),
          quoteId: q.id,
          message: `secondhand quote: ${who} told ${q.toOutlet}, and ${none}: “${excerpt(q.text)}”`,
          ...(ownByName || others.length ? { lesser: true } : {}),
        },
      ];
    });
  },
};
