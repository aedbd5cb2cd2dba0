import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { loadReport } from "../../src/cli/load.js";
import { buildQuoteItems } from "../../src/tui/quote-items.js";
import { recorder } from "./recorder.js";

// One rule for the name a quote's row gives its speaker: the one name the articles are lined up
// under (`speakers`), as the UI, the reports and check give it. extract's table gave each article's
// own reading ("Ann Lee" in one story, "Ann B. Lee" in the other) while the UI named both "Ann B.
// Lee", so one person read as two in the table. The data formats keep each article's own reading
// (`speaker`, scored against the gold), with `mention` the words as written.
describe("a quote's row names its speaker by the name the articles are lined up under", () => {
  let dir: string;
  let a: string;
  let b: string;
  let c: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "qc-spk-rule-"));
    a = join(dir, "a.txt");
    b = join(dir, "b.txt");
    c = join(dir, "c.txt");
    writeFileSync(a, "Harbor wall plan backed\n\nThe council backed the new harbor wall on Monday.\n\n“We will build it before the storms,” said Mayor Ann B. Lee, who has led the town since 2028.\n");
    writeFileSync(b, "Lee defends harbor plan\n\nThe mayor spoke at the quay on Tuesday.\n\n“The wall is paid for,” Mayor Ann Lee said.\n");
    writeFileSync(c, "Quay traders wary\n\nShop owners met on Wednesday.\n\n“Nobody asked us,” said Tom Reyes, who runs a bakery on the quay.\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = async (args: string[]) => {
    const io = recorder();
    await run([...args, "--no-cache"], io);
    return io.stdout;
  };
  const speakerCells = (table: string) =>
    table
      .split("\n")
      .slice(2)
      // not the notes under the table ("“…” outlet unknown: …")
      .filter((l) => l && !l.startsWith("“…”"))
      .map((l) => l.split(/\s{2,}/)[0]);

  it("must: extract's table and the UI's plain table name both rows 'Ann B. Lee', as the UI's Quotes list does", async () => {
    const { report } = await loadReport([a, b, c], recorder(), "full", { cache: false });
    const ui = buildQuoteItems(report).map((i) => i.speaker);
    expect(ui).toEqual(["Ann B. Lee", "Ann B. Lee", "Tom Reyes"]);
    expect(speakerCells(await out(["extract", a, b, c, "--format", "table"]))).toEqual(ui);
    expect(speakerCells(await out(["tui", a, b, c, "--plain"]))).toEqual(ui);
  }, 60_000);

  it("must not: the data formats keep each article's own reading", async () => {
    const rows = (await out(["extract", a, b, c, "--format", "jsonl"])).trim().split("\n").map((l) => JSON.parse(l) as { speaker: string; mention: string });
    expect(rows.map((r) => r.speaker)).toEqual(["Ann B. Lee", "Ann Lee", "Tom Reyes"]);
    expect(rows[1].mention).toBe("Mayor Ann Lee");
  }, 60_000);

  it("must not: a speaker lined up with no one keeps their own name in the table", async () => {
    expect(speakerCells(await out(["extract", b, c, "--format", "table"]))).toEqual(["Ann Lee", "Tom Reyes"]);
  }, 60_000);
});
