import type { Quote } from "../model/index.js";

/**
 * A medium's first word whose capital only its sentence gave it ("In an interview, Lee said",
 * "Tweeted Lee: …"): a preposition, or a verb's past. A name's keeps its capital ("Facebook post"),
 * and so does an acronym ("AP interview").
 */
const SENTENCE_CAPITAL = /^(?:In|On|At|During|By|Via|Through|Over|From|To|After|Before|Following|With|Under|\p{Lu}\p{Ll}{2,}ed)\b/u;

/** A medium as a cell or a chain shows it, inside a line: "in an interview", not "In an interview". Pure. */
export const mediumText = (medium: string): string => (SENTENCE_CAPITAL.test(medium) ? medium[0]!.toLowerCase() + medium.slice(1) : medium);

/**
 * The "to whom" cell of the extract table and the UI's Quotes column and preview: the outlet the
 * words were told to as "told AFP", how they were said as written ("in a statement", "by phone",
 * "tweeted"), both joined ("told AFP, in an interview"). Joined alike ("AFP", "in a statement"),
 * a reader could not tell an outlet from a medium; the JSONL keeps `toOutlet` and `medium` apart.
 */
export function toWhomText(q: Pick<Quote, "toOutlet" | "medium">): string {
  return [q.toOutlet ? `told ${q.toOutlet}` : "", q.medium ? mediumText(q.medium) : ""].filter(Boolean).join(", ");
}

/** The chain's "told" link, the outlet with how when both are known: "The Daily Beast (via Skype)"; null with no outlet. */
export function toldLink(q: Pick<Quote, "toOutlet" | "medium">): string | null {
  if (!q.toOutlet) return null;
  return q.medium ? `${q.toOutlet} (${mediumText(q.medium)})` : q.toOutlet;
}

/** How the words were said when no outlet was told, for the chain's "said by" link: " (in a statement)", or "". */
export const saidHow = (q: Pick<Quote, "toOutlet" | "medium">): string => (q.medium && !q.toOutlet ? ` (${mediumText(q.medium)})` : "");
