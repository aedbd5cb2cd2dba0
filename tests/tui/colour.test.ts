import { afterEach, describe, expect, it, vi } from "vitest";

// Ink's chalk picks its colour level when it loads; force one, as a real terminal would give.
vi.hoisted(() => {
  process.env.FORCE_COLOR = "1";
});

const { cleanup } = await import("ink-testing-library");
const { report } = await import("./fixture.js");
const { KEY, mount } = await import("./render.js");

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

// SGR colour parameters: 30-37, 90-97 (foreground), 40-47, 100-107 (background), 38;/48; (extended).
const COLOUR = /\u001B\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;|48;)[0-9;]*m/;

describe("colour", () => {
  it("is used when wanted", async () => {
    const h = await mount(report, { color: true });
    expect(h.instance.lastFrame()).toMatch(COLOUR);
  });

  it("is off with NO_COLOR (color: false), in every view, while highlights stay as bold, underline and inverse", async () => {
    const h = await mount(report, { color: false });
    const frames: string[] = [h.instance.lastFrame() ?? ""];
    for (const k of ["2", "3", "4", "?", "x", "1", KEY.enter]) {
      await h.press(k);
      frames.push(h.instance.lastFrame() ?? "");
    }
    for (const f of frames) expect(f).not.toMatch(COLOUR);
    const detail = frames[frames.length - 1];
    expect(detail).toMatch(/\u001B\[1m[^\u001B]*All residents of the lower town/);
    expect(detail).toMatch(/\u001B\[4m[^\u001B]*said in a statement/);
  });
});

describe("Detail highlighting", () => {
  it("marks the quote and the cue in the paragraph", async () => {
    const h = await mount(report, { color: true });
    await h.press("j", "j", KEY.enter);
    const raw = h.instance.lastFrame() ?? "";
    // bold on the quote and underline on the cue, whatever colour codes come between
    expect(raw).toMatch(/\u001B\[1m(?:\u001B\[[0-9;]*m)*We asked for money to repair it three/);
    expect(raw).toMatch(/\u001B\[4m(?:\u001B\[[0-9;]*m)*she(?:\u001B\[[0-9;]*m)* said/);
  });
});
