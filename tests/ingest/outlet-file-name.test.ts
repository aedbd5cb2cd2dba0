import { describe, expect, it } from "vitest";
import { outletInFileName, outletByName, selfReferenceEvidence, inferOutlet } from "../../src/ingest/outlets.js";
import { parseDocument } from "../../src/ingest/index.js";

const enc = (s: string) => new TextEncoder().encode(s);
const story = "Council Votes on Budget\n\nThe mayor said on Wednesday that the bridge would reopen in May.\n";

describe("outletInFileName: a known outlet's slug opening a saved file's name", () => {
  it.each([
    ["must: initials", "docs/nyt_2016-09-16_tax.txt", "The New York Times"],
    ["must: a short form", "docs/wash-post_2016-01-31_x.txt", "The Washington Post"],
    ["must: a short form", "docs/wapo_2016-01-31_x.txt", "The Washington Post"],
    ["must: a short form", "docs/huff-post_2016-05-19_x.txt", "The Huffington Post"],
    ["must: the table's slug", "docs/huffpost_2016-05-19_x.txt", "The Huffington Post"],
    ["must: the name's words", "docs/usa-today_2016-06-10_x.txt", "USA Today"],
    ["must: a date after a hyphen", "inbox/usa-today-2016-06-10.html", "USA Today"],
    ["must: one word", "docs/politico_2016-05-14_x.txt", "Politico"],
    ["must: one word", "docs/breitbart_2016-04-23_x.txt", "Breitbart"],
    ["must: a short form", "docs/west-journal_2016-04-23_x.txt", "The Western Journal"],
    ["must: an agency's initials", "wire/ap-2016-01-01.txt", "Associated Press"],
    ["must: a name, a space, no date", "saved/cnn transcript.txt", "CNN"],
    ["must: a broadcaster's name", "docs/fox-news_2016-02-01_debate.txt", "Fox News"],
    ["must: a plain word with a date after it", "docs/the-hill_2016-02-01_x.txt", "The Hill"],
    ["must: a plain word with a date after it", "docs/time_2016-02-01_x.txt", "Time"],
  ])("%s: %s", (_name, doc, want) => {
    expect(outletInFileName(doc)?.outlet.name).toBe(want);
  });

  it.each([
    ["must-not: an unknown word", "docs/council_2019-03-07.txt"],
    ["must-not: a word that is no outlet's whole slug", "docs/fox_2016-01-01_x.txt"],
    ["must-not: longer words that open with an outlet's", "docs/reuters-style-guide_notes.txt"],
    ["must-not: a person's name", "docs/tim_2016-01-01_x.txt"],
    ["must-not: a name that opens with a date", "docs/2016-09-16_nyt.txt"],
    ["must-not: the outlet's name alone, no separator", "docs/politico.txt"],
    ["must-not: a plain word without a date after it", "docs/time_line.txt"],
    ["must-not: a plain word without a date after it", "docs/the-hill notes.txt"],
    ["must-not: standard input", "-"],
  ])("%s: %s", (_name, doc) => {
    expect(outletInFileName(doc)).toBeNull();
  });
});

describe("an article's outlet from its file's name, when the text names none", () => {
  it("takes the outlet, says so in an info diagnostic and in the outlet evidence", () => {
    const { document, diagnostics } = parseDocument("docs/wash-post_2019-03-07_council.txt", enc(story));
    const [a] = document.articles;
    expect(a.outlet).toBe("The Washington Post");
    expect(a.id).toBe("washington-post-2019-03-07");
    expect(a.outletEvidence).toEqual([expect.objectContaining({ outlet: "The Washington Post", kind: "file-name" })]);
    const notes = diagnostics.filter((d) => d.ruleId === "ingest/outlet-from-file-name");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", articleId: a.id });
    expect(notes[0].reason).toContain("wash-post");
  });

  it("leaves a file whose name opens with no known outlet without one", () => {
    const { document, diagnostics } = parseDocument("docs/council_2019-03-07.txt", enc(story));
    expect(document.articles[0].outlet).toBeNull();
    expect(diagnostics.some((d) => d.ruleId === "ingest/outlet-from-file-name")).toBe(false);
  });

  it("prefers the outlet the text names", () => {
    const text = `Council Votes on Budget\n\nMARROWBY (Reuters) - The mayor said on Wednesday that the bridge would reopen in May.\n`;
    const { document, diagnostics } = parseDocument("docs/nyt_2019-03-07_council.txt", enc(text));
    expect(document.articles[0].outlet).toBe("Reuters");
    expect(diagnostics.some((d) => d.ruleId === "ingest/outlet-from-file-name")).toBe(false);
  });

  it("falls back on the name when the text's evidence is too weak to name one", () => {
    const text = `Council Votes on Budget\n\nThe mayor told CNN on Wednesday that the bridge would reopen in May.\n`;
    const { document } = parseDocument("docs/politico_2019-03-07_council.txt", enc(text));
    expect(document.articles[0].outlet).toBe("Politico");
    expect(document.articles[0].outletEvidence.map((e) => e.kind)).toEqual(["self-reference", "file-name"]);
  });

  // A story quotes other outlets' interviews as often as its own: credits alone ("told MSNBC" twice)
  // give way to the file's name; a dateline, a masthead or a link does not.
  it.each([
    ["must: two credits to another outlet", "docs/wash-post_2019-03-07_council.txt", "The mayor told MSNBC on Wednesday that the bridge would reopen. An aide told MSNBC the same.", "The Washington Post", true],
    ["must: two 'obtained by' another outlet", "docs/nyt_2019-03-07_council.txt", "The memo was obtained by The Guardian. It was first seen by The Guardian.", "The New York Times", true],
    ["must-not: credits to the outlet the name gives", "docs/politico_2019-03-07_council.txt", "The mayor told Politico on Wednesday that the bridge would reopen. An aide told Politico the same.", "Politico", false],
    ["must-not: credits and no outlet in the name", "docs/council_2019-03-07.txt", "The mayor told MSNBC on Wednesday that the bridge would reopen. An aide told MSNBC the same.", "MSNBC", false],
    ["must-not: credits to a wire agency, its copy reprinted", "docs/wash-post_2019-03-07_council.txt", "The mayor told the AP the bridge would reopen. An aide told the AP the same. A clerk told the AP more. Residents told the AP they were glad.", "Associated Press", false],
    ["must-not: a wire dateline", "docs/wash-post_2019-03-07_council.txt", "MARROWBY (Reuters) - The mayor told Reuters on Wednesday that the bridge would reopen.", "Reuters", false],
    ["must-not: a staff cue", "docs/wash-post_2019-03-07_council.txt", "MSNBC reporters visited the bridge. The mayor told MSNBC it would reopen.", "MSNBC", false],
  ])("credits and the file's name, %s", (_name, file, body, want, fromName) => {
    const { document, diagnostics } = parseDocument(file, enc(`Council Votes on Budget\n\n${body}\n`));
    expect(document.articles[0].outlet).toBe(want);
    expect(diagnostics.some((d) => d.ruleId === "ingest/outlet-from-file-name")).toBe(fromName);
  });

  it("names no outlet for the stories of a file that holds several (as it dates none of them)", () => {
    const para = (t: string) => `<p>${t}</p>`;
    const html =
      "<!DOCTYPE html><html><head><title>City news</title></head><body>" +
      `<article><h2>Bridge</h2>${para("The council voted on Monday to fund the new bridge across the river.")}${para("“This is a good day,” said Mayor Alicia Ramos after the vote.")}</article>` +
      `<article><h2>Schools</h2>${para("The school board put off a vote on the budget until next month.")}${para("“We need the numbers first,” said board president Lee Park.")}</article>` +
      "</body></html>";
    const { document, diagnostics } = parseDocument("docs/nyt_2019-03-07_front.html", enc(html));
    expect(document.articles).toHaveLength(2);
    for (const a of document.articles) expect(a.outlet).toBeNull();
    expect(diagnostics.some((d) => d.ruleId === "ingest/outlet-from-file-name")).toBe(false);
  });
});

describe("outlets added to the table, used as outlets in text", () => {
  it.each([
    ["must: a paper", "He told The Hill. She told The Hill.", "The Hill"],
    ["must: a magazine", "He told Time. She told Time.", "Time"],
    ["must: a site", "He told BuzzFeed News. She told BuzzFeed News.", "BuzzFeed News"],
    ["must: a broadcaster", "He told Fox News on Sunday. She told Fox News later.", "Fox News"],
    ["must: a broadcaster", "He told MSNBC. She told MSNBC.", "MSNBC"],
  ])("self-reference, %s: %s", (_name, text, want) => {
    expect(inferOutlet(selfReferenceEvidence(text))).toBe(want);
  });

  it.each([
    ["must: a name as written", "The Hill", "The Hill"],
    ["must: a name as written", "Fox News", "Fox News"],
    ["must: a domain's alias", "Western Journalism", "The Western Journal"],
    ["must-not: a surname, an ocean", "Hill", null],
    ["must-not: an ocean", "Atlantic", null],
    ["must-not: a surname (Vicente Fox)", "Fox", null],
  ])("outletByName, %s: %s", (_name, name, want) => {
    expect(outletByName(name)?.name ?? null).toBe(want);
  });
});
