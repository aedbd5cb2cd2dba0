import type { Article } from "../model/index.js";
import type { ClaimFacts } from "./claims.js";
import { isAbbreviationStop } from "./context.js";

/**
 * The text's sentences: a stop, then a capital. Not after an initial ("Donald J. Trump"), a title
 * ("Dr. Ben Carson") or letters with stops ("the U.S. Senate"): an excerpt cut there read
 * "The quote “Donald J”".
 */
export function sentencesOf(flat: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of flat.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu)) {
    // (The stops that end no sentence are the ones the quote's own sentence finder skips: context.ts.)
    if (flat[m.index] === "." && isAbbreviationStop(flat, m.index)) continue;
    out.push(flat.slice(from, m.index + m[0].length).trimEnd());
    from = m.index + m[0].length;
  }
  out.push(flat.slice(from));
  return out.filter((x) => x);
}

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

/** A title is cut to this many characters (at a word) when it names an article in a finding. */
const TITLE_MAX = 60;

/** A title, or an article's opening words, cut at a word after TITLE_MAX characters, its closing stop left out. */
function cutName(words: string): string {
  const flat = words.replace(/\s+/g, " ").trim().replace(/[.,;:]$/, "");
  if (flat.length <= TITLE_MAX) return flat;
  const cut = flat.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * The first sentence of an article's first line, cut as a title is: the words a reader finds an
 * untitled article by (often a headline ingest did not take for one).
 */
function openingWords(text: string | undefined): string | null {
  const line = text?.trimStart().split("\n", 1)[0]?.replace(/\s+/g, " ").trim();
  return line ? cutName(sentencesOf(line)[0] ?? line) : null;
}

/**
 * How a finding names an article whose outlet is unknown: its title, which a reader knows the story
 * by (“Hillary Clinton Speaks ‘Directly To White People’…”), else the words it opens with and its day
 * (“the article of 2016-09-25 that opens “Federal court rules against Ohio's purges of voter rolls””),
 * else "an article with no known outlet". Not the file's name: a finding is read apart from the
 * folder, and "wash-post_2016-09-25_federal-court-rules-against-ohio.txt" tells a reader less than the
 * story's words; the claims and check's places still give the file. Never the id quotecheck made
 * ("huff-post-2016-09-20-hillary-clinton-speaks-dire"), nothing a reader can look up; that only
 * when the report holds no such article. `dated` false leaves the day to the caller (articleCitation).
 */
export function articleName(article: Article | undefined, id: string, dated = true): string {
  const title = article?.title?.trim();
  if (title) return `“${cutName(title)}”`;
  if (!article) return id;
  const day = dated && article.published ? `of ${article.published} ` : "";
  const opening = openingWords(article.text);
  if (opening) return `the article ${day}that opens “${opening}”`;
  return `an article ${day}with no known outlet`;
}

/**
 * An article as a reader can find it: its outlet, then its title (else the words it opens with) and
 * the day it was published: "Harbor Gazette (“Levee holds”, 2031-03-04)", "“Levee holds”
 * (2031-03-04)". The article's id is a slug quotecheck made and nothing a reader can look up
 * (check's group hits and verify's messages named it: "against breitbart-2016-01-10-conservative-icon-morton-bl's wording").
 */
export function articleCitation(a: Article): string {
  const name = articleName(a, a.id, false);
  const untitled = !a.title?.trim();
  if (!a.outlet) return a.published ? `${name} (${a.published})` : name;
  // Under its outlet an untitled article needs no "with no known outlet"; its opening words still tell it apart.
  const opening = untitled ? openingWords(a.text) : null;
  const rest = [untitled ? (opening ? `opening “${opening}”` : null) : name, a.published].filter((x): x is string => Boolean(x));
  return rest.length ? `${a.outlet} (${rest.join(", ")})` : a.outlet;
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
