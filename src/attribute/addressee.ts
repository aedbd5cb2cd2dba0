import type { Span } from "../model/index.js";
import { parseSubject, type Mention } from "./mention.js";
import { sentenceTail, tokenize } from "./tokens.js";

// Cues after which "to" is part of the cue, not whom the words went to ("according to X", "a
// remark attributed to X").
const TO_CUES: ReadonlySet<string> = new Set(["according", "attributed", "credited", "ascribed"]);

/**
 * "…, Patrick F. Kennedy … wrote in a memo to Inspector General Steve Linick": a source that stands
 * after the cue, right after "to" and the capitalised words of its title and name, is whom the words
 * were sent or spoken to, never who wrote or said them. (Cheap test first: the stretch holds "to ".)
 */
export function addressedAfterCue(text: string, cue: Span, mention: Span): boolean {
  if (mention.start < cue.end || mention.start - cue.end > 120) return false;
  const between = text.slice(cue.end, mention.start);
  if (!between.includes("to ")) return false;
  const first = /^\S+/.exec(text.slice(cue.start, cue.end))?.[0].toLowerCase() ?? "";
  if (TO_CUES.has(first)) return false;
  const toks = tokenize(text, { start: cue.end, end: mention.start });
  let k = toks.length - 1;
  while (k >= 0 && toks.length - k <= 6 && toks[k].word && toks[k].cap) k--;
  return k >= 0 && toks[k].lower === "to";
}

/**
 * The writer of "…, Patrick F. Kennedy, the undersecretary for management, wrote in a memo to …":
 * a name (with its appositive) that a comma sets off right before the cue, read from the nearest
 * comma back (three at most); null when none is a name.
 */
export function nameRightBeforeCue(text: string, para: Span, cue: Span): Mention | null {
  const toks = sentenceTail(text, { start: para.start, end: cue.start });
  let seen = 0;
  for (let k = toks.length - 2; k >= 0 && seen < 3; k--) {
    if (toks[k].text !== ",") continue;
    seen++;
    const m = parseSubject(text, { start: toks[k + 1].start, end: cue.start });
    if (m && m.kind === "name") return m;
  }
  return null;
}
