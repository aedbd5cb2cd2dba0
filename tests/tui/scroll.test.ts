import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { bigReport } from "./fixture.js";
import { KEY, mount } from "./render.js";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

const big = bigReport(1000);
/** Numbers of the quotes whose table rows are on screen. */
const rowsShown = (frame: string) =>
  frame
    .split("\n")
    .map((l) => /^[› ] [·TRA2C]{5} Speaker (\d+)\s/u.exec(l)?.[1])
    .filter(Boolean)
    .map(Number);

describe("1,000 quotes", () => {
  it("render only the rows that fit (14 at 80x24), and scroll by rows, pages and ends", async () => {
    const h = await mount(big);
    let f = h.frame();
    expect(f).toContain("[1 Quotes 1000]");
    expect(rowsShown(f)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    f = await h.press(KEY.end);
    expect(rowsShown(f)).toEqual(Array.from({ length: 14 }, (_, i) => 987 + i));
    expect(f).toMatch(/^› ·{5} Speaker 1000\s/m);
    f = await h.press(KEY.pageUp);
    expect(f).toMatch(/^› ·{5} Speaker 987\s/m);
    f = await h.press(KEY.home, KEY.pageDown, KEY.down);
    expect(f).toMatch(/^› ·{5} Speaker 15\s/m);
    expect(rowsShown(f)).toEqual(Array.from({ length: 14 }, (_, i) => i + 2));
    f = await h.press("k", "k");
    expect(f).toMatch(/^› ·{5} Speaker 13\s/m);
    expect(f.split("\n").length).toBeLessThanOrEqual(23);
  });

  it("filter down to a few rows and back", async () => {
    const h = await mount(big);
    const f = await h.press("/", "9", "9", "9", KEY.enter);
    expect(rowsShown(f)).toEqual([999]);
    expect(f).toMatch(/1 of 1000/);
  });

  it("follow a terminal resize: more rows on a taller terminal, narrower table on a narrower one", async () => {
    const h = await mount(big, { fixedSize: false });
    const out = h.instance.stdout as unknown as { columns: number; rows: number; emit: (e: string) => void };
    Object.defineProperty(out, "columns", { value: 80, configurable: true });
    Object.defineProperty(out, "rows", { value: 30, configurable: true });
    out.emit("resize");
    const f = await h.press("j");
    expect(rowsShown(f)).toHaveLength(20);
    expect(Math.max(...f.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
    Object.defineProperty(out, "rows", { value: 24, configurable: true });
    out.emit("resize");
    expect(rowsShown(await h.press("j"))).toHaveLength(14);
  });
});
