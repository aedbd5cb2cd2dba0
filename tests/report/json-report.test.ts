import { describe, expect, it } from "vitest";
import { formatterNamed } from "../../src/report/registry.js";
import { checksByQuote, REPORT_JSON_VERSION } from "../../src/report/json-report.js";
import { reportView } from "../../src/report/report-view.js";
import { runChecks } from "../../src/check/run.js";
import { withChecks } from "../../src/pipeline/with-checks.js";
import { schemaValidator } from "./schema-validator.js";
import { sampleReport } from "./sample-report.js";
import { makeReport } from "../check/report-fixture.js";
import { checkRules } from "../../src/check/registry.js";
import type { Report } from "../../src/model/index.js";

type JsonQuote = {
  id: string;
  text: string;
  paragraph: number | null;
  chain: { label: string; value: string }[];
  flags: string[];
  findings: { id: string; kind: string; title: string }[];
  checks: { ruleId: string; severity: string; message: string }[];
};

// The command attaches the check findings before the JSON formatter reads them (pipeline/with-checks).
const report = withChecks(sampleReport());
const doc = JSON.parse(formatterNamed("json")!.format(report)) as { schemaVersion: string; quotes: JsonQuote[] };
const quote = (id: string) => doc.quotes.find((q) => q.id === id)!;
const rules = (id: string) => quote(id).checks.map((c) => c.ruleId).sort();

describe("the JSON report: each quote with its chain, flags, findings and checks", () => {
  it("says its version, 1.3, first, and validates against its schema", () => {
    expect(doc.schemaVersion).toBe(REPORT_JSON_VERSION);
    expect(REPORT_JSON_VERSION).toBe("1.3");
    expect(schemaValidator("report")(doc)).toEqual([]);
  });

  it.each([
    // id, chain as "label: value", flags
    ["q1", ["said by: Lena Vasquez, the mayor (in a statement)", "published by: Harbor Gazette, 2031-03-04", "carried by: news/gazette.txt"], ["in a conflict"]],
    ["q2", ["said by: Lena Vasquez", "told: Valley Courier", "published by: The Valley Courier, 2031-03-05", "carried by: Floods list post from Kim Lee, 2031-03-06 (news/courier.txt)"], ["altered between sources"]],
    ["q6", ["said by: officials", "told: Reuters", "published by: Harbor Gazette, 2031-03-04", "carried by: news/gazette.txt"], ["reported", "secondhand", "in a conflict"]],
    // must-not: a quote in a corroboration alone is no conflict
    ["q4", ["said by: Ana Holt, a nurse", "published by: The Valley Courier, 2031-03-05", "carried by: Floods list post from Kim Lee, 2031-03-06 (news/courier.txt)"], []],
  ])("%s: its chain and flags", (id, chain, flags) => {
    expect(quote(id).chain.map((s) => `${s.label}: ${s.value}`)).toEqual(chain);
    expect(quote(id).flags).toEqual(flags);
  });

  it("links the findings that hold a claim of the quote, by id, kind and title", () => {
    expect(quote("q3").findings).toEqual([
      { id: "c1", kind: "contradiction", title: "Contradiction: Lena Vasquez vs Tomas Reyes" },
      { id: "c3", kind: "corroboration", title: "Corroboration: Tomas Reyes and Ana Holt" },
    ]);
    expect(quote("q8").findings).toEqual([]);
  });

  it.each([
    ["q9", ["no-speaker", "truncated-quote"]], // on the quote itself
    ["q5", ["anonymous-source"]],
    ["q6", ["conflict", "secondhand-source"]], // on its finding, and on itself
    ["q7", ["conflict", "disputed-claim"]],
    ["q2", ["altered-quote"]], // on its quote group
    // must-not: a quote no rule finds anything about carries none
    ["q8", []],
    ["q4", []],
  ])("%s: the check findings about it", (id, want) => {
    expect(rules(id)).toEqual(want);
    for (const c of quote(id).checks) expect(c.message.length).toBeGreaterThan(10);
  });

  it("says of each quote what the Markdown and HTML reports say (flags, findings, paragraph)", () => {
    for (const v of reportView(report).quotes) {
      const q = quote(v.id);
      expect([q.flags, q.findings, q.paragraph]).toEqual([v.flags, v.findings, v.paragraph]);
      expect(q.chain).toEqual(v.chain);
    }
  });

  it("gives every check finding about a quote to that quote, each once", () => {
    const findings = runChecks(report);
    const byQuote = checksByQuote(report, findings);
    const onQuotes = findings.filter((f) => f.quoteId);
    for (const f of onQuotes) expect(byQuote.get(f.quoteId!)?.filter((c) => c.ruleId === f.ruleId && c.message === f.message)).toHaveLength(1);
  });

  // The JSON report lists check findings with quotes only: one with no quote was in `check` and
  // nowhere in the report. A headline's words the story never quotes are the headline's own quote.
  it("lists every check finding with a quote: the headline words the story never quotes with the headline's quote", () => {
    const headline = "Vasquez: ‘The Storm Was Nobody’s Fault At All.’";
    const story = "“We will rebuild every bridge by spring,” Mayor Lena Vasquez said on Monday.";
    const r = makeReport({
      articles: [{ id: "a", title: headline, text: `${headline}\n\n${story}` }],
      quotes: [
        { id: "h", article: "a", kind: "scare", text: "The Storm Was Nobody’s Fault At All.", speaker: null, speakerType: "unknown", cue: null },
        { id: "b", article: "a", text: "We will rebuild every bridge by spring,", speaker: "Lena Vasquez" },
      ],
    });
    const findings = runChecks(r);
    expect(findings.map((f) => f.ruleId)).toContain("headline-quote-unsupported");
    for (const rep of [r, sampleReport()]) {
      const listed = (JSON.parse(formatterNamed("json")!.format(withChecks(rep))) as { quotes: JsonQuote[] }).quotes.flatMap((q) => q.checks.map((c) => `${c.ruleId}: ${c.message}`));
      for (const f of runChecks(rep)) expect(listed).toContain(`${f.ruleId}: ${f.message}`);
    }
    const h = (JSON.parse(formatterNamed("json")!.format(withChecks(r))) as { quotes: JsonQuote[] }).quotes.find((q) => q.text.startsWith("The Storm"))!;
    expect(h.checks.map((c) => c.ruleId)).toEqual(["headline-quote-unsupported"]);
  });

  it("the schema rejects a quote without its chain or with a flag that is no string", () => {
    const broken = JSON.parse(JSON.stringify(doc));
    delete broken.quotes[0].chain;
    broken.quotes[1].flags = [3];
    broken.quotes[2].checks = [{ ruleId: "x", severity: "loud", message: "m" }];
    const errors = schemaValidator("report")(broken).join("\n");
    expect(errors).toMatch(/\/quotes\/0 must have required property 'chain'/);
    expect(errors).toMatch(/\/quotes\/1\/flags\/0/);
    expect(errors).toMatch(/\/quotes\/2\/checks\/0\/severity/);
  });
});

// An article re-opened from the cache unpacks its offset map when the map is first read (a getter,
// cli/load.ts); the JSON report leaves the map out, and taking the article apart with a rest pattern
// read it anyway: one Int32 a character of every article, made only to be dropped.
describe("the JSON report: an article's offset map is left out unread", () => {
  const plain = withChecks(sampleReport());
  let reads = 0;
  const lazy = {
    ...plain,
    articles: plain.articles.map((a) => {
      const { sourceOffsets, ...rest } = a;
      return {
        ...rest,
        get sourceOffsets() {
          reads++;
          return sourceOffsets;
        },
      };
    }),
  };
  const written = formatterNamed("json")!.format(lazy);

  it("must not read any article's offset map", () => {
    expect(lazy.articles.length).toBeGreaterThan(0);
    expect(reads).toBe(0);
  });
  it("must write the articles as before, every field but the map in its order", () => {
    expect(written).toBe(formatterNamed("json")!.format(plain));
    const articles = (JSON.parse(written) as { articles: Record<string, unknown>[] }).articles;
    expect(Object.keys(articles[0]!)).toEqual(Object.keys(plain.articles[0]!).filter((k) => k !== "sourceOffsets"));
  });
});

// A reader of the JSON report could not tell which rules ran: a rule turned off and a rule that found
// nothing both left no check on any quote, and the config file and failOn were said nowhere.
describe("the JSON report says the check settings its findings were made with", () => {
  type Settings = { configFile: string | null; failOn: string; rules: { id: string; description: string; default: string; setting: string }[] };
  const settingsOf = (r: Report) => {
    const parsed = JSON.parse(formatterNamed("json")!.format(r)) as { checkSettings: Settings } & Record<string, unknown>;
    expect(schemaValidator("report")(parsed)).toEqual([]);
    return { keys: Object.keys(parsed), settings: parsed.checkSettings };
  };
  const setting = (s: Settings, id: string) => s.rules.find((r) => r.id === id)?.setting;

  it.each<[string, Parameters<typeof withChecks>[1], Parameters<typeof withChecks>[2], Partial<Record<string, string>>, string, string | null]>([
    // must-not: no settings is every rule at its default, check's failOn, no file
    ["no settings", {}, {}, { conflict: "warning", "anonymous-source": "info" }, "error", null],
    ["a rule off and one raised", { conflict: "off", "anonymous-source": "error" }, {}, { conflict: "off", "anonymous-source": "error", "no-speaker": "warning" }, "error", null],
    ["a config file and its failOn", { conflict: "off" }, { configFile: "quotecheck.config.json", failOn: "warning" }, { conflict: "off" }, "warning", "quotecheck.config.json"],
  ])("%s", (_label, rules, source, expected, failOn, configFile) => {
    const { keys, settings } = settingsOf(withChecks(sampleReport(), rules, source));
    // The version and the inputs first: ingest knows quotecheck's own JSON report by them (own-output.ts).
    expect(keys.slice(0, 3)).toEqual(["schemaVersion", "inputs", "checkSettings"]);
    expect(settings.failOn).toBe(failOn);
    expect(settings.configFile).toBe(configFile);
    for (const [id, level] of Object.entries(expected)) expect(setting(settings, id)).toBe(level);
    // every rule check has, each with its default, as check --format json lists them
    expect(settings.rules.map((r) => [r.id, r.description, r.default])).toEqual(checkRules.map((r) => [r.id, r.description, r.severity]));
  });

  it("must not: a report without check findings attached says no settings", () => {
    const parsed = JSON.parse(formatterNamed("json")!.format(sampleReport())) as Record<string, unknown>;
    expect(parsed).not.toHaveProperty("checkSettings");
    expect(Object.keys(parsed).slice(0, 3)).toEqual(["schemaVersion", "inputs", "documents"]);
  });
});

// The Markdown and HTML reports give each finding its title and show each claim as its quote is (in
// quotation marks or, reported speech, without) with its paragraph; the JSON's findings held the
// model's claims alone, so a script that printed a finding could not say either without joining.
describe("the JSON report's findings say what the Markdown and HTML say of them (1.3)", () => {
  type JsonFinding = { id: string; title: string; claims: { quoteId: string; kind: string | null; paragraph: number | null }[] };
  const findings = (JSON.parse(formatterNamed("json")!.format(report)) as { findings: JsonFinding[] }).findings;
  const view = reportView(report);
  const views = [...view.conflicts, ...view.corroborations];

  it("must: the sample has findings with claims of both kinds", () => {
    expect(findings.length).toBeGreaterThan(1);
    expect(new Set(findings.flatMap((f) => f.claims.map((c) => c.kind)))).toEqual(new Set(["direct", "indirect"]));
  });

  it("must: each finding's title, and each claim's kind and paragraph, as the reports' view gives them", () => {
    for (const f of findings) {
      const v = views.find((x) => x.id === f.id)!;
      expect(f.title).toBe(v.title);
      expect(f.claims.map((c) => [c.quoteId, c.kind, c.paragraph])).toEqual(v.claims.map((c) => [c.quoteId, c.kind, c.paragraph]));
    }
  });

  it("must-not: a claim whose quote the report does not list gets no kind or paragraph made up", () => {
    const r = sampleReport();
    const gone = r.findings[0].claims[0].quoteId;
    const cut: Report = { ...r, quotes: r.quotes.filter((q) => q.id !== gone) };
    const out = (JSON.parse(formatterNamed("json")!.format(cut)) as { findings: JsonFinding[] }).findings[0].claims[0];
    expect(out).toMatchObject({ quoteId: gone, kind: null, paragraph: null });
  });
});
