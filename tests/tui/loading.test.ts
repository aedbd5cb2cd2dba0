import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { createElement } from "react";
import { stripVTControlCharacters } from "node:util";
import { Root } from "../../src/tui/Root.js";
import { report } from "./fixture.js";
import { sleep } from "./render.js";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

const props = { color: false, started: Date.now(), formats: [], writeReport: async () => "", size: { columns: 80, rows: 24 } };

describe("loading", () => {
  it("shows progress while the corpus loads, then the UI", async () => {
    const r = render(createElement(Root, { ...props, report: null, progress: { done: 3, total: 12, phase: "reading the inputs" } }));
    await sleep(30);
    let f = stripVTControlCharacters(r.lastFrame() ?? "");
    expect(f).toContain("reading the inputs");
    expect(f).toMatch(/█+░+ 3\/12 files/);
    r.rerender(createElement(Root, { ...props, report: null, progress: { done: 12, total: 12, phase: "lining up speakers and finding conflicts" } }));
    await sleep(30);
    f = stripVTControlCharacters(r.lastFrame() ?? "");
    expect(f).toMatch(/lining up speakers and finding conflicts/);
    expect(f).toMatch(/12\/12 files/);
    r.rerender(createElement(Root, { ...props, report, progress: { done: 12, total: 12, phase: "" } }));
    await sleep(30);
    expect(stripVTControlCharacters(r.lastFrame() ?? "")).toContain("[1 Quotes 9]");
  });

  it("shows an error instead of the UI when loading failed", async () => {
    const r = render(createElement(Root, { ...props, report: null, error: "nothing could be read", progress: { done: 0, total: 0, phase: "" } }));
    await sleep(30);
    expect(stripVTControlCharacters(r.lastFrame() ?? "")).toContain("quotecheck: nothing could be read");
  });
});
