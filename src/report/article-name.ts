import type { Article } from "../model/index.js";
import { sentencesOf } from "../model/sentences.js";

/**
 * How quotecheck names an article for a reader: by its title, else its opening words (and its day),
 * never by the id it made. Findings, check's messages, verify's citations, the text tables and the UI
 * all name an article so; here, in report/, so the UI and the tables read it without the conflicts
 * stage (conflicts/explain re-exports it for the stages that used it there).
 */

/** A title is cut to this many characters (at a word) when it names an article in a finding. */
const TITLE_MAX = 60;

/** A title, or an article's opening words, cut at a word after TITLE_MAX characters, its closing stop left out. */
function cutName(words: string): string {
  const flat = words.replace(/\s+/g, " ").trim().replace(/[.,;:]$/, "");
  if (flat.length <= TITLE_MAX) return flat;
  const cut = flat.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * The first sentence of an article's first line, cut as a title is: the words a reader finds an
 * untitled article by (often a headline ingest did not take for one).
 */
function openingWords(text: string | undefined): string | null {
  const line = text?.trimStart().split("\n", 1)[0]?.replace(/\s+/g, " ").trim();
  return line ? cutName(sentencesOf(line)[0] ?? line) : null;
}

/**
 * How a finding names an article whose outlet is unknown: its title, which a reader knows the story
 * by (“Hillary Clinton Speaks ‘Directly To White People’…”), else the words it opens with and its day
 * (“the article of 2016-09-25 that opens “Federal court rules against Ohio's purges of voter rolls””),
 * else "an article with no known outlet". Not the file's name: a finding is read apart from the
 * folder, and "wash-post_2016-09-25_federal-court-rules-against-ohio.txt" tells a reader less than the
 * story's words; the claims and check's places still give the file. Never the id quotecheck made
 * ("huff-post-2016-09-20-hillary-clinton-speaks-dire"), nothing a reader can look up; that only
 * when the report holds no such article. `dated` false leaves the day to the caller (articleCitation).
 */
export function articleName(article: Article | undefined, id: string, dated = true): string {
  const title = article?.title?.trim();
  if (title) return `“${cutName(title)}”`;
  if (!article) return id;
  const day = dated && article.published ? `of ${article.published} ` : "";
  const opening = openingWords(article.text);
  if (opening) return `the article ${day}that opens “${opening}”`;
  return `an article ${day}with no known outlet`;
}

/**
 * An article as a reader can find it: its outlet, then its title (else the words it opens with) and
 * the day it was published: "Harbor Gazette (“Levee holds”, 2031-03-04)", "“Levee holds”
 * (2031-03-04)". The article's id is a slug quotecheck made and nothing a reader can look up
 * (check's group hits and verify's messages named it: "against breitbart-2016-01-10-conservative-icon-morton-bl's wording").
 */
export function articleCitation(a: Article): string {
  const name = articleName(a, a.id, false);
  const untitled = !a.title?.trim();
  if (!a.outlet) return a.published ? `${name} (${a.published})` : name;
  // Under its outlet an untitled article needs no "with no known outlet"; its opening words still tell it apart.
  const opening = untitled ? openingWords(a.text) : null;
  const rest = [untitled ? (opening ? `opening “${opening}”` : null) : name, a.published].filter((x): x is string => Boolean(x));
  return rest.length ? `${a.outlet} (${rest.join(", ")})` : a.outlet;
}

/**
 * How every format spells out an outlet no article names: the UI's preview, Detail and Sources, the
 * reports' chain and Sources, the articles table. The JSON keeps null. The preview said "outlet
 * unknown" of the row its list marked "?", and the reports' chain "unknown outlet".
 */
export const OUTLET_UNKNOWN = "outlet unknown";

/** The note under a table whose outlet column names an article instead (unknownOutletCell). */
export const OUTLET_UNKNOWN_NOTE = "“…” outlet unknown: the article by its title or first words";

/**
 * An article of unknown outlet in an outlet column: what a reader finds it by, in quotation marks
 * (an outlet is never written in them), its title, else its first words (“Stealth Over Health:
 * Hillary…”, cut to the column by the table), and OUTLET_UNKNOWN_NOTE under the table says so.
 * "outlet unknown" on every row of PolNeAR dev told no row's source from another's, and before the
 * title it left 4 cells of a 20-cell column; a "?" before it was a second wording for one thing.
 * articleName's "the article that opens" took 8 to 17 cells before the first word. The id quotecheck
 * made ("breitbart-2016-09-12-stealth-over-health-hillary") is nothing a reader can look up; it
 * stays only when the report holds no such article. The day is the published column's.
 */
export function unknownOutletCell(article: Article | undefined, id: string): string {
  if (!article) return `${OUTLET_UNKNOWN} (${id})`;
  const title = article.title?.trim();
  const words = title ? cutName(title) : openingWords(article.text);
  return words ? `“${words}”` : OUTLET_UNKNOWN;
}

/** OUTLET_UNKNOWN_NOTE and a newline when a table's rows name an article of unknown outlet, else "". */
export const outletUnknownNote = (anyUnknown: boolean): string => (anyUnknown ? `${OUTLET_UNKNOWN_NOTE}\n` : "");
