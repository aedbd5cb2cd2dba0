import { describe, expect, it } from "vitest";
import { fileNameLead, fileNameNamesOutlet, outletKey } from "../../src/model/outlet-names.js";

describe("fileNameNamesOutlet: a saved file's name that opens with its outlet", () => {
  it.each([
    ["must: initials", "docs/nyt_2016-09-16_tax.txt", "The New York Times", true],
    ["must: words cut short", "docs/wash-post_2016-01-31_x.txt", "The Washington Post", true],
    ["must: words cut short", "docs/huff-post_2016-05-19_x.txt", "The Huffington Post", true],
    ["must: the words", "docs/usa-today_2016-06-10_x.txt", "USA TODAY", true],
    ["must: a date after a hyphen", "inbox/usa-today-2016-06-10.html", "USA Today", true],
    ["must: the name before 'News'", "docs/breitbart_2016-04-23_x.txt", "Breitbart News", true],
    ["must: one word", "docs/politico_2016-05-14_x.txt", "Politico", true],
    ["must: an agency's initials", "wire/ap-2016-01-01.txt", "Associated Press", true],
    ["must-not: another outlet", "docs/usa-today_2016-06-10_x.txt", "CBS", false],
    ["must-not: another outlet", "docs/wash-post_2016-01-31_x.txt", "MSNBC", false],
    ["must-not: another edition", "docs/breitbart_2016-04-23_x.txt", "Breitbart London", false],
    ["must-not: another channel of one name", "docs/fox_2016.txt", "Fox Business", false],
    ["must-not: a name that opens with a date", "docs/2016-09-16_nyt.txt", "The New York Times", false],
    ["must-not: a list's name", "corpus/midden-oosten-2015-05-22-isis.txt", "AFP", false],
  ])("%s: %s / %s", (_name, doc, outlet, want) => {
    expect(fileNameNamesOutlet(doc, outlet)).toBe(want);
  });

  it("leaves outletKey as it was", () => {
    expect(outletKey("The Washington Post")).toBe("wapo");
  });
});

describe("fileNameLead: the words a saved file's name opens with, and whether a date follows", () => {
  it.each([
    ["must: a date after an underscore", "docs/wash-post_2016-01-31_x.txt", { words: ["wash", "post"], dated: true }],
    ["must: a date after a hyphen", "inbox/usa-today-2016-06-10.html", { words: ["usa", "today"], dated: true }],
    ["must: a compact date", "docs/time_20160131.txt", { words: ["time"], dated: true }],
    ["must: no date after the words", "saved/cnn transcript.txt", { words: ["cnn"], dated: false }],
    ["must: a title after the words, a date later", "docs/time_line-2016-01-31.txt", { words: ["time"], dated: false }],
    ["must-not: a name that opens with a date", "docs/2016-09-16_nyt.txt", null],
    ["must-not: one word alone", "docs/politico.txt", null],
  ])("%s: %s", (_name, doc, want) => {
    expect(fileNameLead(doc)).toEqual(want);
  });
});
