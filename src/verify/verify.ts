import { compareTwoStrings } from "string-similarity";
import type { Article, Quote, Span } from "../model/index.js";
import { bigramKey, buildSourceIndex, STRIDE, type SourceIndex, type SourceUnit } from "./source-index.js";
import { articleCitation } from "../conflicts/explain.js";
import { hasEvidence } from "./evidence.js";
import { sameSpeaker, surname, withoutParticle } from "./speakers.js";
import { ELLIPSIS, shownAt, tokenize, type Tokens } from "./tokens.js";
import { wordDiff, type DiffOp } from "./word-diff.js";
import { diffArrays } from "diff";

export type VerifyStatus = "verbatim" | "changed" | "other-speaker" | "partial" | "not-found";

export type SourceMatch = {
  readonly articleId: string;
  readonly documentId: string;
  readonly outlet: string | null;
  readonly published: string | null;
  /** Offsets of the matched words in the source article's text. */
  readonly span: Span;
  readonly text: string;
  /** Who the source credits with these words (the source quote that holds them), if anyone. */
  readonly speaker: string | null;
  readonly quoteId: string | null;
  /** The source article as a reader finds it: outlet, title (else file) and date (articleCitation). */
  readonly citation: string;
};

export type VerifyItem = {
  readonly quoteId: string;
  readonly documentId: string;
  readonly articleId: string;
  readonly span: Span;
  readonly text: string;
  readonly speaker: string | null;
  readonly status: VerifyStatus;
  /** Dice coefficient (string-similarity) of the quote and the matched source words. */
  readonly similarity: number;
  /** Share of the quote's words found, in order, in the source. */
  readonly coverage: number;
  /** Source words into draft words; empty when verbatim. */
  readonly diff: readonly DiffOp[];
  readonly match: SourceMatch | null;
  /** The draft quote's words that the source does not have (for partial matches). */
  readonly missing: string | null;
  readonly speakerCheck: "same" | "different" | "unknown";
  readonly message: string;
};

export type VerifyInput = {
  readonly articles: readonly Article[];
  readonly quotes: readonly Quote[];
};

export type VerifyResult = {
  readonly items: readonly VerifyItem[];
  /** Draft quotes not checked word for word: reported speech paraphrases by nature. */
  readonly skipped: readonly { readonly quoteId: string; readonly text: string; readonly reason: string }[];
  readonly counts: Readonly<Record<VerifyStatus, number>>;
};

export const isProblem = (s: VerifyStatus): boolean => s !== "verbatim";

// Thresholds: a "changed" quote keeps at least half its words in order and a Dice score of 0.5;
// "partial" needs a found stretch and a missing stretch of at least three words each.
const MIN_COVERAGE = 0.5;
const MIN_DICE = 0.5;
const MAX_POSTINGS = 5000;
const MAX_CANDIDATES = 12;
/**
 * A quote of this many written words or fewer ("disgusting", "strong leader") is in any article, in
 * narration and in others' quotes alike: it is this quote only where a source quote credits the
 * words to the draft's speaker. Its one word votes for every unit that holds it, so more of them
 * are read to find that one.
 */
export const SHORT_QUOTE_WORDS = 2;
const MAX_SHORT_CANDIDATES = 200;

type Pair = { readonly op: "same" | "add" | "del"; readonly si: number; readonly di: number };

/** Token alignment of source keys into draft keys (jsdiff over word arrays). */
function align(src: readonly string[], dst: readonly string[]): Pair[] {
  const out: Pair[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(src as string[], dst as string[])) {
    const n = part.count ?? part.value.length;
    for (let k = 0; k < n; k++) {
      if (part.added) out.push({ op: "add", si: -1, di: j++ });
      else if (part.removed) out.push({ op: "del", si: i++, di: -1 });
      else out.push({ op: "same", si: i++, di: j++ });
    }
  }
  return out;
}

type Evaluated = {
  unit: SourceUnit;
  span: Span;
  srcFrom: number;
  srcTo: number;
  matched: number;
  endsMissing: number;
  interior: number;
  coverage: number;
  dice: number;
  missing: string | null;
  /** The draft keys met in the source, each written word once (for the evidence weight). */
  met: number[];
};

function candidates(q: Tokens, index: SourceIndex, limit = MAX_CANDIDATES): { unit: number; diag: number }[] {
  const votes = new Map<string, number>();
  const vote = (postings: readonly number[] | undefined, i: number, w: number) => {
    if (!postings || postings.length > MAX_POSTINGS) return;
    for (const p of postings) {
      const key = `${Math.floor(p / STRIDE)}:${(p % STRIDE) - i}`;
      votes.set(key, (votes.get(key) ?? 0) + w);
    }
  };
  const k = q.keys;
  const usable = (i: number) => k[i] !== ELLIPSIS && !q.editorial[i];
  const ids = k.map((w) => index.vocabulary.get(w));
  for (let i = 0; i + 1 < k.length; i++) {
    const a = ids[i];
    const b = ids[i + 1];
    if (usable(i) && usable(i + 1) && a !== undefined && b !== undefined) vote(index.bigrams.get(bigramKey(a, b)), i, 1);
  }
  if (votes.size === 0)
    for (let i = 0; i < k.length; i++) {
      const a = ids[i];
      if (usable(i) && a !== undefined) vote(index.unigrams().get(a), i, 1);
    }
  return [...votes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key]) => {
      const [u, d] = key.split(":").map(Number);
      return { unit: u, diag: d };
    });
}

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);

/**
 * The first and last matched pair, leaving out stray matches of one or two words ("the", "in")
 * cut off from the main stretch by a wider gap: they are chance, not the quote.
 */
function trimSparseEdges(pairs: readonly Pair[], sameIdx: readonly number[], elision: (p: Pair) => boolean): [number, number] {
  const blocks: { start: number; end: number }[] = [];
  for (const i of sameIdx) {
    const b = blocks[blocks.length - 1];
    if (b && b.end === i - 1) b.end = i;
    else blocks.push({ start: i, end: i });
  }
  const len = (b: { start: number; end: number }) => b.end - b.start + 1;
  // A gap where the draft marks an elision ("…") is meant; it never makes a block stray.
  const stray = (b: { start: number; end: number }, gapFrom: number, gapTo: number) =>
    len(b) <= 2 && gapTo - gapFrom > len(b) && !pairs.slice(gapFrom, gapTo).some(elision);
  while (blocks.length > 1 && stray(blocks[blocks.length - 1], blocks[blocks.length - 2].end + 1, blocks[blocks.length - 1].start)) blocks.pop();
  while (blocks.length > 1 && stray(blocks[0], blocks[0].end + 1, blocks[1].start)) blocks.shift();
  return [blocks[0].start, blocks[blocks.length - 1].end];
}

/** Quote spans of the source article that contain a character offset. */
const inSourceQuote = (quotes: readonly Quote[], at: number) => quotes.some((sq) => sq.span.start <= at && at < sq.span.end);

function evaluate(q: Tokens, unit: SourceUnit, diag: number, sourceQuotes: readonly Quote[]): Evaluated | null {
  const real = realWords(q);
  const slack = Math.max(4, Math.ceil(q.keys.length * 0.4));
  const lo = Math.max(0, diag - slack);
  const hi = Math.min(unit.tokens.keys.length, diag + q.keys.length + slack);
  if (hi <= lo || real === 0) return null;
  const pairs = align(unit.tokens.keys.slice(lo, hi), q.keys);
  const sameIdx = pairs.flatMap((p, i) => (p.op === "same" ? [i] : []));
  if (!sameIdx.length) return null;
  const countable = (di: number) => q.keys[di] !== ELLIPSIS && !q.editorial[di];
  // Words are counted as written: the second word a contraction stands for is no word more.
  const w = (di: number) => (q.half[di] === 2 ? 0 : 1);
  const srcW = (si: number) => (unit.tokens.half[lo + si] === 2 ? 0 : 1);
  const written = (dis: readonly number[]) => dis.reduce((n, di) => n + w(di), 0);
  const pairMet = metWords(
    pairs.map((p) => p.op === "same"),
    pairs.map((p) => (p.di >= 0 ? q.half[p.di] : 0)),
    pairs.map((p) => (p.si >= 0 ? unit.tokens.half[lo + p.si] : 0)),
  );
  let [first, last] = trimSparseEdges(pairs, sameIdx, (p) => p.op === "add" && !countable(p.di));
  const srcChar = (si: number) => unit.tokens.starts[lo + si];
  // A stretch that meets a source quote ends where that quote does: a word matched in the writer's
  // words after it ("to" in "… allowing us. Expecting to head …") is chance, not the quote going on.
  const quotedPair = (i: number) => pairs[i].op === "same" && inSourceQuote(sourceQuotes, srcChar(pairs[i].si));
  if (sourceQuotes.length > 0 && sameIdx.some((i) => i >= first && i <= last && quotedPair(i))) {
    while (last > first && !quotedPair(last)) last--;
    while (first < last && !quotedPair(first)) first++;
  }

  // Inside the matched stretch: words left out at a draft's ellipsis, editorial [words], and the
  // attribution between two parts of a split quote ("A," he said. "B.") are not changes.
  const elided = (n: Pair | undefined) => n !== undefined && n.op === "add" && !countable(n.di);
  let interior = 0;
  let matched = 0;
  const met: number[] = [];
  for (let i = first; i <= last; i++) {
    const p = pairs[i];
    if (p.op === "same") {
      matched += pairMet[i];
      if (pairMet[i]) met.push(p.di);
      continue;
    }
    if (p.op === "add") {
      if (countable(p.di)) interior += w(p.di);
      continue;
    }
    let runStart = i;
    while (runStart > first && pairs[runStart - 1].op === "del") runStart--;
    let runEnd = i;
    while (runEnd < last && pairs[runEnd + 1].op === "del") runEnd++;
    if (elided(pairs[runStart - 1]) || elided(pairs[runEnd + 1])) continue;
    const before = pairs.slice(0, runStart).reverse().find((x) => x.si >= 0);
    const after = pairs.slice(runEnd + 1).find((x) => x.si >= 0);
    const narration = sourceQuotes.length > 0 && !inSourceQuote(sourceQuotes, srcChar(p.si));
    if (narration && before && after && inSourceQuote(sourceQuotes, srcChar(before.si)) && inSourceQuote(sourceQuotes, srcChar(after.si))) continue;
    interior += srcW(p.si);
  }

  // Unmatched draft words before and after the stretch: one or two are a changed word (the
  // source's neighbouring words are taken in for the diff); three or more are words the source lacks.
  let from = lo + pairs[first].si;
  let to = lo + pairs[last].si;
  const headWords = range(0, pairs[first].di).filter(countable);
  const tailWords = range(pairs[last].di + 1, q.keys.length).filter(countable);
  const missingWords: number[] = [];
  const srcKey = (i: number) => (i >= lo && i < hi ? unit.tokens.keys[i] : null);
  // Where the stretch ends a source quote, the words past it are the writer's ("The government is
  // not allowing us. Expecting to head …"): draft words there are words the source quote lacks,
  // not source words changed ("us [-Expecting-] to [-head-] {+leave+}").
  const quotedAt = (i: number) => i >= 0 && i < unit.tokens.starts.length && inSourceQuote(sourceQuotes, unit.tokens.starts[i]);
  const quoteEndsAt = (i: number, next: number) => sourceQuotes.length > 0 && quotedAt(i) && !quotedAt(next);
  if (written(headWords) >= 3 || (headWords.length && quoteEndsAt(from, from - 1))) missingWords.push(...headWords);
  else if (headWords.length) {
    // Compared word for word with the source's words just before the stretch (a stray match
    // trimmed away may have left the very same words there).
    const at = (j: number) => from - headWords.length + j;
    const eq = headWords.map((di, j) => srcKey(at(j)) === q.keys[di]);
    const metHead = metWords(eq, headWords.map((di) => q.half[di]), headWords.map((_, j) => unit.tokens.half[at(j)] ?? 0));
    headWords.forEach((di, j) => {
      if (!eq[j]) interior += w(di);
      else matched += metHead[j];
      if (eq[j] && metHead[j]) met.push(di);
    });
    from = Math.max(lo, from - headWords.length);
  }
  if (written(tailWords) >= 3 || (tailWords.length && quoteEndsAt(to, to + 1))) missingWords.push(...tailWords);
  else if (tailWords.length) {
    const at = (j: number) => to + 1 + j;
    const eq = tailWords.map((di, j) => srcKey(at(j)) === q.keys[di]);
    const metTail = metWords(eq, tailWords.map((di) => q.half[di]), tailWords.map((_, j) => unit.tokens.half[at(j)] ?? 0));
    tailWords.forEach((di, j) => {
      if (!eq[j]) interior += w(di);
      else matched += metTail[j];
      if (eq[j] && metTail[j]) met.push(di);
    });
    to = Math.min(hi - 1, to + tailWords.length);
  }
  const span = { start: unit.tokens.starts[from], end: unit.tokens.ends[to] };
  const draftWords = q.keys.filter((k, i) => countable(i)).join(" ");
  const srcWords = unit.tokens.keys.slice(from, to + 1).join(" ");
  return {
    unit,
    span,
    srcFrom: from,
    srcTo: to,
    matched,
    endsMissing: written(missingWords),
    interior,
    coverage: matched / real,
    dice: compareTwoStrings(draftWords, srcWords),
    missing: missingWords.length ? shownAt(q, missingWords).join(" ") : null,
    met,
  };
}

/**
 * How many written words each aligned position meets (1 or 0), given whether its keys agree and
 * which half of a contraction the draft's and the source's key is. A contraction counts once, on
 * either side ("there is" against "there's" is one word met and one more: "there's a need for" is
 * four words of evidence, not five), and only when both its halves agree: one met in one half ("it's" against "it as", "cannot" against
 * "may not") is chance, and counting it would make a chance meeting long enough to pass for a source.
 */
function metWords(eq: readonly boolean[], draftHalf: readonly (0 | 1 | 2)[], srcHalf: readonly (0 | 1 | 2)[]): number[] {
  const whole = (h: readonly (0 | 1 | 2)[], k: number) => h[k] === 0 || (h[k] === 1 ? eq[k + 1] === true && h[k + 1] === 2 : eq[k - 1] === true && h[k - 1] === 1);
  return eq.map((e, k) => (e && whole(draftHalf, k) && whole(srcHalf, k) && draftHalf[k] !== 2 && srcHalf[k] !== 2 ? 1 : 0));
}

/** The draft quote's words as written, leaving out an ellipsis and an editor's [words]. */
const realWords = (q: Tokens): number => q.keys.filter((k, i) => k !== ELLIPSIS && !q.editorial[i] && q.half[i] !== 2).length;

function classify(e: Evaluated | null, real: number): Exclude<VerifyStatus, "other-speaker"> {
  if (!e) return "not-found";
  if (e.endsMissing === 0 && e.interior === 0) return "verbatim";
  // The part found must read as the source's words: three words around a changed one ("for the
  // [evaporated] Syrian") are a chance meeting, not the quote's first half.
  const found = e.matched >= Math.max(3, Math.ceil(real * 0.3)) && e.interior * 4 <= e.matched;
  if (found && e.endsMissing >= Math.max(3, Math.ceil(real * 0.2))) return "partial";
  if (e.coverage >= MIN_COVERAGE && e.dice >= MIN_DICE) return "changed";
  return "not-found";
}

/** Whether the match holds the whole of the source quote it meets ("We will rebuild,"), not a piece of a longer one. */
function wholeSourceQuote(e: Evaluated, src: Quote | null): boolean {
  if (!src || src.articleId !== e.unit.article.id) return false;
  const text = e.unit.article.text;
  // No letter of the source quote lies outside the match (slice is empty where the match reaches past it).
  const outside = (from: number, to: number) => /[\p{L}\p{N}]/u.test(text.slice(from, to));
  return !outside(src.span.start, e.span.start) && !outside(e.span.end, src.span.end);
}

const RANK: Record<Exclude<VerifyStatus, "other-speaker">, number> = { verbatim: 3, changed: 2, partial: 1, "not-found": 0 };

function sourceSpeaker(e: Evaluated, quotesByArticle: ReadonlyMap<string, readonly Quote[]>): Quote | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const sq of quotesByArticle.get(e.unit.article.id) ?? []) {
    if (sq.kind === "scare") continue;
    const overlap = Math.min(sq.span.end, e.span.end) - Math.max(sq.span.start, e.span.start);
    if (overlap > bestOverlap) {
      best = sq;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Does the source paragraph holding the match name the draft's speaker? */
function namedNearby(article: Article, span: Span, speaker: string): boolean {
  const sn = surname(speaker);
  if (!sn) return false;
  const para = article.paragraphs.find((p) => p.start <= span.start && span.start < p.end) ?? { start: Math.max(0, span.start - 400), end: span.end + 400 };
  return tokenize(article.text.slice(para.start, para.end)).keys.some((k) => withoutParticle(k.replace(/'s$/, "")) === sn);
}

function speakerCheck(draftSpeaker: string | null, src: Quote | null, e: Evaluated): VerifyItem["speakerCheck"] {
  if (!draftSpeaker) return "unknown";
  if (src?.speaker) return sameSpeaker(draftSpeaker, src.speaker) ? "same" : "different";
  return namedNearby(e.unit.article, e.span, draftSpeaker) ? "same" : "unknown";
}

const short = (s: string, max = 70) => {
  const flat = s.replace(/\s+/g, " ").trim().replace(/[,;:]$/, "");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const diffText = (diff: readonly DiffOp[]) => diff.map((d) => (d.op === "same" ? d.text : d.op === "del" ? `[-${d.text}-]` : `{+${d.text}+}`)).join(" ");

function message(status: VerifyStatus, item: Omit<VerifyItem, "message">, unbacked = false): string {
  const m = item.match;
  const where = m ? m.citation : "";
  const q = `“${short(item.text)}”`;
  if (unbacked && m)
    return `not found as ${item.speaker ? `${item.speaker}'s` : "anyone's"} words: one or two words stand for a source only in a quote of the same speaker, and ${where} has them ${m.speaker ? `said by ${m.speaker}` : "in its own words"}: ${q}`;
  switch (status) {
    case "verbatim":
      return `found verbatim in ${where}${m?.speaker ? `, said by ${m.speaker}` : ""}: ${q}`;
    case "changed":
      return `words differ from ${where}: ${diffText(item.diff)}`;
    case "other-speaker": {
      // The words may be off too: a wrong speaker must not hide them ("The civilians are still
      // there" credited to a resident, where the source's archaeologist said "most of the civilians
      // are still there"); the line showed only the draft's words, as if the source had them.
      const who = `credited to ${item.speaker} here, but ${where} credits ${m?.speaker ?? "someone else"}`;
      if (item.missing) return `${who}; only part is there: “${short(m?.text ?? "")}”; not found: “${short(item.missing)}”`;
      if (item.diff.some((d) => d.op !== "same")) return `${who}, and the words differ: ${diffText(item.diff)}`;
      return `${who}: ${q}`;
    }
    case "partial":
      return `only part is in ${where}: “${short(m?.text ?? "")}”; not found: “${short(item.missing ?? "")}”`;
    case "not-found":
      return `not found in the sources${m && item.similarity >= 0.3 ? ` (closest: ${where}, similarity ${item.similarity.toFixed(2)})` : ""}: ${q}`;
  }
}

/**
 * Check each direct quote of a draft against source articles: their full text through a word-bigram
 * index, then their quotes for who said the words. Pure: the caller reads the files.
 */
export function verifyDraft(draft: VerifyInput, sources: VerifyInput, index: SourceIndex = buildSourceIndex(sources.articles)): VerifyResult {
  const quotesByArticle = new Map<string, Quote[]>();
  for (const sq of sources.quotes) {
    const list = quotesByArticle.get(sq.articleId);
    if (list) list.push(sq);
    else quotesByArticle.set(sq.articleId, [sq]);
  }
  const items: VerifyItem[] = [];
  const skipped: VerifyResult["skipped"][number][] = [];
  for (const dq of draft.quotes) {
    if (dq.kind !== "direct") {
      if (dq.kind === "indirect") skipped.push({ quoteId: dq.id, text: dq.text, reason: "reported speech is a paraphrase; not checked word for word" });
      continue;
    }
    const q = tokenize(dq.text);
    const real = realWords(q);
    const short = real <= SHORT_QUOTE_WORDS;
    const found = candidates(q, index, short ? MAX_SHORT_CANDIDATES : MAX_CANDIDATES)
      .map((c) => {
        const unit = index.units[c.unit];
        return evaluate(q, unit, c.diag, quotesByArticle.get(unit.article.id) ?? []);
      })
      .map((e) => (e ? { e, status: classify(e, real), src: sourceSpeaker(e, quotesByArticle) } : null));
    // A short quote's wider read is for a source quote of its speaker holding it verbatim; without
    // one, the usual candidates are weighed as for any quote.
    const backs = (x: (typeof found)[number]) => x !== null && x.status === "verbatim" && Boolean(x.src?.speaker) && speakerCheck(dq.speaker, x.src, x.e) === "same";
    const usual = found.slice(0, MAX_CANDIDATES);
    const evaluated = [...usual, ...(short && !usual.some(backs) ? found.slice(MAX_CANDIDATES).filter(backs) : [])].filter((x): x is NonNullable<typeof x> => x !== null);
    // Best by status, then words found, then similarity; among equals, one whose speaker agrees.
    evaluated.sort((a, b) => RANK[b.status] - RANK[a.status] || b.e.matched - a.e.matched || b.e.dice - a.e.dice);
    const top = evaluated[0];
    const peers = top ? evaluated.filter((x) => x.status === top.status && x.e.matched === top.e.matched) : [];
    // A short quote's words stand for a source only in a quote of the draft's speaker (not where
    // the speaker is merely named nearby): that peer first.
    const quotedAgreeing = (x: (typeof peers)[number]) => Boolean(x.src?.speaker) && speakerCheck(dq.speaker, x.src, x.e) === "same";
    const agreeing = (short ? peers.find(quotedAgreeing) : undefined) ?? peers.find((x) => speakerCheck(dq.speaker, x.src, x.e) === "same");
    const chosen = agreeing ?? top;
    const e = chosen?.e ?? null;
    const classified = classify(e, real);
    const sourceCheck = e && classified !== "not-found" ? speakerCheck(dq.speaker, chosen!.src, e) : "unknown";
    // The speaker agreeing, or a whole short source quote, stands in for the fifth word only when
    // three are met: "self-centered message" against "retooled message", "vicious snake" against
    // "vicious during" (one word, from a speaker who says many things), "unhinged" or "pathological
    // liar" as someone else's whole quote, are chance meetings, not a source.
    // And the words met must tell this quote from others (evidence.ts): five everyday words ("things
    // are going to be", "there was a lot of") meet in any two articles.
    const evidence =
      e !== null &&
      hasEvidence(
        {
          met: e.met.map((i) => q.keys[i]),
          matched: e.matched,
          // A source quote credited to the draft's speaker ties the words to them more than their
          // name in the source's paragraph does ("under President Obama" in narration beside "Clinton").
          quotedBySpeaker: sourceCheck === "same" && Boolean(chosen!.src?.speaker),
          speakerAgrees: sourceCheck === "same",
          wholeQuote: wholeSourceQuote(e, chosen!.src),
        },
        { docFreq: index.docFreq, sources: index.units.length },
      );
    // A few everyday words met by chance are no source: a cut or changed quote needs the evidence
    // above, and so does the claim that someone else said the words.
    // One or two words met anywhere else ("disgusting" in another story's narration, or in
    // someone else's quote) are not this quote: without a source quote of the draft's speaker they
    // are not found, and the message says where the words stand.
    const unbacked = short && classified === "verbatim" && !(sourceCheck === "same" && Boolean(chosen?.src?.speaker));
    const base = unbacked || (!evidence && (classified === "partial" || classified === "changed")) ? "not-found" : classified;
    const check = base === "not-found" ? "unknown" : !evidence && sourceCheck === "different" ? "unknown" : sourceCheck;
    const status: VerifyStatus = base !== "not-found" && check === "different" ? "other-speaker" : base;
    const match: SourceMatch | null = e
      ? {
          articleId: e.unit.article.id,
          documentId: e.unit.article.documentId,
          outlet: e.unit.article.outlet,
          published: e.unit.article.published,
          span: e.span,
          text: e.unit.article.text.slice(e.span.start, e.span.end),
          speaker: chosen!.src?.speaker ?? null,
          quoteId: chosen!.src?.id ?? null,
          citation: articleCitation(e.unit.article),
        }
      : null;
    const diff =
      e && base !== "verbatim" && base !== "not-found"
        ? wordDiff({ tokens: e.unit.tokens, from: e.srcFrom, to: e.srcTo }, { tokens: q, from: 0, to: q.keys.length - 1 })
        : [];
    const partial: Omit<VerifyItem, "message"> = {
      quoteId: dq.id,
      documentId: dq.documentId,
      articleId: dq.articleId,
      span: dq.span,
      text: dq.text,
      speaker: dq.speaker,
      status,
      similarity: e ? Math.round(e.dice * 1000) / 1000 : 0,
      coverage: e ? Math.round(e.coverage * 1000) / 1000 : 0,
      diff,
      match,
      missing: base === "partial" ? (e?.missing ?? null) : null,
      speakerCheck: check,
    };
    items.push({ ...partial, message: message(status, partial, unbacked) });
  }
  const counts: Record<VerifyStatus, number> = { verbatim: 0, changed: 0, "other-speaker": 0, partial: 0, "not-found": 0 };
  for (const i of items) counts[i.status]++;
  return { items, skipped, counts };
}
