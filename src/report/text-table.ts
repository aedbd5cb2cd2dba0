// Terminal cells of one character: East Asian wide scripts and emoji shown as emoji take two,
// combining marks and format characters none. A close match to string-width without loading it
// (and its emoji tables) for every plain table.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Emoji_Presentation}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;
const HALFWIDTH = /[\uff61-\uffdc]/;
const charCells = (ch: string): number => (ZERO.test(ch) ? 0 : WIDE.test(ch) && !HALFWIDTH.test(ch) ? 2 : 1);

// Made on first use: building it loads ICU's segmentation data (10-50 ms, a tenth of a one-file run's
// start-up), and every `extract --format jsonl|csv` run loads this module for defuseFormula alone.
let graphemes: Intl.Segmenter | null = null;

/** `s` cut to `w` terminal cells (whole characters, "…" when cut) and padded to exactly `w`. */
function fitCells(s: string, w: number): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s.length > w ? s.slice(0, Math.max(0, w - 1)) + "…" : s.padEnd(w);
  // Whole graphemes, each as wide as its widest character: a cut inside a flag or a joined emoji
  // ("👨‍👩‍👧") left half of it, and the parts of one counted as several.
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const chars = Array.from(graphemes.segment(s), (g) => g.segment);
  const widths = chars.map((g) => Math.max(0, ...Array.from(g, charCells)));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= w) return s + " ".repeat(w - total);
  let out = "";
  let used = 0;
  for (const [i, ch] of chars.entries()) {
    if (used + widths[i] > w - 1) break;
    out += ch;
    used += widths[i];
  }
  return out + "…" + " ".repeat(Math.max(0, w - 1 - used));
}

/**
 * How a table fits a terminal narrower than its widths: `columns` cells in all, each column's least
 * width (`min`), which columns are dropped first when even those do not fit (`keep`: lowest goes
 * first) and the column that is never dropped (`grow`, the quote or claim). Output to a file or
 * a pipe is not fitted: its columns and widths stay as they are for the programs that read it.
 */
export type TableFit = {
  readonly columns: number;
  readonly min: readonly number[];
  readonly keep: readonly number[];
  readonly grow: number;
  /** The share of the line `grow` keeps at the least (a quote's words: a third), when more than its `min`. */
  readonly share?: number;
};

const GAP = 2;

/**
 * The columns shown and their widths in `fit.columns` cells. A column with nothing in any row goes
 * first (a "said on" no quote gives); then, while even the least widths do not fit, the column kept
 * least (never `grow`); the room left goes to the columns, most kept first, up to their widths.
 * At 80 columns the extract table was 153 cells wide: every row ran over two or three lines.
 */
export function fitColumns(rows: readonly (readonly string[])[], widths: readonly number[], fit: TableFit): { readonly shown: readonly number[]; readonly widths: readonly number[] } {
  let shown = widths.map((_, i) => i).filter((i) => i === fit.grow || !rows.length || rows.some((r) => (r[i] ?? "").trim() !== ""));
  const least = (i: number) => Math.min(widths[i], Math.max(fit.min[i] ?? widths[i], i === fit.grow ? Math.floor(fit.columns * (fit.share ?? 0)) : 0));
  const need = (cols: readonly number[], w: (i: number) => number) => cols.reduce((n, i) => n + w(i), 0) + GAP * Math.max(0, cols.length - 1);
  while (shown.length > 1 && need(shown, least) > fit.columns) {
    const drop = shown.filter((i) => i !== fit.grow).reduce((a, b) => ((fit.keep[b] ?? 0) < (fit.keep[a] ?? 0) ? b : a));
    shown = shown.filter((i) => i !== drop);
  }
  const w = new Map(shown.map((i) => [i, least(i)]));
  let room = fit.columns - need(shown, (i) => w.get(i)!);
  for (const i of [...shown].sort((a, b) => (fit.keep[b] ?? 0) - (fit.keep[a] ?? 0))) {
    if (room <= 0) break;
    const more = Math.min(room, widths[i] - w.get(i)!);
    w.set(i, w.get(i)! + more);
    room -= more;
  }
  return { shown, widths: shown.map((i) => w.get(i)!) };
}

/**
 * Plain fixed-width table; cells are cut to their column width (in terminal cells) with an ellipsis.
 * With `fit`, columns are dropped and narrowed to fit a terminal of that width (fitColumns).
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], fit?: TableFit): string {
  if (fit) {
    const f = fitColumns(rows, widths, fit);
    const pick = (r: readonly string[]) => f.shown.map((i) => r[i] ?? "");
    return textTable(pick(header), rows.map(pick), f.widths);
  }
  const cell = (s: string, w: number) => fitCells(s.replace(/\s+/g, " "), w);
  const line = (r: readonly string[]) => r.map((c, i) => cell(c, widths[i] ?? 20)).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}

// A cell that starts like a formula runs as one in a spreadsheet; a leading apostrophe keeps it text.
const FORMULA = /^[=+\-@\t\r]/;
export const defuseFormula = (v: unknown): unknown => (typeof v === "string" && FORMULA.test(v) ? `'${v}` : v);

/** RFC 4180 CSV field. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: readonly unknown[]): string => fields.map(csvField).join(",") + "\r\n";
