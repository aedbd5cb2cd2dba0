import { describe, expect, it } from "vitest";
import { Registry } from "../../src/attribute/entities.js";

// Made-up sentences: a number that opens a sentence counts what the name after it owns or leads
// ("Six Harbor newspapers said …"): no person "Six Harbor".
describe("numbers before a name at a sentence's start", () => {
  it("the registry keeps no person named by a number", () => {
    const names = Registry.fromText("Six Harbor newspapers said the mayor should resign. Dozens Easton residents marched. Ten Lind supporters cheered. Tom Reyes spoke.").people().map((p) => p.name);
    for (const made of ["Six Harbor", "Dozens Easton", "Ten Lind"]) expect(names).not.toContain(made);
    expect(names).toContain("Tom Reyes");
  });
});
