import type { Quote } from "../../model/index.js";
import { writtenAsPronoun } from "../../model/name-words.js";
import type { CheckRule } from "../types.js";
import { excerpt, isTitleCase, quotePlace, spokenQuotes } from "../quote-place.js";

/**
 * "When asked about the vote", "Asked whether she would run", "was asked to pick the loser": reported
 * words after "asked" are the question put to someone by an unnamed asker (mostly the reporter),
 * not a statement anyone needs to be credited with.
 */
const ASKED_BEFORE = /\basked\b[^.!?;:"“”]{0,40}$/i;

function isQuestionPut(q: Quote, articleText: string | undefined): boolean {
  if (q.kind !== "indirect" || articleText === undefined) return false;
  const before = articleText.slice(Math.max(0, q.span.start - 60), q.span.start);
  // Cheap precheck: no "asked", no question.
  return before.includes("sked") && ASKED_BEFORE.test(before);
}

/**
 * The same for a question in marks with no credit at all: "Blumenthal was asked, “If you had known …?”",
 * "Asked whether Clinton “has the integrity to serve …,” 75 percent said yes". The words are an
 * interviewer's or a poll's question; the story names who was asked, and the asker is mostly the
 * reporter or the pollster. Unlike a reported question they are words in marks someone may want
 * credited, so they are one severity lower rather than left out. Read on PolNeAR train: all four such
 * warnings were that. No comma may stand between "asked" and the mark but the one before it, so
 * "After she was asked to leave, a sign read “…”" is no question.
 */
const ASKED_JUST_BEFORE = /\basked\b[^.!?;:,"“”]{0,40}$/i;

function isQuestionInMarks(q: Quote, articleText: string | undefined): boolean {
  if (q.kind !== "direct" || q.mention !== null || articleText === undefined) return false;
  const before = articleText.slice(Math.max(0, q.span.start - 60), q.span.start);
  // Cheap precheck, then the opening mark and the comma or colon before it set aside.
  return before.includes("sked") && ASKED_JUST_BEFORE.test(before.replace(/[\s"“‘',:]+$/u, ""));
}

/**
 * Three words or fewer in marks ("debate", "Feel the Bern", "Fox News Sunday") are mostly a term, a
 * slogan or a title set off, and a fragment that short cannot be checked against a source anyway;
 * words in title case ("Hard Hats for Hillary", "Super Lives of the Super Rich") are a title or a
 * slogan too. Both are reported one severity lower than a sentence with no speaker.
 */
const MAX_PHRASE_WORDS = 3;
const isShortPhrase = (q: Quote) => q.kind === "direct" && q.text.split(/\s+/).filter(Boolean).length <= MAX_PHRASE_WORDS;
/**
 * A name in marks of six words or fewer, its words of four letters or more all capitalised, two at
 * least, the rest short lower-case words ("Trump of the East", "the Poorhouse of the Caribbean"): a
 * nickname or an epithet the story sets off ("has been called the …", "was known as '…'"), which
 * isTitleCase's three long words miss. Read on PolNeAR train: both such warnings were that.
 */
const MAX_EPITHET_WORDS = 6;
function isEpithet(q: Quote): boolean {
  if (q.kind !== "direct") return false;
  const words = q.text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")).filter(Boolean);
  if (words.length > MAX_EPITHET_WORDS) return false;
  const long = words.filter((w) => w.length >= 4);
  return long.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || (w.length <= 3 && /^\p{Ll}+$/u.test(w)));
}
const isTitleOrPhrase = (q: Quote) => isShortPhrase(q) || isTitleCase(q.text) || isEpithet(q);

/** A credit the story gives by a pronoun alone, which quotecheck tied to no name. */
export type PronounCredit = {
  readonly id: string;
  readonly pronouns: ReadonlySet<string>;
  /** Why the quote is credited after all, and so reported one severity lower. */
  readonly reason: string;
  /** The message's end, after the words: what the credit means and what to do. */
  readonly advice: string;
};

/**
 * Read on PolNeAR train (session 29), no-speaker warnings whose words the story credits to a pronoun
 * were none of them words the story leaves unsourced: "I said" in a first-person excerpt, a reader's
 * letter or a Q&A's answers, "she said" two sentences after "his wife, Jane", "they say" after "old
 * Iowa political hands". What failed was tying the pronoun to a name, which is the engine's work, not
 * an editor's; so these are one severity lower and say so, and the warning is kept for words no one
 * is credited with at all.
 */
export const PRONOUN_CREDITS: readonly PronounCredit[] = [
  {
    id: "first-person",
    pronouns: new Set(["i", "we", "me", "us"]),
    reason: "“I said” credits the writer, or the voice of a letter, a speech or an interview's answers",
    advice: "that is the writer or the voice of a letter, speech or interview: name the speaker if it is not the writer",
  },
  {
    id: "third-person",
    pronouns: new Set(["he", "she", "they", "it", "who", "you", "him", "her", "them"]),
    reason: "“she said” credits someone the story names nearby, whom quotecheck could not tie the pronoun to",
    advice: "quotecheck could not tie the pronoun to a name: make sure the person is named before it",
  },
];

const creditOf = (word: string | null | undefined): PronounCredit | undefined => {
  const m = word?.trim().toLowerCase();
  return m ? PRONOUN_CREDITS.find((p) => p.pronouns.has(m)) : undefined;
};

/**
 * A speaker that is a pronoun alone ("her" of "according to her", "him", "He" of "He’s said"): the
 * attribution kept the pronoun as the name because it tied it to no one. That is no speaker, as a
 * null one is; read on PolNeAR train, two such quotes ("according to him", "According to her") were
 * flagged by no rule, since no-speaker read only a null speaker and anonymous-source rightly skips
 * pronouns.
 */
// Written as a pronoun is (writtenAsPronoun): "US" and "IT" in capitals are names, no pronouns.
const speakerPronoun = (q: Quote): PronounCredit | undefined => {
  const s = q.speaker?.trim();
  return s && writtenAsPronoun(s) ? creditOf(s) : undefined;
};
export const isPronounSpeaker = (q: Quote): boolean => speakerPronoun(q) !== undefined;

/** The pronoun credit of a quote: its speaker when that is a pronoun alone, else the mention at its cue. */
export const pronounCredit = (q: Quote): PronounCredit | undefined => speakerPronoun(q) ?? creditOf(q.mention);

/** The pronoun the credit is written with, as the message quotes it. */
const pronounWritten = (q: Quote): string | undefined => (speakerPronoun(q) ? q.speaker : q.mention)?.trim();

/** One line: what is wrong, the words, and what to do. */
function message(q: Quote, question: boolean): string {
  // Reported speech is the reporter's wording: shown without marks, the message names it reported.
  const words = q.kind === "indirect" && !question ? excerpt(q.text) : `“${excerpt(q.text)}”`;
  if (question) return `question in marks with no asker named: ${words}; name who asked it if it was not the reporter or a poll`;
  const what = q.kind === "indirect" ? "reported statement" : "quote";
  const credit = pronounCredit(q);
  if (credit) return `${what} credited only to “${pronounWritten(q)}”: ${words}; ${credit.advice}`;
  return `${what} has no speaker: ${words}; say who ${q.kind === "indirect" ? "made it" : "said or wrote it"}`;
}

export const noSpeaker: CheckRule = {
  id: "no-speaker",
  description: "a quotation that no speaker is credited with",
  severity: "warning",
  run: ({ report }) => {
    const textOf = new Map(report.articles.map((a) => [a.id, a.text]));
    return spokenQuotes(report)
      .filter((q) => (q.speaker === null || q.speaker.trim() === "" || isPronounSpeaker(q)) && !isQuestionPut(q, textOf.get(q.articleId)))
      .map((q) => {
        const question = isQuestionInMarks(q, textOf.get(q.articleId));
        return {
          ...quotePlace(q),
          quoteId: q.id,
          message: message(q, question),
          ...(question || isTitleOrPhrase(q) || pronounCredit(q) ? { lesser: true } : {}),
        };
      });
  },
};
