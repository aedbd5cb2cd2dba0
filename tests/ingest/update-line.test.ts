import { describe, expect, it } from "vitest";
import { articlesFromText } from "../../src/ingest/build.js";
import { isUpdateLine, updateDate, updateDay } from "../../src/ingest/dates.js";
import { parseDocument } from "../../src/ingest/index.js";

// A web story copied as text keeps the line that says when it was last changed ("Updated 4:12 p.m.
// ET, March 9, 2031"). It belongs to the header, not the story: the dateline opens the paragraph
// under it. An update is not the publication (tests/ingest/dates.test.ts): it dates the story only
// when nothing else does, as an upper bound (publishedFrom "update-line").
describe("an 'Updated' line at a story's top (src/ingest/dates.ts isUpdateLine, build.ts)", () => {
  it.each([
    ["must: a time, a zone and a date", "Updated 4:12 p.m. ET, March 9, 2031", true],
    ["must: a label with a colon", "Updated: March 9, 2031", true],
    ["must: last updated", "Last updated 9 March 2031 14:02 GMT", true],
    ["must: a day without its year", "Updated May 20, 9:30 AM", true],
    ["must-not: a date alone", "March 9, 2031", false],
    ["must-not: a sentence that opens with the word", "Updated figures came out on March 9, 2031.", false],
    ["must-not: the label alone", "Updated", false],
    ["must-not: a headline", "Updated census counts more voters", false],
  ])("isUpdateLine: %s", (_name, line, want) => {
    expect(isUpdateLine(line)).toBe(want);
  });

  const STORY =
    'GRANITE FALLS, Minn. (AP) — Residents near the quarry said Monday that a blast cracked the foundations of a dozen homes.\n\n"The whole house jumped," said Elena Ostrova, who lives near the pit.\n';
  it.each([
    ["under a byline", "Quarry blast cracks foundations\n\nBy Hal Brecken and Sunita Rao\n\nUpdated 4:12 p.m. ET, March 9, 2031", { byline: "Hal Brecken and Sunita Rao", published: "2031-03-09", publishedFrom: "update-line", dateline: "GRANITE FALLS, Minn." }],
    ["over the byline", "Quarry blast cracks foundations\n\nUpdated March 9, 2031\n\nBy Hal Brecken", { byline: "Hal Brecken", published: "2031-03-09", publishedFrom: "update-line", dateline: "GRANITE FALLS, Minn." }],
    ["with the publication's date above it", "Quarry blast cracks foundations\n\nMarch 8, 2031\n\nUpdated March 9, 2031", { published: "2031-03-08", dateline: "GRANITE FALLS, Minn." }],
    ["with the publication's date under it", "Quarry blast cracks foundations\n\nUpdated March 9, 2031\n\nPublished March 8, 2031", { published: "2031-03-08", dateline: "GRANITE FALLS, Minn." }],
  ])("the dateline under it is found: %s", (_name, top, want) => {
    const src = `${top}\n\n${STORY}`;
    const a = articlesFromText("quarry.txt", src, 0, src.length).articles[0];
    expect(a).toMatchObject({ title: "Quarry blast cracks foundations", ...want });
  });
});

// "Updated 3:15 p.m. ET, Thu May 21, 2015" over a story that gives no other date: the story was out
// on or before that day. Before, it set no date at all, and the reports, the conflicts' time windows
// and a weekday's day had none to go on.
describe("an 'Updated' line dates a story that gives no other date (dates.ts updateDate, build.ts)", () => {
  it.each([
    ["must: a time, a zone, a weekday and a date", "Updated 3:15 p.m. ET, Thu May 21, 2015", "2015-05-21"],
    ["must: last updated, day first", "Last updated: 9 March 2031 14:02 GMT", "2031-03-09"],
    ["must-not: a day without its year", "Updated May 20, 9:30 AM", null],
    ["must-not: a date alone (a date line, read as one)", "May 21, 2015", null],
    ["must-not: a sentence that opens with the word", "Updated figures came out on May 21, 2015.", null],
  ])("updateDate: %s", (_name, line, iso) => {
    expect(updateDate(line)?.iso ?? null).toBe(iso);
    if (iso) expect(updateDate(line)?.raw).toBe(line);
  });

  const STORY = 'GRANITE FALLS, Minn. (AP) — Residents near the quarry said that a blast cracked the foundations of a dozen homes.\n\n"The whole house jumped," said Elena Ostrova, who lives near the pit.\n';
  const UPDATED = "Updated 3:15 p.m. ET, Thu May 21, 2015";
  const read = (name: string, top: string) => {
    const src = `${top}\n\n${STORY}`;
    return articlesFromText(name, src, 0, src.length);
  };
  it.each([
    ["must: under the headline", "quarry.txt", `Quarry blast cracks foundations\n\n${UPDATED}`, { published: "2015-05-21", publishedRaw: UPDATED, publishedFrom: "update-line" }],
    ["must: before a date in the file's name (the story's own bound over a guess)", "quarry_2015-05-19.txt", `Quarry blast cracks foundations\n\n${UPDATED}`, { published: "2015-05-21", publishedFrom: "update-line" }],
    ["must-not: the publication's own date wins", "quarry.txt", `Quarry blast cracks foundations\n\nMay 20, 2015\n\n${UPDATED}`, { published: "2015-05-20", publishedRaw: "May 20, 2015" }],
    ["must-not: a day without its year dates nothing", "quarry.txt", "Quarry blast cracks foundations\n\nUpdated May 21, 9:30 AM", { published: null }],
  ])("%s", (_name, file, top, want) => {
    const { articles, diagnostics } = read(file, top);
    expect(articles[0]).toMatchObject({ title: "Quarry blast cracks foundations", dateline: "GRANITE FALLS, Minn.", ...want });
    if (!("publishedFrom" in want)) expect(articles[0].publishedFrom).toBeUndefined();
    expect(diagnostics.some((d) => d.ruleId === "ingest/date-from-update-line")).toBe("publishedFrom" in want);
  });

  const eml = (body: string) =>
    new TextEncoder().encode(`From: Pat Quill <pat@example.org>\r\nSubject: Fwd: quarry\r\nDate: Sat, 23 May 2015 09:15:00 -0400\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}`);
  it.each([
    ["a headline, a byline and the update line", `Quarry blast cracks foundations\nBy Hal Brecken\n\n${UPDATED}\n\n${STORY}`],
    ["a headline and the update line over the story", `Quarry blast cracks foundations\n\n${UPDATED}\n\n${STORY}`],
  ])("must: in a mail (%s), the update's day comes before the mail's", (_name, body) => {
    const a = parseDocument("quarry.eml", eml(body)).document.articles[0];
    expect(a).toMatchObject({ title: "Quarry blast cracks foundations", published: "2015-05-21", publishedRaw: UPDATED, publishedFrom: "update-line" });
  });
  it("must: a day without its year takes the mail's year, on or before the day sent", () => {
    const { document, diagnostics } = parseDocument("quarry.eml", eml(`Quarry blast cracks foundations\n\nUpdated May 21, 9:30 AM\n\n${STORY}`));
    expect(document.articles[0]).toMatchObject({ published: "2015-05-21", publishedRaw: "Updated May 21, 9:30 AM", publishedFrom: "update-line" });
    expect(diagnostics.find((d) => d.ruleId === "ingest/date-from-update-line")?.reason).toContain("the year from the mail's date (2015-05-23)");
  });
  it.each([
    ["must: a day and a time", "Updated May 21, 9:30 AM", "may 21"],
    ["must-not: a whole date (updateDate reads it)", "Updated May 21, 2015", null],
    ["must-not: no label", "May 21, 9:30 AM", null],
  ])("updateDay: %s", (_name, line, want) => {
    expect(updateDay(line)).toBe(want);
  });
  it("must-not: a mail's story without an update line keeps the mail's day", () => {
    const a = parseDocument("quarry.eml", eml(`Quarry blast cracks foundations\n\n${STORY}`)).document.articles[0];
    expect(a).toMatchObject({ published: "2015-05-23", publishedFrom: "mail" });
  });
});

// A story copied from the web whose dateline gives its day without a year ("WASHINGTON, Sept. 7 —")
// and whose "Updated …" line gives a whole date: the dateline's day is the story's, the update's
// year (the day on or closest before the update) completes it. Before, the dateline's day was read
// only with a mail's year, and the story was dated by its last update, an upper bound a day or more late.
describe("a dateline's day takes the year of the story's 'Updated …' line (build.ts)", () => {
  const BODY = "Senators said on Wednesday that the bill would come to a vote next week.\n\n\"We have the votes,\" said Sen. Ada Pike.\n";
  const HEAD = "Senate readies vote on harbour bill";
  type Case = readonly [name: string, file: string, text: string, want: Record<string, unknown>, rule: string | null];
  const cases: readonly Case[] = [
    ["must: the update's year, its day after the dateline's", "bill.txt", `${HEAD}\n\nUpdated 4:12 p.m. ET, Sept. 8, 2016\n\nWASHINGTON, Sept. 7 — ${BODY}`, { published: "2016-09-07", publishedRaw: "Sept. 7", publishedFrom: "dateline-and-update-line", dateline: "WASHINGTON" }, "ingest/date-from-dateline"],
    ["must: across New Year, the year before the update's", "bill.txt", `${HEAD}\n\nUpdated Jan. 2, 2017 9:30 AM\n\nWASHINGTON, Dec. 30 — ${BODY}`, { published: "2016-12-30", publishedRaw: "Dec. 30", publishedFrom: "dateline-and-update-line" }, "ingest/date-from-dateline"],
    ["must: a dateline of the day alone, with an agency", "bill.txt", `${HEAD}\n\nLast updated: 8 September 2016 14:02 GMT\n\nSept. 7 (AP) — ${BODY}`, { published: "2016-09-07", publishedFrom: "dateline-and-update-line" }, "ingest/date-from-dateline"],
    ["must-not: the story's own date line wins", "bill.txt", `${HEAD}\n\nSept. 6, 2016\n\nUpdated Sept. 8, 2016\n\nWASHINGTON, Sept. 7 — ${BODY}`, { published: "2016-09-06", publishedRaw: "Sept. 6, 2016" }, null],
    ["must-not: an update without its year and no mail dates nothing", "bill.txt", `${HEAD}\n\nUpdated Sept. 8, 9:30 AM\n\nWASHINGTON, Sept. 7 — ${BODY}`, { published: null }, null],
    ["must-not: a dateline with no day keeps the update's bound", "bill.txt", `${HEAD}\n\nUpdated Sept. 8, 2016\n\nWASHINGTON — ${BODY}`, { published: "2016-09-08", publishedFrom: "update-line" }, "ingest/date-from-update-line"],
  ];
  it.each(cases)("%s", (_name, file, text, want, rule) => {
    const { document, diagnostics } = parseDocument(file, new TextEncoder().encode(text));
    const a = document.articles[0];
    expect(a).toMatchObject({ title: HEAD, ...want });
    if (!("publishedFrom" in want)) expect(a.publishedFrom).toBeUndefined();
    const dateRules = diagnostics.map((d) => d.ruleId).filter((r) => r.startsWith("ingest/date-from"));
    expect(dateRules).toEqual(rule ? [rule] : []);
    if (rule === "ingest/date-from-dateline") expect(diagnostics.find((d) => d.ruleId === rule)?.reason).toMatch(/the year from the story's last update/);
  });

  const eml = (body: string) =>
    new TextEncoder().encode(`From: Pat Quill <pat@example.org>\r\nSubject: Fwd: vote\r\nDate: Sat, 23 May 2020 09:15:00 -0400\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}`);
  it("must: in a mail sent years later, the update's year, not the mail's", () => {
    const a = parseDocument("vote.eml", eml(`${HEAD}\n\nUpdated 4:12 p.m. ET, Sept. 8, 2016\n\nWASHINGTON, Sept. 7 — ${BODY}`)).document.articles[0];
    expect(a).toMatchObject({ published: "2016-09-07", publishedFrom: "dateline-and-update-line" });
  });
  it("must-not: in a mail, an update without its year leaves the dateline to the mail's year", () => {
    const a = parseDocument("vote.eml", eml(`${HEAD}\n\nUpdated May 21, 9:30 AM\n\nWASHINGTON, May 20 — ${BODY}`)).document.articles[0];
    expect(a).toMatchObject({ published: "2020-05-20", publishedFrom: "dateline-and-mail" });
  });
});
