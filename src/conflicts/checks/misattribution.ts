import type { Check, Draft } from "../check.js";
import { claimRef, type ClaimFacts } from "../claims.js";
import { excerpt, listOf, where } from "../explain.js";
import { groupFacts } from "./variant.js";
import { sameVoice } from "../independence.js";
import { UnionFind } from "../../align/speakers.js";
import type { Speaker } from "../../model/index.js";
import { isDescriptiveName, mayBeSamePerson } from "../../align/names.js";
import { quotesWithin } from "../../align/nested.js";
import { creditedByName } from "../../align/credit.js";
import { swapsFigure } from "../same-saying.js";

/** A week: beyond it, two people quoted with the same words were quoted on different occasions. */
const OCCASION_DAYS = 7;

/** Whether two ISO dates are both known and more than a week apart. */
export function farApart(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return d > OCCASION_DAYS;
}

/**
 * Whether every two differently credited speakers were quoted more than a week apart (the day the
 * words were said, else the day the article came out; all of them known). Campaigns hand the same
 * line to their surrogates ("temperamentally unfit to be commander-in-chief"), so words repeated by
 * another person weeks later may be theirs too: still worth a look, but no longer sure to be an error.
 */
function separateOccasions(members: readonly ClaimFacts[]): string[] | null {
  const datesOf = new Map<string, string[]>();
  for (const f of members) {
    const s = f.claim.speaker;
    const d = f.claim.spokenOn ?? f.claim.published;
    if (!s) continue;
    if (!d) return null;
    datesOf.set(s, [...(datesOf.get(s) ?? []), d]);
  }
  const lists = [...datesOf.values()];
  for (let i = 0; i < lists.length; i++)
    for (let j = i + 1; j < lists.length; j++) for (const a of lists[i]) for (const b of lists[j]) if (!farApart(a, b)) return null;
  return lists.length > 1 ? [...new Set(lists.flat())].sort() : null;
}

/**
 * Why the differently credited speakers are all voices of one body (null when two of them are not):
 * the same words credited to a ministry by one outlet and to its spokesman by another ("Tom Reyes
 * speaks for the Interior Ministry") may both be right. Two printings of one wire story are not
 * such a reason: one of them moved the words.
 */
function oneBody(members: readonly ClaimFacts[], speakers: ReadonlyMap<string, Speaker>): string[] | null {
  const named = members.filter((f) => f.claim.speaker);
  const names = [...new Set(named.map((f) => f.claim.speaker!))];
  if (names.length < 2) return null;
  const uf = new UnionFind(names.length);
  const why = new Set<string>();
  for (let i = 0; i < named.length; i++)
    for (let j = i + 1; j < named.length; j++) {
      if (named[i].claim.speaker === named[j].claim.speaker) continue;
      const w = sameVoice(named[i], named[j], speakers);
      if (!w) continue;
      why.add(w);
      uf.union(names.indexOf(named[i].claim.speaker!), names.indexOf(named[j].claim.speaker!));
    }
  return new Set(names.map((_, k) => uf.find(k))).size === 1 ? [...why] : null;
}

export const misattributionCheck: Check = {
  id: "conflicts/misattribution",
  kind: "misattribution",
  description: "the same words credited to different named speakers in different places",
  severity: "error",
  run(ctx) {
    const speakers = new Map(ctx.speakers.map((sp) => [sp.id, sp]));
    return ctx.groups
      .filter((g) => g.misattributed)
      .flatMap((g): Draft[] => {
        const all = groupFacts(ctx, g);
        const ref = all.find((m) => m.facts.claim.quoteId === g.referenceQuoteId);
        // Credited with the words: not one who quotes another member's words in marks of their own
        // (a critic's "The mayor's claim that 'this wall will …'"), nor one who gives the sentence
        // with a figure of their own ("Three passengers were taken …" against "Twelve …"): two
        // counts, which the number check sets side by side.
        const members = all.filter(
          (m) =>
            !all.some((o) => o !== m && quotesWithin(m.facts.claim.text, o.facts.claim.text)) &&
            !(ref && m !== ref && m.facts.claim.speaker !== ref.facts.claim.speaker && swapsFigure(m.member.diff)),
        );
        // Names read beside a cue of their own only: an inferred credit accuses no outlet (align/credit.ts).
        const firm = members.filter((m) => m.facts.claim.kind === "direct" && m.facts.claim.speaker && !isDescriptiveName(m.facts.claim.speaker) && creditedByName(m.facts.quote));
        const named = [...new Set(firm.map((m) => m.facts.claim.speaker!))];
        if (!named.some((a, i) => named.slice(i + 1).some((b) => !mayBeSamePerson(a, b)))) return [];
        // Why the finding stands: each name and the cue it was read with ("Mark Ellis: “said”").
        const cues = [...new Set(firm.map((m) => `${m.facts.claim.speaker} “${m.facts.quote.cue ?? m.facts.quote.mention ?? ""}”`))];
        const why = `, each a name read with a cue of its own (${cues.join(", ")})`;
        const bySpeaker = new Map<string, Set<string>>();
        for (const m of members) {
          const s = m.facts.claim.speaker ?? "no one";
          bySpeaker.set(s, (bySpeaker.get(s) ?? new Set<string>()).add(where(m.facts)));
        }
        const credits = [...bySpeaker].map(([s, outlets]) => `to ${s} by ${listOf([...outlets])}`);
        const apart = separateOccasions(members.map((m) => m.facts));
        // The words as a member in marks gives them (groups mark misattribution on those only); were
        // they all reported speech, the reporter's wording: the same statement, not words in marks.
        const first = (members.find((m) => m.facts.claim.kind !== "indirect") ?? members[0])?.facts.claim;
        const said =
          first?.kind === "indirect"
            ? `The same statement, reported as ${excerpt(first.text)}, is credited ${listOf(credits)}`
            : `The same words “${excerpt(first?.text ?? "")}” are credited ${listOf(credits)}`;
        const body = oneBody(members.map((m) => m.facts), speakers);
        if (body)
          return [{
            key: g.id,
            explanation: `${said}${why}, but ${listOf(body)}: both credits may be right.`,
            severity: "info" as const,
            claims: members.map((m) => claimRef(m.facts.claim, `credited to ${m.facts.claim.speaker ?? "no one"}`)),
          }];
        return [{
          key: g.id,
          explanation: apart ? `${said}${why}, on dates more than a week apart (${listOf(apart)}): each may have used them.` : `${said}${why}.`,
          ...(apart ? { severity: "warning" as const } : {}),
          claims: members.map((m) => claimRef(m.facts.claim, `credited to ${m.facts.claim.speaker ?? "no one"}`)),
        }];
      });
  },
};
