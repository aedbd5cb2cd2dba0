import { cellWidth } from "./text.js";
import type { ViewId } from "./state.js";

/** One piece of the tab bar: the program's name, a view's tab, or the Detail marker. */
export type TabSegment = { readonly text: string; readonly kind: "title" | "tab" | "detail"; readonly active: boolean };

type View = { readonly id: ViewId; readonly title: string };

/**
 * The forms the tab bar can take, widest first: each drops what the screen shows elsewhere. The
 * program's name goes first, then the counts (the status bar gives the current view's "N rows"),
 * then the Detail marker's word, then the view names but their first two letters. A bar wider than the terminal wrapped onto a second line,
 * and the frame, one line taller than Ink allows, scrolled: at 50 columns on the Palmyra corpus the
 * selected row and the top of every view were pushed off the screen.
 */
const FORMS: readonly { readonly title: boolean; readonly label: (i: number, v: View, count: number) => string; readonly detail: string }[] = [
  { title: true, label: (i, v, n) => `${i + 1} ${v.title} ${n}`, detail: "[Detail]" },
  { title: false, label: (i, v, n) => `${i + 1} ${v.title} ${n}`, detail: "[Detail]" },
  { title: false, label: (i, v) => `${i + 1} ${v.title}`, detail: "[Detail]" },
  { title: false, label: (i, v) => `${i + 1} ${v.title}`, detail: "[D]" },
  // two letters: Speakers and Sources share an initial
  { title: false, label: (i, v) => `${i + 1} ${v.title.slice(0, 2)}`, detail: "[D]" },
];

/** The tab bar's segments in the widest form that fits `width` cells (the last form when none does). */
export function tabSegments(views: readonly View[], view: ViewId, detail: boolean, counts: Readonly<Record<ViewId, number>>, width: number): TabSegment[] {
  let out: TabSegment[] = [];
  for (const form of FORMS) {
    out = [];
    if (form.title) out.push({ text: "quotecheck ", kind: "title", active: false });
    views.forEach((v, i) => {
      const active = v.id === view && !detail;
      const label = form.label(i, v, counts[v.id]);
      out.push({ text: active ? `[${label}]` : ` ${label} `, kind: "tab", active });
    });
    if (detail) out.push({ text: form.detail, kind: "detail", active: true });
    if (cellWidth(out.map((s) => s.text).join("")) <= width) return out;
  }
  return out;
}
