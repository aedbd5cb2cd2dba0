import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KEY_TABLE, keysBrief } from "../../src/tui/key-table.js";
import { helpLines } from "../../src/tui/help-lines.js";
import { keyAction, type KeyContext, type KeyInfo } from "../../src/tui/keys.js";
import type { State } from "../../src/tui/state.js";
import { tuiCommand } from "../../src/cli/commands/tui.js";
import { keyContext } from "./key-context.js";

const ctx = (state: Partial<State>): KeyContext => keyContext(state, { toFinding: { type: "view", view: "conflicts" } });

/** Where the UI answers keys: each view's list, Detail from Quotes and from Conflicts. */
const PLACES: readonly Partial<State>[] = [
  { view: "quotes" },
  { view: "speakers" },
  { view: "conflicts" },
  { view: "sources" },
  { view: "quotes", detail: { quoteId: "q2", top: 0 } },
  { view: "conflicts", detail: { quoteId: "q2", top: 0 } },
];

/** Ink's special keys, as the table names them. */
const SPECIAL: readonly [string, KeyInfo][] = [
  ["Tab", { tab: true }],
  ["Shift-Tab", { tab: true, shift: true }],
  ["Esc", { escape: true }],
  ["Enter", { return: true }],
  ["Backspace", { backspace: true }],
  ["↑", { upArrow: true }],
  ["↓", { downArrow: true }],
  ["←", { leftArrow: true }],
  ["→", { rightArrow: true }],
  ["PgUp", { pageUp: true }],
  ["PgDn", { pageDown: true }],
  ["Home", { home: true }],
  ["End", { end: true }],
];

/** The keys the handler answers somewhere, by the name the table gives them. */
function answered(): Set<string> {
  const keys = new Set<string>();
  const presses: [string, string, KeyInfo][] = [...SPECIAL.map(([name, key]): [string, string, KeyInfo] => [name, "", key])];
  for (let c = 0x20; c < 0x7f; c++) presses.push([c === 0x20 ? "Space" : String.fromCharCode(c), String.fromCharCode(c), {}]);
  presses.push(["Ctrl-B", "b", { ctrl: true }], ["Ctrl-F", "f", { ctrl: true }]);
  for (const [name, input, key] of presses) if (PLACES.some((p) => keyAction(input, key, ctx(p)) !== null)) keys.add(name);
  return keys;
}

const tokens = new Set(KEY_TABLE.flatMap((r) => r.tokens));

describe("one table of keys for the help screen, --help and the README", () => {
  it("lists every key the UI answers", () => {
    const missing = [...answered()].filter((k) => !tokens.has(k));
    expect(missing).toEqual([]);
  });

  // must-not: a key listed that no place answers
  it("lists no key the UI does not answer", () => {
    const got = answered();
    expect([...tokens].filter((t) => !got.has(t))).toEqual([]);
  });

  // The bug: the help screen listed every key but the one that opens it.
  it("gives ? on the help screen", () => {
    expect(helpLines(120).map((l) => l.text)).toContain("  ?                     this help (↑ ↓ PgUp PgDn scroll it; any other key closes it)");
  });

  it("says each row's brief in `quotecheck tui --help`, ? among them", () => {
    const notes = (tuiCommand.notes ?? "").replace(/\s+/g, " ");
    for (const r of KEY_TABLE) expect(notes).toContain(r.brief);
    expect(notes).toContain("? every key");
    expect(keysBrief().startsWith("keys: Tab or 1-4")).toBe(true);
  });

  it("names every key in the README's row for the UI", () => {
    const row = readFileSync(new URL("../../README.md", import.meta.url), "utf8")
      .split("\n")
      .find((l) => l.startsWith("| `quotecheck [paths]` (`quotecheck tui`)"))!;
    const named = (t: string) => row.includes(`\`${t}\``) || (/^[1-4]$/.test(t) && row.includes("`1`-`4`"));
    expect([...tokens].filter((t) => !named(t))).toEqual([]);
  });
});
