import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild } from "./run-bin.js";

vi.setConfig({ testTimeout: 60_000 });

/**
 * `articles` on what an article lacks (built binary): "outlet unknown" for an unknown outlet, as every
 * format spells it out (it said "?", then "unknown"), and an undated mailed story dated by its mail as an
 * upper bound, "≤" and a note, with publishedFrom "mail" in the JSON.
 */
describe("articles: unknown outlet and a mail's date (built binary)", () => {
  let dir = "";
  beforeAll(() => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), "qc-articles-"));
    const story = 'Levee holds as river crests\n\n"We are not out of danger yet," said Lena Vasquez, the mayor of Harlow.\n';
    writeFileSync(join(dir, "levee.eml"), ["From: Ann Reader <ann@example.org>", "Subject: Levee story", "Date: Fri, 14 Mar 2031 09:12:00 +0000", "Content-Type: text/plain; charset=utf-8", "", story].join("\n"));
    writeFileSync(join(dir, "bridge.txt"), 'Council approves new bridge\n\nMarch 11, 2031\n\n"This bridge will carry the city," said Tom Ortega, the council president.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("table: 'outlet unknown' for the outlet, '≤' before the mail's day and its note; the story's own date plain", () => {
    const r = quotecheck(["articles", dir]);
    expect(r.code).toBe(0);
    const row = (id: string) => r.stdout.split("\n").find((l) => l.startsWith(id))!.split(/\s{2,}/);
    expect(row("levee").slice(1, 3)).toEqual(["outlet unknown", "≤2031-03-14"]);
    expect(row("bridge").slice(1, 3)).toEqual(["outlet unknown", "2031-03-11"]);
    expect(r.stdout).toContain("≤ published on or before: the day the mail that carried it was sent");
    expect(r.stdout).not.toMatch(/(^|\s)\?(\s|$)/m);
  });
  it("json: publishedFrom 'mail' for the mailed story, null for the dated one", () => {
    const r = quotecheck(["articles", "--format", "json", dir]);
    const j = JSON.parse(r.stdout) as { articles: { id: string; published: string; publishedFrom: string | null }[] };
    expect(Object.fromEntries(j.articles.map((a) => [a.id, [a.published, a.publishedFrom]]))).toEqual({ bridge: ["2031-03-11", null], levee: ["2031-03-14", "mail"] });
  });
});
