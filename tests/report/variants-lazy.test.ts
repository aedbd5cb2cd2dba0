import { describe, expect, it } from "vitest";
import type { Quote, Report } from "../../src/model/index.js";
import { reportOutline, reportView } from "../../src/report/report-view.js";
import { htmlChunks } from "../../src/report/html.js";
import { markdownChunks } from "../../src/report/markdown.js";
import { sampleReport } from "./sample-report.js";

// The quote groups' views (a quote's chain, sentence, flags: about 2 KB each) were all made by
// reportOutline, before the first piece of the report was written, and held to its end. A format
// views a group's quotes as it writes the group. A quote's view reads its `mention`; nothing else
// before the views does, so a getter on it tells which quotes were viewed, and when.
function watched(): { report: Report; viewed: string[] } {
  const viewed: string[] = [];
  const base = sampleReport();
  const quotes = base.quotes.map((q): Quote => {
    const { mention, ...rest } = q;
    return {
      ...rest,
      get mention() {
        viewed.push(q.id);
        return mention;
      },
    } as Quote;
  });
  return { report: { ...base, quotes }, viewed };
}

describe("quote groups: viewed as written", () => {
  it("must: reportOutline views no quote, its groups hold the model's quotes", () => {
    const { report, viewed } = watched();
    const o = reportOutline(report);
    expect(o.variants).toHaveLength(1);
    expect(o.variants[0]!.reference).toBe(report.quotes.find((q) => q.id === "q1"));
    expect(o.variants[0]!.members.map((m) => m.quote)).toEqual([report.quotes.find((q) => q.id === "q2")]);
    expect(viewed).toEqual([]);
  });

  it.each([
    ["html", (r: Report) => htmlChunks(r)],
    ["md", (r: Report) => markdownChunks(r)],
  ] as const)("must: the %s report views no quote before its first piece, and a group's quotes when it writes the group", (_name, chunks) => {
    const { report, viewed } = watched();
    const pieces = chunks(report)[Symbol.iterator]();
    expect(pieces.next().done).toBe(false);
    expect(viewed).toEqual([]);
    for (let n = pieces.next(); !n.done; n = pieces.next());
    // Each listed under its speaker first; the group (the section after the speakers) views its
    // reference, then its member, last.
    expect(viewed.indexOf("q1")).toBeLessThan(viewed.length - 2);
    expect(viewed.slice(-2)).toEqual(["q1", "q2"]);
  });

  it("must: reportView still gives each group's quotes viewed, the same views as the speakers'", () => {
    const v = reportView(sampleReport());
    const g = v.variants[0]!;
    expect(g.reference).toBe(v.quotes.find((q) => q.id === "q1"));
    expect(g.members.map((m) => [m.quote.id, m.variant, m.sameArticle])).toEqual([["q2", "altered", false]]);
  });
});
