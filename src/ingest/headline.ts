import { agencyDateline } from "./agency-dateline.js";
import { isHeadingLike } from "./article.js";
import { isDateLine, isUpdateLine } from "./dates.js";
import { isSectionLabel } from "./section-labels.js";
import { datelineOf, isByLine } from "./segments.js";

/**
 * A headline that ends on a full stop ("Storm closes the port.") looks like a sentence; what stands
 * under it shows that it stands above the story. Each row is one such sign, read on the text's first
 * paragraphs (the first one 160 characters or fewer, the caller checks); `paragraphs` is how many
 * stand above the story: the headline, and a deck under it when there is one.
 */
export type HeadlineMark = {
  readonly id: string;
  readonly reason: string;
  /** `file` is the document's name without folder or extension ("" when it has none, as stdin). */
  readonly test: (paras: readonly string[], file: string) => boolean;
  readonly paragraphs: number;
};

/** A deck (a subheading) is a line of one sentence, not a paragraph of the story. */
const DECK_MAX = 120;
const isDeck = (p: string): boolean => p.length <= DECK_MAX && !p.includes("\n") && !/[.!?] \p{Lu}/u.test(p);

// The field labels an archive's export writes between the headline and the text (ProQuest's The
// New York Times: "ABSTRACT." over its summary, "FULL TEXT." over the story).
const ARCHIVE_LABEL = /^(?:ABSTRACT|Abstract|SUMMARY|Summary|FULL TEXT|Full [Tt]ext)[.:]?$/;

/** The words of a text in lower case, letters only: "Clinton's 90%" gives clinton-s (digits are dropped, as slugs often drop them). */
const letterWords = (s: string): string => (s.normalize("NFKD").toLowerCase().match(/[a-z]+/g) ?? []).join("-");

// A file's name holds its headline after any prefix of outlet, date or number ("reuters_2016-05-05_",
// "2016-05-05 "): the parts after an underscore or a run of digits.
const NAME_PART = /(?:^|_|\d[\d_ .-]*)([^_\d][^_]*)/g;
// Fewer letters than this (about three words) match too many first sentences by chance.
const MIN_NAME_MATCH = 14;

/**
 * A file saved under its headline ("paul-ryan-says-he-s-not-ready-to.txt", "Storm closes the
 * port.html"; a slug cut short, even mid-word): its name spells the opening words of `para`.
 */
export function namedAfter(file: string, para: string): boolean {
  if (!file || para.length > 200) return false;
  const words = letterWords(para);
  for (const m of file.matchAll(NAME_PART)) {
    const name = letterWords(m[1]);
    if (name.length >= MIN_NAME_MATCH && name.includes("-") && words.startsWith(name)) return true;
  }
  return false;
}

// A headline's quotation in single marks ('deportation force', ‘doom and despair’), as headlines
// write them, where the story writes double ones; an apostrophe ("Clinton's") opens none.
const SINGLE_QUOTED = /(?:^|[\s(])['‘]\p{L}[^'‘’"“”\n]{0,60}[\p{L}\d.!?,]['’](?=$|[\s.,;:!?)])/u;
const DOUBLE_MARK = /["“”]/;
/** One sentence of a line, as a headline is: no sentence ends inside it. */
const isOneSentence = (p: string): boolean => p.length <= 120 && !p.includes("\n") && !/[.!?]["”’']? +["“‘']?\p{Lu}/u.test(p);

const opensOnDateline = (p: string | undefined): boolean => p !== undefined && (datelineOf(p) !== null || agencyDateline(p) !== null);
/** A date alone on its line ("March 5, 2031"), as a page's top prints it. */
const isDateAlone = (p: string | undefined): boolean => p !== undefined && p.length <= 60 && isDateLine(p);

export const HEADLINE_MARKS: readonly HeadlineMark[] = [
  {
    id: "over-dateline",
    reason: "a dateline opens the next paragraph: 'Storm closes the port.' over 'HAVANA (AP) — …' or 'Cleveland (AFP) – …'",
    test: (p) => !opensOnDateline(p[0]) && opensOnDateline(p[1]),
    paragraphs: 1,
  },
  {
    id: "over-deck-and-dateline",
    reason: "a deck of one line stands between it and the dateline: 'Germany targets a surge of vitriol.' / 'As hate speech grows, so does debate on free expression.' / 'BERLIN - …'",
    test: (p) => p.length > 2 && isDeck(p[1]) && !opensOnDateline(p[0]) && !opensOnDateline(p[1]) && opensOnDateline(p[2]),
    paragraphs: 2,
  },
  {
    id: "over-byline",
    reason: "a byline stands under it: 'Storm closes the port.' over 'By Jane Roe' (a story opens under its byline, a sentence of it does not)",
    test: (p) => p.length > 2 && isByLine(p[1]),
    paragraphs: 1,
  },
  {
    id: "over-deck-and-byline",
    reason: "a deck of one line stands between it and the byline: 'Storm closes the port.' / 'City says it had no choice as the river rose.' / 'By Jane Roe'",
    test: (p) => p.length > 3 && isDeck(p[1]) && !isByLine(p[1]) && !opensOnDateline(p[1]) && isByLine(p[2]),
    paragraphs: 2,
  },
  {
    id: "over-archive-label",
    reason: "an archive's field label stands under it ('ABSTRACT.', 'FULL TEXT.'): the line above the fields is the headline",
    test: (p) => p.length > 2 && ARCHIVE_LABEL.test(p[1].trim()),
    paragraphs: 1,
  },
  {
    id: "named-by-file",
    reason: "the file is named after it ('clinton-blasts-trump-over-deport.txt' over 'Clinton blasts Trump over …'): scrapers and browsers save a page under its headline",
    test: (p, file) => namedAfter(file, p[0]),
    paragraphs: 1,
  },
  {
    id: "single-quoted",
    reason: "one short sentence that quotes in single marks over a paragraph that quotes in double ones, or none: 'Obama slams GOP’s ‘doom and despair’ on economy.' is a headline's style",
    test: (p) => isOneSentence(p[0]) && SINGLE_QUOTED.test(p[0]) && !DOUBLE_MARK.test(p[0]) && p[1].length >= 1.5 * p[0].length && !/^['‘]/.test(p[1]),
    paragraphs: 1,
  },
];

// A headline an archive writes over its deck ends on a semicolon: "Jobs report gives Democrats a lift;"
// over "Solid upturn, with a rise in hourly earnings, could blunt Republican claims." (the two
// lines are one headline in print, the deck its second part).
const OPEN_TO_DECK = /\s*;\s*$/;

/**
 * The headline `paras[0]` is, cleaned of the semicolon that joins it to its deck, and how many
 * paragraphs stand above the story: 2 when a deck follows the semicolon, else 1.
 */
export function headlineAndDeck(paras: readonly string[]): { readonly title: string; readonly paragraphs: number } {
  const head = paras[0];
  if (!head.includes(";") || !OPEN_TO_DECK.test(head)) return { title: head, paragraphs: 1 };
  const title = head.replace(OPEN_TO_DECK, "");
  const deck = paras.length > 2 && isDeck(paras[1]) && !opensOnDateline(paras[1]);
  return { title, paragraphs: deck ? 2 : 1 };
}

/**
 * How many paragraphs under a headline of one paragraph (`paras[0]`) belong to it, 0 or 1: a deck
 * (a standfirst of one line) that a byline, a date line or a dateline follows, a deck written
 * without a final stop (a story's sentence ends on one) over a longer paragraph, or a section
 * label ("LETTERS.", "Analysis"). A one-sentence lede over the story is none: nothing tells it from
 * a deck written as a sentence, and a lede is the story's.
 */
export function deckUnder(paras: readonly string[]): number {
  const [, deck, next] = paras;
  if (deck === undefined || next === undefined) return 0;
  if (isSectionLabel(deck)) return 1;
  // An "Updated …" line is the header's, no deck (build.ts reads it as a bound on the date).
  if (!isDeck(deck) || opensOnDateline(deck) || isByLine(deck) || isDateAlone(deck) || isUpdateLine(deck) || isEditorsNote(deck)) return 0;
  if (isByLine(next) || isDateAlone(next) || opensOnDateline(next)) return 1;
  return /[\p{L}\d]$/u.test(deck) && next.length > deck.length ? 1 : 0;
}

/** The first mark that shows `paras[0]` to be a headline, or null. */
export function headlineMark(paras: readonly string[], file = ""): HeadlineMark | null {
  return HEADLINE_MARKS.find((m) => m.test(paras, file)) ?? null;
}

/**
 * A short note a mail's sender writes above the story it forwards ("See below.", "FYI", "Thought
 * you'd want this —"): one row a shape such a note takes. A question is one only when it asks about
 * the thing sent ("Did you see this?"): a headline asks as often as a note ("Is the port worth saving?").
 */
// What a question on "anyone" asks the people sent a story when it asks about the story: the thing
// itself ("this", "it"), or whether they saw, read, follow or know of it.
const ASKS_ABOUT_IT = /\b(?:this|these|that|it|see|seen|saw|read|heard|hear|know|knew|follow|following|watch|watching|catch|caught|else)\b/i;

export type NoteShape = { readonly id: string; readonly reason: string; readonly test: (p: string) => boolean };

export const NOTE_SHAPES: readonly NoteShape[] = [
  {
    id: "note-stop",
    reason: "a line that ends on a full stop, an exclamation, a colon, a comma or a dash (not a semicolon, which joins an archive's headline to its deck) ('See below.', 'Have a look at this:', 'Hi all,', 'Thought you'd want this —'): a headline over a headline-like line does not",
    test: (p) => /[.!:,…—–-]$/.test(p),
  },
  {
    id: "note-lower-case",
    reason: "a line in lower case, as chat is written ('fyi, interesting one'); a headline opens on a capital",
    test: (p) => /^\p{Ll}/u.test(p),
  },
  {
    id: "note-question",
    reason: "a short question to the people sent it about the thing sent ('Did you see this?', 'Seen this?', 'Heard about this?', 'Thoughts?', 'Anyone following this?', 'Anybody know more?'): a headline's question asks about its story ('Is the port worth saving?', 'Who pays for this?', 'Anyone home?')",
    // Ending on "this" is not enough: "Who pays for this?" is a headline. The note asks the reader
    // ("you"), or drops its subject as chat does ("Seen this?", "Heard about this?"). One on
    // "anyone" asks the people sent it about the thing sent, or what they know of it; "Anyone home?"
    // asks neither and is a feature's headline.
    test: (p) =>
      /\?$/.test(p) &&
      p.split(/\s+/).length <= 5 &&
      ((/\b(?:this|these)\?$/i.test(p) && /\byou\b|^(?:seen|saw|heard|read)\b/i.test(p)) ||
        /^(?:thoughts|any thoughts|seen)\b/i.test(p) ||
        (/^(?:anyone|anybody)\b/i.test(p) && ASKS_ABOUT_IT.test(p))),
  },
  {
    id: "note-abbreviation",
    reason: "one short word in capitals ('FYI', 'FWIW', 'NB'): a section label in capitals is read before this",
    test: (p) => /^\p{Lu}{2,5}[.!:]?$/u.test(p),
  },
];

/**
 * An editor's note over a story ("Editor's note: Who pays for the dredging?", "EDITOR'S NOTE — This
 * story has been updated.", "A note to readers: …"): the paper speaking to its readers about the
 * story, never its headline, whatever it ends on. Read as a headline, the marks under it (a dateline,
 * a deck and a byline) made it the title and the real headline its deck. One row a label.
 */
export const EDITOR_NOTE_LABELS: readonly { readonly id: string; readonly reason: string; readonly pattern: RegExp }[] = [
  { id: "editors-note", reason: "'Editor's note:', 'Editors' Note —', 'Publisher's note:' open the paper's word to its readers", pattern: /^(?:editor|publisher)s?['’]?s? note\s*[:.—–-]/i },
  { id: "note-to-readers", reason: "'Note to readers:', 'A note to our readers —' open the same", pattern: /^(?:an? )?note to (?:our )?readers\s*[:.—–-]/i },
];

/** Whether paragraph `p` opens on an editor's note's label (EDITOR_NOTE_LABELS). */
export function isEditorsNote(p: string): boolean {
  // Cheap precheck: every label has "note" in its first 30 characters.
  if (!/note/i.test(p.slice(0, 30))) return false;
  return EDITOR_NOTE_LABELS.some((r) => r.pattern.test(p));
}

// How a sender's lead-in speaks, where a headline does not: as "I" or "we" to "you" (in lower case
// or opening the line: "US" is a country, and "we" inside a headline's quotation marks is its
// speaker's), or pointing at the story sent ("below", "attached", "this morning's", "in case",
// "for those who"). Case-sensitive on purpose.
const SENDER_WORDS = /(?:^|[\s(])(?:I|I['’](?:m|ve|d)|[Mm]e|[Mm]y|[Yy]ou|[Yy]ou['’](?:d|re)|[Yy]our|[Ww]e|[Uu]s|[Oo]ur|[Bb]elow|[Aa]ttached|FYI|[Hh]ere['’]s|[Ii]n case|[Ff]or those who|[Pp]assing (?:this|it) (?:on|along)|[Ww]orth a (?:read|look)|(?:[Tt]his morning|[Tt]oday|[Tt]onight|[Yy]esterday|[Ll]ast night)['’]s)(?=$|[\s,.!:;)])/;
const QUOTED_RUN = /["“‘][^"“”‘’]{0,80}["”’]/g;
/** Whether a lead-in speaks as its sender, outside any quotation marks (a headline quotes its speaker's "we"). */
const speaksAsSender = (p: string): boolean => SENDER_WORDS.test(/["“‘]/.test(p) ? p.replace(QUOTED_RUN, " ") : p);

// A note is short: a line, no more than this (a paragraph of the story is longer).
const NOTE_MAX = 60;
const isNote = (p: string): boolean => p.length <= NOTE_MAX && !p.includes("\n") && !opensOnDateline(p) && !isByLine(p) && NOTE_SHAPES.some((s) => s.test(p));
/** A headline: one line with no final stop, or in headline capitals. */
const isTitleLike = (p: string): boolean => p.length <= DECK_MAX && !p.includes("\n") && !isByLine(p) && !opensOnDateline(p) && (!/[.!?]["”’]?$/.test(p) || isHeadingLike(p));

/**
 * How many paragraphs at the text's top (0, 1 or 2: "Hi all," over "See below.") are the sender's
 * note above a forwarded story: note-shaped lines over a headline-like line and a byline or the
 * story's dateline, or a lead-in over the story's dateline.
 * The note is neither the headline nor, with the headline under it, the headline's deck.
 */
export function notesAbove(paras: readonly string[]): number {
  // A lead-in on a colon ("From this morning's Gazette:", "See below:") straight over the story's
  // dateline: it introduces what follows, and no headline ends on a colon. One on a full stop or an
  // exclamation is one only when it speaks as a sender does (SENDER_SPEAKS): a headline may end on a
  // full stop over its dateline ("Storm closes the port.", headline.ts over-dateline).
  if (paras.length > 1 && isNote(paras[0]) && opensOnDateline(paras[1]) && (paras[0].endsWith(":") || (/[.!]$/.test(paras[0]) && speaksAsSender(paras[0])))) return 1;
  for (let n = 1; n <= 2; n++) {
    const note = paras[n - 1] ?? "";
    if (!isNote(note)) return 0;
    if (paras.length > n + 2 && isTitleLike(paras[n]) && isByLine(paras[n + 1])) return n;
    // Over a headline with the dateline straight under it (no byline): a note on a full stop
    // must speak as a sender does, as "Storm closes the port." over its deck is a headline.
    if (paras.length > n + 1 && isTitleLike(paras[n]) && opensOnDateline(paras[n + 1]) && (!/[.!]$/.test(note) || speaksAsSender(note))) return n;
  }
  return 0;
}
