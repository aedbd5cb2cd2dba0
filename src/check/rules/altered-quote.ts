import type { Finding, Quote, QuoteGroupMember } from "../../model/index.js";
import { isNumberWord, quantities, quantitiesAgree } from "../../conflicts/numbers.js";
import type { CheckRule } from "../types.js";
import { groupPairHits } from "../group-hits.js";
import { wordsAfterLabel } from "../quote-place.js";
import { renderDiff } from "../../verify/word-diff.js";
import { isDescriptiveName, mayBeSamePerson } from "../../align/names.js";
import { toldAsRepeatedLine, toldAsTwoOccasions } from "../../align/occasions.js";
import { anotherSentence } from "../../align/variant.js";
import { sameSaying, sideBySide } from "../../conflicts/same-saying.js";
import { quotesByArticle } from "../../align/split.js";

const CHANGED = new Set(["altered", "shortened", "bracketed", "extended"]);
/**
 * Edits a reader can see or that quoting always makes: a quote cut at its ends or at an ellipsis,
 * an editor's [brackets]. Reported one severity lower than words changed or added unmarked.
 */
const MARKED = new Set(["shortened", "bracketed"]);

/**
 * Words in quotation marks on both sides: reported speech is the reporter's paraphrase ("promised
 * to build a wall" against "We will build a great wall"), so its words may differ by design.
 */
const bothDirect = (q: Quote, ref: Quote) => q.kind === "direct" && ref.kind === "direct";

/** A number word or figure ("12", "$20", "1,000", "three"): the words a paraphrase must keep. */
const isFigure = (w: string) => /\d/.test(w) || isNumberWord(w.toLowerCase());

/**
 * A paraphrase may change its words but not its figures: reported speech whose only changed words
 * are figures ("the levee would cost $12 million" in one outlet, "$20 million" in another, from
 * one speaker) is an altered quote too. Numbers in reported speech are measures as often as counts
 * (money, percent), which the number check leaves out, so this was reported nowhere.
 */
function figuresChanged(m: QuoteGroupMember): boolean {
  // Every changed word is a figure, and one figure stands in for another.
  const words = (op: "add" | "del") => m.diff.filter((d) => d.op === op).flatMap((d) => d.text.split(/\s+/).filter(Boolean));
  const del = words("del");
  const add = words("add");
  if (!del.length || !add.length || ![...del, ...add].every(isFigure)) return false;
  // "12" and "twelve" are one figure written two ways.
  const [was] = quantities(del.join(" "));
  const now = quantities(add.join(" "));
  return !was || now.length !== 1 || !quantitiesAgree(was, now[0], 0);
}

/**
 * Two named speakers who cannot be one person make the pair more often two quotes that share words
 * ("We will not back down on this." from a PAC, "We will not back down on jobs." from a senator;
 * under six words align does not group them at all) than one quote altered; but
 * a speaker credited wrongly upstream hides a real alteration the same way (a famous line given to
 * "Diplomatic Security"), so such a pair is reported one severity lower, not dropped.
 */
const otherSpeaker = (q: Quote, ref: Quote) =>
  q.speaker !== null &&
  ref.speaker !== null &&
  !isDescriptiveName(q.speaker) &&
  !isDescriptiveName(ref.speaker) &&
  !mayBeSamePerson(q.speaker, ref.speaker);

/**
 * One article giving the same line in two wordings mostly prints two occasions on purpose: a stump line
 * at two rallies ("ladders of opportunity … hard work" and "… heart will take you"), two interviews the
 * same week ("No, I meant he's the founder of ISIS" and "I meant exactly that"), two opposed slogans in
 * one sentence ("This has nothing to do with Islam" and "… everything …"). On PolNeAR train three of
 * the four such warnings were that; the fourth a writer's paraphrase in marks of a tweet the article
 * then shows. The writer saw both wordings, so the pair is reported one severity lower, not dropped.
 */
const sameArticle = (q: Quote, ref: Quote) => q.articleId === ref.articleId;

/** What to do about each kind of change: a cut or a bracket is checked for its sense, changed words against the source. */
const ADVICE: Readonly<Record<string, string>> = {
  shortened: "check the cut keeps its sense",
  bracketed: "check the brackets keep its sense",
  altered: "check which words were said",
  extended: "check which words were said",
};

/** The clause a message ends with when a wording is told as a line said often, or nothing. */
const withRepeated = (why: string | null) => (why ? `; ${why}` : "");

/** The quotes in marks that a conflicts-stage finding rests on. */
const directQuotes = (f: Finding, quotes: ReadonlyMap<string, Quote>): Quote[] =>
  f.claims.flatMap((c) => {
    const q = quotes.get(c.quoteId);
    return q && q.kind === "direct" ? [q] : [];
  });

/** The same quote in two places, with its words changed (punctuation-only variants pass). */
export const alteredQuote: CheckRule = {
  id: "altered-quote",
  description: "a quotation whose words differ between sources (altered, shortened, words added)",
  severity: "warning",
  run: ({ report }) => {
    const articles = new Map(report.articles.map((a) => [a.id, a]));
    // Two sayings the article tells apart ("he later said", a live blog's next entry) are no
    // quote altered, as the conflicts stage reads them (align/occasions).
    const twoOccasions = (q: Quote, ref: Quote) => {
      const article = articles.get(q.articleId);
      return !!article && toldAsTwoOccasions(article, q.span, ref.span);
    };
    // Two quotes set side by side by a conjunction ("between “…” and “…”") are two sayings, as conflicts reads them.
    const setSideBySide = (q: Quote, ref: Quote) => {
      const article = articles.get(q.articleId);
      return !!article && sideBySide(article.text, q.span, ref.span);
    };
    // A difference that says nothing about the quote: printed whole, said another day, another's words (align/same-saying).
    let byArticle: Map<string, Quote[]> | null = null;
    const quoteOf = new Map(report.quotes.map((x) => [x.id, x]));
    // Each quote's group's members with their quotes, for the rows that read the other wordings.
    const groupOf = new Map<string, { quote: Quote; member: QuoteGroupMember }[]>();
    for (const g of report.groups) {
      const members = g.members.flatMap((member) => {
        const quote = quoteOf.get(member.quoteId);
        return quote ? [{ quote, member }] : [];
      });
      for (const m of g.members) groupOf.set(m.quoteId, members);
    }
    // A line either story tells as said on many occasions ("she often speaks of", "a clip from a
    // stump speech"): the other outlet's wording is as likely another saying. Reported one severity
    // lower with the words that say so, not dropped: the two may still be one occasion.
    const repeatedLine = (q: Quote, ref: Quote): string | null => {
      for (const x of [q, ref]) {
        const article = articles.get(x.articleId);
        const row = article ? toldAsRepeatedLine(article, x.span) : null;
        if (row) return `${x === q ? "this story" : "the other story"} tells it as a line said on many occasions (${row.id}), so the two may be two sayings`;
      }
      return null;
    };
    const noChange = (m: QuoteGroupMember, q: Quote, ref: Quote) =>
      sameSaying({
        q,
        ref,
        member: m,
        articleQuotes: (byArticle ??= quotesByArticle(report.quotes)).get(q.articleId) ?? [],
        article: (id) => articles.get(id),
        others: groupOf.get(q.id),
      }) !== null;
    return groupPairHits(report, {
      group: () => true,
      // Within one article a partial repeat is how stories are written: only changed words count.
      member: (m, q, ref) =>
        CHANGED.has(m.variant) &&
        (q.articleId !== ref.articleId || (m.variant === "altered" && !anotherSentence(m.diff) && !twoOccasions(q, ref) && !setSideBySide(q, ref))) &&
        (bothDirect(q, ref) || (m.variant === "altered" && figuresChanged(m))) &&
        !noChange(m, q, ref),
      describe: (m, q, ref, refWhere) => ({
        message: sameArticle(q, ref)
          ? `quote ${m.variant} against this article's other wording of it: ${renderDiff(m.diff)}; if both are one occasion, make them agree`
          : // Credited there to someone who cannot be this speaker: say so, or it reads as one person's quote cut.
            `quote ${m.variant} against the wording ${otherSpeaker(q, ref) ? `credited to ${ref.speaker} ` : ""}in ${refWhere}: ${renderDiff(m.diff)}; ${ADVICE[m.variant] ?? ADVICE.altered}${sameArticle(q, ref) ? "" : withRepeated(repeatedLine(q, ref))}`,
        note: `${refWhere}${wordsAfterLabel(ref.kind, ref.text, 200)}`,
      }),
      lesser: (q, ref, m) => MARKED.has(m.variant) || otherSpeaker(q, ref) || sameArticle(q, ref) || repeatedLine(q, ref) !== null,
      // The conflicts stage rates a group whose members only change punctuation, are cut or
      // bracketed as info; and a finding needs two quotes in marks, as a member does.
      keepFinding: (f, quotes) => f.severity !== "info" && directQuotes(f, quotes).length >= 2,
      // The same for a finding: words credited to two named people who cannot be one.
      lesserFinding: (f, quotes) => directQuotes(f, quotes).some((q, i, all) => all.slice(i + 1).some((r) => otherSpeaker(q, r))),
      findingKind: "variant",
      findingLabel: "altered quote",
      findingAdvice: "check which words were said",
    });
  },
};
