/**
 * The -s forms of speech verbs, sorted by whether they are also plural nouns. Extraction's reported
 * verb reader (extract/reported-verb) and attribution's cue test (attribute/cue-words) both ask it of
 * a word in -s before "that", an auxiliary or a sentence's end, so the two lists live side by side and
 * may not share a word (tests/model/speech-forms). A form in neither ("states", "charges") is left to
 * the rule that reads it. General English only.
 */

/** -s forms that are also plural nouns ("his claims that …", "reports that …", "FEC reports show"). */
export const PLURAL_NOUN_FORMS: ReadonlySet<string> = new Set([
  "reports", "claims", "promises", "pledges", "notes", "remarks", "tweets", "posts", "counters", "repeats", "replies", "jokes",
  "boasts", "stresses", "vows", "calls", "points", "denials", "recalls",
]);

/** -s forms that are never a plural noun ("says", "writes"; not "claims" or "reports"). */
export const VERB_ONLY_S: ReadonlySet<string> = new Set([
  "says", "tells", "asks", "adds", "explains", "insists", "argues", "contends", "maintains", "suggests", "believes", "thinks", "writes", "predicts", "acknowledges",
]);
