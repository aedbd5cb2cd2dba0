import type { Span } from "./span.js";

export type DocumentFormat = "text" | "markdown" | "html" | "pipermail" | "eml" | "mbox";

/** What carried an article: a mailing-list post, an e-mail, a web page or a plain file. */
export type Container = {
  readonly kind: "mailing-list-post" | "email" | "web-page" | "file";
  readonly title: string | null;
  /** List name for a list post ("Midden-Oosten"), site name for a web page. */
  readonly listName: string | null;
  readonly sender: string | null;
  /** ISO date (YYYY-MM-DD) the post or mail was sent. */
  readonly sentOn: string | null;
  readonly sentRaw: string | null;
  /** A message forwarded inside this one, whose own header (subject, sender, date sent) heads the article. */
  readonly forwarded?: Container | null;
};

/** Where an article's `published` came from when not from the article itself (Article.publishedFrom). */
export type PublishedFrom = "mail" | "dateline-and-mail" | "dateline-and-update-line" | "update-line" | "file-name";

/** One piece of evidence for an article's outlet, with its weight. */
export type OutletEvidence = {
  readonly outlet: string;
  /**
   * "dateline": the outlet's credit in the dateline that opens the story ("PARIS, Aug 31 (Reuters) -").
   * "file-name": a known outlet the file's name opens with ("nyt_2016-09-16_….txt"), read only when
   * the rest gives no outlet.
   */
  readonly kind: "json-ld" | "meta" | "domain" | "dateline-style" | "dateline" | "self-reference" | "masthead" | "byline" | "file-name";
  readonly detail: string;
  readonly weight: number;
};

/**
 * A news agency's story an article carries ("WASHINGTON (AP) —", "The Associated Press contributed to
 * this report"): the agency by the outlet table's name, the rule that read it and the words it read.
 */
export type WireCredit = {
  readonly agency: string;
  readonly ruleId: string;
  readonly text: string;
};

export type Article = {
  readonly id: string;
  readonly documentId: string;
  /** Index of the article within its document (0-based). */
  readonly index: number;
  readonly title: string | null;
  /**
   * How many paragraphs at the top are the headline and its deck (a subheading under it), when
   * ingest read them as such; absent when it did not (a title from markup or a mail's subject).
   */
  readonly headParagraphs?: number;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly outletEvidence: readonly OutletEvidence[];
  /** ISO date (YYYY-MM-DD) of publication, or null when unknown. */
  readonly published: string | null;
  readonly publishedRaw: string | null;
  /**
   * Where `published` came from when the article gives no whole date of its own; absent when it
   * is the article's own (or none). "mail": the day the mail or list post that carried it was sent
   * (the forwarded message's, for a story in one): an upper bound, the story was out on or before
   * it. "dateline-and-mail": the dateline's day, the year from the mail. "dateline-and-update-line":
   * the dateline's day, the year from the story's "Updated …" line (a whole date). "update-line": the day of
   * the story's "Updated …" line (its last change): an upper bound too, read before the mail's.
   * "file-name": a date in the file's name. `publishedRaw` is then the words read: the mail's Date
   * header, the day, the update line, the name.
   */
  readonly publishedFrom?: PublishedFrom;
  readonly dateline: string | null;
  readonly container: Container | null;
  /**
   * The wire copy it carries, one credit an agency (src/ingest/wire.ts); absent on articles built
   * outside ingest's text reader (tests, `articleFromText`), which is the same as none.
   */
  readonly wire?: readonly WireCredit[];
  /**
   * The charset its text was decoded from: a mail's article, the one of the MIME part it came from
   * ("windows-1252" for a Latin-1 body under UTF-8 headers), any other the file's. Absent on
   * articles built outside a file (tests, `articleFromText`).
   */
  readonly encoding?: string;
  /** The article body, reflowed: paragraphs separated by "\n\n", no hard wraps. */
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** Paragraphs (or their tails) that stop mid-sentence in the source. */
  readonly cuts: readonly Span[];
  /**
   * For each character of `text`, its offset in the document's decoded text; one more entry for the
   * end. Null when the text was rebuilt from markup (HTML) and offsets cannot lead back.
   */
  readonly sourceOffsets: Int32Array | null;
  /**
   * Where the text has a character that was more than one in the decoded text (a repaired "é" was
   * "Ã©"; "=C3=A9" in a quoted-printable mail), each character's exclusive end there, one more entry
   * for the end; absent when every character was one (its end is its offset + 1). sourceSpanEnd reads it.
   */
  readonly sourceEnds?: Int32Array | null;
};

export type SourceDocument = {
  /** The path as given on the command line ("-" for standard input). */
  readonly id: string;
  readonly format: DocumentFormat;
  /**
   * How the file was decoded. For a mail, the charsets of the parts its articles came from, each
   * once ("windows-1252", "utf-8, windows-1252"): decoding a mail whole, headers and all, says
   * nothing of its parts (a UTF-8 header over a Latin-1 body read as "mixed").
   */
  readonly encoding: string;
  readonly bytes: number;
  readonly sha256: string;
  /** The decoded text of the whole file, before any repair (mojibake, dropped NUL bytes): the text that articles' `sourceOffsets` and `file:line:col` count in. */
  readonly text: string;
  readonly articles: readonly Article[];
};

/** Every input is accounted for: processed, or skipped with a reason. */
export type InputStatus =
  | { readonly path: string; readonly status: "processed"; readonly format: DocumentFormat; readonly articles: number }
  | { readonly path: string; readonly status: "skipped"; readonly reason: string };
