import { describe, expect, it } from "vitest";
import { BASE_AUXILIARIES, auxiliaryTest } from "../../src/model/auxiliary-words.js";

// The shared base of extraction's auxiliary tests (FINITE_AUX, AUX_GROUP, AUX_START) and the members each adds.
describe("auxiliaryTest", () => {
  const base = auxiliaryTest();
  it.each([...BASE_AUXILIARIES])("the base takes %s", (w) => {
    expect(base.test(w)).toBe(true);
  });
  it.each([
    { extra: ["must"], yes: ["must", "was", "might"], no: ["do", "did", "does"] },
    { extra: ["must", "does", "did", "do"], yes: ["must", "do", "did", "does", "would"], no: ["done", "doing"] },
    { extra: ["did", "does"], yes: ["did", "does", "can"], no: ["must", "do"] },
  ])("with $extra", ({ extra, yes, no }) => {
    const t = auxiliaryTest(...extra);
    for (const w of yes) expect(t.test(w), w).toBe(true);
    for (const w of no) expect(t.test(w), w).toBe(false);
  });
  it.each(["island", "hasten", "wills", "mayor", "Was", "is not", "must"])("the base takes only whole lower-case members: not %s", (w) => {
    expect(base.test(w)).toBe(false);
  });
});
