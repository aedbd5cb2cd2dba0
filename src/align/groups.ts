import stringSimilarity from "string-similarity";
import type { Article, Quote, QuoteGroup, QuoteGroupMember } from "../model/index.js";
import { buildIndex, forEachCandidatePair, hashWord, shingleCount, ShingleBuilder } from "./shingles.js";
import { isDescriptiveName, mayBeSamePerson } from "./names.js";
import { mayQuote, quotesWithin } from "./nested.js";
import { UnionFind } from "./speakers.js";
import { compareToReference, prepareReference } from "./variant.js";
import { creditedByName } from "./credit.js";

/** Quotes shorter than this are phrases ("cannon fodder"), not statements worth lining up. */
export const MIN_WORDS = 4;
const SHINGLE = 3;
/** Dice on the texts: at or above it two quotes are the same words, give or take a few. */
export const DICE_MIN = 0.7;
/** Share of the shorter quote's shingles found in the longer one: a shortened quote. */
const CONTAINMENT_MIN = 0.8;
/** A quote must have this many shingles (words - 2) to count as contained in a longer one. */
const CONTAINED_MIN_SHINGLES = 4;
/**
 * Words a quote needs before two names credited with it are a misattribution: "That would be
 * good." or "a lot of sacrifices" said by two people is a commonplace, not the same words moved.
 */
export const MISATTRIBUTION_MIN_WORDS = 6;

/**
 * Share of a member's words that must line up with the reference's for the two to be one quote.
 * Below it the member is another part of one statement, in the group only through a third quote
 * that holds parts of both (Pence's "It would be a dereliction of duty …", the sentence after a
 * statement another outlet quoted up to "… shut down"): compared word by word it read as every
 * word changed, an "altered" quote.
 */
const OTHER_PART_COVERAGE = 0.5;
/** Passes over one component: a statement quoted in more separate parts than this is rare. */
const OTHER_PART_PASSES_MAX = 8;

// How many other wordings of its group a quote with marks of its own is compared with: a group of
// thousands of copies holds few wordings, and a bound keeps a group of many linear.
const QUOTED_WORDINGS_MAX = 32;

/** Whether `q` holds another member's words in quotation marks of its own (see nested.ts). */
function quotesAnother(q: Quote, qs: readonly Quote[]): boolean {
  if (!mayQuote(q.text)) return false;
  const seen = new Set<string>([q.text]);
  for (const o of qs) {
    if (seen.has(o.text)) continue;
    seen.add(o.text);
    if (quotesWithin(q.text, o.text)) return true;
    if (seen.size > QUOTED_WORDINGS_MAX) break;
  }
  return false;
}
const MAX_POSTINGS = 200;

const WORD = /[\p{L}\p{N}]+(?:['’\u02BC][\p{L}\p{N}]+)*/gu;

/** The words of a quote, lower-cased with one apostrophe, joined by single spaces. */
function canonWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => (w.includes("’") || w.includes("\u02BC") ? w.replace(/[’\u02BC]/g, "'") : w));
}

const overlaps = (a: Quote, b: Quote) => a.articleId === b.articleId && a.span.start < b.span.end && b.span.start < a.span.end;

/** Two of the names cannot be one person ("Mr. Obama" and "Barack Obama" can). */
function namesDiffer(names: readonly string[]): boolean {
  const distinct = [...new Set(names)];
  for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) if (!mayBeSamePerson(distinct[i], distinct[j])) return true;
  return false;
}

/** The name a direct quote is credited to when it is a name (a person or body), not a description. */
function namedSpeaker(q: Quote): string | null {
  if (q.kind !== "direct" || !q.speaker || (q.speakerType !== "person" && q.speakerType !== "organisation")) return null;
  return isDescriptiveName(q.speaker) ? null : q.speaker;
}

/**
 * Two quotes too short to be told apart from a commonplace ("A really tough decision.", "That would
 * be good." / "That would be you?", "no conflict of interest" / "an inherent conflict of interest"),
 * credited to two names that cannot be one person, are two people's words, not one quote: the
 * reason MISATTRIBUTION_MIN_WORDS gives for not calling them a misattribution holds for grouping.
 */
function twoPeoplesCommonplace(words: number, a: string | null, b: string | null): boolean {
  return words < MISATTRIBUTION_MIN_WORDS && a !== null && b !== null && !mayBeSamePerson(a, b);
}

const PLACE_ORDER = (articles: readonly Article[]) => {
  const pub = new Map(articles.map((a) => [a.id, a.published ?? "9999"]));
  return (q: Quote) => pub.get(q.articleId) ?? "9999";
};

/**
 * Group the same words quoted in different places. Exact repeats (same words after case and
 * punctuation) are joined through a hash of their words; the rest through a 3-word shingle index,
 * confirmed by Dice >= DICE_MIN or by the shorter quote being nearly contained in the longer.
 * Each group is diffed word by word against its fullest wording. Pure.
 */
export function groupQuotes(articles: readonly Article[], quotes: readonly Quote[]): QuoteGroup[] {
  // Entry e is quote entries[e]; wordings are kept as hashes, the words rebuilt only when needed.
  const entries: number[] = [];
  // Per entry: its word count and the name it is credited to (for twoPeoplesCommonplace).
  const wordCount: number[] = [];
  const namedAs: (string | null)[] = [];
  const firstOf = new Map<number, number>();
  const firstByName = new Map<string, number>();
  const repeats: number[] = [];
  const builder = new ShingleBuilder();
  const distinct: number[] = [];
  const hashes: number[] = [];
  // Letters of a distinct wording without spaces: what bounds its Dice coefficient (see below).
  let letters = new Int32Array(1024);
  // Wordings are rebuilt only for the pairs whose Dice needs them (not kept: at a million quotes a
  // cache costs more memory than the rebuilding costs time).
  const canonOf = (e: number) => canonWords(quotes[entries[e]].text).join(" ");
  quotes.forEach((q, qi) => {
    if (q.kind === "scare") return;
    const norms = canonWords(q.text);
    if (norms.length < MIN_WORDS) return;
    const e = entries.length;
    entries.push(qi);
    wordCount.push(norms.length);
    namedAs.push(namedSpeaker(q));
    hashes.length = 0;
    let whole = 0x811c9dc5;
    let chars = 0;
    for (const w of norms) {
      const h = hashWord(w);
      hashes.push(h);
      chars += w.length;
      whole = Math.imul(whole ^ h, 0x01000193) >>> 0;
    }
    // Exact repeats are joined through their words' hash; only distinct wordings enter the index.
    const prev = firstOf.get(whole);
    if (prev !== undefined && canonOf(prev) === norms.join(" ")) {
      repeats.push(prev, e);
      // A short repeat kept apart from the first copy (twoPeoplesCommonplace) still joins the
      // copies credited to its own name.
      const who = namedAs[e];
      if (who !== null && norms.length < MISATTRIBUTION_MIN_WORDS) {
        const key = `${whole}\u0000${who}`;
        const own = firstByName.get(key);
        if (own === undefined) firstByName.set(key, e);
        else repeats.push(own, e);
      }
      return;
    }
    if (prev === undefined) firstOf.set(whole, e);
    if (distinct.length === letters.length) {
      const bigger = new Int32Array(letters.length * 2);
      bigger.set(letters);
      letters = bigger;
    }
    letters[distinct.length] = chars;
    distinct.push(e);
    builder.add(hashes, SHINGLE);
  });
  firstOf.clear();
  firstByName.clear();
  const uf = new UnionFind(entries.length);
  const link = (a: number, b: number) => {
    if (overlaps(quotes[entries[a]], quotes[entries[b]])) return;
    if (twoPeoplesCommonplace(Math.min(wordCount[a], wordCount[b]), namedAs[a], namedAs[b])) return;
    uf.union(a, b);
  };

  for (let i = 0; i < repeats.length; i += 2) link(repeats[i], repeats[i + 1]);

  const shingles = builder.build();
  const index = buildIndex(shingles);
  forEachCandidatePair(
    index,
    MAX_POSTINGS,
    (a, b) => Math.max(1, Math.ceil(0.3 * Math.min(shingleCount(shingles, a), shingleCount(shingles, b)))),
    (a, b, shared) => {
      const shorter = Math.min(shingleCount(shingles, a), shingleCount(shingles, b));
      // A phrase of a few words ("I think she will", "over and over again") sits inside many
      // unrelated quotes: as a shortened quote it would chain them all into one group.
      if (shorter >= CONTAINED_MIN_SHINGLES && shared / shorter >= CONTAINMENT_MIN) return link(distinct[a], distinct[b]);
      // Dice over character bigrams (spaces dropped) cannot exceed 2*min/(sum) of the two bigram
      // counts: when even that is below the bar, the strings need not be built.
      const ba = letters[a] - 1;
      const bb = letters[b] - 1;
      if (ba + bb > 0 && (2 * Math.min(ba, bb)) / (ba + bb) < DICE_MIN) return;
      if (stringSimilarity.compareTwoStrings(canonOf(distinct[a]), canonOf(distinct[b])) >= DICE_MIN) link(distinct[a], distinct[b]);
    },
  );

  // Lists only for components of two or more: most quotes stand alone.
  const roots = new Int32Array(entries.length);
  const size = new Int32Array(entries.length);
  for (let i = 0; i < entries.length; i++) size[(roots[i] = uf.find(i))]++;
  const components = new Map<number, number[]>();
  for (let i = 0; i < entries.length; i++) {
    if (size[roots[i]] < 2) continue;
    const list = components.get(roots[i]);
    if (list) list.push(i);
    else components.set(roots[i], [i]);
  }

  const article = new Map(articles.map((a) => [a.id, a]));
  const placeOrder = PLACE_ORDER(articles);
  const groups: QuoteGroup[] = [];
  for (const members of components.values()) {
    if (members.length < 2) continue;
    const lengths = new Map(members.map((i) => [quotes[entries[i]], canonWords(quotes[entries[i]].text).length]));
    let pool = members.map((i) => quotes[entries[i]]);
    // A component is split where a member is another part of the statement than the reference's:
    // each pass takes the fullest wording left and the members that line up with it.
    for (let pass = 0; pool.length >= 2; pass++) {
      // A bound keeps a chain of thousands of overlapping parts linear: its last pass splits no more.
      const last = pass === OTHER_PART_PASSES_MAX - 1;
      const ref = pool.reduce((best, q) => {
        const lq = lengths.get(q)!;
        const lb = lengths.get(best)!;
        if (lq !== lb) return lq > lb ? q : best;
        return placeOrder(q) < placeOrder(best) ? q : best;
      });
      const prepared = prepareReference(ref.text);
      const qs: Quote[] = [];
      const rest: Quote[] = [];
      const groupMembers: QuoteGroupMember[] = [];
      for (const q of pool) {
        if (q === ref) {
          qs.push(q);
          groupMembers.push({ quoteId: q.id, variant: "verbatim", similarity: 1, diff: [{ op: "same", text: prepared.norms.join(" ") }] });
          continue;
        }
        const c = compareToReference(prepared, q.text);
        if (!last && c.coverage < OTHER_PART_COVERAGE) {
          rest.push(q);
          continue;
        }
        qs.push(q);
        groupMembers.push({ quoteId: q.id, variant: c.variant, similarity: c.similarity, diff: c.diff });
      }
      pool = rest;
      if (qs.length < 2) continue;
      // Only names can disagree: "current Democratic presidential nominee" may well be Hillary Clinton.
      // Words in quotation marks only: two people reported as saying the same thing ("that Carson had
      // dropped out of the race") agree; they are not one quote moved from one mouth to another.
      const named = qs.filter(
        (q) =>
          namedSpeaker(q) !== null &&
          // A credit the attribution inferred (credit.ts) accuses no outlet of moving the words.
          creditedByName(q) &&
          lengths.get(q)! >= MISATTRIBUTION_MIN_WORDS &&
          // One who quotes another member's words in marks of their own is not credited with them.
          !quotesAnother(q, qs),
      );
      const speakers = [...new Set(qs.map((q) => q.speaker).filter((s): s is string => !!s))];
      const outlets = [...new Set(qs.map((q) => article.get(q.articleId)?.outlet).filter((o): o is string => !!o))];
      const dates = [...new Set(qs.map((q) => q.spokenOn ?? article.get(q.articleId)?.published).filter((d): d is string => !!d))];
      groups.push({
        id: "",
        referenceQuoteId: ref.id,
        members: groupMembers,
        misattributed: namesDiffer(named.map((q) => q.speaker!)),
        outletsDiffer: outlets.length > 1,
        datesDiffer: dates.length > 1,
        speakers,
        outlets,
        dates: dates.sort(),
      });
    }
  }
  // Stable order and ids: by where the reference quote stands in the input.
  const pos = new Map(quotes.map((q, i) => [q.id, i]));
  groups.sort((a, b) => (pos.get(a.referenceQuoteId) ?? 0) - (pos.get(b.referenceQuoteId) ?? 0));
  return groups.map((g, i) => ({ ...g, id: `group-${i + 1}` }));
}

