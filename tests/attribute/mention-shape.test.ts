import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { parseSubject, remadeMention, type Mention } from "../../src/attribute/mention.js";
import { possessorOfSpeechNoun } from "../../src/attribute/possessor-source.js";

const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const parsed = (text: string, words: string): Mention => parseSubject(text, at(text, words))!;

// Made-up words. A copy made with a field of its own keeps the rest as they were; null is a value.
describe("remadeMention: a mention with some fields replaced", () => {
  const text = "Sen. Ann Lee, the chair, said";
  const m = parsed(text, "Sen. Ann Lee, the chair,");
  it.each([
    ["must: a whole of its own, the role kept", { whole: { start: 0, end: 3 } }, { whole: { start: 0, end: 3 }, role: m.role }],
    ["must: a null role replaces the role", { role: null }, { role: null, whole: m.whole }],
    ["must: a null gender and title replace them", { gender: null, title: null, kind: "organisation" }, { gender: null, title: null, kind: "organisation", name: m.name }],
    ["must-not: an empty patch changes nothing", {}, { ...m }],
  ] as [string, Partial<Mention>, Partial<Mention>][])("%s", (_name, patch, want) => {
    expect(m.role).not.toBeNull();
    expect(m.title).not.toBeNull();
    const copy = remadeMention(m, patch);
    expect(copy).toMatchObject(want);
    expect(Object.keys(copy)).toEqual(Object.keys(m));
  });
});

// Why it exists (speed, not output): an object spread of a mention gives the copies of each site a
// hidden class of their own, and past four classes V8 reads every mention's fields the slow way.
describe("mentions share one hidden class", () => {
  setFlagsFromString("--allow-natives-syntax");
  const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;
  const text = "Tom Reyes spoke. The Lind campaign’s statement then declares";
  const campaign = parsed(text, "The Lind campaign’s statement");
  it("must: a copy with fields of its own has the class of a parsed mention", () => {
    expect(sameMap(remadeMention(campaign, { role: null, whole: { start: 0, end: 3 } }), campaign)).toBe(true);
  });
  it("must: the possessor of a speech noun has the class of a parsed mention", () => {
    const owner = possessorOfSpeechNoun(text, campaign)!;
    expect(text.slice(owner.whole.start, owner.whole.end)).toBe("The Lind campaign’s");
    expect(sameMap(owner, campaign)).toBe(true);
  });
});
