import { UnionFind } from "../align/speakers.js";
import type { ClaimFacts, PredicateHit } from "./claims.js";
import { candidatePairs } from "./candidates.js";
import { identity, memo, type CheckContext } from "./check.js";
import { eventKeys } from "./events.js";
import { OPPOSITIONS, type Opposition } from "./lexicon.js";

export type Sided = { readonly facts: ClaimFacts; readonly hit: PredicateHit; readonly who: string };

/** Two claims on opposite sides of one opposition, about the same participants. */
export type OpposedPair = {
  readonly op: Opposition;
  readonly a: Sided;
  readonly b: Sided;
  /** Both claims are dated and the dates differ: a change over time. */
  readonly temporal: boolean;
};

/**
 * Each speaker stands on one side of an opposition: the side their claims state more firmly
 * (a strong negation counts double). A speaker whose claims weigh the same on both sides is left
 * out rather than guessed, so one loose sentence cannot set a speaker against themself.
 */
export function sidedClaims(ctx: CheckContext, op: Opposition): Sided[] {
  return memo(ctx, `sided:${op.id}`, () => {
    const all: Sided[] = [];
    for (const f of ctx.facts) {
      const who = identity(f);
      if (!who) continue;
      const hits = f.hits.filter((h) => h.opposition.id === op.id);
      if (!hits.length) continue;
      const best = hits.reduce((x, y) => (y.weight > x.weight ? y : x));
      all.push({ facts: f, hit: best, who });
    }
    const weight = new Map<string, { a: number; b: number }>();
    for (const s of all) {
      const w = weight.get(s.who) ?? { a: 0, b: 0 };
      w[s.hit.side] += s.hit.weight;
      weight.set(s.who, w);
    }
    return all.filter((s) => {
      const w = weight.get(s.who)!;
      if (w.a === w.b) return false;
      return (w.a > w.b ? "a" : "b") === s.hit.side;
    });
  });
}

const sharesClass = (x: PredicateHit, y: PredicateHit) => {
  for (const c of x.classes) if (y.classes.has(c)) return true;
  return false;
};

/** Index keys of a claim's article (see eventKeys), computed once per context. */
export function articleKeys(ctx: CheckContext): (articleId: string) => { home: string[]; probe: string[] } {
  return memo(ctx, "eventKeys", () => eventKeys(ctx.articles));
}

/**
 * Opposed pairs come from an index, not from all a-side x b-side pairs: each claim is filed under
 * its article's event keys (with each participant class when the opposition has arguments) and
 * looks up its own, so only claims that can be comparable and share a class meet.
 */
export function opposedPairs(ctx: CheckContext): OpposedPair[] {
  return memo(ctx, "opposed", () => {
    const out: OpposedPair[] = [];
    const keysOf = articleKeys(ctx);
    for (const op of OPPOSITIONS) {
      const sided = sidedClaims(ctx, op);
      const as = sided.filter((s) => s.hit.side === "a");
      const bs = sided.filter((s) => s.hit.side === "b");
      const all = [...as, ...bs];
      const classes = (s: Sided) => (op.args ? [...s.hit.classes] : ["*"]);
      const keys = (s: Sided, which: "home" | "probe") =>
        classes(s).flatMap((c) => keysOf(s.facts.claim.article)[which].map((k) => `${c}|${k}`));
      // Both sides file and look up (an undated article is found by the dated one's look-up);
      // pairs within one side are dropped.
      const candidates = candidatePairs(
        all.length,
        (i) => keys(all[i], "home"),
        (i) => keys(all[i], "probe"),
      );
      for (const { i, j } of candidates) {
        if (i >= as.length || j < as.length) continue;
        const a = all[i];
        const b = all[j];
        if (a.who === b.who) continue;
        if (op.args && !sharesClass(a.hit, b.hit)) continue;
        if (!ctx.comparable(a.facts.claim.article, b.facts.claim.article)) continue;
        const wa = a.facts.claim.when;
        const wb = b.facts.claim.when;
        out.push({ op, a, b, temporal: !!wa && !!wb && wa !== wb });
      }
    }
    return out;
  });
}

/** Connected groups of pairs (claims as nodes), so unrelated stories make separate findings. */
export function components<T extends { a: Sided; b: Sided }>(pairs: readonly T[]): T[][] {
  const ids = new Map<ClaimFacts, number>();
  const id = (f: ClaimFacts) => {
    let i = ids.get(f);
    if (i === undefined) ids.set(f, (i = ids.size));
    return i;
  };
  for (const p of pairs) {
    id(p.a.facts);
    id(p.b.facts);
  }
  const uf = new UnionFind(ids.size);
  for (const p of pairs) uf.union(id(p.a.facts), id(p.b.facts));
  const groups = new Map<number, T[]>();
  for (const p of pairs) {
    const r = uf.find(id(p.a.facts));
    const list = groups.get(r) ?? [];
    list.push(p);
    groups.set(r, list);
  }
  return [...groups.values()];
}

/** Distinct claims of one side of a set of pairs, in input order. */
export function sideOf(pairs: readonly OpposedPair[], side: "a" | "b"): Sided[] {
  const seen = new Map<ClaimFacts, Sided>();
  for (const p of pairs) if (!seen.has(p[side].facts)) seen.set(p[side].facts, p[side]);
  return [...seen.values()];
}
