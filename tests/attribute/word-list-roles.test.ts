import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a list of single words that commas join and "and" closes, after "the", "of" or
// "for", is one noun phrase inside a role ("head of the climate, controls and security division"), not
// the role's end and another appositive (attribute/mention wordListEnd).
describe("a role that holds a list of words", () => {
  it.each([
    ["must: after the quote", "“We will fix it,” said Tom Reyes, head of the climate, controls and security division at Acme.", { speaker: "Tom Reyes", role: "head of the climate, controls and security division at Acme" }],
    ["must: before the quote", "Tom Reyes, head of the climate, controls and security division, said, “We will fix it.”", { speaker: "Tom Reyes", role: "head of the climate, controls and security division" }],
    ["must: a list of objects after 'of'", "“We will fix it,” said Tom Reyes, director of sales, service and design.", { speaker: "Tom Reyes", role: "director of sales, service and design" }],
    ["must-not: an age and a place stay appositives", "“We will fix it,” said Tom Reyes, a nurse, 45, of Dayton.", { speaker: "Tom Reyes", role: "a nurse" }],
    ["must-not: a second speaker after 'and' is no list", "“We will fix it,” said Tom Reyes, the head of the union, and Ann Lee.", { role: "the head of the union" }],
    ["must-not: verbs are no list", "Tom Reyes, the mayor of the town, spoke and said, “We will fix it.”", { speaker: "Tom Reyes", role: "the mayor of the town" }],
    // A speech verb's word inside such a list is a noun ("briefing", "reporting", "comment").
    ["must: a speech word among the list's items", "“We will fix it,” said Tom Reyes, the head of planning, briefing, and security at Acme.", { speaker: "Tom Reyes", role: "the head of planning, briefing, and security at Acme" }],
    ["must: a speech word last in the list", "Tom Reyes, director of research, data and reporting, said, “We will fix it.”", { speaker: "Tom Reyes", role: "director of research, data and reporting" }],
    ["must: bare speech words in the list", "“We will fix it,” said Tom Reyes, head of print, post and radio.", { speaker: "Tom Reyes", role: "head of print, post and radio" }],
    ["must-not: a finite speech verb after the role is no item", "“We will fix it,” Tom Reyes, the head of the union, warns, writes and says.", { speaker: "Tom Reyes", role: "the head of the union" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(quotesOf(text, "direct")[0]).toMatchObject(want);
  });
});
