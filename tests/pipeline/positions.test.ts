import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { analyse } from "../../src/pipeline/index.js";
import { placeDiagnostics, placeQuotes } from "../../src/pipeline/positions.js";
import { formatDiagnostic } from "../../src/report/diagnostics.js";

const enc = (s: string) => new TextEncoder().encode(s);
const load = (id: string, text: string) => {
  const { document, diagnostics } = parseDocument(id, enc(text));
  return { documents: [document], inputs: [], diagnostics };
};

describe("diagnostic positions", () => {
  it("gives an article-level diagnostic the line and column of its span in the file", () => {
    // Hard-wrapped text: the article is reflowed, so its offsets differ from the file's.
    const text = "Storm hits the coast\n\nThe mayor spoke to\nreporters on Monday. He said\n\"we will rebuild the pier and\n\nNothing else was said.\n";
    const report = analyse(load("news/storm.txt", text), "quotes");
    // The cut sentence starts at "He said", line 4 column 22 of the file.
    const d = report.diagnostics.find((x) => x.ruleId === "ingest/cut-text");
    expect(d).toBeDefined();
    expect(d?.line).toBe(4);
    expect(d?.column).toBe(22);
    expect(formatDiagnostic(d!, null)).toMatch(/^news\/storm\.txt:4:22: text stops mid-sentence.*\(ingest\/cut-text\)$/);
  });

  it("places a document-level span directly in the file", () => {
    const doc = parseDocument("a.txt", enc("one\ntwo three\n")).document;
    const [d] = placeDiagnostics([doc], [], [{ reason: "r", documentId: "a.txt", span: { start: 8, end: 9 }, ruleId: "x/y", stage: "ingest", severity: "info" }]);
    expect([d.line, d.column]).toEqual([2, 5]);
  });

  it("leaves diagnostics without a span, or of an unknown document, unplaced", () => {
    const out = placeDiagnostics([], [], [
      { reason: "r", documentId: "gone.txt", ruleId: "x/y", stage: "ingest", severity: "error" },
      { reason: "r", documentId: "gone.txt", span: { start: 0, end: 1 }, ruleId: "x/y", stage: "ingest", severity: "error" },
    ]);
    expect(out.map((d) => d.line)).toEqual([undefined, undefined]);
    expect(formatDiagnostic(out[1], null)).toBe("gone.txt: r (x/y)");
  });
});

describe("quote positions", () => {
  const at = (text: string, words: string) => {
    const i = text.indexOf(words);
    const before = text.slice(0, i).split("\n");
    return [before.length, before.at(-1)!.length + 1];
  };

  it.each([
    ["a hard-wrapped text file (through the offset map)", "news/pier.txt", "Pier to reopen\n\nThe mayor spoke on\nMonday. \"We will rebuild\nthe pier,\" she said.\n", "We will rebuild"],
    ["a Markdown file", "news/pier.md", "# Pier to reopen\n\nThe mayor spoke on Monday.\n\n\"We will rebuild the pier by June,\" she said.\n", "We will rebuild"],
    ["an HTML page (no offset map: found by its words)", "news/pier.html", "<html><head><title>Pier</title></head><body><article><h1>Pier to reopen</h1>\n<p>The mayor spoke on Monday.</p>\n<p>&ldquo;We will rebuild the pier by June,&rdquo; she said.</p></article></body></html>", "We will rebuild"],
  ])("must: the full analysis gives each quote its first word's line and column in %s", (_, id, text, words) => {
    const report = analyse(load(id, text), "full");
    const q = report.quotes.find((x) => x.text.startsWith(words));
    expect(q).toBeDefined();
    expect([q!.line, q!.column]).toEqual(at(text, words));
  });

  it("must not: extract's depth ('quotes') leaves quotes unplaced, as its output gives offsets", () => {
    const report = analyse(load("news/pier.txt", 'The mayor said: "We will rebuild the pier by June."\n'), "quotes");
    expect(report.quotes.length).toBeGreaterThan(0);
    expect(report.quotes.every((q) => q.line === undefined && q.column === undefined)).toBe(true);
  });

  it("must not: a quote of a document the analysis does not hold, or already placed, is left as it is", () => {
    const report = analyse(load("news/pier.txt", 'The mayor said: "We will rebuild the pier by June."\n'), "full");
    const [q] = report.quotes;
    expect(placeQuotes([], [], [{ ...q, line: undefined, column: undefined }])[0].line).toBeUndefined();
    expect(placeQuotes([], [], [{ ...q, line: 9, column: 4 }])[0]).toMatchObject({ line: 9, column: 4 });
  });
});

describe("quote positions in a page whose article keeps no offset map (found by its words)", () => {
  // An article rebuilt from markup with no way back: built here from a parsed page, its map dropped.
  const unmapped = (page: string, text: string) => {
    const { document } = parseDocument("news/vote.html", enc(page));
    const article = { ...document.articles[0], text, paragraphs: [{ start: 0, end: text.length }], sourceOffsets: null };
    return { doc: { ...document, articles: [article] }, article };
  };
  const quote = (articleId: string, text: string, words: string, from = 0) => {
    const start = text.indexOf(words, from);
    return { ...baseQuote, id: `q${start}`, articleId, documentId: "news/vote.html", text: words, span: { start, end: start + words.length } };
  };
  const baseQuote = analyse(load("news/x.txt", 'Lee said: "We will win the vote by June."\n'), "quotes").quotes[0];

  it("must: a quote repeated down the page is placed at each of its own lines, in order", () => {
    const page = "<html><body>\n<p>&ldquo;We will win the vote,&rdquo; Ann Lee said.</p>\n<p>Then the count began.</p>\n<p>&ldquo;We will win the vote,&rdquo; Ann Lee said.</p>\n</body></html>";
    const text = "“We will win the vote,” Ann Lee said.\n\nThen the count began.\n\n“We will win the vote,” Ann Lee said.";
    const { doc, article } = unmapped(page, text);
    const qs = [quote(article.id, text, "We will win the vote,"), quote(article.id, text, "We will win the vote,", 5)];
    expect(placeQuotes([doc], [article], qs).map((q) => [q.line, q.column])).toEqual([[2, 11], [4, 11]]);
  });
  it("must: words split by an entity or a tag in the page are still found", () => {
    const page = "<html><body>\n<p>Lee said: &ldquo;We won&#8217;t <em>ever</em> give up the vote.&rdquo;</p>\n</body></html>";
    const text = "Lee said: “We won’t ever give up the vote.”";
    const { doc, article } = unmapped(page, text);
    expect(placeQuotes([doc], [article], [quote(article.id, text, "We won’t ever give up the vote.")]).map((q) => [q.line, q.column])).toEqual([[2, 21]]);
  });
  it("must not: past a budget of 32 times the page's length and 1 MB, words that cannot be found stop being looked for", () => {
    const page = "<html><body>\n<p>&ldquo;We will win the vote,&rdquo; Ann Lee said.</p>\n</body></html>";
    const text = "Nothing like this stands in the page at all. “We will win the vote,” Ann Lee said.";
    const { doc, article } = unmapped(page, text);
    const found = quote(article.id, text, "We will win the vote,");
    const missing = Array.from({ length: 8000 }, (_, i) => ({ ...quote(article.id, text, "Nothing like this stands in the page at all."), id: `m${i}` }));
    const out = placeQuotes([doc], [article], [found, ...missing, found]);
    expect(out[0].line).toBe(2);
    expect(out.slice(1, -1).every((x) => x.line === undefined)).toBe(true);
    // the budget is spent: the words it found first are no longer looked for
    expect(out.at(-1)!.line).toBeUndefined();
  });
});

describe("quote positions in a mail's HTML part whose words were repaired on the way in", () => {
  // A mail's HTML part is rebuilt from markup (no offset map) and decoded and repaired: the file
  // writes "Doré" as "DorÃ©", "Dor=C3=A9" or "Dor&eacute;", and a quoted-printable part may cut a
  // word with a soft line break. The quote's first word must be placed where the file writes it.
  const page = (p: string) => `<html><head><title>Harbor pumps</title></head><body><h1>Harbor pumps fail in storm</h1><p>The harbor's pumps failed during the storm on Monday, the port authority said in a statement.</p><p>${p}</p><p>The board meets on Friday.</p></body></html>`;
  const mail = (transfer: string, html: string) =>
    `From: Dana Reyes <dana@example.org>\r\nTo: desk@example.org\r\nSubject: Harbor pumps\r\nDate: Tue, 04 Mar 2031 09:12:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: ${transfer}\r\n\r\n${html}\r\n`;
  const placeOf = (text: string, written: string) => {
    const before = text.slice(0, text.indexOf(written)).split("\n");
    return [before.length, before.at(-1)!.length + 1];
  };
  const rows = [
    { name: "an 8-bit part, the name read as windows-1252 and a curly apostrophe after it", transfer: "8bit", p: "&ldquo;Dor\u00c3\u00a9\u00e2\u20ac\u2122s pumps were never replaced,&rdquo; said Marc Lee, the harbor master.", quote: "Dor\u00e9\u2019s pumps", written: "Dor\u00c3\u00a9\u00e2\u20ac\u2122s pumps" },
    { name: "a quoted-printable part, the letter as escapes", transfer: "quoted-printable", p: "&ldquo;Dor=C3=A9 pumps were never replaced,&rdquo; said Marc Lee, the harbor master.", quote: "Dor\u00e9 pumps", written: "Dor=C3=A9 pumps" },
    { name: "a quoted-printable part, a soft line break inside a word of the quote", transfer: "quoted-printable", p: "&ldquo;Dor=C3=A9 pumps were never re=\r\nplaced,&rdquo; said Marc Lee, the harbor master.", quote: "Dor\u00e9 pumps", written: "Dor=C3=A9 pumps" },
    { name: "an 8-bit part, the letter as a named entity", transfer: "8bit", p: "&ldquo;Dor&eacute; pumps were never replaced,&rdquo; said Marc Lee.", quote: "Dor\u00e9 pumps", written: "Dor&eacute; pumps" },
  ];
  it.each(rows)("must: $name", ({ transfer, p, quote, written }) => {
    const text = mail(transfer, page(p));
    const report = analyse(load("inbox/pumps.eml", text), "full");
    const q = report.quotes.find((x) => x.text.startsWith(quote));
    expect(q).toBeDefined();
    expect(report.articles.find((a) => a.id === q!.articleId)!.sourceOffsets).toBeNull();
    expect([q!.line, q!.column]).toEqual(placeOf(text, written));
  });
  it("must not: a quote whose letter the file writes as another letter is left unplaced", () => {
    const text = mail("8bit", page("&ldquo;Dor\u00c3\u00a9 pumps were never replaced,&rdquo; said Marc Lee."));
    const { document } = parseDocument("inbox/pumps.eml", enc(text));
    const q = analyse(load("inbox/pumps.eml", text), "quotes").quotes.find((x) => x.text.startsWith("Dor\u00e9 pumps"))!;
    const other = { ...document, text: document.text.replace("Dor\u00c3\u00a9", "Dor\u00c3\u00a8") };
    expect(placeQuotes([other], document.articles, [q])[0].line).toBeUndefined();
  });
});

describe("placed quotes share one shape (memory: a dense story's report held a hidden class a quote)", () => {
  // V8's own test of whether two objects have one hidden class, compiled once the flag allows it.
  setFlagsFromString("--allow-natives-syntax");
  const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;
  const text = Array.from({ length: 40 }, (_, i) => `“We won the vote in ${i} towns,” Ann Lee said.\n`).join("\n");
  const placed = analyse(load("news/dense.txt", text), "full").quotes;

  it("must: every placed quote of a story has the hidden class of the one before it", () => {
    expect(placed.length).toBe(40);
    expect(placed.every((q) => q.line !== undefined)).toBe(true);
    expect(placed.filter((q, i) => i > 0 && !sameMap(placed[i - 1], q)).length).toBe(0);
  });
  it("must: a placed quote keeps the keys, order and values that spreading it with its place gives", () => {
    const raw = analyse(load("news/dense.txt", text), "quotes").quotes;
    expect(placed.map((q) => JSON.stringify(q))).toEqual(raw.map((q, i) => JSON.stringify({ ...q, line: placed[i].line, column: placed[i].column })));
  });
  it("must not: a quote with a key attribution does not write is still placed, its keys kept", () => {
    const doc = parseDocument("news/dense.txt", enc(text)).document;
    const q = { ...analyse(load("news/dense.txt", text), "quotes").quotes[0], extra: 1 };
    const [out] = placeQuotes([doc], doc.articles, [q]);
    expect(Object.keys(out).slice(-3)).toEqual(["extra", "line", "column"]);
  });
});
