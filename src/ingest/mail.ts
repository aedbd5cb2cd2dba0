import { createRequire } from "node:module";
import type Libmime from "libmime";
import { decode as decodeBase64 } from "libbase64";
import { decode as decodeQp } from "libqp";
import type { Container } from "../model/index.js";
import { parseDate } from "./dates.js";
import { type DecodeNote, type Decoded, decodeBytes, repairMojibake } from "./decode.js";
import { declaredCharset, htmlStory } from "./html.js";
import { deepHtmlNote, flattenDeep } from "./html-depth.js";
import { digestContents } from "./digest-toc.js";
import { trimFooter } from "./mail-footer.js";
import { plainIsStub, STUB_MAX } from "./mail-plain-stub.js";
import { listNameOf, parseSender, withoutReplyMarks } from "./segments.js";

// libmime is loaded on the first mail, not with ingest: its module builds a table of every MIME
// type as it loads (50 ms in every process, a worker's included), and most inputs are no mail.
let libmimeLoaded: typeof Libmime | null = null;
const libmime = (): typeof Libmime => (libmimeLoaded ??= createRequire(import.meta.url)("libmime") as typeof Libmime);

/**
 * E-mail, read synchronously so the worker pool and the cache can call it like any other format.
 * The decoding itself is mailparser's: libmime (encoded words, RFC 2231 parameters, format=flowed,
 * charset names), libqp and libbase64. This file only walks the MIME tree (iteratively) and picks
 * the body part a reader sees.
 */

export type MailMessage = {
  readonly container: Container;
  readonly body: string;
  /** True when the body came from the HTML part (its paragraphs are not hard-wrapped). */
  readonly fromHtml: boolean;
  /** The HTML part the body was read from, as decoded (a digest sent as HTML is split from it, html-digest.ts). */
  readonly html?: string;
  /** Paragraphs of an HTML body that were headings. */
  readonly headings: readonly number[];
  /**
   * What an HTML body's markup says of its story (its headline, byline and date), as a page's does;
   * null for a plain body. `title` only when the headline stands over the story (an <h1>, a JSON-LD
   * headline shown there), not a <title> the mail's template alone holds.
   */
  readonly page?: { readonly title: string | null; readonly byline: string | null; readonly published: string | null; readonly publishedRaw: string | null } | null;
  readonly notes: readonly string[];
  /**
   * How the body's part was decoded, when that is worth saying (its bytes were not the charset it
   * declares, or mis-decoded UTF-8 was repaired). A mail is decoded part by part, each by its own
   * charset: what decoding the whole file as one text found says nothing about it.
   */
  readonly decodeNotes: readonly DecodeNote[];
  /** The charset the body's part was decoded from ("utf-8", "windows-1252"); null with no body part. */
  readonly encoding: string | null;
  /**
   * Where a plain-text body's part begins in the bytes given to parseMail (the byte after its header)
   * and whether it is quoted-printable, for the offsets back to the file (mail-offsets.ts); null for
   * an HTML body, a base64 part or a body with no place in those bytes.
   */
  readonly bodyAt?: { readonly byte: number; readonly qp: boolean; readonly unrepaired?: UnrepairedBody | null } | null;
  /** Messages attached whole (message/rfc822, "forward as attachment"), to be read as messages of their own. */
  readonly attached: readonly Uint8Array[];
  /** Text, Markdown or HTML files attached (the story sent as a file), each as a message of its own part alone. */
  readonly files: readonly AttachedFile[];
  /** Documents attached that quotecheck does not read (a Word file, a PDF): their names and kinds. */
  readonly unread: readonly string[];
};

/**
 * A plain body whose part decoded to mis-decoded UTF-8 that was repaired ("Ã©" -> "é"): the body as
 * decoded, before the repair, and each character of the body (and its end) there, with their ends
 * (repair-map.ts). A quoted-printable part's escapes stand for the bytes of "Ã©", not "é", so
 * mail-offsets.ts follows this text through the file, and the map leads the body on to it.
 */
export type UnrepairedBody = { readonly text: string; readonly offsets: Int32Array; readonly ends: Int32Array | null };

/** A file attached to a message that holds a story quotecheck can read: its name and a one-part message of it. */
export type AttachedFile = { readonly name: string; readonly message: Uint8Array };

type Part = { headers: Map<string, string>; body: Uint8Array };

const latin1 = new TextDecoder("latin1");

/**
 * Where a header ends: its first blank line, "\r\n\r\n" or "\n\n" whichever comes first, and how
 * many bytes the blank line takes; [length, 0] with none. One scan that stops there (two searches,
 * one for each kind, each ran to the end of the message when its kind was not the one it used).
 */
function headerEnd(bytes: Uint8Array): [number, number] {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10 && bytes[i + 1] === 10) return [i, 2];
    if (b === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) return [i, 4];
  }
  return [bytes.length, 0];
}

/** Split a message or part into its unfolded headers (names lower-cased, first wins) and body bytes. */
export function splitHeaders(bytes: Uint8Array): Part {
  // A MIME part may have no header at all: it opens on the blank line, and its body's own first
  // blank line must not be taken for the end of a header (the first paragraph would be lost).
  if (bytes[0] === 10) return { headers: new Map(), body: bytes.subarray(1) };
  if (bytes[0] === 13 && bytes[1] === 10) return { headers: new Map(), body: bytes.subarray(2) };
  const [end, skip] = headerEnd(bytes);
  const head = latin1.decode(bytes.subarray(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const m = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (m && !headers.has(m[1].toLowerCase())) headers.set(m[1].toLowerCase(), m[2].trim());
  }
  return { headers, body: bytes.subarray(Math.min(bytes.length, end + skip)) };
}

/**
 * A raw header's bytes: the low byte of each of its characters, a character being a code point as
 * Uint8Array.from(raw) reads them (a header decoded as latin1 has one byte a character). Written as
 * a loop: from() called a function for every character of every header.
 */
function headerBytes(raw: string): Uint8Array {
  const out = new Uint8Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    out[n++] = c & 0xff;
    // A surrogate pair is one code point: one byte, from its first unit.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n === out.length ? out : out.slice(0, n);
}

/** A header's text with encoded words decoded; raw 8-bit headers are read as UTF-8 or windows-1252. */
export function headerText(raw: string | undefined): string | null {
  if (!raw) return null;
  const bytes = headerBytes(raw);
  const text = decodeBytes(bytes).text;
  return libmime().decodeWords(text).replace(/\s+/g, " ").trim() || null;
}

function transferDecode(body: Uint8Array, encoding: string): Uint8Array {
  const enc = encoding.toLowerCase().trim();
  if (enc === "quoted-printable") return decodeQp(latin1.decode(body));
  if (enc === "base64") return decodeBase64(latin1.decode(body).replace(/[^A-Za-z0-9+/=]/g, ""));
  return body;
}

/** A part's body with its transfer encoding (quoted-printable, base64) undone. */
const partBytes = (part: Part): Uint8Array => transferDecode(part.body, part.headers.get("content-transfer-encoding") ?? "");

/**
 * Signs that the part whose text is read was cut short: the message ends inside it (`cut`, no
 * closing boundary line after it), or its base64 stops inside a group of four characters. Said, as
 * the part is read as far as it goes: the end of the story is missing and nothing else tells.
 */
function cutNotes(part: Part, cut: boolean): DecodeNote[] {
  const notes: DecodeNote[] = [];
  if (cut) notes.push({ ruleId: "ingest/truncated-mime", reason: "the message ends inside this part (no closing boundary line): it may be cut short", severity: "warning" });
  if ((part.headers.get("content-transfer-encoding") ?? "").trim().toLowerCase() === "base64" && base64Letters(part.body) % 4 !== 0) {
    notes.push({ ruleId: "ingest/truncated-mime", reason: "its base64 stops inside a group of four characters: the part may be cut short", severity: "warning" });
  }
  return notes;
}

/** How many base64 characters (padding included) a body holds. */
function base64Letters(body: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b === 0x2b || b === 0x2f || b === 0x3d) n++;
  }
  return n;
}

function charsetDecode(bytes: Uint8Array, charset: string | undefined): Decoded {
  // decodeBytes honours the declared charset, falls back line by line when it lies, and repairs mojibake.
  const name = charset ? libmime().normalizeCharset(charset) : null;
  return decodeBytes(bytes, name);
}

/** A part's decoding notes, saying which part and what charset it declared. */
const partNotes = (type: string, charset: string | undefined, d: Decoded, more: readonly DecodeNote[] = []): DecodeNote[] =>
  [...more, ...d.notes].map((n) => ({ ...n, reason: `the ${type} part (charset ${charset ? `"${charset}"` : "not declared"}): ${n.reason}` }));

/**
 * The next delimiter line of `boundary` at or after `from`, and whether it closes the multipart.
 * RFC 2046 5.1.1: a delimiter line is "--" and the boundary at the start of a line, then "--" when it
 * is the last, then only white space (transport padding). Matched as a prefix, boundary "w1" also
 * split the body of a part at its own multipart's "--w10" lines.
 */
function nextDelimiter(text: string, delim: string, from: number): { readonly at: number; readonly close: boolean } | null {
  for (let at = text.indexOf(delim, from); at >= 0; at = text.indexOf(delim, at + 1)) {
    if (at > 0 && text[at - 1] !== "\n") continue;
    let i = at + delim.length;
    const close = text.startsWith("--", i);
    if (close) i += 2;
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i++;
    if (i >= text.length || text[i] === "\n") return { at, close };
  }
  return null;
}

/**
 * Split a multipart body on its boundary lines. `closed` is false when no closing delimiter ends it:
 * the message was cut short inside its last part.
 */
function multipartParts(body: Uint8Array, boundary: string): { parts: Uint8Array[]; closed: boolean } {
  const text = latin1.decode(body);
  const delim = `--${boundary}`;
  const parts: Uint8Array[] = [];
  let d = nextDelimiter(text, delim, 0);
  while (d && !d.close) {
    const lineEnd = text.indexOf("\n", d.at);
    if (lineEnd < 0) break;
    const next = nextDelimiter(text, delim, lineEnd + 1);
    // The line break before a delimiter belongs to it, not to the part.
    let partEnd = next ? next.at - 1 : text.length;
    if (partEnd > 0 && text[partEnd - 1] === "\r") partEnd--;
    parts.push(body.subarray(lineEnd + 1, Math.max(lineEnd + 1, partEnd)));
    d = next;
  }
  return { parts, closed: d !== null && d.close };
}

/** A part of a MIME tree as the walk meets it. */
type WalkedPart = {
  readonly part: Part;
  /** The content type, lower-cased ("text/plain" when the part names none). */
  readonly type: string;
  readonly params: Readonly<Record<string, string>>;
  readonly depth: number;
  /** A multipart's parts as raw bytes, walked after it; null for a leaf, or a multipart not split (no boundary, too deep). */
  readonly children: readonly Uint8Array[] | null;
  /** The last part of a multipart with no closing boundary line: the message ends inside it. */
  readonly cut: boolean;
};

// Deeper multiparts are not split: a hostile message cannot make the walk go on without end.
const MAX_DEPTH = 20;

/**
 * Every part of a message, breadth first (a multipart before its parts), without recursion. The one
 * walk of the MIME tree: the body's text, the attached messages and a digest's posts are all found
 * with it. A caller that stops early leaves the rest of the tree unsplit.
 */
function* mimeParts(root: Part): Generator<WalkedPart> {
  const queue: { part: Part; depth: number; cut: boolean }[] = [{ part: root, depth: 0, cut: false }];
  for (let i = 0; i < queue.length; i++) {
    const { part, depth, cut } = queue[i];
    const ct = libmime().parseHeaderValue(part.headers.get("content-type") ?? "text/plain");
    const type = ct.value.toLowerCase();
    const split = type.startsWith("multipart/") && ct.params.boundary && depth < MAX_DEPTH ? multipartParts(part.body, ct.params.boundary) : null;
    const children = split?.parts ?? null;
    yield { part, type, params: ct.params, depth, children, cut };
    // A part inside a cut part's tree ends where it ends, whatever its own boundaries say.
    children?.forEach((c, k) => queue.push({ part: splitHeaders(c), depth: depth + 1, cut: k === children.length - 1 && (cut || !split!.closed) }));
  }
}

/**
 * Attachments by what they hold: a row a kind, by content type or, for a generic type
 * (application/octet-stream), the file name's extension. `read`: a story quotecheck reads (the
 * part is read as a message of its own); otherwise a document it does not read, said by name.
 */
export const ATTACHMENT_KINDS: readonly { readonly id: string; readonly reason: string; readonly types: readonly string[]; readonly extensions: readonly string[]; readonly read: boolean }[] = [
  { id: "text", reason: "a plain-text story sent as a file", types: ["text/plain"], extensions: ["txt", "text"], read: true },
  { id: "markdown", reason: "a Markdown story, read as its text", types: ["text/markdown", "text/x-markdown"], extensions: ["md", "markdown"], read: true },
  { id: "html", reason: "a saved web page or an HTML story", types: ["text/html"], extensions: ["html", "htm"], read: true },
  { id: "word", reason: "a Word document (unread: save it as text or HTML)", types: ["application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"], extensions: ["doc", "docx"], read: false },
  { id: "pdf", reason: "a PDF (unread: copy its text out)", types: ["application/pdf"], extensions: ["pdf"], read: false },
  { id: "rtf", reason: "an RTF document (unread: save it as text)", types: ["application/rtf", "text/rtf"], extensions: ["rtf"], read: false },
  { id: "odt", reason: "an OpenDocument text (unread: save it as text or HTML)", types: ["application/vnd.oasis.opendocument.text"], extensions: ["odt"], read: false },
];

/** What an attachment holds by its type and name, or null for one that is no story (an image, a calendar invite). */
function attachmentKind(type: string, name: string | null): (typeof ATTACHMENT_KINDS)[number] | null {
  const ext = name ? /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? null : null;
  const generic = type === "application/octet-stream" || type === "application/x-download";
  return ATTACHMENT_KINDS.find((k) => k.types.includes(type) || ((generic || k.types.includes(type)) && ext !== null && k.extensions.includes(ext))) ?? null;
}

/** The part as a message of its own: its content headers, its body as it came (still transfer-encoded). */
function partAsMessage(part: Part, type: string, params: Readonly<Record<string, string>>): Uint8Array {
  // HTML stays HTML; anything else read (a generic octet-stream named ".txt", Markdown) is read as
  // plain text, in the charset it may name.
  const ct = type === "text/html" ? part.headers.get("content-type") ?? "text/html" : `text/plain${params.charset ? `; charset=${params.charset}` : ""}`;
  const cte = part.headers.get("content-transfer-encoding");
  const head = new TextEncoder().encode(`Content-Type: ${ct.replace(/[\r\n]+/g, " ")}\r\n${cte ? `Content-Transfer-Encoding: ${cte}\r\n` : ""}\r\n`);
  const out = new Uint8Array(head.length + part.body.length);
  out.set(head);
  out.set(part.body, head.length);
  return out;
}

/** The readable body of a message: its first text/plain part, else its first text/html part. */
type BodyParts = {
  plain: string | null;
  html: string | null;
  attached: Uint8Array[];
  files: AttachedFile[];
  unread: string[];
  plainNotes: DecodeNote[];
  htmlNotes: DecodeNote[];
  plainEncoding: string | null;
  htmlEncoding: string | null;
  /** The plain part's raw body (a view into the message's bytes) and its transfer encoding, lower-cased. */
  plainRaw: { body: Uint8Array; transfer: string; unrepaired: UnrepairedBody | null } | null;
};

function bodyParts(root: Part): BodyParts {
  let plain: string | null = null;
  let html: string | null = null;
  let plainNotes: DecodeNote[] = [];
  let htmlNotes: DecodeNote[] = [];
  let plainEncoding: string | null = null;
  let htmlEncoding: string | null = null;
  let plainRaw: BodyParts["plainRaw"] = null;
  const attached: Uint8Array[] = [];
  const files: AttachedFile[] = [];
  const unread: string[] = [];
  for (const { part, type, params, cut } of mimeParts(root)) {
    // A multipart holds no text of its own (its parts come later in the walk).
    if (type.startsWith("multipart/")) continue;
    if (type === "message/rfc822") {
      // A message forwarded as an attachment is read on its own (parseMail's `attached`): walked as
      // a part of this one, its text lost to the sender's note above it ("See the attached story").
      attached.push(partBytes(part));
      continue;
    }
    const disposition = part.headers.get("content-disposition") ?? "";
    if (disposition.toLowerCase().startsWith("attachment")) {
      // The story sent as a file ("See the attached story"): read as a message of its own, after
      // this one. A document quotecheck cannot read is named, so the story is not lost unsaid.
      const name = libmime().parseHeaderValue(disposition).params.filename ?? params.name ?? null;
      const kind = attachmentKind(type, name);
      if (kind?.read) files.push({ name: name ?? `${kind.id} attachment`, message: partAsMessage(part, type, params) });
      else if (kind) unread.push(`${name ?? "an attachment"}: ${kind.reason}`);
      continue;
    }
    if (type === "text/plain" && plain === null) {
      const decoded = charsetDecode(partBytes(part), params.charset);
      let text = decoded.text.replace(/\r\n/g, "\n");
      if ((params.format ?? "").toLowerCase() === "flowed") text = libmime().decodeFlowed(text, (params.delsp ?? "").toLowerCase() === "yes");
      plain = text;
      plainNotes = partNotes(type, params.charset, decoded, cutNotes(part, cut));
      plainEncoding = decoded.encoding;
      plainRaw = { body: part.body, transfer: (part.headers.get("content-transfer-encoding") ?? "").trim().toLowerCase(), unrepaired: unrepairedBody(decoded, text) };
    } else if (type === "text/html" && html === null) {
      // An HTML part may name its charset only in its own <meta>, as a page does.
      const raw = partBytes(part);
      const decoded = charsetDecode(raw, params.charset ?? declaredCharset(raw) ?? undefined);
      html = decoded.text;
      htmlNotes = partNotes(type, params.charset, decoded, cutNotes(part, cut));
      htmlEncoding = decoded.encoding;
    }
  }
  return { plain, html, attached, files, unread, plainNotes, htmlNotes, plainEncoding, htmlEncoding, plainRaw };
}

/** The plain body's place in `bytes` when its characters stand in them (not base64), for mail-offsets.ts. */
function bodyPlace(bytes: Uint8Array, raw: BodyParts["plainRaw"]): MailMessage["bodyAt"] {
  if (!raw || raw.transfer === "base64" || raw.body.buffer !== bytes.buffer) return null;
  const byte = raw.body.byteOffset - bytes.byteOffset;
  return byte >= 0 && byte <= bytes.length ? { byte, qp: raw.transfer === "quoted-printable", unrepaired: raw.unrepaired } : null;
}

/**
 * The plain body before its part's repair, when one changed it: the repair is made again on the
 * decoded text with its line ends made LF, as the body's are, and kept only when it gives the body
 * exactly (a format=flowed body, NULs dropped, are other changes: no map, as before).
 */
function unrepairedBody(decoded: Decoded, body: string): UnrepairedBody | null {
  if (!decoded.source) return null;
  const text = decoded.source.text.replace(/\r\n/g, "\n");
  const again = repairMojibake(text);
  return again.offsets && again.text === body ? { text, offsets: again.offsets, ends: again.ends } : null;
}

function listIdName(raw: string | null): string | null {
  if (!raw) return null;
  // "Midden-Oosten <midden-oosten.lists.example.nl>": the display name, else the id's first label.
  const named = /^"?([^"<]+?)"?\s*</.exec(raw);
  if (named) return named[1].trim();
  const id = /<?([^.<>\s]+)\./.exec(raw);
  return id ? id[1] : null;
}

/** The list a message came through, as its own header says: "[List]" in the subject, else its List-Id. */
function headerListName(root: Part, subject: string | null): string | null {
  return listNameOf(subject) ?? listIdName(headerText(root.headers.get("list-id")));
}

const DIGEST = [0x2f, 0x64, 0x69, 0x67, 0x65, 0x73, 0x74]; // "/digest"

/** Whether "/digest" (any case) occurs in the bytes: one pass, no decoding. */
function mentionsDigest(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x2f); i >= 0 && i + DIGEST.length <= bytes.length; i = bytes.indexOf(0x2f, i + 1)) {
    let k = 1;
    while (k < DIGEST.length && (bytes[i + k] | 0x20) === DIGEST[k]) k++;
    if (k === DIGEST.length) return true;
  }
  return false;
}

/** "Newsdesk Digest, Vol 12, Issue 3" (Mailman's digest subject): the list's name. */
/** A reply to a digest ("Re: Newsdesk Digest, Vol 12, Issue 3", as Mailman asks readers not to leave it) names the list too. */
export const digestListName = (subject: string | null): string | null => (subject ? /^(.+?)\s+digest\b/i.exec(withoutReplyMarks(subject))?.[1] ?? null : null);

/** A list's digest: its messages, each one to read on its own, and the list they came from. */
export type Digest = { readonly messages: readonly Uint8Array[]; readonly listName: string | null };

/**
 * The messages of a MIME digest (a multipart/digest part anywhere in the message), or null when it
 * holds none. Read as one message, a digest gave only its first text part, the table of contents,
 * and every post in it was lost. A digest entry is a message/rfc822 unless its header says otherwise.
 */
export function digestOf(bytes: Uint8Array): Digest | null {
  if (!mentionsDigest(bytes)) return null; // most mail: no MIME walk at all
  const root = splitHeaders(bytes);
  for (const { type, children } of mimeParts(root)) {
    if (type !== "multipart/digest" || !children) continue;
    const messages = children.map((p) => {
      const entry = splitHeaders(p);
      const own = entry.headers.get("content-type");
      const isMessage = !own || libmime().parseHeaderValue(own).value.toLowerCase() === "message/rfc822";
      return isMessage ? partBytes(entry) : p;
    });
    const subject = headerText(root.headers.get("subject"));
    // "Newsdesk Digest, Vol 12, Issue 3" (Mailman), "[Newsdesk] digest": the list's name.
    return { messages, listName: headerListName(root, subject) ?? digestListName(subject) };
  }
  return null;
}

/** A stand-in's words on one line, cut to 60 characters, for the note that names it. */
const squeezed = (s: string): string => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
};

/**
 * Read one RFC 822 message into its container (subject, sender, date sent, list) and body text.
 * `listName` is the list a digest entry came through, for an entry whose own header names none.
 */
export function parseMail(bytes: Uint8Array, listFallback: string | null = null): MailMessage {
  const root = splitHeaders(bytes);
  const h = (k: string) => headerText(root.headers.get(k));
  const subject = h("subject");
  const sentRaw = h("date");
  const listName = headerListName(root, subject) ?? listFallback;
  const container: Container = {
    kind: listName ? "mailing-list-post" : "email",
    title: subject,
    listName,
    sender: h("from") ? parseSender(h("from")!) ?? h("from") : null,
    sentOn: sentRaw ? parseDate(sentRaw)?.iso ?? null : null,
    sentRaw,
  };
  const { plain, html, attached, files, unread, plainNotes, htmlNotes, plainEncoding, htmlEncoding, plainRaw } = bodyParts(root);
  const notes: string[] = [];
  const fromHtml = (html: string, more: readonly DecodeNote[] = []): MailMessage => {
    // An HTML part nested past any real page's depth is read shallow, as a page file is (html-depth.ts).
    const deep = flattenDeep(html);
    // The sender's name ("The Harbour Bulletin <news@…>") is the newsletter's: an <h1> that says it is its masthead.
    const story = htmlStory(deep?.html ?? html, container.sender && !container.sender.includes("@") ? [container.sender] : []);
    const decodeNotes = [...htmlNotes, ...more, ...(deep ? [{ ruleId: "ingest/deep-html", reason: `the HTML part: ${deepHtmlNote(deep)}`, severity: "warning" as const }] : [])];
    const page = { title: story.titled ? story.meta.title : null, byline: story.meta.byline, published: story.meta.published, publishedRaw: story.meta.publishedRaw };
    // A newsletter's footer under the story is no part of it (mail-footer.ts).
    return { container, body: trimFooter(story.paragraphs).join("\n\n"), fromHtml: true, html, headings: story.headings, page, notes, decodeNotes, encoding: htmlEncoding, attached, files, unread };
  };
  if (plain !== null && plain.trim()) {
    // A short plain part may only stand in for the HTML beside it ("This email is in HTML format…"): then the HTML is the text.
    const read = html !== null && plain.trim().length <= STUB_MAX ? fromHtml(html) : null;
    if (read && plainIsStub(plain, read.body)) {
      const note = { ruleId: "ingest/plain-stub", reason: `the text/plain part ("${squeezed(plain)}") only stands in for the HTML part: the HTML part's text is read`, severity: "info" as const };
      return { ...read, decodeNotes: [...read.decodeNotes, note] };
    }
    return { container, body: plain, fromHtml: false, headings: [], notes, decodeNotes: plainNotes, encoding: plainEncoding, attached, files, unread, bodyAt: bodyPlace(bytes, plainRaw) };
  }
  if (html !== null) return fromHtml(html);
  if (!attached.length && !files.length) notes.push("message has no text or HTML part");
  return { container, body: "", fromHtml: false, headings: [], notes, decodeNotes: [], encoding: null, attached, files, unread };
}

/**
 * Split an mbox into messages: each starts with a "From " line at the start of the file or after a
 * blank line; ">From " lines in bodies are unescaped (mboxrd).
 */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const s = latin1.decode(bytes);
  const starts: number[] = [];
  // An envelope line: "From sender weekday month day hh:mm:ss year" (a body line starting "From "
  // in a sloppy mbox has no such date).
  for (const m of s.matchAll(/(?:^|\n\r?\n)(From \S+ +[^\n]*\d{1,2}:\d{2}[^\n]*\d{4}[^\n]*\n)/g)) starts.push(m.index + m[0].length - m[1].length);
  return starts.map((st, i) => {
    const bodyStart = s.indexOf("\n", st) + 1;
    const end = i + 1 < starts.length ? starts[i + 1] : s.length;
    const msg = s.slice(bodyStart, end).replace(/^>(>*From )/gm, "$1");
    return Uint8Array.from(msg, (c) => c.charCodeAt(0));
  });
}

// Mailman's plain-text digest: each post under a "Message: N" line, its header block below it, the
// posts parted by a line of dashes; the table of contents above the first and "End of … Digest" after.
const DIGEST_MESSAGE = /^Message: *\d+\r?$/gm;
const DIGEST_SEPARATOR = /^-{30,}\r?$/m;
const HEADER_LINE = /^(?:Date|From|To|Subject|Message-ID|Content-Type|Cc|In-Reply-To|References|MIME-Version|Content-Transfer-Encoding):[ \t]/i;

/**
 * The posts of a plain-text digest (as Mailman sends it without MIME, or as a digest saved as text),
 * each as the bytes of a message of its own (its header block and body); null when the text is no
 * such digest (fewer than two "Message: N" lines with a mail header right under them, or one under
 * the digest's contents: a digest of one post is still one, and its contents no article).
 */
export function plainDigestMessages(text: string): Uint8Array[] | null {
  if (!text.includes("Message:")) return null;
  const starts: number[] = [];
  for (const m of text.matchAll(DIGEST_MESSAGE)) {
    const next = text.indexOf("\n", m.index) + 1;
    if (next > 0 && HEADER_LINE.test(text.slice(next, next + 40))) starts.push(next);
  }
  if (starts.length < 2 && !(starts.length === 1 && digestContents(text))) return null;
  const enc = new TextEncoder();
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1] : text.length;
    const chunk = text.slice(from, to);
    const sep = DIGEST_SEPARATOR.exec(chunk);
    return enc.encode(sep ? chunk.slice(0, sep.index) : chunk);
  });
}

/** A web page saved as one MHTML file: the HTML it holds, decoded, and the address it was saved from. */
export type MhtmlPage = { readonly html: string; readonly encoding: string; readonly url: string | null; readonly notes: readonly DecodeNote[] };

/**
 * The page of an MHTML file ("Save page as … single file": Chrome's "Saved by Blink", Internet
 * Explorer's and Word's .mht), or null for any other message. A web archive is MIME, but no mail:
 * read as one, the page's title, date and outlet were lost and "<Saved by Blink>" became its
 * sender. It is known by its snapshot header, its "Saved by" sender, or (`named`, an .mht or .mhtml
 * file) a multipart/related body whose root is HTML; an HTML mail with inline images has none of these.
 */
export function mhtmlPage(bytes: Uint8Array, named = false): MhtmlPage | null {
  const root = splitHeaders(bytes);
  const ct = libmime().parseHeaderValue(root.headers.get("content-type") ?? "");
  if (ct.value.toLowerCase() !== "multipart/related") return null;
  const location = headerText(root.headers.get("snapshot-content-location"));
  const savedBy = /^<?saved by\b/i.test(root.headers.get("from") ?? "");
  if (!location && !savedBy && !(named && (ct.params.type ?? "text/html").toLowerCase() === "text/html")) return null;
  for (const { part, type, params } of mimeParts(root)) {
    if (type !== "text/html") continue;
    const raw = partBytes(part);
    // The page's charset is often only in its own <meta> (Chrome writes "Content-Type: text/html").
    const decoded = charsetDecode(raw, params.charset ?? declaredCharset(raw) ?? undefined);
    return { html: decoded.text, encoding: decoded.encoding, url: location ?? headerText(part.headers.get("content-location")), notes: partNotes(type, params.charset, decoded) };
  }
  return null;
}
