import type { Span } from "../model/index.js";
import { DETERMINERS, SUBJECT_PRONOUNS } from "./reported-lexicon.js";
import type { Token } from "./reported-text.js";
import { DASHES } from "./reported-sentence.js";
import { TIME_NOUNS } from "./time-phrase.js";

/**
 * The head of a source written after its cue ("according to a CBS poll released Monday", "according to
 * polls at the time", "according to exit polls (a sizable margin ...)"): the words that describe how the
 * source came out, when, or the reporter's gloss after it are no part of its name. The whole phrase stays
 * the source as written; only the head (the speaker) ends earlier. Word tests only, one pass.
 */

/** Past participles that tell how a document or a poll came out ("a poll released Monday"). */
const PUBLISHED = /^(?:released|reported|published|conducted|taken|issued|commissioned|obtained|posted|aired|circulated|distributed)$/;
const POSSESSIVES = /^(?:his|her|their|its|our|my|your)$/;
/** Words that open a time phrase after a noun ("at the time", "last week", "that night"). */
const TIME_OPENERS = /^(?:at|last|this|that|on|earlier|late|early)$/;

/** Whether the bracket opened at k closes within a few tokens ("(D-Ohio)", "(R-Calif.)"). */
function closes(toks: readonly Token[], k: number): boolean {
  for (let m = k + 1; m < toks.length && m - k <= 8; m++) if (toks[m].text === ")") return true;
  return false;
}

type HeadStop = {
  readonly id: string;
  readonly reason: string;
  /** Whether the head ends before token k (a < k: the head keeps one word at least). */
  readonly stops: (toks: readonly Token[], k: number) => boolean;
};

export const HEAD_STOPS: readonly HeadStop[] = [
  {
    id: "head/published-participle",
    reason: "'a CBS poll released Monday', 'a Gallup poll taken last week': the participle tells how the source came out",
    // (After a determiner the word is no participle of the noun: "the released figures". After a pronoun or a
    // possessive it is a relative clause's own verb, "the document he released", "figures her campaign released".)
    stops: (toks, k) =>
      toks[k].word && !toks[k].cap && PUBLISHED.test(toks[k].lower) && !DETERMINERS.has(toks[k - 1].lower) && !SUBJECT_PRONOUNS.has(toks[k - 1].lower) && !POSSESSIVES.test(toks[k - 2]?.lower ?? ""),
  },
  {
    id: "head/relative-that",
    reason: "'a new poll that shows ...', 'reports that the campaign filed': a relative clause on the source's noun",
    stops: (toks, k) => toks[k].lower === "that" && toks[k - 1].word && !DETERMINERS.has(toks[k - 1].lower),
  },
  {
    id: "head/time-phrase",
    reason: "'polls at the time', 'an ABC poll last week', 'the officer ... that night': when, not who",
    stops: (toks, k) => {
      if (!TIME_OPENERS.test(toks[k].lower) || toks[k].cap) return false;
      const n1 = toks[k + 1]?.lower ?? "";
      const n2 = toks[k + 2]?.lower ?? "";
      return TIME_NOUNS.has(n1) || (n1 === "the" && TIME_NOUNS.has(n2));
    },
  },
  {
    id: "head/aside",
    reason: "'exit polls (a sizable margin, ...', 'the report - still believe ...': a bracket or a spaced dash opens the reporter's aside",
    // (A hyphen only with a space on both sides: "ABC News-Washington Post" is one name, "-Mrs. Lee said" a dash
    // glued to the subject after it. A bracket closed inside the head is a name's: "Rep. Ann Lee (D-Ohio)".)
    stops: (toks, k) => (toks[k].text === "(" && !closes(toks, k)) || (DASHES.has(toks[k].text) && (toks[k].text !== "-" || (toks[k - 1].end < toks[k].start && toks[k].end < (toks[k + 1]?.start ?? 0)))),
  },
];

/** The head span [a, end of the head) of the source head `head`, cut before the first stop inside it. */
export function headBeforeGloss(toks: readonly Token[], a: number, head: Span): Span {
  for (let k = a + 1; k < toks.length && toks[k].start < head.end; k++) {
    if (!HEAD_STOPS.some((r) => r.stops(toks, k))) continue;
    // "exit polls conducted by Edison Research", "figures released Thursday by Crowdpac": a "by" after the stop
    // names who made the source, which the speaker's name is read from; the head stays whole.
    for (let m = k + 1; m < toks.length && toks[m].start < head.end; m++) if (toks[m].lower === "by") return head;
    return { start: toks[a].start, end: toks[k - 1].end };
  }
  return head;
}
