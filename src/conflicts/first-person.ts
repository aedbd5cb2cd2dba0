/**
 * First-person counts: "We won the vote in 12 towns", "our 30 members", "12 of our soldiers". Such a
 * count is the speaker's own (what their side won, holds or lost), so two speakers' first-person
 * counts are two quantities, not one told two ways: "we won 12 towns" from one party and "we won 30
 * towns" from another dispute nothing. A first-person count set against a count told of the same
 * side from outside ("They won 20 towns") still compares.
 */

type Word = { readonly norm: string; readonly start: number; readonly end: number };

const SUBJECTS = new Set(["we", "i", "we've", "i've", "we'd", "i'd", "we'll", "i'll", "we're", "i'm"]);
const OWNERS = new Set(["our", "my"]);
/** Words between the pronoun and its verb: "we have also won", "we just took", "I haven’t heard". */
const BEFORE_VERB = new Set([
  "have", "had", "has", "also", "already", "just", "now", "still", "all", "both", "together", "will", "would", "did", "do", "finally", "again", "really",
  "not", "never", "haven't", "hadn't", "didn't", "don't", "won't", "can't", "can", "could", "should", "may", "might", "must",
]);
/**
 * Verbs of knowing, seeing and saying: the count after them is what the speaker saw or holds true
 * ("we saw 500 people", "I think 12 died", "we counted 2,000"), a count of something outside them that
 * another witness can dispute, not what they own.
 */
const NOT_OWN = new Set([
  "think", "thought", "believe", "believed", "know", "knew", "estimate", "estimated", "expect", "expected", "saw", "see", "seen", "heard", "hear",
  "counted", "count", "guess", "say", "said", "told", "tell", "hope", "fear", "feared", "understand", "reckon", "doubt", "found", "find", "learned",
  "read", "noticed", "watched", "watch", "figure", "figured", "calculate", "calculated", "suspect", "suspected", "assume", "assumed",
]);
/** Words that open another clause: a pronoun before them is not the count's subject ("we know that 12 …"). */
const CLAUSE_OPENERS = new Set(["that", "who", "which", "when", "where", "whether", "if", "because", "as", "than", "while", "since", "after", "before", "until", "so", "but", "and", "or", "what", "how"]);
/** How far back (in words) the pronoun may stand: "We won the vote in 12 towns" has it five words back. */
const REACH = 8;

/**
 * Whether the count whose number spans words i..j-1 of `text` is the speaker's own: led by "our"/"my"
 * ("our 30 members", "12 of our soldiers"), or the object of a verb whose subject is "we"/"I" in the
 * same clause, the verb none of knowing, seeing or saying. `subjectOfOwnVerb` says the count is the
 * subject of a verb after it ("we know 12 people died"): then it is no object of the pronoun's verb.
 */
export function isFirstPersonCount(text: string, ws: readonly Word[], i: number, j: number, subjectOfOwnVerb: boolean): boolean {
  if (OWNERS.has(ws[i - 1]?.norm ?? "")) return true;
  if (ws[j]?.norm === "of" && OWNERS.has(ws[j + 1]?.norm ?? "")) return true;
  if (subjectOfOwnVerb) return false;
  for (let b = i - 1; b >= 0 && i - b <= REACH; b--) {
    // One clause only: a mark between two words ends it.
    if (/[.!?;:,—–()"“”]/.test(text.slice(ws[b].end, ws[b + 1].start))) return false;
    const w = ws[b].norm;
    if (SUBJECTS.has(w)) {
      let v = b + 1;
      while (v < i && BEFORE_VERB.has(ws[v].norm)) v++;
      return v < i && !NOT_OWN.has(ws[v].norm);
    }
    if (CLAUSE_OPENERS.has(w)) return false;
  }
  return false;
}
