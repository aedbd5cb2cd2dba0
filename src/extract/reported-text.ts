import type { Span } from "../model/index.js";

/**
 * Fast text helpers for the reported-speech extractor: sentence bounds inside a paragraph and a word
 * tokeniser for one sentence. They run only on paragraphs that contain a cue word, and are a single
 * regex pass each, so the extractor stays linear in the text.
 */

export type Token = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Starts with an upper-case letter or is a number. */
  readonly cap: boolean;
  readonly word: boolean;
};

// Words that end in a period without ending the sentence. Lower-case, without the period.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
  "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "nos", "vs", "jan", "feb", "mar", "apr",
  "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "d.c", "e.g", "i.e", "ft", "mt", "pres",
  "supt", "atty", "calif", "fla", "ala", "ariz", "ark", "colo", "conn", "del", "ga", "ill", "ind", "kan", "ky",
  "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
  "va", "vt", "wash", "wis", "wyo", "dept", "est", "approx",
]);

// A sentence ends at . ! ? or … (with closing quotes or brackets after it) before a space and a
// capital, a digit, an opening quote or bracket; or at a line break inside the paragraph.
const SENTENCE_END = /[.!?…]+(?:''|["”’')\]])*(?=\s+(?:''|["“‘'([])?[\p{Lu}\p{N}])|\n+/gu;

/** Sentence spans (absolute offsets) of `text.slice(from, to)`, without surrounding white space. */
export function sentenceSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const para = text.slice(from, to);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(para); m; m = SENTENCE_END.exec(para)) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      const before = /([\p{L}.]+)$/u.exec(para.slice(Math.max(start, m.index - 12), m.index));
      const w = before ? before[1]!.toLowerCase() : "";
      // "Mr." or an initial ("Michael C. Cernech") does not end a sentence.
      if (m[0].length === 1 && (ABBREVIATIONS.has(w) || /^\p{Lu}$/u.test(before?.[1] ?? ""))) continue;
    }
    pushTrimmed(para, start, m[0][0] === "\n" ? m.index : end, from, out);
    start = end;
  }
  pushTrimmed(para, start, para.length, from, out);
  return out;
}

function pushTrimmed(para: string, s: number, e: number, base: number, out: Span[]): void {
  while (s < e && /\s/.test(para[s]!)) s++;
  while (e > s && /\s/.test(para[e - 1]!)) e--;
  if (e > s) out.push({ start: base + s, end: base + e });
}

const TOKEN = /[\p{L}\p{N}$€£]+(?:['’.\-&,:/][\p{L}\p{N}]+)*|''|--|[^\s\p{L}\p{N}]/gu;

const isWordChar = (c: number, ch: string): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || (c > 127 && /[\p{L}\p{N}€£]/u.test(ch));
const isCapChar = (c: number, ch: string): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 36 || (c > 127 && /\p{Lu}/u.test(ch));

/** Tokens of `text.slice(from, to)` with absolute offsets; "Mr." and "U.S." keep their period. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    let end = m.index + m[0].length;
    let t = m[0];
    const c0 = t.charCodeAt(0);
    const word = isWordChar(c0, t[0]!);
    // "1,409" and "5:20" are one token, but "said,he" is not: only digits join across , and :.
    if (word && (t.includes(",") || t.includes(":")) && !(c0 >= 48 && c0 <= 57)) {
      const cut = Math.min(...[t.indexOf(","), t.indexOf(":")].filter((x) => x > 0));
      t = t.slice(0, cut);
      end = m.index + t.length;
      TOKEN.lastIndex = end;
    }
    if (word && s.charCodeAt(end) === 46) {
      const lower = t.toLowerCase();
      if (ABBREVIATIONS.has(lower) || (t.length === 1 && isCapChar(c0, t)) || /^(\p{L}\.)+\p{L}$/u.test(t)) {
        end++;
        t += ".";
        TOKEN.lastIndex = end;
      }
    }
    out.push({ start: from + m.index, end: from + end, text: t, lower: t.toLowerCase(), cap: isCapChar(c0, t[0]!), word });
  }
  return out;
}

/** Quotation marks of any style, including the doubled apostrophe some wires use for ”. */
export const QUOTE_MARK = /["“”„«»‹›‘]|''|(?:^|[\s(])'(?=\p{L})/u;

/**
 * Stretches of a paragraph inside quotation marks (absolute offsets, sorted): “…”, «…», "…" and the
 * doubled apostrophe ''…'' some wires use. A mark left open runs to the paragraph's end, as a quote
 * that continues into the next paragraph does. A speech verb in such a stretch belongs to the quoted
 * speaker's own words ("I can tell you that ..."), not to the article's reported speech.
 */
export function quotedRanges(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  let closer = "";
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== "“" && c !== "”" && c !== '"' && c !== "«" && c !== "»" && !(c === "'" && text[i + 1] === "'")) continue;
    const mark = c === "'" ? "''" : c;
    if (open < 0) {
      if (mark === "”" || mark === "»") continue; // a stray closing mark
      open = i;
      closer = mark === "“" ? "”" : mark === "«" ? "»" : mark;
    } else if (mark === closer || (closer === "”" && mark === '"')) {
      out.push({ start: open, end: i + mark.length });
      open = -1;
    }
    if (mark === "''") i++;
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}
