import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { helpLines } from "../../src/tui/help-lines.js";
import { mount } from "./render.js";
import { attributionChain } from "../../src/tui/chain.js";
import { detailLines } from "../../src/tui/detail-lines.js";
import { buildQuoteItems } from "../../src/tui/quote-items.js";
import { previewDates } from "../../src/tui/QuotePreview.js";
import { articleText } from "../../src/tui/source-lines.js";
import { buildFindingItems, claimDate } from "../../src/tui/finding-items.js";
import { findings, quotes, report } from "./fixture.js";

vi.setConfig({ testTimeout: 30_000 });

/**
 * A story dated by the mail that carried it (publishedFrom "mail") was published on or before that
 * day; the UI's chain, Sources line and preview say so, as the reports do. Its own date stays plain.
 */
describe("the UI shows a mail's date as an upper bound", () => {
  const q = quotes[0];
  const article = report.articles.find((a) => a.id === q.articleId)!;
  const mailed = { ...article, publishedFrom: "mail" as const };
  const pub = (a: typeof article) => attributionChain(q, a).find((s) => s.label === "published by")!.value;
  it("chain: must 'on or before' for the mail's date; must-not for the article's own", () => {
    expect(pub(mailed)).toContain(`on or before ${article.published}`);
    expect(pub(article)).not.toContain("on or before");
    expect(pub(article)).toContain(article.published!);
  });
  it("Sources line: the same", () => {
    expect(articleText(mailed, 1)).toContain(` · on or before ${article.published} · `);
    expect(articleText(article, 1)).not.toContain("on or before");
  });
  it("preview: the same", () => {
    expect(previewDates({ said: "", published: "2031-03-05", article: mailed })).toBe("published on or before 2031-03-05");
    expect(previewDates({ said: "2031-03-04", published: "2031-03-05", article })).toBe("said 2031-03-04 · published 2031-03-05");
    expect(previewDates({ said: "", published: "", article: undefined })).toBe("publication date unknown");
    // a day read off the file's name says so too
    expect(previewDates({ said: "", published: "2031-03-05", article: { ...article, publishedFrom: "file-name" } })).toBe("published 2031-03-05 (from the file name)");
  });
});

describe("the Detail view's heading gives a mail's date as an upper bound", () => {
  const head = (r: typeof report) => {
    const items = buildQuoteItems(r);
    const byId = new Map(items.map((i) => [i.quote.id, i]));
    return detailLines(items[0], r, byId, 200)[0].map((s) => s.text).join("");
  };
  const first = buildQuoteItems(report)[0];
  const mailedReport = { ...report, articles: report.articles.map((a) => (a.id === first.article?.id ? { ...a, publishedFrom: "mail" as const } : a)) };
  it("must: 'on or before' the mail's day; must-not: the article's own day", () => {
    expect(head(mailedReport)).toContain(` · on or before ${first.published}`);
    expect(head(report)).toContain(` · ${first.published}`);
    expect(head(report)).not.toContain("on or before");
  });
});

describe("a finding's card gives a mailed story's day as an upper bound", () => {
  const mailedId = findings[0].claims[0].article;
  const mailedReport = { ...report, articles: report.articles.map((a) => (a.id === mailedId ? { ...a, publishedFrom: "mail" as const } : a)) };
  const cardDates = (r: typeof report) => buildFindingItems(r)[0].sides.flatMap((s) => s.claims).map((c) => [c.claim.article, claimDate(c.claim)] as const);
  it("must: 'published on or before' on the mailed story's claims; must-not on the others or without the mail", () => {
    const after = cardDates(mailedReport);
    expect(after.filter(([a]) => a === mailedId).every(([, d]) => /published on or before \d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(after.filter(([a]) => a !== mailedId).some(([, d]) => d.includes("on or before"))).toBe(false);
    expect(after.some(([a]) => a !== mailedId)).toBe(true);
    expect(cardDates(report).some(([, d]) => d.includes("on or before"))).toBe(false);
  });
});

/**
 * The Quotes list's "published" column marks a day the article does not give itself as the
 * articles table does: "≤2031-03-05" for the mail's day, "2031-03-05*" for the file name's; the help
 * says what the marks mean.
 */
describe("the Quotes list marks a mail's day and a file name's day", () => {
  afterEach(() => cleanup());
  const withFrom = (from: "mail" | "file-name") => ({ ...report, articles: report.articles.map((a) => (a.id === "courier-2031-03-05" ? { ...a, publishedFrom: from } : a)) });
  const rowOf = (f: string, who: string) => f.split("\n").find((l) => l.includes(who)) ?? "";
  it("must: '≤' before the mailed story's day; must-not on another article's row", async () => {
    const h = await mount(withFrom("mail"), { columns: 200, rows: 30 });
    const f = h.frame();
    expect(f).toMatch(/\bpublished\b/);
    expect(rowOf(f, "Lena Ortiz")).toContain("≤2031-03-05");
    expect(rowOf(f, "Northshire Water")).not.toContain("≤");
    expect(rowOf(f, "Northshire Water")).toContain("2031-03-05");
  });
  it("must: '*' after a file name's day; must-not without it", async () => {
    const h = await mount(withFrom("file-name"), { columns: 200, rows: 30 });
    expect(rowOf(h.frame(), "Lena Ortiz")).toContain("2031-03-05*");
    cleanup();
    const plain = await mount(report, { columns: 200, rows: 30 });
    expect(plain.frame()).not.toMatch(/≤|\d\*/);
  });
  it("the help says what the marks mean", () => {
    const text = helpLines(100).map((l) => l.text).join("\n");
    expect(text).toContain("≤");
    expect(text).toMatch(/\* .*file name/);
  });
});

describe("a finding's card says a claim's day came from the file name", () => {
  const namedId = findings[0].claims[0].article;
  const namedReport = { ...report, articles: report.articles.map((a) => (a.id === namedId ? { ...a, publishedFrom: "file-name" as const } : a)) };
  const cardDates = (r: typeof report) => buildFindingItems(r)[0].sides.flatMap((s) => s.claims).map((c) => [c.claim.article, claimDate(c.claim)] as const);
  it("must: '(from the file name)' on that story's claims; must-not on the others", () => {
    const after = cardDates(namedReport);
    expect(after.filter(([a]) => a === namedId).every(([, d]) => d.endsWith("(from the file name)"))).toBe(true);
    expect(after.filter(([a]) => a !== namedId).some(([, d]) => d.includes("file name"))).toBe(false);
  });
});
