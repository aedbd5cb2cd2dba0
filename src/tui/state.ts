import { QUOTE_KINDS, type QuoteKinds, type Scope } from "./selection.js";
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

/**
 * A place the reader can come back to: a view, the Detail open over it, the Quotes scope and the
 * filter in force, and where the view's list stood. Enter (a speaker's or article's quotes, a
 * quote's Detail, a claim's quote) and c (a quote's finding) leave one on the stack; Esc goes back
 * to it. Without it Esc from a speaker's quotes cleared the scope and left the reader on all
 * quotes, not on Speakers where they came from, and Esc from a finding reached by c stayed there.
 */
export type Place = {
  readonly view: ViewId;
  readonly detail: State["detail"];
  readonly scope: Scope | null;
  readonly filter: string;
  readonly claim: number;
  readonly cursor: number;
  readonly top: number;
};

/** Deep enough for any path through the views (Quotes, Detail, finding, claim's Detail is four); the oldest go first. */
export const BACK_DEPTH = 16;

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
  /** The kinds the Quotes list shows. */
  readonly kinds: QuoteKinds;
  readonly sort: PerView<number>;
  readonly scope: Scope | null;
  readonly mode: Mode;
  /** First line of the help screen shown (it scrolls on a short terminal). */
  readonly helpTop: number;
  readonly exportCursor: number;
  readonly status: string | null;
  /** Where Esc goes back to, the latest last. A switch of view (Tab, 1-4) starts it anew. */
  readonly back: readonly Place[];
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
  kinds: "all",
  sort: zero,
  scope: null,
  mode: "browse",
  helpTop: 0,
  exportCursor: 0,
  status: null,
  back: [],
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
  | { type: "back" }
  | { type: "filterStart" }
  | { type: "filterType"; text: string }
  | { type: "filterErase" }
  | { type: "filterDone" }
  | { type: "filterCancel" }
  | { type: "toggleFlagged" }
  | { type: "cycleKinds" }
  | { type: "cycleSort"; names: readonly string[] }
  | { type: "help"; open: boolean }
  | { type: "helpScroll"; move: Move; total: number; page: number }
  | { type: "exportOpen" }
  | { type: "exportMove"; delta: number; total: number }
  | { type: "exportClose" }
  | { type: "claim"; delta: number; total: number }
  | { type: "status"; text: string | null };

const set = <T>(rec: PerView<T>, view: ViewId, v: T): PerView<T> => ({ ...rec, [view]: v });

/** The state with where it stands now put on the back stack, before a step down (Enter, c). */
const pushed = (s: State): readonly Place[] =>
  [...s.back, { view: s.view, detail: s.detail, scope: s.scope, filter: s.filter, claim: s.claim, cursor: s.cursor[s.view], top: s.top[s.view] }].slice(-BACK_DEPTH);

/** The view whose Enter made a scope: Speakers for a speaker's quotes, Sources for an article's. */
const scopeOrigin = (scope: Scope): ViewId => (scope.by === "speaker" ? "speakers" : "sources");

/**
 * One step back: to the last place on the stack; with none, out of a Quotes scope to the view that
 * made it (the scope outlives a switch of view, the stack does not). Coming back to a list restores
 * where it stood and, out of a scope, the filter that found the speaker; closing a Detail over the
 * same list keeps the row and claim n/p stepped to. Null when there is nowhere to go back to.
 */
export function goBack(s: State): State | null {
  const to = s.back.at(-1);
  if (to) {
    const otherList = to.view !== s.view || to.scope !== s.scope;
    return {
      ...s,
      back: s.back.slice(0, -1),
      view: to.view,
      detail: to.detail,
      scope: to.scope,
      filter: to.scope !== s.scope ? to.filter : s.filter,
      claim: to.view !== s.view ? to.claim : s.claim,
      cursor: otherList ? set(s.cursor, to.view, to.cursor) : s.cursor,
      top: otherList ? set(s.top, to.view, to.top) : s.top,
      status: null,
    };
  }
  if (s.detail) return { ...s, detail: null, status: null };
  if (s.scope && s.view === "quotes")
    return { ...s, view: scopeOrigin(s.scope), scope: null, filter: s.scope.filter, cursor: set(s.cursor, "quotes", 0), top: set(s.top, "quotes", 0), status: null };
  return null;
}

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
        back: pushed(s),
        view: "conflicts",
        detail: null,
        cursor: set(s.cursor, "conflicts", a.cursor),
        top: set(s.top, "conflicts", scrollTop(s.top.conflicts, a.cursor, a.page, a.total)),
        claim: a.claim,
        status: null,
      };
    // A switch of view is a step sideways: the way back starts anew from there.
    case "view":
      return { ...s, view: a.view, detail: null, status: null, back: [] };
    case "cycleView": {
      const i = VIEWS.findIndex((v) => v.id === s.view);
      return { ...s, view: VIEWS[(i + a.dir + VIEWS.length) % VIEWS.length].id, detail: null, status: null, back: [] };
    }
    case "openDetail":
      return { ...s, back: pushed(s), detail: { quoteId: a.quoteId, top: 0 }, status: null };
    case "closeDetail":
      return goBack(s) ?? s;
    case "scope":
      return { ...s, back: pushed(s), scope: a.scope, view: "quotes", detail: null, cursor: set(s.cursor, "quotes", 0), top: set(s.top, "quotes", 0), status: null };
    case "back":
      return goBack(s) ?? s;
    case "escape":
      // Back first; a scope narrows the Quotes list only, so in another view with nowhere to go back
      // to, Esc clears that view's filter and leaves the scope alone.
      return goBack(s) ?? (s.filter ? refiltered(s, { filter: "" }) : { ...s, status: null });
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
    case "cycleKinds":
      // Only the Quotes list changes: the others keep their rows and places.
      return {
        ...s,
        kinds: QUOTE_KINDS[(QUOTE_KINDS.indexOf(s.kinds) + 1) % QUOTE_KINDS.length],
        cursor: set(s.cursor, "quotes", 0),
        top: set(s.top, "quotes", 0),
        status: null,
      };
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
