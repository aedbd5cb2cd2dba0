import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// Two apostrophes stand for a double mark in some archives (NYT-style ''like this''): a title or a
// quoted word in them inside the subject's appositive is walked across as one in “” is
// (reported-subject.ts subjectAcrossMarks). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string): [string | undefined, string][] => {
  const article = articleFromText(`The race went on.\n\n${text}`);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => [sl(c.mentionSpan), sl(c.span)!]);
};

describe("a subject whose appositive holds words in two apostrophes", () => {
  it.each([
    // must: the title in '' after "the book" or "the show" is walked across, as in “”
    ["a book's title in ''", "Ms. Lee, who wrote the book ''Strangers No More,'' said the law would change.", [["Ms. Lee", "the law would change"]]],
    ["a show's title in ''", "Mr. Reyes, the host of the show ''Politicking,'' said the race was close.", [["Mr. Reyes", "the race was close"]]],
    ["a book's title in “” (as before)", "Ms. Lee, who wrote the book “Strangers No More,” said the law would change.", [["Ms. Lee", "the law would change"]]],
    // must not: marks that do not pair up, or a first mark that closes an earlier quotation
    ["one '' only", "Ms. Lee, who wrote the book ''Strangers No More, said the law would change.", []],
    ["marks with no comma or dash between the subject and them", "Ms. Lee wrote ''Strangers No More'' said the law would change.", []],
  ] as [string, string, [string, string][]][])("%s", (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
