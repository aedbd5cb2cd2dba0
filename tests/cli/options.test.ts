import { describe, expect, it } from "vitest";
import { maxBytes } from "../../src/cli/options.js";

describe("--max-bytes", () => {
  it.each([
    ["50MB", 50 * 1024 ** 2],
    ["1.5MB", Math.floor(1.5 * 1024 ** 2)],
    ["200k", 200 * 1024],
    ["1 GB", 1024 ** 3],
    ["4096", 4096],
    [".5m", 512 * 1024],
  ])("reads %s", (flag, bytes) => {
    expect(maxBytes(flag)).toBe(bytes);
  });

  it.each(["", "fifty", "5TB", "-1MB", "1.2.3MB"])("refuses %j with the expected form", (flag) => {
    expect(() => maxBytes(flag)).toThrow(/--max-bytes must be a size like 50MB or 1\.5MB/);
  });
});
