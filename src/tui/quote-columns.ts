import { layoutColumns, type Column, type Placed } from "./columns.js";
import { flagLetters, type QuoteItem } from "./quote-items.js";
import { publishedCell } from "../report/published.js";
import { outletOrArticle } from "./speaker-items.js";
import type { Scope } from "./selection.js";
import { cellWidth, flat, row } from "./text.js";

type Key = "flags" | "speaker" | "role" | "outlet" | "toWhom" | "said" | "published" | "excerpt";

type QuoteColumn = Column<Key> & {
  /**
   * The minimum rises to the widest cell in the list, up to `max` and to this fraction of the width,
   * so the column is not cut where there is room, yet a narrow terminal still has room for the rest.
   */
  readonly whole?: number;
  /** The most cells it takes when a cell of the list is wider than `max` (known from the list's shape). */
  readonly grows?: number;
  /** Left out when every row of the list has the same cell: it tells rows apart no better than the preview. */
  readonly dropWhenSame?: boolean;
  /** Left out of a list scoped this way, which the status bar names ("quotes by X"). */
  readonly dropInScope?: Scope["by"];
  readonly why: string;
};

// A fact-checker reads the quote first, then who said it: the quote always gets 40% of the row and
// the speaker column fits the names up to 24 cells; the other columns come in by priority as the
// width allows (80 columns keep flags, speaker, outlet and quote; to whom and date said follow, date
// published from about 140 and role from about 170). A column that reads the same on every row of the
// list in scope (one article's outlet and date) is left out. Whatever the table leaves out, the
// preview under the list shows for the selected quote.
const COLUMNS: readonly QuoteColumn[] = [
  { key: "flags", title: "flags", min: 5, max: 5, priority: 9, why: "five letters that say what to check" },
  {
    key: "speaker",
    title: "speaker",
    min: 10,
    max: 24,
    priority: 10,
    whole: 0.3,
    dropInScope: "speaker",
    why: "who said it; a cut name misleads, so names stay whole up to 24 cells. One speaker's list (Enter on Speakers) is named in the status bar, so it gives the name's room to the words",
  },
  { key: "role", title: "role", min: 20, max: 30, priority: 2, dropWhenSame: true, why: "long and often empty; only useful wide enough to read, and in the preview anyway" },
  { key: "outlet", title: "outlet", min: 12, max: 20, priority: 8, dropWhenSame: true, why: "which source carried it, to tell outlets apart in a story" },
  { key: "toWhom", title: "to whom", min: 10, max: 18, priority: 5, dropWhenSame: true, why: "told whom or how; the 2 flag already marks a secondhand quote" },
  { key: "said", title: "said", min: 10, max: 10, priority: 6, dropWhenSame: true, why: "the date said, when the text gives one" },
  {
    key: "published",
    title: "published",
    min: 10,
    max: 10,
    // 11 cells only in a list with a marked day ("≤2031-03-04", "2031-03-05*"), always whole
    grows: 11,
    whole: 1,
    priority: 4,
    dropWhenSame: true,
    why: "the article's date, the same on every row of an article",
  },
  { key: "excerpt", title: "quote", min: 16, share: 0.4, priority: 11, why: "the words themselves, read first" },
];

/** Widest cell of each column in a list, so bounded columns grow no wider than their contents need. */
export type ContentWidths = Readonly<Partial<Record<Key, number>>>;

/**
 * What the table knows of the list it shows: widest cells, the columns whose cell is the same on
 * every row, and for each droppable column the share of rows that fill it (absent: treated as full).
 */
export type ListShape = { readonly widths: ContentWidths; readonly same: readonly Key[]; readonly filled?: Readonly<Partial<Record<Key, number>>> };


/**
 * Columns for a list `width` cells wide (the two-cell selection marker is taken off first). With the
 * list's content widths, a column grows no wider than its widest cell and a `whole` column starts
 * there, within its min and max.
 */
export function quoteColumns(width: number, shape: ListShape = { widths: {}, same: [] }): Placed<Key>[] {
  // A column the scope leaves out is laid out as if it were there, then its cells go to the quote:
  // handed to the optional columns instead, one speaker's list at 80 columns gained "to whom" cut to
  // "in a stat…" and a date said, and its quotes were no longer than before.
  const scopedOut = new Set(COLUMNS.filter((c) => c.dropInScope && shape.same.includes(c.key)).map((c) => c.key));
  const cols = COLUMNS.filter((c) => !(c.dropWhenSame && shape.same.includes(c.key))).map((c): QuoteColumn => {
    const widest = shape.widths[c.key];
    if (widest === undefined || c.max === undefined) return c;
    const max = Math.max(c.min, Math.min(c.grows ?? c.max, widest));
    const min = c.whole === undefined ? c.min : Math.max(c.min, Math.min(max, Math.floor(c.whole * (width - 2))));
    return { ...c, max, min };
  });
  // Flags, speaker and quote first; then each optional column, by priority times the share of rows
  // that fill it, comes in only where it takes cells from the quote alone (which keeps its 40%),
  // never from a column already placed. Laid out by priority alone, a date said on 5 of Palmyra's
  // 59 rows read "—" down the list at 120 columns while it cut "to whom" to "in a stat…".
  const fill = (k: Key) => shape.filled?.[k] ?? 1;
  const worth = (c: QuoteColumn) => fill(c.key) * c.priority;
  const optional = cols.filter((c) => c.dropWhenSame).sort((a, b) => worth(b) - worth(a));
  let keys = new Set(cols.filter((c) => !c.dropWhenSame).map((c) => c.key));
  let placed = layoutColumns(cols.filter((c) => keys.has(c.key)), width - 2);
  for (const s of optional) {
    const more = new Set([...keys, s.key]);
    const tried = layoutColumns(cols.filter((c) => more.has(c.key)), width - 2);
    const kept = (p: Placed<Key>) => p.key === "excerpt" || tried.some((t) => t.key === p.key && t.width === p.width);
    if (tried.some((t) => t.key === s.key) && placed.every(kept)) {
      keys = more;
      placed = tried;
    }
  }
  if (!placed.some((p) => scopedOut.has(p.key))) return placed;
  // the freed cells first make a cut column whole (an outlet cut to "The Harlow Led…"), then go to the quote
  let freed = placed.filter((p) => scopedOut.has(p.key)).reduce((n, p) => n + p.width + 1, 0);
  const grown = placed
    .filter((p) => !scopedOut.has(p.key))
    .map((p) => {
      const max = cols.find((c) => c.key === p.key)?.max;
      if (p.key === "excerpt" || max === undefined) return p;
      const add = Math.min(freed, Math.max(0, max - p.width));
      freed -= add;
      return { ...p, width: p.width + add };
    });
  return grown.map((p) => (p.key === "excerpt" ? { ...p, width: p.width + freed } : p));
}

const cell = (i: QuoteItem, k: Key): string => {
  switch (k) {
    case "flags":
      return flagLetters(i.flags);
    case "speaker":
      return i.speaker;
    case "role":
      return i.quote.role ?? "";
    case "outlet":
      // The article when the outlet is unknown, as Speakers and the finding cards give it: on PolNeAR
      // dev, "outlet unknown" on 1,300 of 1,442 rows told no row's source from another's.
      return outletOrArticle(i);
    case "toWhom":
      return i.toWhom || "—";
    case "said":
      // Blank, not "—": most quotes give no day, and the reports and the preview leave it out.
      return i.said;
    case "published":
      // A day the article does not give itself is marked as in the tables: "≤" the mail's day, "*" the file name's.
      return publishedCell({ published: i.published, publishedFrom: i.article?.publishedFrom }) || "—";
    case "excerpt":
      return i.excerpt;
  }
};

/** A cell that says nothing of its row: no role, date or to-whom. */
const isEmpty = (i: QuoteItem, k: Key): boolean => {
  switch (k) {
    case "role":
      return !i.quote.role;
    case "outlet":
      // Never: an unknown outlet's cell names the article, which tells rows apart as an outlet does
      // (one article's rows read the same and leave the column by dropWhenSame).
      return false;
    case "toWhom":
      return !i.toWhom;
    case "said":
      return !i.said;
    case "published":
      return !i.published;
    default:
      return false;
  }
};

const SIZED: readonly Key[] = ["speaker", "role", "outlet", "toWhom", "published"];

/**
 * The widest speaker, role, outlet, to-whom and published cell over the whole list (not the rows on screen, so
 * columns stay put while scrolling), and the droppable columns that read the same on every row of a
 * list of two rows or more ("outlet unknown" throughout, one article's quotes, no date said anywhere)
 * or every one of them in an empty list,
 * with those a scope leaves out (the speaker, in one speaker's list).
 */
export function listShape(items: readonly QuoteItem[], scope: Pick<Scope, "by"> | null = null): ListShape {
  const widths: Partial<Record<Key, number>> = {};
  for (const k of SIZED) widths[k] = items.reduce((m, i) => Math.max(m, cellWidth(flat(cell(i, k)))), 0);
  const first = items[0];
  const filled: Partial<Record<Key, number>> = {};
  if (items.length >= 2)
    for (const c of COLUMNS) if (c.dropWhenSame) filled[c.key] = items.filter((i) => !isEmpty(i, c.key)).length / items.length;
  // An empty list has nothing in any optional column: its header was "said" and "outlet" over no rows.
  const same = !first
    ? COLUMNS.filter((c) => c.dropWhenSame).map((c) => c.key)
    : items.length < 2
      ? []
      : COLUMNS.filter((c) => c.dropWhenSame && items.every((i) => cell(i, c.key) === cell(first, c.key))).map((c) => c.key);
  const scoped = scope ? COLUMNS.filter((c) => c.dropInScope === scope.by).map((c) => c.key) : [];
  return { widths, same: [...same, ...scoped], filled };
}

export const quoteHeader = (cols: readonly Placed<Key>[]): string => row(cols.map((c) => c.title), cols.map((c) => c.width));
export const quoteLine = (i: QuoteItem, cols: readonly Placed<Key>[]): string => row(cols.map((c) => cell(i, c.key)), cols.map((c) => c.width));
