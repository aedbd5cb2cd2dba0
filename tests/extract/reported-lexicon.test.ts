import { describe, expect, it } from "vitest";
import { GUARDED_VERBS, SPEECH_VERBS } from "../../src/extract/reported-lexicon.js";

// The cue rules read `verb.frame` and `verb.particles` on every speech verb they meet. Entries of two
// shapes (the particles field left out where a verb takes none) made V8 drop the rules' optimised code
// when the second shape first reached them ("wrong map"): every entry has the same fields, in one order.
describe("speech verb entries: one shape", () => {
  const entries = [...SPEECH_VERBS.entries(), ...GUARDED_VERBS.entries()];
  it.each([
    ["said", undefined],
    ["states", undefined],
    ["called", ["for", "on", "upon"]],
    ["pointed", ["out", "to"]],
  ] as const)("%s keeps its particles (%j)", (form, particles) => {
    const v = SPEECH_VERBS.get(form) ?? GUARDED_VERBS.get(form);
    expect(v?.particles).toEqual(particles);
  });
  it("every entry has lemma, frame, form and particles, in that order", () => {
    const shapes = new Set(entries.map(([, v]) => Object.keys(v).join(",")));
    expect([...shapes]).toEqual(["lemma,frame,form,particles"]);
  });
});
