import { createHash } from "node:crypto";
import { type Article, type OutletEvidence, type Container, type Diagnostic, type DocumentFormat, type InputStatus, type SourceDocument, type UniqueIds, count, uniqueIds } from "../model/index.js";
import { articlesFromText, type Built } from "./build.js";
import { binaryReason, decodeBytes } from "./decode.js";
import { declaredCharset, joinOffsets, pipermailPost } from "./html.js";
import { htmlStories } from "./html-stories.js";
import { deepHtmlNote, flattenDeep } from "./html-depth.js";
import { IngestError } from "./errors.js";
import { collectFiles, MAX_BYTES, readInput, readStdinUpTo, type LeaveOut } from "./files.js";
import { isOwnReport } from "./own-output.js";
import { jsonDataKind } from "./json-data.js";
import { digestListName, digestOf, mhtmlPage, parseMail, plainDigestMessages, splitMbox, type MailMessage } from "./mail.js";
import { charOffsetOfByte, mailBodyExtents } from "./mail-offsets.js";
import { isPastedReply, unquoteReply } from "./reply-quotes.js";
import { stripMarkdown } from "./markdown.js";
import { undoubledCsvQuotes } from "./csv-quotes.js";
import { readTweetTags } from "./tweets.js";
import { canonicalOutlet, outletByDomain } from "./outlets.js";
import { clipHeader } from "./clip-header.js";
import { nexisDocuments, type NexisDocument } from "./nexis.js";
import { dayLine, parseDate } from "./dates.js";
import { detectFormat, extensionOf, formatFromExtension } from "./sniff.js";
import { PREAMBLE_MIN, subjectTitle } from "./segments.js";
import { digestContents } from "./digest-toc.js";
import { googleDigest } from "./google-digest.js";
import { htmlDigestText } from "./html-digest.js";
import { blankRuns } from "./widgets.js";
import { endsThrough, ledThrough } from "./repair-map.js";

export { articleFromText, makeArticle } from "./article.js";
export { reflow } from "./reflow.js";
export { IngestError } from "./errors.js";

export { MAX_BYTES } from "./files.js";

export type LoadOptions = {
  readonly maxBytes?: number;
  /** Read "-" from here (tests pass a buffer). */
  readonly stdin?: () => Promise<Buffer>;
  /** Called before each file is read (the TUI shows progress with it). */
  readonly onProgress?: (done: number, total: number, path: string) => void;
  /** Files no path may bring in (collectFiles). */
  readonly leaveOut?: readonly LeaveOut[];
};

export type LoadResult = {
  documents: SourceDocument[];
  inputs: InputStatus[];
  diagnostics: Diagnostic[];
};

const diag = (documentId: string, reason: string, ruleId: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({
  reason,
  documentId,
  ruleId: ruleId.startsWith("ingest/") ? ruleId : `ingest/${ruleId}`,
  stage: "ingest",
  severity,
});

/** The format an extension promises ("text" for none); null for an extension quotecheck does not read. */
export function formatOf(path: string): DocumentFormat | null {
  if (path === "-" || extensionOf(path) === null) return "text";
  return formatFromExtension(path);
}

// Notes on how a whole file's text was decoded that, for a mail, belong to its parts instead.
const PART_DECODED: ReadonlySet<string> = new Set(["ingest/legacy-encoding", "ingest/mixed-encoding", "ingest/mojibake", "ingest/charset-mismatch", "ingest/nul-bytes"]);

type Prepared = {
  bytes: Uint8Array;
  format: DocumentFormat;
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
  /** The address a page saved as MHTML came from (its snapshot header). */
  pageUrl?: string | null;
  /** When a repair changed `text` (mojibake): the file's text as decoded, and each character of `text` at its offset there. */
  source?: { readonly text: string; readonly offsets: Int32Array; readonly ends: Int32Array | null };
};

// Checks every format shares: empty, binary, decoding, and which format the content is.
function prepare(id: string, bytes: Uint8Array): Prepared {
  if (bytes.length === 0) throw new IngestError("empty file (0 bytes); skipped", "ingest/empty");
  const binary = binaryReason(bytes);
  if (binary) throw new IngestError(`${binary}; skipped`, "ingest/binary");
  // (Buffer's latin1 over the same bytes, no copy: what Node 20's TextDecoder("latin1") gives, ISO-8859-1,
  // without a decoder made for every file; only ASCII words are looked for in it.)
  const headRaw = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString("latin1");
  const ext = formatFromExtension(id);
  const looksHtml = ext === "html" || /<html|<!doctype html|<meta[^>]+charset/i.test(headRaw);
  const decoded = decodeBytes(bytes, looksHtml ? declaredCharset(bytes) : null);
  if (!decoded.text.trim()) throw new IngestError("empty file (only white space); skipped", "ingest/empty");
  // A report quotecheck wrote (kept in the story's folder, or exported from the UI) holds every quote
  // of its sources again: read as a source it would double them and invent changed quotes.
  const head = decoded.text.slice(0, 4096);
  if (isOwnReport(head, looksHtml)) {
    throw new IngestError("a report written by quotecheck, not a source; left out", "ingest/own-report", "info");
  }
  const json = jsonDataKind(decoded.text, extensionOf(id));
  if (json) throw new IngestError(`${json}, not an article: quotecheck reads text, Markdown, HTML and mail; skipped`, "ingest/not-article");
  const format = id === "-" ? detectFormat("", decoded.text.slice(0, 8192)) ?? "text" : detectFormat(id, decoded.text.slice(0, 8192)) ?? "text";
  // A mail is decoded part by part, each by the charset it declares (parseMail says how, message by
  // message): decoding the whole file as one text, headers and all, is only for sniffing its format,
  // and what it found ("not valid UTF-8", "mixed encodings") would be said of a mail that is neither.
  const fileNotes = format === "eml" || format === "mbox" ? decoded.notes.filter((n) => !PART_DECODED.has(n.ruleId)) : decoded.notes;
  const diagnostics: Diagnostic[] = fileNotes.map((n) => diag(id, n.reason, n.ruleId, n.severity));
  const e = extensionOf(id);
  // A web page saved as MHTML is MIME but no mail: its document is the page it holds.
  const page = format === "eml" ? mhtmlPage(bytes, e === "mht" || e === "mhtml") : null;
  if (page) {
    const notes = page.notes.map((n) => diag(id, n.reason, n.ruleId, n.severity));
    notes.unshift(diag(id, `a web page saved as MHTML${page.url ? ` from ${page.url}` : ""}: read as the page it holds`, "ingest/mhtml", "info"));
    return { bytes, format: "html", text: page.html, encoding: page.encoding, diagnostics: notes, pageUrl: page.url };
  }
  if (id !== "-" && e !== null && formatFromExtension(id) === null) {
    diagnostics.push(diag(id, `unknown extension ".${e}": the content reads as ${format === "text" ? "plain text" : format}`, "ingest/unknown-extension", "info"));
  }
  return { bytes, format, text: decoded.text, encoding: decoded.encoding, diagnostics, ...(decoded.source ? { source: decoded.source } : {}) };
}

// Signs that an HTML file is broken: cut off inside a tag, or block elements left open.
function htmlProblems(html: string): string | null {
  const problems: string[] = [];
  if (/<[a-zA-Z/!][^>]*$/.test(html.slice(-2000))) problems.push("the file ends inside a tag");
  for (const tag of ["div", "article", "section", "table"]) {
    const open = html.match(new RegExp(`<${tag}[\\s>]`, "gi"))?.length ?? 0;
    const close = html.match(new RegExp(`</${tag}\\s*>`, "gi"))?.length ?? 0;
    if (open > close) problems.push(`${open - close} <${tag}> left open`);
  }
  if (/<html[\s>]/i.test(html) && !/<\/html\s*>/i.test(html)) problems.push("no </html>");
  return problems.length ? `malformed HTML (${problems.slice(0, 3).join(", ")}); text recovered as far as it goes` : null;
}

function parseHtml(id: string, p: Prepared): Built {
  // A page nested past any real page's depth is read with its deepest tags blanked (html-depth.ts):
  // same length, so every offset into it is one into the file.
  const deep = flattenDeep(p.text);
  const html = deep?.html ?? p.text;
  const notes = deep ? [diag(id, deepHtmlNote(deep), "ingest/deep-html", "warning")] : [];
  if (p.format === "pipermail") {
    const post = pipermailPost(html);
    // A post whose body gives no headline has its subject as one, as a mail has ("Re:" and "[List]" left out).
    const built = articlesFromText(id, post.body, 0, post.body.length, { container: post.container, mapped: false, sourceMap: post.offsets, split: true, fallbackTitle: subjectTitle(post.container.title) });
    built.diagnostics.unshift(...notes);
    return built;
  }
  // A digest saved as a page (html-digest.ts) is read as its posts, one message each, as in a mail.
  const digestText = htmlDigestText(html);
  const digest = digestText ? textDigest(digestText, null) : null;
  if (digest) {
    const built = parseMailDocument(id, p, digest.posts);
    built.diagnostics.unshift(...notes, diag(id, `${digest.what}, saved as HTML: each read on its own, its table of contents left out`, "ingest/digest", "info"));
    return built;
  }
  // Each story of the page (one, or one an <article> when the page holds several) is an article.
  const { page, stories } = htmlStories(html);
  const all: Built = { articles: [], diagnostics: notes };
  const ids = uniqueIds();
  for (const story of stories) {
    const body = story.paragraphs.join("\n\n");
    const sourceMap = story.offsets ? joinOffsets(story.paragraphs.map((text, i) => ({ text, offsets: story.offsets![i] })), "\n\n") : null;
    const m = story.meta;
    const built = articlesFromText(id, body, 0, body.length, {
      container: { kind: "web-page", title: page.title, listName: page.siteName ? canonicalOutlet(page.siteName) : null, sender: null, sentOn: null, sentRaw: page.url ?? p.pageUrl ?? null },
      // A saved page's own address names its outlet by domain when its markup gives no address.
      evidence: page.url ? m.evidence : [...m.evidence, ...urlEvidence(p.pageUrl ?? null)],
      title: m.title,
      byline: m.byline,
      published: m.published,
      publishedRaw: m.publishedRaw,
      wrapped: false,
      mapped: false,
      sourceMap,
      split: false,
      headings: story.headings,
      headParagraphs: story.decks,
      alone: stories.length === 1,
    });
    // A story's <time> that gave its day without a year was dated by the page's own date: say so.
    const article = built.articles[0];
    if (article && m.publishedRaw && m.published && page.published && dayLine(m.publishedRaw)) {
      built.diagnostics.push({ ...diag(id, `publication date ${m.published} from the story's <time> "${m.publishedRaw}", the year from the page's date (${page.published})`, "ingest/date-from-time", "info"), articleId: article.id });
    }
    append(all, built, ids);
  }
  return all;
}

function parseSync(id: string, p: Prepared): Built {
  switch (p.format) {
    case "html":
    case "pipermail":
      return parseHtml(id, p);
    case "markdown": {
      const md = stripMarkdown(p.text);
      const built = articlesFromText(id, md.text, 0, md.text.length, {
        title: md.meta.title,
        byline: md.meta.byline,
        published: md.meta.published,
        publishedRaw: md.meta.publishedRaw,
        evidence: [
          ...(md.meta.outlet ? [{ outlet: canonicalOutlet(md.meta.outlet), kind: "meta" as const, detail: `front matter names "${md.meta.outlet}"`, weight: 3 }] : []),
          ...urlEvidence(md.meta.url),
        ],
      });
      return built;
    }
    case "eml":
    case "mbox":
      return parseMailDocument(id, p);
    default: {
      // A plain-text digest saved as a file is read as the mail it is: one message a post.
      const digest = textDigest(p.text, null);
      if (!digest) return plainText(id, p.text);
      const built = parseMailDocument(id, p, digest.posts);
      built.diagnostics.unshift(diag(id, `${digest.what}: each read on its own, its table of contents left out`, "ingest/digest", "info"));
      return built;
    }
  }
}

/**
 * The posts of a digest written as plain text (Mailman's "Message: N" posts, mail.ts, or Google
 * Groups' topics, google-digest.ts), each the bytes of a message of its own, and what it is, for the
 * info line; null for any other text. `sentOn`: the day the digest was sent, when a mail carried it.
 */
function textDigest(text: string, sentOn: string | null): { readonly posts: readonly Uint8Array[]; readonly what: string } | null {
  // Google's first: its messages may be counted "Message: N" as Mailman's are, but stand under
  // topic lines (its subjects), which Mailman's never write.
  const google = googleDigest(text, sentOn);
  if (google) return { posts: google.messages, what: `a Google Groups digest of ${count(google.messages.length, "message")} in ${count(google.topics, "topic")}` };
  const mailman = plainDigestMessages(text);
  return mailman ? { posts: mailman, what: `a plain-text digest of ${mailman.length} messages` } : null;
}

/**
 * `text` with a digest's contents at its top (digest-toc.ts) blanked at their length (offsets kept),
 * and the info diagnostic that says so (`where`: "message 2: " in a mail file, "" in a text); the
 * text itself and null when it opens with none.
 */
function withoutContents(id: string, text: string, where: string): { text: string; note: Diagnostic | null } {
  const toc = digestContents(text);
  if (!toc) return { text, note: null };
  const out = blankRuns(text, [toc]);
  const left = out.trim() ? "left out of the text" : "no article; left out";
  return { text: out, note: diag(id, `${where}a digest's table of contents ("Today's Topics:", ${count(toc.subjects, "subject")}) is ${left}`, "ingest/digest-contents", "info") };
}

/** A plain text's articles; a CSV cell's text (its quotation marks doubled) is read with single marks. */
function plainText(id: string, whole: string): Built {
  // A digest's contents saved as text, over what is no digest of posts (plainDigestMessages read none).
  const { text: read, note } = withoutContents(id, whole, "");
  // A mail reply pasted as text ("> " before each quoted line) is unquoted as a mail's body is.
  const reply = isPastedReply(read);
  const text = reply ? unquoteReply(read) : read;
  const built = text.trim() ? plainTextRead(id, text) : { articles: [], diagnostics: [] };
  if (note) built.diagnostics.unshift(note);
  if (reply) built.diagnostics.unshift(diag(id, 'a mail reply pasted as text: the quote marks (">") at its lines\' starts read as blanks, offsets kept', "ingest/pasted-reply", "info"));
  return built;
}

function plainTextRead(id: string, text: string): Built {
  const undoubled = undoubledCsvQuotes(text);
  const archive = nexisDocuments(undoubled ?? text);
  if (archive) {
    const built = archiveText(id, undoubled ?? text, archive);
    if (undoubled) built.diagnostics.unshift(diag(id, 'quotation marks doubled as in a CSV cell (""…""): read as single marks', "ingest/csv-quotes", "info"));
    return built;
  }
  // Tweets kept as tags (tweets.ts) are read as quotes of their authors, in a text mapped to the file.
  const tweets = readTweetTags(undoubled ?? text);
  const built = clippedText(id, tweets?.text ?? undoubled ?? text, tweets?.offsets ?? null);
  if (undoubled) built.diagnostics.unshift(diag(id, 'quotation marks doubled as in a CSV cell (""…""): read as single marks', "ingest/csv-quotes", "info"));
  if (tweets) {
    const parts = [
      ...(tweets.quoted ? [`${count(tweets.quoted, "embedded tweet")} read as ${tweets.quoted > 1 ? "quotes of their authors" : "a quote of its author"} (${tweets.named} by the name the article or the embed gives, ${tweets.quoted - tweets.named} by handle)`] : []),
      ...(tweets.empty ? [`${count(tweets.empty, "tweet tag")} with no words (only an id) left out`] : []),
    ];
    built.diagnostics.unshift(diag(id, `${parts.join("; ")}: the tag markup is not read as text`, "ingest/tweet-tags", "info"));
  }
  return built;
}

/** A known outlet's domain in the address a text was saved from ("source: https://www.reuters.com/…"). */
function urlEvidence(url: string | null): OutletEvidence[] {
  const domain = url ? /^(?:https?:\/\/)?([^/\s?#]+)/i.exec(url)?.[1] ?? null : null;
  const known = domain ? outletByDomain(domain) : null;
  return known ? [{ outlet: known.name, kind: "domain", detail: `link to ${domain}`, weight: 2 }] : [];
}

/**
 * A news archive's export (nexis.ts): each document an article with its paper, date, headline and
 * byline; the search header, each masthead and each document's fields stay out of the text.
 */
function archiveText(id: string, text: string, docs: readonly NexisDocument[]): Built {
  const all: Built = { articles: [], diagnostics: [] };
  const ids = uniqueIds();
  for (const d of docs) {
    const date = d.dateRaw ? parseDate(d.dateRaw, true) : null;
    const built = articlesFromText(id, text, d.from, d.to, {
      title: d.title,
      byline: d.byline,
      published: date?.iso ?? null,
      publishedRaw: d.dateRaw,
      evidence: d.outlet ? [{ outlet: canonicalOutlet(d.outlet), kind: "masthead", detail: `archive masthead "${d.outlet}"`, weight: 3 }] : [],
      split: false,
      alone: docs.length === 1,
    });
    append(all, built, ids);
  }
  all.diagnostics.unshift(diag(id, `a news archive's export of ${count(docs.length, "document")}: each read as an article with its paper, date, headline and byline; the search header and each document's fields left out`, "ingest/news-archive", "info"));
  return all;
}

/**
 * A plain text under a clipping header (fields, or the outlet's name on the first line): the
 * header fills the article's fields and the text starts under it, offsets still the file's.
 */
function clippedText(id: string, text: string, sourceMap: Int32Array | null = null): Built {
  const h = clipHeader(text);
  if (!h) return articlesFromText(id, text, 0, text.length, sourceMap ? { sourceMap } : {});
  const date = h.dateRaw ? parseDate(h.dateRaw, true) : null;
  const evidence: OutletEvidence[] = [
    ...(h.outlet ? [{ outlet: canonicalOutlet(h.outlet), kind: "masthead" as const, detail: `header line "${h.lines.find((l) => l.includes(h.outlet!)) ?? h.outlet}"`, weight: 3 }] : []),
    ...urlEvidence(h.url),
  ];
  const built = articlesFromText(id, text, h.bodyFrom, text.length, {
    title: h.title,
    byline: h.byline,
    published: date?.iso ?? null,
    publishedRaw: h.dateRaw,
    evidence,
    sourceMap,
  });
  const what = h.kind === "fields" ? `header lines (${h.lines.map((l) => l.split(":")[0]).join(", ")})` : `the outlet line "${h.lines[0]}" above the headline`;
  built.diagnostics.unshift(diag(id, `${what} read into the article's fields and left out of its text`, "ingest/clip-header", "info"));
  return built;
}

const isMail = (f: DocumentFormat) => f === "eml" || f === "mbox";

/** A mail's charsets: its articles' parts', each once, in order; null when no article says. */
function partEncodings(articles: readonly Article[]): string | null {
  const seen = [...new Set(articles.flatMap((a) => (a.encoding ? [a.encoding] : [])))];
  return seen.length ? seen.join(", ") : null;
}

function toDocument(id: string, bytes: Uint8Array, p: Prepared, built: Built): { document: SourceDocument; diagnostics: Diagnostic[] } {
  const diagnostics = [...p.diagnostics, ...built.diagnostics];
  if (p.format === "html" || p.format === "pipermail") {
    const problem = htmlProblems(p.text);
    if (problem) diagnostics.push(diag(id, problem, "ingest/broken-html", "warning"));
  }
  if (!built.articles.length || built.articles.every((a) => !a.text.trim())) {
    diagnostics.push(diag(id, `no article text found in this ${p.format} file`, "ingest/no-text", "warning"));
  }
  // A text read from the repaired file (not a mail: its map is made against the file's own text, mailSourceMap) leads back through the repair.
  const through = p.source && !isMail(p.format) ? p.source.offsets : null;
  const articles = built.articles.filter((a) => a.text.trim()).map((a) => {
    const mapped = through && a.sourceOffsets ? leadThrough(a, a.sourceOffsets, through, p.source!.ends) : a;
    return mapped.encoding ? mapped : { ...mapped, encoding: p.encoding };
  });
  return {
    document: {
      id,
      format: p.format,
      encoding: isMail(p.format) ? partEncodings(articles) ?? p.encoding : p.encoding,
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      // The file as it decodes, before any repair: the text sourceOffsets and `file:line:col` count in.
      text: p.source?.text ?? p.text,
      articles,
    },
    diagnostics,
  };
}

/**
 * Parse one file's bytes into a document, any format. Pure (no file access) and synchronous, so
 * worker threads and the cache call it directly. Throws IngestError for input it cannot use.
 */
export function parseDocument(id: string, bytes: Uint8Array): { document: SourceDocument; diagnostics: Diagnostic[] } {
  const p = prepare(id, bytes);
  return toDocument(id, bytes, p, parseSync(id, p));
}

function parseMailDocument(id: string, p: Prepared, given?: readonly Uint8Array[]): Built {
  const all: Built = { articles: [], diagnostics: [] };
  // A digest's posts are messages of their own; its table of contents is no article.
  const messages = (given ?? (p.format === "mbox" ? splitMbox(p.bytes) : [p.bytes])).flatMap((bytes, k): { bytes: Uint8Array; list: string | null; decodedFrom: string | null }[] => {
    const digest = digestOf(bytes);
    // Posts cut from a text (a digest saved as a file) were decoded with it: its charset is theirs.
    if (!digest) return [{ bytes, list: null, decodedFrom: given ? p.encoding : null }];
    const n = digest.messages.length;
    all.diagnostics.push(diag(id, `message ${k + 1} is a digest of ${count(n, "message")}: each read on its own, its table of contents left out`, "ingest/digest", "info"));
    return digest.messages.map((m) => ({ bytes: m, list: digest.listName, decodedFrom: null }));
  });
  const ids = uniqueIds();
  // Messages attached whole are read after the one that carries them, as its forwarded messages.
  // A file attached (the story sent as a .txt or .html) is read after the message too, as its own
  // text under the message that carried it (`file`: its name; no forward, so no forwarded header).
  // `decodedFrom`: the charset of the text a digest's post was cut from (the file's, or the part's
  // that held the digest); the post's own bytes are rebuilt as UTF-8 and say nothing of it.
  const queue: { bytes: Uint8Array; list: string | null; carrier?: Container; depth?: number; n: string; file?: string; decodedFrom?: string | null }[] = messages.map((m, k) => ({ ...m, n: String(k + 1) }));
  for (let q = 0; q < queue.length; q++) {
    const { bytes: msg, list, carrier, depth = 0, n, file, decodedFrom } = queue[q];
    try {
      const m = parseMail(msg, list);
      for (const u of m.unread) all.diagnostics.push(diag(id, `message ${n}: attachment ${u}`, "ingest/unread-attachment", "warning"));
      // A message whose text is a plain-text digest gives its posts, read after it, in its place.
      // An HTML part alone is read as the page it is (html-digest.ts): its text, not its story's.
      const digestText = m.fromHtml ? (m.html ? htmlDigestText(m.html) : null) : m.body;
      const digest = digestText ? textDigest(digestText, m.container.sentOn) : null;
      if (digest && depth < 5) {
        all.diagnostics.push(diag(id, `message ${n} is ${digest.what}: each read on its own, its table of contents left out`, "ingest/digest", "info"));
        queue.splice(q + 1, 0, ...digest.posts.map((bytes, i) => ({ bytes, list: m.container.listName ?? digestListName(m.container.title), depth: depth + 1, n: `${n}.${i + 1}`, decodedFrom: decodedFrom ?? m.encoding })));
        continue;
      }
      for (const note of m.notes) all.diagnostics.push(diag(id, `message ${n}: ${note}`, "ingest/no-text", "warning"));
      for (const d of m.decodeNotes) all.diagnostics.push(diag(id, `message ${n}: ${d.reason}`, d.ruleId, d.severity));
      const container: Container = file && carrier ? carrier : carrier ? { ...carrier, forwarded: { ...m.container, kind: "email", listName: null } } : m.container;
      if (file) all.diagnostics.push(diag(id, `message ${n}: the attached file ${file} read as the story it holds`, "ingest/attachment", "info"));
      const more = depth < 5 ? [
        ...m.attached.map((bytes, i) => ({ bytes, list: null, carrier: m.container, depth: depth + 1, n: `${n}.${i + 1}` })),
        ...m.files.map((f, i) => ({ bytes: f.message, list: null, carrier: m.container, depth: depth + 1, n: `${n}.${m.attached.length + i + 1}`, file: f.name })),
      ] : [];
      queue.splice(q + 1, 0, ...more);
      // A digest's contents as its own text part, the posts attached (or none left): no article.
      const { text: body, note: contents } = m.fromHtml ? { text: m.body, note: null } : withoutContents(id, m.body, `message ${n}: `);
      if (contents) all.diagnostics.push(contents);
      if (contents && !body.trim()) continue;
      // The sender's note above an attached message or story ("See the attached story") is no article.
      const note = more.length ? body.trim().length : 0;
      if (note && note < PREAMBLE_MIN) {
        all.diagnostics.push(diag(id, `message ${n}: the sender's note above the attached ${m.attached.length ? "message" : "story"} (${note} characters) is not an article; left out`, "ingest/preamble", "info"));
        continue;
      }
      // A message that is itself the story has its subject as headline (without "Re:", "Fwd:", "[List]");
      // an attached file's story has its own.
      const fallbackTitle = file ? null : subjectTitle(m.container.title);
      // The file's own message (an .eml; not an mbox's copy, a digest's post or an attachment) leads back to the file (mail-offsets.ts).
      const sourceMap = msg === p.bytes ? mailSourceMap(p, m) : null;
      const sourceEnds = sourceMap?.ends ?? null;
      // An HTML body's headline over its story is the article's title, before the subject: a story
      // forwarded as a page is cited by its headline, not by the sender's "Fwd: you have to read this".
      const built = m.fromHtml
        ? articlesFromText(id, m.body, 0, m.body.length, { container, mapped: false, split: false, wrapped: false, headings: m.headings, title: m.page?.title, fallbackTitle, byline: m.page?.byline, published: m.page?.published, publishedRaw: m.page?.publishedRaw })
        : articlesFromText(id, unquoteReply(body), 0, body.length, { container, mapped: false, split: true, fallbackTitle, sourceMap: sourceMap?.offsets ?? null, sourceEnds });
      // Each article says which charset its own part was in, not the whole file's (a digest's post: its digest's).
      const encoding = decodedFrom ?? m.encoding;
      if (encoding) built.articles = built.articles.map((a) => ({ ...a, encoding }));
      // Several messages each give articles: keep ids unique within the file.
      append(all, built, ids);
    } catch (e) {
      all.diagnostics.push(diag(id, `message ${n} could not be parsed: ${(e as Error).message}`, "ingest/bad-message", "warning"));
    }
  }
  if (p.format === "mbox" && !messages.length) throw new IngestError("no messages found in this mbox (no \"From \" lines); skipped", "ingest/bad-mbox");
  return all;
}

/** A mail body's offsets in the file's decoded text (and its characters' ends, repair-map.ts's extents), or null where it cannot be followed there. */
function mailSourceMap(p: Prepared, m: MailMessage): Extents | null {
  if (!m.bodyAt || m.fromHtml) return null;
  const start = charOffsetOfByte(p.bytes, m.bodyAt.byte, p.encoding);
  if (start === null) return null;
  const { qp, unrepaired } = m.bodyAt;
  const utf8 = /^utf-?8$/i.test(m.encoding ?? "");
  const source = p.source;
  // A file whose text was repaired: the body is followed through the repaired text (a part is
  // repaired as the whole file was), from where the file's body starts there, and led on to the file.
  const at = source ? repairedAt(source.offsets, start) : start;
  if (at === null) return null;
  const follow = (body: string): Extents | null => {
    const map = mailBodyExtents(p.text, at, body, qp, utf8);
    return map && source ? { offsets: ledThrough(map.offsets, source.offsets), ends: endsThrough(map.offsets, map.ends, source.offsets, source.ends) } : map;
  };
  const map = follow(m.body);
  if (map || !unrepaired) return map;
  // A part repaired on its own (quoted-printable escapes of "Ã©": the file has no "Ã©" to repair):
  // its text before the repair is what the file holds, and the repair's map leads the body to it.
  const raw = follow(unrepaired.text);
  return raw && { offsets: ledThrough(unrepaired.offsets, raw.offsets), ends: endsThrough(unrepaired.offsets, unrepaired.ends, raw.offsets, raw.ends) };
}

type Extents = { readonly offsets: Int32Array; readonly ends: Int32Array | null };

/** The article's map led on through a repair's (`through`, its ends `throughEnds`); sourceEnds only where a character ends up wider than one. */
function leadThrough(a: Article, offsets: Int32Array, through: Int32Array, throughEnds: Int32Array | null): Article {
  const ends = endsThrough(offsets, a.sourceEnds ?? null, through, throughEnds);
  const led = { ...a, sourceOffsets: ledThrough(offsets, through) };
  return ends || a.sourceEnds ? { ...led, sourceEnds: ends } : led;
}

/** Where offset `raw` of the file's text stands in the repaired text (`offsets` leads from it to the file), or null inside a repair. */
function repairedAt(offsets: Int32Array, raw: number): number | null {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return offsets[lo] === raw ? lo : null;
}

/** Add one text's articles to a file's, numbered after them, ids kept unique within the file. */
function append(all: Built, built: Built, ids: UniqueIds): void {
  const unique = dedupe(built.articles, built.diagnostics, ids);
  const base = all.articles.length;
  for (const a of unique.articles) all.articles.push({ ...a, index: base + a.index });
  for (const d of unique.diagnostics) all.diagnostics.push(d);
}

/** Article ids stay unique: a repeat gets a numbered suffix, and its diagnostics follow it. */
function dedupe(list: readonly Article[], diagnostics: readonly Diagnostic[], ids: UniqueIds): { articles: Article[]; diagnostics: Diagnostic[] } {
  const renames = new Map<string, string>();
  const articles = list.map((a) => {
    const id = ids.take(a.id);
    if (id !== a.id) renames.set(a.id, id);
    return id === a.id ? a : { ...a, id };
  });
  return {
    articles,
    diagnostics: diagnostics.map((d) => (d.articleId && renames.has(d.articleId) ? { ...d, articleId: renames.get(d.articleId) } : d)),
  };
}

/** Read paths (files, directories, "-") into documents; every input ends processed or skipped. */
export async function loadInputs(paths: readonly string[], opts: LoadOptions = {}): Promise<LoadResult> {
  const res: LoadResult = { documents: [], inputs: [], diagnostics: [] };
  const max = opts.maxBytes ?? MAX_BYTES;
  const { files, skipped } = await collectFiles(paths, opts.leaveOut);
  // Inputs stay in the order the paths named them: each skipped one after the files listed before it.
  let nextSkipped = 0;
  const skipUpTo = (filesDone: number) => {
    for (; nextSkipped < skipped.length && skipped[nextSkipped].afterFiles <= filesDone; nextSkipped++) {
      const s = skipped[nextSkipped];
      res.inputs.push({ path: s.id, status: "skipped", reason: s.reason });
      res.diagnostics.push(diag(s.id, s.reason, s.ruleId, s.severity));
    }
  };
  const ids = uniqueIds();
  for (const [n, f] of files.entries()) {
    skipUpTo(n);
    opts.onProgress?.(n, files.length, f.id);
    try {
      const bytes = await readInput(f.path, max, opts.stdin ?? readStdinUpTo);
      const parsed = parseDocument(f.id, bytes);
      const unique = dedupe(parsed.document.articles, parsed.diagnostics, ids);
      const document = { ...parsed.document, articles: unique.articles };
      const diagnostics = unique.diagnostics;
      res.documents.push(document);
      for (const d of diagnostics) res.diagnostics.push(d);
      res.inputs.push({ path: f.id, status: "processed", format: document.format, articles: document.articles.length });
    } catch (e) {
      const err = e as IngestError;
      const reason = err instanceof IngestError ? err.message : `could not be parsed: ${(e as Error).message}`;
      res.inputs.push({ path: f.id, status: "skipped", reason });
      res.diagnostics.push(diag(f.id, reason, err instanceof IngestError ? err.ruleId : "ingest/parse-failed", err instanceof IngestError ? err.severity : "error"));
    }
  }
  skipUpTo(Infinity);
  opts.onProgress?.(files.length, files.length, "");
  return res;
}

