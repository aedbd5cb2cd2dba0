import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";

/**
 * Links to other stories inside a story's markup: a "Read more:" line, a list of headlines, a box
 * of related coverage. Their words are other stories' headlines ("'We lost everything,' say flooded
 * families"), and read as story text each headline's quote was credited to the label ("READ MORE")
 * or to its own headline's subject. A story's own paragraphs carry words of their own around any
 * link they hold.
 */

// A label before the links ("Read more:", "RELATED:", "See also", "Also read —", "More:"): not
// words of the story either. Bullets and separators between links count for nothing.
const LINK_LABEL = /^\s*(?:(?:read|see|watch|listen)(?: (?:more|also|next))?|more(?: on (?:this(?: story| topic)?|that))?|related(?: (?:stories|articles|coverage|content|links?))?|also(?: read| on \S+)?|further reading|recommended|latest|most (?:read|popular|viewed))\s*[:—–|-]?\s*/i;
// Letters (or digits) left once links, label and separators are taken out: this few are no words of the story.
const MIN_OWN = 4;
// Longer than this, a block of links is no headline list (a paragraph written as one long link).
const MAX_LINK_BLOCK = 240;

/** The text of `el` outside its links, and how much of its text links hold. */
function ownText($: CheerioAPI, el: Element): { own: string; linked: number; all: number } {
  const all = $(el).text().replace(/\s+/g, " ").trim();
  let linked = 0;
  const $copy = $(el).clone();
  $copy.find("a").each((_, a) => {
    linked += $(a).text().replace(/\s+/g, " ").trim().length;
  });
  $copy.find("a").remove();
  return { own: $copy.text().replace(/\s+/g, " ").trim(), linked, all: all.length };
}

/** A paragraph, list item or heading that is links alone, under a label at most. */
export function isLinkLine($: CheerioAPI, el: Element): boolean {
  if ($(el).closest("blockquote").length) return false; // a tweet's or a credited quote's links are its own
  if ($(el).find("a").length === 0) return false;
  const { own, linked, all } = ownText($, el);
  if (all > MAX_LINK_BLOCK || linked === 0) return false;
  const left = own.replace(LINK_LABEL, "").replace(/[^\p{L}\p{N}]/gu, "");
  return left.length < MIN_OWN;
}

// A box of links by its class or id ("read-more-box", "more-on-this-story", "related-articles",
// "rich-link"): taken out only when links hold most of its text, since a "read more" expander may
// hold the rest of the story itself.
const LINK_BOX_ATTR = /(?:^|[\s_-])(?:read-?more|more-(?:on|from|stories|like-this)|also-read|see-also|further-reading|rich-link|most-(?:read|popular|viewed)|related|recirc(?:ulation)?|trending)(?:$|[\s_-])/i;

/** Take out lines and boxes of links to other stories (furniture; see above). */
export function dropLinkBoxes($: CheerioAPI): void {
  $("div, section, ul, ol, aside")
    .filter((_, el) => LINK_BOX_ATTR.test(`${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`))
    .filter((_, el) => {
      const { linked, all } = ownText($, el as Element);
      return all > 0 && linked / all >= 0.5;
    })
    .remove();
  $("p, li, h2, h3, h4, h5, h6, dt, dd")
    .filter((_, el) => isLinkLine($, el as Element))
    .remove();
}
