import { layoutColumns, type Column, type Placed } from "./columns.js";
import { flagLetters, type QuoteItem } from "./quote-items.js";
import { row } from "./text.js";

type Key = "flags" | "speaker" | "role" | "outlet" | "toWhom" | "said" | "published" | "excerpt";

// Priorities decide what an 80-column terminal keeps: flags, speaker, outlet, to whom, date said
// and the excerpt; date published comes back from about 90 columns on and role from about 110 (and are always
// in the preview under the list).
const COLUMNS: readonly Column<Key>[] = [
  { key: "flags", title: "flags", min: 5, max: 5, priority: 9 },
  { key: "speaker", title: "speaker", min: 14, max: 24, priority: 10 },
  { key: "role", title: "role", min: 18, max: 26, priority: 2 },
  { key: "outlet", title: "outlet", min: 14, max: 20, priority: 8 },
  { key: "toWhom", title: "to whom", min: 10, max: 18, priority: 5 },
  { key: "said", title: "said", min: 10, max: 10, priority: 6 },
  { key: "published", title: "published", min: 10, max: 10, priority: 4 },
  { key: "excerpt", title: "quote", min: 16, priority: 7 },
];

/** Columns for a list `width` cells wide (the two-cell selection marker is taken off first). */
export const quoteColumns = (width: number): Placed<Key>[] => layoutColumns(COLUMNS, width - 2);

const cell = (i: QuoteItem, k: Key): string => {
  switch (k) {
    case "flags":
      return flagLetters(i.flags);
    case "speaker":
      return i.speaker;
    case "role":
      return i.quote.role ?? "";
    case "outlet":
      return i.outlet;
    case "toWhom":
      return i.toWhom || "—";
    case "said":
      return i.said || "—";
    case "published":
      return i.published || "—";
    case "excerpt":
      return i.excerpt;
  }
};

export const quoteHeader = (cols: readonly Placed<Key>[]): string => row(cols.map((c) => c.title), cols.map((c) => c.width));
export const quoteLine = (i: QuoteItem, cols: readonly Placed<Key>[]): string => row(cols.map((c) => cell(i, c.key)), cols.map((c) => c.width));
