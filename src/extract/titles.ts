/**
 * Programme, book and song titles in marks right after their owner or maker: "told NBC’s “Today”",
 * "on Friday’s “PBS NewsHour.”", "Bruce Springsteen’s “American Skin”", "host of “Morning Joe”",
 * "author of “America’s Bitter Pill,”". They name a work; nobody is quoted as saying them, even when
 * a speech verb sits beside them ("told ABC’s “This Week”" is where something was said, not what).
 */

// Words a title leaves in lower case; any other word of a title starts with a capital or a digit.
const SMALL = new Set(["a", "an", "the", "of", "and", "or", "nor", "but", "in", "on", "at", "to", "for", "with", "from", "by", "vs", "&"]);
const TITLE_WORD = /[\p{L}\p{N}&][\p{L}\p{N}'’-]*/gu;
/** At most this many words: longer runs in capitals are more often slogans or quoted headlines. */
const MAX_WORDS = 8;

/**
 * What sits right before a title's opening mark: a capitalised possessive ("CNN’s", "Fox News’s",
 * "Wednesday’s") or the maker's or presenter's role ("host of", "author of").
 */
const BEFORE_TITLE = /(?:\b\p{Lu}[\p{L}.&-]*[’']s|\b(?:host|co-host|anchor|author|co-author|creator|editor)s? of)\s*$/u;

/** Title case, no sentence inside (a stop followed by more words) and no ! or ? at the end. */
function titleCased(quoted: string): boolean {
  if (/[!?]\s*$/u.test(quoted) || /[.!?]\s+\S/u.test(quoted)) return false;
  const words = quoted.match(TITLE_WORD) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  return words.every((w, i) => (i > 0 && SMALL.has(w.toLowerCase())) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** Whether the run between `open` (its opening mark's offset) and its words is a named work's title. */
export function isOwnedTitle(text: string, open: number, quoted: string): boolean {
  return BEFORE_TITLE.test(text.slice(Math.max(0, open - 24), open)) && titleCased(quoted);
}
