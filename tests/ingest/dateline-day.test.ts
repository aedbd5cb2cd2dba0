import { describe, expect, it } from "vitest";
import { yearOfDay } from "../../src/ingest/dates.js";
import { parseDocument } from "../../src/ingest/index.js";
import { datelineDay } from "../../src/ingest/segments.js";

describe("datelineDay", () => {
  // [story opening, the day its dateline gives as written, or null]
  const cases: [string, string | null][] = [
    ["DAMASCUS, Syria, May 20 — Government forces withdrew", "May 20"],
    ["SPRINGFIELD, Ill., Oct. 4 (UPI) — The governor", "Oct. 4"],
    ["WASHINGTON, Sept. 9 (Reuters) - The Senate voted", "Sept. 9"],
    ["May 20 — Government forces withdrew from the city", "May 20"],
    ["Oct. 4 (AP) — The governor signed", "Oct. 4"],
    ["BEIRUT, Lebanon — The army said", null], // a place and no day
    ["Ward 20 — the council's newest district", null], // no month
    ["The mayor, Oct. 4 — not a dateline", null],
    ["On May 20 the forces withdrew", null],
  ];
  it.each(cases)("%s -> %s", (text, day) => {
    expect(datelineDay(text)).toBe(day);
  });
});

describe("yearOfDay", () => {
  // [day as written, date known to come on or after it, ISO day or null]
  const cases: [string, string, string | null][] = [
    ["May 20", "2015-05-22", "2015-05-20"],
    ["May 22", "2015-05-22", "2015-05-22"],
    ["May 23", "2015-05-22", "2015-05-23"], // a day ahead: time zones
    ["May 25", "2015-05-22", "2014-05-25"], // further ahead: last year's
    ["Dec. 31", "2016-01-02", "2015-12-31"],
    ["Jan. 1", "2015-12-31", "2016-01-01"],
    ["Sept. 9", "2031-09-10", "2031-09-09"],
    ["20 mei", "2015-05-22", "2015-05-20"],
    ["Feb. 29", "2016-03-01", "2016-02-29"],
    ["Feb. 30", "2016-03-01", null],
    ["Ward 20", "2015-05-22", null],
  ];
  it.each(cases)("%s by %s -> %s", (day, anchor, iso) => {
    expect(yearOfDay(day, anchor)?.iso ?? null).toBe(iso);
  });
});

const mail = (date: string, body: string) =>
  new TextEncoder().encode(["From: Desk <desk@example.org>", "Subject: [Wire] Forces withdraw", `Date: ${date}`, "Content-Type: text/plain; charset=utf-8", "", body, ""].join("\n"));
const STORY = "Government forces withdrew from the city overnight, a monitoring group said on Wednesday.";

describe("a story's date from its dateline's day and the mail's year", () => {
  type Case = { readonly name: string; readonly file: string; readonly bytes: Uint8Array; readonly published: string | null; readonly publishedRaw: string | null; readonly noted: boolean };
  const cases: readonly Case[] = [
    { name: "a mail's story dated by its dateline", file: "wire.eml", bytes: mail("Fri, 22 May 2015 16:39:47 +0200", `DAMASCUS, Syria, May 20 — ${STORY}`), published: "2015-05-20", publishedRaw: "May 20", noted: true },
    { name: "a dateline of the day alone", file: "wire.eml", bytes: mail("Fri, 22 May 2015 16:39:47 +0200", `May 20 — ${STORY}`), published: "2015-05-20", publishedRaw: "May 20", noted: true },
    { name: "the year before, across New Year", file: "wire.eml", bytes: mail("Sat, 2 Jan 2016 08:00:00 +0000", `DAMASCUS, Dec. 31 (AP) — ${STORY}`), published: "2015-12-31", publishedRaw: "Dec. 31", noted: true },
    {
      name: "a story in a forwarded message takes that message's year, not the forward's",
      file: "wire.eml",
      bytes: mail("Wed, 1 Jun 2016 10:00:00 +0000", `See below.\n\n---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\nDate: Wed, May 20, 2015 at 9:00 AM\nSubject: Forces withdraw\n\nDAMASCUS, May 19 — ${STORY}`),
      published: "2015-05-19",
      publishedRaw: "May 19",
      noted: true,
    },
    { name: "not: a date line of the story's own wins", file: "wire.eml", bytes: mail("Fri, 22 May 2015 16:39:47 +0200", `Forces withdraw\n\nMay 21, 2015\n\nDAMASCUS, Syria, May 20 — ${STORY}`), published: "2015-05-21", publishedRaw: "May 21, 2015", noted: false },
    // No day to read: the mail's own day dates it, an upper bound (date-from-mail.test.ts).
    { name: "not: a dateline with no day", file: "wire.eml", bytes: mail("Fri, 22 May 2015 16:39:47 +0200", `DAMASCUS, Syria — ${STORY}`), published: "2015-05-22", publishedRaw: "Fri, 22 May 2015 16:39:47 +0200", noted: false },
    { name: "not: a text with no mail's date to give the year", file: "wire.txt", bytes: new TextEncoder().encode(`DAMASCUS, Syria, May 20 — ${STORY}\n`), published: null, publishedRaw: null, noted: false },
  ];
  it.each(cases)("$name", ({ file, bytes, published, publishedRaw, noted }) => {
    const { document, diagnostics } = parseDocument(file, bytes);
    expect(document.articles[0]).toMatchObject({ published, publishedRaw });
    expect(diagnostics.some((d) => d.ruleId === "ingest/date-from-dateline")).toBe(noted);
  });
});
