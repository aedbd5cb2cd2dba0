import { describe, expect, it } from "vitest";
import { googleDigest, withYear } from "../../src/ingest/google-digest.js";
import { parseDocument } from "../../src/ingest/index.js";
import { expectOwnWords, fixture, SENDERS, TOPICS } from "./harbour-watch-digest.js";

// Google Groups' plain-text digest: topics under rules of "=", each message under a counter line
// ("== 1 of 2 ==", or "---------- 1 of 2 ----------") over its own From: and Date: lines. Before,
// the digest was one article carried by the digest's sender: the posts ran together, their authors
// and dates lost, the counters and the footer read as the story's text.
const NO_DIGEST_TEXT = /== \d of \d ==|-{10} \d of \d|TOPIC:|Topic:|You received this message|Today's topics|googlegroups/;

describe("a Google Groups digest is read as its messages (src/ingest/google-digest.ts, index.ts)", () => {
  it("must: the 2008-2013 layout in a mail: one article a message, with its topic, sender, date and group", () => {
    const { document, diagnostics } = parseDocument("harbour-watch-digest-2016-09-13.eml", fixture("harbour-watch-digest-2016-09-13.eml"));
    expect(document.articles.map((a) => a.container?.title)).toEqual(TOPICS);
    // The first message's lead-in ("From this morning's Gazette, for those who missed it:") is no headline (headline.ts notesAbove).
    expect(document.articles.map((a) => a.title)).toEqual(TOPICS);
    expect(document.articles[0]).toMatchObject({ dateline: "NEWPORT, R.I.", published: "2016-09-11", publishedFrom: "dateline-and-mail" });
    expect(document.articles.map((a) => a.container?.sender)).toEqual(SENDERS);
    expect(document.articles.map((a) => a.container?.sentOn)).toEqual(["2016-09-12", "2016-09-12", "2016-09-12"]);
    expect(document.articles.map((a) => a.container?.sentRaw)).toEqual(["Mon, Sep 12 2016 8:01 am", "Mon, Sep 12 2016 9:15 am", "Mon, Sep 12 2016 4:40 pm"]);
    expect(document.articles.every((a) => a.container?.listName === "harbour-watch" && a.container.kind === "mailing-list-post")).toBe(true);
    for (const a of document.articles) expect(a.text).not.toMatch(NO_DIGEST_TEXT);
    expectOwnWords(document.articles);
    expect(diagnostics.find((d) => d.ruleId === "ingest/digest")?.reason).toBe("message 1 is a Google Groups digest of 3 messages in 2 topics: each read on its own, its table of contents left out");
  });

  it("must: the 2013 layout saved as text: the messages, their dates as written (no year to give them)", () => {
    const { document, diagnostics } = parseDocument("harbour-watch-digest.txt", fixture("harbour-watch-digest.txt"));
    expect(document.articles.map((a) => a.container?.title)).toEqual(TOPICS);
    expect(document.articles.map((a) => a.container?.sender)).toEqual(SENDERS);
    expect(document.articles.map((a) => [a.container?.sentRaw, a.container?.sentOn])).toEqual([["Sep 12 08:01AM -0700", null], ["Sep 12 09:15AM -0700", null], ["Sep 12 04:40PM -0700", null]]);
    expect(document.articles.every((a) => a.container?.listName === "harbour-watch")).toBe(true);
    for (const a of document.articles) expect(a.text).not.toMatch(NO_DIGEST_TEXT);
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/digest");
  });

  it("must: the 2013 layout in a mail: a message's date takes the year of the digest's", () => {
    const text = new TextDecoder().decode(fixture("harbour-watch-digest.txt"));
    const mail = `From: harbour-watch@googlegroups.com\nSubject: Digest for harbour-watch@googlegroups.com - 3 updates in 2 topics\nDate: Tue, 13 Sep 2016 07:02:41 +0000\nContent-Type: text/plain; charset=UTF-8\n\n${text}`;
    const { document } = parseDocument("digest.eml", new TextEncoder().encode(mail));
    expect(document.articles.map((a) => [a.container?.sentRaw, a.container?.sentOn])).toEqual([["Sep 12 2016 08:01AM -0700", "2016-09-12"], ["Sep 12 2016 09:15AM -0700", "2016-09-12"], ["Sep 12 2016 04:40PM -0700", "2016-09-12"]]);
    expect(document.articles.every((a) => a.container?.listName === "harbour-watch")).toBe(true);
  });

  const RULE = "=".repeat(77);
  const post = (counter: string, headers: string, body: string) => `${counter}\n${headers}\n\n${body}\n\n`;
  const digest = (...posts: string[]) => `${RULE}\nTOPIC: Pier repairs\n${RULE}\n\n${posts.join("")}${RULE}\n\nYou received this message because you are subscribed to the Google Groups "harbour" group.\n`;
  const ANN = "Date: Mon, Sep 12 2016 8:01 am\nFrom: Ann Vega <ann@example.org>";
  it.each([
    ["must: two messages of one topic", digest(post("== 1 of 2 ==", ANN, "The pier closes."), post("== 2 of 2 ==", "Date: Mon, Sep 12 2016 9:01 am\nFrom: Cy Moss", "It reopens.")), ["The pier closes.", "It reopens."]],
    ["must: a rule inside a message (a signature's) does not end it", digest(post("== 1 of 1 ==", ANN, `The pier closes.\n${"=".repeat(20)}\nAnn Vega, harbour desk\n\nIt reopens in June.`)), ["It reopens in June."]],
    ["must: 'Message: N' counters, the messages parted by dashes", `${RULE}\nTopic: Pier repairs\n${RULE}\nMessage: 1\n${ANN}\n\nThe pier closes.\n\n----------\nMessage: 2\nFrom: Cy Moss <cy@example.org>\nDate: Mon, Sep 12 2016 9:01 am\n\nIt reopens.\n\n${RULE}\nYou received this message because you are subscribed to the Google Groups "harbour" group.\n`, ["The pier closes.", "It reopens."]],
    ["must: a topic line over its rule, none above", `Today's topics:\n\n* Pier repairs - 1 message\n\nTopic: Pier repairs\nhttps://groups.google.com/group/harbour/t/abc\n${RULE}\n---------- 1 of 1 ----------\n${ANN}\n\nThe pier closes.\n`, ["The pier closes."]],
    ["must-not: a counter with no From: or Date: under it", digest(post("== 1 of 1 ==", "Nothing here", "The pier closes.")), null],
    ["must-not: a counter under no topic line", `${post("== 1 of 1 ==", ANN, "The pier closes.")}`, null],
    ["must-not: a topic line under no rule", `TOPIC: Pier repairs\n\n${post("== 1 of 1 ==", ANN, "The pier closes.")}`, null],
    ["must-not: a story that names a topic", "Topic: the pier\n\nThe council met on Monday. One of its members said the pier would close.\n", null],
  ])("googleDigest: %s", (_name, text, bodies) => {
    const got = googleDigest(text);
    if (bodies === null) return expect(got).toBeNull();
    const texts = got!.messages.map((m) => new TextDecoder().decode(m));
    expect(texts).toHaveLength(bodies.length);
    texts.forEach((t, i) => {
      expect(t.startsWith("Subject: Pier repairs\n")).toBe(true);
      expect(t).toContain(bodies[i]);
      expect(t).toContain("List-Id: <harbour.googlegroups.com>");
      expect(t).not.toMatch(/You received|== \d of|-{10}|Message: \d/);
    });
  });

  it.each([
    ["must: the 2013 layout's day and time", "Sep 12 08:01AM -0700", "2016-09-13", "Sep 12 2016 08:01AM -0700"],
    ["must: across New Year, the year before", "Dec 31 11:40PM -0800", "2017-01-01", "Dec 31 2016 11:40PM -0800"],
    ["must-not: a date with its year stays", "Mon, Sep 12 2016 8:01 am", "2016-09-13", "Mon, Sep 12 2016 8:01 am"],
    ["must-not: no digest's date to take the year from", "Sep 12 08:01AM -0700", null, "Sep 12 08:01AM -0700"],
    ["must-not: no month and day", "yesterday", "2016-09-13", "yesterday"],
  ])("withYear: %s", (_name, date, sent, want) => {
    expect(withYear(date, sent)).toBe(want);
  });

  it("must: 'Message: N' counters under Google's topics are read as Google's (the topic the subject), not as Mailman's", () => {
    const text = `${RULE}\nTopic: Pier repairs\n${RULE}\nMessage: 1\n${ANN}\n\nThe pier closes, the harbour master said.\n\n----------\nMessage: 2\nFrom: Cy Moss <cy@example.org>\nDate: Mon, Sep 12 2016 9:01 am\n\nIt reopens in June, he said.\n\n${RULE}\nTopic: Ferry fares\n${RULE}\nMessage: 1\nFrom: Bo Lund <bo@example.net>\nDate: Mon, Sep 12 2016 4:40 pm\n\nFares rise in May, the company said.\n`;
    const { document } = parseDocument("harbour.txt", new TextEncoder().encode(text));
    expect(document.articles.map((a) => [a.container?.title, a.container?.sender])).toEqual([["Pier repairs", "Ann Vega"], ["Pier repairs", "Cy Moss"], ["Ferry fares", "Bo Lund"]]);
    for (const a of document.articles) expect(a.text).not.toMatch(/Topic:|-{10}|={10}/);
  });

  it("must-not: a Mailman digest is still read as Mailman's", () => {
    const head = "From: Ann Vega <ann@example.org>\nSubject: [Harbour] Pier\nDate: Tue, 4 Mar 2031 09:00:00 +0000\n\n";
    const text = `Today's Topics:\n\n   1. Pier (Ann Vega)\n   2. Fares (Cy Moss)\n\n------------------------------\n\nMessage: 1\n${head}The pier closes.\n\n------------------------------\n\nMessage: 2\n${head.replace("Pier", "Fares")}Fares rise.\n\n------------------------------\n\nEnd of Harbour Digest, Vol 3, Issue 9\n`;
    const { diagnostics, document } = parseDocument("harbour.txt", new TextEncoder().encode(text));
    expect(document.articles.map((a) => a.container?.title)).toEqual(["[Harbour] Pier", "[Harbour] Fares"]);
    expect(diagnostics.find((d) => d.ruleId === "ingest/digest")?.reason).toMatch(/^a plain-text digest of 2 messages/);
  });
});
