import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: every title the sentence splitter reads as an abbreviation ("Pres.", "Adm.",
// "Supt.", "Det.", "Maj.", "Atty.", "Hon.", "Cmdr.") is a title before a name, as "Sen." is: it is
// no part of the speaker's name, and the surname finds the person named in full.
describe("attribution: abbreviated titles before a name", () => {
  it.each([
    ["must: 'Pres.' and a surname is the person named in full before", "Policy notes\n\nBarack Obama spoke in Cairo in 2009.\n\nPres. Obama said, “It did not work,” and left.", "It did not work,", "Barack Obama"],
    ["must: 'Pres.' and a surname alone is the surname", "Policy notes\n\nPres. Obama said, “It did not work,” and left.", "It did not work,", "Obama"],
    ["must: 'Adm.' before a full name", "Policy notes\n\nAdm. Tom Reyes said, “We are ready.”", "We are ready.", "Tom Reyes"],
    ["must: 'Supt.' before a full name", "Policy notes\n\nSupt. Ann Lee said, “Crime is down.”", "Crime is down.", "Ann Lee"],
    ["must: 'Det.' before a full name", "Policy notes\n\nDet. Ann Ruiz said, “We found him.”", "We found him.", "Ann Ruiz"],
    ["must: 'Maj.' before a full name", "Policy notes\n\nMaj. Tom Reyes said, “Hold the line.”", "Hold the line.", "Tom Reyes"],
    ["must: 'Atty.' before a full name", "Policy notes\n\nAtty. Ann Lee said, “We will appeal.”", "We will appeal.", "Ann Lee"],
    ["must: 'Hon.' before a full name", "Policy notes\n\nHon. Ann Lee said, “The court is open.”", "The court is open.", "Ann Lee"],
    ["must: 'Cmdr.' before a full name", "Policy notes\n\nCmdr. Tom Reyes said, “The ship is safe.”", "The ship is safe.", "Tom Reyes"],
    ["must-not: 'Sen.' reads as before", "Policy notes\n\nSen. Ann Lee said, “The bill is dead.”", "The bill is dead.", "Ann Lee"],
  ] as [string, string, string, string][])("%s", (_name, text, quote, speaker) => {
    expect(direct(text).find((q) => q.text === quote)?.speaker).toBe(speaker);
  });
});
