import { words, type Word } from "../align/words.js";
import type { Article, Claim, ClaimRef, Quote, Speaker, Stance } from "../model/index.js";
import { sentenceEnd, sentenceStart } from "./context.js";
import {
  ANAPHORS, CLASS_WORDS, HYPOTHETICAL, JUDGEMENTS, OPPOSITIONS, STANCE_VERBS, STOPWORDS, isNegator,
  type Opposition, type TopicClass,
} from "./lexicon.js";
import { isNumberWord, quantities, type Quantity } from "./numbers.js";
import { stem } from "./stem.js";
import { timeExpressions } from "./time.js";

/** A predicate of the lexicon found in a claim, after negation has picked its side. */
export type PredicateHit = {
  readonly opposition: Opposition;
  readonly side: "a" | "b";
  /** How sure the side is: a strong negation ("without a single") counts double. */
  readonly weight: number;
  readonly classes: ReadonlySet<TopicClass>;
  /** Participant words near the predicate, singular ("officer"), and as written ("officers"). */
  readonly args: readonly string[];
  readonly argWords: readonly string[];
  /** Lemma of the predicate's head word ("flee"). */
  readonly lemma: string;
  readonly text: string;
};

/** A claim with what the checks need to compare it. */
export type ClaimFacts = {
  readonly claim: Claim;
  readonly quote: Quote;
  readonly article: Article | undefined;
  readonly stems: ReadonlySet<string>;
  readonly hits: readonly PredicateHit[];
  readonly quantities: readonly Quantity[];
};

const CLASS_OF = new Map<string, TopicClass[]>();
for (const [cls, list] of Object.entries(CLASS_WORDS) as [TopicClass, readonly string[]][])
  for (const w of list) CLASS_OF.set(w, [...(CLASS_OF.get(w) ?? []), cls]);

const lower = (s: string) => s.toLowerCase().replace(/[’\u02BC]/g, "'");

function stanceOf(cue: string | null): Stance {
  if (!cue) return "neutral";
  const c = lower(cue);
  for (const s of STANCE_VERBS) if (s.pattern.test(c)) return s.stance;
  return "neutral";
}

/** Contrast words after which the sentence turns to another claim. */
const CONTRAST = /\b(?:though|although|but|however|whereas)\b/g;

/** Offset just past the last contrast word in `before`, or 0. */
function contrastEnd(before: string): number {
  let end = 0;
  for (const m of before.matchAll(CONTRAST)) end = m.index + m[0].length;
  return end;
}

/** An aim before a judgement verb: "effort to", "trying to", "seeks to", "plan to". */
const INTENT_BEFORE = /\b(?:effort|efforts|attempt|attempts|bid|try|tries|tried|trying|seek|seeks|sought|seeking|plan|plans|planned|planning|hope|hopes|hoped|hoping|want|wants|wanted|aim|aims|aimed|aiming)\s+to\s+$/;

/** How far into reported words a judgement that opens them is looked for. */
const OPENING_MAX = 60;
const WITHOUT_EVIDENCE = /^without\s+(?:any\s+|real\s+|credible\s+|hard\s+|concrete\s+)?(?:evidence|proof)\b/;

/** The reporter's judgement on the claim, from its sentence outside the quoted words (or opening them). */
export function judgementOf(article: Article | undefined, quote: Quote): string | null {
  if (!article) return null;
  const text = article.text;
  const sentence = sentenceStart(text, quote.span.start);
  // A contrast ends a judgement's reach: in "no evidence he did X, though he admitted that Y" the
  // judgement is on X, not on the quoted Y.
  const from = sentence + contrastEnd(lower(text.slice(sentence, quote.span.start)));
  const before = lower(text.slice(from, quote.span.start));
  for (const j of JUDGEMENTS) {
    if (j.where !== "before") continue;
    const m = j.pattern.exec(before);
    if (!m) continue;
    // "in an effort to disprove", "seeking to refute": someone's aim, not the reporter's finding.
    if (INTENT_BEFORE.test(before.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "belied" and its kin judge a claim only when a claim noun follows them ("belied ... claim that").
    if (j.id === "belied" && !/\b(claims?|assertions?|statements?|accounts?|reports?|version|narrative|insistence|announcement)\b/.test(before.slice(m.index + m[0].length))) continue;
    return text.slice(from + m.index, from + m.index + m[0].length);
  }
  // Reported words that open with "without evidence" ("claiming without any evidence that Obama
  // wanted …", the span taking in the words between the cue and "that") are judged by it: the
  // phrase says how the claim was made. ("no evidence that …" opening them is what was said.)
  if (quote.kind === "indirect") {
    const opening = lower(quote.text.slice(0, OPENING_MAX));
    const that = opening.indexOf(" that ");
    const m = that > 0 ? WITHOUT_EVIDENCE.exec(opening.slice(0, that)) : null;
    if (m) return quote.text.slice(0, m[0].length);
  }
  const to = sentenceEnd(text, quote.span.end);
  const after = lower(text.slice(quote.span.end, to));
  for (const j of JUDGEMENTS) {
    if (j.where !== "after") continue;
    const m = j.pattern.exec(after);
    if (m) return text.slice(quote.span.end + m.index, quote.span.end + m.index + m[0].length);
  }
  return null;
}

/** The day the claim is about: a time word in it or before it in its sentence, else when it was said. */
function whenOf(article: Article | undefined, quote: Quote): string | null {
  const published = article?.published ?? null;
  const inside = timeExpressions(quote.text, published);
  if (inside.length) return inside[0].date;
  if (article) {
    const from = sentenceStart(article.text, quote.span.start);
    const before = timeExpressions(article.text.slice(from, quote.span.start), published);
    if (before.length) return before[before.length - 1].date;
  }
  return quote.spokenOn;
}

/** Index of the first word that ends after `offset`. */
function wordAt(ws: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word index ranges of the claim's sentences, so negation and hedges do not cross a full stop. */
function sentenceOfWord(text: string, ws: readonly Word[]): Int32Array {
  const sid = new Int32Array(ws.length);
  let s = 0;
  for (let i = 1; i < ws.length; i++) {
    if (/[.!?;:—–]/.test(text.slice(ws[i - 1].end, ws[i].start))) s++;
    sid[i] = s;
  }
  return sid;
}

const singular = (w: string) => (w.endsWith("ies") ? w.slice(0, -3) + "y" : w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

// The lexicon's patterns as global regexes, compiled once rather than once per claim. (matchAll
// copies the regex, so a shared one keeps no state between calls.) Only "g": the source's other
// flags were never used here.
const GLOBAL = new Map<RegExp, RegExp>();
const globalOf = (re: RegExp) => {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, "g")));
  return g;
};

/** The participant classes of the words in `text`. */
function classesIn(text: string): Set<TopicClass> {
  const out = new Set<TopicClass>();
  for (const w of words(text)) for (const cls of CLASS_OF.get(w.norm) ?? []) out.add(cls);
  return out;
}

/**
 * Classes named around a quote in its article, where a pronoun in it finds its antecedent: the
 * words of its sentence outside the quote ("Many residents … said", "…, said a resident") and the
 * sentence before it in the same paragraph ("Ahmed said his family had packed their bags to leave
 * town. But, he said, “The government is not allowing us.”").
 */
export function contextClasses(article: Article | undefined, quote: Quote): Set<TopicClass> {
  if (!article) return new Set();
  const text = article.text;
  const start = sentenceStart(text, quote.span.start);
  const prev = start > 0 && text[start - 1] !== "\n" ? sentenceStart(text, start - 1) : start;
  const end = sentenceEnd(text, quote.span.end);
  return classesIn(`${text.slice(prev, quote.span.start)} ${text.slice(quote.span.end, end)}`);
}

/**
 * Whether the word a predicate's pattern matched at `at` is no predicate of the claim: the tail of
 * a hyphened compound ("the job-killing TPP" tells of no killing), or a capitalised word inside a
 * sentence, part of a name ("the New York Jets owner" tells of no jets).
 */
function notThePredicate(text: string, at: number): boolean {
  if (at === 0) return false;
  if (text[at - 1] === "-" && /\p{L}/u.test(text[at - 2] ?? "")) return true;
  if (!/\p{Lu}/u.test(text[at]) || /\p{Lu}{2}/u.test(text.slice(at, at + 2))) return false;
  // Capitalised where a sentence, a paragraph or a quotation starts is no sign of a name.
  const raw = text.slice(Math.max(0, at - 3), at);
  const before = raw.trimEnd();
  return before !== "" && !raw.includes("\n") && !/[.!?:;"“‘'(—–-]$/u.test(before);
}

function predicateHits(text: string, ws: readonly Word[], context: () => ReadonlySet<TopicClass> = () => new Set()): PredicateHit[] {
  const lc = lower(text);
  const sid = sentenceOfWord(text, ws);
  const hits: PredicateHit[] = [];
  for (const op of OPPOSITIONS) {
    const sides: ["a" | "b", NonNullable<Opposition["b"]>][] = op.b ? [["a", op.a], ["b", op.b]] : [["a", op.a]];
    const found: PredicateHit[] = [];
    const taken = new Set<number>();
    for (const [side, pred] of sides) {
      for (const re of pred.patterns) {
        for (const m of lc.matchAll(globalOf(re))) {
          if (notThePredicate(text, m.index)) continue;
          const t = wordAt(ws, m.index);
          const tEnd = Math.max(t, wordAt(ws, m.index + m[0].length - 1));
          if (t >= ws.length || taken.has(t)) continue;
          taken.add(t);
          const sent = sid[t];
          const inSentence = (k: number) => k >= 0 && k < ws.length && sid[k] === sent;
          let hypothetical = false;
          for (let k = t - 1; k >= t - 8 && inSentence(k); k--) {
            const w = ws[k].norm;
            if (HYPOTHETICAL.has(w) || ((w === "about" || w === "going") && ws[k + 1]?.norm === "to")) hypothetical = true;
          }
          if (hypothetical) continue;
          let negation: "strong" | "weak" | null = null;
          for (let k = t - 1; k >= t - 8 && inSentence(k); k--) {
            const n = isNegator(ws[k].norm);
            if (!n) continue;
            const near = t - k <= 3 || ws[k].norm === "neither" || (ws[k].norm === "without" && t - k <= 4);
            if (near) negation = n;
            break;
          }
          let effective: "a" | "b" = side;
          if (negation) effective = side === "a" ? "b" : "a";
          if (negation && !op.b && side === "a") effective = "b";
          const classes = new Set<TopicClass>();
          const args: string[] = [];
          const argWords: string[] = [];
          if (op.args) {
            for (let k = t - 8; k <= tEnd + 8; k++) {
              if (!inSentence(k)) continue;
              for (const cls of CLASS_OF.get(ws[k].norm) ?? []) {
                if (!op.args.includes(cls)) continue;
                classes.add(cls);
                args.push(singular(ws[k].norm));
                argWords.push(ws[k].norm);
              }
            }
            // A pronoun near the predicate ("many of these also deserted") stands for participants
            // named before it in the claim or around the quote. The classes count, so the claim can
            // meet others about them; no participant word does, so it corroborates nothing and
            // names no finding's side.
            if (classes.size === 0) {
              let anaphor = false;
              for (let k = t - 8; k <= tEnd + 8 && !anaphor; k++) if (inSentence(k) && ANAPHORS.has(ws[k].norm)) anaphor = true;
              if (anaphor) {
                let first = t;
                while (first > 0 && sid[first - 1] === sent) first--;
                const before = first > 0 ? classesIn(text.slice(0, ws[first].start)) : new Set<TopicClass>();
                for (const cls of [...before, ...context()]) if (op.args.includes(cls)) classes.add(cls);
              }
            }
            if (classes.size === 0) continue;
          }
          let lemma = "";
          for (let k = t; k <= tEnd; k++) {
            const w = ws[k].norm;
            if (!STOPWORDS.has(w) && !isNegator(w)) {
              lemma = stem(w);
              break;
            }
          }
          found.push({ opposition: op, side: effective, weight: negation === "strong" ? 2 : 1, classes, args, argWords, lemma, text: text.slice(m.index, m.index + m[0].length) });
        }
      }
    }
    // A claim that holds both sides of one opposition ("not evacuated but still there" is fine, "left
    // but stayed" is not) keeps the side it states more firmly, or neither.
    const wa = found.filter((h) => h.side === "a").reduce((s, h) => s + h.weight, 0);
    const wb = found.filter((h) => h.side === "b").reduce((s, h) => s + h.weight, 0);
    if (wa === wb) continue;
    const keep = wa > wb ? "a" : "b";
    hits.push(...found.filter((h) => h.side === keep));
  }
  return hits;
}

export function claimRef(c: Claim, side?: string): ClaimRef {
  const ref: ClaimRef = {
    quoteId: c.quoteId,
    speaker: c.speaker,
    role: c.role,
    outlet: c.outlet,
    article: c.article,
    published: c.published,
    spokenOn: c.spokenOn,
    text: c.text,
    start: c.start,
    end: c.end,
  };
  return side ? { ...ref, side } : ref;
}

/** Every direct and reported quote becomes a claim (scare quotes say nothing). Pure. */
export function buildClaims(articles: readonly Article[], quotes: readonly Quote[], speakers: readonly Speaker[]): ClaimFacts[] {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const speakerOf = new Map<string, string>();
  // A quote credited by "he" or a surname carries no role of its own; the role its speaker was
  // given in the same article is the one a reader of a finding needs.
  const roleIn = new Map<string, string>();
  for (const s of speakers) {
    for (const q of s.quoteIds) speakerOf.set(q, s.id);
    for (const r of s.roles) if (!roleIn.has(`${s.id}\u0000${r.articleId}`)) roleIn.set(`${s.id}\u0000${r.articleId}`, r.role);
  }
  // An interview is one conversation: a speaker's undated quotes in an article share the one day
  // their dated quotes there were said on, when there is exactly one.
  const saidOn = new Map<string, Set<string>>();
  for (const q of quotes) {
    if (!q.speaker || !q.spokenOn) continue;
    const k = `${q.articleId}\u0000${q.speaker}`;
    saidOn.set(k, (saidOn.get(k) ?? new Set<string>()).add(q.spokenOn));
  }
  const interviewDay = (q: Quote) => {
    const days = q.speaker ? saidOn.get(`${q.articleId}\u0000${q.speaker}`) : undefined;
    return days && days.size === 1 ? [...days][0] : null;
  };
  const out: ClaimFacts[] = [];
  for (const q of quotes) {
    if (q.kind === "scare") continue;
    const article = byArticle.get(q.articleId);
    const ws = words(q.text);
    const stems = new Set<string>();
    for (const w of ws) if (!STOPWORDS.has(w.norm) && w.norm.length > 2 && !/^\d/.test(w.norm) && !isNumberWord(w.norm)) stems.add(stem(w.norm));
    const qs = quantities(q.text);
    const claim: Claim = {
      quoteId: q.id,
      speaker: q.speaker,
      role: q.role ?? roleIn.get(`${speakerOf.get(q.id)}\u0000${q.articleId}`) ?? null,
      outlet: article?.outlet ?? null,
      article: q.articleId,
      published: article?.published ?? null,
      spokenOn: q.spokenOn,
      text: q.text,
      start: q.span.start,
      end: q.span.end,
      topics: [...stems],
      numbers: qs.map((n) => ({ value: n.value, counts: n.counts, raw: n.raw })),
      polarity: ws.some((w) => isNegator(w.norm) && w.norm !== "single") ? "negative" : "positive",
      stance: stanceOf(q.cue),
      judgement: judgementOf(article, q),
      speakerId: speakerOf.get(q.id) ?? null,
      kind: q.kind === "indirect" ? "indirect" : "direct",
      when: whenOf(article, q) ?? interviewDay(q),
      cue: q.cue,
    };
    let around: Set<TopicClass> | null = null;
    const context = () => (around ??= contextClasses(article, q));
    out.push({ claim, quote: q, article, stems, hits: predicateHits(q.text, ws, context), quantities: qs });
  }
  return out;
}
