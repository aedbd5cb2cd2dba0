import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild } from "../e2e/run-bin.js";
import { dumpDom, findChromium } from "./chromium.js";

const chromium = findChromium();
if (!chromium) console.warn("tests/browser: chromium not found; install Debian's chromium (apt-get install chromium) to run the HTML report browser test");

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });
let tmp: string;
let reportFile: string;

describe.skipIf(!chromium)("HTML report in headless Chromium", () => {
  beforeAll(() => {
    requireBuild();
    tmp = mkdtempSync(join(tmpdir(), "qc-browser-"));
    reportFile = join(tmp, "report.html");
    const r = quotecheck(["report", "corpus", "tests/fixtures/report-hostile", "-o", reportFile]);
    if (r.code !== 0) throw new Error(`report failed (${r.code}): ${r.stderr}`);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("shows the five named speakers and the conflicts, and runs no script from an article", () => {
    const $ = cheerio.load(dumpDom(chromium!, reportFile));
    // Nothing from the articles ran: the title, the speakers section and the body are as written.
    expect($("title").text()).toBe("Attribution report");
    expect($("#pwned")).toHaveLength(0);
    expect($("#speakers")).toHaveLength(1);
    expect($("script")).toHaveLength(0);
    expect($("img")).toHaveLength(0);
    // The article's markup is on the page as text.
    const body = $("body").text();
    expect(body).toContain("<script>document.title='PWNED';");
    expect(body).toContain(`<img src=x onerror="document.title='PWNED-IMG'">`);
    expect(body).toContain("<script>document.getElementById('speakers').remove();");

    const speakers = $("#speakers h3").toArray().map((h) => $(h).text());
    for (const name of ["Bokova", "Abdulkarim", "Omran", "Homsi", "Ghanem"]) expect(speakers.some((s) => s.includes(name)), name).toBe(true);

    const conflicts = $("#conflicts .finding");
    expect(conflicts.length).toBeGreaterThan(0);
    conflicts.each((_, f) => {
      expect($(f).find(".claim").length).toBeGreaterThanOrEqual(1);
      expect($(f).find("p").first().text().length).toBeGreaterThan(10);
    });
  });

  it("would block a script even if one reached the page (Content-Security-Policy)", () => {
    const injected = join(tmp, "injected.html");
    writeFileSync(injected, readFileSync(reportFile, "utf8").replace("</main>", "<script>document.title='PWNED-INJECTED'</script></main>"));
    const $ = cheerio.load(dumpDom(chromium!, injected));
    expect($("title").text()).toBe("Attribution report");
    // Control: the same page without the policy does run it, so the check above means something.
    const open = join(tmp, "no-csp.html");
    writeFileSync(open, readFileSync(injected, "utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""));
    expect(cheerio.load(dumpDom(chromium!, open))("title").text()).toBe("PWNED-INJECTED");
  });
});
