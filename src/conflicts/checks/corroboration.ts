import { UnionFind } from "../../align/speakers.js";
import { candidatePairs } from "../candidates.js";
import { identity, type Check, type CheckContext } from "../check.js";
import { sameBody } from "../independence.js";
import type { Speaker } from "../../model/index.js";
import { claimRef, type ClaimFacts } from "../claims.js";
import { excerpt, shownWords, whoWhere } from "../explain.js";
import { GENERIC_WORDS, OPPOSITIONS } from "../lexicon.js";
// The relatives attribution knows ("his father, Brent Bozell Jr."), plus the words for kin in general.
import { KINSHIP_NOUNS } from "../../model/name-words.js";
import { sidedClaims, type Sided } from "../pairs.js";
import { quantitiesAgree, type Quantity } from "../numbers.js";
import { linkedCounts } from "../quantity-pairs.js";
import { stem } from "../stem.js";
import { labelOf } from "./contradiction.js";

/**
 * Two claims from one source under one name: a name the speaker index kept apart across articles
 * ("Factcheck.org" in two printings of one story) is still one source, which corroborates nothing.
 * A description counts only with the same words ("ratings data" in two printings): "officials" in
 * two stories saying different things may be different officials.
 */
export function sameNamedSource(x: ClaimFacts, y: ClaimFacts): boolean {
  const a = x.claim.speaker;
  const b = y.claim.speaker;
  if (a === null || b === null || a.toLowerCase() !== b.toLowerCase()) return false;
  return /^\p{Lu}/u.test(a) || x.claim.text === y.claim.text;
}

/**
 * Two claims of one article whose words overlap: one report inside another ("attorneys for the
 * family" telling that "Police have said they have no plans …", and the police's own claim inside
 * it) is one statement told once, which corroborates nothing.
 */
export function nestedClaims(x: ClaimFacts, y: ClaimFacts): boolean {
  const a = x.claim;
  const b = y.claim;
  return a.article === b.article && a.start < b.end && b.start < a.end;
}

// The stems of GENERIC_WORDS, as claims' stems are kept.
const GENERIC_STEMS: ReadonlySet<string> = new Set([...GENERIC_WORDS].map(stem));

/**
 * A stem that ties no two claims to one event: a generic word, or a contraction ("they're" in "two
 * years of fighting the rebels, and they're tired" and "years of fighting against poverty; they're
 * done with it": the two share only "year" besides).
 */
const tiesNothing = (s: string) => s.includes("'") || GENERIC_STEMS.has(s) || KIN_STEMS.has(s);

/**
 * Words for a relative name someone's relative, a different person for each person they belong to:
 * "to mourn the death of his mother" and "to mourn his mother, who died" (two victims of one crash)
 * share "mourn" and "mother" and tell of two deaths, not one death twice.
 */
const KIN_STEMS: ReadonlySet<string> = new Set([...KINSHIP_NOUNS, "parent", "child", "children", "family"].map(stem));

/**
 * The claims of a group that hold another member's claim inside their span (same article, longer):
 * a sweep over each article's claims in order of start, so only overlapping ones are compared.
 */
function reportsOfOthers(facts: readonly ClaimFacts[]): Set<ClaimFacts> {
  const out = new Set<ClaimFacts>();
  const sorted = [...facts].sort((a, b) => (a.claim.article < b.claim.article ? -1 : a.claim.article > b.claim.article ? 1 : a.claim.start - b.claim.start));
  const len = (f: ClaimFacts) => f.claim.end - f.claim.start;
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j].claim.article === sorted[i].claim.article && sorted[j].claim.start < sorted[i].claim.end; j++) {
      const [a, b] = [sorted[i], sorted[j]];
      if (len(a) !== len(b)) out.add(len(a) > len(b) ? a : b);
    }
  return out;
}

/** Same predicate (lemma) about the same participant word, or the same wording around a shared lemma. */
function supports(x: Sided, y: Sided): boolean {
  if (x.hit.lemma !== y.hit.lemma) return false;
  if (x.hit.opposition.args) return x.hit.args.some((a) => y.hit.args.includes(a));
  let shared = 0;
  for (const s of x.facts.stems) if (s !== x.hit.lemma && !tiesNothing(s) && y.facts.stems.has(s)) shared++;
  return shared >= 2;
}

/**
 * A vague amount against a figure given exactly ("hundreds of delegates" / "231 delegates",
 * "dozens" / "37"): the range holds the figure, but one source counted and the other did not, so
 * they give no same number. A vague amount against a hedged one ("hundreds" / "about 400") or
 * another vague one ("hundreds" / "in the hundreds") are estimates alike.
 */
const vagueAgainstExact = (a: Quantity, b: Quantity) => (a.vague && b.low === b.high) || (b.vague && a.low === a.high);

/**
 * Two amounts a reader would call the same number: neither a bound, their ranges overlapping. Nor
 * "one" ("You've got one candidate who …" is the article "a", not a figure), nor a set named by its
 * owner ("between our two countries"): saying those again corroborates no count.
 */
const sameNumber = (a: Quantity, b: Quantity) => !a.open && !b.open && !a.owned && !b.owned && a.high > 1 && !vagueAgainstExact(a, b) && quantitiesAgree(a, b, 0);

/**
 * The voices of one body among a finding's claims, said once each: "Robby Mook speaks for Clinton
 * (“Clinton campaign manager”)". Empty when every two are independent.
 */
function dependence(facts: readonly ClaimFacts[], speakers: ReadonlyMap<string, Speaker>): string[] {
  const out = new Set<string>();
  for (let i = 0; i < facts.length; i++)
    for (let j = i + 1; j < facts.length; j++) {
      const why = sameBody(facts[i], facts[j], speakers);
      if (why) out.add(why);
    }
  return [...out];
}

/**
 * How many independent sources the claims are: speakers (identity) joined when one speaks for
 * another or both for one body.
 */
function independentSources(facts: readonly ClaimFacts[], speakers: ReadonlyMap<string, Speaker>): number {
  const ids = [...new Set(facts.map(identity))];
  const uf = new UnionFind(ids.length);
  for (let i = 0; i < facts.length; i++)
    for (let j = i + 1; j < facts.length; j++) if (sameBody(facts[i], facts[j], speakers)) uf.union(ids.indexOf(identity(facts[i])), ids.indexOf(identity(facts[j])));
  return new Set(ids.map((_, k) => uf.find(k))).size;
}

/** Tell the reader of a corroboration that was not one: an info diagnostic at its first claim. */
function noteNotIndependent(ctx: CheckContext, facts: readonly ClaimFacts[], what: string, why: readonly string[]): void {
  const first = facts[0];
  const article = first.article;
  ctx.notes.push({
    reason: `${what}, but not independently: ${why.join("; ")}; one source, not a corroboration`,
    documentId: article?.documentId ?? first.claim.article,
    articleId: first.claim.article,
    span: { start: first.claim.start, end: first.claim.end },
    claims: facts.map((f) => claimRef(f.claim)),
    ruleId: "conflicts/not-independent",
    stage: "conflicts",
    severity: "info",
  });
}

/** " Not independent of each other: …" after a finding's sentence, when some of its voices are one body's. */
const dependenceNote = (why: readonly string[]) => (why.length ? ` Not independent of each other: ${why.join("; ")}.` : "");

export const corroborationCheck: Check = {
  id: "conflicts/corroboration",
  kind: "corroboration",
  description: "independent speakers (different people or outlets) support the same claim or give the same number",
  severity: "info",
  run(ctx) {
    const drafts = [];
    const factIndex = new Map(ctx.facts.map((f, i) => [f, i]));
    const speakers = new Map(ctx.speakers.map((sp) => [sp.id, sp]));
    for (const op of OPPOSITIONS) {
      // A claim its own outlet calls false corroborates nothing.
      const sided = sidedClaims(ctx, op).filter((s) => !s.facts.claim.judgement);
      const uf = new UnionFind(sided.length);
      const linked = new Set<number>();
      const dependent: { pair: readonly [Sided, Sided]; why: string }[] = [];
      // Only claims that could support each other meet: same side and lemma, and a shared
      // participant (or, without participants, a shared content word).
      const keysOf = (s: Sided) => {
        const head = `${s.hit.side}|${s.hit.lemma}|`;
        if (s.hit.opposition.args) return s.hit.args.map((a) => head + a);
        const out: string[] = [];
        for (const w of s.facts.stems) if (w !== s.hit.lemma) out.push(head + w);
        return out;
      };
      for (const { i, j } of candidatePairs(sided.length, (k) => keysOf(sided[k]))) {
        const x = sided[i];
        const y = sided[j];
        if (x.who === y.who || sameNamedSource(x.facts, y.facts) || nestedClaims(x.facts, y.facts) || x.hit.side !== y.hit.side || !ctx.comparable(x.facts.claim.article, y.facts.claim.article)) continue;
        if (!supports(x, y)) continue;
        // Two voices of one body (a candidate and her campaign manager) are one source.
        const why = sameBody(x.facts, y.facts, speakers);
        if (why) {
          dependent.push({ pair: [x, y], why });
          continue;
        }
        uf.union(i, j);
        linked.add(i).add(j);
      }
      const comps = new Map<number, Sided[]>();
      for (const i of linked) {
        const list = comps.get(uf.find(i));
        if (list) list.push(sided[i]);
        else comps.set(uf.find(i), [sided[i]]);
      }
      let n = 0;
      for (const comp of comps.values()) {
        comp.sort((x, y) => factIndex.get(x.facts)! - factIndex.get(y.facts)!);
        const label = labelOf(op, comp[0].hit.side, comp);
        drafts.push({
          key: `${op.id}-${comp[0].hit.side}${n++ ? `-${n}` : ""}`,
          explanation: `${whoWhere(comp.map((s) => s.facts), true)} independently say that ${label} (${comp
            .slice(0, 3)
            .map((s) => shownWords(s.facts.claim.kind, excerpt(s.facts.claim.text, s.hit.text)))
            .join("; ")}).${dependenceNote(dependence(comp.map((s) => s.facts), speakers))}`,
          claims: comp.map((s) => claimRef(s.facts.claim, label)),
        });
      }
      // A pair held apart as one body's two voices, neither of them in a corroboration of its own.
      for (const { pair, why } of dependent) {
        if (pair.some((s) => linked.has(sided.indexOf(s)))) continue;
        const facts = pair.map((s) => s.facts);
        noteNotIndependent(ctx, facts, `${whoWhere(facts, true)} say that ${labelOf(op, pair[0].hit.side, [...pair])}`, [why]);
      }
    }
    // Numbers that agree: one finding per counted noun and group of claims that agree with each
    // other. "The same number" is more than no conflict: the two ranges must meet without the 15%
    // a disagreement allows ("10,000 refugees" and "11,491 Syrian refugees" do not), and a bound is
    // no number ("more than 20 states" and "at least two states" say nothing alike). The groups are
    // the pairs' connected claims, not every pair of a noun: two pairs that agree on different
    // numbers ("1,237 delegates" twice, "hundreds of" and "231 delegates") made one finding that
    // said four claims gave the same number.
    // Counts under verbs of different acts ("two people were killed", "two people were arrested")
    // are the same figure for different things.
    // A claim its own outlet calls false gives no number either; an increment ("nine million more
    // workers") is no total ("millions of workers").
    const agreeing = linkedCounts(ctx, {
      join: "claims",
      // The same number is a test of the figures alone: run before a pair is built.
      figures: sameNumber,
      // It implies the two agree at no tolerance (quantitiesAgree(a, b, 0)).
      window: { meet: true, tolerance: 0 },
      accept: (p) => p.agree && p.sameAction && p.bothTotals && !p.x.claim.judgement && !p.y.claim.judgement && !sameNamedSource(p.x, p.y) && !nestedClaims(p.x, p.y) && sameNumber(p.qx, p.qy),
    });
    // By counted noun, in the order of each noun's first pair; within it, each group's.
    const byNoun = new Map<string, { facts: ClaimFacts[]; raws: string[] }[]>();
    for (const g of agreeing) {
      let list = byNoun.get(g.noun);
      if (!list) byNoun.set(g.noun, (list = []));
      list.push({ facts: g.counts.map((c) => c.f), raws: g.counts.map((c) => shownWords(c.f.claim.kind, c.q.phrase)) });
    }
    for (const [noun, groups] of byNoun) {
      let n = 0;
      for (const g of groups) {
        // A claim that reports another member's claim inside its own words ("Judicial Watch" telling
        // that "Comey said FBI investigators had recovered several thousand …", and Comey's own
        // claim) is that claim told again: the inner one, its source's own, stays.
        const outer = reportsOfOthers(g.facts);
        const e = { facts: g.facts.filter((f) => !outer.has(f)), raws: g.raws.filter((_, i) => !outer.has(g.facts[i])) };
        if (new Set(e.facts.map(identity)).size < 2) continue;
        const what = `${whoWhere(e.facts, true)} give the same number of ${noun} (${e.raws.join(", ")})`;
        const why = dependence(e.facts, speakers);
        // Two voices of one body giving one number (the FBI and its director) are one source.
        if (why.length && independentSources(e.facts, speakers) < 2) {
          noteNotIndependent(ctx, e.facts, what, why);
          continue;
        }
        drafts.push({
          key: `number-${noun.replace(/\s+/g, "-")}${n++ ? `-${n}` : ""}`,
          explanation: `${what}.${dependenceNote(why)}`,
          claims: e.facts.map((f, i) => claimRef(f.claim, `${e.raws[i].replace(/[“”]/g, "")} (${noun})`)),
        });
      }
    }
    return drafts;
  },
};
