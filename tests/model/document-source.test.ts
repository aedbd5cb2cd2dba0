import { describe, expect, it } from "vitest";
import { isDocumentSource } from "../../src/model/document-source.js";

describe("isDocumentSource: a writing or a record credited with words, not a person", () => {
  it.each([
    ["must: a report named by its author", "A State Department inspector general's report", true],
    ["must: a document and who filed it", "a court document filed by state attorney Dave Aronberg", true],
    ["must: an email and whom it is from", "an email from the president of the labor federation", true],
    ["must: a clause without \"that\"", "an interview his brother gave to ITV", true],
    ["must: a copy of a memo", "A redacted copy of the inspector general’s memo seen by Reuters", true],
    ["must: emails and a participle", "emails unearthed in the investigation", true],
    ["must: a survey", "a recent Reuters survey of voter lists", true],
    ["must: the noun alone", "the report", true],
    ["must: a poll named by its pollsters", "a new Washington Post-ABC News national poll", true],
    ["must: data and whose they are", "recent data from comScore", true],
    ["must: polls in the plural", "early results of exit polls", true],
    ["must: a sign", "a sign", true],
    ["must: a shirt", "a shirt", true],
    ["must: the summary", "the summary", true],
    ["must: an ad's narrator", "the ad’s narrator", true],
    ["must: a voice-over and where", "a voice-over in the ad", true],
    ["must: signs in the plural", "signs", true],
    ["must: bottles", "bottles", true],
    ["must: early returns", "early returns", true],
    ["must-not: a capitalised thing word is a name's", "Red Hat", false],
    ["must-not: a sign language interpreter", "a sign language interpreter", false],
    ["must-not: a film producer", "a film producer", false],
    ["must-not: people of a report", "The authors of the report", false],
    ["must-not: a person familiar with a report", "a person familiar with the report", false],
    ["must-not: an aide who read the memo", "an aide who read the memo", false],
    ["must-not: the report's author", "the report's author", false],
    ["must-not: a poll worker", "a poll worker", false],
    ["must-not: a data expert", "a longtime GOP data expert", false],
    ["must-not: a person", "a State Department official", false],
    ["must-not: a source close to an audit", "a source close to the audit", false],
  ])("%s: %j", (_why, speaker, expected) => {
    expect(isDocumentSource(speaker)).toBe(expected);
  });
});
