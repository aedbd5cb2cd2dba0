import { describe, expect, it } from "vitest";
import { digestOf, parseMail } from "../../src/ingest/mail.js";

// One walk of the MIME tree serves the body, the attached messages and a digest's posts; these
// cases pin what each of them finds, whatever shape the tree has.
const enc = (lines: readonly string[]) => new TextEncoder().encode(lines.join("\n"));
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

const HEAD = ["From: Ann Vega <ann@example.org>", "Subject: Pier repairs", "MIME-Version: 1.0"];

/** `depth` multiparts, one inside the other, around one text/plain part (no boundary the start of another). */
function nested(depth: number): Uint8Array {
  const open: string[] = [];
  const close: string[] = [];
  for (let k = 0; k < depth; k++) {
    open.push(`Content-Type: multipart/mixed; boundary="b${k}x"`, "", `--b${k}x`);
    close.unshift(`--b${k}x--`);
  }
  return enc([...HEAD, ...open, "Content-Type: text/plain", "", "Deep text.", ...close, ""]);
}

type BodyCase = { readonly name: string; readonly mail: Uint8Array; readonly body: string; readonly fromHtml: boolean; readonly attached: number };

const bodyCases: readonly BodyCase[] = [
  {
    name: "the text/plain of an alternative inside a mixed, not the attached file",
    mail: enc([
      ...HEAD,
      'Content-Type: multipart/mixed; boundary="m"',
      "",
      "--m",
      'Content-Type: multipart/alternative; boundary="a"',
      "",
      "--a",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Plain words.",
      "--a",
      "Content-Type: text/html",
      "",
      "<p>Html words.</p>",
      "--a--",
      "--m",
      "Content-Type: text/plain",
      'Content-Disposition: attachment; filename="notes.txt"',
      "",
      "Attached file.",
      "--m--",
      "",
    ]),
    body: "Plain words.",
    fromHtml: false,
    attached: 0,
  },
  {
    name: "the HTML part when there is no text/plain",
    mail: enc([...HEAD, 'Content-Type: multipart/alternative; boundary="a"', "", "--a", "Content-Type: text/html", "", "<html><body><p>Only the HTML part holds the words of this message.</p></body></html>", "--a--", ""]),
    body: "Only the HTML part holds the words of this message.",
    fromHtml: true,
    attached: 0,
  },
  {
    name: "a base64 text part, decoded",
    mail: enc([...HEAD, 'Content-Type: multipart/mixed; boundary="m"', "", "--m", "Content-Type: text/plain", "Content-Transfer-Encoding: base64", "", btoa("Base64 words."), "--m--", ""]),
    body: "Base64 words.",
    fromHtml: false,
    attached: 0,
  },
  {
    name: "a message attached whole, kept for reading on its own",
    mail: enc([
      ...HEAD,
      'Content-Type: multipart/mixed; boundary="m"',
      "",
      "--m",
      "Content-Type: text/plain",
      "",
      "See the attached story.",
      "--m",
      "Content-Type: message/rfc822",
      "",
      "From: Cy Moss <cy@example.org>",
      "Subject: Ferry fares",
      "",
      "Fares will rise.",
      "--m--",
      "",
    ]),
    body: "See the attached story.",
    fromHtml: false,
    attached: 1,
  },
  { name: "a part 19 multiparts deep", mail: nested(19), body: "Deep text.", fromHtml: false, attached: 0 },
  { name: "nothing past 20 multiparts deep (a hostile tree is not walked without end)", mail: nested(21), body: "", fromHtml: false, attached: 0 },
];

describe("the MIME walk finds a message's body", () => {
  it.each(bodyCases)("$name", ({ mail, body, fromHtml, attached }) => {
    const m = parseMail(mail);
    expect(m.body.trim()).toBe(body);
    expect(m.fromHtml).toBe(fromHtml);
    expect(m.attached).toHaveLength(attached);
  });
  it("says so when no part holds text", () => {
    expect(parseMail(nested(21)).notes).toEqual(["message has no text or HTML part"]);
    expect(parseMail(nested(19)).notes).toEqual([]);
  });
});

const digestIn = (head: readonly string[], wrap: number): Uint8Array => {
  const open: string[] = [];
  const close: string[] = [];
  for (let k = 0; k < wrap; k++) {
    open.push(`Content-Type: multipart/mixed; boundary="w${k}x"`, "", `--w${k}x`);
    close.unshift(`--w${k}x--`);
  }
  return enc([
    ...head,
    "MIME-Version: 1.0",
    ...open,
    'Content-Type: multipart/digest; boundary="D"',
    "",
    "--D",
    "",
    "From: Bo Lund <bo@example.org>",
    "Subject: Pilings",
    "",
    "The pier needs pilings.",
    "--D",
    "Content-Type: text/plain",
    "",
    "A note in the digest, no message.",
    "--D--",
    ...close,
    "",
  ]);
};

type DigestCase = { readonly name: string; readonly mail: Uint8Array; readonly listName: string | null };

const digestCases: readonly DigestCase[] = [
  { name: "at the top, the list named by the subject's tag", mail: digestIn(["From: desk@example.org", "Subject: [Harbour] digest"], 0), listName: "Harbour" },
  { name: "inside a mixed, the list named by List-Id's display name", mail: digestIn(["From: desk@example.org", "Subject: Weekly", "List-Id: Harbour Desk <harbour.lists.example.org>"], 1), listName: "Harbour Desk" },
  { name: "two multiparts down, the list named by List-Id's first label", mail: digestIn(["From: desk@example.org", "Subject: Weekly", "List-Id: <harbour.lists.example.org>"], 2), listName: "harbour" },
  { name: "the subject's tag before List-Id", mail: digestIn(["From: desk@example.org", "Subject: [Pier] Weekly", "List-Id: <harbour.lists.example.org>"], 1), listName: "Pier" },
  { name: "Mailman's digest subject when the header names no list", mail: digestIn(["From: desk@example.org", "Subject: Harbour Desk Digest, Vol 3, Issue 9"], 1), listName: "Harbour Desk" },
];

describe("the MIME walk finds a digest anywhere in the message", () => {
  it.each(digestCases)("$name", ({ mail, listName }) => {
    const d = digestOf(mail)!;
    expect(d.listName).toBe(listName);
    expect(d.messages).toHaveLength(2);
    // An entry with no type of its own is a message; one that says text/plain is kept as it stands.
    expect(dec(d.messages[0])).toContain("Subject: Pilings");
    expect(dec(d.messages[1])).toContain("Content-Type: text/plain");
  });
  it("is not split at 20 multiparts deep", () => {
    expect(digestOf(digestIn(["From: desk@example.org", "Subject: Weekly /digest"], 19))).not.toBeNull();
    expect(digestOf(digestIn(["From: desk@example.org", "Subject: Weekly /digest"], 20))).toBeNull();
  });
});

type ListCase = { readonly name: string; readonly head: readonly string[]; readonly fallback: string | null; readonly listName: string | null; readonly kind: string };

const listCases: readonly ListCase[] = [
  { name: "the subject's tag", head: ["Subject: [Harbour] Fares"], fallback: null, listName: "Harbour", kind: "mailing-list-post" },
  { name: "List-Id's display name", head: ["Subject: Fares", "List-Id: Harbour Desk <harbour.lists.example.org>"], fallback: null, listName: "Harbour Desk", kind: "mailing-list-post" },
  { name: "List-Id's first label", head: ["Subject: Fares", "List-Id: <harbour.lists.example.org>"], fallback: null, listName: "harbour", kind: "mailing-list-post" },
  { name: "the tag before List-Id", head: ["Subject: [Pier] Fares", "List-Id: <harbour.lists.example.org>"], fallback: "Digest", listName: "Pier", kind: "mailing-list-post" },
  { name: "the digest's list when the message names none", head: ["Subject: Fares"], fallback: "Harbour Desk", listName: "Harbour Desk", kind: "mailing-list-post" },
  { name: "no list at all: an e-mail", head: ["Subject: Fares"], fallback: null, listName: null, kind: "email" },
];

describe("a message's list, from its own header", () => {
  it.each(listCases)("$name", ({ head, fallback, listName, kind }) => {
    const m = parseMail(enc(["From: Cy Moss <cy@example.org>", ...head, "", "Fares will rise."]), fallback);
    expect(m.container.listName).toBe(listName);
    expect(m.container.kind).toBe(kind);
  });
});

// RFC 2046 5.1.1: a delimiter line is "--" and the boundary, then "--" if it closes, then only white
// space. A boundary is not a prefix of the lines it splits on: "w1" does not split at "--w10".
const delimiterCases: readonly { readonly name: string; readonly lines: readonly string[]; readonly body: string }[] = [
  {
    name: "an inner multipart whose boundary the outer one's is a prefix of",
    lines: [
      'Content-Type: multipart/mixed; boundary="w1"',
      "",
      "--w1",
      'Content-Type: multipart/alternative; boundary="w10"',
      "",
      "--w10",
      "Content-Type: text/plain",
      "",
      "Inner plain words.",
      "--w10",
      "Content-Type: text/html",
      "",
      "<p>Inner html words.</p>",
      "--w10--",
      "--w1--",
      "",
    ],
    body: "Inner plain words.",
  },
  {
    name: "delimiter lines with transport padding after them",
    lines: ['Content-Type: multipart/mixed; boundary="m"', "", "--m  ", "Content-Type: text/plain", "", "Padded words.", "--m--\t", ""],
    body: "Padded words.",
  },
  {
    name: "a text line that starts with the delimiter is part of the text",
    lines: ['Content-Type: multipart/mixed; boundary="m"', "", "--m", "Content-Type: text/plain", "", "First line.", "--more to say here", "Last line.", "--m--", ""],
    body: "First line.\n--more to say here\nLast line.",
  },
  {
    name: "a delimiter in the middle of a line is not one",
    lines: ['Content-Type: multipart/mixed; boundary="m"', "", "--m", "Content-Type: text/plain", "", "See x--m and on.", "--m--", ""],
    body: "See x--m and on.",
  },
];

describe("a multipart is split only at its own delimiter lines", () => {
  it.each(delimiterCases)("$name", ({ lines, body }) => {
    expect(parseMail(enc([...HEAD, ...lines])).body.trim()).toBe(body);
  });
  it("keeps a forwarded message whole when its boundary starts with the outer one's", () => {
    const m = parseMail(
      enc([
        ...HEAD,
        'Content-Type: multipart/mixed; boundary="w1"',
        "",
        "--w1",
        "Content-Type: text/plain",
        "",
        "See the story below.",
        "--w1",
        "Content-Type: message/rfc822",
        "",
        "From: Desk <desk@example.org>",
        "Subject: Pier story",
        'Content-Type: multipart/mixed; boundary="w10"',
        "",
        "--w10",
        "Content-Type: text/plain",
        "",
        "Forwarded words of the story.",
        "--w10--",
        "--w1--",
        "",
      ]),
    );
    expect(m.body.trim()).toBe("See the story below.");
    expect(m.attached).toHaveLength(1);
    // Split at "--w10" as if it were "--w1", the message kept its headers and lost its text.
    expect(dec(m.attached[0])).toContain("Forwarded words of the story.");
  });
});
