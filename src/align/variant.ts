import { diffArrays } from "diff";
import stringSimilarity from "string-similarity";
import type { QuoteGroupMember, VariantKind } from "../model/index.js";
import { expandContraction } from "./contractions.js";
import { canonicalText, words } from "./words.js";

type DiffOp = QuoteGroupMember["diff"][number];

/**
 * Words of a quote with whether an editor put them in [brackets]; contractions are compared as the
 * words they stand for ("we've" as "we have"), so spelling one out is no alteration.
 */
type Marked = { readonly norm: string; readonly bracketed: boolean; readonly shown: string; readonly first: boolean; readonly pair: boolean };

function markedWords(text: string): Marked[] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\[[^\]]*\]/g)) spans.push([m.index, m.index + m[0].length]);
  return words(text).flatMap((w) => {
    const bracketed = spans.some(([s, e]) => w.start >= s && w.end <= e);
    const long = expandContraction(w.norm);
    return long.map((norm, i) => ({ norm, bracketed, shown: w.norm, first: i === 0, pair: long.length > 1 }));
  });
}

/**
 * The words from..from+len as the diff shows them: a contraction whose two compared words stand
 * together as written ("we've"), a half of one as its long word ("have" where only that differs).
 */
function render(ws: readonly Marked[], from: number, len: number): string {
  const out: string[] = [];
  for (let i = from; i < from + len; i++) {
    const w = ws[i];
    if (w.pair && w.first && i + 1 < from + len) {
      out.push(w.shown);
      i++;
    } else out.push(w.norm);
  }
  return out.join(" ");
}

type Part = { readonly value: string[]; readonly added?: boolean; readonly removed?: boolean };

/** Where `run` stands as consecutive words of `words`, or -1. */
function runIndex(words: readonly string[], run: readonly string[]): number {
  // Words hold no spaces, so a match of the joined strings on word edges is a match of the words;
  // the spaces up to it count the words before it.
  const padded = ` ${words.join(" ")} `;
  const at = padded.indexOf(` ${run.join(" ")} `);
  return at < 0 ? -1 : padded.slice(0, at + 1).split(" ").length - 2;
}

/** The diff of a run of `len` words at `at` against all of `words`: words cut before and after. */
function endCuts(words: readonly string[], at: number, len: number): Part[] {
  const parts: Part[] = [];
  if (at > 0) parts.push({ value: words.slice(0, at), removed: true });
  parts.push({ value: words.slice(at, at + len) });
  if (at + len < words.length) parts.push({ value: words.slice(at + len), removed: true });
  return parts;
}

/**
 * A cut whose last words are the words kept just before it reads as two cuts around a stray word:
 * of equally long alignments jsdiff may keep the first "in" of "… see this in our country in Tulsa"
 * for a member that starts "In Tulsa" ("[-… see this-] in [-our country in-] tulsa"). Here the kept
 * word moves to the end of the cut, so the cut reads whole ("[-… see this in our country-] in
 * tulsa"). Runs of words removed only; a word changed stays where the diff put it.
 */
function slideCuts(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (let i = 0; i < parts.length; i++) {
    const kept = parts[i];
    const cut = parts[i + 1];
    const before = out[out.length - 1];
    const k = kept.value.length;
    if (!kept.added && !kept.removed && cut?.removed && !parts[i + 2]?.added && (i === 0 || before?.removed) && cut.value.length > k && cut.value.slice(-k).every((w, j) => w === kept.value[j])) {
      // [-A-] X [-D X-] is [-A X D-] X: the cut grows by the kept words and D, the same words follow.
      const moved = [...kept.value, ...cut.value.slice(0, -k)];
      if (before?.removed) out[out.length - 1] = { value: [...before.value, ...moved], removed: true };
      else out.push({ value: moved, removed: true });
      const next = parts[i + 2];
      if (next && !next.added && !next.removed) {
        out.push({ value: [...kept.value, ...next.value] });
        i += 2;
      } else {
        out.push({ value: kept.value });
        i += 1;
      }
      continue;
    }
    out.push(kept);
  }
  return out;
}

/** Words an editor's [bracketed] words may stand for: "[Trump]" for "he", "[the army]" for "they". */
const BRACKET_STANDS_FOR_MAX = 3;

/** Whether the n reference words at `from` are all inside [brackets] (n > 0). */
function onlyBracketed(ws: readonly Marked[], from: number, n: number): boolean {
  if (n <= 0) return false;
  for (let k = from; k < from + n; k++) if (!ws[k]?.bracketed) return false;
  return true;
}

const hasEllipsis = (text: string) => /…|\.\s?\.\s?\./.test(text);

/** Dice coefficient on the quote texts as a reader compares them (case and quote marks ignored). */
export function quoteSimilarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(canonicalText(a).toLowerCase(), canonicalText(b).toLowerCase());
}

/** A group's reference wording, read once for all its members. */
export type Reference = { readonly text: string; readonly words: readonly Marked[]; readonly norms: readonly string[]; readonly canon: string; readonly folded: string };

export function prepareReference(text: string): Reference {
  const ws = markedWords(text);
  const canon = canonicalText(text);
  return { text, words: ws, norms: ws.map((w) => w.norm), canon, folded: canon.toLowerCase() };
}

/**
 * Compare one quote with the group's reference wording, word by word:
 * verbatim (same words and punctuation), punctuation (same words), shortened (words left out, at
 * the ends or at an ellipsis, nothing added), bracketed (the only added words are in [brackets]),
 * extended (only words added), altered (anything else).
 */
export function compareToReference(reference: string | Reference, member: string): { variant: VariantKind; diff: DiffOp[]; similarity: number; coverage: number } {
  const r = typeof reference === "string" ? prepareReference(reference) : reference;
  const mem = markedWords(member);
  const memNorms = mem.map((w) => w.norm);
  // A member that is one unbroken run of the reference's words is cut at the ends only. The word
  // diff need not say so: of equally long alignments it may match a repeated word early ("[-see
  // this-] in [-our country in-] Tulsa"), which reads as a cut inside.
  const run = memNorms.length > 0 && memNorms.length < r.norms.length ? runIndex(r.norms, memNorms) : -1;
  const parts = run >= 0 ? endCuts(r.norms, run, memNorms.length) : slideCuts(diffArrays(r.norms as string[], memNorms));
  const diff: DiffOp[] = [];
  let added = 0;
  let removed = 0;
  let addedOutsideBrackets = 0;
  let memPos = 0;
  let refPos = 0;
  let kept = 0;
  // Whether words were passed over as an editor's brackets in the reference (or the words they replaced).
  let editorOnly = false;
  // Parts whose words count as a change: a cut inside, not of an editor's [brackets] alone.
  const counted: boolean[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const n = p.value.length;
    if (p.added) {
      // Words in place of the reference's bracketed ones are the words the editor replaced.
      const cutBefore = parts[i - 1]?.removed ? parts[i - 1].value.length : 0;
      const forBracket = n <= BRACKET_STANDS_FOR_MAX && onlyBracketed(r.words, refPos - cutBefore, cutBefore);
      diff.push({ op: "add", text: render(mem, memPos, n) });
      if (forBracket) editorOnly = true;
      else {
        added += n;
        for (let k = 0; k < n; k++) if (!mem[memPos + k]?.bracketed) addedOutsideBrackets++;
      }
      counted.push(!forBracket);
      memPos += n;
    } else if (p.removed) {
      // The reference's own [brackets] are an editor's words, not the speaker's: a wording
      // without them dropped nothing ("not Bill [Clinton], nobody" / "not Bill, nobody").
      const own = r.words.slice(refPos, refPos + n).filter((w) => !w.bracketed).length;
      if (own > 0 || parts[i + 1]?.added) diff.push({ op: "del", text: render(r.words, refPos, n) });
      removed += own;
      if (own < n) editorOnly = true;
      counted.push(own > 0);
      refPos += n;
    } else {
      diff.push({ op: "same", text: render(mem, memPos, n) });
      kept += n;
      counted.push(false);
      memPos += n;
      refPos += n;
    }
  }
  const memberCanon = canonicalText(member);
  const similarity = Math.round(stringSimilarity.compareTwoStrings(r.folded, memberCanon.toLowerCase()) * 1000) / 1000;
  let variant: VariantKind;
  if (added === 0 && removed === 0) variant = editorOnly ? "bracketed" : r.canon === memberCanon ? "verbatim" : "punctuation";
  else if (added > 0 && addedOutsideBrackets === 0) variant = "bracketed";
  else if (added === 0) variant = "shortened";
  else if (removed === 0) variant = "extended";
  else variant = "altered";
  // An ellipsis marks a cut the writer admits to; without one, removed inner words are an alteration.
  if (variant === "shortened" && !hasEllipsis(member)) {
    const innerCut = parts.slice(1, -1).some((p, i) => p.removed && counted[i + 1]);
    if (innerCut) variant = "altered";
  }
  // Share of the member's words that line up with the reference's (see groups.ts: another part).
  const coverage = mem.length ? kept / mem.length : 1;
  return { variant, diff, similarity, coverage };
}

/** Words a changed edge may have on both sides and still be words changed, not another sentence. */
const EDGE_CHANGE_MAX = 2;

const wordCount = (text: string) => (text ? text.split(" ").length : 0);

/**
 * Whether a member's diff against its reference differs only past a shared run at the start or the
 * end, with words of its own there: "I have seen him fight for his family," against "I have seen
 * him fight for his employees, I have seen him fight for his company …", the next sentence of one
 * speech. Read so only within one article, where one writer quotes one source twice: across
 * outlets a changed ending may be a changed quote. Words changed inside the shared words ("We will
 * [+not+] raise taxes"), or an edge where both sides have at most two words ("… for his
 * [-family-] {+country+}"), are words changed.
 */
export function anotherSentence(diff: readonly DiffOp[]): boolean {
  const first = diff.findIndex((d) => d.op === "same");
  if (first < 0) return false;
  let last = diff.length - 1;
  while (diff[last].op !== "same") last--;
  for (let i = first; i <= last; i++) if (diff[i].op !== "same") return false;
  let own = false;
  for (const edge of [diff.slice(0, first), diff.slice(last + 1)]) {
    const del = edge.filter((d) => d.op === "del").reduce((n, d) => n + wordCount(d.text), 0);
    const add = edge.filter((d) => d.op === "add").reduce((n, d) => n + wordCount(d.text), 0);
    if (del > 0 && add > 0 && del <= EDGE_CHANGE_MAX && add <= EDGE_CHANGE_MAX) return false;
    if (add > 0) own = true;
  }
  return own;
}
