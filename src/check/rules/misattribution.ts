import { escapeRegExp, type Finding, type Quote } from "../../model/index.js";
import type { CheckRule } from "../types.js";
import { groupPairHits } from "../group-hits.js";
import { articlePublished, wordsAfterLabel } from "../quote-place.js";
import { farApart } from "../../conflicts/checks/misattribution.js";
import { isDescriptiveName, mayBeSamePerson } from "../../align/names.js";
import { quotesWithin } from "../../align/nested.js";
import { creditedByName } from "../../align/credit.js";
import { swapsFigure } from "../../conflicts/same-saying.js";

/** Nouns for a document or recording: what carries words, never who said them ("Transcript as follows:"). */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "transcript", "statement", "report", "release", "memo", "letter", "document", "excerpt", "text", "video", "audio",
  "footage", "clip", "tweet", "post", "email", "note", "recording", "interview", "speech", "remarks",
]);

/**
 * A speaker that cannot have said anything: a document noun, or a name that the words crediting it
 * give only as a place ("at Baldwin Wallace University in Berea, OH" credits no "Berea").
 */
function notASpeaker(q: Quote): boolean {
  const name = q.speaker?.trim();
  if (!name) return false;
  if (DOCUMENT_NOUNS.has(name.toLowerCase())) return true;
  const mention = q.mention ?? "";
  // Cheap precheck before the regex: the name must stand in a longer mention.
  if (mention.length <= name.length || !mention.includes(name)) return false;
  return new RegExp(`\\b(?:in|at|near|from)\\s+${escapeRegExp(name)}\\b`).test(mention);
}

/**
 * An attribution that is a guess, not a reading: no speech verb was found (the cue is the mention
 * itself). A speaker reached through a pronoun or carried from another quote is no credit at all
 * here (align/credit.ts).
 */
const weakAttribution = (q: Quote): boolean => q.cue !== null && q.cue === q.mention;

/** The quotes a conflicts-stage finding rests on. */
const claimQuotes = (f: Finding, quotes: ReadonlyMap<string, Quote>): Quote[] => f.claims.flatMap((c) => quotes.get(c.quoteId) ?? []);

/**
 * The same words credited to different speakers in different places; a warning rather than an error
 * when the two were quoted more than a week apart, or when either credit is a guess.
 */
export const misattribution: CheckRule = {
  id: "misattribution",
  description: "the same words credited to different speakers in different sources",
  severity: "error",
  run: ({ report }) => {
    // Quotes of a misattribution the conflicts stage rates below an error (one body's voices: a
    // ministry and its spokesman), whose pairs are then weaker evidence too.
    const milder = new Set(report.findings.filter((f) => f.kind === "misattribution" && f.severity === "info").flatMap((f) => f.claims.map((c) => c.quoteId)));
    return groupPairHits(report, {
      group: (g) => g.misattributed,
      // Words in quotation marks only; a description ("the senator") may be the named speaker: only a
      // differing name is reported.
      // One quoting the other's words in marks of their own is not credited with them.
      // A sentence given with a figure of its own ("Three passengers …" / "Twelve …") is two counts,
      // which the number check reports, not the same words moved.
      member: (m, q, ref) =>
        !swapsFigure(m.diff) &&
        q.kind === "direct" &&
        ref.kind === "direct" &&
        q.speaker !== ref.speaker &&
        // Both names read beside a cue of their own: an inferred credit accuses no outlet (align/credit.ts).
        creditedByName(q) &&
        creditedByName(ref) &&
        !(q.speaker && (isDescriptiveName(q.speaker) || (ref.speaker && mayBeSamePerson(q.speaker, ref.speaker)))) &&
        !quotesWithin(q.text, ref.text) &&
        !quotesWithin(ref.text, q.text) &&
        !notASpeaker(q) &&
        !notASpeaker(ref),
      describe: (_m, q, ref, refWhere) => ({
        message: `quote credited to ${q.speaker ?? "no one"} here but to ${ref.speaker ?? "no one"} in ${refWhere}${wordsAfterLabel(q.kind, q.text)}; check who said it`,
        note: `${ref.speaker ?? "unattributed"}, ${refWhere}`,
      }),
      // The same words from two people quoted more than a week apart (the day said, else the day
      // published) may be a line both used: a campaign's talking point, not a quote moved.
      lesser: (q, ref) =>
        (milder.has(q.id) && milder.has(ref.id)) ||
        weakAttribution(q) ||
        weakAttribution(ref) ||
        farApart(q.spokenOn ?? articlePublished(report, q.articleId), ref.spokenOn ?? articlePublished(report, ref.articleId)),
      lesserFinding: (f, quotes) => f.severity !== "error" || claimQuotes(f, quotes).some(weakAttribution),
      keepFinding: (f, quotes) => !claimQuotes(f, quotes).some(notASpeaker),
      findingKind: "misattribution",
      findingLabel: "misattribution",
      findingAdvice: "check who said them",
    });
  },
};
