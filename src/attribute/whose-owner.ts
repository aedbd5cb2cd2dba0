import type { Span } from "../model/index.js";
import { nameBeforeRelative, relativeSource } from "./cue-subjects.js";
import type { Mention } from "./mention.js";
import { tokenize } from "./tokens.js";

/**
 * "Mayor Ann Lind, whose spokesman said …", "the union, whose president told reporters …": a source
 * written as "whose" and a noun is that noun of the relative pronoun's antecedent. The antecedent (read
 * as the one of "who" and "which" is read, within the paragraph from `from`), or null
 * when `whose` is no "whose" or no noun phrase stands before it.
 */
export function whoseOwner(text: string, from: number, whose: Span): Mention | null {
  if (whose.end - whose.start !== 5 || text.slice(whose.start, whose.end).toLowerCase() !== "whose") return null;
  const toks = tokenize(text, { start: from, end: whose.end });
  const r = toks.length - 1;
  if (r < 1 || toks[r].start !== whose.start) return null;
  // A name right before the comma first ("came against Ann Lee, whose": no "came against" in it).
  const q = { text };
  return nameBeforeRelative(q, toks, r) ?? relativeSource(q, toks, r);
}
