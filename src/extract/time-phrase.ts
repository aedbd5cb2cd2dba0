/**
 * A time adverbial between a subject and its verb ("Sen. Ann Lee (D-Ohio) on Saturday said", "The
 * committee this week announced"). Both the direct-quote cues and the reported-speech extractor cut
 * it off the subject, so it lives with the extractor, which both stages may import.
 */

/** Nouns a time adverbial ends on ("on Saturday", "last week", "that night"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "month", "year",
  "time", "night", "morning", "afternoon", "evening", "day", "spring", "summer", "fall", "autumn", "winter",
]);

// ("during": "Sanders during a Sunday rally"'s kin, "Sanders during a Sunday thanked …".)
const TIME_LEAD = new Set(["on", "last", "this", "next", "at", "in", "during", "earlier", "later", "that", "late", "early"]);
// Words that may stand between a time phrase's lead and its noun ("on the morning", "this past
// week", "during a Sunday"): an article, "past".
const TIME_INNER = new Set(["the", "a", "an", "past"]);

/** Units and counts of a span of time ("a month", "two days", "a few weeks", "days"). */
const SPAN_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;
const SPAN_COUNTS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple|\d+)$/;

/** What the test needs of a token; both stages' tokens have it. */
type Word = { readonly lower: string; readonly cap: boolean };

/**
 * Where a time adverbial after the subject starts ("Sen. Ann Lee (D-Ohio) on Saturday",
 * "Lee at the time", "Lee last week", "Lee this past week"), or `e` when there is none: the subject
 * ends before it.
 */
export function beforeTimePhrase(toks: readonly Word[], from: number, e: number): number {
  const last = toks[e - 1]?.lower ?? "";
  // (Capitalised inside the sentence, "Today" is a name: "told USA Today", "NBC’s Today".)
  if (e - from >= 2 && !toks[e - 1]!.cap && (last === "yesterday" || last === "today" || last === "tonight")) return e - 1;
  // "Fiorina a month later announced", "Lee two days earlier said": the span of time before "later"/"earlier" goes
  // with it.
  // (The cue may have taken "later" in already: then the span ends right before `e`.)
  const lateAt = e - from >= 2 && !toks[e - 1]!.cap && (last === "earlier" || last === "later") ? e - 1 : /^(?:earlier|later)$/.test((toks[e] as Word | undefined)?.lower ?? "") ? e : -1;
  if (lateAt >= 0) {
    let k = lateAt;
    if (k - 1 > from && SPAN_UNITS.test(toks[k - 1]!.lower)) {
      k--;
      while (k - 1 > from && SPAN_COUNTS.test(toks[k - 1]!.lower)) k--;
    }
    if (k < e) return k;
  }
  if (!TIME_NOUNS.has(last) && !/^(?:19|20)\d\d$/.test(last)) return e;
  for (let k = e - 2; k > from && k >= e - 4; k--) {
    const w = toks[k].lower;
    if (TIME_LEAD.has(w) && !toks[k].cap) return k;
    if (!TIME_INNER.has(w) && !TIME_NOUNS.has(w) && !/^\d/.test(w)) return e;
  }
  return e;
}
