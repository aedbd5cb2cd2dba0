import { describe, expect, it } from "vitest";
import { dateInFileName, dayLine, isDateLine, parseDate } from "../../src/ingest/dates.js";

describe("parseDate", () => {
  // [input, ISO day as written or null]
  const cases: [string, string | null][] = [
    ["MAY 21, 2015", "2015-05-21"],
    ["05.21.15 5:25 AM ET", "2015-05-21"], // US house style: month first
    ["21.05.15", "2015-05-21"], // European: day first
    ["03.04.2019", "2019-04-03"], // ambiguous, no US marker: day first
    ["03.04.19 9:00 PM EST", "2019-03-04"], // ambiguous with a US zone: month first
    ["Vr mei 22 16:39:47 CEST 2015", "2015-05-22"], // Dutch Mailman archive date
    ["Fri May 22 16:39:47 CEST 2015", "2015-05-22"],
    ["Fri, 22 May 2015 16:39:47 +0200", "2015-05-22"], // RFC 2822, kept as written (not shifted to UTC)
    ["Mi 3. Feb 14:02:08 CET 2021", "2021-02-03"], // German
    ["mardi 3 mars 2020", "2020-03-03"], // French
    ["12 de septiembre de 2019", "2019-09-12"], // Spanish
    ["2015-05-21T09:25:00Z", "2015-05-21"],
    ["2021-10-07T06:15:00-05:00", "2021-10-07"],
    ["March 3rd, 2016 at 4:00 pm", "2016-03-03"],
    ["Posted: 03/14/2031 10:15 AM", "2031-03-14"], // a label before the date
    ["Published on March 3, 2031", "2031-03-03"],
    ["published 4 May 2031", "2031-05-04"],
    ["Tue 5 Mar 2031 09.30 GMT", "2031-03-05"], // a British page's time with a dot
    ["5 March 2031 • 9:30 GMT", "2031-03-05"], // a separator between day and time
    ["March 5, 2031 | 9:30 AM", "2031-03-05"],
    ["March 5, 2031 • the vote", null], // a separator does not make the rest a date
    ["Posted by the desk", null], // a label alone is no date
    ["Updated: March 3, 2031", null], // an update is not the publication
    ["February 30, 2020", null], // not a day
    ["Inside the Ancient City", null],
    ["Michael Weiss", null],
    ["", null],
  ];
  it.each(cases)("%s -> %s", (input, iso) => {
    expect(parseDate(input, true)?.iso ?? null).toBe(iso);
  });

  it("finds a date inside a longer string only when not asked for a whole line", () => {
    expect(parseDate("Published on 2019-09-12 by the desk")?.iso).toBe("2019-09-12");
    expect(isDateLine("Published on 2019-09-12 by the desk")).toBe(false);
    expect(isDateLine("Thursday, March 3, 2022")).toBe(true);
    expect(isDateLine("The council met on March 3, 2022 to vote")).toBe(false);
  });
});

describe("dateInFileName", () => {
  // [path, ISO day or null]
  const cases: [string, string | null][] = [
    ["bench/docs/nyt_2016-09-16_clinton-plan.txt", "2016-09-16"],
    ["2019_03_04 council meeting.html", "2019-03-04"],
    ["notes/ap.2021.10.07.story.eml", "2021-10-07"],
    ["20150521-palmyra.txt", "2015-05-21"],
    ["C:\\saved\\2015-05-21\\story.txt", null], // the folder's date is not the file's
    ["story-2016-02-30.txt", null], // not a day
    ["order-120150521.txt", null], // inside a longer number
    ["2016-09-16-to-2016-09-18-roundup.txt", null], // two dates: which one?
    ["2016-09-16_copy_of_2016-09-16.txt", "2016-09-16"], // the same date twice
    ["2016-0916.txt", null], // mixed separators
    ["000_9c8f2d7fbc89cf5c.txt", null],
  ];
  it.each(cases)("%s -> %s", (path, iso) => {
    expect(dateInFileName(path)?.iso ?? null).toBe(iso);
  });
});

describe("dayLine: a day without its year, alone on its line", () => {
  it.each([
    ["May 20", "may 20"],
    ["Tue, May 21, 9:30 AM ET", "may 21"],
    ["20 mei", "mei 20"],
    ["Updated May 20 at 10:15", "may 20"],
    ["Dec. 30", "dec 30"],
    ["May 20, 2015", null],
    ["May 20 is the day", null],
    ["9:30 AM", null],
    ["May", null],
  ])("%s -> %s", (line, want) => {
    expect(dayLine(line)).toBe(want);
  });
});

// Every date parseDate reads has a digit; a line with none is turned away before it is tokenised.
describe("parseDate: a line with no digit is no date", () => {
  it.each([
    ["must-not: a month and a weekday", "Friday, May"],
    ["must-not: a headline", "Storm closes the port"],
    ["must-not: a month alone, as a line", "March"],
  ])("%s: %s", (_name, line) => {
    expect(parseDate(line, true)).toBeNull();
    expect(parseDate(line)).toBeNull();
    expect(isDateLine(line)).toBe(false);
  });

  it.each([
    ["must: a day in figures", "May 21, 2015", "2015-05-21"],
    ["must: figures only", "21.05.2015", "2015-05-21"],
    ["must: ISO", "2015-05-21", "2015-05-21"],
  ])("%s: %s", (_name, line, iso) => {
    expect(parseDate(line, true)?.iso).toBe(iso);
  });
});
