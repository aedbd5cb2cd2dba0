import { describe, expect, it } from "vitest";
import { runChecks, atOrAbove } from "../../src/check/run.js";
import { ansi, checkJson, checkSummary, checkText, failed, plain } from "../../src/check/output.js";
import { GAZETTE, makeReport } from "./report-fixture.js";

// The gazette text hard-wrapped, as a list archive would carry it: line/col must point into the file.
const wrapped = GAZETTE.replace("before midnight,” Lena", "before\nmidnight,” Lena");
const report = makeReport({
  articles: [{ id: "gazette", doc: "news/gazette.txt", outlet: "Harbor Gazette", text: wrapped }],
  quotes: [
    { id: "a", article: "gazette", text: "Nobody told us to leave", speaker: null, speakerType: "unknown" },
    { id: "b", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "one resident", speakerType: "anonymous" },
  ],
});
const texts = new Map([["news/gazette.txt", wrapped]]);
const base = { report, texts, inputErrors: [], rules: {} };

describe("runChecks", () => {
  it("runs every rule at its default severity", () => {
    const f = runChecks(report);
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([
      ["no-speaker", "warning"],
      ["anonymous-source", "info"],
    ]);
  });
  it("turns rules off and changes their severity", () => {
    const f = runChecks(report, { "no-speaker": "off", "anonymous-source": "error" });
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([["anonymous-source", "error"]]);
  });
  it("fails at or above the threshold only", () => {
    const findings = runChecks(report);
    expect(failed({ findings, failOn: "error" })).toBe(false);
    expect(failed({ findings, failOn: "warning" })).toBe(true);
    expect(atOrAbove("info", "warning")).toBe(false);
  });
});

describe("check output", () => {
  // Exit code 2 with "passes" on the last line would tell a CI log the opposite of what happened.
  it("says the check fails, and why, when an input named on the command line could not be read", () => {
    const run = { ...base, findings: runChecks(report), failOn: "error" as const };
    expect(checkSummary(run)).toBe("2 problems (0 errors, 1 warning, 1 info); passes at --fail-on error\n");
    expect(checkSummary(run, ["news/missing.txt"])).toBe("2 problems (0 errors, 1 warning, 1 info); fails: news/missing.txt could not be read\n");
    expect(checkSummary(run, ["a.txt", "b.txt"])).toMatch(/; fails: 2 inputs could not be read \(a\.txt, b\.txt\)\n$/);
    // No input gave an article: the command says "nothing could be read; nothing checked" instead
    // (tests/cli/no-usable-input), as every command does.
  });

  it("prints file:line:col: severity: message (rule-id), with lines counted in the file", () => {
    const out = checkText({ ...base, findings: runChecks(report), failOn: "error" });
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    // "Nobody" opens line 6 of the file (the wrapped line adds one), after the opening mark.
    const line = wrapped.split("\n").findIndex((l) => l.includes("Nobody")) + 1;
    const col = wrapped.split("\n")[line - 1].indexOf("Nobody") + 1;
    expect(lines[0]).toBe(`news/gazette.txt:${line}:${col}: warning: quote has no speaker: “Nobody told us to leave”; say who said or wrote it (no-speaker)`);
    expect(lines[1]).toMatch(/^news\/gazette\.txt:\d+:\d+: info: anonymous source \(one resident\)/);
  });
  it("colours only when asked", () => {
    const run = { ...base, findings: runChecks(report), failOn: "error" as const };
    expect(checkText(run, plain)).not.toMatch(/\u001b\[/);
    expect(checkText(run, ansi)).toMatch(/\u001b\[33mwarning/);
  });
  it("gives JSON with positions, the rule settings and the verdict", () => {
    const doc = JSON.parse(checkJson({ ...base, findings: runChecks(report), failOn: "warning" }));
    expect(doc.schemaVersion).toBe("1.0");
    expect(doc.failed).toBe(true);
    expect(doc.summary).toMatchObject({ findings: 2, warning: 1, info: 1, error: 0 });
    const f = doc.findings[0];
    expect(f).toMatchObject({ ruleId: "no-speaker", file: "news/gazette.txt", article: "gazette" });
    expect(wrapped.split("\n")[f.line - 1].slice(f.column - 1)).toMatch(/^Nobody told us/);
  });
  it("keeps the file name without a position when the document text is missing", () => {
    const out = checkText({ ...base, texts: new Map(), findings: runChecks(report), failOn: "error" });
    expect(out.split("\n")[0]).toMatch(/^news\/gazette\.txt: warning:/);
  });
});

describe("locate", () => {
  it("finds the words in the file when an article (from HTML) keeps no offset map", async () => {
    const { makeLocator } = await import("../../src/check/locate.js");
    const html = "<html><body>\n<p>Intro.</p>\n<p>“Nobody told us to leave,” said Tomas Reyes.</p>\n</body></html>";
    const article = { ...report.articles[0], documentId: "page.html", sourceOffsets: null };
    const span = { start: article.text.indexOf("Nobody told us"), end: article.text.indexOf("Nobody told us") + "Nobody told us to leave".length };
    const where = makeLocator(new Map([[article.id, article]]), new Map([["page.html", html]]));
    expect(where({ documentId: "page.html", articleId: article.id, span })).toMatchObject({ line: 3, column: 5 });
    const entities = "<p>Intro.</p>\n<p>&#8220;Nobody told <em>us</em> to leave,&#8221; said Tomas Reyes.</p>";
    const viaEntities = makeLocator(new Map([[article.id, article]]), new Map([["page.html", entities]]));
    expect(viaEntities({ documentId: "page.html", articleId: article.id, span })).toMatchObject({ line: 2, column: 11 });
    const missing = makeLocator(new Map([[article.id, article]]), new Map([["page.html", "<p>other words</p>"]]));
    expect(missing({ documentId: "page.html", articleId: article.id, span })).toMatchObject({ file: "page.html", line: null });
  });
});
