import type { Article, Quote } from "../model/index.js";
import { fileNameNamesOutlet, outletKey } from "../model/outlet-names.js";
import { editionOf, longerOutletName } from "../model/outlet-in-text.js";

/**
 * Whether the words went to another outlet than the one that published them: the UI's "2" flag
 * and the reports' "secondhand" flag, one test for both. As check's secondhand-source reads it (with
 * the model's helpers it reads too), the outlet's own longer name or edition ("Breitbart News",
 * "POLITICO Florida" in a Politico story), the agency whose copy the story carries ("told AP" under "WASHINGTON (AP) —")
 * and a short name the story spells out ("The Post" where it names The Washington Post) are the
 * publisher's own; compared by name alone they read as given elsewhere. With the publisher
 * unknown, a file saved under the outlet's name counts as that outlet's own. Unlike check, an
 * original in the corpus does not matter: the words still came through another outlet. Pure.
 */
export function toldAnotherOutlet(q: Pick<Quote, "toOutlet" | "documentId">, article: Article | undefined): boolean {
  if (!q.toOutlet) return false;
  const told = (article && longerOutletName(q.toOutlet, article.text)) ?? q.toOutlet;
  const own = article?.outlet;
  if (!own) return !fileNameNamesOutlet(q.documentId, told);
  const key = outletKey(told);
  if (outletKey(own) === key) return false;
  if (editionOf(told, (head) => outletKey(head) === outletKey(own))) return false;
  return !(article.wire ?? []).some((w) => outletKey(w.agency) === key);
}
