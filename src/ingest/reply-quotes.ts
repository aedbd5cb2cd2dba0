/**
 * A reply quotes the message it answers line by line: "> " before each line, "> > " or ">> " for a
 * quote inside a quote. Left in, the marks hid what the quoted lines hold: a forwarded message's
 * mark and header ("> From: …", "> Subject: …") were no header, its headline and byline no header
 * lines, and a quoted blank line (">") no paragraph break. Each mark is read as a blank, at its
 * length, so every other character keeps its offset (the map back to the file holds). Pure.
 */

// The marks at a line's start: ">" each, a space or tab after any of them.
const QUOTE_MARKS = /^(?:>[ \t]?)+/gm;

// A text pasted from a mail client is a reply when this many of its lines open on a quote mark.
const PASTED_REPLY_MIN = 2;
const MARKED_LINE = /^>/gm;

/**
 * Whether a plain text (not a mail) is a reply pasted from a mail client: two or more lines open on
 * ">" (a story's text has none; a single "> 5%" at a line's start is no reply). A mail's body is
 * unquoted whatever it holds; a text only when it is one.
 */
export function isPastedReply(text: string): boolean {
  // Most texts quote nothing: one search spares them the count.
  if (text[0] !== ">" && !text.includes("\n>")) return false;
  let n = 0;
  for (const _ of text.matchAll(MARKED_LINE)) if (++n >= PASTED_REPLY_MIN) return true;
  return false;
}

/** `body` with the quote marks at its lines' starts as spaces; `body` itself when it quotes nothing. */
export function unquoteReply(body: string): string {
  // Most bodies quote nothing: one search spares them the replace.
  if (body[0] !== ">" && !body.includes("\n>")) return body;
  return body.replace(QUOTE_MARKS, (m) => " ".repeat(m.length));
}
