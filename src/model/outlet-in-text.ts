/**
 * "told the Post" after "The Washington Post reported …": a one-word outlet name ("Post", "Times",
 * "Journal") is the longer name the same article spells out, when it spells out one; and an outlet's own
 * edition. Pure; read by check's secondhand-source and by the UI's and reports' secondhand flag, so
 * here in the model, which report/ and tui/ may read.
 */

/** Capitalised words taken before the short name at most ("The Washington Post", "New York Times"). */
const MAX_WORDS_BEFORE = 4;

const isCapitalised = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);

/** Words ending at `end` in `text`, last first, while they are capitalised. Linear in what it reads. */
function capitalisedBefore(text: string, end: number): string[] {
  const words: string[] = [];
  let i = end;
  while (words.length < MAX_WORDS_BEFORE) {
    // One space (or a line break) between words; anything else ends the name.
    if (i === 0 || !/\s/.test(text[i - 1])) break;
    let j = i - 1;
    while (j > 0 && /\s/.test(text[j - 1]) && i - j < 3) j--;
    let k = j;
    while (k > 0 && /[\p{L}\p{N}.&'’-]/u.test(text[k - 1])) k--;
    const word = text.slice(k, j);
    // A possessor ("Britain's ITV") or an article ("A Fox News poll") is no part of the name.
    if (!word || !isCapitalised(word) || /['’]s$/.test(word) || /^an?$/i.test(word)) break;
    words.push(word);
    i = k;
  }
  return words;
}

/**
 * The longer name `text` gives the one-word outlet `short` ("The Post", "Times"): every capitalised run
 * before the word in the text, "The" and what stands before it set aside; the shortest, when every
 * other ends with it ("Washington Post" and "The Washington Post" are one). Null when the name is not
 * one word, the text gives no longer name, or it gives two ("The Washington Post", "New York Post").
 */
export function longerOutletName(short: string, text: string): string | null {
  const word = short.trim().replace(/^the\s+/i, "");
  if (!word || /\s/.test(word) || !isCapitalised(word)) return null;
  const found = new Map<string, string>();
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const after = text[at + word.length];
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue; // "Postal", "Timesheet"
    // The word inside a longer name ("Fox News", "Post Office") is another name.
    if (/^\s\p{Lu}/u.test(text.slice(at + word.length, at + word.length + 2))) continue;
    const before = capitalisedBefore(text, at).reverse();
    const the = before.map((w) => w.toLowerCase()).lastIndexOf("the");
    const head = before.slice(the + 1);
    if (!head.length) continue;
    const name = [...head, word].join(" ");
    found.set(name.toLowerCase(), name);
  }
  const names = [...found.values()].sort((a, b) => a.length - b.length);
  if (!names.length) return null;
  const [shortest] = names;
  return names.every((n) => n.toLowerCase() === shortest.toLowerCase() || n.toLowerCase().endsWith(` ${shortest.toLowerCase()}`)) ? shortest : null;
}

/**
 * The outlet's own edition, bureau or show: "POLITICO Florida" or "POLITICO New York" in a Politico
 * article, "Breitbart London" or "Breitbart News Daily SiriusXM" in a Breitbart one. The words were told
 * to the outlet that published them, firsthand. `brand` is the article's outlet, or a test of a name.
 * The name told must open with all of the brand's words and go on only with capitalised words or
 * figures (an edition's place, a show's title), so "The Times of India" is no edition of The Times.
 */
export function editionOf(toOutlet: string, brand: (name: string) => boolean): boolean {
  const words = toOutlet.trim().split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const rest = words.slice(k);
    if (!rest.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) continue;
    const head = words.slice(0, k).join(" ");
    if (head.toLowerCase() !== "the" && brand(head)) return true;
  }
  return false;
}
