import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { anchorId, CSP, htmlReport } from "../../src/report/html.js";
import { sampleReport } from "./sample-report.js";

const report = sampleReport();
const page = htmlReport(report);
const $ = cheerio.load(page);
const style = $("style").text();

// The page has no script (CSP): following a name in the index shows that speaker alone, by CSS
// :target. Whether Chromium hides the others is for tests/browser; here, what the rule stands on.
describe("HTML report: the speaker index filters the page without a script", () => {
  it("links each name of the index to a speaker section that is a child of #speakers", () => {
    const hrefs = $("#speakers .index a").toArray().map((a) => $(a).attr("href")!);
    expect(hrefs).toHaveLength(8);
    for (const h of hrefs) {
      const target = $(`[id="${h.slice(1)}"]`);
      expect(target.is("article.speaker")).toBe(true);
      expect(target.parent().is("section#speakers")).toBe(true);
    }
  });

  it("hides the other speakers while one is the target, on screen only", () => {
    expect(style).toMatch(/@media screen \{\s*#speakers:has\(> \.speaker:target\) > \.speaker:not\(:target\) \{ display: none; \}\s*\}/);
    // must-not: the print shows every speaker, and the rule stands in no print block
    const print = style.slice(style.indexOf("@media print"));
    expect(print).not.toContain(":not(:target)");
  });

  it("gives each speaker (and the unattributed) a way back to all, shown only while it is the target", () => {
    for (const id of [anchorId("s", "s-vasquez"), anchorId("s", "s-ems"), "unattributed"]) {
      const back = $(`[id="${id}"] > a.all`);
      expect(back.attr("href")).toBe("#speakers");
      expect(back.text()).toBe("all speakers");
    }
    expect(style).toContain(".speaker .all { display: none;");
    expect(style).toContain(".speaker:target .all { display: block; }");
    // must-not: the way back is not part of the speaker's heading
    expect($(`#${anchorId("s", "s-vasquez")} h3`).text()).toBe("Lena Vasquez");
  });

  it("stays script-free: no script element, and the CSP allows only the page's own style", () => {
    expect($("script")).toHaveLength(0);
    expect(CSP).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr("content")).toBe(CSP);
  });

  // must-not: no index when no one speaks
  it("has no index and no way back when there are no speakers", () => {
    const none = cheerio.load(htmlReport({ ...report, quotes: [], speakers: [], findings: [], groups: [] }));
    expect(none("#speakers .index")).toHaveLength(0);
    expect(none("a.all")).toHaveLength(0);
  });
});
