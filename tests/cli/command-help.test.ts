import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { recorder } from "./recorder.js";

/**
 * Each command's --help says what its output means and how it exits. Every command's help said
 * "exit codes: 0 clean, 1 findings at or above --fail-on", which only check takes (extract never
 * exits 1), and extract, articles, speakers, conflicts and the UI gave a usage line and nothing of
 * their formats, marks or keys.
 */
const help = async (...args: string[]) => {
  const io = recorder();
  expect(await run(args, io)).toBe(0);
  return io.stdout;
};

describe("a command's --help gives its own exit codes", () => {
  it.each(["extract", "articles", "speakers", "conflicts", "tui"])("must: %s never exits 1 and does not name --fail-on", async (name) => {
    const h = await help(name, "--help");
    const exits = h.split("\n").find((l) => l.startsWith("exit codes:"))!;
    expect(exits).toBe("exit codes: 0 done, 2 usage or input failure (nothing could be read, or a path named on the command line could not be)");
    expect(exits).not.toContain("--fail-on");
  });
  it("report: also when the report could not be written", async () => {
    const exits = (await help("report", "--help")).split("\n").find((l) => l.startsWith("exit codes:"))!;
    expect(exits).toBe("exit codes: 0 done, 2 usage or input failure (nothing could be read, a path named on the command line could not be, or the report could not be written)");
  });
  it("must-not: check keeps --fail-on's exit 1", async () => {
    expect(await help("check", "--help")).toContain("exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input failure");
  });
  it("must-not: verify's exit 1 is any quote not found verbatim with its speaker", async () => {
    const h = await help("verify", "--help");
    expect(h).toContain("exit codes: 0 every quote found verbatim with its speaker, 1 any other, 2 usage or input failure");
    expect(h).not.toContain("--fail-on,");
  });
  it("the whole --help says which command exits 1 when", async () => {
    expect(await help("--help")).toContain("exit codes: 0 clean, 1 check's findings at or above --fail-on or verify's problems, 2 usage or input failure");
  });
});

describe("a command's --help says what its output means", () => {
  it.each([
    ["extract", ["jsonl", "--include-scare", "quotation marks, reported speech without"]],
    ["articles", ["≤", "from the file name", '"?"']],
    ["conflicts", ["not-independent", "said", "pub."]],
    ["speakers", ["aliases", "roles per article"]],
    ["tui", ["Enter", "Detail", "/ filter", "e ", "q quit"]],
  ] as const)("%s", async (name, words) => {
    const h = await help(name, "--help");
    const own = h.slice(h.indexOf("usage:"), h.indexOf("With no paths"));
    for (const w of words) expect(own, w).toContain(w);
  });
  it("must-not: the notes stay out of the whole --help", async () => {
    const h = await help("--help");
    expect(h).not.toContain("≤");
    expect(h).not.toContain("not-independent");
  });
});

describe("the help says what 'flagged' and the date marks mean", () => {
  it("tui: f keeps quotes with T, A, 2 or C, not reported speech alone", async () => {
    const h = await help("tui", "--help");
    // The keys' line is wrapped to the terminal: read across its line breaks.
    expect(h.replace(/\s+/g, " ")).toMatch(/f flagged only \(T, A, 2 or C; not reported speech alone\)/);
  });
  it("conflicts: a claim's day published from a mail (≤) or the file name (*)", async () => {
    const h = await help("conflicts", "--help");
    expect(h).toContain("≤ the day the mail that carried an undated story was sent");
    expect(h).toContain("* a day from the file name");
  });
});

describe("check's one-line summary names every kind of problem its rules find", () => {
  it("must: misattributed, disputed and headline quotes too (they were left out)", async () => {
    const line = (await help("--help")).split("\n").find((l) => l.trimStart().startsWith("check "))!;
    for (const kind of ["no speaker", "cut", "anonymous", "secondhand", "altered", "misattributed", "conflicting", "disputed", "headline"]) expect(line).toContain(kind);
  });
});
