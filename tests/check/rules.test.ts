import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/model/index.js";
import { checkRules, ruleNamed } from "../../src/check/registry.js";
import { runChecks } from "../../src/check/run.js";
import { COURIER, GAZETTE, claimOf, makeReport, type QuoteSpec } from "./report-fixture.js";

const two = [
  { id: "gazette", outlet: "Harbor Gazette", published: "2031-03-04", text: GAZETTE },
  { id: "courier", outlet: "The Valley Courier", published: "2031-03-05", text: COURIER },
];

const withQuotes = (quotes: QuoteSpec[], extra: Partial<Parameters<typeof makeReport>[0]> = {}) =>
  makeReport({ articles: two, quotes, ...extra });

const vasquez = { id: "q1", article: "gazette", text: "We evacuated every family from the river district before midnight", speaker: "Lena Vasquez" };
const vasquez2 = { id: "q2", article: "courier", text: "We evacuated every family from the river district before dawn", speaker: "Lena Vasquez", toOutlet: "Valley Courier" };
/** One group: a reference quote and another whose words say "dawn" where the reference says "midnight". */
const midnightToDawn = (ref: string, member: string, same: string, flags: { outletsDiffer: boolean; datesDiffer: boolean }) => [
  {
    id: "g",
    referenceQuoteId: ref,
    misattributed: false,
    ...flags,
    members: [
      { quoteId: ref, variant: "verbatim" as const, similarity: 1, diff: [] },
      { quoteId: member, variant: "altered" as const, similarity: 0.9, diff: [{ op: "same" as const, text: same }, { op: "del" as const, text: "midnight" }, { op: "add" as const, text: "dawn" }] },
    ],
  },
];
const reyes = { id: "q3", article: "gazette", text: "most of the families are still in their homes", speaker: "Tomas Reyes" };
const holt = { id: "q4", article: "courier", text: "Most of the families are still in their homes", speaker: "Ana Holt" };

function finding(report: Report, kind: Finding["kind"], ids: string[], explanation = `${kind} between the accounts`): Finding {
  return { id: `f-${kind}`, kind, ruleId: `conflicts/${kind}`, severity: "warning", explanation, claims: ids.map((i) => claimOf(report, i)) };
}

/** An article with a headline whose run in marks (read as extract reads a headline's: a scare quote) is `run`, over a story quoting Vasquez and Reyes. */
function headlined(headline: string, run: string): Report {
  const body = `${headline}\n\nHARBOR CITY — The river rose overnight.\n\n“We evacuated every family from the river district before midnight,” Lena Vasquez said.\n\n“Most of the families are still in their homes,” Tomas Reyes said.`;
  return makeReport({
    articles: [{ id: "h", title: headline, text: body }],
    quotes: [
      { id: "h0", article: "h", kind: "scare", text: run, speaker: null, speakerType: "unknown", cue: null },
      { id: "h1", article: "h", text: "We evacuated every family from the river district before midnight,", speaker: "Lena Vasquez" },
      { id: "h2", article: "h", text: "Most of the families are still in their homes,", speaker: "Tomas Reyes" },
    ],
  });
}

type Case = { name: string; report: Report; hits: number; match?: RegExp };

const cases: Record<string, { must: Case[]; mustNot: Case[] }> = {
  "no-speaker": {
    must: [
      { name: "direct quote with no speaker", report: withQuotes([{ ...vasquez, speaker: null, speakerType: "unknown" }]), hits: 1, match: /has no speaker/ },
      { name: "reported statement with no speaker", report: withQuotes([{ id: "r", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: null }]), hits: 1, match: /reported statement/ },
      {
        name: "words credited to a bare object pronoun the attribution kept as the name (“according to her”)",
        report: withQuotes([{ id: "r", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "her", speakerType: "anonymous", mention: "her", cue: "according to" }]),
        hits: 1,
        match: /credited only to “her”/,
      },
      {
        name: "“him” kept as the name, the mention the same",
        report: withQuotes([{ id: "r", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "him", speakerType: "unknown", mention: "him", cue: "according to" }]),
        hits: 1,
        match: /credited only to “him”/,
      },
      {
        name: "a capitalised subject pronoun kept as the name, the mention run on (“He’s”)",
        report: withQuotes([{ id: "r", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "He", speakerType: "organisation", mention: "He’s", cue: "says" }]),
        hits: 1,
        match: /credited only to “He”/,
      },
    ],
    mustNot: [
      { name: "credited quote", report: withQuotes([vasquez]), hits: 0 },
      { name: "a country in capitals that spells a pronoun (“US”)", report: withQuotes([{ ...vasquez, speaker: "US", speakerType: "organisation", mention: "US" }]), hits: 0 },
      { name: "a trade in capitals that spells a pronoun (“IT”)", report: withQuotes([{ ...vasquez, speaker: "IT", speakerType: "organisation", mention: "IT" }]), hits: 0 },
      { name: "a name that opens with a pronoun's letters (“Herb”, “Hema”)", report: withQuotes([{ ...vasquez, speaker: "Herb" }, { ...reyes, speaker: "Hema" }]), hits: 0 },
      { name: "a named speaker whose mention at the cue is a pronoun (tied)", report: withQuotes([{ ...vasquez, mention: "her", cue: "according to" }]), hits: 0 },
      { name: "scare quote (no one says it)", report: withQuotes([{ id: "s", article: "gazette", kind: "scare", text: "old market", speaker: null }]), hits: 0 },
      {
        name: "the question put to someone ('When asked about …', 'was asked whether …')",
        report: makeReport({
          articles: [{ id: "asked", text: "When asked about the broken pumps, the engineer shrugged. Later she was asked whether the levee would hold, and she left." }],
          quotes: [
            { id: "a1", article: "asked", kind: "indirect", text: "the broken pumps", speaker: null },
            { id: "a2", article: "asked", kind: "indirect", text: "the levee would hold", speaker: null },
          ],
        }),
        hits: 0,
      },
    ],
  },
  "truncated-quote": {
    must: [
      { name: "quote marked truncated", report: withQuotes([{ ...reyes, truncated: true }]), hits: 1, match: /cut off/ },
      {
        name: "quote inside a paragraph the source cut",
        report: makeReport({
          articles: [{ id: "cut", text: "The council met on Monday.\n\n“We will rebuild the bridge across the river and the road to the" }],
          quotes: [{ id: "c", article: "cut", text: "We will rebuild the bridge across the river and the road to the", speaker: "Ida Marsh" }],
        }),
        hits: 1,
        match: /cut mid-sentence/,
      },
    ],
    mustNot: [
      { name: "complete quote in a complete paragraph", report: withQuotes([vasquez, reyes]), hits: 0 },
      {
        name: "a title-case headline, which ends with no full stop by nature",
        report: makeReport({
          articles: [{ id: "blog", text: "Live updates.\n\nMayor Says Rebuilding The Bridge Will Take Two Years\nThe mayor spoke at noon" }],
          quotes: [{ id: "h", article: "blog", kind: "indirect", text: "Rebuilding The Bridge Will Take Two Years", speaker: "Lena Vasquez", truncated: true }],
        }),
        hits: 0,
      },
    ],
  },
  "anonymous-source": {
    must: [{ name: "unnamed resident", report: withQuotes([{ id: "a", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "one resident", speakerType: "anonymous" }]), hits: 1, match: /one resident/ }],
    mustNot: [
      { name: "named person", report: withQuotes([vasquez]), hits: 0 },
      { name: "organisation", report: withQuotes([{ ...vasquez, speaker: "Marrowby Council", speakerType: "organisation" }]), hits: 0 },
      { name: "an abstract thing typed anonymous (“history says”)", report: withQuotes([{ id: "a", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "history", speakerType: "anonymous" }]), hits: 0 },
      { name: "a gathering typed anonymous (“the crowd chanted”)", report: withQuotes([{ id: "a", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "the crowd", speakerType: "anonymous" }]), hits: 0 },
      { name: "a document typed anonymous", report: withQuotes([{ id: "a", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "a harbour board report released on Monday", speakerType: "anonymous" }]), hits: 0 },
    ],
  },
  "secondhand-source": {
    must: [
      { name: "told Reuters, no Reuters article", report: withQuotes([{ id: "w", article: "gazette", kind: "indirect", text: "Rescue crews counted 40 people stranded", speaker: "officials", speakerType: "group", toOutlet: "Reuters" }]), hits: 1, match: /told Reuters/ },
      { name: "full agency name, no article from it", report: withQuotes([{ ...vasquez, toOutlet: "Agence France-Presse" }]), hits: 1 },
    ],
    mustNot: [
      { name: "told the outlet that published it", report: withQuotes([vasquez2]), hits: 0 },
      {
        name: "told an outlet whose article is in the corpus (abbreviation vs full name)",
        report: makeReport({
          articles: [...two, { id: "wire", outlet: "Agence France-Presse", text: "Floodwater reached the market, the mayor told AFP." }],
          quotes: [{ ...vasquez, toOutlet: "AFP" }],
        }),
        hits: 0,
      },
      { name: "no outlet named", report: withQuotes([vasquez]), hits: 0 },
    ],
  },
  "altered-quote": {
    must: [
      (() => {
        const r = withQuotes([vasquez, vasquez2]);
        const groups = midnightToDawn("q1", "q2", "We evacuated every family from the river district before", { outletsDiffer: true, datesDiffer: true });
        return { name: "a word changed between outlets", report: { ...r, groups }, hits: 1, match: /\[-midnight-\] \{\+dawn\+\}/ };
      })(),
      (() => {
        const r = withQuotes([vasquez, vasquez2]);
        return { name: "a variant finding from the conflicts stage", report: { ...r, findings: [finding(r, "variant", ["q1", "q2"], "the wording changed from midnight to dawn")] }, hits: 1, match: /midnight to dawn/ };
      })(),
    ],
    mustNot: [
      (() => {
        const r = withQuotes([vasquez, vasquez2]);
        const groups = [{ id: "g1", referenceQuoteId: "q1", misattributed: false, outletsDiffer: true, datesDiffer: false, members: [{ quoteId: "q1", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q2", variant: "punctuation" as const, similarity: 0.99, diff: [] }] }];
        return { name: "punctuation-only variant", report: { ...r, groups }, hits: 0 };
      })(),
      { name: "no groups or findings", report: withQuotes([vasquez, vasquez2]), hits: 0 },
      (() => {
        // Reported speech is the reporter's paraphrase: its words may differ from the quote by design.
        const r = withQuotes([vasquez, { ...vasquez2, kind: "indirect" }]);
        const groups = [{ id: "g1", referenceQuoteId: "q1", misattributed: false, outletsDiffer: true, datesDiffer: false, members: [{ quoteId: "q1", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q2", variant: "altered" as const, similarity: 0.9, diff: [] }] }];
        return { name: "a reported (indirect) statement against the quote", report: { ...r, groups }, hits: 0 };
      })(),
      (() => {
        const r = withQuotes([vasquez, vasquez2]);
        const f = { ...finding(r, "variant", ["q1", "q2"], "the quote changes only punctuation"), severity: "info" as const };
        return { name: "a conflicts-stage variant it rates info (punctuation, cuts, brackets only)", report: { ...r, findings: [f] }, hits: 0 };
      })(),
      (() => {
        const r = withQuotes([vasquez, { ...vasquez2, kind: "indirect" }]);
        return { name: "a conflicts-stage variant with one quote in marks", report: { ...r, findings: [finding(r, "variant", ["q1", "q2"], "the wording changed")] }, hits: 0 };
      })(),
      (() => {
        // The same article gives part of the quote again: how stories are written, not an alteration.
        const r = withQuotes([vasquez, { ...vasquez2, article: "gazette", text: "every family from the river district" }]);
        const groups = [{ id: "g1", referenceQuoteId: "q1", misattributed: false, outletsDiffer: false, datesDiffer: false, members: [{ quoteId: "q1", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q2", variant: "shortened" as const, similarity: 0.7, diff: [{ op: "del" as const, text: "We evacuated" }] }] }];
        return { name: "a partial repeat in the same article", report: { ...r, groups }, hits: 0 };
      })(),
    ],
  },
  misattribution: {
    must: [
      (() => {
        const r = withQuotes([reyes, holt]);
        const groups = [{ id: "g2", referenceQuoteId: "q3", misattributed: true, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "q3", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q4", variant: "punctuation" as const, similarity: 0.98, diff: [] }] }];
        return { name: "same words, two speakers", report: { ...r, groups }, hits: 1, match: /Ana Holt here but to Tomas Reyes/ };
      })(),
      (() => {
        const r = withQuotes([reyes, holt]);
        return { name: "misattribution finding", report: { ...r, findings: [finding(r, "misattribution", ["q3", "q4"])] }, hits: 1 };
      })(),
    ],
    mustNot: [
      (() => {
        const r = withQuotes([vasquez, vasquez2]);
        const groups = [{ id: "g1", referenceQuoteId: "q1", misattributed: false, outletsDiffer: true, datesDiffer: false, members: [{ quoteId: "q1", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q2", variant: "altered" as const, similarity: 0.9, diff: [] }] }];
        return { name: "same speaker in both places", report: { ...r, groups }, hits: 0 };
      })(),
      (() => {
        // A flagged group (two names elsewhere) still says nothing of a member credited to a description.
        const r = withQuotes([reyes, { ...holt, speaker: "the harbour master", speakerType: "anonymous" }]);
        const groups = [{ id: "g3", referenceQuoteId: "q3", misattributed: true, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "q3", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q4", variant: "punctuation" as const, similarity: 0.98, diff: [] }] }];
        return { name: "a member credited to a description", report: { ...r, groups }, hits: 0 };
      })(),
      (() => {
        // Holt quotes Reyes's words in marks of her own: she is not credited with them.
        const ledger = { id: "ledger", outlet: "Marrowby Ledger", published: "2031-03-05", text: "Ana Holt wrote: “Reyes told us 'most of the families are still in their homes.' That was wrong.”" };
        const r = makeReport({ articles: [...two, ledger], quotes: [reyes, { ...holt, article: "ledger", text: "Reyes told us 'most of the families are still in their homes.' That was wrong." }] });
        const groups = [{ id: "g4", referenceQuoteId: "q4", misattributed: true, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "q4", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q3", variant: "shortened" as const, similarity: 0.6, diff: [] }] }];
        return { name: "one speaker quoting the other", report: { ...r, groups }, hits: 0 };
      })(),
      (() => {
        // "Transcript as follows:" names a document, which said nothing.
        const r = withQuotes([reyes, { ...holt, speaker: "Transcript", mention: "Transcript", cue: "Transcript" }]);
        const groups = [{ id: "g5", referenceQuoteId: "q3", misattributed: true, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "q3", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q4", variant: "punctuation" as const, similarity: 0.98, diff: [] }] }];
        return { name: "a member credited to a document noun", report: { ...r, groups }, hits: 0 };
      })(),
      (() => {
        // The name stood in the credit only as a place: "at the town hall in Marrowby".
        const r = withQuotes([reyes, { ...holt, speaker: "Marrowby", mention: "Monday at the town hall in Marrowby", cue: "said" }]);
        const groups = [{ id: "g6", referenceQuoteId: "q3", misattributed: true, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "q3", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q4", variant: "punctuation" as const, similarity: 0.98, diff: [] }] }];
        return { name: "a member credited to a place named in its credit", report: { ...r, groups }, hits: 0 };
      })(),
    ],
  },
  conflict: {
    must: (["contradiction", "number", "temporal"] as const).map((kind) => {
      const r = withQuotes([vasquez, reyes]);
      return { name: `${kind} finding`, report: { ...r, findings: [finding(r, kind, ["q1", "q3"])] }, hits: 1, match: new RegExp(`${kind} between`) };
    }),
    mustNot: (["corroboration", "disputed"] as const).map((kind) => {
      const r = withQuotes([vasquez, reyes]);
      return { name: `${kind} finding`, report: { ...r, findings: [finding(r, kind, ["q1", "q3"])] }, hits: 0 };
    }),
  },
  "disputed-claim": {
    must: [(() => {
      const r = withQuotes([vasquez2]);
      return { name: "outlet calls the claim false", report: { ...r, findings: [finding(r, "disputed", ["q2"], "the Courier says the claim is false")] }, hits: 1, match: /disputed by the reporter: the Courier says/ };
    })()],
    mustNot: [(() => {
      const r = withQuotes([vasquez, reyes]);
      return { name: "a contradiction between speakers", report: { ...r, findings: [finding(r, "contradiction", ["q1", "q3"])] }, hits: 0 };
    })()],
  },
  // The headline rules in full: tests/check/headline-quote.test.ts.
  "headline-quote-unsupported": {
    must: [{ name: "headline words the story never quotes", report: headlined("Vasquez: ‘Nobody Could Have Stopped This Flood.’", "Nobody Could Have Stopped This Flood."), hits: 1, match: /never quotes/ }],
    mustNot: [{ name: "headline words the story quotes", report: headlined("Vasquez: ‘Every Family From The River District.’", "Every Family From The River District."), hits: 0 }],
  },
  "headline-quote-altered": {
    must: [{ name: "headline words changed", report: headlined("Vasquez: ‘We Evacuated Every Family Before Dawn.’", "We Evacuated Every Family Before Dawn."), hits: 1, match: /differs from the story's/ }],
    mustNot: [{ name: "headline words cut at an ellipsis", report: headlined("Vasquez: ‘We Evacuated Every Family … Before Midnight.’", "We Evacuated Every Family … Before Midnight."), hits: 0 }],
  },
  "headline-quote-misattributed": {
    must: [{ name: "headline credits the story's words to another of its speakers", report: headlined("Reyes: ‘We Evacuated Every Family From The River District.’", "We Evacuated Every Family From The River District."), hits: 1, match: /to Reyes; the story credits it to Lena Vasquez/ }],
    mustNot: [{ name: "headline credits them as the story does", report: headlined("Vasquez: ‘We Evacuated Every Family From The River District.’", "We Evacuated Every Family From The River District."), hits: 0 }],
  },
};

describe("check rules", () => {
  it("every registered rule has must and must-not cases", () => {
    expect(Object.keys(cases).sort()).toEqual(checkRules.map((r) => r.id).sort());
  });
  for (const [id, { must, mustNot }] of Object.entries(cases)) {
    describe(id, () => {
      const rule = ruleNamed(id)!;
      it.each(must)("triggers: $name", ({ report, hits, match }) => {
        const out = rule.run({ report });
        expect(out).toHaveLength(hits);
        for (const h of out) {
          expect(h.span).not.toBeNull();
          if (match) expect(h.message).toMatch(match);
        }
      });
      it.each(mustNot)("does not trigger: $name", ({ report }) => {
        expect(rule.run({ report })).toEqual([]);
      });
    });
  }
  it("every rule has a one-line description and a default severity", () => {
    for (const r of checkRules) {
      expect(r.description).not.toMatch(/\n/);
      expect(["error", "warning", "info"]).toContain(r.severity);
    }
  });
});

describe("group and finding for the same pair", () => {
  it("reports one hit, not two, when the align stage gives both a group and a finding", () => {
    const r = withQuotes([reyes, holt]);
    const groups = [{ id: "g2", referenceQuoteId: "q3", misattributed: true, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "q3", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q4", variant: "punctuation" as const, similarity: 0.98, diff: [] }] }];
    const report = { ...r, groups, findings: [finding(r, "misattribution", ["q4", "q3"])] };
    expect(ruleNamed("misattribution")!.run({ report })).toHaveLength(1);
  });
});

describe("one passage read twice", () => {
  it("is not a misattribution or an altered quote", () => {
    const r = withQuotes([reyes, { id: "q9", article: "gazette", text: "the families are still in their homes", speaker: "Nobody" }]);
    const groups = [{ id: "g", referenceQuoteId: "q3", misattributed: true, outletsDiffer: false, datesDiffer: false, members: [{ quoteId: "q3", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q9", variant: "shortened" as const, similarity: 0.9, diff: [] }] }];
    const report = { ...r, groups };
    expect(ruleNamed("misattribution")!.run({ report })).toEqual([]);
    expect(ruleNamed("altered-quote")!.run({ report })).toEqual([]);
    const viaFindings = { ...r, findings: [finding(r, "misattribution", ["q3", "q9"]), finding(r, "variant", ["q3", "q9"])] };
    expect(ruleNamed("misattribution")!.run({ report: viaFindings })).toEqual([]);
    expect(ruleNamed("altered-quote")!.run({ report: viaFindings })).toEqual([]);
  });
});

describe("no-speaker: a phrase of three words or fewer is one severity lower", () => {
  const severities = (text: string, kind: "direct" | "indirect" = "direct") =>
    runChecks(withQuotes([{ id: "p", article: "gazette", kind, text, speaker: null }]), {}).filter((f) => f.ruleId === "no-speaker").map((f) => f.severity);

  it("a term or title in marks is info", () => {
    expect(severities("old market")).toEqual(["info"]);
  });

  it("so are words in title case, a title or a slogan", () => {
    const r = makeReport({ articles: [{ id: "t", text: "Volunteers wore shirts reading “Rebuild Marrowby Bridge Together Now” all week." }], quotes: [{ id: "t1", article: "t", text: "Rebuild Marrowby Bridge Together Now", speaker: null, cue: null }] });
    expect(runChecks(r, {}).filter((f) => f.ruleId === "no-speaker").map((f) => f.severity)).toEqual(["info"]);
  });

  // A nickname or an epithet set off in marks: two long words or more, capitalised, short words between.
  it.each([
    ["must: an epithet", "the Lion of the North,", "info"],
    ["must: a nickname of a place", "Venice of the East", "info"],
    ["must-not: a sentence with a lower-case long word", "Bring back the Mill", "warning"],
    ["must-not: more than six words", "the Lion of the North to all of us", "warning"],
    ["must-not: one long word only", "Go to Iowa now", "warning"],
  ])("%s: %s", (_n, text, severity) => {
    const r = makeReport({ articles: [{ id: "t", text: `The mayor has been called “${text}” in the papers.` }], quotes: [{ id: "t1", article: "t", text, speaker: null, cue: null }] });
    expect(runChecks(r, {}).filter((f) => f.ruleId === "no-speaker").map((f) => f.severity)).toEqual([severity]);
  });

  it("a sentence in marks, or a reported statement, stays at the setting", () => {
    expect(severities("We evacuated every family from the river district before midnight")).toEqual(["warning"]);
    expect(severities("the river district", "indirect")).toEqual(["warning"]);
  });

  it("a reported statement with no 'asked' before it stays at the setting", () => {
    const r = makeReport({ articles: [{ id: "t", text: "The engineer told the council the pumps had failed." }], quotes: [{ id: "t1", article: "t", kind: "indirect", text: "the pumps had failed", speaker: null }] });
    expect(runChecks(r, {}).filter((f) => f.ruleId === "no-speaker").map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("every warning says what is wrong and what to do, in one line", () => {
  const ends: Record<string, RegExp> = {
    "no-speaker": /; say who (said or wrote it|made it)$|; name the speaker if it is not the writer$|: make sure the person is named before it$/,
    "truncated-quote": /; check the source for the rest of it$/,
    "anonymous-source": /; make sure the story says why the source is not named$/,
    "secondhand-source": /; check (the words|what was said) against .+'s report or recording$/,
    "altered-quote": /; (check which words were said|check the cut keeps its sense|check the brackets keep its sense|if both are one occasion, make them agree)$/,
    misattribution: /; check who said (it|them)$/,
    conflict: /; (check which account holds, or say why they differ|check which figure holds, or say why they differ|make sure the story says when each was said)$/,
    "disputed-claim": /; check that the story gives what shows it false$/,
  };
  for (const [id, { must }] of Object.entries(cases)) {
    it.each(must)(`${id}: $name`, ({ report }) => {
      for (const h of ruleNamed(id)!.run({ report })) {
        expect(h.message).toMatch(ends[id]);
        expect(h.message).not.toMatch(/\n/);
        expect(h.message).not.toMatch(/\.; /);
      }
    });
  }
});

describe("truncated-quote: says whether the words were cut or only their closing mark is missing", () => {
  const msg = (article: string, text: string) =>
    ruleNamed("truncated-quote")!.run({ report: makeReport({ articles: [{ id: "t", text: article }], quotes: [{ id: "q", article: "t", text, speaker: "Ida Marsh", truncated: true }] }) })[0]?.message;

  it("a quote that ends a sentence with no closing mark (the article's last paragraph)", () => {
    expect(msg("The council met.\n\n“We will rebuild the bridge by spring.", "We will rebuild the bridge by spring.")).toMatch(/^quote has no closing quotation mark where the text ends: /);
  });

  it("a quote that stops mid-sentence is cut off", () => {
    expect(msg("The council met.\n\n“We will rebuild the bridge and the road to the", "We will rebuild the bridge and the road to the")).toMatch(/^quote is cut off before its end: /);
  });
});

describe("no-speaker: a question in marks put by an unnamed asker is one severity lower", () => {
  const run = (article: string, text: string, mention: string | null = null) =>
    runChecks(makeReport({ articles: [{ id: "a", text: article }], quotes: [{ id: "q", article: "a", text, speaker: null, mention, cue: mention ? "said" : "asked" }] }), {}).filter(
      (f) => f.ruleId === "no-speaker",
    );

  it.each([
    { name: "an interviewer's question", article: "On Monday's broadcast the engineer was asked, “Would you have closed the bridge a week earlier?” She said no.", text: "Would you have closed the bridge a week earlier?" },
    { name: "a poll's question", article: "Asked whether the mayor “has the votes to rebuild the bridge,” 60 percent of residents said yes.", text: "has the votes to rebuild the bridge," },
  ])("info, saying what it is: $name", ({ article, text }) => {
    const out = run(article, text);
    expect(out.map((f) => f.severity)).toEqual(["info"]);
    expect(out[0].message).toMatch(/^question in marks with no asker named: .*; name who asked it if it was not the reporter or a poll$/);
  });

  it.each([
    { name: "“asked” in another clause before a comma", article: "After she was asked to leave the hall, a sign read “We will not be moved from the river district today”.", text: "We will not be moved from the river district today" },
    { name: "“asked” too far before the mark", article: "When asked to confirm the engineer's part in the long and bitter dispute over the “repairs that were never carried out on the old bridge”, he did.", text: "repairs that were never carried out on the old bridge" },
  ])("stays a warning: $name", ({ article, text }) => {
    expect(run(article, text).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("a quote credited by a pronoun after “asked” is a pronoun credit, not a question", () => {
    const out = run("Asked about the bridge, she said, “We will rebuild it before the winter comes.”", "We will rebuild it before the winter comes.", "she");
    expect(out[0].message).toMatch(/^quote credited only to “she”/);
  });
});

describe("no-speaker: words the story credits to a pronoun quotecheck tied to no name are one severity lower", () => {
  const letter = "The mayor closed the bridge. I told the council that the bridge should reopen. She said the survey would take a week. They say the river is still rising. “We will rebuild,” we promised.";
  const run = (text: string, mention: string | null, kind: "direct" | "indirect" = "indirect") =>
    runChecks(makeReport({ articles: [{ id: "l", text: letter }], quotes: [{ id: "p", article: "l", kind, text, speaker: null, mention, cue: mention ? "said" : null }] }), {}).filter(
      (f) => f.ruleId === "no-speaker",
    );

  it.each([
    { name: "“I told the council” (the writer)", text: "that the bridge should reopen", mention: "I", kind: "indirect" as const, says: /credited only to “I”: .*name the speaker if it is not the writer$/ },
    { name: "“we promised” (the writer's side)", text: "We will rebuild,", mention: "we", kind: "direct" as const, says: /credited only to “we”/ },
    { name: "“She said” after a named person", text: "the survey would take a week", mention: "She", kind: "indirect" as const, says: /credited only to “She”: .*could not tie the pronoun to a name/ },
    { name: "“They say”", text: "the river is still rising", mention: "They", kind: "indirect" as const, says: /credited only to “They”/ },
  ])("info, saying which pronoun: $name", ({ text, mention, kind, says }) => {
    const out = run(text, mention, kind);
    expect(out.map((f) => f.severity)).toEqual(["info"]);
    expect(out[0].message).toMatch(says);
  });

  it.each([
    { name: "“according to her”, the pronoun kept as the speaker", speaker: "her" },
    { name: "“told him”, the pronoun kept as the speaker", speaker: "him" },
  ])("info when the speaker itself is the pronoun: $name", ({ speaker }) => {
    const r = makeReport({ articles: [{ id: "l", text: letter }], quotes: [{ id: "p", article: "l", kind: "indirect", text: "the survey would take a week", speaker, speakerType: "anonymous", mention: speaker, cue: "according to" }] });
    const out = runChecks(r, {}).filter((f) => f.ruleId === "no-speaker" || f.ruleId === "anonymous-source");
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([["no-speaker", "info"]]);
    expect(out[0].message).toBe(`reported statement credited only to “${speaker}”: the survey would take a week; quotecheck could not tie the pronoun to a name: make sure the person is named before it`);
  });

  it.each([
    { name: "no mention at all", mention: null },
    { name: "a mention that is no pronoun (a possessive's remains)", mention: "’s" },
    { name: "a pronoun-like word that is a name's part", mention: "Itzel" },
  ])("stays at the setting and says what to do: $name", ({ mention }) => {
    const out = run("the survey would take a week", mention);
    expect(out.map((f) => f.severity)).toEqual(["warning"]);
    expect(out[0].message).toMatch(/^reported statement has no speaker: the survey would take a week; say who made it$/);
  });
});

describe("altered-quote: names the other credit when the two speakers cannot be one", () => {
  it.each([
    ["must: another person", "Ana Holt", /^quote altered against the wording credited to Lena Vasquez in Harbor Gazette/],
    ["must-not: the same person", "Lena Vasquez", /^quote altered against the wording in Harbor Gazette/],
  ])("%s: %s", (_n, speaker, says) => {
    const r = withQuotes([vasquez, { ...vasquez2, speaker }]);
    const groups = midnightToDawn("q1", "q2", "We evacuated every family from the river district before", { outletsDiffer: true, datesDiffer: false });
    const [hit] = runChecks({ ...r, groups }, {}).filter((f) => f.ruleId === "altered-quote");
    expect(hit.message).toMatch(says);
  });
});

describe("altered-quote: two wordings in one article are one severity lower", () => {
  it("across outlets: a warning that says to check which words were said", () => {
    const r = withQuotes([vasquez, vasquez2]);
    const groups = midnightToDawn("q1", "q2", "We evacuated every family from the river district before", { outletsDiffer: true, datesDiffer: false });
    const out = runChecks({ ...r, groups }, {}).filter((f) => f.ruleId === "altered-quote");
    expect(out.map((f) => f.severity)).toEqual(["warning"]);
    expect(out[0].message).toMatch(/^quote altered against the wording in Harbor Gazette \(opening “[^”]+”, 2031-03-04\): .*; check which words were said$/);
  });
  it("in one article, nothing telling two occasions apart: info, naming this article's other wording", () => {
    const r = makeReport({
      articles: [{ id: "one", outlet: "Harbor Gazette", text: "At noon she said “We evacuated every family before midnight.” Her statement reads: “We evacuated every family before dawn.”" }],
      quotes: [
        { id: "a", article: "one", text: "We evacuated every family before midnight.", speaker: "Lena Vasquez" },
        { id: "b", article: "one", text: "We evacuated every family before dawn.", speaker: "Lena Vasquez" },
      ],
    });
    const groups = midnightToDawn("a", "b", "We evacuated every family before", { outletsDiffer: false, datesDiffer: false });
    const out = runChecks({ ...r, groups }, {}).filter((f) => f.ruleId === "altered-quote");
    expect(out.map((f) => f.severity)).toEqual(["info"]);
    expect(out[0].message).toMatch(/^quote altered against this article's other wording of it: .*\[-midnight-\] \{\+dawn\+\}; if both are one occasion, make them agree$/);
  });
});

describe("altered-quote: reported speech whose figures changed", () => {
  const paraphrase = (a: string, b: string, kind: "indirect" | "direct" = "indirect") =>
    makeReport({
      articles: [
        { id: "gazette", outlet: "Harbor Gazette", published: "2031-03-04", text: `Council member Tom Becker said ${a} on Monday.` },
        { id: "courier", outlet: "The Valley Courier", published: "2031-03-05", text: `Tom Becker said ${b} after the vote.` },
      ],
      quotes: [
        { id: "r1", article: "gazette", kind, text: a, speaker: "Tom Becker" },
        { id: "r2", article: "courier", kind: "indirect", text: b, speaker: "Tom Becker" },
      ],
    });
  const group = (diff: { op: "same" | "add" | "del"; text: string }[]) => [
    { id: "g", referenceQuoteId: "r1", misattributed: false, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "r1", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "r2", variant: "altered" as const, similarity: 0.88, diff }] },
  ];
  const hits = (a: string, b: string, diff: { op: "same" | "add" | "del"; text: string }[]) => ruleNamed("altered-quote")!.run({ report: { ...paraphrase(a, b), groups: group(diff) } });

  it.each([
    { name: "a sum of money", a: "the levee would cost $12 million", b: "the levee would cost $20 million", diff: [{ op: "same" as const, text: "the levee would cost" }, { op: "del" as const, text: "12" }, { op: "add" as const, text: "20" }, { op: "same" as const, text: "million" }] },
    { name: "a count in words", a: "three people were hurt", b: "five people were hurt", diff: [{ op: "del" as const, text: "three" }, { op: "add" as const, text: "five" }, { op: "same" as const, text: "people were hurt" }] },
  ])("is an altered quote: $name", ({ a, b, diff }) => {
    const out = hits(a, b, diff);
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(/quote altered against the wording in Harbor Gazette \(opening “[^”]+”, 2031-03-04\)/);
  });

  it.each([
    { name: "other words changed (a paraphrase)", a: "the levee would cost a fortune", b: "the levee would be expensive", diff: [{ op: "same" as const, text: "the levee would" }, { op: "del" as const, text: "cost a fortune" }, { op: "add" as const, text: "be expensive" }] },
    { name: "a figure and a word changed", a: "the levee would cost $12 million", b: "the dam would cost $20 million", diff: [{ op: "same" as const, text: "the" }, { op: "del" as const, text: "levee" }, { op: "add" as const, text: "dam" }, { op: "same" as const, text: "would cost" }, { op: "del" as const, text: "12" }, { op: "add" as const, text: "20" }, { op: "same" as const, text: "million" }] },
    { name: "one figure written two ways", a: "twelve people were hurt", b: "12 people were hurt", diff: [{ op: "del" as const, text: "twelve" }, { op: "add" as const, text: "12" }, { op: "same" as const, text: "people were hurt" }] },
    { name: "a figure dropped for a word", a: "the levee would cost $12 million", b: "the levee would cost a lot", diff: [{ op: "same" as const, text: "the levee would cost" }, { op: "del" as const, text: "12 million" }, { op: "add" as const, text: "a lot" }] },
  ])("is no altered quote: $name", ({ a, b, diff }) => {
    expect(hits(a, b, diff)).toEqual([]);
  });
});

describe("secondhand-source: words told to the outlet the file's name gives, when the article names none", () => {
  const told = (doc: string, outlet: string | null, to: string) =>
    runChecks(
      makeReport({
        articles: [{ id: "a", doc, outlet, published: "2031-03-04", text: "“The levee will hold,” Ann Lee told USA TODAY on Monday." }],
        quotes: [{ id: "t", article: "a", text: "The levee will hold,", speaker: "Ann Lee", toOutlet: to }],
      }),
      {},
    ).filter((f) => f.ruleId === "secondhand-source");

  it("is one severity lower, and says why", () => {
    const out = told("docs/usa-today_2031-03-04_levee.txt", null, "USA TODAY");
    expect(out.map((f) => f.severity)).toEqual(["info"]);
    expect(out[0].message).toMatch(/the file's name suggests it is that outlet's own article/);
  });

  it("stays at the setting when the file's name gives another outlet or none", () => {
    expect(told("docs/nyt_2031-03-04_levee.txt", null, "USA TODAY").map((f) => f.severity)).toEqual(["warning"]);
    expect(told("docs/levee-story.txt", null, "USA TODAY").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("goes by the article's own outlet when it is known, not the file's name", () => {
    expect(told("docs/usa-today_2031-03-04_levee.txt", "Harbor Gazette", "USA TODAY").map((f) => f.severity)).toEqual(["warning"]);
    expect(told("docs/nyt_2031-03-04_levee.txt", "USA Today", "USA TODAY")).toEqual([]);
  });
});

describe("secondhand-source: the outlet's own edition, bureau or show (“told POLITICO Florida” in a Politico article)", () => {
  const told = (doc: string, outlet: string | null, to: string) =>
    runChecks(
      makeReport({
        articles: [{ id: "a", doc, outlet, published: "2031-03-04", text: "“The levee will hold,” Ann Lee told the paper on Monday." }],
        quotes: [{ id: "t", article: "a", text: "The levee will hold,", speaker: "Ann Lee", toOutlet: to }],
      }),
      {},
    ).filter((f) => f.ruleId === "secondhand-source");

  it.each([
    { name: "a state edition, the article's outlet known", doc: "docs/levee.txt", outlet: "Politico", to: "POLITICO Florida" },
    { name: "a city edition of two words", doc: "docs/levee.txt", outlet: "Politico", to: "POLITICO New York" },
    { name: "the outlet's radio show", doc: "docs/levee.txt", outlet: "Breitbart", to: "Breitbart News Daily SiriusXM" },
  ])("is firsthand, no finding: $name", ({ doc, outlet, to }) => {
    expect(told(doc, outlet, to)).toEqual([]);
  });

  it("is one severity lower when only the file's name gives the outlet, and says why", () => {
    const out = told("docs/politico_2031-03-04_levee.txt", null, "POLITICO Massachusetts");
    expect(out.map((f) => f.severity)).toEqual(["info"]);
    expect(out[0].message).toMatch(/the file's name suggests it is that outlet's own article/);
  });

  it.each([
    { name: "“The Times of India” is no edition of The Times (lower-case words go on)", doc: "docs/levee.txt", outlet: "The Times", to: "The Times of India" },
    { name: "“The Washington Times” in a wash-post file", doc: "docs/wash-post_2031-03-04_levee.txt", outlet: null, to: "The Washington Times" },
    { name: "another outlet whose name opens with a word of the file's (“New York” in nyt_…)", doc: "docs/nyt_2031-03-04_levee.txt", outlet: null, to: "New York Magazine Online" },
  ])("stays a warning that says what to check: $name", ({ doc, outlet, to }) => {
    const out = told(doc, outlet, to);
    expect(out.map((f) => f.severity)).toEqual(["warning"]);
    expect(out[0].message).toMatch(new RegExp(`; check the words against ${to}'s report or recording$`));
  });
});

describe("secondhand-source: words told to the agency whose story the article carries", () => {
  const told = (wire: string[], to: string) => {
    const report = makeReport({
      articles: [{ id: "a", doc: "docs/levee.txt", outlet: "Harbor Gazette", published: "2031-03-04", text: "Marrowby (AFP) – “The levee will hold,” Ann Lee told AFP on Monday." }],
      quotes: [{ id: "t", article: "a", text: "The levee will hold,", speaker: "Ann Lee", toOutlet: to }],
    });
    const articles = report.articles.map((a) => ({ ...a, wire: wire.map((agency) => ({ agency, ruleId: "ingest/wire-dateline", text: `Marrowby (${agency}) –` })) }));
    return runChecks({ ...report, articles }, {}).filter((f) => f.ruleId === "secondhand-source");
  };

  it.each([
    { name: "told AFP in AFP's copy", wire: ["AFP"], to: "AFP" },
    { name: "the agency's full name", wire: ["AFP"], to: "Agence France-Presse" },
    { name: "told the AP in AP copy", wire: ["Associated Press"], to: "The Associated Press" },
  ])("is firsthand, no finding: $name", ({ wire, to }) => {
    expect(told(wire, to)).toEqual([]);
  });

  it.each([
    { name: "another agency's copy", wire: ["Reuters"], to: "AFP" },
    { name: "no wire copy", wire: [], to: "AFP" },
  ])("stays a warning: $name", ({ wire, to }) => {
    expect(told(wire, to).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("is no finding when another article of the corpus carries that agency's copy (its report is there)", () => {
    const report = makeReport({
      articles: [
        { id: "a", doc: "docs/levee.txt", outlet: "Harbor Gazette", published: "2031-03-04", text: "“The levee will hold,” Ann Lee told AFP on Monday." },
        { id: "b", doc: "docs/wire.txt", outlet: "Valley Courier", published: "2031-03-04", text: "Marrowby (AFP) – The levee was inspected on Monday." },
      ],
      quotes: [{ id: "t", article: "a", text: "The levee will hold,", speaker: "Ann Lee", toOutlet: "AFP" }],
    });
    const withWire = (agency: string) => ({ ...report, articles: report.articles.map((a) => (a.id === "b" ? { ...a, wire: [{ agency, ruleId: "ingest/wire-dateline", text: `Marrowby (${agency}) –` }] } : a)) });
    expect(runChecks(withWire("AFP"), {}).filter((f) => f.ruleId === "secondhand-source")).toEqual([]);
    expect(runChecks(withWire("Reuters"), {}).filter((f) => f.ruleId === "secondhand-source").map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("secondhand-source: an outlet told by another of its names (the outlet table's aliases)", () => {
  const told = (otherOutlet: string) =>
    runChecks(
      makeReport({
        articles: [
          { id: "a", doc: "docs/levee.txt", outlet: "Harbor Gazette", published: "2031-03-04", text: "“The levee will hold,” Ann Lee told HuffPost on Monday." },
          { id: "b", doc: "docs/other.txt", outlet: otherOutlet, published: "2031-03-04", text: "The levee was inspected on Monday." },
        ],
        quotes: [{ id: "t", article: "a", text: "The levee will hold,", speaker: "Ann Lee", toOutlet: "HuffPost" }],
      }),
      {},
    ).filter((f) => f.ruleId === "secondhand-source");

  it("must-not: told “HuffPost” where an article of The Huffington Post is in the corpus", () => expect(told("The Huffington Post")).toEqual([]));
  it("must: told “HuffPost” where no article of it is", () => expect(told("Valley Courier").map((f) => f.severity)).toEqual(["warning"]));
});

describe("secondhand-source: another article that names no outlet, saved under the outlet's name", () => {
  const told = (otherDoc: string, otherOutlet: string | null) =>
    runChecks(
      makeReport({
        articles: [
          { id: "a", doc: "docs/harbor_2031-03-04_levee.txt", outlet: "Harbor Gazette", published: "2031-03-04", text: "“The levee will hold,” Ann Lee told The New York Times on Monday." },
          { id: "b", doc: otherDoc, outlet: otherOutlet, published: "2031-03-04", text: "The levee was inspected on Monday." },
        ],
        quotes: [{ id: "t", article: "a", text: "The levee will hold,", speaker: "Ann Lee", toOutlet: "The New York Times" }],
      }),
      {},
    ).filter((f) => f.ruleId === "secondhand-source");

  it("may be the original: one severity lower, and the message names the file instead of saying there is none", () => {
    const out = told("docs/nyt_2031-03-04_levee-inspected.txt", null);
    expect(out.map((f) => f.severity)).toEqual(["info"]);
    expect(out[0].message).toMatch(/no article in the corpus names The New York Times as its outlet \(nyt_2031-03-04_levee-inspected\.txt, saved under its name, gives no outlet\)/);
    expect(out[0].message).not.toMatch(/no article from/);
  });

  it("is no evidence when that article names another outlet, or its file another name", () => {
    for (const [doc, outlet] of [["docs/nyt_2031-03-04_levee-inspected.txt", "Harbor Gazette"], ["docs/usa-today_2031-03-04_levee.txt", null]] as const) {
      const out = told(doc, outlet);
      expect(out.map((f) => f.severity)).toEqual(["warning"]);
      expect(out[0].message).toMatch(/no article from The New York Times is in the corpus: /);
    }
  });
});

describe("conflict: a finding the conflicts stage rates info is one severity lower", () => {
  const severities = (kind: "contradiction" | "number" | "temporal", severity: Finding["severity"]) => {
    const r = withQuotes([vasquez, reyes]);
    const report = { ...r, findings: [{ ...finding(r, kind, ["q1", "q3"]), severity }] };
    return runChecks(report, {}).filter((f) => f.ruleId === "conflict").map((f) => f.severity);
  };

  it.each([
    { kind: "temporal" as const, severity: "info" as const, want: "info" },
    { kind: "contradiction" as const, severity: "info" as const, want: "info" },
    { kind: "contradiction" as const, severity: "warning" as const, want: "warning" },
    { kind: "number" as const, severity: "warning" as const, want: "warning" },
    { kind: "contradiction" as const, severity: "error" as const, want: "warning" },
  ])("a $severity $kind finding is reported as $want", ({ kind, severity, want }) => {
    expect(severities(kind, severity)).toEqual([want]);
  });

  it("follows the rule's setting down: at --rule conflict=error an info finding is a warning", () => {
    const r = withQuotes([vasquez, reyes]);
    const report = { ...r, findings: [{ ...finding(r, "temporal", ["q1", "q3"]), severity: "info" as const }] };
    expect(runChecks(report, { conflict: "error" }).filter((f) => f.ruleId === "conflict").map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("altered-quote: marked edits and other speakers are one severity lower", () => {
  const pair = (variant: "altered" | "shortened" | "bracketed", speaker2 = "Lena Vasquez") => {
    const r = withQuotes([vasquez, { ...vasquez2, speaker: speaker2 }]);
    const groups = [{ id: "g1", referenceQuoteId: "q1", misattributed: false, outletsDiffer: true, datesDiffer: false, members: [{ quoteId: "q1", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q2", variant, similarity: 0.9, diff: [] }] }];
    return { ...r, groups };
  };
  const severities = (report: Report) => runChecks(report, {}).filter((f) => f.ruleId === "altered-quote").map((f) => f.severity);

  it("words changed by the same speaker stay at the setting", () => {
    expect(severities(pair("altered"))).toEqual(["warning"]);
    expect(severities(pair("altered", "Mayor Vasquez"))).toEqual(["warning"]);
  });

  it("a quote cut at its ends or bracketed is info", () => {
    expect(severities(pair("shortened"))).toEqual(["info"]);
    expect(severities(pair("bracketed"))).toEqual(["info"]);
  });

  it("the words credited to two different named people are info", () => {
    expect(severities(pair("altered", "Tomas Reyes"))).toEqual(["info"]);
  });

  it("so is a conflicts-stage variant finding whose quotes are credited to two different named people", () => {
    const finding2 = (speaker2: string) => {
      const r = withQuotes([vasquez, { ...vasquez2, speaker: speaker2 }]);
      return { ...r, findings: [finding(r, "variant", ["q1", "q2"], "the wording changed from midnight to dawn")] };
    };
    expect(severities(finding2("Tomas Reyes"))).toEqual(["info"]);
    expect(severities(finding2("Lena Vasquez"))).toEqual(["warning"]);
  });
});

// A line one story tells as said on many occasions (a stump line): the other outlet's wording is as
// likely another saying. One severity lower, saying why; "often" in another sentence is no such word.
describe("altered-quote: a line told as said on many occasions is one severity lower", () => {
  const told = (courierText: string) => {
    const r = makeReport({ articles: [two[0], { ...two[1], text: courierText }], quotes: [vasquez, vasquez2] });
    return { ...r, groups: midnightToDawn("q1", "q2", "We evacuated every family from the river district before", { outletsDiffer: true, datesDiffer: true }) };
  };
  const hits = (report: Report) => runChecks(report, {}).filter((f) => f.ruleId === "altered-quote");
  it.each([
    ["must: the story says she often says it", "Vasquez often tells crowds that “We evacuated every family from the river district before dawn,” and they cheer.", "info", /said on many occasions \(habitual\)/],
    ["must: a clip from a stump speech", "A clip from her stump speech shows her saying, “We evacuated every family from the river district before dawn.”", "info", /\(stump-speech\)/],
    ["must: something she likes to say", "As Vasquez likes to say, “We evacuated every family from the river district before dawn.”", "info", /\(likes-to-say\)/],
    ["must-not: 'often' in the sentence before", "Vasquez often visits the river. She said: “We evacuated every family from the river district before dawn.”", "warning", /check which words were said$/],
    ["must-not: 'often' inside the quote", "“We often leave early,” she said, adding, “We evacuated every family from the river district before dawn.”", "warning", /check which words were said$/],
  ])("%s", (_name, text, severity, message) => {
    const out = hits(told(text));
    expect(out.map((f) => f.severity)).toEqual([severity]);
    expect(out[0].message).toMatch(message);
  });
});

describe("misattribution: the same words weeks apart", () => {
  const pair = (courierDate: string) => {
    const r = makeReport({ articles: [two[0], { ...two[1], published: courierDate }], quotes: [reyes, holt] });
    const groups = [{ id: "g2", referenceQuoteId: "q3", misattributed: true, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "q3", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q4", variant: "punctuation" as const, similarity: 0.98, diff: [] }] }];
    return { ...r, groups };
  };
  const severities = (report: Report, settings = {}) => runChecks(report, settings).filter((f) => f.ruleId === "misattribution").map((f) => f.severity);

  it("is one severity below the rule's setting when the two were published more than a week apart", () => {
    expect(severities(pair("2031-04-20"))).toEqual(["warning"]);
    expect(severities(pair("2031-04-20"), { misattribution: "warning" })).toEqual(["info"]);
  });

  it("stays at the setting within a week, or when a date is unknown", () => {
    expect(severities(pair("2031-03-09"))).toEqual(["error"]);
    expect(severities(pair(""))).toEqual(["error"]);
  });

  it("is one severity lower when the conflicts stage found the two credits one body's voices (an info finding)", () => {
    const rated = (severity: "info" | "error") => {
      const r = pair("2031-03-09");
      const f = { id: "misattribution/g2", kind: "misattribution" as const, ruleId: "conflicts/misattribution", severity, explanation: "x", claims: [claimOf(r, "q3"), claimOf(r, "q4")] };
      return { ...r, findings: [f] };
    };
    expect(severities(rated("info"))).toEqual(["warning"]);
    expect(severities(rated("error"))).toEqual(["error"]);
  });

  it("is one severity lower when a credit has no speech verb; not reported when a credit is inferred (a pronoun, the quote before)", () => {
    const weak = (o: { mention: string; cue: string; ruleId?: string }) => {
      const r = makeReport({ articles: two, quotes: [reyes, { ...holt, ...o }] });
      const groups = [{ id: "g2", referenceQuoteId: "q3", misattributed: true, outletsDiffer: true, datesDiffer: true, members: [{ quoteId: "q3", variant: "verbatim" as const, similarity: 1, diff: [] }, { quoteId: "q4", variant: "punctuation" as const, similarity: 0.98, diff: [] }] }];
      return { ...r, groups };
    };
    expect(severities(weak({ mention: "she", cue: "said" }))).toEqual([]);
    expect(severities(weak({ mention: "Ana Holt", cue: "said", ruleId: "attribution/same-paragraph" }))).toEqual([]);
    expect(severities(weak({ mention: "Former Harbour", cue: "Former Harbour" }))).toEqual(["warning"]);
    expect(severities(weak({ mention: "Ana Holt", cue: "said" }))).toEqual(["error"]);
  });
});
