import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { labelled } from "../../src/tui/detail-lines.js";
import { cellWidth } from "../../src/tui/text.js";
import { report } from "./fixture.js";
import { KEY, mount } from "./render.js";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

const text = (lines: ReturnType<typeof labelled>) => lines.map((l) => l.map((s) => s.text).join(""));

describe("labelled detail lines", () => {
  it.each([
    // label, goes on a line of its own
    ["told", false],
    ["published by", false],
    ["contradiction", false],
    ["misattribution", true],
    ["change over time", true],
    ["disputed by reporter", true],
  ])("%s on its own line: %s", (label, own) => {
    const lines = text(labelled(label, "The Daily Beast reports as false the claims of state media", 60));
    for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(60);
    if (own) {
      expect(lines[0]).toBe(label);
      expect(lines[1]).toMatch(/^ {14}The Daily Beast/);
    } else expect(lines[0]).toMatch(new RegExp(`^${label} +The Daily Beast`));
  });
});

describe("Detail of a quote in a disputed finding", () => {
  it("sets the long finding label apart from its explanation, which is not cut", async () => {
    const h = await mount(report);
    const f = await h.press("3", "j", KEY.enter);
    expect(f).toMatch(/\[Detail\]/);
    expect(f).toMatch(/^disputed by reporter$/m);
    expect(f).toMatch(/^ {14}A resident says nobody knocked/m);
    expect(f).not.toMatch(/disputed by reporterA/);
  });
});
