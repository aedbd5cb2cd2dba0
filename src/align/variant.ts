import { diffArrays } from "diff";
import stringSimilarity from "string-similarity";
import type { QuoteGroupMember, VariantKind } from "../model/index.js";
import { canonicalText, words } from "./words.js";

type DiffOp = QuoteGroupMember["diff"][number];

/** Words of a quote with whether an editor put them in [brackets]. */
function markedWords(text: string): { norm: string; bracketed: boolean }[] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\[[^\]]*\]/g)) spans.push([m.index, m.index + m[0].length]);
  return words(text).map((w) => ({ norm: w.norm, bracketed: spans.some(([s, e]) => w.start >= s && w.end <= e) }));
}

const hasEllipsis = (text: string) => /…|\.\s?\.\s?\./.test(text);

/** Dice coefficient on the quote texts as a reader compares them (case and quote marks ignored). */
export function quoteSimilarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(canonicalText(a).toLowerCase(), canonicalText(b).toLowerCase());
}

/**
 * Compare one quote with the group's reference wording, word by word:
 * verbatim (same words and punctuation), punctuation (same words), shortened (words left out, at
 * the ends or at an ellipsis, nothing added), bracketed (the only added words are in [brackets]),
 * extended (only words added), altered (anything else).
 */
/** A group's reference wording, read once for all its members. */
export type Reference = { readonly text: string; readonly words: readonly { norm: string; bracketed: boolean }[]; readonly norms: readonly string[]; readonly canon: string; readonly folded: string };

export function prepareReference(text: string): Reference {
  const ws = markedWords(text);
  const canon = canonicalText(text);
  return { text, words: ws, norms: ws.map((w) => w.norm), canon, folded: canon.toLowerCase() };
}

export function compareToReference(reference: string | Reference, member: string): { variant: VariantKind; diff: DiffOp[]; similarity: number } {
  const r = typeof reference === "string" ? prepareReference(reference) : reference;
  const mem = markedWords(member);
  const parts = diffArrays(
    r.norms as string[],
    mem.map((w) => w.norm),
  );
  const diff: DiffOp[] = [];
  let added = 0;
  let removed = 0;
  let addedOutsideBrackets = 0;
  let memPos = 0;
  for (const p of parts) {
    const text = p.value.join(" ");
    if (p.added) {
      diff.push({ op: "add", text });
      added += p.value.length;
      for (let k = 0; k < p.value.length; k++) if (!mem[memPos + k]?.bracketed) addedOutsideBrackets++;
      memPos += p.value.length;
    } else if (p.removed) {
      diff.push({ op: "del", text });
      removed += p.value.length;
    } else {
      diff.push({ op: "same", text });
      memPos += p.value.length;
    }
  }
  const memberCanon = canonicalText(member);
  const similarity = Math.round(stringSimilarity.compareTwoStrings(r.folded, memberCanon.toLowerCase()) * 1000) / 1000;
  let variant: VariantKind;
  if (added === 0 && removed === 0) variant = r.canon === memberCanon ? "verbatim" : "punctuation";
  else if (added > 0 && addedOutsideBrackets === 0) variant = "bracketed";
  else if (added === 0) variant = "shortened";
  else if (removed === 0) variant = "extended";
  else variant = "altered";
  // An ellipsis marks a cut the writer admits to; without one, removed inner words are an alteration.
  if (variant === "shortened" && !hasEllipsis(member)) {
    const innerCut = parts.slice(1, -1).some((p) => p.removed);
    if (innerCut) variant = "altered";
  }
  return { variant, diff, similarity };
}
