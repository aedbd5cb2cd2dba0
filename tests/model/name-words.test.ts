import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUP_PLURALS, KINSHIP_NOUNS, NAME_PARTICLES, NOT_NAMES, PERSON_NOUNS, SURNAME_PARTICLES } from "../../src/model/name-words.js";
import { isPlaceName, isState } from "../../src/model/place-names.js";

describe("model/name-words: the lists attribution and the cross-source stages share", () => {
  it.each([
    ["must: a person noun's plural is a group", GROUP_PLURALS, "voters", true],
    ["must: a party's plural is a group", GROUP_PLURALS, "democrats", true],
    ["must-not: a person noun's singular is no group", GROUP_PLURALS, "voter", false],
    ["must-not: a surname ending in s is no group", GROUP_PLURALS, "sanders", false],
    ["must: a role noun is a person noun", PERSON_NOUNS, "spokesman", true],
    ["must: a relative is a kinship noun", KINSHIP_NOUNS, "daughter", true],
    ["must: a weekday is no name", NOT_NAMES, "tuesday", true],
    ["must-not: a given name is a name", NOT_NAMES, "ann", false],
    ["must: 'al' is kept inside a name", NAME_PARTICLES, "al", true],
    ["must: 'ash' is left out of a surname's key", SURNAME_PARTICLES, "ash", true],
    ["must-not: 'ash' is not kept inside a name as written", NAME_PARTICLES, "ash", false],
  ])("%s", (_n, list, word, has) => {
    expect(list.has(word)).toBe(has);
  });
  it.each([
    ["must: a state", "Ohio", true],
    ["must: a state's news abbreviation", "Calif.", true],
    ["must: a place of two words", "Capitol Hill", true],
    ["must-not: a one-word city (not a state)", "Boston", false],
    ["must-not: a person's name", "Anita Hill", false],
  ])("isPlaceName %s", (_n, name, is) => {
    expect(isPlaceName(name)).toBe(is);
  });
  it("isState reads the states and their abbreviations only", () => {
    expect([isState("N.Y."), isState("New York"), isState("Los Angeles")]).toEqual([true, true, false]);
  });
});

/** The import lines of every .ts file under a folder of src. */
function imports(dir: string): { file: string; from: string }[] {
  const root = join(import.meta.dirname, "../../src", dir);
  const out: { file: string; from: string }[] = [];
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.tsx?$/.test(e.name)) continue;
    const file = join(e.parentPath, e.name);
    for (const m of readFileSync(file, "utf8").matchAll(/^import[^;]*?from\s+"([^"]+)"/gm)) out.push({ file, from: m[1] });
  }
  return out;
}

describe("dependencies point one way: the cross-source stages read shared words from the model", () => {
  it.each(["align", "check", "conflicts"])("src/%s imports nothing from attribution", (dir) => {
    expect(imports(dir).filter((i) => i.from.includes("/attribute/"))).toEqual([]);
  });
});

describe("the reports and the UI read the model, not a stage", () => {
  // report/ and tui/ show what the pipeline made: a helper they need (the sentence splitter, an
  // abbreviation list) lives in the model, so a stage's rules can change without them reading it.
  // The UI may read report/ (how an article is named, a claim's side label).
  const allowed: Record<string, readonly string[]> = { report: ["model"], tui: ["model", "report"] };
  const stageOf = (from: string) => /^\.\.\/([^/]+)\//.exec(from)?.[1] ?? null;
  it.each(["report", "tui"])("src/%s imports only the model (and the UI the reports)", (dir) => {
    const bad = imports(dir).filter((i) => {
      const stage = stageOf(i.from);
      return stage !== null && !allowed[dir]!.includes(stage);
    });
    expect(bad.map((i) => `${i.file.slice(i.file.indexOf("src/"))}: ${i.from}`)).toEqual([]);
  });
  it("reads an import of a stage as one (must), and the model's or its own folder's as none (must-not)", () => {
    expect(["../extract/reported-text.js", "../conflicts/context.js", "../model/sentences.js", "./quote-context.js", "ink"].map(stageOf)).toEqual(["extract", "conflicts", "model", null, null]);
  });
});
