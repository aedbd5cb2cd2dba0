/**
 * A quote that names a label: "in a box labeled “medical problem,”", "a file titled “Plan B”". The
 * words in marks are what the thing is marked with, not anyone's speech, so a quote with no cue of
 * its own there takes no speaker from the quotes beside it.
 */

// Participles that put a name or a caption on a thing ("a box labeled", "a memo titled").
const LABEL_PARTICIPLES: ReadonlySet<string> = new Set(["labeled", "labelled", "titled", "entitled", "marked", "headlined", "captioned", "stamped"]);

/** The lower-cased word that ends right before `end` (spaces skipped), and where it starts. */
function wordBefore(text: string, end: number): { word: string; start: number } | null {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  let s = e;
  // A word is short; 20 letters bound the walk back.
  while (s > 0 && e - s < 20 && /\p{L}/u.test(text[s - 1])) s--;
  return s < e ? { word: text.slice(s, e).toLowerCase(), start: s } : null;
}

/** True when the quote's opening mark (at `outerStart`) follows a labelling participle, "as" allowed between. */
export function namesLabel(text: string, outerStart: number): boolean {
  let w = wordBefore(text, outerStart);
  if (w?.word === "as") w = wordBefore(text, w.start);
  return w !== null && LABEL_PARTICIPLES.has(w.word);
}
