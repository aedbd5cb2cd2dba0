import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalOutlet, outletByDomain, outletByName } from "../../src/model/known-outlets.js";

const SRC = join(import.meta.dirname, "../../src");

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

describe("known outlets (model data)", () => {
  it.each([
    ["The New York Times", "The New York Times"],
    ["New York Times", "The New York Times"],
    ["AP", "Associated Press"],
    ["The Hill", "The Hill"],
    // A plain word is an outlet only with its "The": the surname Hill is no outlet.
    ["Hill", null],
    ["Vicente Fox", null],
  ])("outletByName(%j) is %j", (name, expected) => {
    expect(outletByName(name)?.name ?? null).toBe(expected);
  });

  it.each([
    ["www.nytimes.com", "The New York Times"],
    ["edition.cnn.com", "CNN"],
    ["example.com", null],
  ])("outletByDomain(%j) is %j", (host, expected) => {
    expect(outletByDomain(host)?.name ?? null).toBe(expected);
  });

  it.each([
    ["nytimes.com", "The New York Times"],
    ["NYTimes", "The New York Times"],
    ["Valley Courier", "Valley Courier"],
  ])("canonicalOutlet(%j) is %j", (name, expected) => {
    expect(canonicalOutlet(name)).toBe(expected);
  });

  // Dependencies point cli -> pipeline -> stages -> model: the stages that line sources up read the
  // outlet table from the model, never from ingest, and the model reads nothing above it.
  it.each([
    ["align", /from "\.\.\/ingest\//],
    ["conflicts", /from "(?:\.\.\/)+ingest\//],
    ["check/rules", /from "(?:\.\.\/)+ingest\//],
    ["model", /from "\.\.\/(?!model\/)[a-z-]+\//],
  ])("src/%s imports nothing it should not", (dir, forbidden) => {
    const offenders = tsFiles(join(SRC, dir)).filter((f) => forbidden.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
