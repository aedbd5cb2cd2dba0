import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// An adverb or a perfect participle before the verb belongs to the cue, not to its subject; an existential
// "there" is no one who speaks. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), mention: sl(c.mentionSpan), cue: sl(c.cueSpan) }));
};

describe("subjectBefore: words of the cue are no source", () => {
  it.each([
    { text: "The mayor declined to comment on the audit, only saying that the budget was balanced.", content: "that the budget was balanced", mention: "The mayor", cue: "only saying" },
    { text: "Read closely, Lee wasn't so much saying that the levy would fail but that it would pass.", content: "that the levy would fail but that it would pass", mention: "Lee", cue: "wasn't so much saying" },
    { text: "Lee praised the budget -- having argued in a speech that it was too small.", content: "that it was too small", mention: "Lee", cue: "having argued" },
    { text: "Lee praised the budget, having argued in a speech that it was too small.", content: "that it was too small", mention: "Lee", cue: "having argued" },
    { text: "Aid came from the two cities, which together vowed to rebuild the bridge.", content: "to rebuild the bridge", mention: "which", cue: "together vowed" },
    { text: "Having announced that the bridge would close, Mayor Ann Lee left the stage.", content: "that the bridge would close", mention: "Mayor Ann Lee", cue: "Having announced" },
    { text: "The mayor only said the bridge would close.", content: "the bridge would close", mention: "The mayor", cue: "only said" },
  ])("$cue: $text", ({ text, content, mention, cue }) => {
    const hit = found(text).find((f) => f.text === content);
    expect(hit, JSON.stringify(found(text))).toBeDefined();
    expect(hit!.mention).toBe(mention);
    expect(hit!.cue).toBe(cue);
  });

  it.each([
    { text: "Only one shot was fired, and there were only two reported incidents of theft.", why: "'there were ... reported incidents': existential 'there', an adjective" },
    { text: "Having fought the council and prevailed, Lee left the room.", why: "'having' with no speech verb" },
  ])("no account: $why", ({ text }) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    { text: "The ranchers only had water for a week, Lee said.", mention: "Lee", why: "'only' elsewhere in the sentence changes nothing" },
    { text: "Much of the town said the levy would fail.", mention: "Much of the town", why: "'much' that opens a subject, with no degree word before it" },
  ])("leaves the subject: $why", ({ text, mention }) => {
    expect(found(text).map((f) => f.mention)).toContain(mention);
  });
});
