import { toldAsRepeatedLine, toldAsTwoOccasions } from "../../align/occasions.js";
import { anotherSentence } from "../../align/variant.js";
import { sameSaying, sideBySide as quotesSideBySide } from "../same-saying.js";
import { quotesByArticle } from "../../align/split.js";
import { punctuationThatMatters } from "../../align/punctuation.js";
import { isDescriptiveName, mayBeSamePerson } from "../../align/names.js";
import { alignedType, notPersonContext, type NotPersonContext } from "../../align/not-person.js";
import type { Quote, QuoteGroup, QuoteGroupMember, SpeakerType } from "../../model/index.js";
import { memo, type Check, type CheckContext } from "../check.js";
import { claimRef, type ClaimFacts } from "../claims.js";
import { excerpt, listOf, shownWords, where } from "../explain.js";
import { sameWire } from "../independence.js";

/** "drops “not”", "changes “ten” to “two”", "adds “[the army]”" from a member's word diff. */
export function diffSummary(m: QuoteGroupMember): string {
  const parts: string[] = [];
  for (let i = 0; i < m.diff.length; i++) {
    const d = m.diff[i];
    const next = m.diff[i + 1];
    if (d.op === "del" && next?.op === "add") {
      parts.push(`changes “${d.text}” to “${next.text}”`);
      i++;
    } else if (d.op === "del") parts.push(`drops “${d.text.length > 40 ? d.text.slice(0, 40) + "…" : d.text}”`);
    else if (d.op === "add") parts.push(`adds “${d.text}”`);
  }
  return listOf(parts.slice(0, 3)) + (parts.length > 3 ? ` and ${parts.length - 3} more changes` : "");
}

export function groupFacts(ctx: CheckContext, g: QuoteGroup): { facts: ClaimFacts; member: QuoteGroupMember }[] {
  // One index for every group and check: rebuilding it per group made this quadratic.
  const byQuote = memo(ctx, "factsByQuote", () => new Map(ctx.facts.map((f) => [f.claim.quoteId, f])));
  return g.members.flatMap((m) => {
    const facts = byQuote.get(m.quoteId);
    return facts ? [{ facts, member: m }] : [];
  });
}

const SERIOUS = new Set(["altered", "extended"]);

/** Two quotes of one article set side by side by a conjunction (align/same-saying). */
export function sideBySide(x: ClaimFacts, y: ClaimFacts): boolean {
  const text = x.article?.text;
  return !!text && x.claim.article === y.claim.article && quotesSideBySide(text, x.claim, y.claim);
}
/** Two quotes of one article that the story tells as two occasions (align/occasions). */
export const twoOccasions = (x: ClaimFacts, y: ClaimFacts): boolean =>
  !!x.article && x.claim.article === y.claim.article && toldAsTwoOccasions(x.article, x.claim, y.claim);

/**
 * The words credited to two named people who cannot be one ("Trump" and "James B. Comey", Clinton and
 * a veteran who used her line): "X drops …" then read as one person's quote cut, where one may quote
 * the other or a credit be wrong. The sentence says so; empty when the credits agree.
 */
function otherSpeakers(facts: readonly ClaimFacts[], corpus: NotPersonContext, lined: ReadonlyMap<string, SpeakerType>): string {
  // People by name only: "Many reporters" and "Clinton advisers" are groups, "The Hill" an outlet,
  // "Verizon" a company (align/not-person): the type the speakers are lined up under, read from the
  // name alone for a quote with none.
  const isPerson = (f: ClaimFacts) =>
    (lined.get(f.quote.id) ?? alignedType(f.claim.speaker!, f.quote.speakerType, { ...corpus, mention: f.quote.mention })) === "person";
  const named = [...new Set(facts.flatMap((f) => (f.claim.speaker && !isDescriptiveName(f.claim.speaker) && isPerson(f) ? [f.claim.speaker] : [])))];
  const clash = named.some((a, i) => named.slice(i + 1).some((b) => !mayBeSamePerson(a, b)));
  return clash ? ` The words are credited to ${listOf(named)}: one may quote another, or a credit is wrong.` : "";
}

// Within one article a quote given in part again ("… the generals reduced to rubble", then the
// whole sentence) is how stories are written; only words changed there are worth a finding.

export const variantCheck: Check = {
  id: "conflicts/variant",
  kind: "variant",
  description: "the same quote worded differently in different places: altered words, cuts, bracketed insertions, punctuation",
  severity: "warning",
  run(ctx) {
    const corpus = memo(ctx, "notPersonContext", () => notPersonContext(ctx.articles, ctx.quotes));
    const lined = memo(ctx, "linedUpTypes", () => new Map(ctx.speakers.flatMap((s) => s.quoteIds.map((id) => [id, s.type] as const))));
    const byArticle = memo(ctx, "quotesByArticle", () => quotesByArticle(ctx.quotes));
    const articleOf = memo(ctx, "articleById", () => new Map(ctx.articles.map((a) => [a.id, a])));
    // A difference that says nothing about the quote: printed whole, said another day, another's words (align/same-saying).
    type Member = { facts: ClaimFacts; member: QuoteGroupMember };
    type Others = readonly { readonly quote: Quote; readonly member: QuoteGroupMember }[];
    const noChange = (m: Member, ref: Member | undefined, others: Others) =>
      !!ref &&
      sameSaying({
        q: m.facts.quote,
        ref: ref.facts.quote,
        member: m.member,
        articleQuotes: byArticle.get(m.facts.quote.articleId) ?? [],
        article: (id) => articleOf.get(id),
        others,
      }) !== null;
    return ctx.groups.flatMap((g) => {
      const members = groupFacts(ctx, g);
      // The group's members as sameSaying reads them, once a group (once a member made a group of
      // thousands of copies quadratic: bench (e), quoted-copies).
      const sayings: Others = members.map((o) => ({ quote: o.facts.quote, member: o.member }));
      const ref = members.find((m) => m.facts.claim.quoteId === g.referenceQuoteId) ?? members[0];
      // Reported speech is worded by the reporter: told differently elsewhere it is paraphrased, not
      // a quote altered ("they would vote for Trump" / "they will vote for Trump").
      const changed = members.filter(
        (m) =>
          m.member.variant !== "verbatim" &&
          // The same words with other punctuation are the same quote written down otherwise (align/punctuation).
          !(m.member.variant === "punctuation" && !punctuationThatMatters(ref?.facts.claim.text ?? "", m.facts.claim.text)) &&
          !(m.facts.claim.kind === "indirect" || ref?.facts.claim.kind === "indirect") &&
          !(m.facts.claim.article === ref?.facts.claim.article && (m.member.variant !== "altered" || sideBySide(m.facts, ref.facts) || anotherSentence(m.member.diff) || twoOccasions(m.facts, ref.facts))) &&
          !noChange(m, ref, sayings),
      );
      if (!changed.length || members.length < 2) return [];
      // A line a story tells as said on many occasions ("she often speaks of", "a clip from a stump
      // speech") may be worded anew each time: words changed against it are rated info, as check's
      // altered-quote rates them (align/occasions), and the explanation says which story tells it so.
      const repeatedIn = (m: Member) => (m.facts.article && toldAsRepeatedLine(m.facts.article, m.facts.claim) ? m : null);
      const refRepeated = ref ? repeatedIn(ref) : null;
      const repeatedOf = (m: Member) => (m.facts.claim.article === ref?.facts.claim.article ? null : (refRepeated ?? repeatedIn(m)));
      const alteredOnes = changed.filter((m) => SERIOUS.has(m.member.variant));
      const serious = alteredOnes.some((m) => repeatedOf(m) === null);
      const teller = serious ? null : alteredOnes.map(repeatedOf).find((x) => x !== null);
      const how = changed
        .slice(0, 2)
        .map((m) => `${where(m.facts)} (${m.facts.claim.speaker ?? "unattributed"}) ${m.member.variant === "punctuation" ? "changes only punctuation, a question mark" : diffSummary(m.member)} [${m.member.variant}]`);
      // Two printings of one agency's story: not two reports of the words, but one copy edited.
      const wire = changed.map((m) => sameWire(m.facts.article, ref.facts.article)).find((w) => w !== null);
      const printed = wire ? ` ${wire[0].toUpperCase()}${wire.slice(1)}: one report, its words changed in printing.` : "";
      const others = otherSpeakers(members.map((m) => m.facts), corpus, lined);
      const stump = teller ? ` ${where(teller.facts)} tells it as a line said on many occasions: the wordings may be two sayings.` : "";
      return [
        {
          key: g.id,
          severity: serious ? "warning" : "info",
          explanation: `The quote ${shownWords(ref.facts.claim.kind, excerpt(ref.facts.claim.text))} (${where(ref.facts)}) appears in ${members.length} places and ${listOf(how)}.${printed}${others}${stump}`,
          claims: members.map((m) => claimRef(m.facts.claim, m.member.variant)),
        },
      ];
    });
  },
};
