import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../src/model/index.js";

describe("escapeRegExp: a string stands as itself inside a pattern", () => {
  // [literal, a string the literal would match if its syntax characters were read as syntax]
  const cases: [string, string][] = [
    ["U.S. News", "UXSX News"],
    ["(AP)", "AP"],
    ["a+b*c?", "aabc"],
    ["$5 [sic]", "$5 s"],
    ["x{2}", "xx"],
    ["Yahoo|AOL", "AOL"],
    ["back\\slash", "back slash"],
    ["^start", "start"],
  ];
  it.each(cases)("%s matches itself and not %s", (literal, asSyntax) => {
    const re = new RegExp(`^${escapeRegExp(literal)}$`, "u");
    expect(re.test(literal)).toBe(true);
    expect(re.test(asSyntax)).toBe(false);
  });
  it("leaves a string with no syntax characters as it is", () => {
    expect(escapeRegExp("The Associated Press")).toBe("The Associated Press");
  });
});
