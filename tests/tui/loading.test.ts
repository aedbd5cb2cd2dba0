import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { createElement } from "react";
import { stripVTControlCharacters } from "node:util";
import { Root } from "../../src/tui/Root.js";
import { report } from "./fixture.js";
import { frameWhen, sleep } from "./render.js";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

const props = { color: false, started: Date.now(), formats: [], writeReport: async () => "", size: { columns: 80, rows: 24 } };

describe("loading", () => {
  it("shows progress while the corpus loads, then the UI", async () => {
    const r = render(createElement(Root, { ...props, report: null, progress: { done: 3, total: 12, phase: "reading the inputs" } }));
    let f = await frameWhen(r, (x) => x.includes("reading the inputs"));
    expect(f).toContain("reading the inputs");
    expect(f).toMatch(/█+░+ 3\/12 files/);
    r.rerender(createElement(Root, { ...props, report: null, progress: { done: 12, total: 12, phase: "lining up speakers and finding conflicts" } }));
    f = await frameWhen(r, (x) => x.includes("lining up speakers"));
    expect(f).toMatch(/lining up speakers and finding conflicts/);
    expect(f).toMatch(/12\/12 files/);
    r.rerender(createElement(Root, { ...props, report, progress: { done: 12, total: 12, phase: "" } }));
    expect(await frameWhen(r, (x) => x.includes("[1 Quotes"))).toContain("[1 Quotes 9]");
  });

  it("shows an error instead of the UI when loading failed", async () => {
    const r = render(createElement(Root, { ...props, report: null, error: "nothing could be read", progress: { done: 0, total: 0, phase: "" } }));
    expect(await frameWhen(r, (x) => x.includes("nothing could be read"))).toContain("quotecheck: nothing could be read");
  });
});

describe("typing ahead while loading", () => {
  it("keeps the keys typed on the loading screen and acts on them when the UI appears", async () => {
    const loading = { ...props, report: null, progress: { done: 1, total: 2, phase: "reading the inputs" } };
    const r = render(createElement(Root, loading));
    await frameWhen(r, (x) => x.includes("reading the inputs"));
    // (useInput subscribes in an effect after the first commit: a key typed before is lost.)
    await sleep(60);
    r.stdin.write("2"); // the Speakers tab
    await sleep(30);
    expect(stripVTControlCharacters(r.lastFrame() ?? "")).toContain("reading the inputs");
    r.rerender(createElement(Root, { ...loading, report }));
    // (The UI draws its first tab, then acts on the key typed ahead: wait for the tab it asked for.)
    const f = await frameWhen(r, (x) => /\[2 Speakers \d+\]/.test(x));
    expect(f).not.toContain("reading the inputs");
    expect(f).toMatch(/\[2 Speakers \d+\]/);
    expect(f).not.toMatch(/\[1 Quotes 9\]/);
  });

  it("opens on the first tab when nothing was typed", async () => {
    const r = render(createElement(Root, { ...props, report: null, progress: { done: 0, total: 1, phase: "reading the inputs" } }));
    await frameWhen(r, (x) => x.includes("reading the inputs"));
    r.rerender(createElement(Root, { ...props, report, progress: { done: 1, total: 1, phase: "" } }));
    expect(await frameWhen(r, (x) => x.includes("[1 Quotes"))).toContain("[1 Quotes 9]");
  });
});
