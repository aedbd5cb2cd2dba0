import { describe, expect, it } from "vitest";
import { AGENCY_DATELINE_RULES, agencyDateline } from "../../src/ingest/agency-dateline.js";
import { parseDocument } from "../../src/ingest/index.js";
import { datelineDay, datelineOf } from "../../src/ingest/segments.js";

const BODY = [
  "The convention began the roll call vote on Tuesday that will end with the delegates naming their candidate.",
  "The vote was expected to pass without trouble, a party official said.",
  "Protesters gathered outside the hall for a second day.",
];
// A story with its headline, ending on a full stop as some outlets write it, over `opening`.
const story = (opening: string) => ["Republicans begin roll call vote.", `${opening} ${BODY[0]}`, ...BODY.slice(1)].join("\n\n");
const article = (text: string) => parseDocument("story.txt", Buffer.from(text)).document.articles[0];

describe("agency datelines in mixed case (src/ingest/agency-dateline.ts)", () => {
  it("every rule has an id and a reason", () => {
    for (const r of AGENCY_DATELINE_RULES) expect(r.id && r.reason.length > 10).toBeTruthy();
  });

  it.each([
    ["must: a place", "Cleveland (AFP) –", { place: "Cleveland", day: null, outlet: "AFP", ruleId: "ingest/agency-dateline-place" }],
    ["must: a place of two words", "Mexico City (AFP) –", { place: "Mexico City", day: null, outlet: "AFP", ruleId: "ingest/agency-dateline-place" }],
    ["must: an abbreviated word", "St. Paul (Reuters) -", { place: "St. Paul", day: null, outlet: "Reuters", ruleId: "ingest/agency-dateline-place" }],
    ["must: a joining word", "Rio de Janeiro (AFP) —", { place: "Rio de Janeiro", day: null, outlet: "AFP", ruleId: "ingest/agency-dateline-place" }],
    ["must: a place and its state", "Cleveland, Ohio (AP) —", { place: "Cleveland, Ohio", day: null, outlet: "Associated Press", ruleId: "ingest/agency-dateline-place" }],
    ["must: a place and a day", "Washington, Aug 31 (Reuters) -", { place: "Washington", day: "Aug 31", outlet: "Reuters", ruleId: "ingest/agency-dateline-place" }],
    ["must: an outlet that is no agency", "Washington (CNN) —", { place: "Washington", day: null, outlet: "CNN", ruleId: "ingest/agency-dateline-place" }],
    ["must: a day alone", "Aug 27 (Reuters) -", { place: null, day: "Aug 27", outlet: "Reuters", ruleId: "ingest/agency-dateline-day" }],
    ["must: a day alone, abbreviated", "Dec. 29 (AP) —", { place: null, day: "Dec. 29", outlet: "Associated Press", ruleId: "ingest/agency-dateline-day" }],
  ])("%s", (_name, opening, want) => {
    expect(agencyDateline(`${opening} The council voted.`)).toEqual({ ...want, text: opening });
  });

  it.each([
    ["must-not: capitals (outlets.ts's cue reads them)", "WASHINGTON (AP) — The council voted."],
    ["must-not: no known outlet", "Cleveland (Ohio) – The council voted."],
    ["must-not: no dash after the credit", "Cleveland (AFP) The council voted."],
    ["must-not: a sentence naming an agency", "Officials told Reuters (Reuters) - on Monday."],
    ["must-not: a byline", "By Jane Roe (Reuters) - The council voted."],
    ["must-not: a word and a number that is no day", "Senator 5 (CNN) — The council voted."],
    ["must-not: the credit further in", "The council voted. Cleveland (AFP) – it said."],
  ])("%s", (_name, text) => {
    expect(agencyDateline(text)).toBeNull();
  });

  it("gives the dateline's place and day to segments.ts", () => {
    expect(datelineOf("Mexico City (AFP) – It featured drama.")).toBe("Mexico City");
    expect(datelineDay("Washington, Aug 31 (Reuters) - The council voted.")).toBe("Aug 31");
    expect(datelineOf("Mexico City – It featured drama.")).toBeNull();
  });

  it("an article opening on one has the outlet, its dateline and its headline", () => {
    const a = article(story("Cleveland (AFP) –"));
    expect(a.outlet).toBe("AFP");
    expect(a.dateline).toBe("Cleveland");
    expect(a.title).toBe("Republicans begin roll call vote.");
    expect(a.outletEvidence).toContainEqual({ outlet: "AFP", kind: "dateline", detail: '"Cleveland (AFP) –"', weight: 3 });
    expect(article(story("Aug 27 (Reuters) -")).outlet).toBe("Reuters");
  });

  it("an article with no credit in its dateline has none of those", () => {
    const a = article(story("Cleveland –"));
    expect(a.outlet).toBeNull();
    expect(a.dateline).toBeNull();
    expect(a.title).toBeNull();
  });

  it("a credit past the article's first paragraphs is no dateline of it", () => {
    const text = [story("Cleveland –"), "More stories:", "Boston (AP) — A later story.", "Its second paragraph.", "Its third."].join("\n\n");
    expect(article(text).outletEvidence.filter((e) => e.detail.includes("Boston"))).toEqual([]);
  });
});
