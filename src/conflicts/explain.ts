import type { ClaimFacts } from "./claims.js";
import { articleName } from "../report/article-name.js";
import { sentencesOf } from "../model/sentences.js";

// The naming of an article moved to report/ (the UI and the tables name an article of unknown outlet
// as findings do, and read no stage); check, verify and the tests still find it here.
export { articleCitation, articleName } from "../report/article-name.js";
export { sentencesOf } from "../model/sentences.js";

/** Short excerpt of a claim around `focus`, one sentence of it at most, cut at word boundaries. */
export function excerpt(text: string, focus?: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim().replace(/[,;:]$/, "");
  const sentences = sentencesOf(flat);
  let s = sentences.find((x) => focus && x.toLowerCase().includes(focus.toLowerCase())) ?? sentences[0];
  s = s.replace(/[.,;:]$/, "");
  if (s.length <= max) return s;
  const ws = s.split(" ");
  const at = focus ? Math.max(0, s.toLowerCase().indexOf(focus.toLowerCase())) : 0;
  // Words around the focus, growing both ways until the excerpt is full.
  let pos = 0;
  let fi = 0;
  for (let i = 0; i < ws.length; i++) {
    if (pos <= at) fi = i;
    pos += ws[i].length + 1;
  }
  let lo = fi;
  let hi = fi + 1;
  let len = ws[fi].length;
  while (lo > 0 || hi < ws.length) {
    const grew = len;
    if (hi < ws.length && len + ws[hi].length + 1 <= max) len += ws[hi++].length + 1;
    if (lo > 0 && len + ws[lo - 1].length + 1 <= max) len += ws[--lo].length + 1;
    if (len === grew) break;
  }
  return (lo > 0 ? "…" : "") + ws.slice(lo, hi).join(" ") + (hi < ws.length ? "…" : "");
}

/**
 * A claim's words as a finding shows them. Words in quotation marks are the speaker's and keep their
 * marks; reported speech ("Trump said that Obama wanted to take in 250,000 refugees") is the
 * reporter's paraphrase, so it is shown without marks and marked "reported:": in marks, a
 * fact-checker would take the reporter's words for the speaker's.
 */
export const shownWords = (kind: string | undefined, words: string): string => (kind === "indirect" ? `reported: ${withoutThat(words)}` : `“${words}”`);

/** Reported words without the "that" that joined them to their verb ("reported: that the dam held" read as a slip). */
const withoutThat = (words: string): string => words.replace(/^that\s+(?=\S)/i, "");

/** `shownWords` inside running text ("gives … where"): reported words marked after them, "(reported)". */
export const shownInProse = (kind: string | undefined, words: string): string => (kind === "indirect" ? `${words} (reported)` : `“${words}”`);

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  const u = [...new Set(items)];
  if (u.length <= 1) return u[0] ?? "";
  return `${u.slice(0, -1).join(", ")} and ${u[u.length - 1]}`;
}

export const who = (f: ClaimFacts) => f.claim.speaker ?? "an unnamed source";

const FIRST_WORD = /^\p{Lu}(\p{Ll}*)\b/u;
/** Words that open a description and are never a name ("Another business owner", "A cousin"). */
const DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "another", "one", "some", "several", "many", "most", "few", "other", "two", "three", "four", "five", "both", "all"]);

/**
 * `who` inside a sentence: an unnamed speaker written at the head of its sentence ("One business
 * owner said", "Residents said") loses the capital that only the sentence gave it: a determiner
 * always ("Another", "A"), another word when the article also writes it in lower case ("residents");
 * names and organisations keep theirs, and so does a description that opens with a name ("Palmyra residents").
 */
export function whoInProse(f: ClaimFacts): string {
  const s = who(f);
  const type = f.quote.speakerType;
  const m = type === "anonymous" || type === "group" ? FIRST_WORD.exec(s) : null;
  if (!m || !f.article) return withArticle(f, s, "the");
  const lower = s[0]!.toLowerCase() + m[1];
  return DETERMINERS.has(lower) || hasWord(f.article.text, lower) ? withArticle(f, lower + s.slice(m[0].length), "the") : s;
}

/** `who` opening a sentence: a bare common noun gets its article ("The state (…) gives", not "state (…) gives"). */
export const whoOpening = (f: ClaimFacts): string => withArticle(f, who(f), "The");

/** Words that already determine a noun phrase: no "the" before them. */
const DETERMINED: ReadonlySet<string> = new Set([...DETERMINERS, "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "each", "every", "no", "any"]);

/**
 * A speaker credited by a bare singular common noun ("state", "department", "unnamed rescuer") reads
 * with "the" in a sentence: "the claim of state that …" read as a slip. Plurals ("residents",
 * "officials") read without it; names, people's names ("de Blasio") and web names keep theirs.
 */
function withArticle(f: ClaimFacts, s: string, article: "the" | "The"): string {
  if (!/^\p{Ll}/u.test(s) || f.quote.speakerType === "person" || /[.@\d]/.test(s)) return s;
  const words = s.split(/\s+/);
  if (DETERMINED.has(words[0]) || /(?<![su])s$/.test(words[words.length - 1])) return s;
  return `${article} ${s}`;
}

/** Whether `word` (lower case) stands in `text` as a word of its own. */
function hasWord(text: string, word: string): boolean {
  const isLetter = (i: number) => i >= 0 && i < text.length && /\p{L}/u.test(text[i]!);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (!isLetter(i - 1) && !isLetter(i + word.length)) return true;
  return false;
}

/** Where a claim was published, in parentheses after its speaker: the outlet, else the article's name. */
export const where = (f: ClaimFacts): string => f.claim.outlet ?? articleName(f.article, f.claim.article);

/** `where` as the subject of a sentence or clause: "The Daily Beast", "the article “…”". */
export function whereAsSubject(f: ClaimFacts, opensSentence = false): string {
  if (f.claim.outlet) return f.claim.outlet;
  const name = articleName(f.article, f.claim.article);
  const phrase = name.startsWith("“") ? `the article ${name}` : name;
  return opensSentence ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
}

/**
 * "Khaled Omran (The Daily Beast)"; "Khaled Omran (The Daily Beast) and residents (The New York
 * Times)". With `opensSentence`, the first speaker keeps the capital it was written with.
 */
export function whoWhere(fs: readonly ClaimFacts[], opensSentence = false): string {
  // Keyed by the speaker as credited, so a speaker named twice is listed once, as first written.
  const bySpeaker = new Map<string, { name: string; outlets: Set<string> }>();
  for (const f of fs) {
    let e = bySpeaker.get(who(f));
    if (!e) bySpeaker.set(who(f), (e = { name: opensSentence && bySpeaker.size === 0 ? whoOpening(f) : whoInProse(f), outlets: new Set<string>() }));
    e.outlets.add(where(f));
  }
  return listOf([...bySpeaker.values()].map(({ name, outlets }) => `${name} (${listOf([...outlets])})`));
}
