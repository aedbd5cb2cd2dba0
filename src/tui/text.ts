import stringWidth from "string-width";

/** Terminal cell width of a string (wide CJK and emoji count 2, combining marks 0). */
export const cellWidth = (s: string): number => stringWidth(s);

/** Collapse runs of whitespace (line and paragraph breaks too) into single spaces. */
export const flat = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Cut `s` to `width` cells, ending with "…" when something was cut. */
export function truncate(s: string, width: number): string {
  if (width <= 0) return "";
  if (cellWidth(s) <= width) return s;
  let out = "";
  let used = 0;
  // Whole graphemes: a cut inside a flag or a joined emoji ("👨‍👩‍👧") left half of it on screen.
  for (const { segment } of graphemes.segment(s)) {
    const w = cellWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  // a cut right after a word ends "The New York…", not "The New York …" (a blank that read as a gap)
  return out.trimEnd() + "…";
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Cut `s` to `width` cells from its start, beginning with "…" when something was cut: the end stays. */
export function truncateStart(s: string, width: number): string {
  if (width <= 0) return "";
  if (cellWidth(s) <= width) return s;
  const parts = [...graphemes.segment(s)].map((g) => g.segment);
  let out = "";
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = cellWidth(parts[i]);
    if (used + w > width - 1) break;
    out = parts[i] + out;
    used += w;
  }
  return "…" + out.trimStart();
}

/** `s` cut or padded with spaces to exactly `width` cells. */
export function fit(s: string, width: number): string {
  const t = truncate(flat(s), width);
  return t + " ".repeat(Math.max(0, width - cellWidth(t)));
}

/** Cells laid side by side at the given widths, separated by `gap` spaces. */
export const row = (cells: readonly string[], widths: readonly number[], gap = 1): string =>
  cells.map((c, i) => fit(c, widths[i] ?? 0)).join(" ".repeat(gap));

/**
 * Greedy word wrap of plain text to `width` cells; paragraph breaks ("\n") are kept as line breaks.
 * A word wider than the line is cut ("…") unless `long` is "break": then it runs on over as many
 * lines as it needs, so its end shows (a file's path and its :line:col).
 */
export function wrap(text: string, width: number, long: "cut" | "break" = "cut"): string[] {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (cellWidth(candidate) <= width) line = candidate;
      else {
        if (line) out.push(line);
        if (cellWidth(word) <= width) line = word;
        else if (long === "cut") line = truncate(word, width);
        else {
          const pieces = breakWord(word, width);
          out.push(...pieces.slice(0, -1));
          line = pieces[pieces.length - 1];
        }
      }
    }
    out.push(line);
  }
  return out;
}

/** Where a path may break: after a folder, a word of its name or before its extension. */
const PATH_BREAK = /[/_.-]/;

/**
 * A word in pieces of at most `width` cells (at least one grapheme each), whole graphemes. A piece
 * ends after its last "/", "_", "-" or "." when that leaves it a third of the line or more, so a
 * path's :line:col stays on one line: cut at the width, Detail read "…ohio.txt:27" over ":145)",
 * a line number that is not the quote's.
 */
function breakWord(word: string, width: number): string[] {
  const pieces = [""];
  for (const { segment } of graphemes.segment(word)) {
    const last = pieces[pieces.length - 1];
    if (!last || cellWidth(last + segment) <= width) {
      pieces[pieces.length - 1] = last + segment;
      continue;
    }
    let at = last.length - 1;
    while (at > 0 && !PATH_BREAK.test(last[at])) at--;
    const head = last.slice(0, at + 1);
    if (at > 0 && cellWidth(head) >= Math.ceil(width / 3)) {
      pieces[pieces.length - 1] = head;
      pieces.push(last.slice(at + 1) + segment);
    } else pieces.push(segment);
  }
  return pieces;
}

/** "18.4 KB" style sizes for the Sources view. */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
