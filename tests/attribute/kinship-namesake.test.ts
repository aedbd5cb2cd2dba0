import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: two people share a surname, each named in full once. A bare surname after the
// second is that one when it was named just before (nearest wins a tie), unless the article had
// already called the first by the bare surname and the second came in as a relative ("his father,
// …", "her husband …", "his late brother, …"): news style names such a relative in full, and the
// bare surname goes on with the story's subject.
describe("a namesake brought in as a relative does not take a bare surname", () => {
  it.each([
    ["must: 'his father, X Jr.'", "“Yes, I back the plan,” Tom Reyes III, head of the board, tells the paper.\n\nReyes was five then, and his father, Tom Reyes, Jr. was a writer of note.\n\n“It is clear cut,” Reyes says.", { speaker: "Tom Reyes III" }],
    ["must: 'her husband X'", "Anna Lind spoke first. Lind has led the board for years.\n\nHer husband Carl Lind stood by.\n\n“We will win,” Lind said.", { speaker: "Anna Lind" }],
    ["must: 'his late brother, X'", "Tom Reyes spoke first. Mr. Reyes has led the board for years.\n\nHe thanked his late brother, Paul Reyes, for his help.\n\n“We will win,” Reyes said.", { speaker: "Tom Reyes" }],
    ["must-not: a namesake named just before, not as a relative, is the one meant", "Gary Quill spoke at noon.\n\nLater, Secretary Jeh Quill spoke to the press.\n\n“We will win,” Quill said.", { speaker: "Jeh Quill" }],
    ["must-not: a relative named before the story calls its subject by the bare surname is the nearer one", "Anna Lind spoke first.\n\nHer husband Carl Lind stood by.\n\n“We will win,” Lind said.", { speaker: "Carl Lind" }],
    ["must-not: a kinship noun with no possessor ('the son, X')", "Anna Lind spoke first. Lind has led the board for years.\n\nThe son, Carl Lind, stood by.\n\n“We will win,” Lind said.", { speaker: "Carl Lind" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});

// Made-up articles: a noun for a man or a woman right before a name ("Her husband, Saeed Qasim",
// "his first wife, Ivana Qasim") tells that person's gender when the given name does not, so a
// titled surname ("Mrs. Qasim", "Mr. Qasim") finds the namesake of its gender.
describe("a noun for a man or a woman before a name tells its gender", () => {
  it.each([
    ["must: 'Her husband, X' is a man: 'Mrs. Qasim' is the other", "Mr. Obama called Naghmeh Qasim. Her husband, Saeed Qasim, was free.\n\n“I could see his love,” Mrs. Qasim wrote.", { speaker: "Naghmeh Qasim" }],
    ["must: 'his first wife, X' is a woman: 'Mr. Qasim' is the other", "Mr. Obama called Saeed Qasim, who left prison. His first wife, Naghmeh Qasim, stayed home.\n\nMr. Qasim, however, said he was “the perfect messenger.”", { speaker: "Saeed Qasim" }],
    ["must-not: a noun with no gender ('her lawyer, X') tells none", "Mr. Obama called Naghmeh Qasim. Her lawyer, Arash Qasim, was free.\n\n“I could see his love,” Mrs. Qasim wrote.", { speaker: "Arash Qasim" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});

// Made-up articles: a given name and a generational suffix alone ("Tom Jr.") is the one person the
// article names in full with that given name and suffix ("Tom Reyes Jr."), before or after.
describe("a given name with a suffix alone resolves to the full name", () => {
  it.each([
    ["must: 'Tom Jr.' with 'Tom Reyes Jr.' named later", "Reyes won the vote.\n\n“It is a movement,” Tom Jr. said.\n\nLater, Tom Reyes Jr. spoke to the press.", { speaker: "Tom Reyes Jr." }],
    ["must-not: two full names with that given name and suffix leave it as written", "Reyes won the vote.\n\n“It is a movement,” Tom Jr. said.\n\nLater, Tom Reyes Jr. and Tom Lind Jr. spoke to the press.", { speaker: "Tom Jr." }],
    ["must-not: a full name of another suffix is not it", "Reyes won the vote.\n\n“It is a movement,” Tom Jr. said.\n\nLater, Tom Reyes Sr. spoke to the press.", { speaker: "Tom Jr." }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});
