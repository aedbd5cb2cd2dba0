import { candidatePairs, MAX_BUCKET } from "./candidates.js";
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

/**
 * Pairs of quantities that count the same thing: the same counted noun, and at least one more
 * content word in common near them ("fighters" and "ISIS"; "people" and "killed"), from two
 * different speakers in comparable articles. Candidates come from an index on (noun, context
 * word), so only claims that could pair are compared.
 */
export function quantityPairs(ctx: CheckContext): QuantityPair[] {
  return memo(ctx, "quantities", () => {
    const withNumbers = ctx.facts.filter((f) => f.quantities.some((q) => q.counts) && identity(f));
    // Per claim and quantity: the counted noun's stem and its context stems, computed once.
    const nouns = withNumbers.map((f) => f.quantities.map((q) => (q.counts ? stem(q.counts) : null)));
    const contexts = withNumbers.map((f, i) => f.quantities.map((q, k) => (q.counts && nouns[i][k] !== null ? contextStems(f, q, q.counts) : null)));
    const keysOf = function* (i: number) {
      for (let k = 0; k < nouns[i].length; k++) {
        const cx = contexts[i][k];
        if (cx) for (const s of cx.all) yield `${nouns[i][k]}\u0000${s}`;
      }
    };
    // Keys too common to compare through (MAX_BUCKET), by counted noun: the claims holding them
    // and the context words, told in a note so a long transcript's silence is explained.
    const uncompared = new Map<string, { claims: Set<number>; words: string[] }>();
    const note = (key: string, holders: readonly number[]) => {
      const [noun, word] = key.split("\u0000");
      let e = uncompared.get(noun);
      if (!e) uncompared.set(noun, (e = { claims: new Set(), words: [] }));
      for (const h of holders) e.claims.add(h);
      e.words.push(word);
    };
    const candidates = candidatePairs(withNumbers.length, keysOf, null, MAX_BUCKET, note);
    for (const [noun, { claims, words }] of uncompared) {
      const first = withNumbers[[...claims][0]];
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
    const out: QuantityPair[] = [];
    for (const { i, j } of candidates) {
      const x = withNumbers[i];
      const y = withNumbers[j];
      if (identity(x) === identity(y) || !ctx.comparable(x.claim.article, y.claim.article)) continue;
      x.quantities.forEach((qx, a) =>
        y.quantities.forEach((qy, b) => {
          if (!qx.counts || !qy.counts || nouns[i][a] !== nouns[j][b]) return;
          // Two speakers' own counts ("We won the vote in 12 towns", "We won … in 30 towns") are
          // two quantities, each of its speaker's side: no dispute and no corroboration.
          if (qx.firstPerson && qy.firstPerson) return;
          const cx = contexts[i][a]!;
          const cy = contexts[j][b]!;
          let shared = 0;
          let sharedNear = false;
          for (const s of cx.all)
            if (cy.all.has(s)) {
              shared++;
              if (cx.near.has(s) && cy.near.has(s)) sharedNear = true;
            }
          if (shared === 0) return;
          const anchored = x.claim.article === y.claim.article || (x.claim.published !== null && y.claim.published !== null);
          out.push({
            x, y, qx, qy, noun: qx.counts, agree: quantitiesAgree(qx, qy),
            sameThing: sharedNear && (anchored || shared >= 2),
            sameAction: sameAction(qx.action, qy.action),
            bothTotals: isIncrement(qx) === isIncrement(qy),
          });
        }),
      );
    }
    return out;
  });
}
