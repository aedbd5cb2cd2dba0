import { describe, expect, it } from "vitest";
import { abstractSourceType } from "../../src/model/abstract-source.js";

describe("abstractSourceType: a description of no one who could be left unnamed", () => {
  it.each([
    ["must: history alone", "history", "unknown"],
    ["must: history opening its sentence", "History", "unknown"],
    ["must: a trend", "a trend", "unknown"],
    ["must: a disappointment", "a disappointment", "unknown"],
    ["must: a gaffe and whose", "a gaffe by House Majority Leader Kevin McCarthy (R-Calif.)", "unknown"],
    ["must: an issue before a bracket", "a resonant issue (the anti-Washington feeling", "unknown"],
    ["must: a bias with adjectives", "her apparent left-wing bias", "unknown"],
    ["must: the idea", "the idea", "unknown"],
    ["must: the crowd", "the crowd", "group"],
    ["must: a chorus and of whom", "the chorus of detractors", "group"],
    ["must: neither side", "neither side", "group"],
    ["must: her team", "her team", "group"],
    ["must-not: an unnamed person", "a senior administration official", null],
    ["must-not: a person of a team", "a member of the team", null],
    ["must-not: a name with an abstract word", "Standard Oil", null],
    ["must-not: a surname that is an abstract noun", "Ms. Wisdom", null],
    ["must-not: a document", "the report", null],
    ["must-not: a body's name", "Crowd Research Institute", null],
  ])("%s: %j", (_why, description, want) => {
    expect(abstractSourceType(description)).toBe(want);
  });
});
