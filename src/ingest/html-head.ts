import type { CheerioAPI } from "cheerio";
import { isDateLine } from "./dates.js";
import { bylineOf, isByLine } from "./segments.js";
import { isMasthead } from "./html-masthead.js";

/**
 * The top of a story's markup, above its first paragraph: a section label or kicker ("Politics",
 * "World | Europe"), the headline, the deck (a standfirst: one or two sentences that sum the story
 * up), the byline and the date. The headline, byline and date are metadata and leave the text;
 * labels above the headline are no words of the story and leave it too; the deck stays, counted
 * at the text's top so that extraction reads its quotes as the headline's, not as the story's.
 */

type Block = { readonly text: string };

/** What the page says of its story above the text: the title and byline, which `storyHead` may fill in. */
export type HeadMeta = {
  readonly title: string | null;
  byline: string | null;
  readonly decks: readonly string[];
  /** The names the page gives itself (html-masthead.ts): a block that says one, at the top, is its masthead. */
  readonly mastheads?: readonly string[];
};

// Class or id words sites give the deck ("standfirst", "dek", "c-article-subtitle", "strapline").
const DECK_ATTR = /(?:^|[\s_-])(?:standfirst|dek|deck|strapline|subhead|subheadline|sub-headline|subtitle|sub-title)(?:$|[\s_-])/i;

const norm = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();

/** The texts of the page's deck elements (read before the furniture goes), normalised. */
export function deckTexts($: CheerioAPI): string[] {
  const out: string[] = [];
  $("[class], [id]").each((_, el) => {
    if (!DECK_ATTR.test(`${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`)) return;
    const t = norm($(el).text());
    if (t && t.length <= MAX_DECK) out.push(t);
  });
  return out;
}

// Longer than this, a paragraph is the story's, not a deck.
const MAX_DECK = 320;
// A label above the headline: a few words, no sentence in it.
const isLabel = (t: string): boolean => t.length <= 40 && t.split(/\s+/).length <= 5 && !/[.!?]\s/.test(t);
// How far down the headline may stand under labels, and how many blocks the top may hold.
const TITLE_WITHIN = 3;
const HEAD_WITHIN = 7;

/** Headline, byline or date line: metadata, not story text. */
function isMeta(t: string, meta: HeadMeta): boolean {
  return (
    (meta.title !== null && norm(t) === norm(meta.title)) ||
    // A "By" line that names writers: "By Monday night the quay had flooded." opens a story.
    (t.length < 100 && isByLine(t)) ||
    (t.length < 60 && isDateLine(t)) ||
    // The author's name alone on its line (an author link the markup does not mark as furniture).
    (meta.byline !== null && t.length < 100 && norm(t) === norm(meta.byline))
  );
}

/**
 * `blocks` without the labels, headline, byline and date lines at their top, the deck first, and
 * how many decks there are; `titled` when the headline (`meta.title`) stood among them, shown over
 * the story (not only in the page's head). A plain "By" line names the byline when `meta` has none.
 */
export function storyHead<B extends Block>(given: readonly B[], meta: HeadMeta): { blocks: B[]; decks: number; titled: boolean } {
  let blocks = given;
  let from = 0;
  const mastheads = meta.mastheads ?? [];
  // Labels or the masthead above the headline (the headline found within the first blocks, each block above it a label).
  if (meta.title !== null) {
    const t = blocks.slice(0, TITLE_WITHIN).findIndex((b) => norm(b.text) === norm(meta.title!));
    if (t > 0 && blocks.slice(0, t).every((b) => isLabel(b.text) || isMasthead(b.text, mastheads))) from = t;
  }
  // The newsletter's name over a story with no headline found: no line of the story either.
  let lead = 0;
  while (from === 0 && lead < Math.min(TITLE_WITHIN, blocks.length - 1) && isMasthead(blocks[lead].text, mastheads)) lead++;
  if (lead) blocks = blocks.slice(lead);
  const decks: B[] = [];
  let titled = false;
  let k = from;
  for (; k < blocks.length && k < from + HEAD_WITHIN; k++) {
    const t = blocks[k].text;
    if (isMeta(t, meta)) {
      titled ||= meta.title !== null && norm(t) === norm(meta.title);
      // A plain "<p>By Ana Ruiz</p>" above the story is the byline when the page's markup names none.
      if (!meta.byline && isByLine(t)) meta.byline = bylineOf(t);
      continue;
    }
    // A deck: its element says so, or a byline or date line follows it (the story comes under those).
    const marked = meta.decks.includes(norm(t));
    const aboveMeta = decks.length < 2 && t.length <= MAX_DECK && blocks.slice(k + 1, k + 3).some((b) => isMeta(b.text, meta));
    if ((marked || aboveMeta) && t.length <= MAX_DECK && decks.length < 2) {
      decks.push(blocks[k]);
      continue;
    }
    break;
  }
  return { blocks: [...decks, ...blocks.slice(k)], decks: decks.length, titled };
}
