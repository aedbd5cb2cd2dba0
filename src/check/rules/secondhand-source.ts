import type { CheckRule } from "../types.js";
import { count } from "../../model/index.js";
import { fileNameNamesOutlet, outletKey } from "../../model/outlet-names.js";
import { quotePlace, spokenQuotes, wordsAfterLabel } from "../quote-place.js";
import { editionOf, longerOutletName } from "../../model/outlet-in-text.js";
import { canonicalOutlet } from "../../model/known-outlets.js";

/**
 * An outlet's name as a key, read through the outlet table's other names first: "told HuffPost" is
 * told The Huffington Post, whose articles may be in the corpus.
 */
const keyOf = (name: string): string => outletKey(canonicalOutlet(name));

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
    // The agencies whose copy each article carries ("WASHINGTON (AP) —", "(Reporting by …)"): told
    // to that agency, the words were told to the reporter who wrote the story, firsthand.
    const wiresOf = new Map(report.articles.map((a) => [a.id, (a.wire ?? []).map((w) => keyOf(w.agency))]));
    const textOf = new Map(report.articles.map((a) => [a.id, a.text]));
    // Each article's text is read once for each short name told, not once a quote.
    const longerNames = new Map<string, string | null>();
    const longerName = (short: string, articleId: string): string | null => {
      const key = `${articleId}\u0000${short}`;
      if (!longerNames.has(key)) longerNames.set(key, longerOutletName(short, textOf.get(articleId) ?? ""));
      return longerNames.get(key) ?? null;
    };
    // An agency's story carried by another outlet is that agency's report in the corpus too.
    const inCorpus = new Set(report.articles.flatMap((a) => [...(a.outlet ? [keyOf(a.outlet)] : []), ...(wiresOf.get(a.id) ?? [])]));
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
      // "told the Post" in an article that names The Washington Post: that outlet, looked up by its
      // full name (wash-post files, "told The Post" in The Post's own article). The message says so.
      const longer = longerName(q.toOutlet, q.articleId);
      const told = longer ?? q.toOutlet;
      const to = keyOf(told);
      const own = outletOf.get(q.articleId);
      const ownKey = own ? keyOf(own) : null;
      if (ownKey === to) return []; // told the outlet that published it: firsthand
      if (ownKey !== null && editionOf(told, (head) => keyOf(head) === ownKey)) return []; // its own edition
      if (wiresOf.get(q.articleId)?.includes(to)) return []; // the agency's own story, carried by this outlet
      if (inCorpus.has(to)) return [];
      const who = q.speaker ?? "someone";
      // An article whose outlet is unknown, in a file saved under that outlet's name
      // ("usa-today_2016-06-10_….txt" with "told USA TODAY", "politico_….txt" with "told POLITICO
      // Florida"), was likely told firsthand: one severity lower, the name being the only evidence.
      const ownByName = !own && (fileNameNamesOutlet(q.documentId, told) || editionOf(told, (head) => fileNameNamesOutlet(q.documentId, head)));
      const others = ownByName ? [] : filesSavedAs(told, q.documentId);
      const none = others.length
        ? `no article in the corpus names ${told} as its outlet (${savedUnder(others)})`
        : `no article from ${told} is in the corpus${ownByName ? " (the file's name suggests it is that outlet's own article)" : ""}`;
      // What to do: the words were reported by another outlet; its report is what to check them against.
      return [
        {
          ...quotePlace(q),
          quoteId: q.id,
          // Reported speech is a paraphrase of what was told: shown as such, and checked for its sense.
          message: `secondhand ${q.kind === "indirect" ? "report" : "quote"}: ${who} told ${q.toOutlet}${longer ? ` (${longer}, as the article names it)` : ""}, and ${none}${wordsAfterLabel(q.kind, q.text)}; check ${q.kind === "indirect" ? "what was said" : "the words"} against ${told}'s report or recording`,
          ...(ownByName || others.length ? { lesser: true } : {}),
        },
      ];
    });
  },
};
