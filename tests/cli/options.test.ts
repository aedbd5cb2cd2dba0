import { describe, expect, it } from "vitest";
import { loaderOptions, maxBytes, parse } from "../../src/cli/options.js";

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

  // Under one byte every input would be skipped as over the limit.
  it.each(["0", "0.5", "0k", "0.0001k"])("refuses %j, a limit under one byte", (flag) => {
    expect(() => maxBytes(flag)).toThrow(/--max-bytes must be 1 byte or more/);
  });
  it.each([["1", 1], ["0.001k", 1]])("takes %j, one byte", (flag, bytes) => expect(maxBytes(flag)).toBe(bytes));
});

describe("parse: an empty string is no path and no flag value", () => {
  const options = { ...loaderOptions, output: { type: "string", short: "o" }, rule: { type: "string", multiple: true } } as const;
  const refused: readonly [string, readonly string[], RegExp][] = [
    ["an empty path", ["a.txt", ""], /a path is an empty string/],
    ["-o with an empty value", ["a.txt", "-o", ""], /^-o \(--output\) needs a value \(got an empty string\)$/],
    ["--output= empty", ["--output=", "a.txt"], /-o \(--output\) needs a value/],
    ["an empty value among repeated flags", ["--rule", "no-speaker=off", "--rule", ""], /^--rule needs a value/],
    ["--jobs with an empty value", ["--jobs", ""], /^-j \(--jobs\) needs a value/],
  ];
  for (const [label, args, words] of refused) it(`refuses ${label}`, () => expect(() => parse(args, options)).toThrow(words));

  const taken: readonly [string, readonly string[]][] = [
    ["paths and standard input", ["a.txt", "-", "folder/"]],
    ["-o - (standard output)", ["a.txt", "-o", "-"]],
    ["a value that is a space", ["a.txt", "-o", " "]],
    ["no arguments", []],
  ];
  for (const [label, args] of taken) it(`takes ${label}`, () => expect(() => parse(args, options)).not.toThrow());
});
