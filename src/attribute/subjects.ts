// Sentence-initial subjects ("Mr. Hariri, the archaeologist, …", "As for the soldier, he …",
// "Expecting to head out, the soldier …": after an opening participle phrase; "First, Ann Lee …",
// "Later, the soldier …": after an opening sentence adverb and its comma) that
// a later pronoun may point back to even when they were never quoted. "The" and a lower-case word
// is tried first: the capitalised alternative would take "The" of "The soldier" alone.
export const SUBJECT_START = /(?:^|[.!?]\s+|\n)(?:(?:But|And|As for|For|Then|Yet|Still)\s+|(?:First|Later|Earlier|Meanwhile|However|Instead|Finally|Separately|Afterward|Afterwards|Now|Still|Then|Yet),\s+|\p{Lu}\p{Ll}+ing\b[^.!?\n,;:“”"]{0,80},\s+)?([Tt]he\s+[\p{Ll}-]+|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|el-|bin\s+|de\s+)?\p{Lu}[\p{L}'’-]+){0,3})/gu;

// The same pattern, tried only where a match can start: the text's start, a stop, a "!" or "?", or a
// line break. Scanning for those with a one-class regex and running the pattern there gives the
// same matches, in the same order, as the global scan, at a fraction of its cost.
const SUBJECT_AT = new RegExp(SUBJECT_START.source, "uy");
const LEAD = /[.!?\n]/g;

/** The next match of SUBJECT_START at or after `from` (as a global exec from there would give). */
export function nextSubjectStart(text: string, from: number): RegExpExecArray | null {
  for (let c = from === 0 ? 0 : nextLead(text, from); c >= 0; c = nextLead(text, c + 1)) {
    SUBJECT_AT.lastIndex = c;
    const m = SUBJECT_AT.exec(text);
    if (m) return m;
  }
  return null;
}

function nextLead(text: string, from: number): number {
  LEAD.lastIndex = from;
  return LEAD.test(text) ? LEAD.lastIndex - 1 : -1;
}
