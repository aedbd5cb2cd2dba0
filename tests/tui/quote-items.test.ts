import { describe, expect, it } from "vitest";
import { buildQuoteItems, flagLetters, flagWords } from "../../src/tui/quote-items.js";
import { toldAnotherOutlet } from "../../src/report/secondhand.js";
import { previewDates, previewText } from "../../src/tui/QuotePreview.js";
import { matches, selectQuotes, type QuoteQuery } from "../../src/tui/selection.js";
import { ledger, report } from "./fixture.js";

const items = buildQuoteItems(report);
const byId = new Map(items.map((i) => [i.quote.id, i]));

describe("quote flags, read from the report", () => {
  it.each([
    ["q1", "····C", ["in a conflict"]],
    ["q2", "·R·2·", ["reported", "secondhand"]],
    ["q3", "·····", []],
    ["q4", "··A·C", ["anonymous", "in a conflict"]],
    ["q5", "TR···", ["truncated", "reported"]],
    ["q6", "···2C", ["secondhand", "in a conflict"]],
    ["q7", "···2·", ["secondhand"]],
    ["q9", "·····", []],
  ])("%s: %s", (id, letters, words) => {
    const item = byId.get(id)!;
    expect(flagLetters(item.flags)).toBe(letters);
    expect(flagWords(item.flags)).toEqual(words);
    expect(item.flagged).toBe(words.length > 0);
  });

  it("a corroboration does not count as a conflict, but is kept on the quote", () => {
    const q2 = byId.get("q2")!;
    expect(q2.flags.conflict).toBe(false);
    expect(q2.findings.map((f) => f.kind)).toEqual(["corroboration"]);
  });

  it("leaves scare quotes out", () => {
    const withScare = { ...report, quotes: [...report.quotes, { ...report.quotes[0], id: "s1", kind: "scare" as const }] };
    expect(buildQuoteItems(withScare).map((i) => i.quote.id)).not.toContain("s1");
  });
});

// The flag's test is report/secondhand's toldAnotherOutlet (its own rows in tests/report/secondhand.test.ts).
const isSecondhand = (toOutlet: string | null, outlet: string | null, documentId = "") =>
  toldAnotherOutlet({ toOutlet, documentId }, { ...ledger, outlet, documentId, text: "", wire: [] });

describe("isSecondhand", () => {
  it.each([
    ["AFP", "The Daily Beast", true],
    ["The Daily Beast", "The Daily Beast", false],
    ["Daily Beast", "The Daily Beast", false],
    [null, "The Daily Beast", false],
    ["AFP", null, true],
    // Outlets compared as the check compares them: initials and full name are one outlet.
    ["Agence France-Presse", "AFP", false],
  ])("%s in %s -> %s", (to, outlet, yes) => expect(isSecondhand(to, outlet)).toBe(yes));

  // The publisher unknown, the file's name is the only evidence, as in the secondhand-source check.
  it.each([
    ["The Huffington Post", "docs/huff-post_2016-07-26_obama.txt", false],
    ["USA TODAY", "usa-today-2016-06-10.html", false],
    ["AFP", "docs/huff-post_2016-07-26_obama.txt", true],
    ["AFP", "2016-07-26-obama.txt", true],
  ])("%s in an outlet-less %s -> %s", (to, doc, yes) => expect(isSecondhand(to, null, doc)).toBe(yes));
});

describe("selectQuotes", () => {
  const base: QuoteQuery = { filter: "", flaggedOnly: false, sort: "document order", scope: null };
  const ids = (q: Partial<QuoteQuery>) => selectQuotes(items, { ...base, ...q }).map((i) => i.quote.id);

  it("filters on speaker, outlet and text, every word must match", () => {
    expect(ids({ filter: "keller" })).toEqual(["q2", "q3", "q9"]);
    expect(ids({ filter: "radio nord" })).toEqual(["q2", "q7", "q9"]);
    expect(ids({ filter: "knocked door" })).toEqual(["q4", "q8"]);
    expect(ids({ filter: "KELLER three" })).toEqual(["q3", "q9"]);
    expect(matches("anna keller", "keller zzz")).toBe(false);
  });
  it.each([
    // kinds, the quotes kept: what the report says each quote is, nothing else
    ["all", items.map((i) => i.quote.id)],
    ["direct", items.filter((i) => i.quote.kind === "direct").map((i) => i.quote.id)],
    ["reported", items.filter((i) => i.quote.kind === "indirect").map((i) => i.quote.id)],
  ] as const)("kinds %s keeps those quotes only", (kinds, want) => {
    expect(ids({ kinds })).toEqual(want);
    expect(want.length).toBeGreaterThan(0);
  });
  it("a quote's day said or published is found by the filter; a day none has finds nothing", () => {
    const said = items.find((i) => i.quote.spokenOn)!;
    expect(ids({ filter: said.quote.spokenOn! })).toContain(said.quote.id);
    const pub = items.find((i) => i.published && !i.quote.spokenOn)!;
    expect(ids({ filter: pub.published })).toContain(pub.quote.id);
    expect(ids({ filter: "1999-01-01" })).toEqual([]);
  });
  it("keeps flagged quotes only", () => {
    expect(ids({ flaggedOnly: true })).toEqual(["q1", "q2", "q4", "q5", "q6", "q7", "q8"]);
  });
  it("sorts by speaker, outlet and dates, unknown values last", () => {
    expect(ids({ sort: "speaker" }).slice(0, 3)).toEqual(["q2", "q3", "q9"]);
    expect(ids({ sort: "date said" })).toEqual(["q1", "q6", "q9", "q2", "q3", "q4", "q5", "q7", "q8"]);
    expect(ids({ sort: "outlet" }).slice(0, 3)).toEqual(["q6", "q7", "q8"]);
    expect(ids({ sort: "flags" })[0]).toMatch(/q[2456]/);
  });
  it.each([
    // filter, the filter the scope was made under, rows
    ["ledger", "ledger", ["q1", "q9"]],
    ["ledger", "", ["q1"]],
    ["zzz", "zzz", ["q1", "q9"]],
    ["zzz", "zz", []],
  ])("filter %j in a scope made under %j gives %j (the filter that found the scope does not narrow it)", (filter, made, want) => {
    expect(ids({ filter, scope: { label: "x", by: "article", quoteIds: ["q9", "q1"], filter: made } })).toEqual(want);
  });
  it("narrows to a scope", () => {
    expect(ids({ scope: { label: "x", by: "article", quoteIds: ["q9", "q1"], filter: "" } })).toEqual(["q1", "q9"]);
  });
});

describe("the filter folds case, accents, curly marks and dashes", () => {
  it.each([
    ["I didn’t see them down any jets", "didn't see", true],
    ["I didn't see them down any jets", "didn’t see", true],
    ["told the Paris daily Libération", "liberation", true],
    ["the pro–government militiamen", "pro-government", true],
    ["“We’re finished.”", "\"we're finished", true],
    ["KHALED al-Homsi", "homsi khaled", true],
    ["I did see them", "didn't", false],
    ["Libération", "liberations", false],
  ])("%s ~ %s: %s", (text, filter, want) => {
    const item = { ...items[0], quote: { ...items[0].quote, text } };
    const [built] = buildQuoteItems({ ...report, quotes: [item.quote] });
    expect(matches(built.haystack, filter)).toBe(want);
  });
});

describe("the preview's dates and words (previewDates, previewText)", () => {
  it.each([
    // said, published, line
    ["2031-03-04", "2031-03-05", "said 2031-03-04 · published 2031-03-05"],
    ["", "2031-03-05", "published 2031-03-05"],
    ["2031-03-04", "", "said 2031-03-04 · publication date unknown"],
    ["", "", "publication date unknown"],
  ])("said %j, published %j", (said, published, shown) => {
    expect(previewDates({ said, published })).toBe(shown);
    expect(previewDates({ said, published })).not.toContain("—");
  });
  it.each([
    ["reported speech: no marks", true, "the crack had been reported", "the crack had been reported"],
    ["a direct quote: in marks", false, "We asked three times,", "“We asked three times,”"],
  ])("%s", (_, indirect, excerpt, shown) => {
    const flags = { truncated: false, indirect, anonymous: false, secondhand: false, conflict: false };
    expect(previewText({ excerpt, flags })).toBe(shown);
  });
});
