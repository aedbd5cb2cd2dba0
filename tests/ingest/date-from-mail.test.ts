import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { quotesOfArticle } from "../../src/pipeline/index.js";

/**
 * A story that came by mail and gives no date of its own is dated by the mail that carried it: the
 * day the mail (or the forwarded message it sits in) was sent, an upper bound (the story was out on
 * or before it). `publishedFrom` says so, with an info diagnostic; a date the story gives wins.
 */
const mail = (date: string, body: string) =>
  new TextEncoder().encode(["From: Ann Reader <ann@example.org>", "Subject: Levee story", `Date: ${date}`, "Content-Type: text/plain; charset=utf-8", "", body, ""].join("\n"));
const STORY = 'Levee holds as river crests\n\n"We are not out of danger yet," said Lena Vasquez, the mayor of Harlow, on Wednesday.';
const SENT = "Fri, 14 Mar 2031 09:12:00 +0000";
const listPost = (body: string) => new TextEncoder().encode(["[Harbor-List] Levee story", "", "Ann Reader ann at example.org", "Fri Mar 14 09:12:00 CET 2031", "", "", body, ""].join("\n"));

describe("a story with no date of its own takes the date of the mail that carried it", () => {
  type Case = { readonly name: string; readonly file: string; readonly bytes: Uint8Array; readonly published: string | null; readonly from: string | null };
  const cases: readonly Case[] = [
    { name: "an e-mail's undated story", file: "levee.eml", bytes: mail(SENT, STORY), published: "2031-03-14", from: "mail" },
    { name: "a mailing-list post's undated story", file: "levee.txt", bytes: listPost(STORY), published: "2031-03-14", from: "mail" },
    {
      name: "a story in a forwarded message takes that message's date, not the forward's",
      file: "levee.eml",
      bytes: mail("Mon, 7 Apr 2031 10:00:00 +0000", `See below.\n\n---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\nDate: Thu, Mar 13, 2031 at 9:00 AM\nSubject: Levee story\n\n${STORY}`),
      published: "2031-03-13",
      from: "mail",
    },
    { name: "not: a date line of the story's own wins", file: "levee.eml", bytes: mail(SENT, `Levee holds as river crests\n\nMarch 12, 2031\n\n${STORY.split("\n\n")[1]}`), published: "2031-03-12", from: null },
    { name: "not: a dateline's day takes the mail's year only", file: "levee.eml", bytes: mail(SENT, `HARLOW, March 11 — ${STORY.split("\n\n")[1]}`), published: "2031-03-11", from: "dateline-and-mail" },
    { name: "not: a mail with no date gives none", file: "levee.eml", bytes: mail("sometime", STORY), published: null, from: null },
    { name: "not: a plain text has no mail to date it", file: "levee.txt", bytes: new TextEncoder().encode(`${STORY}\n`), published: null, from: null },
  ];
  it.each(cases)("$name", ({ file, bytes, published, from }) => {
    const { document, diagnostics } = parseDocument(file, bytes);
    const a = document.articles[0];
    expect(a.published).toBe(published);
    expect(a.publishedFrom ?? null).toBe(from);
    expect(diagnostics.some((d) => d.ruleId === "ingest/date-from-mail")).toBe(from === "mail");
  });
  it("keeps the mail's Date header as the raw date, so the date can be traced", () => {
    const a = parseDocument("levee.eml", mail(SENT, STORY)).document.articles[0];
    expect(a.publishedRaw).toBe(SENT);
  });
  it("the file name's date gives way to the mail's", () => {
    const a = parseDocument("2031-01-02-levee.eml", mail(SENT, STORY)).document.articles[0];
    expect([a.published, a.publishedFrom]).toEqual(["2031-03-14", "mail"]);
  });
  it("a weekday the quote was said on is the latest on or before the mail's day", () => {
    const { quotes } = quotesOfArticle(parseDocument("levee.eml", mail(SENT, STORY)).document.articles[0]);
    expect(quotes.find((q) => q.speaker === "Lena Vasquez")?.spokenOn).toBe("2031-03-12");
  });
});
