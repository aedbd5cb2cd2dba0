import { layoutColumns, type Column, type Placed } from "./columns.js";
import { outletCounts, type SpeakerItem } from "./speaker-items.js";
import { row } from "./text.js";

type Key = "name" | "type" | "quotes" | "articles" | "outlets" | "roles";

const COLUMNS: readonly Column<Key>[] = [
  { key: "name", title: "speaker", min: 18, max: 30, priority: 10 },
  { key: "type", title: "kind", min: 12, max: 12, priority: 3 },
  { key: "quotes", title: "quotes", min: 6, max: 6, priority: 9 },
  { key: "articles", title: "articles", min: 8, max: 8, priority: 5 },
  { key: "outlets", title: "quotes per outlet", min: 24, priority: 8 },
  { key: "roles", title: "roles", min: 16, max: 40, priority: 2 },
];

export const speakerColumns = (width: number): Placed<Key>[] => layoutColumns(COLUMNS, width - 2);

const cell = (s: SpeakerItem, k: Key): string =>
  ({
    name: s.name,
    type: s.type,
    quotes: String(s.quotes),
    articles: String(s.articles),
    outlets: outletCounts(s),
    roles: s.roles.join("; "),
  })[k];

export const speakerHeader = (cols: readonly Placed<Key>[]): string => row(cols.map((c) => c.title), cols.map((c) => c.width));
export const speakerLine = (s: SpeakerItem, cols: readonly Placed<Key>[]): string => row(cols.map((c) => cell(s, c.key)), cols.map((c) => c.width));
