import { describe, expect, it } from "vitest";
import { digestContents } from "../../src/ingest/digest-toc.js";
import { parseDocument } from "../../src/ingest/index.js";
import { plainDigestMessages } from "../../src/ingest/mail.js";

// A digest's table of contents ("Today's Topics:" over numbered subjects, under Mailman's masthead)
// is no article. It was read as one when it came as a text part of its own with the posts attached
// (no multipart/digest around them), or when a plain-text digest held one post: an article titled
// "Send Harbour mailing list submissions to" or "Today's Topics:".
const MASTHEAD =
  "Send Harbour mailing list submissions to\n\tharbour@lists.example.org\n\nTo subscribe or unsubscribe via the World Wide Web, visit\n\thttps://lists.example.org/mailman/listinfo/harbour\nor, via email, send a message with subject or body 'help' to\n\tharbour-request@lists.example.org\n\nWhen replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of Harbour digest...\"\n\n";
const TOPICS = "Today's Topics:\n\n   1. Pier repairs (Ann Vega)\n   2. Ferry fares and the long wait at the terminal on\n      weekends (Cy Moss)\n";

describe("a digest's table of contents (src/ingest/digest-toc.ts)", () => {
  it.each([
    ["must: Mailman's masthead over the topics", `${MASTHEAD}${TOPICS}`, 0, 2],
    ["must: the topics alone, with Mailman 3's count", "Today's Topics (2 messages)\n\n   1. Pier repairs (Ann Vega)\n   2. Ferry fares (Cy Moss)\n", 0, 2],
    ["must: blank lines above, a bullet list", "\n\nToday's topics:\n\n* Pier repairs - 2 messages, 2 authors\n", 2, 1],
    ["must: Google Groups' rule above, each topic's address indented under it", "=============================================================================\nToday's topics:\n\n* Pier repairs - 2 messages, 2 authors\n  http://groups.google.com/group/harbour/t/abc\n* Ferry fares - 1 messages, 1 author\n  http://groups.google.com/group/harbour/t/def\n\n====", 0, 2],
    ["must-not: a story's paragraph above the line", `The council met on Monday.\n\n${TOPICS}`, null, 0],
    ["must-not: a rule under a story's paragraph above the line", `The council met on Monday.\n==========\n${TOPICS}`, null, 0],
    ["must-not: no subject under the line", "Today's Topics:\n\nThe council met on Monday and voted.\n", null, 0],
    ["must-not: the words inside a sentence", "Today's topics: the pier, the ferry and the fares, said the chair.\n", null, 0],
  ])("%s", (_name, text, start, subjects) => {
    const toc = digestContents(text);
    expect(toc?.span.start ?? null).toBe(start);
    expect(toc?.subjects ?? 0).toBe(subjects);
    // It ends on the last subject's last word.
    if (toc) expect(text.slice(0, toc.span.end)).toMatch(/\)$|authors?$|\/t\/def$/);
  });

  const post1 = "From: Ann Vega <ann@example.org>\nSubject: Pier repairs\nDate: Tue, 4 Mar 2031 09:00:00 +0000\n\n\"The pier needs new pilings,\" said engineer Bo Lund.\n";
  const post2 = "From: Cy Moss <cy@example.org>\nSubject: [Harbour] Ferry fares\nDate: Tue, 4 Mar 2031 10:00:00 +0000\n\nFares will rise in May, the ferry company said.\n";
  const head = "From: harbour-request@lists.example.org\nSubject: Harbour Digest, Vol 3, Issue 9\nDate: Tue, 4 Mar 2031 12:00:00 +0000\nMIME-Version: 1.0\n";
  const attached = `${head}Content-Type: multipart/mixed; boundary="OUT"\n\n--OUT\nContent-Type: text/plain\n\n${MASTHEAD}${TOPICS}\n--OUT\nContent-Type: message/rfc822\n\n${post1}\n--OUT\nContent-Type: message/rfc822\n\n${post2}\n--OUT--\n`;
  // Seven subjects: long enough (300 characters and more) to have been kept as an article of its own.
  const LONG_TOPICS = `Today's Topics:\n\n${[1, 2, 3, 4, 5, 6, 7].map((i) => `   ${i}. Harbour board business item ${i} and its follow-ups (Member ${i})\n`).join("")}`;
  const topicsPart = attached.replace(`${MASTHEAD}${TOPICS}`, LONG_TOPICS);
  const onePost = `${MASTHEAD}${TOPICS.split("   2.")[0]}\n\n------------------------------\n\nMessage: 1\nDate: Tue, 4 Mar 2031 09:00:00 +0000\nFrom: Ann Vega <ann@example.org>\nSubject: [Harbour] Pier repairs\nContent-Type: text/plain; charset="us-ascii"\n\n"The pier needs new pilings," said engineer Bo Lund.\n\n------------------------------\n\nEnd of Harbour Digest, Vol 3, Issue 9\n**************************************\n`;
  const enc = (s: string) => new TextEncoder().encode(s);

  it.each([
    ["must: contents as a text part, the posts attached (.eml)", "harbour.eml", attached, ["Pier repairs", "Ferry fares"], "ingest/digest-contents"],
    ["must: the contents alone as a long text part, the posts attached (was titled 'Today's Topics:')", "harbour.eml", topicsPart, ["Pier repairs", "Ferry fares"], "ingest/digest-contents"],
    ["must: a plain-text digest of one post (.eml)", "harbour.eml", `${head}\n${onePost}`, ["Pier repairs"], "ingest/digest"],
    ["must: a plain-text digest of one post (.txt)", "harbour.txt", onePost, ["Pier repairs"], "ingest/digest"],
    ["must: the contents alone (.txt)", "harbour.txt", `${MASTHEAD}${TOPICS}`, [], "ingest/digest-contents"],
  ])("e2e %s: no article of the contents", (_name, file, text, titles, rule) => {
    const { document, diagnostics } = parseDocument(file, enc(text));
    expect(document.articles.map((a) => a.title)).toEqual(titles);
    expect(document.articles.some((a) => /Today's Topics|submissions to/.test(a.text))).toBe(false);
    expect(diagnostics.map((d) => d.ruleId)).toContain(rule);
  });

  it("must-not: a story that lists its topics under a paragraph keeps them", () => {
    const text = `Harbour board agenda\n\nThe board will meet on Monday to take up three items.\n\n${TOPICS}`;
    const { document, diagnostics } = parseDocument("agenda.txt", enc(text));
    expect(document.articles[0].text).toContain("Pier repairs");
    expect(diagnostics.map((d) => d.ruleId)).not.toContain("ingest/digest-contents");
  });

  it("must-not: one 'Message: 1' without the contents above is no digest", () => {
    expect(plainDigestMessages("Message: 1\nFrom: a@example.org\n\nHello.\n")).toBeNull();
  });
});
