import { placeText, type Article, type Quote } from "../model/index.js";
import { containerText } from "./source-lines.js";
import { saidHow, toldLink } from "../report/to-whom.js";
import { publishedDay } from "../report/published.js";
import { OUTLET_UNKNOWN } from "../report/article-name.js";

export type ChainStep = { readonly label: string; readonly value: string };

/**
 * Who said it -> to whom -> who published it -> what carried it, as the report records them.
 * Unknown links say so rather than being left out, so a gap in the chain is visible.
 */
export function attributionChain(q: Quote, article: Article | undefined): ChainStep[] {
  // A medium with no outlet ("by phone", "in a statement", "tweeted") says how the words were said,
  // not whom they were told ("told  by phone"): it goes with the speaker, as in the report's chain.
  // The outlet's link as the reports' chain gives it, "Radio Nord (by phone)" (report/to-whom).
  const who = (q.speaker ? q.speaker + (q.role ? `, ${q.role}` : "") : "speaker unresolved") + saidHow(q);
  const told = toldLink(q) ?? "not stated";
  const said = q.spokenOn ? ` on ${q.spokenOn}` : "";
  const pub = article
    ? [article.outlet ?? OUTLET_UNKNOWN, publishedDay(article) ?? "date unknown", article.byline ? `by ${article.byline}` : null].filter(Boolean).join(", ")
    : "article not in the report";
  const carried = article?.container ? containerText(article.container) : "the file itself";
  return [
    { label: "said by", value: who + said },
    { label: "told", value: told },
    { label: "published by", value: pub },
    // The file with the line and column of the words, to open it there in an editor.
    { label: "carried by", value: `${carried} (${placeText(q.documentId, q.line, q.column)})` },
  ];
}
