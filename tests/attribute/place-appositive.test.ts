import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a state after a town's comma ("from Dayton, Ohio,") completes the place in the
// appositive before it; it is no speaker of its own.
describe("a state that completes a place before the verb", () => {
  it.each([
    ["must: a role ending 'from Town,' then the state", "Rachel Stone, a nurse from Dayton, Ohio, said the clinic would close next week.", { speaker: "Rachel Stone", role: "a nurse from Dayton, Ohio" }],
    ["must: an abbreviated state", "Omar Diaz, a delegate from Tulsa, Okla., said the vote was fair.", { speaker: "Omar Diaz", role: "a delegate from Tulsa, Okla." }],
    ["must: 'of Town,' right after the name: no role", "Jo Park of Fresno, California, said she would vote for the measure.", { speaker: "Jo Park", role: null }],
    ["must: no name: the description through the state, not the state", "Officials familiar with the audit of the school in Dayton, Ohio, speaking on the condition of anonymity, said that the books were clean.", { speaker: "Officials familiar with the audit of the school in Dayton, Ohio", speakerType: "group" }],
    ["must-not: a person's name after 'of Town,' is the speaker", "The mayor of Dayton, Ann Lee, said the bridge was safe.", { speaker: "Ann Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "indirect")[0]).toMatchObject(want);
  });
});

// Made-up sentences: a place after a lower-case noun and "in/from/near/at" says where the things or people
// named are; it is no person's name.
describe("a place after a noun and 'in' is no speaker", () => {
  it.each([
    ["must: things in a place", "Six small newspapers in New Jersey said the governor should resign.", { speaker: "Six small newspapers in New Jersey" }],
    ["must: a group's possessor and a place", "The mayor's biggest boosters in Dayton insisted that the dip was temporary.", { speaker: "The mayor's biggest boosters in Dayton" }],
    ["must-not: a person 'of' a place keeps the name", "Sen. Ann Lee of Ohio said that the bill would pass.", { speaker: "Ann Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "indirect")[0]).toMatchObject(want);
  });
});

// Made-up sentences: a fronted place phrase that ends on a town and its state ("At an event in Dayton,
// Ohio,") runs through the state; the subject comes after it, an age before the name dropped.
describe("a fronted place phrase with a state", () => {
  it.each([
    ["must: the subject after the state's comma, with an age", "At a campaign event in Dayton, Ohio, 62-year-old Ann Lee also railed against the plan, and explained how much the town was broke.", { speaker: "Ann Lee" }],
    ["must: a two-word state", "At a rally in Las Cruces, New Mexico, Tom Reyes also praised the crowd, and explained how much the vote mattered.", { speaker: "Tom Reyes" }],
    ["must-not: a plain fronted phrase is unchanged", "At a campaign event in Dayton, Ann Lee said that the town was broke.", { speaker: "Ann Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "indirect")[0]).toMatchObject(want);
  });
});

// Made-up sentences: "Name of Town, State says" with no comma after the state: the state completes the
// town; the person before "of" speaks.
describe("a state with no comma after it before the verb", () => {
  it.each([
    ["must: a spelled-out state", "Mara Lind of Columbia, South Carolina says she thinks Reyes can pull off a “big win” if he keeps going.", { speaker: "Mara Lind", mention: "Mara Lind of Columbia, South Carolina" }],
    ["must-not: a capitalised run that is no state stays the subject", "Mara Lind of Columbia, Tom Reyes says, is “a real friend.”", { speaker: "Tom Reyes" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});
