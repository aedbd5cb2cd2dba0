import { describe, expect, it } from "vitest";
import { scanDirect as scan } from "./scan-direct.js";

const BODY = "The mayor spoke on Monday. “We will rebuild the bridge by spring,” she said. More news came later that day.";

describe("a line of related links, headlines each after a dash (headline.ts isLinkList)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: two or more headlines after dashes on one line, past isHeadline's length
    [
      "links run together after long dashes",
      `${BODY}\n\n— Here Is What We Know So Far About The Bridge Collapse— Five Things To Know About The River Crossing— City Council Votes To Fund Repairs Next Spring— Mayor Says Bridge Collapse Was An ‘Act Of Neglect.’`,
      [["direct", "We will rebuild the bridge by spring,"], ["scare", "Act Of Neglect."]],
    ],
    [
      "links after bullets, a quote in double marks",
      `${BODY}\n\n• Residents Of The Old Town Fear The Worst After The Storm • Governor Visits The Flooded Valley On Tuesday Morning • Mayor Vows To Rebuild “Every Single Bridge”`,
      [["direct", "We will rebuild the bridge by spring,"], ["scare", "Every Single Bridge"]],
    ],
    // must not trigger: one item, items in sentence case, a dash inside a sentence
    [
      "a list item in sentence case",
      `${BODY}\n\n— His refusal to back down on the wall — and his promise to be “tough on trade” — both won votes in the state.`,
      [["direct", "We will rebuild the bridge by spring,"], ["direct", "tough on trade"]],
    ],
    [
      "a quote after a dash, then a credit in narration",
      `${BODY}\n\n— “We Will Never Give Up On This City And Its People,” — the Mayor Said On Monday, Standing Before The Ruins Of The Bridge That Fell In The Storm Last Week.`,
      [["direct", "We will rebuild the bridge by spring,"], ["direct", "We Will Never Give Up On This City And Its People,"]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(scan(text).quotes).toEqual(expected);
  });
});
