import { dayOf, NOT_NAMES } from "./events.js";
import type { ClaimFacts } from "./claims.js";

/**
 * Where and when a claim puts what it tells of, so that two counts of the same noun from two
 * different events ("49 people were killed in Orlando", "80 people were killed" in a story on Nice)
 * are not read as one count told two ways.
 */

// "in Orlando", "at Fort Hood", "near San Jose": a capitalised name after a preposition of place.
const PLACE = /\b(?:[Ii]n|at|near)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu;

/** Names a claim's text places its event in ("Orlando", "San Jose"); months, days and articles are none. */
export function placesIn(text: string): string[] {
  // Cheap precheck: no preposition of place, no place.
  if (!/\b(?:[Ii]n|at|near)\s+\p{Lu}/u.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(PLACE)) {
    const name = m[1].replace(/[’']s$/u, "");
    if (!NOT_NAMES.has(name.split(/\s+/)[0]) && name.length >= 3) out.push(name);
  }
  return out;
}

/** A week: a count told a week apart is a count of another day (or a change), not the same one disputed. */
const SAME_EVENT_DAYS = 7;

/**
 * Whether two claims surely tell of different events: their days lie more than a week apart, or one
 * names a place that the other's article never mentions ("in Paris last November" against a story
 * on Nice).
 */
export function differentEvents(x: ClaimFacts, y: ClaimFacts): boolean {
  const dx = dayOf(x.claim.when ?? null);
  const dy = dayOf(y.claim.when ?? null);
  if (dx !== null && dy !== null && Math.abs(dx - dy) > SAME_EVENT_DAYS) return true;
  const elsewhere = (a: ClaimFacts, b: ClaimFacts) => {
    const text = b.article?.text;
    return text !== undefined && placesIn(a.claim.text).some((p) => !text.includes(p));
  };
  return elsewhere(x, y) || elsewhere(y, x);
}
