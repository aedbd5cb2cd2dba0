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

describe("parse: a one-value flag given twice with two values is a usage error naming both", () => {
  const options = { ...loaderOptions, output: { type: "string", short: "o" }, rule: { type: "string", multiple: true } } as const;
  const refused: readonly [string, readonly string[], RegExp][] = [
    ["two formats", ["a.txt", "--format", "html", "--format", "md"], /^--format html and --format md: --format takes one value/],
    ["a short and a long format", ["-f", "json", "a.txt", "--format=csv"], /^-f json and --format csv: --format takes one value/],
    ["two output files", ["-o", "a.md", "-o", "b.md"], /^-o a\.md and -o b\.md: --output takes one value/],
  ];
  for (const [label, args, words] of refused) it(`refuses ${label}`, () => expect(() => parse(args, options)).toThrow(words));

  const taken: readonly [string, readonly string[]][] = [
    ["one format", ["a.txt", "--format", "html"]],
    ["the same format twice (a script's default, then its own)", ["--format", "md", "a.txt", "-f", "md"]],
    ["a flag that takes several values", ["--rule", "no-speaker=off", "--rule", "conflict=info"]],
    ["a boolean given twice", ["--no-cache", "--no-cache"]],
  ];
  for (const [label, args] of taken) it(`takes ${label}`, () => expect(() => parse(args, options)).not.toThrow());
});
