import { blockTexts, parseHtml } from "./html.js";

/**
 * A digest saved as HTML, or sent as a mail's HTML part alone: Google Groups' ("Topic digest", each
 * topic's messages under a line "Name <address>: date", "Back to top" after each topic), or a
 * Mailman digest a mail reader saved as a page (its "Message: N" posts in a <pre>). Read as a page,
 * it was one story: the posts ran together and their authors were lost (a byline-like author span
 * was even cut out). Its text, a block a paragraph and its <br> lines kept, is what a plain-text
 * digest is, for google-digest.ts and mail.ts plainDigestMessages to split. Pure.
 */

// The markup's signs of a digest; a page with none of them is not parsed again (the cheap precheck).
// "Back to top" is on many news pages too: Google's signs count only with the group's address or name.
// "TOPIC:" heads each topic of the older HTML layout (2008-2013), whose footer names no digest.
const GOOGLE_SIGNS = ["Back to top", "You received this digest because", "Topic digest", "TOPIC:"];

/** Whether the markup names a Google group and bears one of its digest's signs. */
const isGoogleDigest = (html: string): boolean => (html.includes("googlegroups") || html.includes("Google Groups")) && GOOGLE_SIGNS.some((s) => html.includes(s));

/** Whether the markup may hold a digest: Google's signs, or Mailman's "Message:" lines and its name. */
function mayBeDigest(html: string): boolean {
  return isGoogleDigest(html) || (html.includes("Message:") && /digest/i.test(html));
}

// The rule of "=" the plain-text digest draws between topics, which google-digest.ts finds them by.
const RULE = "=".repeat(20);

/** The page's text as a plain-text digest reads it, or null when its markup bears no sign of one. */
export function htmlDigestText(html: string): string | null {
  if (!mayBeDigest(html)) return null;
  const $ = parseHtml(html);
  // Google's older HTML layout parts its topics by <hr> where its text has that rule: give it back.
  if (isGoogleDigest(html)) $("hr").replaceWith(`<p>${RULE}</p>`);
  const root = $("body")[0] ?? $.root()[0];
  return blockTexts(root, true).join("\n\n");
}
