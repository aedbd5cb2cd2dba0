/**
 * A search for the next place, at or after a position, where `re` matches in `text` (text.length
 * when none does). `re` must be global and each of its matches one character long.
 *
 * Why: a scanner that walks forward asking "where is the next mark?" would otherwise look at every
 * character itself. Here one native search answers, and its answer is kept until the scanner passes
 * it, so each stretch of text is searched once. Asking for an earlier position searches again.
 */
export function nextMatchFinder(re: RegExp, text: string): (from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from < searchedFrom || found < from) {
      re.lastIndex = from;
      found = re.test(text) ? re.lastIndex - 1 : text.length;
      searchedFrom = from;
    }
    return found;
  };
}
