import { describe, expect, it } from "vitest";
import { googleDigest } from "../../src/ingest/google-digest.js";
import { authorLine } from "../../src/ingest/google-topic-digest.js";
import { parseDocument } from "../../src/ingest/index.js";
import { expectOwnWords, fixture, SENDERS, TOPICS } from "./harbour-watch-digest.js";

// Google Groups' newer plain-text digest ("Topic digest"): each topic's title on a line of its own,
// each message under one line "Name <address>: date", "Back to top" after each topic, the footer
// "You received this digest because …". Before, it was one article: the posts ran together, their
// authors and dates lost, the list of topics and the footer read as the story's text.
const NO_DIGEST_TEXT = /Back to top|Topic digest|View all topics|\d Updates?\b|You received this|googlegroups|@example|AM -0800|PM -0800/;

describe("Google Groups' newer digest layout is read as its messages (src/ingest/google-topic-digest.ts)", () => {
  it("must: saved as text: one article a message, with its topic, sender, date as written and group", () => {
    const { document, diagnostics } = parseDocument("harbour-watch-topic-digest.txt", fixture("harbour-watch-topic-digest.txt"));
    expect(document.articles.map((a) => a.container?.title)).toEqual(TOPICS);
    expect(document.articles.map((a) => a.title)).toEqual(TOPICS);
    expect(document.articles.map((a) => a.container?.sender)).toEqual(SENDERS);
    expect(document.articles.map((a) => [a.container?.sentRaw, a.container?.sentOn])).toEqual([["Mar 08 08:01AM -0800", null], ["Mar 08 09:15AM -0800", null], ["Mar 08 04:40PM -0800", null]]);
    expect(document.articles.every((a) => a.container?.listName === "harbour-watch" && a.container.kind === "mailing-list-post")).toBe(true);
    for (const a of document.articles) expect(a.text).not.toMatch(NO_DIGEST_TEXT);
    expectOwnWords(document.articles);
    expect(diagnostics.find((d) => d.ruleId === "ingest/digest")?.reason).toBe("a Google Groups digest of 3 messages in 2 topics: each read on its own, its table of contents left out");
  });

  it("must: in a mail (quoted-printable, format=flowed): the dates take the digest's year, the dateline its day", () => {
    const { document } = parseDocument("harbour-watch-topic-digest-2021-03-09.eml", fixture("harbour-watch-topic-digest-2021-03-09.eml"));
    expect(document.articles.map((a) => a.container?.title)).toEqual(TOPICS);
    expect(document.articles.map((a) => a.container?.sender)).toEqual(SENDERS);
    expect(document.articles.map((a) => [a.container?.sentRaw, a.container?.sentOn])).toEqual([["Mar 08 2021 08:01AM -0800", "2021-03-08"], ["Mar 08 2021 09:15AM -0800", "2021-03-08"], ["Mar 08 2021 04:40PM -0800", "2021-03-08"]]);
    // The sender's lead-in on a full stop over the dateline is no headline (headline.ts notesAbove): the topic is.
    expect(document.articles[0]).toMatchObject({ title: TOPICS[0], dateline: "NEWPORT, R.I.", published: "2021-03-07" });
    for (const a of document.articles) expect(a.text).not.toMatch(NO_DIGEST_TEXT);
  });

  it.each([
    ["must: a name and address", "Ann Vega <ann.v...@example.org>: Mar 08 08:01AM -0800 ", { from: "Ann Vega <ann.v...@example.org>", date: "Mar 08 08:01AM -0800" }],
    ["must: a name in quotation marks", '"Cy Moss" <cym...@example.org>: Mar 08 09:15AM -0800', { from: "Cy Moss <cym...@example.org>", date: "Mar 08 09:15AM -0800" }],
    ["must: an address alone", "bo@example.net: Dec 31 11:40PM -0800", { from: "bo@example.net", date: "Dec 31 11:40PM -0800" }],
    ["must: a date with its weekday and year", "Ann Vega <ann@example.org>: Mon, Mar 8, 2021 at 8:01 AM", { from: "Ann Vega <ann@example.org>", date: "Mon, Mar 8, 2021 at 8:01 AM" }],
    ["must-not: no date after the colon", "Ann Vega <ann@example.org>: see you at the pier", null],
    ["must-not: a day with no time", "Ann Vega <ann@example.org>: Mar 08", null],
    ["must-not: a quoted line", "> Ann Vega <ann@example.org>: Mar 08 08:01AM -0800", null],
    ["must-not: a line of the story", "The meeting is on Mar 08 at 10:00, the harbour master said.", null],
  ])("authorLine: %s", (_name, line, want) => {
    expect(authorLine(line)).toEqual(want);
  });

  const FOOT = "You received this digest because you're subscribed to updates for this group.\nTo unsubscribe from this group and stop receiving emails from it send an email to harbour+unsubscribe@googlegroups.com.\n";
  const ANN = "Ann Vega <ann@example.org>: Mar 08 08:01AM -0800";
  const CY = "Cy Moss <cy@example.org>: Mar 08 09:15AM -0800";
  const TOP = "harbour@googlegroups.com\tGoogle Groups\nTopic digest\nView all topics\n\n";
  it.each([
    ["must: two topics, a message each", `${TOP}    Pier - 1 Update\n    Fares - 1 Update\n\nPier\t\n${ANN}\n\nThe pier closes.\nBack to top\nFares\t\n${CY}\n\nFares rise.\nBack to top\n${FOOT}`, [["Pier", "The pier closes."], ["Fares", "Fares rise."]]],
    ["must: a signature over the next message's line is the message's, no topic", `${TOP}    Pier - 2 Updates\n\nPier\n${ANN}\n\nThe pier closes.\n\nAnn\n${CY}\n\nIt reopens.\nBack to top\n${FOOT}`, [["Pier", "Ann"], ["Pier", "It reopens."]]],
    ["must: a topic the list at the top leaves out, under 'Back to top'", `${TOP}Pier\n${ANN}\n\nThe pier closes.\nBack to top\nFares\n${CY}\n\nFares rise.\nBack to top\n${FOOT}`, [["Pier", "The pier closes."], ["Fares", "Fares rise."]]],
    ["must: the topics listed in brackets", `Today's topic summary\n\n  - Pier [1 Update]\n\nPier\n${ANN}\n\nThe pier closes.\n\n${FOOT}`, [["Pier", "The pier closes."]]],
    ["must-not: no sign of the layout", `Pier\n${ANN}\n\nThe pier closes.\n`, null],
    ["must-not: a message's line under no topic", `${ANN}\n\nThe pier closes.\nBack to top\n`, null],
    ["must-not: a pasted chat log under a page's 'Back to top'", `Back to top\n\nThe pier closes, the harbour master said.\n`, null],
  ])("googleDigest: %s", (_name, text, want) => {
    const got = googleDigest(text);
    if (want === null) return expect(got).toBeNull();
    const texts = got!.messages.map((m) => new TextDecoder().decode(m));
    expect(texts.map((t) => /^Subject: (.*)$/m.exec(t)?.[1])).toEqual(want.map(([topic]) => topic));
    texts.forEach((t, i) => {
      expect(t).toContain(want[i][1]);
      expect(t).toContain("List-Id: <harbour.googlegroups.com>");
      expect(t).not.toMatch(/Back to top|You received|Update|Topic digest/);
    });
  });
});
