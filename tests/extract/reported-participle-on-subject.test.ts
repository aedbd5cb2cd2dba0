import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// A past participle right after the sentence's subject ("Figures reported on Sunday ...") modifies the noun; the finite
// verb after its time or place phrase is the main clause's, so the participle is no cue. Made-up sentences; none comes
// from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), cue: sl(c.cueSpan) }));
};

describe("reported speech: a participle on the subject is no cue", () => {
  it.each([
    { text: "Figures reported on Sunday now suggest that the levy raised less than expected.", why: "an adverb, then a bare verb after a plural noun" },
    { text: "Numbers reported in Ohio suggest that the race is close.", why: "a place phrase, then a bare verb" },
    { text: "The tally reported on Friday shows that the levy failed.", why: "a singular noun with an -s verb" },
    { text: "Results reported last week also showed that turnout fell.", why: "a past verb in -ed before 'that'" },
    { text: "Figures reported Monday would suggest that the levy failed.", why: "a modal after a bare time word" },
  ])("the participle is not a cue: $why", ({ text }) => {
    expect(found(text).map((f) => f.cue)).not.toContain("reported");
  });
  it.each([
    { text: "The mayor reported on Sunday that the levy had failed.", cue: "reported", content: "that the levy had failed", why: "the finite verb itself, 'that' after its phrase" },
    { text: "Aides said Lee will make the case for the levy.", cue: "said", content: "Lee will make the case for the levy", why: "a name opens the reported clause" },
    { text: "The governor said Sunday the state needs a new levy.", cue: "said", content: "the state needs a new levy", why: "'the' opens the reported clause after a bare day" },
    { text: "The governor said on Sunday the U.S. needs a new levy.", cue: "said", content: "the U.S. needs a new levy", why: "'the' after the time phrase opens the reported clause" },
    { text: "He announced that he was in therapy and vowed to focus on his family.", cue: "vowed", content: "to focus on his family", why: "'and' before the cue is no noun" },
    { text: "The mayor said Monday increased costs would sink the levy.", cue: "said", content: "increased costs would sink the levy", why: "an -ed adjective opens the clause" },
  ])("keeps the account: $why", ({ text, cue, content }) => {
    expect(found(text)).toContainEqual({ text: content, cue });
  });
});
