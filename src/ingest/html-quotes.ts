import type { AnyNode, Element } from "domhandler";
import { writtenDay } from "./tweets.js";

/**
 * A `<blockquote>` whose markup says whose words it holds: a tweet embed, a `<footer>` or `<cite>`
 * credit, a `cite=` address. A browser sets such a block apart without quotation marks, so read as
 * plain paragraphs its words were nobody's quote and its credit line a stray paragraph. blocksOf
 * reads it as one paragraph, “the words” — the credit, the way a printed quote is signed off.
 */
export type CreditedQuote = {
  /** Which rule of CREDITED found it. */
  readonly rule: string;
  /** The quoted words. */
  readonly quote: readonly AnyNode[];
  /** Who is credited; empty when the markup names nobody (the article around it then does). */
  readonly credit: readonly AnyNode[];
  /** Kept as paragraphs of their own after it (what follows a <footer>). */
  readonly after: readonly AnyNode[];
  /**
   * Words the markup says in its own way, drawn after the credit and mapped to `at` in the page: a
   * tweet embed's " on Twitter on March 5, 2016" (the embed's class and its dated link), so the words
   * get the medium and the day a tweet kept as a tag gets (tweets.ts).
   */
  readonly coda?: { readonly text: string; readonly at: number };
};

const isTag = (n: AnyNode, name: string): boolean => n.type === "tag" && (n as Element).name.toLowerCase() === name;
const textOf = (n: AnyNode): string => (n.type === "text" ? (n as unknown as { data: string }).data : "");
const blank = (n: AnyNode): boolean => n.type === "comment" || (n.type === "text" && !textOf(n).trim());

/** The nodes of `nodes` without the white space after the last word (it would stand before the closing mark). */
function trimTail(nodes: readonly AnyNode[]): AnyNode[] {
  let end = nodes.length;
  while (end > 0 && blank(nodes[end - 1])) end--;
  return nodes.slice(0, end);
}

const split = (rule: string, kids: readonly AnyNode[], at: number, credit: readonly AnyNode[], after: readonly AnyNode[] = []): CreditedQuote | null => {
  const quote = trimTail(kids.slice(0, at));
  return quote.some((n) => !blank(n)) ? { rule, quote, credit, after } : null;
};

/** The text of a node and its descendants, as written (entities decoded), without recursion. */
function plainText(node: AnyNode): string {
  let out = "";
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") out += textOf(n);
    else if (n.type === "tag") for (let i = (n as Element).children.length - 1; i >= 0; i--) stack.push((n as Element).children[i]);
  }
  return out;
}

/**
 * Twitter's embed code: the tweet's paragraphs, "— Name (@handle)", and a link to the tweet that
 * shows its date. The link is left out: after the credit it was read into the name ("Jane Roe
 * (@jroe) March 5"), and as a paragraph of its own it was taken for the article's date line. What it
 * and the embed's class say is written after the credit as a tweet kept as a tag has it, " on
 * Twitter on March 5, 2016" (" on Twitter" when the link shows no day we read: another language's,
 * or none), so the quote has its medium and its day.
 */
function tweet(el: Element): CreditedQuote | null {
  if (!/(?:^|\s)twitter-tweet(?:\s|$)/.test(el.attribs.class ?? "")) return null;
  const kids = el.children;
  let last = -1;
  for (let i = 0; i < kids.length; i++) if (isTag(kids[i], "p")) last = i;
  if (last < 0) return null;
  const rest = kids.slice(last + 1);
  const link = rest.findIndex((n) => isTag(n, "a") && /\/status(?:es)?\//.test((n as Element).attribs.href ?? ""));
  const credit = trimTail(link < 0 ? rest : rest.slice(0, link));
  const found = split("tweet-embed", kids, last + 1, credit);
  // Only a tweet signed by someone says where: with no credit the words would be left with a bare "on Twitter".
  if (!found || !credit.some((n) => !blank(n))) return found;
  const day = link < 0 ? null : writtenDay(plainText(rest[link]));
  const at = link < 0 ? (credit[credit.length - 1].endIndex ?? -1) : (rest[link].startIndex ?? -1);
  return { ...found, coda: { text: ` on Twitter${day ? ` on ${day}` : ""}`, at } };
}

/** HTML's own credit for a quotation: a <footer> in the <blockquote> ("— Ann Lee, <cite>mayor</cite>"). */
function footer(el: Element): CreditedQuote | null {
  const kids = el.children;
  const at = kids.findIndex((n) => isTag(n, "footer"));
  return at < 0 ? null : split("footer-credit", kids, at, [kids[at]], kids.slice(at + 1));
}

/** A <cite> after the words, alone or alone in the last paragraph ("<p>— <cite>Ann Lee</cite></p>"). */
function cite(el: Element): CreditedQuote | null {
  const kids = el.children;
  let at = kids.length;
  while (at > 0 && blank(kids[at - 1])) at--;
  const last = kids[at - 1] as Element | undefined;
  if (!last) return null;
  if (isTag(last, "cite")) return split("cite-credit", kids, at - 1, [last]);
  // The last paragraph holds a <cite> and nothing else but dashes and white space.
  if (!isTag(last, "p") || !last.children.some((n) => isTag(n, "cite"))) return null;
  const onlyCite = last.children.every((n) => isTag(n, "cite") || blank(n) || (n.type === "text" && /^[\s—–―-]+$/.test(textOf(n))));
  return onlyCite ? split("cite-credit", kids, at - 1, [last]) : null;
}

/** cite= gives the address the words come from, and so marks them a quotation; it names nobody. */
const citeAttribute = (el: Element): CreditedQuote | null => (el.attribs.cite?.trim() ? split("cite-attribute", el.children, el.children.length, []) : null);

/** Each way markup credits a block quotation, tried in this order. */
export const CREDITED: readonly { readonly id: string; readonly reason: string; readonly read: (el: Element) => CreditedQuote | null }[] = [
  { id: "tweet-embed", reason: "Twitter's embed: the tweet, then '— Name (@handle)' and a dated link to it (left out; its day written after the credit, 'on Twitter on March 5, 2016')", read: tweet },
  { id: "footer-credit", reason: "a <footer> inside the <blockquote> is HTML's credit line for it", read: footer },
  { id: "cite-credit", reason: "a <cite> after the words, alone or in a paragraph of its own, names their source", read: cite },
  { id: "cite-attribute", reason: "cite= marks the block a quotation; it names nobody, so the article around it credits the words", read: citeAttribute },
];

/** How a <blockquote> credits its words, or null for one that does not (an indented passage, a pull quote's box). */
export function creditedQuote(el: Element): CreditedQuote | null {
  for (const rule of CREDITED) {
    const found = rule.read(el);
    if (found) return found;
  }
  return null;
}
