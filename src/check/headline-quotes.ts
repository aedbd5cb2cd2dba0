import type { Article, Quote, Report, Span } from "../model/index.js";
import { compareToReference, prepareReference } from "../align/variant.js";
import { wordNorms } from "../align/words.js";
import { isDescriptiveName, mayBeSamePerson, parsePersonName } from "../align/names.js";
import type { DiffOp } from "../verify/word-diff.js";
import { headAndBody } from "./headline-runs.js";

/**
 * What the story below says of each run in marks in an article's headline or deck. Shared by the
 * three headline-quote rules, read once a report. Pure.
 */
export type HeadlineQuoteVerdict =
  | { readonly kind: "unsupported"; readonly head: Quote; readonly short: boolean }
  | { readonly kind: "altered"; readonly head: Quote; readonly body: Quote; readonly diff: readonly DiffOp[]; readonly style: boolean }
  | { readonly kind: "other-speaker"; readonly head: Quote; readonly body: Quote; readonly named: string };

/**
 * Headline runs shorter than this are a term in marks ("‘rigged’", "‘radical Islam’"), a scare quote
 * the writer's own, more than words put in someone's mouth.
 */
const MIN_WORDS = 3;

/**
 * A run of three words that the story does not quote is as often a name or a term in marks ("‘Super
 * Tuesday 2’", "‘A Sizable Army’") as words given to someone: reported one severity lower.
 */
const SHORT_WORDS = 4;

/** A body quote lines up with the headline's words when at least this share of them are its words in order. */
const MIN_COVERAGE = 0.5;

/** Variants under which the body carries the headline's words: whole, a part of it, an ellipsis's cut, an editor's brackets. */
const CARRIED = new Set(["verbatim", "punctuation", "shortened", "bracketed"]);

/** A name as headlines write one: one to four capitalised words ("Trump", "Sen. Ted Cruz", "CNN President Jeff Zucker"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/**
 * "Trump: ‘…’" and "Trump says ‘…’": the name opens the line. Not a name after a verb ("Warren Hammers
 * Wells Fargo CEO: ‘…’", "Trump Praises Editor Matthew Boyle: ‘…’"), which is whom the words are about.
 */
const NAME_COLON = new RegExp(String.raw`^\s*(${NAME})\s*:\s*$`, "u");
const NAME_SAYS = new RegExp(String.raw`^\s*(${NAME})\s+(?:[Ss]ays|[Ss]aid|[Tt]ells|[Tt]old)\s*:?\s*$`, "u");
/** "‘…,’ says Cruz" / "‘…,’ Cruz says", ending the line. */
const SAYS_NAME = new RegExp(String.raw`^\s*(?:(?:[Ss]ays|[Ss]aid)\s+(${NAME})|(${NAME})\s+(?:[Ss]ays|[Ss]aid))[\s.!?]*$`, "u");
const LINE_MAX = 160;
/** Marks and punctuation that close a run before what follows it. */
const CLOSERS = /^[\s,.!?"'”’»›]*/u;
const OPENERS = /["'“‘«‹\s]*$/u;

/** Words that make the capitalised words after them a topic, not a speaker ("CNN President On Trump:", "Gillibrand on Hillary:"). */
const TOPIC_WORDS = new Set(["on", "about", "to", "for", "of", "with", "against", "at", "in", "over", "after", "as", "by", "from"]);

/**
 * The person of the story the headline credits the run to, or null: the name the headline writes
 * before a colon, with "says", or after "says", when it (or its last words: "Rep. Gwen Graham",
 * "OK Gov Fallin") may be a person who speaks in the story. A title-case headline capitalises every
 * word ("Trump Addresses Munich Attack: ‘…’"), so a name is taken only as one of the story's speakers.
 */
function headlineSpeaker(article: Article, head: Quote, line: Span, speakers: readonly string[]): string | null {
  // A headline line is short; a longer one is read as naming no one.
  if (head.span.start - line.start > LINE_MAX || line.end - head.span.end > LINE_MAX) return null;
  const before = article.text.slice(line.start, head.span.start).replace(OPENERS, "");
  const afterRaw = article.text.slice(head.span.end, line.end);
  const after = afterRaw.slice(CLOSERS.exec(afterRaw)?.[0].length ?? 0);
  const m = NAME_COLON.exec(before) ?? NAME_SAYS.exec(before);
  const s = SAYS_NAME.exec(after);
  const name = m?.[1] ?? s?.[1] ?? s?.[2] ?? null;
  if (!name) return null;
  const ws = name.split(/\s+/);
  if (ws.some((w) => TOPIC_WORDS.has(w.toLowerCase()))) return null;
  for (let i = 0; i < ws.length; i++) {
    const tail = ws.slice(i).join(" ");
    if (!parsePersonName(tail)) continue;
    const who = speakers.find((sp) => mayBeSamePerson(tail, sp));
    if (who) return tail;
  }
  return null;
}

/** Ops with the body's words cut before and after the headline's dropped: the part the headline quotes. */
function trimEnds(diff: readonly DiffOp[]): DiffOp[] {
  let a = 0;
  let b = diff.length;
  while (a < b && diff[a].op === "del") a++;
  while (b > a && diff[b - 1].op === "del") b--;
  return diff.slice(a, b);
}

type Match = { readonly body: Quote; readonly variant: string; readonly diff: DiffOp[]; readonly coverage: number; readonly similarity: number };

/** The body quote in marks that best carries the headline's words, or null. */
function bestMatch(head: Quote, body: readonly Quote[]): Match | null {
  let best: Match | null = null;
  for (const b of body) {
    if (b.kind === "indirect") continue;
    const c = compareToReference(prepareReference(b.text), head.text);
    if (!best || c.coverage > best.coverage || (c.coverage === best.coverage && c.similarity > best.similarity)) best = { body: b, ...c };
  }
  return best;
}

/**
 * Whether the headline's words stand in a row in the story's text (after `from`): in marks the
 * extractor did not read as a quote (''two apostrophes'', a transcript's lines), a name ("Black Lives
 * Matter"), the columnist's own phrase, or reported speech with the marks moved over the words next to
 * them ("Trump's 'Obama founded ISIS'" over 'that Obama “founded ISIS”'). The story has the words: no misquote.
 */
function inText(article: Article, head: Quote, from: number): boolean {
  const words = wordNorms(head.text).join(" ");
  return ` ${wordNorms(article.text.slice(from)).join(" ")} `.includes(` ${words} `);
}

/** Words a headline drops or adds by its style: articles ("judge and jury" for "the judge and the jury"). */
const STYLE_WORDS = new Set(["a", "an", "the"]);
const onlyStyleWords = (diff: readonly DiffOp[]) =>
  diff.filter((d) => d.op !== "same").every((d) => d.text.split(/\s+/).every((w) => STYLE_WORDS.has(w.toLowerCase())));

const spaceWords = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

function verdictsOf(article: Article, quotes: readonly Quote[]): HeadlineQuoteVerdict[] {
  const { head, body, heads } = headAndBody(article, quotes);
  if (!head.length || !body.length) return [];
  const storyStart = heads[heads.length - 1].end;
  const speakers = [...new Set(body.flatMap((q) => (q.speaker && q.speakerType === "person" && !isDescriptiveName(q.speaker) ? [q.speaker] : [])))];
  const out: HeadlineQuoteVerdict[] = [];
  for (const h of head) {
    const n = spaceWords(h.text);
    if (h.kind === "indirect" || n < MIN_WORDS) continue;
    const line = heads.find((p) => h.span.start >= p.start && h.span.end <= p.end) ?? heads[0];
    const m = bestMatch(h, body);
    // Words of the headline the body quote holds in order; two ("Nikki Haley", "Hillary Clinton") are a name, not the quote.
    const kept = m ? Math.round(m.coverage * wordNorms(h.text).length) : 0;
    const carried = m && m.coverage >= MIN_COVERAGE && kept >= MIN_WORDS ? m : null;
    if (carried && CARRIED.has(carried.variant)) {
      const named = headlineSpeaker(article, h, line, speakers);
      const credited = carried.body.speaker;
      if (named && credited && carried.body.speakerType === "person" && !isDescriptiveName(credited) && !mayBeSamePerson(named, credited)) out.push({ kind: "other-speaker", head: h, body: carried.body, named });
      continue;
    }
    if (inText(article, h, storyStart)) continue;
    if (!carried) out.push({ kind: "unsupported", head: h, short: n < SHORT_WORDS });
    else {
      const diff = trimEnds(carried.diff);
      out.push({ kind: "altered", head: h, body: carried.body, diff, style: onlyStyleWords(diff) });
    }
  }
  return out;
}

const cache = new WeakMap<Report, HeadlineQuoteVerdict[]>();

/** Every headline run the story does not carry as written or as credited, in article order. */
export function headlineQuoteVerdicts(report: Report): readonly HeadlineQuoteVerdict[] {
  let v = cache.get(report);
  if (!v) {
    // Scare quotes too: a headline's runs are read as such, and the story's words in marks may be.
    const byArticle = new Map<string, Quote[]>();
    for (const q of report.quotes) {
      const list = byArticle.get(q.articleId);
      if (list) list.push(q);
      else byArticle.set(q.articleId, [q]);
    }
    v = report.articles.flatMap((a) => verdictsOf(a, byArticle.get(a.id) ?? []));
    cache.set(report, v);
  }
  return v;
}
