import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BIN, ROOT, quotecheck, requireBuild } from "./run-bin.js";

// The built binary in a real pseudo-terminal: tmux gives it a terminal of a fixed size, takes keys
// and shows what is on the screen. CI installs tmux (.ci/run); without it these tests are skipped.
const hasTmux = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;
if (!hasTmux) console.warn("tui-pty: tmux is not installed (Debian: apt-get install tmux); skipping the pseudo-terminal tests");

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

const SOCKET = `qc-e2e-${process.pid}`;
const tmux = (...args: string[]) => spawnSync("tmux", ["-L", SOCKET, "-f", "/dev/null", ...args], { encoding: "utf8" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Start the binary in a new tmux session; when it exits the pane prints its exit code and stays. */
function start(session: string, opts: { cwd?: string; env?: string; args?: string[]; columns?: number; rows?: number } = {}) {
  // CI=true makes Ink draw nothing until exit, so the test sets it false like a user's terminal has it
  const cmd = `cd ${q(opts.cwd ?? ROOT)} && env -u NO_COLOR -u FORCE_COLOR CI=false ${opts.env ?? ""} ${q(process.execPath)} ${q(BIN)} ${(opts.args ?? []).map(q).join(" ")}; echo "QC-EXIT=$?"; sleep 600`;
  const r = tmux("new-session", "-d", "-s", session, "-x", String(opts.columns ?? 100), "-y", String(opts.rows ?? 30), cmd);
  expect(r.status, r.stderr).toBe(0);
}

const screen = (session: string, escapes = false) => tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", session).stdout;

async function waitFor(session: string, test: (s: string) => boolean, what: string, ms = 90_000): Promise<string> {
  const until = Date.now() + ms;
  let s = "";
  while (Date.now() < until) {
    s = screen(session);
    if (test(s)) return s;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${s}`);
}

async function keys(session: string, ...ks: string[]) {
  for (const k of ks) {
    tmux("send-keys", "-t", session, k);
    await sleep(150);
  }
}

const lineWith = (s: string, re: RegExp) => s.split("\n").find((l) => re.test(l)) ?? "";

describe.skipIf(!hasTmux)("quotecheck in a terminal (built binary, tmux)", () => {
  let tmp: string;
  beforeAll(() => {
    requireBuild();
    tmp = mkdtempSync(join(tmpdir(), "qc-tui-"));
  });
  afterAll(() => {
    tmux("kill-server");
    rmSync(tmp, { recursive: true, force: true });
  });

  it("opens on the corpus with no arguments; Tab, j, Enter, 3 and q work; exit code 0", async () => {
    start("main");
    let s = await waitFor("main", (x) => x.includes("[1 Quotes"), "the Quotes view");
    // the tab bar is still on the top line: the UI fits the terminal, nothing scrolled off
    expect(s.split("\n")[0]).toMatch(/^quotecheck \[1 Quotes \d+\]/);
    // at 100 columns the quote keeps 40% of the row; to whom and the dates are in the preview (a date
    // said on 5 of 59 rows would only cut the outlet, so it is left out of the table)
    expect(s).toMatch(/flags\s+speaker\s+outlet\s+quote/);
    expect(s).not.toMatch(/flags\s+speaker\s+outlet\s+said/);
    expect(lineWith(s, /Irina Bokova/)).toMatch(/Irina Bokova\s+The Daily Beast\s+The fighting is putting at risk one of the most…/);

    await keys("main", "Tab");
    s = await waitFor("main", (x) => x.includes("[2 Speakers"), "the Speakers view");
    for (const name of ["Bokova", "Abdulkarim", "Omran", "Homsi", "Ghanem"]) expect(lineWith(s, new RegExp(name)), name).toMatch(/The Daily Beast|The New York Times/);

    await keys("main", "j", "Enter");
    s = await waitFor("main", (x) => /quotes by .+ \(Esc goes back\)/.test(x), "a speaker's quotes");
    const who = /quotes by (.+?) \(Esc goes back\)/.exec(s)![1];
    await keys("main", "Enter");
    s = await waitFor("main", (x) => x.includes("[Detail]"), "the Detail view");
    expect(s).toMatch(new RegExp(`said by\\s+${who.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(s).toMatch(/published by\s+The (Daily Beast|New York Times), 2015-05-21/);
    expect(s).toMatch(/carried by\s+mailing-list post/);
    // Backspace as the terminal sends it (DEL): Detail to the speaker's quotes, then back to Speakers
    await keys("main", "BSpace");
    s = await waitFor("main", (x) => /quotes by .+ \(Esc goes back\)/.test(x) && !x.includes("[Detail]"), "the speaker's quotes again");
    await keys("main", "BSpace");
    s = await waitFor("main", (x) => x.includes("[2 Speakers") && !x.includes("quotes by"), "Speakers again");

    await keys("main", "3");
    s = await waitFor("main", (x) => x.includes("[3 Conflicts"), "the Conflicts view");
    await keys("main", "/", ..."civilians", "Enter");
    // one row of claim cards: state media's, then (after any others on the same side as him) Khalil al-Hariri's
    s = await waitFor("main", (x) => /[║│] (Syrian )?[Ss]tate [^║│]*[║│].*[│║] Khalil al-Hariri/.test(x), "state media and Khalil al-Hariri side by side");

    await keys("main", "q");
    s = await waitFor("main", (x) => x.includes("QC-EXIT="), "the program to exit");
    expect(s).toContain("QC-EXIT=0");
  });

  it("fits 80x24, writes a report with e (atomically, in the current directory)", async () => {
    start("small", { cwd: tmp, args: [join(ROOT, "corpus")], columns: 80, rows: 24 });
    let s = await waitFor("small", (x) => x.includes("[1 Quotes"), "the Quotes view");
    expect(s.split("\n")[0]).toMatch(/^quotecheck \[1 Quotes \d+\]/);
    for (const l of s.split("\n")) expect(l.length).toBeLessThanOrEqual(80);
    await keys("small", "e");
    s = await waitFor("small", (x) => x.includes("Write a report"), "the format prompt");
    expect(s).toMatch(/1\. json\s+quotecheck-report\.json/);
    await keys("small", "1");
    s = await waitFor("small", (x) => /wrote quotecheck-report\.json \(\d/.test(x), "the report to be written");
    expect(JSON.parse(readFileSync(join(tmp, "quotecheck-report.json"), "utf8")).articles.length).toBe(2);
    expect(readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    await keys("small", "q");
    await waitFor("small", (x) => x.includes("QC-EXIT=0"), "the program to exit");
  });

  it("e never writes over a source: a file of the inputs with the report's name is left as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-tui-src-"));
    const source = "# Pier vote\n\n“We will rebuild the pier,” the mayor said on Monday.\n";
    writeFileSync(join(dir, "quotecheck-report.md"), source);
    try {
      start("source", { cwd: dir, args: ["."] });
      let s = await waitFor("source", (x) => x.includes("[1 Quotes"), "the Quotes view");
      await keys("source", "e");
      s = await waitFor("source", (x) => x.includes("Write a report"), "the format prompt");
      const n = /(\d)\. md\s+quotecheck-report\.md/.exec(s)?.[1];
      expect(n).toBeDefined();
      await keys("source", n!);
      s = await waitFor("source", (x) => x.includes("could not write the report"), "the refusal");
      expect(s).toMatch(/one of the inputs/);
      expect(readFileSync(join(dir, "quotecheck-report.md"), "utf8")).toBe(source);
      await keys("source", "q");
      await waitFor("source", (x) => x.includes("QC-EXIT=0"), "the program to exit");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("opens on what could be read when a named path is missing, tells it after q and exits 2", async () => {
    start("missing", { cwd: tmp, args: [join(tmp, "no-such-file.txt"), join(ROOT, "corpus")] });
    await waitFor("missing", (x) => x.includes("[1 Quotes"), "the Quotes view");
    await keys("missing", "q");
    const s = await waitFor("missing", (x) => x.includes("QC-EXIT="), "the program to exit");
    expect(s).toMatch(/no-such-file\.txt: no such file or directory \(ingest\/missing\)/);
    expect(s).toContain("QC-EXIT=2");
  });

  it("names each quote's article in the outlet column when the files name no outlet", async () => {
    const dir = mkdtempSync(join(tmp, "bare-"));
    writeFileSync(join(dir, "harbor-flood.txt"), "The river rose overnight.\n\n“We lost the bakery,” said Ann Lee, a baker.\n");
    writeFileSync(join(dir, "valley-storm.txt"), "Wind tore roofs off.\n\n“The school is closed,” said Bo Diaz, a teacher.\n");
    start("bare", { cwd: dir, args: ["."] });
    const s = await waitFor("bare", (x) => x.includes("[1 Quotes"), "the Quotes view");
    expect(lineWith(s, /^\s+flags\s+speaker/)).toMatch(/\soutlet\s/);
    // By the words a reader finds the article by, not the id quotecheck made from the file's name.
    expect(lineWith(s, /Ann Lee\s/)).toContain("  “The river rose");
    expect(lineWith(s, /Bo Diaz\s/)).toContain("  “Wind tore roofs");
    expect(s).not.toContain("harbor-flood");
    expect(s.split("\n").slice(0, 4).join("\n")).not.toContain("outlet unknown");
    await keys("bare", "q");
  });

  it("shows a loading screen with progress first; q there quits", async () => {
    start("loading");
    const s = await waitFor("loading", (x) => x.includes("q quits") || x.includes("[1 Quotes"), "the loading screen", 60_000);
    await keys("loading", "q");
    if (s.includes("q quits")) expect(s).toMatch(/(reading the inputs|lining up speakers and finding conflicts) \(\d+\.\d s\)/);
    await waitFor("loading", (x) => x.includes("QC-EXIT=0"), "the program to exit");
  });

  it("draws no colour with NO_COLOR, and colour without it", async () => {
    // CI=false (needed above) also makes chalk think colour is unsupported; FORCE_COLOR stands in
    // for a colour terminal, so NO_COLOR is what has to turn colour off
    start("plain", { env: "NO_COLOR=1 FORCE_COLOR=1" });
    start("colour", { env: "FORCE_COLOR=1" });
    await waitFor("plain", (x) => x.includes("[1 Quotes"), "the plain UI");
    await waitFor("colour", (x) => x.includes("[1 Quotes"), "the coloured UI");
    // SGR colour parameters: 30-37, 90-97, 38;... (and backgrounds); bold and inverse are not colour
    const colour = /\u001B\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;|48;)[0-9;]*m/;
    expect(screen("plain", true)).not.toMatch(colour);
    expect(screen("colour", true)).toMatch(colour);
    await keys("plain", "q");
    await keys("colour", "q");
  });
});

describe("quotecheck when standard output is not a terminal (built binary)", () => {
  it("prints the quotes table and says how to get the UI", () => {
    requireBuild();
    const r = quotecheck([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^speaker\s+outlet\s+to whom\s/);
    expect(lineWith(r.stdout, /Irina Bokova/)).toMatch(/The Daily Beast/);
    expect(r.stderr).toMatch(/Run `quotecheck` in a terminal for the interactive view/);
  });
});
