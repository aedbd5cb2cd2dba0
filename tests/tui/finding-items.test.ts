import { describe, expect, it } from "vitest";
import { KIND_LABEL, buildFindingItems, claimDate, findingCounts, selectFindings, sidesOf } from "../../src/tui/finding-items.js";
import { report } from "./fixture.js";

describe("finding items", () => {
  const items = buildFindingItems(report);
  it("mark corroborations and name who is on each side", () => {
    expect(items.map((f) => [f.finding.id, f.corroboration, f.who])).toEqual([
      ["f1", false, "Northshire Water Authority vs Lena Ortiz"],
      ["f2", false, "unnamed resident vs Northshire Water Authority"],
      ["f3", true, "Anna Keller + Tomas Brandt"],
    ]);
  });
  it("f keeps the disagreements; sort by severity; filter on claims", () => {
    const q = { filter: "", flaggedOnly: false, sort: "report order" as const };
    expect(selectFindings(items, { ...q, flaggedOnly: true }).map((f) => f.finding.id)).toEqual(["f1", "f2"]);
    // by kind as `quotecheck conflicts` lists them: the contradiction, the disputed claim, then the corroboration
    expect(selectFindings(items, { ...q, sort: "kind" }).map((f) => f.finding.id)).toEqual(["f1", "f2", "f3"]);
    expect(selectFindings(items, { ...q, filter: "ortiz" }).map((f) => f.finding.id)).toEqual(["f1"]);
  });
  it("dates a claim by when it was said and published", () => {
    expect(claimDate({ spokenOn: "2031-03-04", published: "2031-03-05" })).toBe("said 2031-03-04, published 2031-03-05");
    expect(claimDate({ spokenOn: null, published: "2031-03-05" })).toBe("published 2031-03-05");
    expect(claimDate({ spokenOn: null, published: null })).toBe("date unknown");
  });
});

describe("kind labels: as the reports title each kind", () => {
  const rows: readonly [keyof typeof KIND_LABEL, string, string | null][] = [
    ["variant", "quote changed", "altered quote"],
    ["misattribution", "misattribution", null],
    ["disputed", "disputed by reporter", null],
    ["corroboration", "corroboration", null],
  ];
  for (const [kind, want, never] of rows)
    it(`${kind} reads "${want}"`, () => {
      expect(KIND_LABEL[kind]).toBe(want);
      if (never) expect(Object.values(KIND_LABEL)).not.toContain(never);
    });
});

describe("sidesOf", () => {
  it("groups a finding's claims by speaker, keeping their order and indexes", () => {
    const sides = sidesOf(report.findings[0].claims);
    expect(sides.map((s) => [s.speaker, s.claims.map((c) => c.index)])).toEqual([
      ["Northshire Water Authority", [0, 1]],
      ["Lena Ortiz", [2]],
    ]);
    expect(sides[1].role).toBe("a nurse at the Harlow clinic");
  });
  it("fills a side's missing role from the report's speaker record for that article", () => {
    const items = buildFindingItems(report);
    // the corroboration's claim by Anna Keller (q2) carries a role; the Ledger article's record says "Mayor"
    const noRole = { ...report, findings: [{ ...report.findings[2], claims: report.findings[2].claims.map((c) => ({ ...c, role: null })) }] };
    expect(buildFindingItems(noRole)[0].sides.map((s) => s.role)).toEqual(["Mayor", "an engineer with the Authority"]);
    expect(items[2].sides[0].role).toBe("who has led the town council since 2027");
  });
});

describe("where a claim's card says it was published", () => {
  const noOutlet = (articles: typeof report.articles) => ({
    ...report,
    articles,
    findings: [{ ...report.findings[0], claims: report.findings[0].claims.map((c) => ({ ...c, outlet: null })) }],
  });
  const wheres = (r: typeof report) => buildFindingItems(r)[0].sides.flatMap((s) => s.claims.map((c) => c.where));
  it("must: a claim without an outlet names its article by its title, never the id quotecheck made", () => {
    const shown = wheres(noOutlet(report.articles));
    for (const w of shown) expect(w).toMatch(/^“.+”$/);
    for (const a of report.articles) expect(shown).not.toContain(a.id);
  });
  it("must: an untitled article by its opening words", () => {
    const shown = wheres(noOutlet(report.articles.map((a) => ({ ...a, title: null }))));
    for (const w of shown) expect(w).toMatch(/^the article (of \d{4}-\d\d-\d\d )?that opens “/);
  });
  it("must not: a claim with an outlet shows the outlet", () => {
    expect(wheres(report)).toEqual(report.findings[0].claims.map((c) => c.outlet));
  });
});

describe("the Conflicts view's count line", () => {
  it.each([
    [8, 1, "8 disagreements, 1 corroboration"],
    [1, 0, "1 disagreement, 0 corroborations"],
    [0, 2, "0 disagreements, 2 corroborations"],
    [6, 2, "6 disagreements, 2 corroborations"],
  ])("%i and %i read %j", (d, c, want) => {
    expect(findingCounts(d, c)).toBe(want);
  });
});

describe("sort by kind: disagreements first, corroborations last (as `quotecheck conflicts`)", () => {
  const kinds = ["corroboration", "variant", "temporal", "misattribution", "number", "disputed", "contradiction"] as const;
  const f1 = report.findings[0];
  const items = buildFindingItems({ ...report, findings: kinds.map((kind, i) => ({ ...f1, id: `k${i}`, kind })) });
  it("orders every kind", () => {
    const q = { filter: "", flaggedOnly: false };
    expect(selectFindings(items, { ...q, sort: "kind" }).map((f) => f.finding.kind)).toEqual(["contradiction", "number", "disputed", "misattribution", "variant", "temporal", "corroboration"]);
    // must not: report order is the report's
    expect(selectFindings(items, { ...q, sort: "report order" }).map((f) => f.finding.kind)).toEqual([...kinds]);
  });
});
