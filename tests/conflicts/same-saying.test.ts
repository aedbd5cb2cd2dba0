import { describe, expect, it } from "vitest";
import { onlyOpeningConjunction, sameSaying, sideBySide, swapsFigure, type SayingPair } from "../../src/conflicts/same-saying.js";
import type { Article, Quote, QuoteGroupMember } from "../../src/model/index.js";
import { article, quote } from "./fixtures.js";

type Diff = QuoteGroupMember["diff"];
const member = (diff: Diff): QuoteGroupMember => ({ quoteId: "m", variant: "altered", similarity: 0.9, diff });

const gazette = article("gazette", "Harbor Gazette", "2031-07-01", "Mayor Lena Vasquez said: “We have come a very long way since the flood.” The shelter holds 300 beds.");
const courier = article("courier", "The Valley Courier", "2031-07-08", "“We have come a long way since the flood,” Vasquez told shopkeepers on Monday.");
const byId = new Map<string, Article>([gazette, courier].map((a) => [a.id, a]));
const pair = (q: Quote, ref: Quote, diff: Diff): SayingPair => ({ q, ref, member: member(diff), articleQuotes: [q], article: (id) => byId.get(id) });
const dropsVery: Diff = [{ op: "same", text: "we have come a" }, { op: "del", text: "very" }, { op: "same", text: "long way since the flood" }];

describe("said-after-printed", () => {
  const ref = quote(gazette, "We have come a very long way since the flood.", "Lena Vasquez");
  it("must: words said on a day after the other article was published are another saying", () => {
    const q = quote(courier, "We have come a long way since the flood,", "Lena Vasquez", { spokenOn: "2031-07-07" });
    expect(sameSaying(pair(q, ref, dropsVery))?.id).toBe("said-after-printed");
  });
  it("must not: said on the day the other was published or before, or no day known", () => {
    for (const spokenOn of ["2031-07-01", "2031-06-30", null]) {
      const q = quote(courier, "We have come a long way since the flood,", "Lena Vasquez", { spokenOn });
      expect(sameSaying(pair(q, ref, dropsVery))).toBeNull();
    }
  });
});

describe("quotes-another", () => {
  const critic = article("herald", "Coast Herald", "2031-07-02", "“Her claim that ‘we have come a very long way since the flood’ ignores the sea,” said Ida Marsh.");
  const ref = quote(critic, "Her claim that ‘we have come a very long way since the flood’ ignores the sea,", "Ida Marsh");
  const cut: Diff = [{ op: "del", text: "her claim that" }, { op: "same", text: "we have come a very long way since the flood" }, { op: "del", text: "ignores the sea" }];
  it("must: the reference quotes the member's words in marks of its own, credited to another person", () => {
    expect(sameSaying(pair(quote(gazette, "We have come a very long way since the flood.", "Lena Vasquez"), ref, cut))?.id).toBe("quotes-another");
  });
  it("must not: the same speaker quoting herself, or words outside the inner marks", () => {
    expect(sameSaying(pair(quote(gazette, "We have come a very long way since the flood.", "Ida Marsh"), ref, cut))).toBeNull();
    const plain = quote(article("p", null, null, "“We have come a very long way since the flood and it ignores the sea,” Ida Marsh said."), "We have come a very long way since the flood and it ignores the sea,", "Ida Marsh");
    expect(sameSaying(pair(quote(gazette, "We have come a very long way since the flood.", "Lena Vasquez"), plain, cut))).toBeNull();
  });
});

describe("own-count and swapsFigure", () => {
  const swapped: Diff = [{ op: "del", text: "twelve" }, { op: "add", text: "three" }, { op: "same", text: "passengers were taken to hospital" }];
  it("must: two people who cannot be one, a figure for a figure", () => {
    expect(swapsFigure(swapped)).toBe(true);
    const a = article("x", "Harbor Gazette", "2031-06-10", "“Twelve passengers were taken to hospital,” said Ida Marsh. “Three passengers were taken to hospital,” said Tomas Reyes.");
    expect(sameSaying(pair(quote(a, "Three passengers were taken to hospital,", "Tomas Reyes"), quote(a, "Twelve passengers were taken to hospital,", "Ida Marsh"), swapped))?.id).toBe("own-count");
  });
  it("must not: the same speaker's figure changed between outlets (an altered quote), or a word for a word", () => {
    const a = article("x", "Harbor Gazette", "2031-06-10", "“Twelve passengers were taken to hospital,” said Ida Marsh. “Three passengers were taken to hospital,” Marsh said.");
    expect(sameSaying(pair(quote(a, "Three passengers were taken to hospital,", "Ida Marsh"), quote(a, "Twelve passengers were taken to hospital,", "Ida Marsh"), swapped))).toBeNull();
    expect(swapsFigure([{ op: "del", text: "midnight" }, { op: "add", text: "dawn" }])).toBe(false);
    expect(swapsFigure([{ op: "del", text: "two" }, { op: "same", text: "weeks" }])).toBe(false);
  });
});

describe("opening-conjunction", () => {
  it.each([
    [[{ op: "del", text: "and" }, { op: "same", text: "it's going to be useless" }], true],
    [[{ op: "add", text: "but" }, { op: "same", text: "we have come a very long way" }], true],
    [[{ op: "del", text: "so far" }, { op: "same", text: "i cannot believe how civil it's been" }], false],
    [[{ op: "del", text: "and" }, { op: "same", text: "let's dispel" }, { op: "del", text: "once and for all" }, { op: "same", text: "with this fiction" }], false],
    [[{ op: "del", text: "and" }], false],
  ] as const)("%j -> %s", (diff, ok) => {
    expect(onlyOpeningConjunction(diff as unknown as Diff)).toBe(ok);
  });
});

describe("sideBySide", () => {
  const text = "an argument between “This has nothing to do with the port” and “This has everything to do with the port.” Later: “This has nothing to do with it.”";
  const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  it("must: two quotes joined only by a conjunction", () => {
    expect(sideBySide(text, span("This has nothing to do with the port"), span("This has everything to do with the port."))).toBe(true);
  });
  it("must not: quotes with words between them", () => {
    expect(sideBySide(text, span("This has everything to do with the port."), span("This has nothing to do with it."))).toBe(false);
  });
});

describe("closer-in-article", () => {
  const herald = article("herald", "Coast Herald", "2031-07-02", "“Let's dispel this fiction that the port is failing,” Vasquez said. Reporters then asked her about the budget for the new quay, the delays at the south pier, the dredging contract and the ferry timetable for the summer. “This notion that the port is failing is just not true,” Vasquez said later.");
  const gazette2 = article("gazette2", "Harbor Gazette", "2031-07-03", "“And let's dispel once and for all this fiction that the port is failing,” Vasquez said.");
  const ref = quote(gazette2, "And let's dispel once and for all this fiction that the port is failing,", "Lena Vasquez");
  const near = quote(herald, "Let's dispel this fiction that the port is failing,", "Lena Vasquez");
  const far = quote(herald, "This notion that the port is failing is just not true,", "Lena Vasquez");
  const m = (similarity: number): QuoteGroupMember => ({ quoteId: "x", variant: "altered", similarity, diff: [{ op: "del", text: "fiction" }, { op: "add", text: "notion" }, { op: "same", text: "that the port is failing" }] });
  const with2 = (q: Quote, sim: number, others: SayingPair["others"]): SayingPair => ({ q, ref, member: m(sim), articleQuotes: [near, far], article: (id) => (id === "herald" ? herald : gazette2), others });
  it("must: the article's farther wording of a line it also gives closer to the other outlet", () => {
    expect(sameSaying(with2(far, 0.6, [{ quote: near, member: m(0.9) }, { quote: far, member: m(0.6) }]))?.id).toBe("closer-in-article");
  });
  it("must not: the closer wording itself, or a wording alone in its article", () => {
    expect(sameSaying(with2(near, 0.9, [{ quote: near, member: m(0.9) }, { quote: far, member: m(0.6) }]))).toBeNull();
    expect(sameSaying(with2(far, 0.6, [{ quote: far, member: m(0.6) }]))).toBeNull();
  });
});
