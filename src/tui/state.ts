import type { Scope } from "./selection.js";
import { moveCursor, scrollText, scrollTop, type Move } from "./window.js";

export type ViewId = "quotes" | "speakers" | "conflicts" | "sources";

export const VIEWS: readonly { readonly id: ViewId; readonly title: string }[] = [
  { id: "quotes", title: "Quotes" },
  { id: "speakers", title: "Speakers" },
  { id: "conflicts", title: "Conflicts" },
  { id: "sources", title: "Sources" },
];

export type Mode = "browse" | "filter" | "help" | "export";

type PerView<T> = Readonly<Record<ViewId, T>>;

export type State = {
  readonly view: ViewId;
  /** The Detail view, over whichever view opened it. */
  readonly detail: { readonly quoteId: string; readonly top: number } | null;
  readonly cursor: PerView<number>;
  readonly top: PerView<number>;
  /** Selected claim of the selected finding (Conflicts view). */
  readonly claim: number;
  readonly filter: string;
  readonly flaggedOnly: boolean;
  readonly sort: PerView<number>;
  readonly scope: Scope | null;
  readonly mode: Mode;
  /** First line of the help screen shown (it scrolls on a short terminal). */
  readonly helpTop: number;
  readonly exportCursor: number;
  readonly status: string | null;
};

const zero: PerView<number> = { quotes: 0, speakers: 0, conflicts: 0, sources: 0 };

export const initialState: State = {
  view: "quotes",
  detail: null,
  cursor: zero,
  top: zero,
  claim: 0,
  filter: "",
  flaggedOnly: false,
  sort: zero,
  scope: null,
  mode: "browse",
  helpTop: 0,
  exportCursor: 0,
  status: null,
};

export type Action =
  | { type: "move"; move: Move; total: number; page: number }
  | { type: "detailScroll"; move: Move; total: number; page: number }
  | { type: "detailStep"; quoteId: string; cursor: number; total: number; page: number }
  | { type: "detailClaim"; quoteId: string; claim: number }
  | { type: "showFinding"; cursor: number; claim: number; total: number; page: number }
  | { type: "view"; view: ViewId }
  | { type: "cycleView"; dir: 1 | -1 }
  | { type: "openDetail"; quoteId: string }
  | { type: "closeDetail" }
  | { type: "scope"; scope: Scope }
  | { type: "escape" }
  | { type: "filterStart" }
  | { type: "filterType"; text: string }
  | { type: "filterErase" }
  | { type: "filterDone" }
  | { type: "filterCancel" }
  | { type: "toggleFlagged" }
  | { type: "cycleSort"; names: readonly string[] }
  | { type: "help"; open: boolean }
  | { type: "helpScroll"; move: Move; total: number; page: number }
  | { type: "exportOpen" }
  | { type: "exportMove"; delta: number; total: number }
  | { type: "exportClose" }
  | { type: "claim"; delta: number; total: number }
  | { type: "status"; text: string | null };

const set = <T>(rec: PerView<T>, view: ViewId, v: T): PerView<T> => ({ ...rec, [view]: v });

// A new filter or flag changes every list: start them all from the top.
const refiltered = (s: State, patch: Partial<State>): State => ({ ...s, ...patch, cursor: zero, top: zero, claim: 0, status: null });

export function reduce(s: State, a: Action): State {
  switch (a.type) {
    case "move": {
      const cursor = moveCursor(s.cursor[s.view], a.move, a.total, a.page);
      return {
        ...s,
        cursor: set(s.cursor, s.view, cursor),
        top: set(s.top, s.view, scrollTop(s.top[s.view], cursor, a.page, a.total)),
        claim: cursor === s.cursor[s.view] ? s.claim : 0,
        status: null,
      };
    }
    case "detailScroll":
      return s.detail ? { ...s, detail: { ...s.detail, top: scrollText(s.detail.top, a.move, a.total, a.page) } } : s;
    case "detailStep":
      return {
        ...s,
        detail: { quoteId: a.quoteId, top: 0 },
        cursor: set(s.cursor, "quotes", a.cursor),
        top: set(s.top, "quotes", scrollTop(s.top.quotes, a.cursor, a.page, a.total)),
      };
    case "detailClaim":
      return { ...s, detail: { quoteId: a.quoteId, top: 0 }, claim: a.claim };
    case "showFinding":
      return {
        ...s,
        view: "conflicts",
        detail: null,
        cursor: set(s.cursor, "conflicts", a.cursor),
        top: set(s.top, "conflicts", scrollTop(s.top.conflicts, a.cursor, a.page, a.total)),
        claim: a.claim,
        status: null,
      };
    case "view":
      return { ...s, view: a.view, detail: null, status: null };
    case "cycleView": {
      const i = VIEWS.findIndex((v) => v.id === s.view);
      return { ...s, view: VIEWS[(i + a.dir + VIEWS.length) % VIEWS.length].id, detail: null, status: null };
    }
    case "openDetail":
      return { ...s, detail: { quoteId: a.quoteId, top: 0 }, status: null };
    case "closeDetail":
      return { ...s, detail: null };
    case "scope":
      return { ...s, scope: a.scope, view: "quotes", detail: null, cursor: set(s.cursor, "quotes", 0), top: set(s.top, "quotes", 0), status: null };
    case "escape":
      if (s.detail) return { ...s, detail: null };
      // A scope narrows the Quotes list only: in another view the first Esc cleared it out of sight
      // and left that view's own filter standing.
      if (s.scope && s.view === "quotes") return { ...s, scope: null, cursor: set(s.cursor, "quotes", 0), top: set(s.top, "quotes", 0) };
      if (s.filter) return refiltered(s, { filter: "" });
      return { ...s, status: null };
    case "filterStart":
      // In a speaker's or article's list the filter that found them does not apply (selection's
      // quoteFilter): a new one starts empty, not appended to it ("Mr. Trump" + "tax").
      if (s.view === "quotes" && s.scope && s.filter && s.filter === s.scope.filter) return refiltered(s, { mode: "filter", filter: "" });
      return { ...s, mode: "filter", status: null };
    case "filterType":
      return refiltered(s, { filter: s.filter + a.text });
    case "filterErase":
      return refiltered(s, { filter: [...s.filter].slice(0, -1).join("") });
    case "filterDone":
      // Words match, not blanks: a filter of blanks matched every row yet stood in the status bar as
      // 'filter “   ”' for Esc to clear; trimmed, it is gone and a kept one reads as typed.
      return { ...s, mode: "browse", filter: s.filter.trim() };
    case "filterCancel":
      return refiltered(s, { filter: "", mode: "browse" });
    case "toggleFlagged":
      return refiltered(s, { flaggedOnly: !s.flaggedOnly });
    case "cycleSort": {
      const next = (s.sort[s.view] + 1) % Math.max(1, a.names.length);
      return {
        ...s,
        sort: set(s.sort, s.view, next),
        cursor: set(s.cursor, s.view, 0),
        top: set(s.top, s.view, 0),
        // The status bar's "sort: …" names the new order; a message beside it said it twice.
        status: a.names.length > 1 ? null : "this view has one order",
      };
    }
    case "help":
      return { ...s, mode: a.open ? "help" : "browse", helpTop: 0 };
    case "helpScroll":
      return { ...s, helpTop: scrollText(s.helpTop, a.move, a.total, a.page) };
    case "exportOpen":
      return { ...s, mode: "export", status: null };
    case "exportMove":
      return { ...s, exportCursor: Math.min(Math.max(s.exportCursor + a.delta, 0), Math.max(0, a.total - 1)) };
    case "exportClose":
      return { ...s, mode: "browse" };
    case "claim":
      return { ...s, claim: Math.min(Math.max(s.claim + a.delta, 0), Math.max(0, a.total - 1)) };
    case "status":
      return { ...s, status: a.text };
  }
}
