import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { buildQuoteItems, flagLetters } from "../../src/tui/quote-items.js";
import { buildSpeakerItems } from "../../src/tui/speaker-items.js";
import { selectQuotes } from "../../src/tui/selection.js";
import { helpLines } from "../../src/tui/help-lines.js";
import { report } from "./fixture.js";
import { mount } from "./render.js";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

/**
 * "Flagged" (the f filter, a speaker's "N flagged") means a flag that asks for a check, as `check`
 * would raise one: truncated, anonymous, secondhand, in a conflict. R says the quote's kind
 * (reported speech), which d picks; alone it is no reason to look twice, and with it on, f kept
 * every reported statement of a story.
 */
// q2 (Keller told Radio Nord that …) with nothing but its kind: reported speech told no outlet.
const plain = { ...report, quotes: report.quotes.map((q) => (q.id === "q2" ? { ...q, toOutlet: null, medium: null, cue: "said" } : q)) };
const items = buildQuoteItems(plain);
const byId = new Map(items.map((i) => [i.quote.id, i]));

describe("flagged: a flag that asks for a check, not reported speech alone", () => {
  it.each([
    ["q2: reported speech alone (must-not)", "q2", "·R···", false],
    ["q5: reported and truncated (must)", "q5", "TR···", true],
    ["q8: reported, in a conflict (must)", "q8", "·R··C", true],
    ["q7: secondhand (must)", "q7", "···2·", true],
    ["q3: no flag (must-not)", "q3", "·····", false],
  ])("%s", (_, id, letters, flagged) => {
    const item = byId.get(id)!;
    expect(flagLetters(item.flags)).toBe(letters);
    expect(item.flagged).toBe(flagged);
  });
  it("f's list leaves reported speech alone out, keeps the others", () => {
    const ids = selectQuotes(items, { filter: "", flaggedOnly: true, sort: "document order", scope: null }).map((i) => i.quote.id);
    expect(ids).not.toContain("q2");
    expect(ids).toEqual(expect.arrayContaining(["q1", "q4", "q5", "q6", "q7", "q8"]));
  });
  it("a speaker's flagged count agrees with f", () => {
    const keller = buildSpeakerItems(plain, items).find((s) => s.name === "Anna Keller")!;
    expect(keller.flagged).toBe(0);
  });
  it("the help says which flags f keeps", () => {
    const f = helpLines(200).find((l) => l.text.startsWith("  f "))!.text;
    expect(f).toMatch(/T, A, 2 or C/);
    expect(f).toMatch(/R .*(not|no)/);
  });
  it("the UI: f leaves the reported-only quote out and counts the rest", async () => {
    const h = await mount(plain, { columns: 120, rows: 30 });
    const f = await h.press("f");
    expect(f).toMatch(/flagged only · sort: document order · 6 of 9/);
  });
});

/**
 * On Conflicts, f hides the corroborations: the count line said "2 disagreements, 0 corroborations",
 * as if the sources supported each other nowhere. It says they are hidden instead.
 */
describe("the Conflicts count line under f", () => {
  it("must: corroborations said hidden by f; must-not: '0 corroborations'", async () => {
    const h = await mount(report, { columns: 120, rows: 30 });
    let f = await h.press("3");
    expect(f).toContain("2 disagreements, 1 corroboration");
    f = await h.press("f");
    expect(f).toContain("2 disagreements; corroborations hidden (f shows them)");
    expect(f).not.toContain("0 corroborations");
    f = await h.press("f");
    expect(f).toContain("2 disagreements, 1 corroboration");
  });
});
