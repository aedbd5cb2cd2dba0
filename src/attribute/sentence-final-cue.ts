import type { Candidate } from "../extract/index.js";
import { hit, R, type CueHit } from "./cue-context.js";

/**
 * "Voters should ignore words like “maybe” and “perhaps,” she told reporters.", "Reyes is “a liar”
 * and “a fraud,” Lind said.": the cue after the last quote of a sentence reports the whole sentence,
 * so a quoted phrase earlier in it whose only credit is the subject of its clause (a verb that is no
 * speech verb: "is", "should ignore", "wants") is the reporter's words too, not that subject's.
 */
export const SENTENCE_FINAL_CUE = {
  id: "attribution/sentence-final-cue",
  reason: "a quoted phrase whose clause has no speech verb, in a sentence whose last quote ends with its cue (X is “A” and “B,” Lee said): the sentence is Lee's report, so the phrase is Lee's words too",
};

// The rules whose credit the cue after a later quote of the sentence outranks: a clause subject
// with no speech verb of its own.
const WEAK: ReadonlySet<string> = new Set([R.sentenceSubject.id]);
// The cues after a quote that report the sentence they end ("…,” Lee said", "…,” said Lee"; and
// see invertedFinalCue).
const AFTER: ReadonlySet<string> = new Set([R.afterSubject.id, R.afterInverted.id]);

/** No sentence ends between two quotes: not at the end of the first one's words, nor in the narration after it. */
function sameSentence(text: string, a: Candidate, b: Candidate): boolean {
  const from = a.outer.end;
  const to = b.outer.start;
  if (to - from > 200) return false;
  const words = text.slice(a.span.start, a.span.end).trimEnd();
  const last = words.charCodeAt(words.length - 1);
  // . ! ? ;
  if (last === 46 || last === 33 || last === 63 || last === 59) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return false;
  }
  return true;
}

/**
 * The quote ends with a comma before its cue ("…,” Lee said", "…”, said Lee"), as a cue that
 * reports it does; not a dash or an aside ("“…” ― a group of engineers who …").
 */
function commaCue(text: string, c: Candidate): boolean {
  const words = text.slice(c.span.start, c.span.end).trimEnd();
  if (words.endsWith(",")) return true;
  let k = c.outer.end;
  while (k < text.length && k < c.outer.end + 3 && text.charCodeAt(k) === 32) k++;
  return text.charCodeAt(k) === 44;
}

/**
 * "… did not find “ties of any consequence,” aside from the two men knowing each other “casually”
 * from the mosque, said the bureau's director, Ann Lee.": a speech verb after the quote, further
 * on in its sentence, right after a comma and before its speaker (the inverted cue that ends a
 * sentence, read by the in-sentence row), reports the sentence as the cue right after a quote does.
 */
function invertedFinalCue(text: string, c: Candidate, h: CueHit): boolean {
  if (h.cue.start < c.outer.end || !h.mention || h.mention.whole.start < h.cue.end) return false;
  let k = h.cue.start;
  while (k > c.outer.end && text.charCodeAt(k - 1) === 32) k--;
  return text.charCodeAt(k - 1) === 44;
}

/**
 * Rewrites `hits` in place: each direct quote (index into `sorted`, in `direct` order) that only a
 * weak rule credits takes the hit of the last quote of its sentence when that one is credited by a
 * cue right after it. The quotes between must have no cue of their own, or a weak one; scare quotes
 * (titles, words in marks) are narration and skipped. One sweep from the end (a sentence of many
 * quoted words stays linear): `final[d]` is the quote whose cue ends the run that `d` starts.
 */
export function creditSentenceFinalCues(text: string, sorted: readonly Candidate[], direct: readonly number[], hits: Map<number, CueHit | null>): void {
  let any = false;
  for (const i of direct) any ||= WEAK.has(hits.get(i)?.ruleId ?? "");
  if (!any) return;
  const final: number[] = new Array(direct.length).fill(-1);
  let next = -1; // the next non-scare quote's position in `direct`
  for (let d = direct.length - 1; d >= 0; d--) {
    const i = direct[d];
    if (sorted[i].kind === "scare") continue;
    const h = hits.get(i);
    if (h && AFTER.has(h.ruleId)) final[d] = commaCue(text, sorted[i]) ? i : -1;
    else if (h && h.ruleId === R.sentenceVerb.id && invertedFinalCue(text, sorted[i], h)) final[d] = i;
    else if ((!h || WEAK.has(h.ruleId)) && next >= 0 && sameSentence(text, sorted[i], sorted[direct[next]])) {
      final[d] = final[next];
      const f = h && final[d] >= 0 ? hits.get(final[d]) : null;
      // (Made by hit(), as every cue hit is: a spread's copies get a hidden class of their own.)
      if (f?.mention) hits.set(i, hit(f.mention, f.cue, f.clause, SENTENCE_FINAL_CUE));
    }
    next = d;
  }
}
