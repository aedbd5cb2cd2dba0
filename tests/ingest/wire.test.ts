import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { WIRE_RULES, wireCredits } from "../../src/ingest/wire.js";
import { articleFromText } from "../../src/ingest/article.js";

// A story of a few paragraphs with `head` opening it and `tail` closing it.
const BODY = [
  "The council voted 6-1 for the resolution on Wednesday, after a debate that lasted most of the evening.",
  "One member voted against it on free speech grounds and said the city had no say in the matter.",
  "The mayor is expected to sign it next week, a spokeswoman said.",
  "Opponents said they would ask the county to review the vote before the end of the month.",
  "The county has not said when it would take the matter up.",
];
const story = (head: string | null, tail: string | null) => ["Council condemns the plan", ...(head ? [head] : []), ...BODY, ...(tail ? [tail] : [])].join("\n\n");
const agencies = (text: string) => {
  const a = articleFromText(text);
  return wireCredits(a.text, a.paragraphs).map((c) => `${c.agency} ${c.ruleId}`);
};

describe("wire credits (src/ingest/wire.ts)", () => {
  it("every rule has an id and a reason", () => {
    for (const r of WIRE_RULES) expect(r.id && r.reason.length > 10).toBeTruthy();
  });

  it.each([
    ["must: AP dateline", story("WASHINGTON (AP) — The council of St. Paul voted on Wednesday.", null), ["Associated Press ingest/wire-dateline"]],
    ["must: AFP dateline in mixed case", story("New York (AFP) – The council voted.", null), ["AFP ingest/wire-dateline"]],
    ["must: Reuters dateline with a day", story("PARIS, Aug 31 (Reuters) - The council voted.", null), ["Reuters ingest/wire-dateline"]],
    ["must: a day alone before the agency", story("Aug 27 (Reuters) - The council voted.", null), ["Reuters ingest/wire-dateline"]],
    ["must: the AP contributed", story(null, "The Associated Press contributed to this report."), ["Associated Press ingest/wire-contributed"]],
    ["must: an AP writer contributed", story(null, "Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed from Albuquerque."), ["Associated Press ingest/wire-contributed"]],
    ["must: a writer of Reuters contributed", story(null, "Jane Roe of Reuters contributed reporting."), ["Reuters ingest/wire-contributed-of"]],
    ["must: material from AP", story(null, "Material from The Associated Press was used in this report."), ["Associated Press ingest/wire-material-from"]],
    ["must: copyright", story(null, "© 2016 The Associated Press. All rights reserved."), ["Associated Press ingest/wire-copyright"]],
    ["must: a sign-off line", story(null, "- Reuters."), ["Reuters ingest/wire-sign-off"]],
    ["must: Reuters' credit line", story(null, "(Reporting by David Bailey; Editing by Cynthia Osterman.)"), ["Reuters ingest/wire-reuters-credits"]],
    ["must: a byline with the agency", story("By Jill Colvin | AP", null), ["Associated Press ingest/wire-byline"]],
    ["must: a byline with the agency after a comma", story("By JILL COLVIN, Associated Press", null), ["Associated Press ingest/wire-byline"]],
    ["must-not: a tally credited to the AP", story(null, "Clinton leads with 1,401 delegates, according to the Associated Press."), []],
    ["must-not: a quote told to Reuters", story(null, "“We will appeal,” the mayor told Reuters."), []],
    ["must-not: a poll named after the agency", story(null, "A Reuters/Ipsos poll released Friday shows Clinton ahead."), []],
    ["must-not: an outlet's own dateline", story("WASHINGTON — The council voted.", null), []],
    ["must-not: a parenthesis that is no agency", story("WASHINGTON (CNN) — The council voted.", null), []],
    ["must-not: the agency named in the story's middle", ["Council condemns the plan", BODY[0], BODY[1], BODY[2], BODY[3], "The Associated Press contributed to this report.", BODY[4], BODY[0], BODY[1], BODY[2], BODY[3]].join("\n\n"), []],
    ["must-not: a staff writer contributed", story(null, "Jane Roe contributed to this report."), []],
    ["must-not: a byline with no agency", story("By Jill Colvin, Staff Writer", null), []],
  ])("%s", (_name, text, want) => {
    expect(agencies(text)).toEqual(want);
  });

  it("one credit an agency, the first rule's", () => {
    expect(agencies(story("WASHINGTON (AP) — The council voted.", "The Associated Press contributed to this report."))).toEqual(["Associated Press ingest/wire-dateline"]);
  });

  it("ingest keeps the credit on the article, with the words it read", () => {
    const { document } = parseDocument("story.txt", Buffer.from(story("DALLAS (AP) — The council voted.", null)));
    expect(document.articles[0].wire).toEqual([{ agency: "Associated Press", ruleId: "ingest/wire-dateline", text: "DALLAS (AP) —" }]);
    const plain = parseDocument("plain.txt", Buffer.from(story("DALLAS — The council voted.", null)));
    expect(plain.document.articles[0].wire).toEqual([]);
  });
});
