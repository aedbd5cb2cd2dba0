import { diffArrays } from "diff";
import { shownWords, type Tokens } from "./tokens.js";

export type DiffOp = { readonly op: "same" | "add" | "del"; readonly text: string };

/** Keys from..to (inclusive) of a tokenized text. */
export type TokenRun = { readonly tokens: Tokens; readonly from: number; readonly to: number };

/**
 * Word-level diff of `from` (the source's words) into `to` (the draft's words), compared by their
 * keys (case and punctuation folded, contractions as the words they stand for) but shown as
 * written. Runs come from jsdiff.
 */
export function wordDiff(from: TokenRun, to: TokenRun): DiffOp[] {
  const parts = diffArrays(from.tokens.keys.slice(from.from, from.to + 1), to.tokens.keys.slice(to.from, to.to + 1));
  const shown = (r: TokenRun, at: number, n: number) => shownWords(r.tokens, r.from + at, r.from + at + n - 1).join(" ");
  const out: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    if (p.added) {
      out.push({ op: "add", text: shown(to, j, n) });
      j += n;
    } else if (p.removed) {
      out.push({ op: "del", text: shown(from, i, n) });
      i += n;
    } else {
      // Equal runs are shown in the draft's spelling.
      out.push({ op: "same", text: shown(to, j, n) });
      i += n;
      j += n;
    }
  }
  return out;
}

/** One line, git word-diff style: kept words plain, [-removed-] and {+added+}. */
export function renderDiff(diff: readonly DiffOp[]): string {
  return diff.map((d) => (d.op === "same" ? d.text : d.op === "del" ? `[-${d.text}-]` : `{+${d.text}+}`)).join(" ");
}

export const hasChanges = (diff: readonly DiffOp[]): boolean => diff.some((d) => d.op !== "same");
