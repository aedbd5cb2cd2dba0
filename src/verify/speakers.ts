import { acronymOf, mayBeSamePerson, orgKey } from "../align/names.js";
import { SURNAME_PARTICLES } from "../model/name-words.js";
import { foldWord } from "./tokens.js";

// Titles and name particles that do not tell people apart ("Mr. Homsi" is Khaled al-Homsi).
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "gen", "general", "col", "colonel", "sheikh", "president", "minister", "sir", "lord", "the"]);

/**
 * A folded word without a particle joined to it by a hyphen ("al-homsi", "as-sadr" are "homsi",
 * "sadr"): the model's SURNAME_PARTICLES, the ones the speaker join's keys drop (align/names).
 */
export function withoutParticle(w: string): string {
  const dash = w.indexOf("-");
  return dash > 0 && SURNAME_PARTICLES.has(w.slice(0, dash)) ? w.slice(dash + 1) : w;
}

export function nameParts(name: string): string[] {
  return name
    .split(/[\s,]+/)
    .map((w) => withoutParticle(foldWord(w).replace(/[.'’]/g, "")))
    .filter((w) => w && !TITLES.has(w));
}

/**
 * Whether one body's name is a short form of another's: its words, two or more, all in the longer
 * name ("Syrian Observatory" in "Syrian Observatory for Human Rights"), or the longer name's
 * initials ("SOHR"). A person's name is no body's: "Bill Clinton" is not "Clinton Foundation".
 */
function shortFormOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (acronymOf(long) === short.trim().toLowerCase()) return true;
  const words = orgKey(short).split(" ").filter(Boolean);
  const longWords = new Set(orgKey(long).split(" "));
  return words.length >= 2 && words.length < longWords.size && words.every((w) => longWords.has(w));
}

/**
 * Whether two speaker names can be the same speaker: the speaker join's test for people (same
 * surname and no clashing given names, or a lone name that is one of the other's names), or one
 * body's name a short form of the other's. "Khaled Omran" and "Khaled al-Homsi" share only a first
 * name, "Hillary Clinton" and "Bill Clinton" only a surname.
 */
export const sameSpeaker = (a: string, b: string): boolean => mayBeSamePerson(a, b) || shortFormOf(a, b);

/** The speaker's surname (or single name), to look for in a source's text near a match. */
export function surname(name: string): string | null {
  const p = nameParts(name);
  return p.length ? p[p.length - 1] : null;
}
