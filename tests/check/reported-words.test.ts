import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/model/index.js";
import { ruleNamed } from "../../src/check/registry.js";
import { wordsAfterLabel } from "../../src/check/quote-place.js";
import { COURIER, GAZETTE, claimOf, makeReport, type QuoteSpec } from "./report-fixture.js";

/**
 * Reported speech is the reporter's paraphrase: a message that put it in quotation marks told a
 * fact-checker those were the speaker's words. Each message builder gets one direct quote (shown in
 * marks) and one reported statement (shown without them, named reported).
 */
const articles = [
  { id: "gazette", outlet: "Harbor Gazette", published: "2031-03-04", text: GAZETTE },
  { id: "courier", outlet: "The Valley Courier", published: "2031-03-05", text: COURIER },
];
const report = (quotes: QuoteSpec[], extra: { findings?: (r: Report) => Finding[] } = {}) => {
  const r = makeReport({ articles, quotes });
  return extra.findings ? { ...r, findings: extra.findings(r) } : r;
};
const DIRECT = "Nobody told us to leave";
const REPORTED = "the pumps had failed hours earlier";
const direct = (o: Partial<QuoteSpec> = {}): QuoteSpec => ({ id: "d", article: "gazette", text: DIRECT, ...o });
const reported = (o: Partial<QuoteSpec> = {}): QuoteSpec => ({ id: "r", article: "gazette", kind: "indirect", text: REPORTED, ...o });
const messages = (rule: string, r: Report) => ruleNamed(rule)!.run({ report: r }).map((h) => [h.message, ...(h.related ?? []).map((x) => x.note)].join(" | "));

describe("check messages: words in marks only for words in marks", () => {
  it.each([
    { rule: "anonymous-source", quote: { speaker: "one resident", speakerType: "anonymous" as const }, reportedAs: /\(one resident\), reported: the pumps had failed hours earlier;/ },
    { rule: "no-speaker", quote: { speaker: null }, reportedAs: /^reported statement has no speaker: the pumps had failed hours earlier;/ },
    { rule: "truncated-quote", quote: { speaker: "Ida Marsh", truncated: true }, reportedAs: /^reported statement is cut off before its end: the pumps had failed hours earlier;/ },
    { rule: "secondhand-source", quote: { speaker: "Ida Marsh", toOutlet: "Reuters" }, reportedAs: /^secondhand report: .*, reported: the pumps had failed hours earlier; check what was said against Reuters/ },
  ])("$rule", ({ rule, quote, reportedAs }) => {
    const [d] = messages(rule, report([direct(quote)]));
    expect(d).toContain(`“${DIRECT}”`);
    const [r] = messages(rule, report([reported(quote)]));
    expect(r).toMatch(reportedAs);
    expect(r).not.toContain(`“${REPORTED}”`);
  });

  it("conflict: the finding's other claims, as evidence notes", () => {
    const findings = (r: Report): Finding[] => [
      { id: "f", kind: "contradiction", ruleId: "conflicts/contradiction", severity: "warning", explanation: "accounts differ", claims: ["x", "d", "r"].map((i) => claimOf(r, i)) },
    ];
    const r = report([{ id: "x", article: "courier", text: "Most of the families are still in their homes", speaker: "Ana Holt" }, direct({ speaker: "Tomas Reyes" }), reported({ speaker: "one resident", speakerType: "anonymous" })], { findings });
    const [m] = messages("conflict", r);
    expect(m).toContain(`Tomas Reyes, Harbor Gazette: “${DIRECT}”`);
    expect(m).toContain(`one resident, Harbor Gazette, reported: ${REPORTED}`);
    expect(m).not.toContain(`“${REPORTED}”`);
  });

  it("altered-quote: the reference's words in the note (reported speech whose figures changed)", () => {
    const arts = [
      { id: "a", outlet: "Harbor Gazette", published: "2031-03-04", text: "The mayor said the levee would cost 12 million. “We will build the levee by June,” she said." },
      { id: "b", outlet: "Ledger", published: "2031-03-05", text: "The mayor said the levee would cost 20 million. “We will build the levee by July,” she said." },
    ];
    const r = makeReport({
      articles: arts,
      quotes: [
        { id: "r1", article: "a", kind: "indirect", text: "the levee would cost 12 million", speaker: "Ann Lee" },
        { id: "r2", article: "b", kind: "indirect", text: "the levee would cost 20 million", speaker: "Ann Lee" },
        { id: "d1", article: "a", text: "We will build the levee by June", speaker: "Ann Lee" },
        { id: "d2", article: "b", text: "We will build the levee by July", speaker: "Ann Lee" },
      ],
      groups: [
        { id: "g1", referenceQuoteId: "r1", misattributed: false, outletsDiffer: true, datesDiffer: true, members: [
          { quoteId: "r1", variant: "verbatim", similarity: 1, diff: [] },
          { quoteId: "r2", variant: "altered", similarity: 0.9, diff: [{ op: "same", text: "the levee would cost" }, { op: "del", text: "12" }, { op: "add", text: "20" }, { op: "same", text: "million" }] },
        ] },
        { id: "g2", referenceQuoteId: "d1", misattributed: false, outletsDiffer: true, datesDiffer: true, members: [
          { quoteId: "d1", variant: "verbatim", similarity: 1, diff: [] },
          { quoteId: "d2", variant: "altered", similarity: 0.9, diff: [{ op: "same", text: "We will build the levee by" }, { op: "del", text: "June" }, { op: "add", text: "July" }] },
        ] },
      ],
    });
    const notes = ruleNamed("altered-quote")!.run({ report: r }).map((h) => h.related?.[0]?.note);
    expect(notes).toContain("Harbor Gazette (opening “The mayor said the levee would cost 12 million”, 2031-03-04), reported: the levee would cost 12 million");
    expect(notes).toContain("Harbor Gazette (opening “The mayor said the levee would cost 12 million”, 2031-03-04): “We will build the levee by June”");
  });
});

// One helper writes a quote's words after a label, for rule messages (cut to a line) and for a
// conflict's evidence notes (the claim's words whole, as written).
describe("wordsAfterLabel", () => {
  const long = `${"word ".repeat(20)}end`;
  it.each([
    ["must: direct words in marks", "direct", "We  will\nwin", 60, ": “We will win”"],
    ["must: reported words named reported, without their 'that'", "indirect", "that the dam held", 60, ", reported: the dam held"],
    ["must: cut to the length given", "direct", long, 20, `: “${"word ".repeat(3)}word…”`],
    ["must-not: no length keeps the words whole and as written", "direct", `We  will\n${long}`, null, `: “We  will\n${long}”`],
    ["must-not: no length keeps reported words whole", "indirect", long, null, `, reported: ${long}`],
  ] as const)("%s", (_n, kind, text, max, want) => {
    expect(wordsAfterLabel(kind, text, max)).toBe(want);
  });
});
