import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { digestListName, parseMail } from "../../src/ingest/mail.js";
import { listNameOf, subjectTitle } from "../../src/ingest/segments.js";

// A reply's client writes "Re:" before the "[List]" tag Mailman put on the thread's first post.
// Made-up subjects; the list is the tag's, whatever marks stand before it.
const subjects: { readonly subject: string; readonly list: string | null }[] = [
  { subject: "[Newsdesk] Storm closes the harbour", list: "Newsdesk" },
  { subject: "Re: [Newsdesk] Storm closes the harbour", list: "Newsdesk" },
  { subject: "RE: Re: [Newsdesk] Storm closes the harbour", list: "Newsdesk" },
  { subject: "Fwd: [Harbour Desk] Ferry fares", list: "Harbour Desk" },
  { subject: "AW: [Hafen] Fährpreise", list: "Hafen" },
  { subject: "RE[2]: [Newsdesk] Storm", list: "Newsdesk" },
  { subject: "[Newsdesk] Re: Storm closes the harbour", list: "Newsdesk" },
  { subject: "Re: Storm closes the harbour", list: null },
  { subject: "Re: Storm [update] closes the harbour", list: null },
  { subject: "Remarks: [Newsdesk] Storm", list: null },
];

describe("listNameOf", () => {
  it.each(subjects)("$subject", ({ subject, list }) => {
    expect(listNameOf(subject)).toBe(list);
  });
});

// The title a post takes from its subject: the marks and tags left out, Outlook's counted "RE[2]:" too.
describe("subjectTitle", () => {
  it.each([
    ["Re: [Newsdesk] Storm closes the harbour", "Storm closes the harbour"],
    ["RE[2]: [Newsdesk] Storm", "Storm"],
    ["AW[3]: Fährpreise", "Fährpreise"],
    ["[Newsdesk] Re: Storm", "Storm"],
    ["Storm [update] closes the harbour", "Storm [update] closes the harbour"],
  ])("%s", (subject, title) => {
    expect(subjectTitle(subject)).toBe(title);
  });
});

describe("digestListName", () => {
  it.each([
    ["Newsdesk Digest, Vol 12, Issue 3", "Newsdesk"],
    ["Re: Newsdesk Digest, Vol 12, Issue 3", "Newsdesk"],
    ["Re: Storm", null],
  ])("%s", (subject, list) => {
    expect(digestListName(subject)).toBe(list);
  });
});

const body = ["The harbour master said on Monday that the port would stay closed until Friday.", "", '"We cannot risk the ships," said Tom Baker, the harbour master.', ""].join("\n");
const mail = (subject: string) =>
  new TextEncoder().encode(["From: Jane Roe <jane@example.org>", `Subject: ${subject}`, "Date: Tue, 19 May 2015 10:00:00 +0000", "Content-Type: text/plain; charset=utf-8", "", body].join("\n"));

describe("a list post whose subject is a reply", () => {
  it("is a post to the list its tag names, titled by the subject without the marks", () => {
    const m = parseMail(mail("Re: [Newsdesk] Storm closes the harbour"));
    expect(m.container).toMatchObject({ kind: "mailing-list-post", listName: "Newsdesk" });
    const a = parseDocument("reply.eml", mail("Re: [Newsdesk] Storm closes the harbour")).document.articles[0];
    expect(a.title).toBe("Storm closes the harbour");
    expect(a.container).toMatchObject({ kind: "mailing-list-post", listName: "Newsdesk", title: "Re: [Newsdesk] Storm closes the harbour" });
  });

  it("in a Mailman plain-text digest sent on with Fwd:, each post is one to the list, a reply too", () => {
    const digest = [
      "From: newsdesk-request@lists.example.org",
      "Subject: Fwd: Newsdesk Digest, Vol 3, Issue 9",
      "Date: Tue, 19 May 2015 12:00:00 +0000",
      "",
      "Today's Topics:",
      "",
      "   1. [Newsdesk] Storm closes the harbour (Ann Vega)",
      "   2. Re: [Newsdesk] Storm closes the harbour (Jane Roe)",
      "",
      "----------------------------------------------------------------------",
      "",
      "Message: 1",
      "Date: Tue, 19 May 2015 09:00:00 +0000",
      "From: Ann Vega <ann@example.org>",
      "Subject: [Newsdesk] Storm closes the harbour",
      "",
      "The port authority said the storm would close the harbour for three days.",
      "",
      "------------------------------",
      "",
      "Message: 2",
      "Date: Tue, 19 May 2015 10:00:00 +0000",
      "From: Jane Roe <jane@example.org>",
      "Subject: Re: [Newsdesk] Storm closes the harbour",
      "",
      body,
      "------------------------------",
      "",
      "End of Newsdesk Digest, Vol 3, Issue 9",
      "**************************************",
      "",
    ].join("\n");
    const articles = parseDocument("digest.eml", new TextEncoder().encode(digest)).document.articles;
    expect(articles.map((a) => a.title)).toEqual(["Storm closes the harbour", "Storm closes the harbour"]);
    expect(articles.map((a) => a.container?.listName)).toEqual(["Newsdesk", "Newsdesk"]);
    expect(articles.map((a) => a.container?.kind)).toEqual(["mailing-list-post", "mailing-list-post"]);
  });

  it("on a pipermail page, is titled by its subject when its body gives no headline", () => {
    const page = [
      "<html><head><title> Re: [Newsdesk] Storm closes the harbour</title></head><body>",
      "<h1>Re: [Newsdesk] Storm closes the harbour</h1>",
      '<b>Jane Roe</b> <a href="mailto:newsdesk%40lists.example.org">jane at example.org</a><br>',
      "<i>Tue May 19 10:00:00 UTC 2015</i>",
      "<!--beginarticle-->",
      `<pre>${body.replace(/"/g, "&quot;")}</pre>`,
      "<!--endarticle-->",
      "</body></html>",
    ].join("\n");
    const { document } = parseDocument("000123.html", new TextEncoder().encode(page));
    expect(document.format).toBe("pipermail");
    expect(document.articles[0].title).toBe("Storm closes the harbour");
    expect(document.articles[0].container).toMatchObject({ kind: "mailing-list-post", listName: "Newsdesk" });
  });
});
