/**
 * A text/plain part that only stands in for the HTML part beside it: a newsletter's or an alert's
 * "This email is in HTML format…" or "To view this email as a web page, go to …". A mail's plain
 * part was read whenever it held text, so the story in the HTML part was lost. What tells a stand-in
 * from a real plain copy is not its wording (every sender and language words it its own way) but
 * that it is short, the HTML's text far longer, and its words are not in that text. Pure.
 */

// A stand-in is a line or two; a plain copy of a story is longer than this.
export const STUB_MAX = 400;
// An HTML part with less text than this holds no story to prefer.
const HTML_MIN = 200;
// The characters of the plain part looked for in the HTML's text: a real copy opens with the same words.
const OPENING = 40;

const squeeze = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Whether `plain` only stands in for an HTML part whose text is `htmlText`. */
export function plainIsStub(plain: string, htmlText: string): boolean {
  const p = squeeze(plain);
  if (!p || p.length > STUB_MAX) return false;
  const h = squeeze(htmlText);
  return h.length >= HTML_MIN && h.length >= 3 * p.length && !h.includes(p.slice(0, OPENING));
}
