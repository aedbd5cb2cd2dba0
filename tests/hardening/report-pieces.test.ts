import { describe, expect, it } from "vitest";
import type { Quote, Report } from "../../src/model/index.js";
import { htmlChunks, htmlReport } from "../../src/report/html.js";
import { markdownChunks, markdownReport } from "../../src/report/markdown.js";
import { csvChunks, csvReport } from "../../src/report/csv.js";
import { reportView } from "../../src/report/report-view.js";
import { makeReport } from "../check/report-fixture.js";

/*
 * The HTML, Markdown and CSV reports view each quote (its chain, context, flags: some 2 KB) as its
 * speaker's section is written, not every quote before the first piece: the views of a dense 49 MB
 * story's 870k quotes, all held at once, took its HTML report to 3.9 GB of heap. A quote is "viewed"
 * here when its `medium` is read, which only the making of its view does (the chain's "said by").
 */

const TEXT = [
  "“The levee held through the night,” Lena Vasquez said.",
  "“We counted forty boats,” Tomas Reyes said.",
  "“The pumps failed at noon,” Ana Holt said.",
  "“Crews will stay until Friday,” Lena Vasquez said.",
].join("\n\n");

/** Vasquez (two quotes, one an article) is listed first, the most quoted; then Reyes and Holt. */
function report(): { report: Report; viewed: Set<string> } {
  const r = makeReport({
    articles: [
      { id: "a1", doc: "news/a1.txt", outlet: "Harbor Gazette", text: TEXT },
      { id: "a2", doc: "news/a2.txt", outlet: "The Valley Courier", text: TEXT },
    ],
    quotes: [
      { id: "q1", article: "a1", text: "The levee held through the night", speaker: "Lena Vasquez" },
      { id: "q2", article: "a1", text: "We counted forty boats", speaker: "Tomas Reyes" },
      { id: "q3", article: "a1", text: "The pumps failed at noon", speaker: "Ana Holt" },
      { id: "q4", article: "a2", text: "Crews will stay until Friday", speaker: "Lena Vasquez" },
    ],
  });
  const viewed = new Set<string>();
  const watched = (q: Quote): Quote => {
    const { medium, ...rest } = q;
    const copy = { ...rest } as Quote;
    Object.defineProperty(copy, "medium", {
      enumerable: true,
      get: () => {
        viewed.add(q.id);
        return medium;
      },
    });
    return copy;
  };
  return { report: { ...r, quotes: r.quotes.map(watched) }, viewed };
}

/** The quotes viewed by the time the piece holding `words` is handed on. */
function viewedBy(chunks: (r: Report) => Iterable<string>, words: string): string[] {
  const { report: r, viewed } = report();
  for (const piece of chunks(r)) if (piece.includes(words)) return [...viewed].sort();
  throw new Error(`no piece holds ${words}`);
}

describe("report formats view each quote as its section is written", () => {
  const formats = [
    // A quote a piece: Vasquez's first, not her second nor Reyes's or Holt's yet.
    { name: "html", chunks: htmlChunks, words: "The levee held through the night", viewed: ["q1"] },
    { name: "html, her second quote", chunks: htmlChunks, words: "Crews will stay until Friday", viewed: ["q1", "q4"] },
    { name: "html, the last section", chunks: htmlChunks, words: "The pumps failed at noon", viewed: ["q1", "q2", "q3", "q4"] },
    // A line a piece: Vasquez's quote in a1, not yet hers in a2.
    { name: "md", chunks: markdownChunks, words: "The levee held through the night", viewed: ["q1"] },
    { name: "md, her second article", chunks: markdownChunks, words: "Crews will stay until Friday", viewed: ["q1", "q4"] },
    // A row a piece, in article order: q1 first, q4 last.
    { name: "csv", chunks: csvChunks, words: "The levee held through the night", viewed: ["q1"] },
    { name: "csv, the last row", chunks: csvChunks, words: "Crews will stay until Friday", viewed: ["q1", "q2", "q3", "q4"] },
  ] as const;
  it.each(formats)("must: $name", ({ chunks, words, viewed }) => {
    expect(viewedBy(chunks, words)).toEqual(viewed);
  });

  it("must not: a format's pieces differ from its whole text, or the views from reportView's", () => {
    const { report: r } = report();
    expect([...htmlChunks(r)].join("")).toBe(htmlReport(r));
    expect([...markdownChunks(r)].join("")).toBe(markdownReport(r));
    expect([...csvChunks(r)].join("")).toBe(csvReport(r));
    expect(reportView(r).speakers.map((s) => [s.name, s.quotes.map((q) => q.id)])).toEqual([
      ["Lena Vasquez", ["q1", "q4"]],
      ["Tomas Reyes", ["q2"]],
      ["Ana Holt", ["q3"]],
    ]);
  });
});
