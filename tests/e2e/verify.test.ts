import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { quotecheck, requireBuild, ROOT } from "./run-bin.js";
import { schemaValidator } from "../report/schema-validator.js";

const DRAFT = "tests/fixtures/verify-draft/palmyra-draft.md";
const GOOD = "tests/fixtures/verify-draft/verbatim-draft.md";

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });
beforeAll(requireBuild);

type Item = { status: string; text: string; speaker: string | null; diff: { op: string; text: string }[]; match: { speaker: string | null; outlet: string | null } | null };

describe("quotecheck verify (built binary)", () => {
  it("catches a changed word, a wrong speaker and a made-up quote in a draft about Palmyra", () => {
    const r = quotecheck(["verify", DRAFT, "--against", "corpus", "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(schemaValidator("verify")(doc)).toEqual([]);
    const by = (words: string): Item => doc.items.find((i: Item) => i.text.includes(words));

    expect(by("putting at risk").status).toBe("verbatim");
    expect(by("putting at risk").match?.outlet).toBe("The Daily Beast");

    const changed = by("busloads");
    expect(changed.status).toBe("changed");
    expect(changed.diff).toEqual(expect.arrayContaining([{ op: "del", text: "10" }, { op: "add", text: "12" }]));

    const wrong = by("only bakery");
    expect(wrong.speaker).toBe("Khaled Omran");
    expect(wrong.status).toBe("other-speaker");
    expect(wrong.match?.speaker).toMatch(/Homsi/);

    expect(by("taken to Damascus").status).toBe("not-found");
    expect(by("cigarettes").status).toBe("verbatim");
  });

  it("prints one line a quote with its place in the draft, and a summary", () => {
    const r = quotecheck(["verify", DRAFT, "--against", "corpus"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.find((l) => l.includes("busloads"))).toMatch(/^tests\/fixtures\/verify-draft\/palmyra-draft\.md:7:\d+: changed: words differ from The Daily Beast .*\[-10-\] \{\+12\+\}.*\(verify\/changed\)$/);
    expect(lines.find((l) => l.includes("taken to Damascus"))).toMatch(/: not found: /);
    expect(r.stderr).toMatch(/5 quotes checked against 1 source/);
  });

  it("reads an HTML draft the same way, with lines and columns in the HTML file", () => {
    const r = quotecheck(["verify", "tests/fixtures/verify-draft/palmyra-draft.html", "--against", "corpus"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.find((l) => l.includes("busloads"))).toMatch(/^tests\/fixtures\/verify-draft\/palmyra-draft\.html:13:\d+: changed: .*\[-10-\] \{\+12\+\}/);
    expect(lines.find((l) => l.includes("taken to Damascus"))).toMatch(/^tests\/fixtures\/verify-draft\/palmyra-draft\.html:14:\d+: not found: /);
    expect(lines.find((l) => l.includes("putting at risk"))).toMatch(/: verbatim: /);
  });

  it("exits 0 when every quote is found verbatim, several source paths allowed", () => {
    const r = quotecheck(["verify", GOOD, "--against", "corpus", "tests/fixtures/check-clean"]);
    expect(r.stderr).toMatch(/2 quotes checked against 2 sources: 2 verbatim/);
    expect(r.code).toBe(0);
  });

  it("exits 2 when the draft or every source cannot be read, or the draft is missing", () => {
    const cases: [string[], RegExp][] = [
      [["verify", "tests/fixtures/verify-draft/no-such-draft.md", "--against", "corpus"], /no-such-draft\.md/],
      [["verify", DRAFT, "--against", "tests/fixtures/no-such-source"], /none of the sources could be read/],
      // The draft as its own only source is left out: the sources were read, and held nothing else.
      [["verify", DRAFT, "--against", DRAFT], /the sources \(tests\/fixtures\/verify-draft\/palmyra-draft\.md\) hold no file but the draft itself; name the sources/],
      [["verify", "--against", "corpus"], /verify needs a DRAFT/],
    ];
    for (const [args, msg] of cases) {
      const r = quotecheck(args);
      expect(r.stderr, args.join(" ")).toMatch(msg);
      expect(r.code, args.join(" ")).toBe(2);
    }
  });

  it("exits 2 after its verdicts when a source named on the command line cannot be read (the check is incomplete)", () => {
    // Every quote found verbatim in the sources that could be read: 0 without the missing one.
    const r = quotecheck(["verify", GOOD, "--against", "corpus", "tests/fixtures/no-such-source.txt"]);
    expect(r.stderr).toMatch(/no-such-source\.txt: no such file or directory/);
    expect(r.stderr).toMatch(/2 quotes checked against 1 source: 2 verbatim/);
    expect(r.code).toBe(2);
  });

  it("refuses standard input as both the draft and a source (it is read once), exit 2; takes it as the draft alone", () => {
    const draft = readFileSync(GOOD, "utf8");
    const both = quotecheck(["verify", "-", "--against", "corpus", "-"], { input: draft });
    expect(both.stderr).toMatch(/standard input \(-\) is the DRAFT, so it cannot be a source too/);
    expect(both.stderr).not.toMatch(/empty file/);
    expect(both.code).toBe(2);
    const alone = quotecheck(["verify", "-", "--against", "corpus", "tests/fixtures/check-clean"], { input: draft });
    expect(alone.stderr).toMatch(/2 quotes checked against 2 sources: 2 verbatim/);
    expect(alone.code).toBe(0);
  });

  it("refuses a folder as the draft (its files would vouch for themselves), exit 2", () => {
    const r = quotecheck(["verify", "tests/fixtures/verify-draft", "--against", "corpus"]);
    expect(r.stderr).toMatch(/the DRAFT must be one file, and tests\/fixtures\/verify-draft is a folder/);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(2);
  });

  it("leaves the draft out of the sources when it lies in a source folder, so it cannot vouch for itself", () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-verify-"));
    try {
      copyFileSync(join(ROOT, "corpus/midden-oosten-2015-05-22-isis-captures-palmyra.txt"), join(dir, "palmyra.txt"));
      copyFileSync(join(ROOT, DRAFT), join(dir, "draft.md"));
      const r = quotecheck(["verify", "draft.md", "--against", "."], { cwd: dir });
      expect(r.stderr).toMatch(/draft\.md: .*the draft being verified/);
      expect(r.stderr).toMatch(/5 quotes checked against 1 source: 2 verbatim, 1 changed, 1 other speaker, 0 partial, 1 not found/);
      expect(r.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
