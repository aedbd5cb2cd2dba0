import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// Readings of "X said ..." that report nothing: a cue inside the sentence's subject ("Everything Lee says is a lie"),
// "time will tell". And the listener after "told" that runs on through its head noun ("told Radio Nord host Ann Marsh",
// "told police officials"). Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const found = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span | null) => (s ? article.text.slice(s.start, s.end) : null);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), source: sl(c.sourceSpan), to: sl(c.toSpan) }));
};
const texts = (text: string) => found(text).map((c) => c.text);

describe("reported speech: a cue inside the sentence's subject reports nothing", () => {
  it.each([
    "Everything Lee says is a lie unless proven otherwise.",
    "It rained. A $2 billion merger announced Monday would turn the harbor firm into an Irish company.",
    "Whatever the mayor says will be ignored unless the council agrees.",
  ])("must not trigger: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each([
    // An object's relative clause with no pronoun: the auxiliary is the clause's gap (the zero-relative reading).
    { text: "It showed the same resolve she argues is needed to fix the harbor.", content: "the same resolve she argues is needed to fix the harbor" },
    // The source opens the sentence, but a clause with its own subject follows the cue.
    { text: "Lee says it is over.", content: "it is over" },
    { text: "The mayor said Monday that the pier would close.", content: "that the pier would close" },
  ])("must keep: $text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
});

describe("reported speech: 'time will tell' is an idiom", () => {
  it.each(["Only time will tell if the new pier will last.", "Time will tell whether the plan works."])("must not trigger: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it("must keep a teller named before 'will tell'", () => {
    expect(texts("The mayor will tell the council that the pier is safe.")).toContain("that the pier is safe");
  });
});

describe("reported speech: the listener after 'told' runs on through its head noun", () => {
  it.each([
    { text: "Lee told Radio Nord host Ann Marsh on Thursday how surprised he was.", content: "how surprised he was", to: "Radio Nord host Ann Marsh" },
    { text: "Ann Roe told The Harbor Times editorial board in an off-the-record meeting with its writers that she may not run.", content: "that she may not run", to: "The Harbor Times editorial board" },
    { text: "Roe had told police officials that she did not want the escort at all.", content: "that she did not want the escort at all", to: "police officials" },
  ])("must trigger: $text", ({ text, content, to }) => {
    expect(found(text)).toContainEqual(expect.objectContaining({ text: content, to }));
  });
  it.each([
    // A verb after the noun: the noun is the content's subject, not the listener's head.
    { text: "Lee told Radio Nord officials were wrong.", content: "officials were wrong", to: "Radio Nord" },
    // A pronoun is the whole listener.
    { text: "Lee told him officials were wrong.", content: "officials were wrong", to: "him" },
  ])("must not extend: $text", ({ text, content, to }) => {
    expect(found(text)).toContainEqual(expect.objectContaining({ text: content, to }));
  });
});

describe("reported speech: what is disclosed as a noun phrase is a document or a fact, not words", () => {
  it.each([
    "In 2000, researchers disclosed a cache of documents that compelled the bureau to admit some fault.",
    "Harbor firms generally do not disclose their tax bills.",
    "The mayor disclosed personal notes with the Harbor Times for a special issue, such as a typical breakfast.",
  ])("must not trigger: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each([
    { text: "The campaign later disclosed that she has pneumonia.", content: "that she has pneumonia" },
    { text: "The port disclosed the company had lost money.", content: "the company had lost money" },
    { text: "The agency disclosed in court that it asked for the emails.", content: "that it asked for the emails" },
  ])("must keep: $text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
});

describe("reported speech: a participle on the noun that opens the sentence ends before the main predicate", () => {
  it.each([
    { text: "The proportion of harbor voters saying they want a ban on fees is as high as three-quarters in Marlow.", content: "they want a ban on fees" },
    { text: "The share of voters saying the economy matters most was 40 percent.", content: "the economy matters most" },
    { text: "A statement saying the pier was unsafe was issued Monday.", content: "the pier was unsafe" },
  ])("must cut: $text", ({ text, content }) => {
    expect(texts(text)).toEqual([content]);
  });
  it.each([
    // After a verb the participle is no part of the subject: the content runs on.
    { text: "The mayor issued a statement saying the pier was unsafe and the council agreed.", content: "the pier was unsafe and the council agreed" },
    // A verb before the participle's noun: the noun is that verb's object, and its participle is no part of the subject.
    { text: "Her posts about the harbor include one last week saying the danger posed by the storm had been understated.", content: "the danger posed by the storm had been understated" },
    // A comma before the participle: an aside, not the subject's noun.
    { text: "Lee spoke on Monday, saying the pier is unsafe and the council was wrong.", content: "the pier is unsafe and the council was wrong" },
  ])("must not cut: $text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
});
