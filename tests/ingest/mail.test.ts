import { readFileSync } from "node:fs";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { digestOf, parseMail, plainDigestMessages, splitMbox } from "../../src/ingest/mail.js";

// quotecheck reads mail synchronously (worker threads and the cache call the parser directly) with
// mailparser's own decoders; mailparser itself is the oracle here.
const fixture = (p: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${p}`, import.meta.url)));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

const messages: [string, Uint8Array][] = [
  ["hospital-wing.eml", fixture("ingest-eml/hospital-wing.eml")],
  ...splitMbox(fixture("ingest-mbox/wildfire-desk-2025-02.mbox")).map((m, i): [string, Uint8Array] => [`mbox message ${i + 1}`, m]),
];

describe("mail decoding agrees with mailparser", () => {
  it.each(messages)("%s", async (_name, bytes) => {
    const ours = parseMail(bytes);
    const theirs = await simpleParser(Buffer.from(bytes));
    expect(ours.container.title).toBe(theirs.subject);
    const from = theirs.from?.value[0];
    expect(ours.container.sender).toBe(from?.name || from?.address);
    if (!ours.fromHtml) expect(squash(ours.body)).toBe(squash(theirs.text ?? ""));
    else expect(squash(ours.body)).toContain(squash("“We cannot keep planting fuel,” she said."));
  });
});

describe("splitMbox", () => {
  it("splits on From lines only at message starts and unescapes >From", () => {
    const mbox = "From a@x  Mon Feb  3 09:14:22 2025\nSubject: one\n\nbody\n>From here\n\nFrom b@x  Mon Feb  3 10:00:00 2025\nSubject: two\n\nFrom inside a paragraph is not a separator\n";
    const parts = splitMbox(new TextEncoder().encode(mbox)).map((p) => new TextDecoder().decode(p));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain("\nFrom here\n");
    expect(parts[1]).toContain("From inside a paragraph");
  });
});

describe("a MIME part with no header of its own", () => {
  const mail = (part: string) =>
    new TextEncoder().encode(`From: a@example.org\nSubject: parts\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\n${part}\n--b1--\n`);
  it("keeps its first paragraph (its blank first line ends an empty header, not the body's first paragraph)", () => {
    const m = parseMail(mail(`\n"The roof leaked for a year," said tenant Rosa Diaz.\n\nNote: the landlord said repairs were planned.`));
    expect(m.body).toContain("The roof leaked for a year");
    expect(m.body).toContain("Note: the landlord said");
  });
  it("still reads a part that has a header", () => {
    const m = parseMail(mail(`Content-Type: text/plain\n\nFirst line.\n\nSecond line.`));
    expect(m.body.trim()).toBe("First line.\n\nSecond line.");
  });
});

describe("a MIME digest", () => {
  const digest = [
    "From: desk-request@lists.example.org",
    "Subject: Harbour Desk Digest, Vol 3, Issue 9",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="OUT"',
    "",
    "--OUT",
    "Content-Type: text/plain",
    "",
    "Today's Topics:",
    "   1. Pier repairs (Ann Vega)",
    "--OUT",
    'Content-Type: multipart/digest; boundary="IN"',
    "",
    "--IN",
    "",
    "From: Ann Vega <ann@example.org>",
    "Subject: Pier repairs",
    "Date: Tue, 4 Mar 2031 09:00:00 +0000",
    "",
    '"The pier needs new pilings," said engineer Bo Lund.',
    "--IN",
    "Content-Type: message/rfc822",
    "",
    "From: Cy Moss <cy@example.org>",
    "Subject: [Harbour] Ferry fares",
    "",
    "Fares will rise in May, the ferry company said.",
    "--IN--",
    "--OUT--",
    "",
  ].join("\n");
  const bytes = new TextEncoder().encode(digest);

  it("gives each post as a message of its own, the list named from the digest's subject when the post names none", () => {
    const d = digestOf(bytes)!;
    expect(d.listName).toBe("Harbour Desk");
    expect(d.messages).toHaveLength(2);
    const [a, b] = d.messages.map((m) => parseMail(m, d.listName));
    expect(a.container).toMatchObject({ title: "Pier repairs", sender: "Ann Vega", listName: "Harbour Desk", sentOn: "2031-03-04" });
    expect(a.body.trim()).toBe('"The pier needs new pilings," said engineer Bo Lund.');
    expect(b.container).toMatchObject({ title: "[Harbour] Ferry fares", listName: "Harbour" });
  });

  it("is read by parseDocument as one article a post, without the table of contents", () => {
    const { document, diagnostics } = parseDocument("harbour-digest.eml", bytes);
    expect(document.articles.map((x) => x.title)).toEqual(["Pier repairs", "Ferry fares"]);
    expect(document.articles.some((x) => x.text.includes("Today's Topics"))).toBe(false);
    expect(diagnostics.map((x) => x.ruleId)).toContain("ingest/digest");
  });

  it("is not found in ordinary mail, nor in one that only says 'digest' in its text", () => {
    expect(digestOf(fixture("ingest-eml/hospital-wing.eml"))).toBeNull();
    expect(digestOf(new TextEncoder().encode("From: a@x\nSubject: the weekly digest\n\nSee the /digest page."))).toBeNull();
  });
});

describe("a story forwarded as an attachment (message/rfc822)", () => {
  const forward = (note: string) =>
    new TextEncoder().encode(
      [
        "From: Ivy Hart <ivy@example.org>",
        "Subject: FW: Dam report",
        "Date: Wed, 5 Mar 2031 10:00:00 +0000",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="m"',
        "",
        "--m",
        "Content-Type: text/plain",
        "",
        note,
        "--m",
        "Content-Type: message/rfc822",
        'Content-Disposition: attachment; filename="dam.eml"',
        "",
        "From: River Weekly <desk@river.example>",
        "Subject: Dam report due",
        "Date: Tue, 4 Mar 2031 18:00:00 +0000",
        "",
        '"The spillway is sound," said inspector Lou Park.',
        "--m--",
        "",
      ].join("\n"),
    );

  it("reads the attached story, its own header as the forwarded message, and leaves the short note out", () => {
    const { document, diagnostics } = parseDocument("dam.eml", forward("See the attached story."));
    expect(document.articles).toHaveLength(1);
    const [a] = document.articles;
    expect(a.text).toBe('"The spillway is sound," said inspector Lou Park.');
    expect(a.title).toBe("Dam report due");
    expect(a.container).toMatchObject({ title: "FW: Dam report", sender: "Ivy Hart", forwarded: { title: "Dam report due", sender: "River Weekly", sentOn: "2031-03-04" } });
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/preamble");
  });

  it("keeps a note long enough to carry claims as an article of its own, before the attached one", () => {
    const long = "The county engineer told our desk on Tuesday that the dam inspection found no cracks. ".repeat(4);
    const { document } = parseDocument("dam.eml", forward(long));
    expect(document.articles.map((a) => a.text.slice(0, 20))).toEqual([long.slice(0, 20), '"The spillway is sou']);
    expect(document.articles[0].container?.forwarded).toBeUndefined();
  });

  it("leaves a mail without an attached message as it was", () => {
    const m = parseMail(new TextEncoder().encode("From: a@example.org\nSubject: hi\n\nJust text.\n"));
    expect(m.attached).toEqual([]);
    expect(m.body.trim()).toBe("Just text.");
  });
});

describe("a plain-text digest (Mailman without MIME, or saved as text)", () => {
  const post = (n: number, from: string, subject: string, body: string) =>
    `------------------------------\n\nMessage: ${n}\nDate: Tue, ${n + 3} Mar 2031 09:00:00 +0000\nFrom: ${from}\nSubject: [Harbour] ${subject}\nContent-Type: text/plain; charset="us-ascii"\n\n${body}\n\n`;
  const digest =
    "Send Harbour mailing list submissions to\n\tharbour@lists.example.org\n\nToday's Topics:\n\n   1. Pier repairs (Ann Vega)\n   2. Ferry fares (Cy Moss)\n\n\n" +
    post(1, "Ann Vega <ann@example.org>", "Pier repairs", '"The pier needs new pilings," said engineer Bo Lund.') +
    post(2, "Cy Moss <cy@example.org>", "Ferry fares", "Fares will rise in May, the ferry company said.") +
    "------------------------------\n\nEnd of Harbour Digest, Vol 3, Issue 9\n**************************************\n";

  it("splits into its posts, each with its own header, without the table of contents or the header lines", () => {
    const posts = plainDigestMessages(digest)!.map((m) => parseMail(m));
    expect(posts.map((p) => [p.container.title, p.container.sender, p.container.sentOn])).toEqual([
      ["[Harbour] Pier repairs", "Ann Vega", "2031-03-04"],
      ["[Harbour] Ferry fares", "Cy Moss", "2031-03-05"],
    ]);
    expect(posts[0].body.trim()).toBe('"The pier needs new pilings," said engineer Bo Lund.');
    expect(posts[1].body).not.toMatch(/End of|-{10}|Content-Type/);
  });

  it("is read so from a .txt file and from a mail whose text it is", () => {
    const asText = parseDocument("harbour.txt", new TextEncoder().encode(digest));
    const asMail = parseDocument("harbour.eml", new TextEncoder().encode(`From: harbour-request@lists.example.org\nSubject: Harbour Digest, Vol 3, Issue 9\n\n${digest}`));
    for (const { document } of [asText, asMail]) {
      expect(document.articles.map((a) => a.title)).toEqual(["Pier repairs", "Ferry fares"]);
      expect(document.articles.some((a) => /Today's Topics|us-ascii|Message-ID/.test(a.text))).toBe(false);
    }
  });

  it("is not found in a text that only has one 'Message:' line, or none under a header", () => {
    expect(plainDigestMessages("Message: 1\nFrom: a@example.org\n\nHello.\n")).toBeNull();
    expect(plainDigestMessages("Message: 1\nThe council met.\n\nMessage: 2\nIt voted.\n")).toBeNull();
  });
});
