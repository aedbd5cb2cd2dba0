import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";

// Where forward reported content ends (reported-content.ts, forwardStop). Made-up sentences; none comes from PolNeAR or
// the Palmyra corpus.
const contents = (text: string): string[] => {
  const article = articleFromText(text);
  return findReportedSpeech(article).candidates.map((c) => article.text.slice(c.span.start, c.span.end));
};

describe("forwardStop: an appositive with 'the' on a name that closes the sentence is the reporter's note", () => {
  it.each([
    { text: "Ann Lee said she had met Bo Diaz, the retired judge who ran for mayor.", content: "she had met Bo Diaz" },
    { text: "The aides said they did not expect to win Ohio or Iowa, the first two states to vote.", content: "they did not expect to win Ohio or Iowa" },
    { text: "Ann Lee announced her bid at Riverton College, the school founded by her grandfather.", content: "her bid at Riverton College" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
  // A list, an appositive closed before the clause's verb, a clause of its own or a common noun before the comma: no end there.
  it.each([
    { text: "Ann Lee said the tour would visit Ohio, the Carolinas and Florida.", content: "the tour would visit Ohio, the Carolinas and Florida" },
    { text: "Ann Lee said that Bo Diaz, the former mayor, would run again.", content: "that Bo Diaz, the former mayor, would run again" },
    { text: "Ann Lee said the voters chose Bo Diaz, the candidates aren't happy.", content: "the voters chose Bo Diaz, the candidates aren't happy" },
    { text: "Ann Lee said the vote went to the council, the body that sets the budget.", content: "the vote went to the council, the body that sets the budget" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
});

describe("forwardStop: after a noun phrase, 'and' with a past form is the speaker's next act", () => {
  it.each([
    { text: "Bo Diaz denied the charges and counter-accused her of fraud.", content: "the charges" },
    { text: "The governor has promised a veto and attempted to rally both parties against the bill.", content: "a veto" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
  // A clause (by its auxiliary, its pronoun or the tagger) or a list of nouns: the words after "and" stay.
  it.each([
    { text: "The company reported layoffs and continued cost-cutting.", content: "layoffs and continued cost-cutting" },
    { text: "Ann Lee said she was tired and wanted a change.", content: "she was tired and wanted a change" },
    { text: "Ann Lee said the team won and was celebrating.", content: "the team won and was celebrating" },
    { text: "Ann Lee says the two met in an online group and decided to start the show together.", content: "the two met in an online group and decided to start the show together" },
    { text: "Ann Lee said she did not condone violence and hoped for calm.", content: "she did not condone violence and hoped for calm" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
});

describe("forwardStop: an adverb before the speaker's participle after the comma", () => {
  it.each([
    { text: "Ann Lee said the count was wrong, even suggesting the machines had been tampered with.", content: "the count was wrong" },
    { text: "Ann Lee said the plan would fail, again warning that costs would rise.", content: "the plan would fail" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)[0]).toBe(content);
  });
  // ("then" is a list of steps, not an adverb on the speaker's act; an adverb alone before a noun ends nothing.)
  it.each([
    { text: "Ann Lee said the first step is a new levy, then cracking down on late payers.", content: "the first step is a new levy, then cracking down on late payers" },
    { text: "Ann Lee said the count was wrong, even in the suburbs.", content: "the count was wrong, even in the suburbs" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)[0]).toBe(content);
  });
});

describe("forwardStop and dashGloss: 'something' with a clause, and 'the' with a relative clause after a lone dash, are the reporter's gloss", () => {
  it.each([
    { text: "Ann Lee said she went because she thought it would be fun — something her host could understand.", content: "she went because she thought it would be fun" },
    { text: "Ann Lee said the levy will be hard to pass - something her aides argue is possible.", content: "the levy will be hard to pass" },
    { text: "Ann Lee called for all candidates to publish their plans, something she has repeatedly asked of her rival.", content: "all candidates to publish their plans" },
    { text: "The main problem, Ann Lee says, is how to beat a calm rival — the statesman who went to Ottawa.", content: "The main problem, Ann Lee says, is how to beat a calm rival" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
  // "something" as the clause's own word ("something like", "something else"), "the" opening a clause of its own or a
  // noun phrase with no relative clause after a dash: no end there.
  it.each([
    { text: "Ann Lee said the deficit was something like 20 percent.", content: "the deficit was something like 20 percent" },
    { text: "Ann Lee said the plan would cost a lot, something else entirely.", content: "the plan would cost a lot, something else entirely" },
    { text: "Ann Lee said the count was wrong — the machines had failed.", content: "the count was wrong — the machines had failed" },
    { text: "Ann Lee said the deal was done — the biggest since 2008.", content: "the deal was done — the biggest since 2008" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
});

describe("forwardStop: a relative clause after a preposition on a name is the reporter's gloss, as 'which'/'who' are", () => {
  it.each([
    { text: "Ann Lee said she favors Bo Diaz, for whom she hosted a fundraiser last week.", content: "she favors Bo Diaz" },
    { text: "Ann Lee was asked about the case during an interview with the Riverton Herald, in which she said the levy was fair.", content: "the levy was fair" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toContain(content);
    expect(contents(text).some((c) => c.includes(", for whom") || c.includes(", in which"))).toBe(false);
  });
  // After a common noun the relative is as often the source's own.
  it.each([
    { text: "Ann Lee said she favors the council, for whom the levy was written.", content: "she favors the council, for whom the levy was written" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
});

describe("a list of names with an appositive or a relative clause on one of them goes on to its last name", () => {
  it.each([
    { text: "The group asked to depose the mayor, along with Ann Lee, a city official responsible for records, and Bo Diaz.", content: "to depose the mayor, along with Ann Lee, a city official responsible for records, and Bo Diaz" },
    { text: "Ann Lee said she knew two men in the case: Bo Diaz, who was charged with fraud, and Sufian bin Qumu, a former clerk.", content: "she knew two men in the case: Bo Diaz, who was charged with fraud, and Sufian bin Qumu" },
    // (A particle inside the last name is one of the model's NAME_PARTICLES, as attribution keeps it.)
    { text: "Ann Lee said she knew two men in the case: Bo Diaz, who was charged with fraud, and Omar abu Qumu, a former clerk.", content: "she knew two men in the case: Bo Diaz, who was charged with fraud, and Omar abu Qumu" },
    { text: "Ann Lee said she knew two men in the case: Bo Diaz, who was charged with fraud, and Rui dos Reis, a former clerk.", content: "she knew two men in the case: Bo Diaz, who was charged with fraud, and Rui dos Reis" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
  // A name after "and" with a verb of its own is a new subject: the reporter's next sentence.
  it.each([
    { text: "Ann Lee said the levy was fair, and Democrats have pushed for more.", content: "the levy was fair" },
    { text: "Ann Lee said she had met Bo Diaz, a former clerk, and Cy Ortiz said the same.", content: "she had met Bo Diaz" },
  ])("ends: $text", ({ text, content }) => {
    expect(contents(text)[0]).toBe(content);
  });
});

describe("forwardStop: ', as' with its verb before its subject is the reporter's comparison", () => {
  it.each([
    { text: "Ann Lee said she, too, wants an inquiry, as have other council members.", content: "she, too, wants an inquiry" },
    { text: "Ann Lee said she does not hold them in public, as was the case with Tuesday's briefing.", content: "she does not hold them in public" },
    { text: "Ann Lee said she will not back the levy, as has Bo Diaz.", content: "she will not back the levy" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
  // "as" with a subject before its verb, or "as" on a noun, stays with the clause.
  it.each([
    { text: "Ann Lee said the levy would pass, as it did in 2012.", content: "the levy would pass, as it did in 2012" },
    { text: "Ann Lee said she sees the levy, as written, as unfair.", content: "she sees the levy, as written, as unfair" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
});

describe("forwardStop: an embedded question ends where ', and'/', but' opens a clause with a subject of its own", () => {
  it.each([
    { text: "Two delegates have not said who they will back, and a third has not been named.", content: "who they will back" },
    { text: "The paper asked whether Ann Lee would drop out, but the campaign declined to answer.", content: "whether Ann Lee would drop out" },
    { text: "Each week we ask our readers which candidate looks strongest, and in the wake of the debate the answer is clear.", content: "which candidate looks strongest" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
  // A second half of the same question (no subject of its own after the conjunction), or a statement, not a question: no end there.
  it.each([
    { text: "The paper asked whether Ann Lee would drop out, and when.", content: "whether Ann Lee would drop out, and when" },
    { text: "Ann Lee asked how the port would be paid for, and by whom.", content: "how the port would be paid for, and by whom" },
    { text: "Ann Lee said the port would close, and the city would lose 200 jobs.", content: "the port would close, and the city would lose 200 jobs" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)).toEqual([content]);
  });
});

describe("forwardStop: a dash before the speaker's participle ends the content, as a comma does", () => {
  it.each([
    { text: "Ann Lee said she saw no difference between the two plans - noting that neither would cut the deficit.", content: "she saw no difference between the two plans" },
    { text: "Ann Lee said she saw no difference between the two plans – adding that both would fail.", content: "she saw no difference between the two plans" },
  ])("$text", ({ text, content }) => {
    expect(contents(text)[0]).toBe(content);
  });
  // A participle of the reported event after the dash stays with it.
  it.each([
    { text: "Ann Lee said the storm hit the port at noon - leaving 200 people without power.", content: "the storm hit the port at noon - leaving 200 people without power" },
  ])("keeps: $text", ({ text, content }) => {
    expect(contents(text)[0]).toBe(content);
  });
});
