import type { Quote, QuoteGroupMember } from "../model/index.js";
import { compareToReference, type Reference } from "./variant.js";

/**
 * One statement a writer splits around its credit ("“He is becoming ISIS' best recruiter,” she said.
 * “They are going to people …”") is two quotes to the extractor. Compared one by one with an outlet
 * that printed the statement whole, each half reads as the statement cut; on PolNeAR train and dev
 * 10 of the 62 altered-quote findings were such halves. The halves are read together here.
 */

/** Characters between two halves of one statement: a credit and its stop ("," Pence said in the statement. "). */
const GAP_MAX = 160;
/** Halves read on each side of a quote: a statement split more often than this is a passage of its own. */
const HALVES_MAX = 4;

type Part = Pick<Quote, "id" | "articleId" | "kind" | "text" | "span" | "speaker">;

const sameStatement = (a: Part, b: Part, text: string | null) =>
  a.kind === "direct" &&
  b.kind === "direct" &&
  a.speaker !== null &&
  b.speaker === a.speaker &&
  b.span.start >= a.span.end &&
  b.span.start - a.span.end <= GAP_MAX &&
  // Another quotation between the two (a question put, someone else's words) ends the statement.
  (text === null || !/[“”"]/.test(stripEdgeMarks(text.slice(a.span.end, b.span.start))));

/** The gap without the marks that close the first half and open the second. */
const stripEdgeMarks = (gap: string) => gap.replace(/^[\s,.;:!?…]*[”"'’]/, "").replace(/[“"'‘]\s*$/, "");

/**
 * The words of `q` with the quotes next to it that hold the same speaker's statement, in the
 * article's order: direct quotes of one speaker at most GAP_MAX characters apart with no other
 * quotation between. `articleQuotes` are the quotes of q's article sorted by start; `text` its text.
 */
export function wholeStatement(q: Part, articleQuotes: readonly Part[], text: string | null): string {
  const at = articleQuotes.findIndex((x) => x.id === q.id);
  if (at < 0 || q.kind !== "direct") return q.text;
  const before: string[] = [];
  const after: string[] = [];
  for (let i = at, n = 0; i > 0 && n < HALVES_MAX && sameStatement(articleQuotes[i - 1], articleQuotes[i], text); i--, n++) before.unshift(articleQuotes[i - 1].text);
  for (let i = at, n = 0; i + 1 < articleQuotes.length && n < HALVES_MAX && sameStatement(articleQuotes[i], articleQuotes[i + 1], text); i++, n++) after.push(articleQuotes[i + 1].text);
  return [...before, q.text, ...after].join(" ");
}

/** A possessive written two ways ("ISIS’" and "ISIS’s"): one word. */
const samePossessive = (a: string, b: string) => `${a}'s` === b || `${b}'s` === a;

/** Whether a diff against the reference leaves out none of its words (words added, a possessive respelt, pass). */
export function dropsNothing(diff: QuoteGroupMember["diff"]): boolean {
  for (let i = 0; i < diff.length; i++) {
    const d = diff[i];
    if (d.op !== "del") continue;
    const next = diff[i + 1];
    if (next?.op === "add" && samePossessive(d.text, next.text)) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Whether a member that reads as the reference cut or changed is a half of a statement its article
 * gives whole: with its neighbouring halves it drops none of the reference's words. Only a quote
 * that has such halves is read again; one that stands alone is as compared.
 */
export function splitButWhole(ref: string | Reference, q: Part, articleQuotes: readonly Part[], text: string | null): boolean {
  const whole = wholeStatement(q, articleQuotes, text);
  if (whole === q.text) return false;
  return dropsNothing(compareToReference(ref, whole).diff);
}

/** The quotes of each article, sorted by where they start (for wholeStatement). */
export function quotesByArticle<T extends Part>(quotes: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const q of quotes) {
    if (q.kind === "scare") continue;
    let list = out.get(q.articleId);
    if (!list) out.set(q.articleId, (list = []));
    list.push(q);
  }
  for (const list of out.values()) list.sort((a, b) => a.span.start - b.span.start);
  return out;
}
