import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzRuns, propertyTimeout } from "../property-runs.js";
import { IngestError, parseDocument } from "../../src/ingest/index.js";
import type { Article, Diagnostic, Quote, Span } from "../../src/model/index.js";
import { quotesOfArticle } from "../../src/pipeline/index.js";

// `npm test` runs a few hundred cases; `npm run fuzz` sets QUOTECHECK_FUZZ_RUNS=10000.
const RUNS = fuzzRuns(200);
const TIMEOUT = propertyTimeout(RUNS, 200);

const MARKS: readonly (readonly [string, string])[] = [
  ["“", "”"], ['"', '"'], ["‘", "’"], ["'", "'"], ["«", "»"], ["„", "“"], ["‚", "‘"], ["‹", "›"], ["「", "」"], ["”", "”"],
];
const NAMES = ["Irina Bokova", "Mr. Homsi", "Dr. Amal Saleh", "the ministry", "one local resident", "State television", "Jean-Luc O'Neil", "they", "she", "Ms. Chen"];
const VERBS = ["said", "told AFP", "told The Daily Beast", "claimed", "insisted", "denied", "warned", "added", "wrote in a statement", "said by phone"];
const WORDS = ["the", "city", "fell", "on", "Wednesday", "40", "people", "were", "evacuated", "calm", "isn't", "U.S.", "…", "—", "(", ")", "3.5%", "Palmyra", "مرحبا", "Привет", "日本"];

const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { minLength: 0, maxLength: 12 }).map((ws) => ws.join(" "));
const name = fc.constantFrom(...NAMES);
const verb = fc.constantFrom(...VERBS);
const mark = fc.constantFrom(...MARKS);
const sep = fc.constantFrom(" ", " ", ", ", ". ", "\n", "\n\n", "\n\n\n", "\r\n", "  ", "\t");

/** Pieces of news prose: quotes in every mark style (closed, unclosed, stray), cues, breaks. */
const piece = fc.oneof(
  words,
  fc.tuple(mark, words, fc.boolean()).map(([[o, c], ws, closed]) => `${o}${ws}${closed ? c : ""}`),
  fc.tuple(mark, words, name, verb).map(([[o, c], ws, n, v]) => `${o}${ws},${c} ${n} ${v}.`),
  fc.tuple(name, verb, mark, words).map(([n, v, [o, c], ws]) => `${n} ${v}: ${o}${ws}.${c}`),
  fc.tuple(mark, words, verb, name).map(([[o, c], ws, v, n]) => `${o}${ws},${c} ${v} ${n}, a spokesman for the group.`),
  fc.tuple(name, words).map(([n, ws]) => `according to ${n}, ${ws}.`),
  fc.tuple(name, verb, words).map(([n, v, ws]) => `${n} ${v} that ${ws}.`),
  fc.tuple(mark, mark, words).map(([[o1, c1], [o2, c2], ws]) => `${o1}He said ${o2}${ws}${c2} twice.${c1}`),
  fc.constantFrom(...MARKS.flat()),
  fc.string({ maxLength: 20 }),
);
const articleText = fc.array(fc.tuple(piece, sep), { minLength: 0, maxLength: 40 }).map((ps) => ps.map(([p, s]) => p + s).join(""));

const inside = (s: Span | null | undefined, len: number) =>
  s == null || (Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= len);

function checkQuotes(article: Article, quotes: readonly Quote[], diagnostics: readonly Diagnostic[], sourceLength: number) {
  const len = article.text.length;
  for (const q of quotes) {
    expect(inside(q.span, len), `quote span ${JSON.stringify(q.span)} outside text of ${len}`).toBe(true);
    expect(q.text).toBe(article.text.slice(q.span.start, q.span.end));
    expect(inside(q.mentionSpan, len), "mention span").toBe(true);
    expect(inside(q.cueSpan, len), "cue span").toBe(true);
    expect(q.articleId).toBe(article.id);
    expect(typeof q.ruleId).toBe("string");
  }
  for (let i = 1; i < quotes.length; i++) expect(quotes[i].span.start).toBeGreaterThanOrEqual(quotes[i - 1].span.start);
  expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
  for (const d of diagnostics) expect(inside(d.span, d.articleId === article.id ? len : sourceLength), `diagnostic ${d.ruleId} span`).toBe(true);
}

function checkArticle(article: Article, sourceLength: number) {
  const len = article.text.length;
  for (const p of article.paragraphs) expect(inside(p, len), "paragraph span").toBe(true);
  for (const c of article.cuts) expect(inside(c, len), "cut span").toBe(true);
  const so = article.sourceOffsets;
  if (so) {
    expect(so.length).toBe(len + 1);
    for (let i = 0; i < so.length; i++) if (so[i] < 0 || so[i] > sourceLength) expect.fail(`source offset ${so[i]} at ${i} outside 0..${sourceLength}`);
  }
}

describe("fuzz: generated articles through ingest, extract and attribute", () => {
  it(`never crashes and keeps every span inside its text (${RUNS} runs)`, () => {
    let quotes = 0;
    fc.assert(
      fc.property(articleText, fc.constantFrom("story.txt", "story.md"), (text, id) => {
        let parsed;
        try {
          parsed = parseDocument(id, new TextEncoder().encode(text));
        } catch (e) {
          // Refusing unusable input (empty, only white space) is a clear error, not a crash.
          if (!(e instanceof IngestError)) throw e;
          expect(e.ruleId).toMatch(/^ingest\//);
          expect(text.trim()).toBe("");
          return;
        }
        const { document, diagnostics } = parsed;
        // A diagnostic that names an article points into its text; otherwise into the document's.
        const textOf = (d: Diagnostic) => document.articles.find((a) => a.id === d.articleId)?.text ?? document.text;
        for (const d of diagnostics) expect(inside(d.span, textOf(d).length), `ingest diagnostic ${d.ruleId}`).toBe(true);
        for (const article of document.articles) {
          checkArticle(article, document.text.length);
          const r = quotesOfArticle(article);
          quotes += r.quotes.length;
          checkQuotes(article, r.quotes, r.diagnostics, document.text.length);
        }
      }),
      { numRuns: RUNS },
    );
    // The generator is full of quotes; if none come out the checks above checked nothing.
    expect(quotes).toBeGreaterThan(RUNS / 10);
  }, TIMEOUT);
});
