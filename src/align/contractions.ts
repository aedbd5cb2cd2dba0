/**
 * English contractions read as the words they stand for when quotes are compared word by word, so
 * "We’ve got to" and "We have got to" differ in no word: a writer who spells a contraction out has
 * not altered the quote. Only the compared words change, never the text shown.
 *
 * Endings whose long form is ambiguous stay as written: "'d" (had or would), and "'s" after anything
 * but the pronouns listed (a possessive, or "is" / "has").
 */

type Row = { readonly id: string; readonly reason: string; readonly test: (w: string) => readonly string[] | null };

/** Words with an irregular stem before "n't", and "cannot", which is "can not" written as one. */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ["can't", ["can", "not"]],
  ["cannot", ["can", "not"]],
  ["won't", ["will", "not"]],
  ["shan't", ["shall", "not"]],
]);

/** Pronouns whose "'s" is "is" ("it's", "that's", "there's"); "let's" is "let us". */
const IS_AFTER = new Set(["it", "that", "what", "there", "here", "he", "she", "who", "where", "how"]);

const ending = (w: string, end: string, long: string): readonly string[] | null => (w.length > end.length && w.endsWith(end) ? [w.slice(0, -end.length), long] : null);

export const CONTRACTIONS: readonly Row[] = [
  { id: "irregular", reason: "can't, cannot, won't, shan't: the stem is not the word before n't", test: (w) => IRREGULAR.get(w) ?? null },
  { id: "not", reason: "don't, isn't, wouldn't: a verb and 'not'", test: (w) => ending(w, "n't", "not") },
  { id: "have", reason: "we've, I've, could've", test: (w) => ending(w, "'ve", "have") },
  { id: "are", reason: "we're, they're, you're", test: (w) => ending(w, "'re", "are") },
  { id: "will", reason: "I'll, we'll, it'll", test: (w) => ending(w, "'ll", "will") },
  { id: "am", reason: "I'm", test: (w) => (w === "i'm" ? ["i", "am"] : null) },
  { id: "let-us", reason: "let's", test: (w) => (w === "let's" ? ["let", "us"] : null) },
  { id: "is", reason: "it's, that's, there's: 's after a pronoun is 'is' (after a noun it may be a possessive)", test: (w) => (w.endsWith("'s") && IS_AFTER.has(w.slice(0, -2)) ? [w.slice(0, -2), "is"] : null) },
];

/** The words a normalised word (lower case, straight apostrophe) stands for: itself when it is no contraction. */
export function expandContraction(norm: string): readonly string[] {
  if (!norm.includes("'") && norm !== "cannot") return [norm];
  for (const row of CONTRACTIONS) {
    const long = row.test(norm);
    if (long) return long;
  }
  return [norm];
}
