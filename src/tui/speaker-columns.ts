import { layoutColumns, type Column, type Placed } from "./columns.js";
import { outletCounts, type SpeakerItem } from "./speaker-items.js";
import { cellWidth, fit, flat, truncate } from "./text.js";

type Key = "name" | "type" | "quotes" | "articles" | "outlets" | "roles";

/** The name width the roles column gives way to: names this long stay whole before roles come in. */
const NAME_KEPT = 24;

// Which columns a width keeps is decided by priority on the minimums; how wide each kept column is,
// by the growth steps below.
const COLUMNS: readonly Column<Key>[] = [
  { key: "name", title: "speaker", min: 14, max: 30, priority: 10 },
  { key: "type", title: "type", min: 4, max: 12, priority: 3 },
  { key: "quotes", title: "quotes", min: 6, max: 6, priority: 9 },
  { key: "articles", title: "articles", min: 8, max: 8, priority: 5 },
  // 17: the title, "quotes per outlet", whole
  { key: "outlets", title: "quotes per outlet", min: 17, max: 40, priority: 8 },
  { key: "roles", title: "roles", min: 20, priority: 2 },
];

/** What the list's cells need, over every speaker before any filter (so columns stay put while typing). */
export type SpeakerShape = {
  /** Widest cell of each sized column. */
  readonly widest: Readonly<Partial<Record<Key, number>>>;
  /** The width nine names in ten fit in. */
  readonly typicalName: number;
  /** The widest first entry of "quotes per outlet" ("outlet unknown 101"): the outlet that carried most, with its count. */
  readonly leadOutlet: number;
  /** The width nine of ten speakers' roles fit in, of those with roles. */
  readonly typicalRoles: number;
};

type Growth = { readonly id: string; readonly key: Key; readonly to: (s: SpeakerShape) => number; readonly why: string };

// The spare cells, step by step: each step widens one column up to a target while cells are left.
// Sized by fixed minimums instead, at 100 columns the speaker and outlet columns held 8-10 blank
// cells on most rows while the roles were cut at 16 ("the director-ge…"), and at 120 one speaker
// quoted by two outlets or one long organisation name took the room every row's roles needed.
const GROWTH: readonly Growth[] = [
  { id: "names-typical", key: "name", to: (s) => s.typicalName, why: "who, read first: nine names in ten whole" },
  { id: "lead-outlet", key: "outlets", to: (s) => s.leadOutlet, why: "every row's main outlet with its count whole; a cut count ('outlet unknown 1…') misleads" },
  { id: "roles-readable", key: "roles", to: (s) => Math.min(40, s.widest.roles ?? 40), why: "most roles given are 30-50 cells ('the director-general of UNESCO')" },
  { id: "names-widest", key: "name", to: (s) => s.widest.name ?? 0, why: "the long names (organisations, descriptions of unnamed sources)" },
  { id: "roles-typical", key: "roles", to: (s) => s.typicalRoles, why: "nine speakers' roles in ten whole, before the few speakers several outlets quote" },
  { id: "outlets-widest", key: "outlets", to: (s) => s.widest.outlets ?? 0, why: "the speakers several outlets quote" },
  { id: "roles-rest", key: "roles", to: (s) => s.widest.roles ?? 0, why: "roles run long (several per speaker): the rest is theirs, up to the longest" },
];

const cell = (s: SpeakerItem, k: Key): string =>
  ({
    name: s.name,
    type: s.type,
    quotes: String(s.quotes),
    articles: String(s.articles),
    outlets: outletCounts(s),
    roles: s.roles.join("; "),
  })[k];

/** The width nine cells in ten fit in (nearest rank); 0 for no cells. */
export function typicalWidth(widths: readonly number[]): number {
  if (!widths.length) return 0;
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)];
}

const widestOf = (items: readonly SpeakerItem[], text: (s: SpeakerItem) => string): number => items.reduce((m, s) => Math.max(m, cellWidth(flat(text(s)))), 0);

export function speakerShape(items: readonly SpeakerItem[]): SpeakerShape {
  const widest: Partial<Record<Key, number>> = {};
  for (const k of ["name", "type", "outlets", "roles"] as const) widest[k] = widestOf(items, (s) => cell(s, k));
  const lead = (s: SpeakerItem) => (s.perOutlet[0] ? `${s.perOutlet[0].outlet} ${s.perOutlet[0].count}` : "");
  return {
    widest,
    typicalName: typicalWidth(items.map((s) => cellWidth(flat(s.name)))),
    leadOutlet: widestOf(items, lead),
    typicalRoles: typicalWidth(items.filter((s) => s.roles.length).map((s) => cellWidth(flat(cell(s, "roles"))))),
  };
}

const EMPTY: SpeakerShape = { widest: {}, typicalName: 0, leadOutlet: 0, typicalRoles: 0 };

/**
 * Columns for a list `width` cells wide (the two-cell selection marker taken off): the columns the
 * width keeps at their minimums (the type column as wide as its widest type, so "organisation"
 * is whole), then the spare cells handed out by the growth steps.
 */
export function speakerColumns(width: number, shape: SpeakerShape = EMPTY): Placed<Key>[] {
  const room = width - 2;
  const kind = Math.min(12, Math.max(4, shape.widest.type ?? 12));
  // The roles come in only with room for the names nine in ten fit, up to NAME_KEPT: a narrow kind
  // column (no organisations) let them in at 80 columns as a 20-cell stub beside names cut to 17.
  const name = Math.min(NAME_KEPT, Math.max(14, shape.typicalName));
  const cols = COLUMNS.map((c) => (c.key === "type" ? { ...c, min: kind, max: kind } : c.key === "name" ? { ...c, min: name } : c));
  const placed = layoutColumns(cols, room);
  const widths = new Map<Key, number>(placed.map((p) => [p.key, cols.find((c) => c.key === p.key)?.min ?? p.width]));
  let free = room - [...widths.values()].reduce((s, w) => s + w, 0) - Math.max(0, placed.length - 1);
  // no shape (no list to measure): the layout's own share-out
  if (shape === EMPTY || free < 0) return placed;
  for (const step of GROWTH) {
    const now = widths.get(step.key);
    const c = cols.find((d) => d.key === step.key);
    if (now === undefined || !c) continue;
    const add = Math.max(0, Math.min(free, Math.min(step.to(shape), c.max ?? Number.POSITIVE_INFINITY) - now));
    widths.set(step.key, now + add);
    free -= add;
  }
  return placed.map((p) => ({ ...p, width: widths.get(p.key) ?? p.width }));
}

/**
 * "quotes per outlet" cut between outlets and never inside a count: "outlet unknown 101 · +2" (two
 * more outlets) or "outlet unknown 101 …" rather than "outlet unknown 101 · As…", and "The New
 * York… 2 · +1" rather than "The New York Times 2…" (2 quotes, or 20?). Only a cell too narrow for
 * any outlet's name is cut as text.
 */
export function outletCell(s: SpeakerItem, width: number): string {
  const entries = s.perOutlet.map((o) => `${o.outlet} ${o.count}`);
  const whole = entries.join(" · ");
  if (cellWidth(whole) <= width) return whole;
  for (let n = entries.length - 1; n >= 1; n--) {
    const text = `${entries.slice(0, n).join(" · ")} · +${entries.length - n}`;
    if (cellWidth(text) <= width) return text;
  }
  // no room for how many more: the first outlet whole, "…" for the rest
  const first = `${entries[0]} …`;
  if (cellWidth(first) <= width) return first;
  const lead = s.perOutlet[0];
  const tail = ` ${lead.count}${entries.length > 1 ? ` · +${entries.length - 1}` : ""}`;
  const room = width - cellWidth(tail);
  return room >= 4 ? truncate(lead.outlet, room) + tail : truncate(whole, width);
}

export const speakerHeader = (cols: readonly Placed<Key>[]): string => cols.map((c) => fit(c.title, c.width)).join(" ");
export const speakerLine = (s: SpeakerItem, cols: readonly Placed<Key>[]): string =>
  cols.map((c) => fit(c.key === "outlets" ? outletCell(s, c.width) : cell(s, c.key), c.width)).join(" ");
