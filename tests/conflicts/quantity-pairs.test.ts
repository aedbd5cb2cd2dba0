import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { alignSpeakers } from "../../src/align/index.js";
import type { CheckContext } from "../../src/conflicts/check.js";
import { buildClaims } from "../../src/conflicts/claims.js";
import { comparableArticles } from "../../src/conflicts/events.js";
import { quantitiesAgree } from "../../src/conflicts/numbers.js";
import { countIndex, linkedCounts, pairOf, type CountGroup, type Linking, type QuantityPair } from "../../src/conflicts/quantity-pairs.js";
import type { Article, Quote } from "../../src/model/index.js";
import { article, quote } from "./fixtures.js";

const OPENERS = ["", "We saw ", "They said ", "Police said ", "We won ", "Our ", "We have lost ", "They took "];
const FIGURES = ["12", "14", "30", "100", "hundreds of", "about 100", "more than 20", "3,000", "two", "12 more", "dozens of", "at least 40", "fewer than 10", "1,000", "101", "115"];
// "town" and "towns" are one stem written two ways: a claim's node is named by the noun as the pair's first claim writes it.
const NOUNS = ["people", "towns", "town", "soldiers"];
const AFTER = ["were killed near the bridge", "died near the bridge", "were arrested at the bridge", "marched past the bridge", "near the bridge"];
const WHO = ["Anna Vogt", "Piet Kuyper", "Omar Blum", "Lena Roth", "Ravi Reyes"];

type Said = { readonly article: number; readonly words: string; readonly who: string };

/** Articles (two dated a day apart, one undated) whose quotes are the given counts. */
function corpus(said: readonly Said[]): { articles: Article[]; quotes: Quote[] } {
  const dates = ["2024-05-01", "2024-05-02", null];
  const articles = dates.map((d, k) => {
    const body = said.filter((s) => s.article === k).map((s) => `“${s.words},” ${s.who} said.`).join(" ");
    return article(`a${k}`, `Outlet ${k}`, d, `MILLBROOK — Crowds met at the Millbrook bridge. ${body} Millbrook is quiet.`);
  });
  const quotes = said.map((s) => quote(articles[s.article], `${s.words},`, s.who));
  return { articles, quotes };
}

function contextOf(articles: Article[], quotes: Quote[]): CheckContext {
  const aligned = alignSpeakers(articles, quotes);
  const facts = buildClaims(articles, aligned.quotes, aligned.speakers);
  return { facts, groups: [], quotes: aligned.quotes, articles, speakers: aligned.speakers, comparable: comparableArticles(articles), memo: new Map(), notes: [] };
}

/**
 * The grouping as the checks did it before session 45, from the list of every pair: all claim
 * pairs (no index), each pair `accept` takes, joined by union-find, groups in the order of their
 * first pair and members in the order the pairs name them.
 */
function allPairsGrouping(ctx: CheckContext, how: Linking): CountGroup[] {
  const ix = countIndex(ctx);
  const pairs: QuantityPair[] = [];
  for (let i = 0; i < ix.facts.length; i++)
    for (let j = i + 1; j < ix.facts.length; j++) {
      if (ix.identities[i] === ix.identities[j] || !ctx.comparable(ix.facts[i].claim.article, ix.facts[j].claim.article)) continue;
      ix.facts[i].quantities.forEach((_, a) =>
        ix.facts[j].quantities.forEach((_, b) => {
          const p = pairOf(ix, i, a, j, b);
          if (p && how.accept(p)) pairs.push(p);
        }),
      );
    }
  const nodeOf = (p: QuantityPair, side: "x" | "y") => (how.join === "counts" ? (side === "x" ? p.qx : p.qy) : `${p.noun}\u0000${ix.facts.indexOf(side === "x" ? p.x : p.y)}`);
  const parent = new Map<unknown, unknown>();
  const find = (v: unknown): unknown => {
    while (parent.has(v) && parent.get(v) !== v) v = parent.get(v);
    return v;
  };
  for (const p of pairs) {
    const rx = find(nodeOf(p, "x"));
    const ry = find(nodeOf(p, "y"));
    parent.set(rx, rx);
    parent.set(ry, rx);
  }
  const groups = new Map<unknown, { noun: string; counts: { f: QuantityPair["x"]; q: QuantityPair["qx"] }[]; seen: Set<unknown> }>();
  for (const p of pairs) {
    const root = find(nodeOf(p, "x"));
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { noun: p.noun, counts: [], seen: new Set() }));
    for (const [side, f, q] of [["x", p.x, p.qx], ["y", p.y, p.qy]] as const)
      if (!g.seen.has(nodeOf(p, side))) {
        g.seen.add(nodeOf(p, side));
        g.counts.push({ f, q });
      }
  }
  return [...groups.values()];
}

const shown = (gs: readonly CountGroup[]) => gs.map((g) => ({ noun: g.noun, counts: g.counts.map((c) => `${c.f.claim.quoteId}@${c.f.claim.start}@${c.q.at}`) }));

/** A pair `accept`s by a hash of its two ends: any graph at all, so the grouping is tested for every shape. */
const hashed = (seed: number) => (p: QuantityPair) => {
  let h = seed;
  for (const c of `${p.x.claim.quoteId}@${p.qx.at}|${p.y.claim.quoteId}@${p.qy.at}`) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return (h >>> 3) % 3 === 0;
};

const countArb = fc.tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...FIGURES), fc.constantFrom(...NOUNS), fc.constantFrom(...AFTER)).map(([o, f, n, a]) => `${o}${f} ${n} ${a}`);
const saidArb = fc.record({
  article: fc.integer({ min: 0, max: 2 }),
  // One count or two in a claim ("12 people were killed near the bridge and 30 soldiers died near the bridge").
  words: fc.array(countArb, { minLength: 1, maxLength: 2 }).map((ws) => ws.join(" and ")),
  who: fc.constantFrom(...WHO),
});

describe("linkedCounts: the groups of every pair, without forming every pair", () => {
  it("equals the grouping of the list of all pairs on random small corpora, for any graph", () => {
    fc.assert(
      fc.property(fc.array(saidArb, { minLength: 2, maxLength: 24 }), fc.integer(), (said, seed) => {
        const { articles, quotes } = corpus(said);
        const ctx = contextOf(articles, quotes);
        const ways: Linking[] = [
          { join: "counts", figures: (a, b) => !quantitiesAgree(a, b), window: { meet: false, tolerance: 0.15 }, accept: (p) => !p.agree && p.sameThing && p.sameAction },
          { join: "claims", figures: (a, b) => quantitiesAgree(a, b), window: { meet: true, tolerance: 0.15 }, accept: (p) => p.agree && p.bothTotals },
          // `accept` implies `figures` (the contract the all-pairs list, which has no figures test, needs).
          { join: "claims", figures: (a, b) => quantitiesAgree(a, b, 0), window: { meet: true, tolerance: 0 }, accept: (p) => quantitiesAgree(p.qx, p.qy, 0) },
          { join: "counts", figures: (a, b) => !quantitiesAgree(a, b, 0), window: { meet: false, tolerance: 0 }, accept: (p) => !quantitiesAgree(p.qx, p.qy, 0) && hashed(seed)(p) },
          { join: "counts", figures: (a, b) => !quantitiesAgree(a, b), window: { meet: false, tolerance: 0.15 }, accept: (p) => !p.agree && hashed(seed)(p) },
          { join: "claims", figures: (a, b) => quantitiesAgree(a, b), window: { meet: true, tolerance: 0.15 }, accept: (p) => p.agree && hashed(seed)(p) },
          { join: "counts", figures: () => true, accept: hashed(seed) },
          { join: "claims", figures: () => true, accept: hashed(seed) },
        ];
        for (const how of ways) {
          const want = shown(allPairsGrouping(ctx, how));
          // The sweep over each key's figures, and the walk over each key's holders it replaced.
          expect(shown(linkedCounts(ctx, how, "figures"))).toEqual(want);
          expect(shown(linkedCounts(ctx, how, "keys"))).toEqual(want);
        }
      }),
      { numRuns: 100, seed: 45 },
    );
  });

  it("builds about one pair a count when every count differs from the others, not one per pair", () => {
    // A live blog of 200 witnesses who each give a count of one crowd: 19,900 pairs, one group.
    const said: Said[] = Array.from({ length: 200 }, (_, k) => ({ article: 0, words: `${150 + 50 * k} people marched past the bridge`, who: `Witness${String.fromCharCode(65 + (k % 26))} Person${String.fromCharCode(65 + Math.floor(k / 26))}` }));
    const { articles, quotes } = corpus(said);
    const ctx = contextOf(articles, quotes);
    let built = 0;
    const groups = linkedCounts(ctx, { join: "counts", figures: (a, b) => !quantitiesAgree(a, b), accept: (p) => (built++, !p.agree && p.sameThing) });
    expect(groups.map((g) => g.counts.length)).toEqual([200]);
    expect(built).toBeLessThan(2 * 200);
  });
});
