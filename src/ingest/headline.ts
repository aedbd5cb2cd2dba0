import { agencyDateline } from "./agency-dateline.js";
import { datelineOf } from "./segments.js";

/**
 * A headline that ends on a full stop ("Storm closes the port.") looks like a sentence; what stands
 * under it shows that it stands above the story. Each row is one such sign, read on the text's first
 * paragraphs (the first one 160 characters or fewer, the caller checks); `paragraphs` is how many
 * stand above the story: the headline, and a deck under it when there is one.
 */
export type HeadlineMark = {
  readonly id: string;
  readonly reason: string;
  readonly test: (paras: readonly string[]) => boolean;
  readonly paragraphs: number;
};

/** A deck (a subheading) is a line of one sentence, not a paragraph of the story. */
const DECK_MAX = 120;
const isDeck = (p: string): boolean => p.length <= DECK_MAX && !p.includes("\n") && !/[.!?] \p{Lu}/u.test(p);

// The field labels an archive's export writes between the headline and the text (ProQuest's The
// New York Times: "ABSTRACT." over its summary, "FULL TEXT." over the story).
const ARCHIVE_LABEL = /^(?:ABSTRACT|Abstract|SUMMARY|Summary|FULL TEXT|Full [Tt]ext)[.:]?$/;

const opensOnDateline = (p: string | undefined): boolean => p !== undefined && (datelineOf(p) !== null || agencyDateline(p) !== null);

export const HEADLINE_MARKS: readonly HeadlineMark[] = [
  {
    id: "over-dateline",
    reason: "a dateline opens the next paragraph: 'Storm closes the port.' over 'HAVANA (AP) — …' or 'Cleveland (AFP) – …'",
    test: (p) => !opensOnDateline(p[0]) && opensOnDateline(p[1]),
    paragraphs: 1,
  },
  {
    id: "over-deck-and-dateline",
    reason: "a deck of one line stands between it and the dateline: 'Germany targets a surge of vitriol.' / 'As hate speech grows, so does debate on free expression.' / 'BERLIN - …'",
    test: (p) => p.length > 2 && isDeck(p[1]) && !opensOnDateline(p[0]) && !opensOnDateline(p[1]) && opensOnDateline(p[2]),
    paragraphs: 2,
  },
  {
    id: "over-archive-label",
    reason: "an archive's field label stands under it ('ABSTRACT.', 'FULL TEXT.'): the line above the fields is the headline",
    test: (p) => p.length > 2 && ARCHIVE_LABEL.test(p[1].trim()),
    paragraphs: 1,
  },
];

/** The first mark that shows `paras[0]` to be a headline, or null. */
export function headlineMark(paras: readonly string[]): HeadlineMark | null {
  return HEADLINE_MARKS.find((m) => m.test(paras)) ?? null;
}
