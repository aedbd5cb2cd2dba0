import { describe, expect, it } from "vitest";
import { scanDirect } from "./scan-direct.js";

// A blog pastes another outlet's story and marks each pasted paragraph with a straight double mark that
// it never closes (the print convention for a quotation over paragraphs), while the pasted text keeps
// its own curly marks around the quotes it holds. The straight mark is the excerpt's, not a quotation:
// what the pasted story quotes is what was said, and a pasted paragraph of its narration is nobody's
// speech. Once a paragraph shows the convention, the article's other paragraphs that open with a
// straight mark left open are pasted too.
describe("a pasted excerpt marked with straight marks around curly quotes (direct.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must read the excerpt so
    [
      "a pasted paragraph with quotes in curly marks inside",
      'The Gazette reports:\n\n"She had been held for a week after what she called a \u201crant,\u201d and her papers said \u201cunfit to work.\u201d\n\nThat is all it says.',
      [["direct", "rant,"], ["direct", "unfit to work."]],
    ],
    [
      "the pasted paragraphs after it, with curly quotes or none",
      'The Gazette reports:\n\n"She had been held for a week after what she called a \u201crant.\u201d\n\n"Ken was asleep by then.\n\n\u201cHere he comes,\u201d she said.\n\n"The mayor walked in, chanting \u201cPier now! Pier now!\u201d\n\nThe piece ends there.',
      [["direct", "rant."], ["direct", "Here he comes,"], ["direct", "Pier now! Pier now!"]],
    ],
    // must not
    [
      "a quotation over paragraphs in straight marks with nothing curly inside stays a quotation",
      'The council said in a statement:\n\n"The pier will close on Monday.\n\n"It will open again in spring," the statement said.',
      [["direct", "The pier will close on Monday."], ["direct", "It will open again in spring,"]],
    ],
    [
      "a straight quotation closed in its paragraph with a curly one inside stays a quotation",
      '"She called it a \u201crant\u201d and left," Ann Reyes said.\n\n"Ken was asleep by then.',
      [["direct", "She called it a \u201crant\u201d and left,"], ["direct", "Ken was asleep by then."]],
    ],
    [
      "a statement over paragraphs in straight marks with a title in curly marks inside stays a quotation",
      'Ann Reyes stated:\n\n"The council has forgotten the \u201cHarbor Safety Act\u201d again.\n\n"I will stop the council at the pier."',
      [["direct", "The council has forgotten the \u201cHarbor Safety Act\u201d again."], ["direct", "I will stop the council at the pier."]],
    ],
    [
      "a transcript's turns pasted in straight marks stay speech",
      'Partial transcript as follows:\n\n"REYES: Well, look, the council thinks this is an episode of \u201csome game show.\u201d It is not.\n\n"LIND: Will the pier open?\n\n"REYES: It will open in spring.',
      [["direct", "Well, look, the council thinks this is an episode of \u201csome game show.\u201d It is not."], ["direct", "Will the pier open?"], ["direct", "It will open in spring."]],
    ],
    [
      "a curly quotation over paragraphs with a straight one inside stays a quotation",
      'Ann Reyes said:\n\n\u201cShe called it a "rant" and left.\n\n\u201cThen the pier closed.\u201d',
      [["direct", "She called it a \"rant\" and left."], ["direct", "Then the pier closed."]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(scanDirect(text).quotes).toEqual(expected);
  });
});
