import { diffArrays } from "diff";

export type DiffOp = { readonly op: "same" | "add" | "del"; readonly text: string };

/**
 * Word-level diff of `from` (the source's words) into `to` (the draft's words), compared by `key`
 * (case and punctuation folded) but reported in the words as written. Runs come from jsdiff.
 */
export function wordDiff(from: readonly string[], to: readonly string[], key: (w: string) => string = (w) => w): DiffOp[] {
  const parts = diffArrays(from as string[], to as string[], { comparator: (a: string, b: string) => key(a) === key(b) });
  const out: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    if (p.added) {
      out.push({ op: "add", text: to.slice(j, j + n).join(" ") });
      j += n;
    } else if (p.removed) {
      out.push({ op: "del", text: from.slice(i, i + n).join(" ") });
      i += n;
    } else {
      // Equal runs are shown in the draft's spelling.
      out.push({ op: "same", text: to.slice(j, j + n).join(" ") });
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
