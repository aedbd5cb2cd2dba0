import type { CheerioAPI } from "cheerio";

/**
 * A newsletter (its web version, or the HTML mail itself) prints its own name in an <h1> over the
 * story ("The Harbour Bulletin") and says it again where a page names itself: og:site_name, the
 * site part of <title> ("Ferry fares to rise | The Harbour Bulletin"), or the sender's name on the
 * mail. That <h1> is the masthead, no headline: read as one, every issue had the newsletter's name
 * as its title and the story's headline (the next heading) as a line of its text. Pure.
 */

/** A name as compared: letters and digits in lower case, without a leading "The" ("The Harbour Bulletin" is "Harbour Bulletin"). */
export function mastheadKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^the /, "");
}

/** The keys of the names a page gives itself, each once; no empty key (a name of punctuation alone names nothing). */
export function mastheadKeys(names: readonly (string | null | undefined)[]): readonly string[] {
  return [...new Set(names.flatMap((n) => (n ? [mastheadKey(n)] : [])).filter((k) => k.length > 0))];
}

/** Whether `text` says nothing but one of the page's own names (`keys`, from mastheadKeys). */
export const isMasthead = (text: string | null, keys: readonly string[]): boolean =>
  text !== null && keys.length > 0 && text.length <= 120 && keys.includes(mastheadKey(text));

/**
 * The page's headline heading: its first <h1>, or, when that <h1> is the masthead, the first
 * heading (h1-h3) after it that is not; null with no <h1> (the caller goes on to <title>).
 */
export function headingTitle($: CheerioAPI, keys: readonly string[]): string | null {
  const text = (el: Parameters<CheerioAPI>[0]): string | null => $(el).text().replace(/\s+/g, " ").trim() || null;
  const h1 = $("h1").first();
  const first = h1.length ? $(h1).text().trim() || null : null;
  if (!first || !isMasthead(first, keys)) return first;
  let after = false;
  // A union selector comes back in document order: the headings under the masthead, in turn.
  for (const el of $("h1, h2, h3").toArray()) {
    if (el === h1[0]) after = true;
    else if (after) {
      const t = text(el);
      if (t && !isMasthead(t, keys)) return t;
    }
  }
  return null;
}
