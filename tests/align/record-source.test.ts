import { describe, expect, it } from "vitest";
import { isRecordSource } from "../../src/align/record-source.js";
import { alignSpeakers } from "../../src/align/index.js";
import { article, quote } from "../conflicts/fixtures.js";

describe("isRecordSource: records the model's document test does not read", () => {
  it.each([
    ["must: a report, the day it came out, its maker", "a report Tuesday from KXYZ"],
    ["must: records a pronoun's clause follows", "new financial documents he submitted to the agency"],
    ["must: reports a titled name filed", "reports Mr. Lind filed as a lobbyist"],
    ["must: a poll out on a day", "an online Ledger poll out Thursday"],
    ["must: reports through a date", "fundraising reports through Jan. 31"],
    ["must: a count by an agency", "a count by The Associated Press"],
    ["must: an outlet's tally", "a Ledger tally"],
    ["must: a readout", "a Pentagon readout"],
    ["must: a declaration filed", "a declaration filed in federal court by Tom Lind"],
    ["must: a petition", "petition"],
  ])("%s: %s", (_n, name) => {
    expect(isRecordSource(name)).toBe(true);
  });
  it.each([
    ["must-not: a person who read a report", "an aide who read the report Tuesday"],
    ["must-not: a person close to the count", "a source close to the count"],
    ["must-not: a title", "Count Orlok"],
    ["must-not: a body", "Associated Press"],
    ["must-not: a spokesman", "a spokesman Tuesday"],
  ])("%s: %s", (_n, name) => {
    expect(isRecordSource(name)).toBe(false);
  });
  it("must: speakers types a record so described a document", () => {
    const a = article("r1", "Courier", "2024-07-01", "A report Tuesday from KXYZ said xx");
    const s = alignSpeakers([a], [quote(a, "xx", "a report Tuesday from KXYZ", { type: "organisation" })]).speakers;
    expect(s.map((x) => x.type)).toEqual(["document"]);
  });
});
