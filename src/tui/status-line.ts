import { KIND_LABEL, quoteFilter } from "./selection.js";
import type { State } from "./state.js";
import { cellWidth, truncate } from "./text.js";

/**
 * A piece of the status line: `cut` is the part that may be shortened (a speaker's name in the
 * scope, the filter's text), `head` and `tail` stay whole around it.
 */
export type StatusPart = { readonly head: string; readonly cut: string; readonly tail: string };

/** The views that "f" (flagged only) narrows; Sources has no flags. */
export const flagsApply = (view: State["view"]): boolean => view !== "sources";

const whole = (text: string): StatusPart => ({ head: text, cut: "", tail: "" });
const SEP = " · ";

/** What narrows the list now: scope, flags, filter, sort and the row count, in that order. */
export function statusParts(state: State, sortName: string, shown: number, total: number): StatusPart[] {
  const parts: StatusPart[] = [];
  // The scope is the Quotes list's ("quotes by X"); the other views' rows are not narrowed by it.
  if (state.scope && state.view === "quotes") parts.push({ head: "", cut: state.scope.label, tail: " (Esc goes back)" });
  // Only where it narrows the list: Sources lists every file and note whatever the flags.
  if (state.flaggedOnly && flagsApply(state.view)) parts.push(whole("flagged only"));
  // The kind narrows the Quotes list only.
  if (state.kinds !== "all" && state.view === "quotes") parts.push(whole(KIND_LABEL[state.kinds]));
  // (a filter that only found the scope's speaker or article does not narrow its list: not shown there)
  const filter = state.view === "quotes" ? quoteFilter(state.filter, state.scope) : state.filter;
  if (filter && state.mode !== "filter") parts.push({ head: "filter “", cut: filter, tail: "”" });
  parts.push(whole(`sort: ${sortName}`));
  if (!state.detail) parts.push(whole(shown === total ? `${total} ${total === 1 ? "row" : "rows"}` : `${shown} of ${total}`));
  return parts;
}

/**
 * The parts joined in `width` cells. When they do not fit, the cut texts are shortened (the
 * shortest keeps most of its own) so that the sort and the row count stay on screen: cut at the
 * end of the line, a long speaker's name left "quotes by Maximiliana … (Esc cl…" and no count.
 */
export function statusText(parts: readonly StatusPart[], width: number): string {
  const render = (cuts: readonly string[]) => parts.map((p, i) => p.head + cuts[i] + p.tail).join(SEP);
  const full = render(parts.map((p) => p.cut));
  if (cellWidth(full) <= width) return full;
  const bare = cellWidth(render(parts.map(() => "")));
  const cuttable = parts.map((p, i) => ({ i, w: cellWidth(p.cut) })).filter((c) => c.w > 0).sort((a, b) => a.w - b.w);
  let room = width - bare;
  const cuts = parts.map((p) => p.cut);
  cuttable.forEach((c, n) => {
    const share = Math.max(0, Math.floor(room / (cuttable.length - n)));
    cuts[c.i] = truncate(parts[c.i].cut, Math.max(share, 2));
    room -= cellWidth(cuts[c.i]);
  });
  return truncate(render(cuts), width);
}
