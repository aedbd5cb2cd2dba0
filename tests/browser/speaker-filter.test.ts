import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild } from "../e2e/run-bin.js";
import { dumpDom, findChromium } from "./chromium.js";

const chromium = findChromium();
if (!chromium) console.warn("tests/browser: chromium not found; install Debian's chromium (apt-get install chromium) to run the HTML report speaker-filter test");

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

/**
 * The report's speaker filter is CSS alone (:target and :has(), no script: the page's CSP allows
 * none), so what a browser shows is read back by a probe added to a copy of the page: the policy
 * taken out and one script that, after load, writes on <body> which speaker sections and which
 * "all speakers" links are displayed and which element is the :target. The page's stylesheet is
 * the report's own, unchanged.
 */
const PROBE = `<script>addEventListener("load", () => setTimeout(() => {
  const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => getComputedStyle(e).display !== "none");
  document.body.dataset.sections = JSON.stringify(shown("#speakers > .speaker").map((e) => e.id));
  document.body.dataset.backLinks = JSON.stringify(shown("#speakers > .speaker > a.all").map((e) => e.parentElement.id));
  document.body.dataset.target = document.querySelector(":target")?.id ?? "";
}, 50));</script>`;

const probed = (page: string): string => page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "").replace("</body>", `${PROBE}</body>`);

type Shown = { sections: string[]; backLinks: string[]; target: string };

let tmp: string;
let page: string;
let probe: string;
let sections: string[];

function shownAt(file: string, fragment: string): Shown {
  const body = cheerio.load(dumpDom(chromium!, file, fragment))("body");
  const sections = body.attr("data-sections");
  if (sections === undefined) throw new Error(`the probe did not run on ${file}${fragment}`);
  return { sections: JSON.parse(sections), backLinks: JSON.parse(body.attr("data-back-links")!), target: body.attr("data-target")! };
}

describe.skipIf(!chromium)("HTML report's speaker filter in headless Chromium", () => {
  beforeAll(() => {
    requireBuild();
    tmp = mkdtempSync(join(tmpdir(), "qc-browser-filter-"));
    const reportFile = join(tmp, "report.html");
    // Palmyra's speakers, and a quote credited to no one (its section is #unattributed).
    const r = quotecheck(["report", "corpus", "tests/fixtures/check-unattributed", "-o", reportFile]);
    if (r.code !== 0) throw new Error(`report failed (${r.code}): ${r.stderr}`);
    page = readFileSync(reportFile, "utf8");
    probe = join(tmp, "probe.html");
    writeFileSync(probe, probed(page));
    sections = cheerio.load(page)("#speakers > .speaker").toArray().map((e) => e.attribs.id);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("the page has the speakers to filter: named ones and the unattributed", () => {
    expect(sections.length).toBeGreaterThan(5);
    expect(sections).toContain("unattributed");
  });

  it("shows every speaker and no way back when nothing is targeted", () => {
    expect(shownAt(probe, "")).toEqual({ sections, backLinks: [], target: "" });
  });

  it.each([
    ["the first speaker", 0],
    ["a speaker in the middle", 3],
    ["the unattributed quotes", -1],
  ])("shows %s alone, with its way back to all, once its name in the index is followed", (_label, at) => {
    const id = sections.at(at)!;
    expect(shownAt(probe, `#${id}`)).toEqual({ sections: [id], backLinks: [id], target: id });
  });

  it("shows every speaker again after 'all speakers' (#speakers)", () => {
    expect(shownAt(probe, "#speakers")).toEqual({ sections, backLinks: [], target: "speakers" });
  });

  // must-not: a link to a quote inside a speaker's section (from a finding) filters nothing
  it("shows every speaker when a quote, not a speaker, is the target", () => {
    const quote = cheerio.load(page)("#speakers > .speaker .quote[id]").first().attr("id")!;
    expect(shownAt(probe, `#${quote}`)).toEqual({ sections, backLinks: [], target: quote });
  });

  // Control: without the :has() rule the same target shows every speaker, so the hiding above is
  // that rule's doing (and a browser without :has() shows all, as the stylesheet says).
  it("hides nothing once the :has() rule is taken out of the page", () => {
    const without = join(tmp, "without-has.html");
    const rule = /#speakers:has\(> \.speaker:target\) > \.speaker:not\(:target\) \{ display: none; \}/;
    expect(page).toMatch(rule);
    writeFileSync(without, probed(page.replace(rule, "")));
    const id = sections[0];
    expect(shownAt(without, `#${id}`)).toEqual({ sections, backLinks: [id], target: id });
  });
});
