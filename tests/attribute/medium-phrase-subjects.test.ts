import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up articles: a phrase of the medium or occasion between the subject and its verb ("Ann Lee
// in a statement said") is no part of the speaker; nor is an aside between commas after a
// subordinator ("when Ann Lee, in her speech, called").
describe("a medium phrase or an aside between the subject and its verb", () => {
  it.each([
    ["must: a name, then 'in a statement'", "The port reopened.\n\nAnn Lee in a statement called the plan “a disaster.”", { speaker: "Ann Lee", medium: "in a statement" }],
    ["must: a name after a subordinator, then 'in her announcement speech'", "The port reopened.\n\nThe break was complete when Ann Lee in her announcement speech called the workers “lazy.”", { speaker: "Ann Lee" }],
    ["must: a description with an indefinite medium phrase", "The port reopened.\n\nThe group in a statement said the plan was “a disaster.”", { mention: "The group" }],
    ["must: an aside between commas after a subordinator", "The port reopened.\n\nThe break was complete when Ann Lee, in her speech, called the workers “lazy.”", { speaker: "Ann Lee" }],
    ["must-not: 'the man in the video' is one description", "The port reopened.\n\nThe man in the video said the plan was “a disaster.”", { mention: "The man in the video" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text).at(-1)).toMatchObject(want);
  });
});

// Made-up articles: reported speech whose source extraction gives with the medium phrase ("Ann Lee in
// a blog post said he would …"): the speaker and the source as written end before it.
describe("reported speech: a medium phrase between the source and its verb", () => {
  const indirect = (text: string): Quote[] => quotesOf(text, "indirect");
  it.each([
    ["must: a name, then 'in a blog post'", "The port reopened.\n\nTom Reyes called for a new pier, while Ann Lee in a blog post said she would vote against the plan.", { speaker: "Ann Lee", mention: "Ann Lee" }],
    ["must-not: 'the man in the video' is one description", "The port reopened.\n\nThe man in the video said he would vote against the plan.", { speaker: "The man in the video" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(indirect(text).at(-1)).toMatchObject(want);
  });
});
