import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A programme's title in two apostrophes (NYT-style ''like this'') after the listener or "said on"
// goes with it, as a title in “” does (reported-source.ts titleInMarksEnd and the listener's title):
// the reported clause after it is found. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string): [string | undefined, string][] => {
  const article = articleFromText(`The race went on.\n\n${text}`);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => [sl(c.mentionSpan), sl(c.span)!]);
};

describe("a programme's title in two apostrophes between the cue and the reported clause", () => {
  it.each([
    // must: as in “”
    ["told a channel's programme in ''", "Mr. Trump told MSNBC's ''Morning Joe'' that he would win the state.", [["Mr. Trump", "that he would win the state"]]],
    ["said on a channel's programme in ''", "Mr. Trump said on CBS's ''Face the Nation'' that he would win the state.", [["Mr. Trump", "that he would win the state"]]],
    ["told a channel's programme in “” (as before)", "Mr. Trump told MSNBC's “Morning Joe” that he would win the state.", [["Mr. Trump", "that he would win the state"]]],
    // must not: '' that never closes the title, or closes words that are no title
    ["one '' only", "Mr. Trump told MSNBC's ''Morning Joe that he would win the state.", []],
    ["words in '' in lower case", "Mr. Trump told MSNBC's ''morning crew'' that he would win the state.", []],
  ] as [string, string, [string, string][]][])("%s", (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
