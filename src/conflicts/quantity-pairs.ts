import { eachCandidate, keyIndex, MAX_BUCKET, type KeyIndex } from "./candidates.js";
import { eachFigureCandidate, type FiledCount, type Window } from "./figure-sweep.js";
import type { ClaimFacts } from "./claims.js";
import { identity, memo, type CheckContext } from "./check.js";
import { STOPWORDS } from "./lexicon.js";
import { isNumberWord, quantitiesAgree, tokens, type Quantity } from "./numbers.js";
import { stem } from "./stem.js";

export type QuantityPair = {
  readonly x: ClaimFacts;
  readonly y: ClaimFacts;
  readonly qx: Quantity;
  readonly qy: Quantity;
  readonly noun: string;
  readonly agree: boolean;
  /**
   * Whether the two counts surely count the same thing, as a disagreement needs: a context word in
   * common within NEAR words of the number in both claims ("12 people were killed", "Three people
   * were killed"). When either article has no date, nothing ties the two to one event but the
   * words, so a second word in common is needed too ("Republicans … in 30 states" and "Republican
   * voters in all five states" share one word, and count different states).
   */
  readonly sameThing: boolean;
  /**
   * False when both counts hang on a verb and the verbs name different acts ("270 people have been
   * resettled" against "approving 2,880 people for resettlement"): two numbers of one noun, each
   * true of its own act. True when either count has no verb or both tell one act ("killed", "died").
   */
  readonly sameAction: boolean;
  /** False when one counts an increment ("nine million more workers") and the other a total (isIncrement). */
  readonly bothTotals: boolean;
};

/**
 * Verbs that tell one act in other words: counts under any two of a row are counts of the same
 * thing ("30 people died", "killing 30 people"). A verb in no row is its own act.
 */
export const ACTION_FAMILIES: readonly { readonly id: string; readonly reason: string; readonly verbs: readonly string[] }[] = [
  { id: "death", reason: "killed, dead and died count the same dead", verbs: ["killed", "killing", "died", "dying", "slain", "murdered", "perished", "massacred", "executed", "slaughtered"] },
  { id: "injury", reason: "wounded and injured count the same hurt", verbs: ["wounded", "wounding", "injured", "injuring", "hurt", "maimed"] },
  { id: "detention", reason: "arrested, detained and captured count the same held", verbs: ["arrested", "arresting", "detained", "detaining", "captured", "capturing", "seized", "abducted", "kidnapped", "held", "jailed", "imprisoned"] },
  { id: "flight", reason: "fled, left and displaced count the same gone", verbs: ["fled", "fleeing", "left", "leaving", "escaped", "escaping", "displaced", "evacuated", "evacuating"] },
  { id: "attendance", reason: "attended, gathered and marched count the same crowd", verbs: ["attended", "attending", "gathered", "gathering", "marched", "marching", "protested", "protesting", "rallied", "rallying", "turned"] },
];

const FAMILY_OF: ReadonlyMap<string, string> = new Map(ACTION_FAMILIES.flatMap((f) => f.verbs.map((v) => [stem(v), f.id] as const)));

/** Whether two counts' verbs tell one act: the same stem, one row of ACTION_FAMILIES, or either missing. */
export function sameAction(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const sa = stem(a);
  const sb = stem(b);
  if (sa === sb) return true;
  const fa = FAMILY_OF.get(sa);
  return fa !== undefined && fa === FAMILY_OF.get(sb);
}

/** Words after a figure that make it a change, not a total: "nine million more workers", "3,000 additional troops". */
const INCREMENT_AFTER = /^\s+(?:more|fewer|additional|extra)\b/i;

/**
 * Whether a quantity counts an increment ("nine million more workers will be protected") rather
 * than a total: set against a total ("millions of workers"), it counts something else, neither the
 * same number nor a differing one. Two increments still compare.
 */
export function isIncrement(q: Quantity): boolean {
  const at = q.phrase.indexOf(q.raw);
  return at >= 0 && INCREMENT_AFTER.test(q.phrase.slice(at + q.raw.length));
}

/** How close (in words) to the number a shared context word must stand for `sameThing`. */
const NEAR = 5;

type Context = { readonly all: Set<string>; readonly near: Set<string> };

/** Content stems in the sentence of a quantity (what it is a number of, and doing what), and those near it. */
function contextStems(f: ClaimFacts, q: Quantity, noun: string): Context {
  const text = f.claim.text;
  const ws = tokens(text);
  const out = new Set<string>();
  const near = new Set<string>();
  const nounStem = stem(noun);
  const breaks = (a: number, b: number) => /[.!?;]/.test(text.slice(ws[Math.min(a, b)].end, ws[Math.max(a, b)].start));
  for (let k = 0; k < ws.length; k++) {
    if (k !== q.at && breaks(k, q.at)) continue;
    const w = ws[k].norm;
    if (STOPWORDS.has(w) || w.length < 3 || isNumberWord(w) || /^\d/.test(w)) continue;
    const s = stem(w);
    if (s === nounStem) continue;
    out.add(s);
    if (Math.abs(k - q.at) <= NEAR) near.add(s);
  }
  return { all: out, near };
}

/** The claims that give counts, what pairing reads of each count, and the index on (noun, context word): built once a run. */
export type CountIndex = {
  readonly facts: readonly ClaimFacts[];
  /** Per claim and quantity: the counted noun's stem, or null. */
  readonly nouns: readonly (readonly (string | null)[])[];
  readonly contexts: readonly (readonly (Context | null)[])[];
  readonly identities: readonly (string | null)[];
  readonly keysOf: (i: number) => Iterable<string>;
  /** The keys a claim holds through a count that is not its speaker's own (KeyIndex's open keys). */
  readonly openKeysOf: (i: number) => Iterable<string>;
  readonly index: KeyIndex;
};

/**
 * The counts and their index, once a run (both the number and the corroboration check walk it).
 * Keys too common to compare through (MAX_BUCKET) are told in a note, by counted noun, so a long
 * transcript's silence is explained.
 */
export function countIndex(ctx: CheckContext): CountIndex {
  return memo(ctx, "quantities", () => {
    const facts = ctx.facts.filter((f) => f.quantities.some((q) => q.counts) && identity(f));
    const nouns = facts.map((f) => f.quantities.map((q) => (q.counts ? stem(q.counts) : null)));
    const contexts = facts.map((f, i) => f.quantities.map((q, k) => (q.counts && nouns[i][k] !== null ? contextStems(f, q, q.counts) : null)));
    const keys = function* (i: number, firstPerson: boolean | null) {
      for (let k = 0; k < nouns[i].length; k++) {
        const cx = contexts[i][k];
        if (cx && (firstPerson === null || facts[i].quantities[k].firstPerson === firstPerson)) for (const s of cx.all) yield `${nouns[i][k]}\u0000${s}`;
      }
    };
    const keysOf = (i: number) => keys(i, null);
    // A claim is open on a key through a count not its speaker's own: first-person counts meet only those (pairOf).
    const openKeysOf = (i: number) => keys(i, false);
    const index = keyIndex(facts.length, keysOf, openKeysOf);
    const uncompared = new Map<string, { claims: Set<number>; words: string[] }>();
    for (const [key, holders] of index.all) {
      if (holders.length <= MAX_BUCKET) continue;
      const [noun, word] = key.split("\u0000");
      let e = uncompared.get(noun);
      if (!e) uncompared.set(noun, (e = { claims: new Set(), words: [] }));
      for (const h of holders) e.claims.add(h);
      e.words.push(word);
    }
    for (const [noun, { claims, words }] of uncompared) {
      const first = facts[[...claims][0]];
      const named = first.quantities.find((q) => q.counts && stem(q.counts) === noun)?.counts ?? noun;
      ctx.notes.push({
        reason: `${claims.size} counts of ${named} were not compared through the words ${words.slice(0, 5).map((w) => `“${w}”`).join(", ")}${words.length > 5 ? ` and ${words.length - 5} more` : ""}: more than ${MAX_BUCKET} claims count ${named} beside each, too many to set against each other pair by pair; check a source this long in parts`,
        documentId: first.article?.documentId ?? first.claim.article,
        articleId: first.claim.article,
        ruleId: "conflicts/too-many-counts",
        stage: "conflicts",
        severity: "info",
      });
    }
    return { facts, nouns, contexts, identities: facts.map(identity), keysOf, openKeysOf, index };
  });
}

/**
 * Count a of claim i against count b of claim j (claims of two speakers in comparable articles): a
 * pair when both count the same noun and share a content word near them ("fighters" and "ISIS";
 * "people" and "killed"), else null. Two first-person counts are never a pair: "We won the vote in
 * 12 towns" and "We won … in 30 towns" from two sides are each its speaker's own (first-person.ts).
 */
export function pairOf(ix: CountIndex, i: number, a: number, j: number, b: number): QuantityPair | null {
  const x = ix.facts[i];
  const y = ix.facts[j];
  const qx = x.quantities[a];
  const qy = y.quantities[b];
  if (!qx.counts || !qy.counts || ix.nouns[i][a] !== ix.nouns[j][b]) return null;
  if (qx.firstPerson && qy.firstPerson) return null;
  const cx = ix.contexts[i][a]!;
  const cy = ix.contexts[j][b]!;
  let shared = 0;
  let sharedNear = false;
  for (const s of cx.all)
    if (cy.all.has(s)) {
      shared++;
      if (cx.near.has(s) && cy.near.has(s)) sharedNear = true;
    }
  if (shared === 0) return null;
  const anchored = x.claim.article === y.claim.article || (x.claim.published !== null && y.claim.published !== null);
  return {
    x, y, qx, qy, noun: qx.counts, agree: quantitiesAgree(qx, qy),
    sameThing: sharedNear && (anchored || shared >= 2),
    sameAction: sameAction(qx.action, qy.action),
    bothTotals: isIncrement(qx) === isIncrement(qy),
  };
}

export type Count = { readonly f: ClaimFacts; readonly q: Quantity };
export type CountGroup = { readonly noun: string; readonly counts: readonly Count[] };

export type Linking = {
  /** What a pair joins: its two counts, or its two claims (one node per claim and the noun as the pair names it). */
  readonly join: "counts" | "claims";
  /** A test on the two figures alone that `accept` implies, run before a pair is built ("they agree"). */
  readonly figures: (a: Quantity, b: Quantity) => boolean;
  /**
   * What `figures` implies of the two figures, if anything (figure-sweep.ts Window): the walk then
   * meets only counts whose figures can pass it. It must hold of every two figures `figures` takes.
   */
  readonly window?: Window;
  readonly accept: (p: QuantityPair) => boolean;
};

/**
 * The groups the pairs `how.accept` takes join (connected counts, or claims, of one noun), without
 * forming every pair: candidates come one claim at a time from the (noun, context word) index, and
 * a pair whose two ends a taken pair already joined is not built, so n counts that all differ cost
 * about n pairs, not n(n-1)/2 (the dense bench's 1,731 quotes made 1.5 million). Groups come in the
 * order of each one's first pair, members in the order the pairs name them, the order the list of
 * all pairs gave: a skipped pair names no member for the first time, nor opens a group. Partners
 * are found by a sweep over each key's counts in order of their figures (figure-sweep.ts), which
 * passes over the counts already joined and those whose figures fail `how.window`; a file with a
 * key over MAX_BUCKET is walked pair by pair as before (the key walk skips such keys, and a pair
 * of claims it meets through another key still compares their counts under it).
 */
export function linkedCounts(ctx: CheckContext, how: Linking, walk: "figures" | "keys" | null = null): CountGroup[] {
  const ix = countIndex(ctx);
  const ids = new Map<number, number>();
  const parent: number[] = [];
  const find = (v: number) => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  const node = (key: number) => {
    let v = ids.get(key);
    if (v === undefined) {
      ids.set(key, (v = parent.length));
      parent.push(v);
    }
    return v;
  };
  // A count's number as a node: its claim's first count's number plus its place in the claim.
  const base: number[] = [];
  for (let i = 0, n = 0; i < ix.facts.length; n += ix.facts[i].quantities.length, i++) base.push(n);
  // A claim's node within a noun (as the pair names it): the noun's number times the claims, plus the claim's.
  const nounIds = new Map<string, number>();
  const nounId = (noun: string) => {
    let k = nounIds.get(noun);
    if (k === undefined) nounIds.set(noun, (k = nounIds.size));
    return k;
  };
  const keyOf = (i: number, a: number, noun: string) => (how.join === "counts" ? base[i] + a : nounId(noun) * ix.facts.length + i);
  const links: { p: QuantityPair; x: number; y: number }[] = [];
  const visit = (i: number, j: number) => {
    const x = ix.facts[i];
    const y = ix.facts[j];
    if (ix.identities[i] === ix.identities[j] || !ctx.comparable(x.claim.article, y.claim.article)) return;
    for (let a = 0; a < x.quantities.length; a++) {
      const qx = x.quantities[a];
      if (!qx.counts) continue;
      for (let b = 0; b < y.quantities.length; b++) {
        const qy = y.quantities[b];
        if (!qy.counts || ix.nouns[i][a] !== ix.nouns[j][b] || !how.figures(qx, qy)) continue;
        const kx = keyOf(i, a, qx.counts);
        const ky = keyOf(j, b, qx.counts);
        const vx = ids.get(kx);
        const vy = ids.get(ky);
        if (vx !== undefined && vy !== undefined && find(vx) === find(vy)) continue;
        const p = pairOf(ix, i, a, j, b);
        if (!p || !how.accept(p)) continue;
        const nx = node(kx);
        const ny = node(ky);
        const rx = find(nx);
        const ry = find(ny);
        parent[Math.max(rx, ry)] = Math.min(rx, ry);
        links.push({ p, x: nx, y: ny });
      }
    }
  };
  // `walk` is chosen by the file unless given (the tests set the two walks against each other).
  if ((walk ?? ([...ix.index.all.values()].some((holders) => holders.length > MAX_BUCKET) ? "keys" : "figures")) === "keys")
    eachCandidate(ix.index, ix.facts.length, ix.keysOf, ix.openKeysOf, MAX_BUCKET, visit);
  else eachFigureCandidate(ix.facts.length, filedCounts(ix, how, (i, a, noun) => node(keyOf(i, a, noun))), how.window ?? null, find, visit);
  const groups = new Map<number, { noun: string; counts: Count[]; seen: Set<number> }>();
  for (const { p, x, y } of links) {
    const root = find(x);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { noun: p.noun, counts: [], seen: new Set() }));
    for (const [v, f, q] of [[x, p.x, p.qx], [y, p.y, p.qy]] as const)
      if (!g.seen.has(v)) {
        g.seen.add(v);
        g.counts.push({ f, q });
      }
  }
  return [...groups.values()].map(({ noun, counts }) => ({ noun, counts }));
}

/**
 * The counts of the index as the sweep files them, in claim order: each under its own (noun,
 * context word) keys, closed when it is its speaker's own. A pair of two counts meets through a key
 * of both exactly when pairOf can take it (a context word in common, not both first-person). When
 * claims are joined, a claim's node is named by the noun as the pair's first claim writes it; where
 * a noun is written two ways ("town", "towns") a count's own node may not be the one a pair joins,
 * so no count is passed over as joined (node -1, which no component is).
 */
function filedCounts(ix: CountIndex, how: Linking, nodeOf: (i: number, a: number, noun: string) => number): FiledCount[] {
  const spellings = new Map<string, Set<string>>();
  for (const [i, f] of ix.facts.entries())
    f.quantities.forEach((q, a) => {
      const noun = ix.nouns[i][a];
      if (q.counts && noun !== null) (spellings.get(noun) ?? spellings.set(noun, new Set()).get(noun)!).add(q.counts);
    });
  const out: FiledCount[] = [];
  for (const [i, f] of ix.facts.entries())
    f.quantities.forEach((q, a) => {
      const noun = ix.nouns[i][a];
      const cx = ix.contexts[i][a];
      if (!q.counts || noun === null || !cx || !cx.all.size) return;
      const oneSpelling = how.join === "counts" || spellings.get(noun)!.size === 1;
      out.push({
        claim: i,
        node: oneSpelling ? nodeOf(i, a, q.counts) : -1,
        low: q.low,
        high: q.high,
        closed: q.firstPerson,
        keys: [...cx.all].map((s) => `${noun}\u0000${s}`),
      });
    });
  return out;
}
