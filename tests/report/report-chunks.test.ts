import { describe, expect, it } from "vitest";
import { htmlChunks } from "../../src/report/html.js";
import { formatterNamed } from "../../src/report/registry.js";
import type { Report } from "../../src/model/index.js";
import { sampleReport } from "./sample-report.js";

// The Markdown and HTML reports are written in pieces too: as one string, the page of a dense 49 MB
// story (some 870k quotes) was past V8's longest string. Joined, the pieces are the whole text.
const sample = sampleReport();
const noSpeakers: Report = { ...sample, speakers: [], quotes: sample.quotes.map((q) => ({ ...q, speaker: null })) };
const noneUnattributed: Report = { ...sample, quotes: sample.quotes.filter((q) => q.speaker !== null) };

describe("report formats in pieces", () => {
  const reports: [string, Report][] = [
    ["the sample report", sample],
    ["a report with no attributed quote", noSpeakers],
    ["a report with no unattributed quote", noneUnattributed],
  ];
  for (const name of ["md", "html"]) {
    for (const [what, report] of reports) {
      it(`must: ${name}'s pieces join to its whole text, ${what}`, () => {
        const f = formatterNamed(name)!;
        expect(f.chunks).toBeDefined();
        const whole = f.format(report);
        expect([...f.chunks!(report)].join("")).toBe(whole);
        expect(whole).not.toContain("<!--quotecheck:");
      });
    }
  }

  it("must: the page gives each speaker's opening and each quote, a speaker's or unattributed, a piece of its own", () => {
    const pieces = [...htmlChunks(sample)];
    const speakers = pieces.filter((p) => p.startsWith('<article class="speaker" id="s-'));
    expect(speakers.length).toBe(sample.speakers.filter((s) => s.quoteIds.length).length);
    expect(pieces.every((p) => (p.match(/<article class="speaker"/g) ?? []).length <= 1)).toBe(true);
    // (a speaker's quotes were one piece with its section: a transcript's one speaker, most of the page)
    const listed = sample.quotes.filter((q) => q.kind !== "scare").length;
    expect(pieces.filter((p) => p.startsWith('<div class="quote')).length).toBe(listed);
    expect(pieces.every((p) => (p.match(/<div class="quote /g) ?? []).length <= 1)).toBe(true);
  });
  it("must not: a quote's text that reads as the page's slot is written as text, not taken for one", () => {
    const planted: Report = { ...sample, quotes: sample.quotes.map((q, i) => (i ? q : { ...q, text: "<!--quotecheck:speakers--> <!--quotecheck:unattributed-->" })) };
    const page = formatterNamed("html")!.format(planted);
    expect(page).toContain("&lt;!--quotecheck:speakers--&gt;");
    expect(page.match(/<article class="speaker" id="s-/g)?.length).toBe(planted.speakers.filter((s) => s.quoteIds.length).length);
  });
});
