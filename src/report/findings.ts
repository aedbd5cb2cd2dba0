import { type Article, type Finding, type PublishedFrom, type Quote, type Report, uniqueIds } from "../model/index.js";
import { outletUnknownNote, unknownOutletCell } from "./article-name.js";
import { inMarks } from "./report-view.js";
import { publishedCell } from "./published.js";
import { textTable } from "./text-table.js";

/**
 * `quotecheck conflicts` output (docs/conflicts.md): the findings of the conflict checks, each with
 * the claims it names side by side. Pure formatters, Report in, text out.
 */

const KIND_ORDER = ["contradiction", "number", "disputed", "misattribution", "variant", "temporal", "corroboration"];

export function findingsOf(report: Report): readonly Finding[] {
  return report.findings;
}

/**
 * "said 2015-05-20" or "pub. 2015-05-21": the column gave either date bare, so a claim said the day
 * before (Ahmed's, on Palmyra) read as published a day earlier than the rest. "pub. ≤2031-03-14":
 * the day the mail carrying an undated story was sent, an upper bound (`from` "mail"); "pub. 2031-03-14*"
 * a day read off the file's name, as the articles and quotes tables mark them (report/published).
 */
export const claimDateCell = (c: Pick<Finding["claims"][number], "spokenOn" | "published">, from?: PublishedFrom): string =>
  c.spokenOn ? `said ${c.spokenOn}` : c.published ? `pub. ${publishedCell({ published: c.published, publishedFrom: from })}` : "";

const INDENT = 4;

function findingTable(f: Finding, columns: number | undefined, articles: ReadonlyMap<string, Article>, kinds: ReadonlyMap<string, Quote["kind"]>): string {
  const head = `${f.kind.toUpperCase()}  ${f.id}  [${f.severity}]`;
  const wrapped = wrap(f.explanation, columns === undefined ? 100 : Math.max(20, columns - 2)).map((l) => `  ${l}`).join("\n");
  // An unknown outlet's cell names the claim's article by its title, as the quotes table does, not by its id.
  // A direct claim in quotation marks, reported speech without, as in the quotes table and the
  // reports: the speaker's words and the reporter's paraphrase stood alike in the column.
  const words = (c: Finding["claims"][number]) => (inMarks(kinds.get(c.quoteId) ?? "direct") ? `“${c.text}”` : c.text);
  const rows = f.claims.map((c) => [c.speaker ?? "?", c.outlet ?? unknownOutletCell(articles.get(c.article), c.article), claimDateCell(c, articles.get(c.article)?.publishedFrom), c.side ?? "", words(c)]);
  // At 80 columns: who, where, when and 24 cells or more of the claim (the explanation above quotes it);
  // what it stands for goes first.
  // The date's 16 cells hold "pub. ≤2031-03-14" whole: a date cut to "pub. ≤2031-03-…" is no date.
  const fit = columns === undefined ? undefined : { columns: columns - INDENT, min: [14, 15, 16, 14, 24], keep: [10, 7, 6, 2, 9], grow: 4, share: 1 / 3 };
  const table = textTable(["speaker", "outlet", "date", "stands for", "claim"], rows, [24, 20, 16, 28, 60], fit)
    .split("\n")
    .map((l) => (l ? `${" ".repeat(INDENT)}${l}` : l))
    .join("\n");
  return `${head}\n${wrapped}\n${table}`;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const w of text.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

/**
 * What `conflicts --format json` prints after the findings: each group of claims the checks held
 * apart as one source (`conflicts/not-independent`: "Robby Mook speaks for Clinton", "both carry
 * Associated Press copy"), shaped as a finding of kind "not-independent", so a reader of the JSON
 * learns why a corroboration was not counted. A consumer that reads findings by kind is unaffected.
 */
export function notIndependentOf(report: Report) {
  const ids = uniqueIds();
  return report.diagnostics
    .filter((d) => d.ruleId === "conflicts/not-independent")
    .map((d) => ({
      id: ids.take(`not-independent/${d.claims?.[0]?.quoteId ?? d.articleId ?? d.documentId}`),
      kind: "not-independent" as const,
      ruleId: d.ruleId,
      severity: d.severity,
      explanation: d.reason,
      claims: d.claims ?? [],
    }));
}

const TABLE_NOTES: ReadonlySet<string> = new Set(["conflicts/no-comparable-articles", "conflicts/too-many-counts"]);

export const findingFormats = {
  json: (report: Report) => JSON.stringify([...findingsOf(report), ...notIndependentOf(report)], null, 2) + "\n",
  // `columns`: a terminal's width to fit (standard output a terminal); a file or pipe gets every column whole.
  table: (report: Report, columns?: number) => {
    const fs = [...findingsOf(report)].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    // Why claims were not set against each other: the articles did not look like one story, or too
    // many claims counted one thing to compare pair by pair.
    const note = report.diagnostics.filter((d) => TABLE_NOTES.has(d.ruleId)).map((d) => `Note: ${d.reason}.\n`).join("");
    if (!fs.length) return `No conflicts or corroborations found among ${report.claims.length} claims.\n${note}`;
    const counts = KIND_ORDER.map((k) => [k, fs.filter((f) => f.kind === k).length] as const).filter(([, n]) => n);
    // "disputed" and "temporal" are adjectives and take no plural ending.
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 || noun === "disputed" || noun === "temporal" ? "" : "s"}`;
    const summary = `${count(fs.length, "finding")} from ${count(report.claims.length, "claim")}: ${counts.map(([k, n]) => count(n, k)).join(", ")}`;
    const head = columns === undefined ? summary : wrap(summary, columns).join("\n");
    const articles = new Map(report.articles.map((a) => [a.id, a]));
    const kinds = new Map(report.quotes.map((q) => [q.id, q.kind]));
    const unknown = outletUnknownNote(fs.some((f) => f.claims.some((c) => !c.outlet)));
    return `${head}\n${note}\n${fs.map((f) => findingTable(f, columns, articles, kinds)).join("\n")}${unknown}`;
  },
} as const;

export type FindingFormat = keyof typeof findingFormats;
