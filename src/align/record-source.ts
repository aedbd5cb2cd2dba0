import { documentHead, isDocumentSource } from "../model/document-source.js";

/**
 * Whether a speaker described in words is a record (a document) by more than the model's document
 * test reads: a head noun followed by the day it came out or by who made it, with no "that" ("a
 * report Tuesday from WKOW", "new financial documents he submitted", "reports Mr. Schoen filed", "an
 * online poll out Thursday"), or a record's noun that list leaves out ("a count by The Associated
 * Press", "a CNN tally", "a Pentagon readout", "a declaration filed in federal court"), read as the
 * model reads "report". Read on PolNeAR train, such speakers were typed organisations and unnamed
 * sources. Pure.
 */
export function isRecordSource(name: string): boolean {
  if (isDocumentSource(name)) return true;
  const words = name.trim().split(/\s+/);
  // A record's noun the model's list leaves out reads as "report" (lower case only: "Count" is a title).
  let swapped = false;
  const read = words.map((w) => {
    const bare = w.replace(/[,;:]$/u, "");
    if (!RECORD_NOUNS.has(bare)) return w;
    swapped = true;
    return w.replace(bare, "report");
  });
  if (swapped && isDocumentSource(read.join(" "))) return true;
  // The head before the day or the maker, without the "that" that would open the clause.
  const cut = read.findIndex((w, i) => i > 0 && CLAUSE_OPENERS.test(w));
  return cut > 0 && documentHead(read.slice(0, cut).join(" ")) === read[cut - 1];
}

/** Records the model's document heads leave out, in lower case. */
const RECORD_NOUNS: ReadonlySet<string> = new Set(["tally", "tallies", "count", "readout", "declaration", "declarations", "petition"]);

/** Words that open what tells when or by whom a record came out, right after its noun: a weekday, a subject pronoun, a title, "out", "through". */
const CLAUSE_OPENERS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|he|she|they|we|I|Mr\.|Mrs\.|Ms\.|Dr\.|out|through)$/u;
