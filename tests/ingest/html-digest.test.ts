import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlDigestText } from "../../src/ingest/html-digest.js";
import { parseDocument } from "../../src/ingest/index.js";

// A digest saved as a page, or sent as a mail's HTML part alone: before, it was read as one story
// (the posts run together, each author lost, the list of topics and the footer its text).
const fixture = (dir: string, name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url)));
const TOPICS = ["Pier repairs to start in June", "Pier repairs to start in June", "Ferry fares to rise by a fifth"];
const SENDERS = ["Ann Vega", "Cy Moss", "Bo Lund"];
const NO_DIGEST_TEXT = /Back to top|Topic digest|View all topics|\d Updates?\b|You received this|googlegroups|@example|AM -0800|PM -0800/;

describe("a digest in HTML is read as its messages (src/ingest/html-digest.ts)", () => {
  it("must: Google's digest saved as a page: one article a message, its topic, sender and group", () => {
    const { document, diagnostics } = parseDocument("harbour-watch-topic-digest.html", fixture("ingest-ggroups", "harbour-watch-topic-digest.html"));
    expect(document.articles.map((a) => a.container?.title)).toEqual(TOPICS);
    expect(document.articles.map((a) => a.container?.sender)).toEqual(SENDERS);
    expect(document.articles.map((a) => a.container?.sentRaw)).toEqual(["Mar 08 08:01AM -0800", "Mar 08 09:15AM -0800", "Mar 08 04:40PM -0800"]);
    expect(document.articles.every((a) => a.container?.listName === "harbour-watch" && a.container.kind === "mailing-list-post")).toBe(true);
    for (const a of document.articles) expect(a.text).not.toMatch(NO_DIGEST_TEXT);
    expect(document.articles[0].text).toContain("“We cannot put a crane on it as it stands.”".replace(/[“”]/g, '"'));
    expect(document.articles[1].text).not.toContain("Ines Marlow");
    expect(diagnostics.find((d) => d.ruleId === "ingest/digest")?.reason).toBe("a Google Groups digest of 3 messages in 2 topics, saved as HTML: each read on its own, its table of contents left out");
  });

  it("must: Google's digest as a mail's only part (base64, windows-1252): its messages, dated by the digest's year", () => {
    const { document, diagnostics } = parseDocument("harbour-watch-topic-digest-html-only.eml", fixture("ingest-ggroups", "harbour-watch-topic-digest-html-only.eml"));
    expect(document.articles.map((a) => [a.container?.title, a.container?.sender, a.container?.sentOn])).toEqual(TOPICS.map((t, i) => [t, SENDERS[i], "2021-03-08"]));
    expect(document.articles[0]).toMatchObject({ title: TOPICS[0], dateline: "NEWPORT, R.I.", published: "2021-03-07" });
    expect(document.articles[0].text).toContain("From this morning’s Gazette");
    for (const a of document.articles) expect(a.text).not.toMatch(NO_DIGEST_TEXT);
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/digest");
  });

  it("must: a Mailman digest a mail reader saved as a page (its posts in a <pre>): each post with its subject, sender and date", () => {
    const { document, diagnostics } = parseDocument("newsdesk-digest-vol12-issue3.html", fixture("ingest-digest-html", "newsdesk-digest-vol12-issue3.html"));
    expect(document.articles.map((a) => [a.container?.title, a.container?.sender, a.container?.sentOn])).toEqual([
      ["[Newsdesk] Bridge closure on Route 9", "Marta Ruiz", "2031-03-04"],
      ["Re: [Newsdesk] Bridge closure on Route 9", "Joel Ekwueme", "2031-03-04"],
    ]);
    expect(document.articles[0].text).toContain("Pablo Serrano");
    expect(document.articles[1].text).toContain("Lise Dubois");
    for (const a of document.articles) expect(a.text).not.toMatch(/Message: \d|Today's Topics|End of Newsdesk Digest|listinfo|-{20}/);
    expect(diagnostics.find((d) => d.ruleId === "ingest/digest")?.reason).toBe("a plain-text digest of 2 messages, saved as HTML: each read on its own, its table of contents left out");
  });

  it("must: Google's older HTML digest (2008-2013: TOPIC: headings, <hr> between topics, == 1 of 2 == counters over <br> header lines): one article a message", () => {
    const { document, diagnostics } = parseDocument("harbour-watch-digest-2010.html", fixture("ingest-ggroups", "harbour-watch-digest-2010.html"));
    expect(document.articles.map((a) => [a.container?.title, a.container?.sender, a.container?.sentOn, a.container?.listName])).toEqual([
      [TOPICS[0], SENDERS[0], "2010-03-08", "harbour-watch"],
      [TOPICS[1], SENDERS[1], "2010-03-08", "harbour-watch"],
      [TOPICS[2], SENDERS[2], "2010-03-08", "harbour-watch"],
    ]);
    expect(document.articles[0].text).toContain("We cannot put a crane on it as it stands");
    expect(document.articles[2].text).toContain("Fuel has doubled in a year");
    for (const a of document.articles) expect(a.text).not.toMatch(/TOPIC:|== \d of \d ==|Date:|From:|You received this|googlegroups|Updates?\]/);
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/digest");
  });

  it("must-not: a page about Google Groups that says TOPIC: but holds no messages stays one story", () => {
    const html = `<html><head><title>Groups guide</title></head><body><article><h1>How to run a list</h1><p>TOPIC: moderation. Google Groups lets owners hold posts.</p>${STORY}<hr><p>More below.</p></article></body></html>`;
    const { document, diagnostics } = parseDocument("guide.html", new TextEncoder().encode(html));
    expect(document.articles).toHaveLength(1);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain("ingest/digest");
  });

  const STORY = "<p>The harbour board said on Monday it would put off the dredging plan by a year, its chair said.</p><p>“We need more time to study the silt,” said Ines Marlow, the board's chair.</p>";
  it("must-not: a news page with a 'Back to top' link stays one story with its headline", () => {
    const html = `<html><head><title>Board delays dredging</title></head><body><article><h1>Board delays dredging</h1>${STORY}</article><a href="#top">Back to top</a></body></html>`;
    const { document, diagnostics } = parseDocument("story.html", new TextEncoder().encode(html));
    expect(document.articles.map((a) => a.title)).toEqual(["Board delays dredging"]);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain("ingest/digest");
  });

  it.each([
    ["must: Google's sign", "<body><div>harbour@googlegroups.com</div><div>Topic digest</div><p>Pier</p></body>", "harbour@googlegroups.com\n\nTopic digest\n\nPier"],
    ["must-not: 'Back to top' on a page that names no Google group (a news page's link) is not read again", `<body>${STORY}<a href="#top">Back to top</a></body>`, null],
    ["must: a <pre>'s lines kept", "<body><pre>Message: 1\nFrom: Ann\n\nText</pre><p>Newsdesk Digest</p></body>", "Message: 1\nFrom: Ann\n\nText\n\nNewsdesk Digest"],
    ["must-not: a page with no sign of a digest is not read again", `<body>${STORY}</body>`, null],
    ["must-not: 'Message:' with no word of a digest", "<body><p>Message: 1</p></body>", null],
  ])("htmlDigestText: %s", (_name, html, want) => {
    expect(htmlDigestText(html)).toBe(want);
  });
});
