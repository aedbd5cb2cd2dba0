import type { Key } from "ink";
import { VIEWS, type Action, type State } from "./state.js";
import type { Move } from "./window.js";

/** Side effects the App runs itself: leaving, and writing a report file. */
export type Effect = { type: "quit" } | { type: "write"; index: number };

/** What the key handler needs to know about the screen as drawn. */
export type KeyContext = {
  readonly state: State;
  /** Rows in the current view's list, and how many are visible. */
  readonly total: number;
  readonly page: number;
  readonly sorts: readonly string[];
  readonly claims: number;
  readonly formats: number;
  /** What Enter does on the selected row, if anything. */
  readonly enter: Action | null;
  /** Lines of the Detail view's text, and how many are visible. */
  readonly detailLines: number;
  readonly detailPage: number;
  /** The Quotes view's list, for n/p in Detail. */
  readonly quoteIds: readonly string[];
  /**
   * The selected finding's claims' quotes, in claim order ("" for a claim whose quote is not in the
   * report), for n/p in a Detail opened from the Conflicts view.
   */
  readonly claimQuoteIds: readonly string[];
  /** What c does: the quote's finding in the Conflicts view (the Detail's quote, or the selected row's). */
  readonly toFinding: Action | null;
  readonly quotesPage: number;
  /** Lines of the help screen at this width, and how many are visible when it scrolls. */
  readonly helpLines: number;
  readonly helpPage: number;
};

export type KeyInfo = Partial<Key>;

/**
 * Backspace as terminals send it: most send DEL (0x7f), which Ink names "delete", a few BS (0x08),
 * Ink's "backspace". Read as "backspace" alone, the key did nothing in Detail on most terminals.
 */
const isBackspace = (key: KeyInfo): boolean => Boolean(key.backspace || key.delete);

export function moveOf(input: string, key: KeyInfo): Move | null {
  if (key.upArrow) return "up";
  if (key.downArrow) return "down";
  if (key.pageUp) return "pageUp";
  if (key.pageDown) return "pageDown";
  if (key.home) return "home";
  if (key.end) return "end";
  // Ink reports Ctrl-F as input "f" with ctrl set: only Ctrl-B and Ctrl-F are moves
  if (key.ctrl) return input === "b" ? "pageUp" : input === "f" ? "pageDown" : null;
  if (key.meta) return null;
  if (input === "k") return "up";
  if (input === "j") return "down";
  if (input === " ") return "pageDown";
  if (input === "g") return "home";
  if (input === "G") return "end";
  return null;
}

/**
 * The letter a command key reads, none with Ctrl or Meta held: Ink hands Ctrl-F over as "f", so the
 * help's "Ctrl-B/F page" toggled flagged-only and Ctrl-E opened the export prompt.
 */
const letterOf = (input: string, key: KeyInfo): string => (key.ctrl || key.meta ? "" : input);

/** Map one key press to a state change or an effect. Pure, so every key flow is unit-testable. */
export function keyAction(input: string, key: KeyInfo, ctx: KeyContext): Action | Effect | null {
  const s = ctx.state;
  if (s.mode === "help") {
    // On a short or narrow terminal the help is taller than the screen: the move keys scroll it.
    const move = moveOf(input, key);
    return move ? { type: "helpScroll", move, total: ctx.helpLines, page: ctx.helpPage } : { type: "help", open: false };
  }

  if (s.mode === "filter") {
    if (key.return) return { type: "filterDone" };
    if (key.escape) return { type: "filterCancel" };
    if (key.backspace || key.delete) return { type: "filterErase" };
    if (key.upArrow || key.downArrow || key.pageUp || key.pageDown) return { type: "move", move: moveOf("", key)!, total: ctx.total, page: ctx.page };
    if (key.ctrl || key.meta || key.tab) return null;
    const text = input.replace(/[\x00-\x1f\x7f]/g, "");
    return text ? { type: "filterType", text } : null;
  }

  if (s.mode === "export") {
    if (key.escape || input === "q") return { type: "exportClose" };
    if (key.upArrow || input === "k") return { type: "exportMove", delta: -1, total: ctx.formats };
    if (key.downArrow || input === "j") return { type: "exportMove", delta: 1, total: ctx.formats };
    if (key.return) return { type: "write", index: s.exportCursor };
    const n = Number(input);
    if (Number.isInteger(n) && n >= 1 && n <= ctx.formats) return { type: "write", index: n - 1 };
    return null;
  }

  const letter = letterOf(input, key);
  if (letter === "q") return { type: "quit" };
  if (letter === "?") return { type: "help", open: true };
  if (letter === "/") return { type: "filterStart" };
  if (letter === "e") return { type: "exportOpen" };
  if (key.tab) return { type: "cycleView", dir: key.shift ? -1 : 1 };
  const n = Number(letter);
  if (letter.length === 1 && Number.isInteger(n) && n >= 1 && n <= VIEWS.length) return { type: "view", view: VIEWS[n - 1].id };

  // c: from a quote (its row or its Detail) to its finding's card, with its claim selected
  if (letter === "c" && s.view === "quotes") return ctx.toFinding;

  if (s.detail) {
    if (key.escape || isBackspace(key) || key.leftArrow || letter === "h") return { type: "closeDetail" };
    if ((letter === "n" || letter === "p") && s.view === "conflicts") return claimStep(s.claim, letter === "n" ? 1 : -1, ctx.claimQuoteIds);
    if (letter === "n" || letter === "p") {
      const at = ctx.quoteIds.indexOf(s.detail.quoteId);
      const next = at < 0 ? -1 : at + (letter === "n" ? 1 : -1);
      const id = ctx.quoteIds[next];
      return id ? { type: "detailStep", quoteId: id, cursor: next, total: ctx.quoteIds.length, page: ctx.quotesPage } : null;
    }
    const move = moveOf(input, key);
    return move ? { type: "detailScroll", move, total: ctx.detailLines, page: ctx.detailPage } : null;
  }

  if (key.escape) return { type: "escape" };
  // Backspace goes back as Esc does, but never clears the filter: in a list it is no editing key.
  if (isBackspace(key)) return { type: "back" };
  if (letter === "f") return { type: "toggleFlagged" };
  if (letter === "d") return s.view === "quotes" ? { type: "cycleKinds" } : { type: "status", text: "d (direct or reported) narrows the Quotes list only" };
  if (letter === "s") return { type: "cycleSort", names: ctx.sorts };
  if (key.return) return ctx.enter;
  if (s.view === "conflicts" && (key.leftArrow || letter === "h")) return { type: "claim", delta: -1, total: ctx.claims };
  if (s.view === "conflicts" && (key.rightArrow || letter === "l")) return { type: "claim", delta: 1, total: ctx.claims };
  const move = moveOf(input, key);
  return move ? { type: "move", move, total: ctx.total, page: ctx.page } : null;
}

/**
 * n/p in a Detail opened on a finding's claim: the next claim of that finding, skipping claims whose
 * quote the report lacks. Stepping the Quotes list instead left the finding for whatever quote came
 * next in the corpus, and moved the Quotes cursor out of sight.
 */
function claimStep(claim: number, dir: 1 | -1, ids: readonly string[]): Action | null {
  for (let i = claim + dir; i >= 0 && i < ids.length; i += dir) if (ids[i]) return { type: "detailClaim", quoteId: ids[i], claim: i };
  return null;
}

/**
 * Ink hands over a run of plain characters read at once (a held-down key, keys typed while the
 * screen was busy, a paste) as one input. Split such a run into single key presses, so "jjj"
 * moves three rows and "1/" switches view and opens the filter; escape sequences arrive alone.
 */
export function splitKeys(input: string, key: KeyInfo): [string, KeyInfo][] {
  if (input.length <= 1 || input.includes("\u001B") || key.ctrl || key.meta) return [[input, key]];
  return [...input].map((ch): [string, KeyInfo] => {
    if (ch === "\r" || ch === "\n") return ["", { return: true }];
    if (ch === "\t") return ["", { tab: true }];
    if (ch === "\u007F" || ch === "\b") return ["", { backspace: true }];
    return [ch, {}];
  });
}
