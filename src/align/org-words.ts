import { isAcronym, ORG_STOP } from "./names.js";

/**
 * How linkOrganisations reads the words of two organisations' names (speakers.ts). Pure.
 */

/**
 * An acronym written with full stops ("U.N.", "F.B.I.") as it is without them ("UN", "FBI"), else
 * null: the stops are a house style, and "U.N." spelled no name, so it joined neither "United
 * Nations" nor another article's "UN".
 */
export function undottedAcronym(name: string): string | null {
  const n = name.trim();
  if (!/^(?:\p{Lu}\.){2,6}$/u.test(n)) return null;
  const letters = n.replace(/\./g, "");
  return isAcronym(letters) ? letters : null;
}

/**
 * Whether a longer name holds a shorter one's words in their order ("Trump campaign" in "Trump
 * presidential campaign"), or only turns them round a glue word ("Justice Department", "Department
 * of Justice"). Not the same words in another order with more beside them: "Republican National
 * Committee" is no part of the "National Republican Congressional Committee". Names as their
 * orgKey's words.
 */
export function holdsInOrder(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const w of long) if (at < short.length && w === short[at]) at++;
  if (at === short.length) return true;
  const own = new Set(short);
  return long.every((w) => own.has(w) || ORG_STOP.has(w)) && short.every((w) => long.includes(w));
}
