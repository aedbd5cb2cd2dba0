import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import type { Span } from "../../src/model/index.js";
import { htmlReport } from "../../src/report/html.js";
import { contextCell, markdownReport } from "../../src/report/markdown.js";
import { quoteContext, shortened, type ContextPart } from "../../src/report/quote-context.js";
import { sampleReport } from "./sample-report.js";

/** An article of `paras` (joined by blank lines) and the span of `needle`'s first occurrence after `from`. */
function articleOf(paras: readonly string[]) {
  const text = paras.join("\n\n");
  const paragraphs: Span[] = [];
  let at = 0;
  for (const p of paras) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const span = (needle: string, from = 0): Span => {
    const s = text.indexOf(needle, from);
    if (s < 0) throw new Error(`no ${needle}`);
    return { start: s, end: s + needle.length };
  };
  return { article: { text, paragraphs }, span };
}

/** The context as one string: the quote in ⟦⟧ and the credit in **. */
const shown = (parts: readonly ContextPart[] | null): string | null =>
  parts === null ? null : parts.map((p) => (p.mark === "quote" ? `⟦${p.text}⟧` : p.mark === "credit" ? `*${p.text}*` : p.text)).join("");

type Row = { readonly id: string; readonly paras: readonly string[]; readonly quote: string; readonly cue?: string; readonly mention?: string; readonly want: string | null };

const ROWS: readonly Row[] = [
  {
    id: "the sentence that credits the words, cue and mention marked",
    paras: ["The dam broke at dawn. “We had no warning,” Ana Holt, a nurse, told the Courier by phone. She left at noon."],
    quote: "We had no warning,",
    cue: "told the Courier by phone",
    mention: "Ana Holt",
    want: "“⟦We had no warning,⟧” *Ana Holt*, a nurse, *told the Courier by phone*.",
  },
  {
    id: "reported speech: the words and the clause that reports them",
    paras: ["Officials said the pumps had failed hours earlier. Crews arrived later."],
    quote: "the pumps had failed hours earlier",
    cue: "said",
    mention: "Officials",
    want: "*Officials* *said* ⟦the pumps had failed hours earlier⟧.",
  },
  {
    id: "a cue in the sentence before the words reaches back to it",
    paras: ["Lee spoke next. She said: “We stay.” Then she left."],
    quote: "We stay.",
    cue: "said",
    mention: "She",
    want: "*She* *said*: “⟦We stay.⟧”",
  },
  {
    id: "an unattributed quote still shows the sentence it stands in",
    paras: ["The spot, titled “Arrogant,” ran on Monday."],
    quote: "Arrogant,",
    want: "The spot, titled “⟦Arrogant,⟧” ran on Monday.",
  },
  {
    id: "must not: a quote that is its paragraph adds nothing",
    paras: ["Lee spoke.", "“We stay and we rebuild.”"],
    quote: "We stay and we rebuild.",
    cue: "spoke",
    mention: "Lee",
    want: null,
  },
  {
    id: "must not: a cue in another paragraph is not printed (the chain names the speaker)",
    paras: ["Lee told reporters:", "“We stay and we rebuild.”"],
    quote: "We stay and we rebuild.",
    cue: "told reporters",
    mention: "Lee",
    want: null,
  },
  {
    id: "must not: the sentences after the quote's are left out",
    paras: ["“We stay,” Lee said. Nobody else spoke. The water rose."],
    quote: "We stay,",
    cue: "said",
    mention: "Lee",
    want: "“⟦We stay,⟧” *Lee* *said*.",
  },
];

describe("quoteContext: the sentences that hold a quote and its credit", () => {
  for (const r of ROWS)
    it(r.id, () => {
      const { article, span } = articleOf(r.paras);
      const q = span(r.quote);
      const got = quoteContext(article, { span: q, cueSpan: r.cue ? span(r.cue) : null, mentionSpan: r.mention ? span(r.mention) : null });
      expect(shown(got)).toBe(r.want);
      // must not: words shown whole are not marked cut
      expect(got?.some((p) => p.cut) ?? false).toBe(false);
    });

  it("gives nothing without the article", () => {
    expect(quoteContext(undefined, { span: { start: 0, end: 3 }, cueSpan: null, mentionSpan: null })).toBeNull();
  });

  it("shows a long quote by its first and last words, the sentence around it whole", () => {
    const long = `${"word ".repeat(60)}end of the statement`;
    const { article, span } = articleOf([`Lee said: “${long}” and left.`]);
    const got = quoteContext(article, { span: span(long), cueSpan: span("said"), mentionSpan: span("Lee") });
    const quote = got?.find((p) => p.mark === "quote")?.text ?? "";
    expect(quote).toContain(" … ");
    expect(quote.endsWith("end of the statement")).toBe(true);
    expect(quote.length).toBeLessThan(170);
    expect(got?.find((p) => p.mark === "quote")?.cut).toBe(true);
    expect(shown(got)).toMatch(/^\*Lee\* \*said\*: “⟦word word .* … .*end of the statement⟧” and left\.$/);
  });
});

describe("shortened", () => {
  const cases: readonly [string, string, boolean][] = [
    ["short words stay whole", "We stay and we rebuild.", false],
    ["160 characters stay whole", "a".repeat(160), false],
    ["a longer passage is cut in its middle", `${"alpha ".repeat(40)}omega`, true],
  ];
  for (const [label, words, cut] of cases)
    it(label, () => {
      const got = shortened(words);
      expect(got.includes(" … ")).toBe(cut);
      if (!cut) expect(got).toBe(words);
      else expect(got.endsWith("omega")).toBe(true);
    });
});

/** The sample report, and a copy whose reported quote (q5) has its cue and mention, as the attribute stage gives them. */
function creditedSample() {
  const report = sampleReport();
  const gazette = report.articles.find((a) => a.id === "gazette")!;
  const at = (needle: string, from = 0): Span => {
    const s = gazette.text.indexOf(needle, from);
    return { start: s, end: s + needle.length };
  };
  const who = at("One resident");
  const withCredit = { ...report, quotes: report.quotes.map((q) => (q.id === "q5" ? { ...q, cueSpan: at("said", who.end), mentionSpan: who } : q)) };
  return { report, withCredit, at, who };
}

describe("HTML report: each quote's context under its words", () => {
  const $ = cheerio.load(htmlReport(creditedSample().withCredit));

  it("marks the words and the credit in the sentence that holds them", () => {
    const ctx = $("#q-q5 p.context");
    expect(ctx.text()).toBe("One resident said the pumps had failed hours earlier.");
    expect(ctx.find("mark").text()).toBe("the pumps had failed hours earlier");
    expect(ctx.find("b").map((_, b) => $(b).text()).get()).toEqual(["One resident", "said"]);
  });

  it("escapes what the article holds (no element from the text)", () => {
    const ctx = $("#q-q8 p.context");
    expect(ctx.text()).toContain("<script>");
    expect(ctx.find("script, img")).toHaveLength(0);
  });

  it("stands between the words and the chain, once a quote", () => {
    for (const id of ["q1", "q5", "q8"]) {
      const kids = $(`[id="q-${id}"]`).children().map((_, e) => (e as { tagName: string }).tagName + ($(e).attr("class") ? `.${$(e).attr("class")}` : "")).get();
      expect(kids.filter((k) => k === "p.context")).toHaveLength(1);
      expect(kids.indexOf("p.context")).toBeGreaterThan(kids.indexOf("blockquote"));
      expect(kids.indexOf("p.context")).toBeLessThan(kids.indexOf("ol.chain"));
    }
  });
});

describe("Markdown report: each quote's words once, in the sentence that holds them", () => {
  const { report, withCredit, at, who } = creditedSample();
  const md = markdownReport(withCredit);
  /** The cells of the quote row that holds `words`, split at unescaped pipes. */
  const cells = (text: string, words: string) =>
    text.split("\n").find((l) => l.startsWith("| ") && l.includes(words) && !l.startsWith("| Quote"))!.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
  const times = (s: string, words: string) => s.split(words).length - 1;

  it("gives the words in bold in their sentence, the credit in italics, and no column for the words alone", () => {
    expect(md).toContain("| Quote | Said on | Said by → told | Flags | Where | Why |");
    expect(md).not.toContain("In the article");
    expect(cells(md, "the pumps had failed")[0]).toBe("*One resident* *said* **the pumps had failed hours earlier**. (reported)");
    expect(cells(md, "We evacuated every family from the river district before midnight")[0]).toBe(
      "“**We evacuated every family from the river district before midnight**,” Lena Vasquez, the mayor, said in a statement.",
    );
  });

  // The bug: the words stood once alone and once in their sentence, on every row.
  it("says each quote's words once a row", () => {
    for (const words of ["the pumps had failed hours earlier", "We evacuated every family from the river district before midnight", "Most of the families are still in their homes"])
      expect(times(cells(md, words).join(" | "), words)).toBe(1);
  });

  it("escapes what the article holds, so the sentence adds no markup or cell", () => {
    const c = cells(md, "document.title");
    expect(c).toHaveLength(6);
    expect(c[0]).toContain("“\\<**script\\>document.title='owned'\\</script\\>");
    expect(c[0]).not.toMatch(/(?<!\\)[<>]/);
  });

  it("keeps the marks' ends off spaces, where CommonMark would not read them as emphasis", () => {
    const spaced = { ...withCredit, quotes: withCredit.quotes.map((q) => (q.id === "q5" ? { ...q, cueSpan: { start: at("said", who.end).start, end: at("said", who.end).end + 1 }, mentionSpan: who } : q)) };
    expect(cells(markdownReport(spaced), "the pumps had failed")[0]).toBe("*One resident* *said* **the pumps had failed hours earlier**. (reported)");
  });

  // "*said***, the debate …": marks between punctuation were shown as written, not read as emphasis.
  it("sets the marks against letters, a credit inside the words and the words' own punctuation outside them", () => {
    const { article, span } = articleOf(["In March, too often, Ann Lee said, the harbor debate turns bitter."]);
    const parts = quoteContext(article, { span: { start: span("too").start, end: span("bitter").end }, cueSpan: span("said"), mentionSpan: span("Ann Lee") });
    expect(contextCell(parts)).toBe("In March, **too often**, *Ann Lee* *said*, **the harbor debate turns bitter**.");
    expect(contextCell([{ text: "“…”", mark: "quote" }])).toBe("“…”");
  });

  // must not: a quote that is its paragraph alone has no sentence around it; its words are given in marks.
  it("gives the words alone, in quotation marks, for a quote that is its paragraph", () => {
    const hostile = report.articles.find((a) => a.id === "hostile")!;
    const para = hostile.paragraphs[hostile.paragraphs.length - 1];
    const alone = { ...report, quotes: report.quotes.map((q) => (q.id === "q9" ? { ...q, span: { start: para.start, end: para.end } } : q)) };
    const c = cells(markdownReport(alone), "HYPERLINK");
    expect(c).toHaveLength(6);
    expect(c[0]).toMatch(/^“=HYPERLINK.*”$/);
    expect(c[0]).not.toContain("**");
  });

  // must not: a passage the sentence shows by its ends loses no words: they are given whole before it.
  it("gives a long passage whole before its sentence, which shows it by its ends", () => {
    const long = `${"word ".repeat(60)}end of the statement`;
    const text = `Lee said: “${long}” and left.`;
    const q = report.quotes.find((x) => x.id === "q1")!;
    const a = report.articles.find((x) => x.id === q.articleId)!;
    const s = text.indexOf(long);
    const one = {
      ...report,
      articles: report.articles.map((x) => (x.id === a.id ? { ...x, text, paragraphs: [{ start: 0, end: text.length }] } : x)),
      quotes: [{ ...q, text: long, span: { start: s, end: s + long.length }, cueSpan: { start: 4, end: 8 }, mentionSpan: { start: 0, end: 3 } }],
    };
    const c = cells(markdownReport(one), "end of the statement");
    expect(c[0].startsWith(`“${long}”; in the article: *Lee* *said*: “**word word`)).toBe(true);
    expect(c[0]).toContain(" … ");
  });
});
