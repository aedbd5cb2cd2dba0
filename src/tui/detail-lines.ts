import type { Report } from "../model/index.js";
import { publishedDay } from "../report/published.js";
import { sideLabel } from "../report/report-view.js";
import { attributionChain } from "./chain.js";
import { KIND_LABEL } from "./finding-items.js";
import { markedLines, paragraphRange, type MarkedSpan } from "./highlight.js";
import { flagWords, type QuoteItem } from "./quote-items.js";
import { wrap } from "./text.js";

export type Style = "quote" | "cue" | "mention" | "label" | "muted" | "heading" | "flag";
export type Styled = { readonly text: string; readonly style: Style | null };
export type DetailLine = readonly Styled[];

const LABEL = 14;

/**
 * A label and its value wrapped beside it. A label of LABEL cells or more ("disputed by reporter",
 * "change over time", "misattribution") goes on a line of its own: beside its value it ran into the
 * first word ("disputed by reporterThe Daily Beast") and pushed that line past the width, cut "…".
 */
export function labelled(label: string, value: string, width: number, style: Style | null = null): DetailLine[] {
  // A word longer than the line (a file's path with its :line:col) runs on instead of being cut "…":
  // at 80 columns the place a fact-checker opens the file at was lost.
  const lines = wrap(value, Math.max(10, width - LABEL), "break");
  const own = label.length >= LABEL ? [[{ text: label, style: "label" as const }]] : [];
  return [
    ...own,
    ...lines.map((l, i) => [
      { text: (i === 0 && !own.length ? label : "").padEnd(LABEL), style: "label" as const },
      { text: l, style },
    ]),
  ];
}

/**
 * Everything the Detail view shows for one quote, as styled lines wrapped to `width`: the
 * paragraph with the quote, cue and mention marked, then the attribution chain, the rule and its
 * reason, flags, findings and the same words elsewhere.
 */
export function detailLines(item: QuoteItem, report: Pick<Report, "groups">, byId: ReadonlyMap<string, QuoteItem>, width: number): DetailLine[] {
  const q = item.quote;
  const out: DetailLine[] = [];
  const head = `${q.kind === "indirect" ? "reported speech" : q.kind === "scare" ? "scare quote" : "direct quote"} · ${item.outlet}${item.published ? ` · ${publishedDay({ published: item.published, publishedFrom: item.article?.publishedFrom })}` : ""}${item.article?.title ? ` · ${item.article.title}` : ""}`;
  out.push([{ text: head, style: "heading" }]);
  out.push([]);
  if (item.article) {
    const marks: MarkedSpan[] = [{ span: q.span, mark: "quote" }];
    if (q.cueSpan) marks.push({ span: q.cueSpan, mark: "cue" });
    if (q.mentionSpan) marks.push({ span: q.mentionSpan, mark: "mention" });
    const range = paragraphRange(item.article, q.span);
    const from = Math.min(range.start, q.cueSpan?.start ?? range.start, q.mentionSpan?.start ?? range.start);
    const to = Math.max(range.end, q.cueSpan?.end ?? range.end, q.mentionSpan?.end ?? range.end);
    for (const segs of markedLines(item.article.text, { start: from, end: to }, marks, width)) out.push(segs.map((s) => ({ text: s.text, style: s.mark })));
  } else out.push([{ text: q.text, style: "quote" }]);
  out.push([]);
  for (const step of attributionChain(q, item.article)) out.push(...labelled(step.label, step.value, width));
  out.push(...labelled("cue", [q.cue ? `“${q.cue}”` : "none", q.mention ? `names the speaker as “${q.mention}”` : null].filter(Boolean).join(", "), width));
  out.push(...labelled("why", `${q.reason} (${q.ruleId})`, width));
  const flags = flagWords(item.flags);
  if (flags.length) out.push(...labelled("flags", flags.join(", "), width, "flag"));
  for (const f of item.findings) {
    out.push(...labelled(KIND_LABEL[f.kind] ?? f.kind, f.explanation, width, f.kind === "corroboration" ? null : "flag"));
    // Which side of the finding this quote is on, as the check names it: a Detail opened on a claim
    // (n/p stepping through a contradiction's five) told a side only by reading the explanation.
    const side = f.claims.find((c) => c.quoteId === q.id)?.side;
    if (side) out.push(...labelled(sideLabel(f.kind), side, width));
  }
  for (const g of report.groups) {
    if (!g.members.some((m) => m.quoteId === q.id)) continue;
    for (const m of g.members) {
      if (m.quoteId === q.id) continue;
      const other = byId.get(m.quoteId);
      if (!other) continue;
      const note = `${other.outlet}${other.published ? ` ${other.published}` : ""}, ${other.speaker} (${m.variant}, ${Math.round(m.similarity * 100)}% alike)`;
      out.push(...labelled("same words", note, width));
    }
  }
  return out;
}
