import { HIDDEN } from "./reflow.js";

/**
 * Text copied out of CSV (a spreadsheet's column, a scraper's export) keeps its escaping: every
 * quotation mark inside a cell doubled (`""We will win,"" she said`), and a mark around each cell
 * that holds one. Read as it stands, each doubled mark closed a quote and opened the next, and the
 * story's quotes came out as fragments credited to nobody, or not at all.
 *
 * The rules are CSV's own and strict, so prose is never taken for it: the text is one column of
 * cells, a line each (a cell in marks may run over lines), every mark inside a cell doubled; or,
 * a cell copied without its own marks, every straight double quote in the text is doubled. A
 * single straight quote anywhere else, or fewer than two doubled pairs (`""`, an empty string in a
 * snippet of code), and the text is left as it is. The extra marks become HIDDEN, so the text keeps
 * its offsets.
 */

// Fewer doubled pairs than this is no quote (one opening and one closing mark at least).
const MIN_PAIRS = 2;

/** Marks to hide (offsets) and how many doubled pairs they undo. */
type Undoubling = { readonly hide: readonly number[]; readonly pairs: number };

/** The marks to hide when every run of straight double quotes is of even length: the second of each pair. */
function allDoubled(text: string): Undoubling | null {
  const hide: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i)) {
    let j = i;
    while (text.charCodeAt(j) === 34) j++;
    if ((j - i) % 2) return null;
    for (let k = i + 1; k < j; k += 2) hide.push(k);
    i = j;
  }
  return { hide, pairs: hide.length };
}

const lineEnd = (text: string, at: number): boolean => at >= text.length || text[at] === "\n" || (text[at] === "\r" && text[at + 1] === "\n");

/**
 * Offsets of the marks to hide when the text is one column of CSV: each line a cell, unquoted (no
 * mark in it) or quoted (a mark opens it at the line's start and one closes it at a line's end,
 * every mark between them doubled). The cell's marks go, and of each pair the second.
 */
function csvColumn(text: string): Undoubling | null {
  const hide: number[] = [];
  let pairs = 0;
  let pos = 0;
  // The next mark at or after `pos`, looked for again only once `pos` has passed it (one scan in all).
  let mark = -1;
  while (pos < text.length) {
    let next = text.indexOf("\n", pos);
    if (next < 0) next = text.length;
    if (text[pos] !== '"') {
      // An unquoted cell holds no mark.
      if (mark < pos) mark = text.indexOf('"', pos);
      if (mark < 0) break;
      if (mark < next) return null;
      pos = next + 1;
      continue;
    }
    hide.push(pos);
    let i = pos + 1;
    for (;;) {
      const j = text.indexOf('"', i);
      if (j < 0) return null; // a cell never closed
      if (text[j + 1] === '"') {
        hide.push(j + 1);
        pairs++;
        i = j + 2;
        continue;
      }
      if (!lineEnd(text, j + 1)) return null; // a lone mark inside the cell
      hide.push(j);
      next = text.indexOf("\n", j + 1);
      pos = next < 0 ? text.length : next + 1;
      break;
    }
  }
  return { hide, pairs };
}

/** The text with CSV's doubled quotation marks read as single ones (the extras HIDDEN), or null when it is no CSV text. */
export function undoubledCsvQuotes(text: string): string | null {
  if (!text.includes('""')) return null; // most text: one scan, nothing more
  const found = allDoubled(text) ?? csvColumn(text);
  if (!found || found.pairs < MIN_PAIRS) return null;
  const out = text.split("");
  for (const k of found.hide) out[k] = HIDDEN;
  return out.join("");
}
