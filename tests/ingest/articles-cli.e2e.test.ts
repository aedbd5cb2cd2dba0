import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild, ROOT } from "../e2e/run-bin.js";

// End to end: the built binary, as a user runs it (`npm run build` first).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

type Gold = { id: string; kind?: string; outlet: string; title: string; byline?: string | null; author?: string; date: string; contains?: string[] };
const gold: Gold[] = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/palmyra-gold/palmyra.articles.json"), "utf8"));
const goldPost = gold.find((g) => g.kind === "container")!;
const goldArticles = gold.filter((g) => g.kind !== "container");

let tmp: string;
beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), "qc-articles-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The cache would answer from an earlier build; these runs test the parser itself.
const run = (args: string[], opts: { cwd?: string; input?: string } = {}) => quotecheck(args, { ...opts, env: { QUOTECHECK_NO_CACHE: "1" } });
// Each run starts Node and the whole CLI: the corpus run is shared by the tests that read it.
let corpusRun: ReturnType<typeof run> | null = null;
const corpusJson = () => (corpusRun ??= run(["articles", "corpus/", "--format", "json"]));

describe("quotecheck articles on the embedded corpus", () => {
  for (const [label, args, cwd] of [
    ["no path (from another folder)", ["articles", "--format", "json"], "TMP"],
    ["corpus/", ["articles", "corpus/", "--format", "json"], ROOT],
  ] as const) {
    it(`${label}: exactly the two gold articles with their provenance`, () => {
      const r = cwd === ROOT ? corpusJson() : run([...args], { cwd: tmp });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      const out = JSON.parse(r.stdout);
      expect(out.inputs).toEqual([{ path: "corpus/midden-oosten-2015-05-22-isis-captures-palmyra.txt", status: "processed", format: "text", articles: 2 }]);
      expect(out.articles.map((a: { id: string }) => a.id)).toEqual(goldArticles.map((g) => g.id));
      for (const [i, g] of goldArticles.entries()) {
        const a = out.articles[i];
        expect({ outlet: a.outlet, title: a.title, byline: a.byline ?? null, published: a.published }).toEqual({ outlet: g.outlet, title: g.title, byline: g.byline ?? null, published: g.date });
        expect(a.container).toMatchObject({ kind: "mailing-list-post", title: goldPost.title, listName: "Midden-Oosten", sender: goldPost.author, sentOn: goldPost.date });
        expect(a.outletEvidence.length).toBeGreaterThan(0);
      }
      expect(out.articles[1].dateline).toBe("BEIRUT, Lebanon");
      expect(out.containers).toHaveLength(1);
      expect(out.containers[0]).toMatchObject({ sentOn: goldPost.date, articles: goldPost.contains });
    });
  }

  it("gives a cut-text diagnostic with a span for each sentence that stops mid-way", () => {
    const out = JSON.parse(corpusJson().stdout);
    const cuts = out.articles.flatMap((a: { diagnostics: { ruleId: string; articleId: string; span: { start: number; end: number } }[]; cuts: { text: string }[] }) =>
      a.diagnostics.filter((d) => d.ruleId === "ingest/cut-text"),
    );
    expect(cuts).toHaveLength(6);
    for (const a of out.articles) for (const c of a.cuts) expect(c.text).not.toMatch(/[.!?”"’]$/);
  });

  it("prints a table with both outlets", () => {
    const r = run(["articles", "corpus"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/daily-beast-2015-05-21\s+The Daily Beast\s+2015-05-21\s+Michael Weiss/);
    expect(r.stdout).toMatch(/nyt-2015-05-21\s+The New York Times\s+2015-05-21/);
    expect(r.stdout).toContain("2 articles in 1 file");
  });
});

describe("quotecheck articles on bad input", () => {
  it("reads the good files, prints one error line per bad one, and exits 0", () => {
    const dir = join(tmp, "mixed");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "scan.pdf"), "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    writeFileSync(join(dir, "story.txt"), "Ferry service resumes\n\nThe ferry resumed service on Friday after a week of storms, the operator said.\n");
    const r = run(["articles", dir, "--format", "json"]);
    expect(r.code).toBe(0);
    // One line per bad file, naming it; none for the good one.
    const about = (name: string) => r.stderr.split("\n").filter((l) => l.includes(name));
    expect(about("empty.txt")).toHaveLength(1);
    expect(about("empty.txt")[0]).toMatch(/empty\.txt: empty file .*\(ingest\/empty\)$/);
    expect(about("scan.pdf")).toHaveLength(1);
    expect(about("scan.pdf")[0]).toMatch(/scan\.pdf: not a text file \(PDF document\).*\(ingest\/binary\)$/);
    expect(about("story.txt")).toEqual([]);
    const out = JSON.parse(r.stdout);
    expect(out.inputs.map((i: { status: string }) => i.status).sort()).toEqual(["processed", "skipped", "skipped"]);
    expect(out.articles).toHaveLength(1);
  });

  it("exits 2 when nothing could be read", () => {
    const r = run(["articles", join(tmp, "nope.txt"), "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file or directory/);
  });

  it("skips a file over --max-bytes and says how to read it", () => {
    const r = run(["articles", "corpus", "--max-bytes", "1KB"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/midden-oosten-2015-05-22-isis-captures-palmyra\.txt: file is .* over the 1\.0 KB limit \(set --max-bytes to read it\)/);
  });

  it("marks a date read off the file name in the table, with a note", () => {
    const file = join(tmp, "2019-03-07_council.txt");
    writeFileSync(file, "Council Votes on Budget\n\nThe mayor said on Wednesday that the bridge would reopen in May.\n");
    const r = run(["articles", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ 2019-03-07\* /);
    expect(r.stdout).toContain("* date from the file name: the text gives none");
    expect(run(["articles", "corpus/"]).stdout).not.toContain("date from the file name");
  });

  it("reads standard input as '-'", () => {
    const r = run(["articles", "-", "--format", "json"], { input: "Ferry service resumes\n\nThe ferry resumed service on Friday, the operator said.\n" });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).articles[0]).toMatchObject({ doc: "-", id: "stdin" });
  });

  it("rejects an unknown --format with exit code 2; --help names the size limit", () => {
    expect(run(["articles", "--format", "xml"]).code).toBe(2);
    const help = run(["articles", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/50 MB/);
    expect(help.stdout).toMatch(/--max-bytes/);
  });
});
