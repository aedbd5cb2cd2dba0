import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzRuns, propertyTimeout } from "../property-runs.js";
import { abbreviationBefore, isAbbreviation } from "../../src/model/abbreviations.js";
import { caseInsensitiveCodes, isSpaceCode, lastNonSpaceAt } from "../../src/extract/chars.js";
import { NAMING_VERBS, SPEECH_VERBS } from "../../src/extract/lexicon.js";
import type { Span } from "../../src/model/index.js";
import { joinedTexts, lowerWords, tokenize, wordFinder, type Token } from "../../src/extract/reported-text.js";
import { sentenceSpans } from "../../src/model/sentences.js";
import { isHeadline } from "../../src/extract/headline.js";
import { QUOTE_MARK } from "../../src/extract/reported-text.js";
import { content, type Sentence } from "../../src/extract/reported-sentence.js";
import { buildCueIndex, buildParagraphCueIndex, firstWords, sentenceHasCue, words } from "../../src/extract/scare.js";

// Property tests: a time limit for a loaded machine (see tests/property-runs.ts), not a measure.
const RUNS = fuzzRuns(2000);
vi.setConfig({ testTimeout: propertyTimeout(RUNS) });

// The extractors' hand-written scanners stand in for regexes that were too slow in the hot path.
// These references are those regexes, as the scanners replaced them; the scanners must give the
// same answers on any text, including astral letters, lone surrogates and odd punctuation.

// A combining mark goes on the word it follows (text kept decomposed, NFD: "Jose\u0301"), never starts one.
const TOKEN = /[\p{L}\p{N}$€£][\p{L}\p{M}\p{N}$€£]*(?:['’.\-&,:/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|''|--|[^\s\p{L}\p{N}]/gu;
const refWordChar = (c: number, ch: string): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || (c > 127 && /[\p{L}\p{N}€£]/u.test(ch));
const refCapChar = (c: number, ch: string): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 36 || (c > 127 && /\p{Lu}/u.test(ch));

function refTokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    let end = m.index + m[0].length;
    let t = m[0];
    const c0 = t.charCodeAt(0);
    const word = refWordChar(c0, t[0]!);
    if (word && (t.includes(",") || t.includes(":")) && !(c0 >= 48 && c0 <= 57)) {
      const cut = Math.min(...[t.indexOf(","), t.indexOf(":")].filter((x) => x > 0));
      t = t.slice(0, cut);
      end = m.index + t.length;
      TOKEN.lastIndex = end;
    }
    if (word && s.charCodeAt(end) === 46) {
      const lower = t.toLowerCase();
      if (isAbbreviation(t, lower) || (t.length === 1 && refCapChar(c0, t)) || /^(\p{L}\.)+\p{L}$/u.test(t)) {
        end++;
        t += ".";
        TOKEN.lastIndex = end;
      }
    }
    out.push({ start: from + m.index, end: from + end, text: t, lower: t.toLowerCase(), cap: refCapChar(c0, t[0]!), word });
  }
  return out;
}

const CUE_WORD = /[\p{L}][\p{L}'’-]*/gu;
const CUE_PHRASE = /\baccording to\b|\bin an? (?:interview|statement|email|tweet)\b/giu;

function refCueIndex(text: string, runs: readonly { readonly outer: { start: number; end: number } }[]) {
  const cues: number[] = [];
  const stops: number[] = [];
  let from = 0;
  const scan = (start: number, end: number) => {
    if (end <= start) return;
    const gap = text.slice(start, end);
    CUE_WORD.lastIndex = 0;
    for (let m = CUE_WORD.exec(gap); m; m = CUE_WORD.exec(gap)) {
      const w = m[0].toLowerCase();
      if ((w === "added" || w === "adds" || w === "add") && /^\s+to\b/.test(gap.slice(m.index + w.length, m.index + w.length + 4))) continue;
      const before = gap.slice(Math.max(0, m.index - 12), m.index);
      // "state(s)", "radio(s)", "reason(s)", "rant(s)" only as the verb: lower-case, after a subject pronoun
      // or before "that", ":" or the stretch's end.
      const stateNoun =
        /^(?:state|radio|reason|rant)s?$/.test(w) &&
        !(/^[a-z]/.test(m[0]) && (/\b(?:i|we|you|they|he|she|it)[ \t\u00a0]+$/i.test(before) || /^[ \t\u00a0]*(?:that\b|:|,?[ \t\u00a0]*$)/.test(gap.slice(m.index + w.length, m.index + w.length + 6))));
      if (stateNoun) continue;
      if ((SPEECH_VERBS.has(w) || NAMING_VERBS.has(w)) && !/\bwithout\s+$/i.test(before) && !(/^cr(?:y|ies)$/.test(w) && /\bfar\s+$/i.test(before))) cues.push(start + m.index);
    }
    CUE_PHRASE.lastIndex = 0;
    for (let m = CUE_PHRASE.exec(gap); m; m = CUE_PHRASE.exec(gap)) cues.push(start + m.index);
    for (let i = 0; i < gap.length; i++) {
      const c = gap[i];
      if (c === "\n" || ((c === "." || c === "!" || c === "?") && /\s/.test(gap[i + 1] ?? " ") && !abbreviationBefore(gap, i))) stops.push(start + i);
    }
  };
  for (const r of runs) {
    scan(from, r.outer.start);
    from = Math.max(from, r.outer.end);
  }
  scan(from, text.length);
  cues.sort((x, y) => x - y);
  return { cues, stops };
}

// Pieces that exercise every branch: cue words in any case, joiners, abbreviations, currency,
// non-ASCII and astral letters, a lone surrogate, a circled letter (a symbol with a lower case).
const PIECES = [
  "said", "Said", "SAID", "told", "according to", "According To", "in a statement", "in an interview", "in a ſtatement",
  "added to", "added", "state", "States", "they state", "It states", "states that", "state:", "radio", "reasons", "rant", "without saying", "Without ", "a far cry", "far cries", "Far cry", "e-mail", "e-mailed", "claims", "claim that", "asked", "saying", "called", "well-according to",
  "éaccording to", "Mr", "Mrs.", "U.S", "D.C.", "A.", "x", "He", "she", "1,409", "5:20", "said,he", "a.b$c", "$5", "€3", "£2",
  "rock'n'roll", "Assad’s", "don't", "''", "--", "-", "—", "–", ".", ",", ":", ";", "!", "?", "…", "(", ")", "“", "”", "‘", "’",
  "\"", "'", "«", "»", " ", " ", "  ", "\n", "\t", "\u00a0", "é", "Ä", "ß", "İ", "𝐀", "𝐚b", "😀", "\ud800", "Ⓐ", "Ⅻ", "٣", "_", "said_", "\udc00",
  "\u0301", "e\u0301", "Jose\u0301", "Marti\u0301nez", "\u0308s", "said\u0301", "\u{1D167}", "Ren\u0303", "D.\u0301",
];
// The sentence splitter as it was written with a regex per period and per trimmed character.
const SENTENCE_END = /[.!?…]+(?:''|["”’')\]])*(?=\s+(?:''|["“‘'([])?[\p{Lu}\p{N}])|\n+/gu;
function refSentenceSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const para = text.slice(from, to);
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(para[s]!)) s++;
    while (e > s && /\s/.test(para[e - 1]!)) e--;
    if (e > s) out.push({ start: from + s, end: from + e });
  };
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(para); m; m = SENTENCE_END.exec(para)) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      const before = /([\p{L}.]+)$/u.exec(para.slice(Math.max(start, m.index - 12), m.index));
      if (m[0].length === 1 && (isAbbreviation(before?.[1] ?? "") || /^\p{Lu}$/u.test(before?.[1] ?? ""))) continue;
      // Two or three initials before a name, not before a sentence opener, not a place after a comma.
      const k = m.index - (before?.[1]!.length ?? 0);
      if (
        m[0].length === 1 &&
        /^\p{Lu}(?:\.\p{Lu}){1,2}$/u.test(before?.[1] ?? "") &&
        !/^\s+(?:''|["“‘'(])?(?:He|She|They|It|We|I|The|But|And|This|That|There|His|Her|Their|Its|In|On|At|A|An|If|When|As|So|Yet|Still|However|Meanwhile|After|Before)\b/u.test(para.slice(end, end + 12)) &&
        !["N.J", "N.Y", "N.H", "N.C", "S.C", "N.D", "S.D", "N.M", "R.I", "D.C", "L.A", "U.S", "U.K", "U.N", "E.U"].includes(before![1]!) &&
        !(k >= 2 && para[k - 1] === " " && para[k - 2] === ",")
      )
        continue;
    }
    push(start, m[0][0] === "\n" ? m.index : end);
    start = end;
  }
  push(start, para.length);
  return out;
}

// Start offsets of the maximal runs of word characters that are ASCII letters only and a word of the list.
function refFind(words: readonly string[], t: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (const m of t.slice(from, to).matchAll(/[\p{L}\p{N}$€£][\p{L}\p{M}\p{N}$€£]*/gu)) if (/^[A-Za-z]+$/.test(m[0]) && words.includes(m[0].toLowerCase())) out.push(from + m.index);
  return out;
}

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(""));
// More sentence ends and the white space outside ASCII, for the sentence splitter and trigger finder.
const SENTENCE_PIECES = [...PIECES, ". ", ". A", "\n\n", "Dr. ", "a.b. C", "𝐀. ", "\ufeff", "\u3000", "! ", "?” ", "\ud835", "H.W. ", "N.J. ", ", A.E. ", "Bush", "He "];
const sentences = fc.array(fc.constantFrom(...SENTENCE_PIECES), { maxLength: 40 }).map((a) => a.join(""));

/** A text with a random range [from, to) inside it. */
const withRange = (texts: fc.Arbitrary<string>) =>
  fc.tuple(texts, fc.nat(), fc.nat()).map(([t, a, b]): [string, number, number] => {
    const from = t.length ? a % t.length : 0;
    return [t, from, from + (t.length - from ? b % (t.length - from + 1) : 0)];
  });

describe("hand-written scanners agree with the regexes they replace", () => {
  it("the scare-quote test's word scan", () => {
    const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    const wordPieces = fc.constantFrom(...PIECES, "’", "'", "-", "rock-’n’-roll", "9-11", "𝐀𝐁", "\ud835", "\udc00", "é", "٣", "x\ud835");
    fc.assert(
      fc.property(fc.array(wordPieces, { maxLength: 30 }).map((a) => a.join("")), fc.nat(12), (t, limit) => {
        const all = t.match(WORD) ?? [];
        expect(words(t)).toEqual(all);
        expect(firstWords(t, limit)).toEqual(all.slice(0, limit));
      }),
      { numRuns: RUNS },
    );
  });

  it("the headline test's word count", () => {
    // The regex definition it replaced: words as /[\p{L}][\p{L}'’-]*/gu, capitals as /^\p{Lu}/u.
    const refHeadline = (t: string, p: Span, index: number): boolean => {
      if (index > 3 || p.end - p.start > 200) return false;
      const ws = t.slice(p.start, p.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
      if (ws.length === 0 || ws.length > 25) return false;
      return ws.length >= 3 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.75;
    };
    const headPieces = fc.constantFrom(...PIECES, "The ", "Says ", "Is ", "’", "'", "-", "𝐀𝐁 ", "\ud835", "\udc00", "É", "é ", "٣", "x\ud835", " ");
    fc.assert(
      fc.property(withRange(fc.array(headPieces, { maxLength: 30 }).map((a) => a.join(""))), fc.nat(4), ([t, from, to], index) => {
        expect(isHeadline(t, { start: from, end: to }, index)).toBe(refHeadline(t, { start: from, end: to }, index));
      }),
      { numRuns: RUNS },
    );
    // Made-up must / must-not rows.
    const head = "Trump Says Clinton Is ‘Unfit’ to Lead";
    expect(isHeadline(head, { start: 0, end: head.length }, 0)).toBe(true);
    expect(isHeadline(head, { start: 0, end: head.length }, 4)).toBe(false); // too far down
    const body = "The mayor said the bridge would reopen on Monday.";
    expect(isHeadline(body, { start: 0, end: body.length }, 0)).toBe(false);
  });

  it("tokenize keeps a word's combining marks (NFD) in it, at the offsets of the text", () => {
    const t = "Jose\u0301 Marti\u0301nez said \u0301x.";
    expect(tokenize(t, 0, t.length).map((k) => [k.text, k.start, k.end, k.word])).toEqual([
      ["Jose\u0301", 0, 5, true],
      ["Marti\u0301nez", 6, 15, true],
      ["said", 16, 20, true],
      ["\u0301", 21, 22, false],
      ["x", 22, 23, true],
      [".", 23, 24, false],
    ]);
  });

  it("tokenize", () => {
    fc.assert(
      fc.property(withRange(text), ([t, from, to]) => {
        expect(tokenize(t, from, to)).toEqual(refTokenize(t, from, to));
        expect(tokenize(t, 0, t.length)).toEqual(refTokenize(t, 0, t.length));
      }),
      { numRuns: RUNS },
    );
  });

  it("sentenceSpans", () => {
    fc.assert(
      fc.property(withRange(sentences), ([t, from, to]) => {
        expect(sentenceSpans(t, from, to)).toEqual(refSentenceSpans(t, from, to));
        expect(sentenceSpans(t, 0, t.length)).toEqual(refSentenceSpans(t, 0, t.length));
      }),
      { numRuns: RUNS },
    );
  });

  it("the trigger finder", () => {
    const words = ["said", "told", "according", "claims", "e"];
    const find = wordFinder(words);
    fc.assert(
      fc.property(withRange(sentences), ([t, from, to]) => {
        expect(find(t, from, to)).toEqual(refFind(words, t, from, to));
      }),
      { numRuns: RUNS },
    );
  });

  // Where \b and the tokeniser disagree on what a word character is: "_" (\b's, not the tokeniser's), "$",
  // letters and digits beyond ASCII and astral letters (the tokeniser's, not \b's), lone surrogates (neither's).
  const FINDER_ROWS: readonly (readonly [string, readonly number[]])[] = [
    ["he said so", [3]],
    ["_said", [1]],
    ["said_ it", [0]],
    ["a_b said_c", [4]],
    ["$said", []],
    ["said$", []],
    ["saidé", []],
    ["ésaid", []],
    ["𝐀said", []],
    ["said𝐚", []],
    ["\udc00said\ud800", [1]],
    ["SAID, Told", [0, 6]],
    ["unsaid saidsaid", []],
    ["ſaid", []],
    // Combining marks (NFD): one after a word is part of it; one after a blank is no word's.
    ["said\u0301", []],
    ["e\u0301said", []],
    ["Jose\u0301 said", [6]],
    [" \u0301said", [2]],
  ];
  it.each(FINDER_ROWS)("the trigger finder on %j", (t, want) => {
    expect(wordFinder(["said", "told"])(t, 0, t.length)).toEqual(want);
    expect(refFind(["said", "told"], t, 0, t.length)).toEqual(want);
  });

  it("the trigger finder keeps to its range", () => {
    const find = wordFinder(["said"]);
    expect(find("xsaidx", 1, 5)).toEqual([1]);
    expect(find("_said_ said", 1, 5)).toEqual([1]);
    expect(find("saidx said", 0, 4)).toEqual([0]);
    expect(find("said", 1, 4)).toEqual([]);
  });

  it("the trigger finder finds words of ASCII letters only", () => {
    const t = "e-mailed señal said e.g. x";
    expect(wordFinder(["said", "e-mailed", "señal", "e.g", "."])(t, 0, t.length)).toEqual([15]);
    expect(refFind(["said", "e-mailed", "señal", "e.g", "."], t, 0, t.length)).toEqual([15]);
    expect(wordFinder([])(t, 0, t.length)).toEqual([]);
    expect(wordFinder(["e-mailed"])(t, 0, t.length)).toEqual([]);
  });

  it("the trigger finder finds every token that is a trigger word", () => {
    const words = ["said", "told", "according", "claims", "e"];
    const find = wordFinder(words);
    fc.assert(
      fc.property(text, (t) => {
        const found = new Set(find(t, 0, t.length));
        for (const tok of tokenize(t, 0, t.length)) if (tok.word && words.includes(tok.lower)) expect(found.has(tok.start)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("the cue index", () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(8)), { maxLength: 3 }), (t, cuts) => {
        // Runs sorted and disjoint, each opening on a quote mark as the scanner's runs do.
        const marked = t;
        const runs: { outer: { start: number; end: number } }[] = [];
        let last = 0;
        for (const [a, len] of cuts.map(([a, l]) => [marked.length ? a % marked.length : 0, l] as const).sort((x, y) => x[0] - y[0])) {
          if (a < last || marked[a] !== "“") continue;
          runs.push({ outer: { start: a, end: Math.min(marked.length, a + len + 1) } });
          last = a + len + 1;
        }
        expect(buildCueIndex(marked, runs)).toEqual(refCueIndex(marked, runs));
      }),
      { numRuns: RUNS },
    );
  });

  it("a paragraph's cue index answers as the whole text's does", () => {
    // Narration, a quote, narration; "to" may open a paragraph after one that ends in "added" (the
    // lookahead reads across the edge).
    const pieces = ["added", "to", "to ", "said", "state", "they ", "that", ":", "according to", "in a statement", "Mr.", "A.", "x", "é", "𝐀", " ", "\u00a0", ".", ". ", "!", ","];
    const words = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(""));
    const paragraph = fc.tuple(words, fc.option(fc.tuple(words, words)));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.constantFrom("\n", "\n\n", " \n"), (parts, sep) => {
        let t = "";
        const paras: { start: number; end: number }[] = [];
        const byPara: { outer: { start: number; end: number } }[][] = [];
        for (const [before, quote] of parts) {
          if (t) t += sep;
          const start = t.length;
          t += before;
          const runs: { outer: { start: number; end: number } }[] = [];
          if (quote) {
            const open = t.length;
            t += `“${quote[0]}”`;
            runs.push({ outer: { start: open, end: t.length } });
            t += quote[1];
          }
          paras.push({ start, end: t.length });
          byPara.push(runs);
        }
        const all = byPara.flat();
        const whole = buildCueIndex(t, all);
        let seen = 0;
        byPara.forEach((runs, i) => {
          seen += runs.length;
          const index = buildParagraphCueIndex(t, runs, paras[i], seen < all.length ? all[seen].outer.start : t.length);
          if (!index) return;
          for (const r of runs) expect(sentenceHasCue(index, paras[i], r.outer)).toBe(sentenceHasCue(whole, paras[i], r.outer));
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe("isSpaceCode", () => {
  // Every code unit that is not a surrogate half, including U+FEFF above the surrogate range, which
  // /\s/ counts as white space (a fuzz run found the scanners and the regexes disagreeing there).
  it("agrees with /\\s/ on every BMP code unit outside the surrogate range", () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
    expect(isSpaceCode(0xfeff)).toBe(true);
    expect(isSpaceCode(0xd83d)).toBe(false);
  });
});

describe("the end-of-window prechecks", () => {
  // caseInsensitiveCodes must hold every code unit a /iu regex reads as one of its letters, or a
  // precheck would skip a window the regex matches.
  it.each(["nh", "n", "dsg", "ksdgpne", "mes"])("caseInsensitiveCodes(%s) holds every code unit /[…]/iu matches", (letters) => {
    const codes = caseInsensitiveCodes(letters);
    const re = new RegExp(`^[${letters}]$`, "iu");
    const missing: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c)) && !codes.has(c)) missing.push(c.toString(16));
    expect(missing).toEqual([]);
    expect(codes.has("x".charCodeAt(0))).toBe(false);
  });
  const cases: [string, string, number][] = [
    ["a word, then spaces", "told on  ", 6],
    ["a word with nothing after", "told on", 6],
    ["a non-breaking space and a line break are white space", "with\u00a0\n", 3],
    ["only white space", " \t\n", -1],
    ["empty", "", -1],
    ["a comma after the word", "pen name, ", 8],
  ];
  it.each(cases)("lastNonSpaceAt: %s", (_name, text, at) => {
    expect(lastNonSpaceAt(text)).toBe(at);
  });
  it("lastNonSpaceAt agrees with /\\s*$/", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", " ", "\u00a0", "\n", "\ufeff", "\ud83d", "x") }), (s) => {
        expect(lastNonSpaceAt(s)).toBe(s.search(/\s*$/u) - 1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("content's test for quotation marks", () => {
  // content() tests QUOTE_MARK only when the content holds one of the characters a mark is made of;
  // the reference always tests it, after dropping single marks as content() does.
  const sentence = (t: string): Sentence => ({ text: t, span: { start: 0, end: t.length }, toks: tokenize(t, 0, t.length), sites: null, subjects: null, clauses: null });
  const refKept = (s: Sentence, a: number, b: number, singleQuotes: boolean): boolean => {
    const span = content(s, a, b, singleQuotes);
    if (!span) return false;
    const trimmed = s.text.slice(span.start, span.end);
    return !QUOTE_MARK.test(trimmed.replace(singleQuotes ? /[‘’']/g : /[‘’]|(?<!')'(?!')/g, ""));
  };
  it("agrees with the regex on every content", () => {
    const pieces = fc.constantFrom(...PIECES, "he ", "the plan ", "'soft' ", "''", "'''", "„", "‹", "›", " 'x", "('y");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }).map((a) => a.join("")), fc.nat(), fc.nat(), fc.boolean(), (t, x, y, single) => {
        const s = sentence(t);
        const n = s.toks.length;
        const a = n ? x % n : 0;
        const b = a + (n - a ? y % (n - a + 1) : 0);
        expect(content(s, a, b, single) !== null).toBe(refKept(s, a, b, single));
      }),
      { numRuns: RUNS },
    );
  });
  const rows: [string, string, boolean, boolean][] = [
    ["no mark at all", "the plan is dead", false, true],
    ["a double mark", "the plan is “dead”", false, false],
    ["a straight double mark", 'the plan is "dead"', false, false],
    ["two apostrophes for a double mark", "the plan is ''dead''", false, false],
    ["a single-quoted word stays", "the NFL has gone ‘soft’", false, true],
    ["an apostrophe-quoted word stays", "the blast was an 'intentional act'", false, true],
    ["guillemets", "the plan is «dead»", false, false],
    ["in a headline two apostrophes pass", "X Is ''Unfit'' to Lead", true, true],
  ];
  it.each(rows)("%s", (_name, t, single, kept) => {
    const s = sentence(t);
    expect(content(s, 0, s.toks.length, single) !== null).toBe(kept);
  });
});

describe("lowerWords", () => {
  const toks = tokenize("Mr. Smith Has LONG said it", 0, 26);
  const cases: [string, number, number, string[]][] = [
    ["the lower-case forms of a stretch", 1, 4, ["smith", "has", "long"]],
    ["an abbreviation keeps its period", 0, 1, ["mr."]],
    ["an empty stretch", 2, 2, []],
    ["the whole sentence", 0, toks.length, ["mr.", "smith", "has", "long", "said", "it"]],
  ];
  it.each(cases)("%s", (_name, a, b, words) => {
    expect(lowerWords(toks, a, b)).toEqual(words);
  });
});

describe("joinedTexts", () => {
  const toks = tokenize("the plan that Mr. Smith’s team drafted", 0, 38);
  const cases: [string, number, number, string][] = [
    ["the texts as written, one space between", 0, 3, "the plan that"],
    ["a possessive stays one token, an abbreviation keeps its period", 3, 6, "Mr. Smith’s team"],
    ["one token", 6, 7, "drafted"],
    ["an empty stretch", 2, 2, ""],
  ];
  it.each(cases)("%s", (_name, a, b, text) => {
    expect(joinedTexts(toks, a, b)).toBe(text);
    expect(joinedTexts(toks, a, b)).toBe(toks.slice(a, b).map((t) => t.text).join(" "));
  });
});
