import { UnionFind } from "../../align/speakers.js";
import { candidatePairs } from "../candidates.js";
import { identity, type Check } from "../check.js";
import { claimRef } from "../claims.js";
import { excerpt, listOf, where, whereAsSubject, whoInProse } from "../explain.js";

const LEADING_THAT = /^that\s+/i;

export const disputedCheck: Check = {
  id: "conflicts/disputed",
  kind: "disputed",
  description: "an outlet states that a claim it reports is false (“made false claims”, “incorrectly declared”, “belied”)",
  severity: "warning",
  run(ctx) {
    const judged = ctx.facts.filter((f) => f.claim.judgement);
    // One finding per source and subject: claims of one speaker that share a predicate side or topic words.
    const uf = new UnionFind(judged.length);
    // Only claims of one speaker that share a predicate side or a topic word can join: those are the keys.
    const keysOf = (f: (typeof judged)[number]) => {
      const who = identity(f);
      if (!who) return [];
      return [...f.hits.map((h) => `${who}\u0000${h.opposition.id}\u0000${h.side}`), ...[...f.stems].map((s) => `${who}\u0001${s}`)];
    };
    for (const { i, j } of candidatePairs(judged.length, (k) => keysOf(judged[k]))) {
      const x = judged[i];
      const y = judged[j];
      if (identity(x) !== identity(y) || !identity(x)) continue;
      const sameSide = x.hits.some((h) => y.hits.some((k) => k.opposition.id === h.opposition.id && k.side === h.side));
      let shared = 0;
      for (const s of x.stems) if (y.stems.has(s)) shared++;
      if (sameSide || shared >= 2) uf.union(i, j);
    }
    const groups = new Map<number, typeof judged>();
    judged.forEach((f, i) => {
      const list = groups.get(uf.find(i));
      if (list) list.push(f);
      else groups.set(uf.find(i), [f]);
    });
    return [...groups.values()].map((fs, i) => {
      const speaker = whoInProse(fs[0]);
      // Each outlet (or, without one, the article by its name) with the words that judge the claim.
      const byOutlet = listOf(
        [...new Set(fs.map((f) => where(f)))].map((o, k) => {
          const of = fs.filter((f) => where(f) === o);
          return `${whereAsSubject(of[0], k === 0)} (${[...new Set(of.map((f) => `“${f.claim.judgement}”`))].join(", ")})`;
        }),
      );
      // Reported speech keeps its "that" ("made false claims that …"); the sentence below has its own.
      // A judgement that opens the reported words ("without any evidence that …") is named above.
      const claimed = (t: string, j: string | null) => (j && t.startsWith(j) ? t.slice(j.length).trimStart() : t).replace(LEADING_THAT, "");
      // Words in marks keep them; reported speech, the reporter's paraphrase, reads on after "that"
      // without them ("the claim of Clinton that the videos exist", not "that “the videos exist”").
      const what = fs
        .slice(0, 2)
        .map((f) => (f.claim.kind === "indirect" ? excerpt(claimed(f.claim.text, f.claim.judgement)) : `“${excerpt(claimed(f.claim.text, f.claim.judgement))}”`))
        .join(" and ");
      return {
        key: `${fs[0].claim.speakerId ?? "source"}${i ? `-${i + 1}` : ""}`,
        explanation: `${byOutlet} ${fs.length > 1 || byOutlet.includes(" and ") ? "report as false" : "reports as false"} the claim${fs.length > 1 ? "s" : ""} of ${speaker} that ${what}.`,
        claims: fs.map((f) => claimRef(f.claim, `disputed: ${f.claim.judgement}`)),
      };
    });
  },
};
