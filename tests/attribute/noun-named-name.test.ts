import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: "a worker named Luis Ortega", "a nurse called Ana Ruiz" is the person the name
// names, the noun before "named" the role; as a sentence's subject, a later "he" or "she" means them.
describe("a person noun, 'named' or 'called', then a name", () => {
  it.each([
    ["must: the cue's subject", "direct", "Plant\n\nA worker named Luis Ortega said, “The pay is fair.”", { speaker: "Luis Ortega", speakerType: "person", role: "A worker", mention: "A worker named Luis Ortega" }],
    ["must: after the cue", "direct", "Plant\n\n“It is hard,” said a nurse named Ana Ruiz.", { speaker: "Ana Ruiz", speakerType: "person", role: "a nurse" }],
    // "called" after "a" and a person noun, before a name, is "named", not the verb of "X called it “…”".
    ["must: 'called' after the cue", "direct", "Plant\n\n“We were never told,” said a nurse called Ana Ruiz.", { speaker: "Ana Ruiz", role: "a nurse" }],
    ["must: 'called' before the cue, after the quote", "direct", "Plant\n\n“We were never told,” a nurse called Ana Ruiz said.", { speaker: "Ana Ruiz", role: "a nurse" }],
    ["must: 'called' in the cue's subject", "direct", "Plant\n\nAn engineer called Tom Reyes said, “The pier is safe.”", { speaker: "Tom Reyes", role: "An engineer" }],
    ["guard (right before too): 'called' in reported speech's source", "indirect", "Plant\n\nAn engineer called Tom Reyes said the pier was safe.", { speaker: "Tom Reyes", role: "An engineer" }],
    ["must-not: 'the mayor called' a name is the verb", "direct", "Plant\n\nThe mayor called Tom Reyes “a fine engineer.”", { speaker: "The mayor" }],
    ["must-not: a body's noun before 'called' stays a body", "indirect", "Plant\n\nA group called Harbor First said the plan was dead.", { speakerType: "organisation" }],
  ] as [string, "direct" | "indirect", string, Partial<Quote>][])("%s", (_name, kind, text, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it("must: a later 'he' means the worker named in the sentence before, not an earlier speaker", () => {
    const text = "Plant closes\n\nMr. Dunmore, the company chief, said the move was needed. “We had no choice,” he said.\n\nOutside the new plant in the suburb, a worker named Luis Ortega has nothing but good things to say about his job. “The pay is fair,” he said.";
    expect(quotesOf(text, "direct").at(-1)).toMatchObject({ speaker: "Luis Ortega", mention: "he" });
  });
});
