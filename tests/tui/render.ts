import { render } from "ink-testing-library";
import { createElement } from "react";
import { stripVTControlCharacters } from "node:util";
import type { Report } from "../../src/model/index.js";
import { Root } from "../../src/tui/Root.js";
import type { FormatChoice } from "../../src/tui/ExportPrompt.js";

export const KEY = {
  up: "\u001B[A",
  down: "\u001B[B",
  right: "\u001B[C",
  left: "\u001B[D",
  pageUp: "\u001B[5~",
  pageDown: "\u001B[6~",
  home: "\u001B[H",
  end: "\u001B[F",
  enter: "\r",
  escape: "\u001B",
  tab: "\t",
  shiftTab: "\u001B[Z",
  backspace: "\u007F",
} as const;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The frame once `test` holds, polled (a busy machine may take a while to draw it); else, after some
 * thousands of tries, the last frame, for the test's expect to show. Tries, not a wall-clock limit:
 * a loaded machine slows the drawing and the polling alike.
 */
export async function frameWhen(instance: { lastFrame: () => string | undefined }, test: (frame: string) => boolean, tries = 2000): Promise<string> {
  for (let i = 0; ; i++) {
    const f = stripVTControlCharacters(instance.lastFrame() ?? "");
    if (test(f) || i >= tries) return f;
    await sleep(5);
  }
}

export type Harness = {
  frame: () => string;
  press: (...keys: string[]) => Promise<string>;
  written: FormatChoice[];
  instance: ReturnType<typeof render>;
};

/** Mount the UI on a report at a fixed size (80x24 unless told); `press` types keys one by one and returns the frame. */
export async function mount(report: Report, opts: { columns?: number; rows?: number; color?: boolean; formats?: FormatChoice[]; fixedSize?: boolean } = {}): Promise<Harness> {
  const written: FormatChoice[] = [];
  const size = opts.fixedSize === false ? undefined : { columns: opts.columns ?? 80, rows: opts.rows ?? 24 };
  const instance = render(
    createElement(Root, {
      report,
      progress: { done: 0, total: 0, phase: "" },
      color: opts.color ?? false,
      started: Date.now(),
      formats: opts.formats ?? [
        { name: "json", extension: "json", description: "the whole analysis as JSON" },
        { name: "md", extension: "md", description: "Markdown" },
      ],
      writeReport: async (f) => {
        written.push(f);
        return `wrote quotecheck-report.${f.extension} (1.0 KB)`;
      },
      size,
    }),
  );
  const frame = () => stripVTControlCharacters(instance.lastFrame() ?? "");
  // useInput subscribes in an effect after the first commit; keys typed before that are lost
  await frameWhen(instance, (f) => f !== "");
  await sleep(60);
  return {
    frame,
    written,
    instance,
    press: async (...keys: string[]) => {
      for (const k of keys) {
        // wait for the frame this key causes (a busy machine can take a while), or give up after
        // a moment for keys that change nothing on screen
        const before = instance.frames.length;
        instance.stdin.write(k);
        for (let waited = 0; waited < 600 && instance.frames.length === before; waited += 5) await sleep(5);
        await sleep(10);
      }
      return frame();
    },
  };
}
