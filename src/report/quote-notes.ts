import type { Article, Finding, Quote, Report } from "../model/index.js";
import { toldAnotherOutlet } from "./secondhand.js";

/** A finding a quote is a claim of, as a report links it: its id, kind and title (findingTitle). */
export type FindingRef = { readonly id: string; readonly kind: Finding["kind"]; readonly title: string };

/** What a report says beside each quote beyond the model's fields: its flags and the findings naming it. */
export type QuoteNotes = {
  readonly flagsOf: (q: Quote, a: Article | undefined) => string[];
  readonly findingsOf: (quoteId: string) => readonly FindingRef[];
};

/** A group member whose words differ from the reference's beyond punctuation. */
export const isChange = (variant: string): boolean => variant !== "verbatim" && variant !== "punctuation";

/**
 * The flags and finding links of every quote of `report`, worked out once a report (the sets and maps
 * below) and read a quote at a time: the Markdown, HTML and CSV reports (report-view.ts) and the JSON
 * report (json-report.ts) say the same of each quote. `title` names a finding (report-view's
 * findingTitle, passed in so this file needs nothing of the view). Pure.
 */
export function quoteNotes(report: Report, title: (f: Finding) => string): QuoteNotes {
  const conflicted = new Set(report.findings.filter((f) => f.kind !== "corroboration").flatMap((f) => f.claims.map((c) => c.quoteId)));
  // The articles of the grouped quotes alone: a map of every quote's was 870k entries on a dense story.
  const inGroups = new Set(report.groups.flatMap((g) => g.members.map((m) => m.quoteId)).concat(report.groups.map((g) => g.referenceQuoteId)));
  const articleOf = new Map(report.quotes.flatMap((q) => (inGroups.has(q.id) ? [[q.id, q.articleId] as const] : [])));
  // A member whose words changed, and where: a quote repeated in its own article (a headline's
  // shortened form, a later paraphrase) changed there, not "between sources".
  const grouped = new Map<string, string>();
  for (const g of report.groups)
    for (const m of g.members)
      if (m.quoteId !== g.referenceQuoteId && isChange(m.variant))
        grouped.set(m.quoteId, `${m.variant} ${articleOf.get(m.quoteId) === articleOf.get(g.referenceQuoteId) ? "within the article" : "between sources"}`);
  const misattributed = new Set(report.groups.filter((g) => g.misattributed).flatMap((g) => g.members.map((m) => m.quoteId)));
  // Each quote's findings, titled once a finding: a report links a quote to them and back.
  const findings = new Map<string, FindingRef[]>();
  for (const f of report.findings) {
    const ref = { id: f.id, kind: f.kind, title: title(f) };
    for (const id of new Set(f.claims.map((c) => c.quoteId))) {
      const list = findings.get(id);
      if (list) list.push(ref);
      else findings.set(id, [ref]);
    }
  }
  return {
    flagsOf: (q, a) => {
      const flags: string[] = [];
      if (q.kind === "indirect") flags.push("reported");
      if (q.truncated) flags.push("truncated");
      if (q.speakerType === "anonymous") flags.push("anonymous");
      if (toldAnotherOutlet(q, a)) flags.push("secondhand");
      const change = grouped.get(q.id);
      if (change) flags.push(change);
      if (misattributed.has(q.id)) flags.push("misattributed?");
      if (conflicted.has(q.id)) flags.push("in a conflict");
      return flags;
    },
    findingsOf: (id) => findings.get(id) ?? [],
  };
}
