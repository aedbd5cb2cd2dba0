import type { Span } from "../model/index.js";

/** A word or punctuation mark in a short window of the article, with its offsets. */
export type Tok = { readonly text: string; readonly lower: string; readonly start: number; readonly end: number; readonly word: boolean };

// Abbreviations whose full stop belongs to the word ("Mr.", "Sen.", "D.C.").
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "jr", "sr", "prof", "rev",
  "fr", "inc", "co", "corp", "ltd", "no", "vs", "u.s", "u.n", "d.c", "u.k", "e.u", "mt", "ft", "ave", "blvd", "adm", "cmdr",
  "maj", "pres", "supt", "det", "hon",
]);

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-.]*[\p{L}\p{N}])?|\S/gu;

/** Tokenise `text.slice(span.start, span.end)`; offsets are into `text`. */
export function tokenize(text: string, span: Span): Tok[] {
  const slice = text.slice(span.start, span.end);
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    let end = m.index + t.length;
    const word = /^[\p{L}\p{N}]/u.test(t);
    if (word) {
      const l = t.toLowerCase();
      // Keep the stop of an abbreviation or an initial ("Harry M. Reid") with the word.
      // A stop before a comma, a bracket or a lower-case word ends an abbreviation, not a sentence.
      const after = /^\.\s*([^\s])/u.exec(slice.slice(end, end + 4))?.[1];
      const abbrevStop = after !== undefined && /[,)\]\p{Ll}]/u.test(after);
      if (slice[end] === "." && (ABBREVIATIONS.has(l) || /^\p{Lu}$/u.test(t) || /^(?:\p{L}\.)+\p{L}$/u.test(t) || abbrevStop)) {
        t += ".";
        end++;
        TOKEN.lastIndex = end;
      }
      // A possessive is its own token so "Omran’s" gives the name "Omran".
      const poss = /^(.*\p{L})(['’]s?)$/u.exec(t);
      if (poss && poss[2].length > 0 && !/^[\p{Lu}]['’]/u.test(t)) {
        const base = poss[1];
        out.push(mk(base, span.start + m.index, true));
        out.push(mk(poss[2], span.start + m.index + base.length, false));
        continue;
      }
    }
    out.push(mk(t, span.start + m.index, word));
  }
  return out;
}

function mk(text: string, start: number, word: boolean): Tok {
  return { text, lower: text.toLowerCase(), start, end: start + text.length, word };
}

export const isCap = (t: Tok): boolean => t.word && /^\p{Lu}/u.test(t.text);
export const isPossessive = (t: Tok): boolean => !t.word && /^['’]s?$/.test(t.text);
