import { describe, expect, it } from "vitest";
import { canonicalOutlet, dateStyleEvidence, inferOutlet, mastheadLine, outletByDomain, selfReferenceEvidence } from "../../src/ingest/outlets.js";
import { parseDocument } from "../../src/ingest/index.js";
import { agencyDatelineEvidence } from "../../src/ingest/agency-dateline.js";
import type { OutletEvidence } from "../../src/model/index.js";

const outletOf = (text: string) => inferOutlet(selfReferenceEvidence(text));

describe("outlet evidence", () => {
  it("does not take one 'told AFP' to mean the article is AFP's", () => {
    expect(outletOf("The minister told AFP that the border would stay shut.")).toBeNull();
    // Twice is still a relayed quote; a wire's own copy says "told Reuters" throughout.
    expect(outletOf("He told Reuters on Monday. She told Reuters later.")).toBeNull();
    expect(outletOf("He told Reuters. She told Reuters. They told Reuters. An aide told Reuters.")).toBe("Reuters");
  });

  it("a single 'told X' is too weak for any outlet", () => {
    expect(outletOf("“We will rebuild,” the mayor told The Guardian.")).toBeNull();
  });

  it("repeated self-references name the outlet, and a wire mention does not outweigh them", () => {
    const text =
      "The mayor told The Washington Post that the bridge was safe. A resident told The Washington Post she was afraid. An official told AFP the same.";
    expect(outletOf(text)).toBe("The Washington Post");
  });

  it("a staff cue names the outlet", () => {
    expect(outletOf("Last year, New York Times reporters visited the camp and met its elders.")).toBe("The New York Times");
    // Citing another outlet's reporting is not a staff cue.
    expect(outletOf("According to New York Times reporting, the camp was closed.")).toBeNull();
  });

  // The staff cue's hint is the staff words and the verb after them; the cue itself also needs the
  // outlet's name before them.
  it.each([
    ["must: reporters met", "A Reuters reporter met the envoy. Reuters journalists visited the site.", "Reuters"],
    ["must: a possessive, photographers", "AFP's photographers witnessed the blast. AFP's photographers observed the crowd.", "AFP"],
    ["must: staff reached", "CNN staff reached the town on Friday.", "CNN"],
    ["must-not: chief of staff", "The chief of staff met the governor and the staff met later.", null],
    ["must-not: a name, no staff verb", "New York Times reporters said the camp was closed.", null],
    ["must-not: the words split by a line", "New York Times reporters\nmet the elders.", null],
  ])("staff cue, %s", (_name, text, want) => {
    expect(outletOf(text)).toBe(want);
  });

  it("a wire dateline names the wire", () => {
    expect(outletOf("VAREN, Switzerland (Reuters) - A lake burst on Thursday.")).toBe("Reuters");
    expect(outletOf("WASHINGTON (AP) — The Senate voted on Friday.")).toBe("Associated Press");
    // UPI writes the day after the place.
    expect(outletOf("SPRINGFIELD, Ill., Oct. 4 (UPI) — The governor signed the bill.")).toBe("UPI");
  });

  // The dateline's credit says whose copy the story is; outlets its sources spoke to are no rivals.
  it.each([
    ["must: a capitals dateline over two 'told CNN'", "PARIS (Reuters) - Le Pen backed him. She told CNN so. Her aide told CNN the same.", [], "Reuters"],
    ["must: a mixed-case dateline over two 'told CNN'", "Paris, Aug 31 (Reuters) - Le Pen backed him.\n\nShe told CNN so. Her aide told CNN the same.", [], "Reuters"],
    ["must: over a document 'obtained by' another outlet", "WASHINGTON (AP) — The memo was obtained by The Guardian. It was seen by The Guardian first.", [], "Associated Press"],
    ["must-not: the page's metadata still weighs against the credit", "PARIS (Reuters) - Le Pen backed him.", [{ outlet: "CNN", kind: "meta", detail: "og:site_name", weight: 4 }], null],
    ["must-not: no dateline, the 'told' cues weigh as before (two for CNN beat a wire's one)", "She told CNN so. Her aide told CNN the same. He told Reuters.", [], "CNN"],
    ["must-not: two datelines of two agencies stay split", "PARIS (Reuters) - One thing.\nBERLIN (AFP) - Another thing.", [], null],
  ] as [string, string, OutletEvidence[], string | null][])("dateline credit, %s", (_name, text, more, want) => {
    const paras = text.split("\n\n");
    let at = 0;
    const spans = paras.map((p) => ({ start: (at = text.indexOf(p, at)), end: at + p.length }));
    expect(inferOutlet([...more, ...selfReferenceEvidence(text), ...agencyDatelineEvidence(text, spans)])).toBe(want);
  });

  it("split evidence stays unknown", () => {
    const text = "He told The Guardian and told The Guardian again. She told The Independent and told The Independent twice.";
    expect(outletOf(text)).toBeNull();
  });

  it("recognises house date styles only where the table says so", () => {
    expect(dateStyleEvidence("05.21.15 5:25 AM ET")[0]?.outlet).toBe("The Daily Beast");
    expect(dateStyleEvidence("21 May 2015")).toEqual([]);
    // A weak style alone is not enough.
    expect(inferOutlet(dateStyleEvidence("MAY 21, 2015"))).toBeNull();
    expect(inferOutlet(dateStyleEvidence("05.21.15 5:25 AM ET"))).toBe("The Daily Beast");
  });

  it("maps names and domains to one canonical outlet", () => {
    expect(canonicalOutlet("the Guardian")).toBe("The Guardian");
    expect(canonicalOutlet("nytimes.com")).toBe("The New York Times");
    expect(canonicalOutlet("Valley Courier")).toBe("Valley Courier");
    expect(outletByDomain("www.bbc.co.uk")?.name).toBe("BBC");
    expect(outletByDomain("example.org")).toBeNull();
  });
});

describe("mastheadLine: a header line naming the paper and the date", () => {
  it.each([
    ["must: a paper's name ending in a newspaper word", "The Valley Courier, March 5, 2031", { outlet: "The Valley Courier", dateRaw: "March 5, 2031" }],
    ["must: a known outlet, a dash", "Politico — June 2, 2016", { outlet: "Politico", dateRaw: "June 2, 2016" }],
    ["must: a bar", "Marrowby Evening News | 4 March 2031", { outlet: "Marrowby Evening News", dateRaw: "4 March 2031" }],
    ["must-not: a place and a date", "Washington, March 5, 2031", null],
    ["must-not: a sentence", "The mayor of Marrowby said on March 5, 2031", null],
    ["must-not: a paper's name with no date", "The Valley Courier, special edition", null],
  ])("%s: %s", (_name, line, want) => {
    expect(mastheadLine(line)).toEqual(want);
  });

  it("names the outlet and date of a plain-text article whose header has one", () => {
    const { document } = parseDocument("story.txt", Buffer.from("Mayor says river district was cleared\n\nThe Valley Courier, March 5, 2031\n\nThe mayor of Marrowby said the river district was cleared.\n"));
    expect(document.articles[0]).toMatchObject({ outlet: "The Valley Courier", published: "2031-03-05", title: "Mayor says river district was cleared" });
    expect(document.articles[0].outletEvidence).toEqual([expect.objectContaining({ kind: "masthead", outlet: "The Valley Courier" })]);
  });
});
