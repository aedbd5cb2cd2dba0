import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { unquoteReply } from "../../src/ingest/reply-quotes.js";
import { QUOTED_REPLY_BODY } from "./quoted-reply.js";

// A reply quotes the message it answers line by line ("> …", "> > …" for a quote inside a quote).
// The marks are read as blanks, at the same length, so the forwarded message a reply quotes is
// found with its header and the offsets still lead to the file.
describe("a reply's quoted lines (src/ingest/reply-quotes.ts)", () => {
  it.each([
    ["must: a quoted line", "> The pier closed.", "  The pier closed."],
    ["must: a quote inside a quote", ">> The pier closed.\n> > Again.", "   The pier closed.\n    Again."],
    ["must: a quoted blank line", "> One.\n>\n> Two.", "  One.\n \n  Two."],
    ["must: only the quoted lines of a reply", "Agreed.\n\n> The pier closed.", "Agreed.\n\n  The pier closed."],
    ["must-not: a '>' inside a line", "Costs rose > 5% this year.", "Costs rose > 5% this year."],
    ["must-not: a text with no quoted line", "The pier closed.\nNobody knew why.", "The pier closed.\nNobody knew why."],
  ])("%s", (_name, body, want) => {
    const out = unquoteReply(body);
    expect(out).toBe(want);
    expect(out.length).toBe(body.length);
  });

  const mail = [
    "From: Lou Prentice <lou@example.org>",
    "To: Kara Dimm <kara@example.org>",
    "Subject: Re: Fwd: council vote",
    "Date: Fri, 21 Mar 2031 16:20:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    ...QUOTED_REPLY_BODY,
  ].join("\r\n");

  it("finds the message forwarded inside a quoted reply: its subject, sender and date are the story's provenance", () => {
    const { document } = parseDocument("reply.eml", Buffer.from(mail));
    expect(document.articles).toHaveLength(1);
    const a = document.articles[0];
    expect(a).toMatchObject({ title: "Council delays vote on marina", byline: "Jon Aske", published: "2031-03-20", publishedFrom: "mail" });
    expect(a.container?.forwarded).toMatchObject({ title: "Council delays vote on marina", sender: "Harbor Beat", sentOn: "2031-03-20" });
    // the words lead back to their place in the file
    const words = "We need to hear from the neighborhood first";
    const at = a.text.indexOf(words);
    expect(at).toBeGreaterThan(0);
    expect(document.text.slice(a.sourceOffsets![at], a.sourceOffsets![at] + words.length)).toBe(words);
  });
});
