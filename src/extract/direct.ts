import { nextMatchFinder, type Article, type Diagnostic, type Span } from "../model/index.js";
import { abbreviationBefore } from "../model/abbreviations.js";
import { LETTER, UPPER, classOf, isFormatCode, isSpaceCode } from "./chars.js";
import { MARKS, isCloseContext, isMarkCode, isSpaceLike, isWordChar, type MarkRole } from "./marks.js";
import { lowerBound } from "../model/sorted.js";
import { droppedGAt, elisionAt, pluralPossessiveAt } from "./apostrophes.js";
import { transcriptLabel } from "./transcript.js";

/** One run of words between quotation marks, at the top level of its paragraph. */
export type QuoteRun = {
  /** The words, trimmed, without marks. */
  readonly span: Span;
  /** The words with their marks (to the paragraph end when the run is not closed). */
  readonly outer: Span;
  readonly single: boolean;
  readonly closed: boolean;
  readonly truncated: boolean;
  /** Opens the paragraph as the continuation of an open quote in the previous paragraph. */
  readonly continuesPrevious: boolean;
  /** Left open at the paragraph end, and the next paragraph opens with a mark: it goes on there. */
  readonly continuesNext: boolean;
  readonly paragraph: number;
};

type Frame = {
  readonly open: number;
  readonly len: number;
  readonly mark: string;
  readonly role: MarkRole;
  children: QuoteRun[];
  /** Where a closing single mark after a stop may have been typed for this double quote's closer (-1: none). */
  typoClose: number;
};

// Every code isMarkCode accepts, and "<".
const MARK_OR_TAG = /["'`\u00ab\u00bb\u2018-\u201e\u2039\u203a<]/g;

// Deeper nesting than this is noise (a mark in every word); ignoring it keeps closing O(1).
const MAX_DEPTH = 8;

// A tag longer than this is no tag (tweets carry their whole text in an attribute: up to ~550).
const MAX_TAG = 1200;

const isBlankCode = (c: number): boolean => isSpaceCode(c) || isFormatCode(c);

/**
 * The words between two marks without the white space and the invisible format controls at their
 * edges: a bidi embedding and its pop that web text wraps the words in (“\u202aWe will …\u202c”) are
 * no part of what was said. Controls inside the words stay (the span is offsets into the text).
 */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * The first position from `from` (before `to`) that is neither white space nor an invisible format
 * control, or `to`: a bidi embedding or a zero-width space that web text carries before a
 * paragraph's first mark ("\u202a”Sorry Sarah, …” posted …") is not what the paragraph opens with.
 */
function firstVisible(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (isSpaceCode(text.charCodeAt(i)) || isFormatCode(text.charCodeAt(i)))) i++;
  return i;
}

/**
 * The character a mark at `i` reads as its neighbour on side `step` (-1 before, 1 after), past
 * invisible format controls, or undefined at `from`/`to` (the paragraph's ends). Each control is
 * stepped over only between one mark and the next, so the scan stays linear.
 */
function visibleNeighbour(text: string, i: number, step: -1 | 1, from: number, to: number): string | undefined {
  let j = i;
  while (j >= from && j < to && isFormatCode(text.charCodeAt(j))) j += step;
  return j >= from && j < to ? text[j] : undefined;
}

/**
 * Whether the words from `at` open with an ellipsis after a space ("” … in the case of", "” ... they"),
 * a word after it: what a quote that picks up mid-sentence starts with.
 */
function ellipsisOpensAt(text: string, at: number, end: number): boolean {
  if (at >= end || !isSpaceCode(text.charCodeAt(at))) return false;
  let j = at + 1;
  if (text.charCodeAt(j) === 0x2026) j++;
  else if (text.startsWith("...", j)) j += 3;
  else return false;
  if (j < end && isSpaceCode(text.charCodeAt(j))) j++;
  return j < end && isWordChar(text[j]);
}

/** A sentence ends just before the mark at `at`: "word. “" (one or more spaces after . ? ! or …). */
function sentenceEndBefore(text: string, at: number, from: number): boolean {
  let j = at - 1;
  if (j < from || !isSpaceCode(text.charCodeAt(j))) return false;
  while (j > from && isSpaceCode(text.charCodeAt(j))) j--;
  const c = text[j];
  return c === "." || c === "?" || c === "!" || c === "\u2026";
}

/**
 * A closing single mark typed where a double quote closes: right after a stop, then a space and a
 * capital that opens the next sentence ("“Let’s go. We can (hashtag)StopGunViolence.’ Schumer was in
 * the East Room …"). An apostrophe never stands there (a possessive comes before the stop), so when no
 * single quote is open it is the open double quote's closer, mistyped.
 */
function mistypedCloserAt(text: string, at: number, from: number, end: number): boolean {
  const prev = text.charCodeAt(at - 1);
  if (prev !== 46 && prev !== 33 && prev !== 63) return false;
  // "the U.S.’ interests": a stop that ends an abbreviation may take a possessive after it.
  if (prev === 46 && abbreviationBefore(text, at - 1, from)) return false;
  if (at + 2 >= end || !isSpaceCode(text.charCodeAt(at + 1))) return false;
  return (classOf(text.charCodeAt(at + 2)) & UPPER) !== 0;
}

/** A stop or a comma, after which a straight mark closes ('…," she said', '…buy." http'). */
function isStopCode(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 0x2026;
}

function bottomDoubleIndex(stack: readonly { readonly role: MarkRole }[]): number {
  for (let k = 0; k < stack.length; k++) if (!stack[k].role.single) return k;
  return -1;
}

// A reposted excerpt's lead-in ("From Jane Doe writing at The Daily Planet:", "From Bloomberg:"): a
// short paragraph that opens with "From" and ends with a colon. What follows, each paragraph opening
// with a mark that never closes, is the excerpt's text, not a quotation.
const MAX_LEAD_IN = 100;

function isExcerptLeadIn(text: string, lead: number, end: number): boolean {
  if (end - lead > MAX_LEAD_IN || !text.startsWith("From ", lead)) return false;
  let j = end - 1;
  while (j > lead && isSpaceCode(text.charCodeAt(j))) j--;
  return text[j] === ":";
}

function opensDouble(text: string, at: number): boolean {
  if (text.startsWith("''", at) || text.startsWith("``", at)) return true;
  const role = MARKS[text[at]];
  return role !== undefined && role.opens && !role.single;
}

// The credit's verbs and a name of one to three capitalised words, shared by the two credit patterns below.
const CREDIT_VERB = "(?:said|says|added|adds|wrote|writes|explained|explains)";
const CREDIT_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}";

// A credit after a comma: ", said Lind", ", says Ada Lind", ", Ada Lind said", ", she added". The
// verb list is short on purpose: the commonest credits, which no quotation holds after a comma as
// often as a credit does. Bounded repeats after a literal comma: no backtracking over the paragraph.
const CREDIT_AFTER_COMMA = new RegExp(
  `,\\s(?:${CREDIT_VERB}\\s\\p{Lu}|(?:he|she|they)\\s${CREDIT_VERB}\\b|${CREDIT_NAME}\\s${CREDIT_VERB}\\b)`,
  "u",
);
// The verbs' letters that must be in the paragraph before the regex is tried.
const CREDIT_PRECHECK = /sa(?:id|ys)|add|wr[io]te|expla/u;

/**
 * Where an unclosed quote's credit begins: the comma before ", said Lind" in `from`..`to`, or -1. Read
 * only for a quote left open at its paragraph's end that does not go on in the next one (PolNeAR
 * train: 1 such quote, its credit and the appositive after it read as the speaker's words).
 */
function creditCommaIn(text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  if (!CREDIT_PRECHECK.test(s)) return -1;
  const m = CREDIT_AFTER_COMMA.exec(s);
  return m ? from + m.index : -1;
}

// The same credit standing right before an opening straight mark, between commas: "…proportions, he
// added, "this is …"". End-anchored on a window of at most CREDIT_WINDOW characters, tried only when a
// comma is the last character before the mark.
const CREDIT_BEFORE_OPENER = new RegExp(
  `,\\s(?:${CREDIT_VERB}\\s${CREDIT_NAME}|(?:he|she|they)\\s${CREDIT_VERB}|${CREDIT_NAME}\\s${CREDIT_VERB}),\\s*$`,
  "u",
);
const CREDIT_WINDOW = 80;

/**
 * Where the credit before the opening straight mark at `at` begins: the comma before ", he added, "
 * in `from`..`at`, or -1.
 */
function creditCommaBeforeOpener(text: string, from: number, at: number): number {
  let j = at - 1;
  while (j > from && isSpaceCode(text.charCodeAt(j))) j--;
  if (text.charCodeAt(j) !== 44) return -1;
  const start = Math.max(from, at - CREDIT_WINDOW);
  const m = CREDIT_BEFORE_OPENER.exec(text.slice(start, at));
  return m ? start + m.index : -1;
}

/**
 * Scan one article for quotation runs. Linear in the text: each character is looked at once and
 * the open-mark stack is bounded. Quotes do not run across paragraphs unless the next paragraph
 * opens with a mark (the print convention for a quote going on); an unclosed quote ends at its
 * paragraph's end, truncated when the paragraph is cut or is the last one.
 */
export function scanQuoteRuns(article: Article): { runs: QuoteRun[]; diagnostics: Diagnostic[] } {
  const text = article.text;
  const paras = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: text.length }];
  const cutEnds = new Set(article.cuts.map((c) => c.end));
  const runs: QuoteRun[] = [];
  const diagnostics: Diagnostic[] = [];
  // The scan's notes are all info about one mark at `at`.
  const note = (reason: string, at: number, ruleId: string): void => {
    diagnostics.push({ reason, documentId: article.documentId, articleId: article.id, span: { start: at, end: at + 1 }, ruleId, stage: "extract", severity: "info" });
  };
  let deepWarned = false;
  let carry = false; // the previous paragraph left a double quote open
  // The next quote mark or "<" at or after i: the loop below looks only at marks.
  const nextMark = nextMatchFinder(MARK_OR_TAG, text);

  // Markup left in text (<tweet author="…">): where the next ">" and the next "<" stand, found by
  // native searches and kept until passed, so a tag is skipped in one step and the text is searched
  // once however many "<" it holds. A tag may run over a line break into the next paragraph.
  const nextOf = (ch: string): ((i: number) => number) => {
    let from = Infinity;
    let at = -1;
    return (i) => {
      if (i < from || at < i) {
        at = text.indexOf(ch, i);
        if (at < 0) at = text.length;
        from = i;
      }
      return at;
    };
  };
  const nextGt = nextOf(">");
  const nextLt = nextOf("<");
  let tagEnd = -1; // the ">" of a tag that ran past its paragraph's end

  let excerpt = false; // the paragraphs since a "From X writing at Y:" lead-in are one excerpt
  // A paragraph opened with a straight double mark left open, holding someone's words in curly double
  // marks (a partial quotation, in lower case: "what she called a “rant,”"), is pasted text: the
  // straight mark is the paste's, the curly ones the pasted story's own. Not a name or a title in
  // capitals ("its “Bathroom Bill,”"): a statement quoted over paragraphs holds those. Nor a
  // transcript's turn ('"PENCE: …'), which is speech. Once one paragraph shows the paste, the
  // article's other paragraphs opened with a straight mark left open are pasted too.
  let pastedStraight = false;
  const pastedParagraph = (frame: Frame, end: number): boolean => {
    if (frame.mark !== '"' || frame.len !== 1) return false;
    if (!pastedStraight && !holdsLowerCurly(frame)) return false;
    if (transcriptLabel(text, { start: frame.open + 1, end }) !== null) return false;
    return (pastedStraight = true);
  };
  const holdsLowerCurly = (frame: Frame): boolean => {
    for (const c of frame.children) {
      const m = text.charCodeAt(c.outer.start);
      if ((m === 0x201c || m === 0x201e) && (classOf(text.charCodeAt(c.span.start)) & (LETTER | UPPER)) === LETTER) return true;
    }
    return false;
  };

  // The paragraph being scanned: its open marks (innermost last), its quotes, and what the helpers
  // below need to know of it. The helpers are made once per article, not per paragraph (a context
  // and seven closures for each paragraph with a mark were most of this scan's garbage).
  let p = 0;
  let stack: Frame[] = [];
  let top: QuoteRun[] = [];
  let continuing = false;
  let paraLead = 0;
  let continuingFrame: Frame | null = null;
  let closeLen = 1;
  let closedAtOpener = false; // the paragraph's last straight double mark closed a quote in opening position
  // Where the paragraph's straight double marks stand, found when a rule needs to count them.
  let straightOf = -1;
  const straightAt: number[] = [];
  const straightFrom = (at: number, pe: number): number => {
    if (straightOf !== p) {
      straightOf = p;
      straightAt.length = 0;
      for (let j = text.indexOf('"', paras[p].start); j >= 0 && j < pe; j = text.indexOf('"', j + 1)) straightAt.push(j);
    }
    return straightAt.length - lowerBound(straightAt, at);
  };
  const record = (frame: Frame, close: number, closed: boolean, truncated: boolean, continuesNext: boolean) => {
    const span = trimSpan(text, frame.open + frame.len, close);
    if (span.end <= span.start) return;
    const run: QuoteRun = {
      span,
      outer: { start: frame.open, end: closed ? close + closeLen : close },
      single: frame.role.single,
      closed,
      truncated,
      continuesPrevious: frame === continuingFrame,
      continuesNext,
      paragraph: p,
    };
    const parent = stack[stack.indexOf(frame) - 1];
    if (parent) parent.children.push(run);
    else top.push(run);
  };
  // Marks left open inside a frame were apostrophes or stray; what they held belongs to the parent.
  const drop = (frame: Frame) => {
    const idx = stack.indexOf(frame);
    const parent = stack[idx - 1];
    const into = parent ? parent.children : top;
    for (const c of frame.children) into.push(c);
  };
  // Frames above `k` were not quotes after all: their children go to the frame below them.
  const dropAbove = (k: number) => {
    while (stack.length - 1 > k) {
      drop(stack[stack.length - 1]);
      stack.pop();
    }
  };
  const closeTo = (k: number, at: number, closed = true) => {
    dropAbove(k);
    record(stack[k], at, closed, false, false);
    stack.pop();
  };
  const findCloser = (mark: string): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].role.closers.includes(mark)) return k;
    return -1;
  };
  const openDoubleAbove = (k: number): boolean => {
    for (let j = stack.length - 1; j > k; j--) if (!stack[j].role.single) return true;
    return false;
  };
  const push = (at: number, mark: string, len = 1) => {
    if (stack.length >= MAX_DEPTH) {
      if (!deepWarned) {
        deepWarned = true;
        note(`quote marks nested deeper than ${MAX_DEPTH}; the deeper ones are ignored`, at, "extract/marks-too-deep");
      }
      return;
    }
    const frame: Frame = { open: at, len, mark, role: MARKS[mark], children: [], typoClose: -1 };
    stack.push(frame);
    if (continuing && at === paraLead) continuingFrame = frame;
  };

  for (p = 0; p < paras.length; p++) {
    const { start: ps, end: pe } = paras[p];
    const lead = firstVisible(text, ps, pe);
    const opensWithMark = lead < pe && opensDouble(text, lead);
    const inExcerpt: boolean = excerpt && opensWithMark;
    // No mark and no tag in the paragraph (most paragraphs): nothing opens or closes, so only the
    // state carried to the next paragraph changes.
    if (nextMark(Math.max(ps, tagEnd + 1)) >= pe) {
      carry = false;
      excerpt = inExcerpt || isExcerptLeadIn(text, lead, pe);
      continue;
    }
    stack = [];
    top = [];
    continuing = carry && opensWithMark;
    paraLead = lead;
    continuingFrame = null;
    closeLen = 1;
    closedAtOpener = false;

    for (let i = Math.max(ps, tagEnd + 1); i < pe; i++) {
      i = nextMark(i);
      if (i >= pe) break;
      const code = text.charCodeAt(i);
      if (code === 60) {
        // Markup left in text (<tweet author="…">, <a href="…">): its attribute quotes are not quotes.
        const gt = nextGt(i + 1);
        if (gt - i < MAX_TAG && /^<\/?[a-z]/i.test(text.slice(i, i + 3)) && nextLt(i + 1) > gt) {
          i = gt;
          if (gt >= pe) tagEnd = gt;
        }
        continue;
      }
      if (!isMarkCode(code)) continue;
      // A straight double mark typed against a curly opening one ('"“We will win,” he said …', '“"We …')
      // is one opening mark, the curly one: read as two, the straight one opened a quote that ran over
      // the narration after the curly quote to the paragraph's end.
      if (code === 34 && ((i + 1 < text.length && text.charCodeAt(i + 1) === 0x201c) || (i > ps && text.charCodeAt(i - 1) === 0x201c))) continue;
      // So is “ typed twice (““Terror is …”): read as two, the first opened a quote that the one
      // closer left open, and the words came out with the second mark and to the paragraph's end.
      // Exactly two: a longer run of them is noise that the depth cap reports.
      if (code === 0x201c && text.charCodeAt(i + 1) === 0x201c && text.charCodeAt(i + 2) !== 0x201c && text.charCodeAt(i - 1) !== 0x201c) continue;
      let ch = text[i];
      let len = 1;
      closeLen = 1;
      if (ch === "'" && text[i + 1] === "'") {
        // Two apostrophes stand for a double mark in some archives (''like this''). Of three, one
        // closes an inner single quote first when one is open.
        const triple = text[i + 2] === "'";
        const innerSingle = stack.length > 0 && stack[stack.length - 1].mark === "'";
        if (triple && innerSingle) {
          closeTo(stack.length - 1, i);
          i++;
        }
        ch = '"';
        len = 2;
        closeLen = 2;
      } else if (ch === "`") {
        // One backtick is code or a grave accent, three or more fence code: only two open a quote.
        let run = 1;
        while (text.charCodeAt(i + run) === 96) run++;
        if (run !== 2) {
          i += run - 1;
          continue;
        }
        len = 2;
      } else if (code === 0x201c && text.charCodeAt(i + 1) === 34) {
        // “" typed for one opening mark (see above): the quote's words start after both.
        len = 2;
      }
      const role = MARKS[ch];
      if (!role) continue;
      const prev = visibleNeighbour(text, i - 1, -1, ps, pe);
      const next = visibleNeighbour(text, i + len, 1, ps, pe);
      const wordBefore = isWordChar(prev);
      const wordAfter = isWordChar(next);
      const spaceBefore = isSpaceLike(prev) || (prev !== undefined && isMarkCode(prev.charCodeAt(0)));
      const spaceAfter = isCloseContext(next);

      if (role.single) {
        // An apostrophe inside a word ("weren’t", "Assad’s", "rock'n'roll") is never a mark.
        if (wordBefore && wordAfter) continue;
        const k = findCloser(ch);
        // Quotes nest: a double quote opened inside a single one closes first, so a single mark
        // while that double quote is still open is an apostrophe ("‘bout … “… residents’ homes”").
        if (k >= 0 && !spaceBefore && !wordAfter && !openDoubleAbove(k)) {
          // "'The Joneses' house was hit,' she said": a plural possessive, not the closing mark.
          if (pluralPossessiveAt(text, i, pe)) continue;
          // "‘Lyin’ Ted’": a dropped g's apostrophe, the quote closing later in its sentence.
          if (wordBefore && droppedGAt(text, i, pe)) continue;
          closeTo(k, i);
          continue;
        }
        // "since the '80s", "fight 'em": an elision, not an opening mark.
        if (role.opens && !wordBefore && !spaceAfter && !elisionAt(text, i)) push(i, ch);
        else if (k < 0 && stack.length > 0 && !stack[stack.length - 1].role.single && stack[stack.length - 1].typoClose < 0 && mistypedCloserAt(text, i, ps, pe)) {
          // The double quote may end here: decided at the paragraph's end, if no double mark closed it.
          stack[stack.length - 1].typoClose = i;
        }
        // Otherwise a possessive ("Sanders’ "), an elision ("’90s") or a stray mark.
        continue;
      }

      // Double marks and guillemets.
      const k = findCloser(ch);
      const openerPlace = spaceBefore && !spaceAfter;
      if (role.straight) {
        // It closes its own kind, or a curly mark where it cannot be opening a nested quote. With
        // nothing open, a mark after a word or a stop and before a space ('buy." http://…', a
        // paragraph that goes on a quote whose opening mark it never printed) closes nothing and
        // opens nothing: opened there, it made the rest of the paragraph a quote. Unless the last
        // straight mark closed a quote where it could have opened one ('says, "I'd like …," you
        // know, …."', 'kept saying "trust me" over and over,"': a quote nested in marks of the same
        // kind), when this one, after a stop or a word, ends that nested quote and the outer one goes
        // on after it.
        // A straight quote left open before its credit ('"Absent a deal, he added, "the port will close."'):
        // the closing mark before ", he added," was left out, and this mark opens the quote that goes
        // on. Only where this mark and the straight marks after it pair up among themselves (an even
        // number): a quote nested in straight marks after a credit inside the outer one ('"When I met
        // him, he said, "We will win," and I believed him,"') leaves an odd number, the outer closer.
        if (openerPlace && len === 1 && k >= 0 && stack[k].mark === '"' && k === bottomDoubleIndex(stack)) {
          const comma = creditCommaBeforeOpener(text, stack[k].open + stack[k].len, i);
          if (comma >= 0 && straightFrom(i, pe) % 2 === 0) {
            const frame = stack[k];
            dropAbove(k);
            record(frame, comma + 1, false, false, false);
            const parent = stack[k - 1];
            const into = parent ? parent.children : top;
            for (const c of frame.children) if (c.outer.start > comma) into.push(c);
            stack.pop();
            note("quotation mark opened but not closed; a credit after a comma inside it (“…, he added, ”) marks where it ends", frame.open, "extract/unclosed-before-cue");
            push(i, ch, len);
            continue;
          }
        }
        if (k >= 0 && (stack[k].role.straight || !openerPlace)) {
          closedAtOpener = openerPlace;
          closeTo(k, i);
        } else if (!((wordBefore || isStopCode(prev)) && spaceAfter && !closedAtOpener)) push(i, ch, len);
        if (len === 2) i++;
        continue;
      }
      // “ at a sentence start while an outer “ is still open: the writer never closed the first
      // quote and opens a new one (“and said, … shell-shocked. “And she said, …,” she said.). The
      // first ends there, unclosed; nested quotes use single marks, so this is no nesting.
      if (ch === "\u201C" && openerPlace && k >= 0 && stack[k].mark === "\u201C" && sentenceEndBefore(text, i, ps)) {
        if (bottomDoubleIndex(stack) === k) {
          closeTo(k, i, false);
          push(i, ch, len);
          if (len === 2) i++;
          continue;
        }
      }
      if (k >= 0) {
        const frameMark = stack[k].mark;
        // “ closes „ always; it closes a sloppy “ … “ only where it cannot be opening a new quote.
        const closes = ch === "\u201C" ? frameMark === "\u201E" || !openerPlace : ch === "\u00AB" ? !openerPlace : true;
        if (closes) {
          closeTo(k, i);
          continue;
        }
      }
      if (!role.opens || wordBefore) continue;
      // ” and » open only in opening position (Swedish ” … ”, German » … «); elsewhere they are strays.
      // ” before a space and an ellipsis is in opening position too: smart quotes turned the opening
      // mark of a quote that starts with an ellipsis into a closer ("” … in the case of …,” wrote …").
      if ((ch === "\u201D" || ch === "\u00BB") && !openerPlace && !(ch === "\u201D" && spaceBefore && ellipsisOpensAt(text, i + 1, pe))) continue;
      push(i, ch, len);
      if (len === 2) i++;
    }

    // Paragraph end: single marks left open were apostrophes; the outermost open double mark is a
    // quote that goes on in the next paragraph, was cut, or was never closed.
    const bottomDouble = bottomDoubleIndex(stack);
    dropAbove(bottomDouble);
    carry = false;
    if (bottomDouble >= 0 && stack[bottomDouble].open === lead && (inExcerpt || pastedParagraph(stack[bottomDouble], pe))) {
      // An excerpt paragraph: its opening mark, never closed, marks the excerpt, not a quote;
      // the quotes inside it are the quotes.
      drop(stack[bottomDouble]);
      stack.pop();
    } else if (bottomDouble >= 0) {
      const frame = stack[bottomDouble];
      const nextPara = paras[p + 1];
      let nextOpens = false;
      if (nextPara) {
        const j = firstVisible(text, nextPara.start, nextPara.end);
        nextOpens = j < nextPara.end && opensDouble(text, j);
      }
      const cut = cutEnds.has(pe) || p === paras.length - 1;
      const continuesNext = nextOpens && !cut;
      const truncated = !continuesNext && cut;
      if (frame.typoClose >= 0 && !nextOpens) {
        // Never closed, and a single mark after a stop stood where it would close: the quote ends
        // there, and the quotes the narration after it holds are the paragraph's own.
        const at = frame.typoClose;
        closeLen = 1;
        record(frame, at, true, false, false);
        const parent = stack[bottomDouble - 1];
        const into = parent ? parent.children : top;
        for (const c of frame.children) if (c.outer.start > at) into.push(c);
        stack.pop();
        carry = false;
        note("quotation opened with a double mark and closed with a single one after a stop; the quote is taken to end there", at, "extract/mistyped-close");
        excerpt = inExcerpt || isExcerptLeadIn(text, lead, pe);
        top.sort((a, b) => a.span.start - b.span.start);
        for (const r of top) runs.push(r);
        continue;
      }
      const cueComma = continuesNext || truncated ? -1 : creditCommaIn(text, frame.open + frame.len, pe);
      if (cueComma >= 0) {
        // Never closed, and the credit stands after a comma inside it ("“There was no money left,
        // said Lind, who …"): the closing mark was left out before the comma, and the quote ends there.
        record(frame, cueComma + 1, false, false, false);
        const parent = stack[bottomDouble - 1];
        const into = parent ? parent.children : top;
        for (const c of frame.children) if (c.outer.start > cueComma) into.push(c);
        stack.pop();
        carry = false;
        note("quotation mark opened but not closed; a credit after a comma inside it (“…, said Lind”) marks where it ends", frame.open, "extract/unclosed-before-cue");
        excerpt = inExcerpt || isExcerptLeadIn(text, lead, pe);
        top.sort((a, b) => a.span.start - b.span.start);
        for (const r of top) runs.push(r);
        continue;
      }
      // Drop what sits above the frame (none after the loop above), then record it at the end.
      record(frame, pe, false, truncated, continuesNext);
      stack.pop();
      carry = continuesNext;
      if (!continuesNext && !truncated) {
        note("quotation mark opened but not closed before the paragraph ends; the quote is taken to end there", frame.open, "extract/unclosed-quote");
      }
    }
    excerpt = inExcerpt || isExcerptLeadIn(text, lead, pe);
    top.sort((a, b) => a.span.start - b.span.start);
    // One push a run, not push(...top): a spread passes every element as an argument, and a paragraph
    // with a mark on every word has more runs than the call stack holds.
    for (const r of top) runs.push(r);
  }
  return { runs, diagnostics };
}
