import { describe, expect, it } from "vitest";
import { HEAD_STOPS, headBeforeGloss } from "../../src/extract/reported-source-head.js";
import { tokenize } from "../../src/extract/reported-text.js";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// The head (speaker) of a source written after "according to": made-up phrases, none from PolNeAR or the
// Palmyra corpus. `why` names the row of HEAD_STOPS that cuts it, or why nothing does.
const head = (phrase: string): string => {
  const toks = tokenize(phrase, 0, phrase.length);
  const h = headBeforeGloss(toks, 0, { start: 0, end: phrase.length });
  return phrase.slice(h.start, h.end);
};

describe("headBeforeGloss", () => {
  it.each([
    { phrase: "a Herald poll released Monday", want: "a Herald poll", why: "head/published-participle" },
    { phrase: "a county survey conducted last spring", want: "a county survey", why: "head/published-participle" },
    { phrase: "figures reported on Sunday", want: "figures", why: "head/published-participle" },
    { phrase: "a new poll that shows the mayor ahead", want: "a new poll", why: "head/relative-that" },
    { phrase: "polls at the time", want: "polls", why: "head/time-phrase" },
    { phrase: "a Herald poll last week", want: "a Herald poll", why: "head/time-phrase" },
    { phrase: "exit polls (a wide margin", want: "exit polls", why: "head/aside" },
    { phrase: "the Riverton Institute - a bigger share than in 2010", want: "the Riverton Institute", why: "head/aside" },
  ])("$phrase -> $want ($why)", ({ phrase, want, why }) => {
    expect(HEAD_STOPS.map((r) => r.id)).toContain(why);
    expect(head(phrase)).toBe(want);
  });

  it.each([
    { phrase: "exit polls conducted by Delta Research", why: "'by' names who made the source" },
    { phrase: "figures released Thursday by the Riverton Institute", why: "'by' after a time word" },
    { phrase: "the document he released", why: "a pronoun's own verb" },
    { phrase: "figures her campaign released Friday", why: "a possessive opens the relative clause's subject" },
    { phrase: "the released figures", why: "a participle after a determiner is an adjective" },
    { phrase: "a Riverton-Dale Institute poll", why: "a hyphen inside a name is no dash" },
    { phrase: "Rep. Ann Lee of Ohio", why: "nothing to cut" },
    { phrase: "Rep. Ann Lee (D-Ohio)", why: "a bracket closed inside the head is the name's" },
    { phrase: "the debate in Dayton -Mrs. Lee", why: "a hyphen glued to the next word is no spaced dash" },
  ])("keeps $phrase whole ($why)", ({ phrase }) => {
    expect(head(phrase)).toBe(phrase);
  });
});

// The same stops on a subject before its verb (subjectBefore), for the mention the speaker is read from.
describe("subjectBefore: the mention of a source before its verb", () => {
  const mention = (text: string) => {
    const article = articleFromText(text);
    return findReportedSpeech(article).candidates.map((c) => (c.mentionSpan ? article.text.slice(c.mentionSpan.start, c.mentionSpan.end) : undefined));
  };
  it.each([
    { text: "A news report published Wednesday said the mayor used a personal email account.", want: "A news report" },
    { text: "A statement posted on the council's website said the vote was delayed.", want: "A statement" },
    { text: "Figures reported on Sunday now suggest that the levy failed.", want: "Figures" },
    { text: "A report issued by the Riverton Institute said the vote was delayed.", want: "A report issued by the Riverton Institute" },
  ])("$text -> $want", ({ text, want }) => {
    expect(mention(text)).toEqual([want]);
  });
});
