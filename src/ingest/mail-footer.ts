/**
 * The footer a newsletter or an alert puts under its story ("You are receiving this because you
 * signed up …", "Unsubscribe | View in browser"): read from an HTML mail as the story's last
 * paragraphs, its words were quotes ("“News that moves,” as we say" credited to the byline). Each
 * row is a line such footers open with, and why. Only paragraphs at the story's end go, and never
 * the whole story. Pure.
 */

export type FooterRow = { readonly id: string; readonly reason: string; readonly test: RegExp };

export const NEWSLETTER_FOOTER: readonly FooterRow[] = [
  { id: "why-you-get-it", reason: "it tells the reader why the mail came ('You are receiving this because …', 'You received this email because …')", test: /^you(?:'re| are)? (?:receiving|received|get(?:ting)?) this\b/i },
  { id: "unsubscribe", reason: "a line of the list's links ('Unsubscribe | View in browser', 'Unsubscribe from this list')", test: /^(?:to )?unsubscribe\b/i },
  { id: "preferences", reason: "a link to the reader's settings ('Manage your preferences', 'Update your email preferences')", test: /^(?:manage|update|change) (?:your )?(?:e-?mail |subscription |newsletter )?(?:preferences|settings|subscriptions?)\b/i },
  { id: "view-in-browser", reason: "the link to the mail as a page ('View in browser', 'View this email in your browser')", test: /^view (?:this (?:e-?mail|message|newsletter) )?(?:in|on) (?:your |a )?(?:web )?browser\b/i },
];

const isFooter = (p: string): boolean => NEWSLETTER_FOOTER.some((r) => r.test.test(p.trim()));

/** `paragraphs` without the newsletter footer at their end. */
export function trimFooter(paragraphs: readonly string[]): readonly string[] {
  let end = paragraphs.length;
  while (end > 1 && isFooter(paragraphs[end - 1])) end--;
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}
