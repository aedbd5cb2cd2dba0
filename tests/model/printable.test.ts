import { describe, expect, it } from "vitest";
import { printable } from "../../src/model/printable.js";

// Made-up file names: what a name holds that a terminal would act on, and what it may hold besides.
describe("printable", () => {
  it.each([
    ["must: a line feed", "bad\nname.txt", "bad\\nname.txt"],
    ["must: a carriage return and a tab", "a\rb\tc.txt", "a\\rb\\tc.txt"],
    ["must: a terminal escape", "\u001b[31mred.txt", "\\x1b[31mred.txt"],
    ["must: a NUL and DEL", "a\u0000b\u007f.txt", "a\\x00b\\x7f.txt"],
    ["must: a C1 control (the one-byte CSI)", "a\u009b2Jb.txt", "a\\x9b2Jb.txt"],
  ])("%s", (_name, input, want) => {
    expect(printable(input)).toBe(want);
  });

  it.each([
    ["must-not: a plain path", "stories/2015-05-21 palmyra.txt"],
    ["must-not: letters of other scripts, marks and an emoji", "Ségolène “Royal” — Пальмира 日本 🙂.txt"],
    ["must-not: a backslash", "C:\\news\\a.txt"],
    ["must-not: no-break and zero-width spaces (not controls)", "a\u00a0b\u200bc.txt"],
  ])("%s", (_name, input) => {
    expect(printable(input)).toBe(input);
  });
});
