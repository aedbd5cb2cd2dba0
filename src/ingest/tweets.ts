/**
 * Tweets embedded in a plain text as markup: a scraper's or a CMS's export keeps each embed as a
 * tag of its own on its line, `<tweet author="@jroe" datetime="2016-03-10">We will win.</tweet>`.
 * Read as prose, the tag was text (`author="@jroe"` a quote of nobody) and the tweet's words were
 * credited to no one. A tweet is a quotation of its author: it is read the way an HTML tweet embed
 * is (html-quotes.ts), one paragraph “the words” — the credit, here "Name (@handle) on Twitter on
 * <day>", so the quote is the author's, said on Twitter that day. A tag that holds no words (only
 * an id: the scraper kept the embed, not its text) is left out. The rewritten text carries a map
 * to the file, so every quote still leads back to it.
 */
import { HANDLE_BODY } from "../model/index.js";

/** The text with its tweet tags read, each character's offset in the input, and what was done. */
export type TweetReading = {
  readonly text: string;
  readonly offsets: Int32Array;
  /** Tweets read as quotes, and how many of them have an author the article names. */
  readonly quoted: number;
  readonly named: number;
  /** Tags with no words, left out. */
  readonly empty: number;
};

/** One attribute a tag gives a tweet's author or date in, and how its value is read. */
type TweetField = { readonly id: string; readonly reason: string; readonly attrs: readonly string[] };

/** Where the tag forms seen in exports keep the author and the day (attribute names, lower case). */
export const TWEET_FIELDS: { readonly author: TweetField; readonly date: TweetField; readonly epoch: TweetField } = {
  author: { id: "author", reason: "the account that wrote it, with or without its @", attrs: ["author", "tweet-author", "data-author", "screen-name", "screen_name", "user"] },
  date: { id: "date", reason: "the day it was posted, ISO or written out (\"January 20, 2016\")", attrs: ["datetime", "tweet-date", "date", "data-date", "created-at", "created_at"] },
  epoch: { id: "epoch", reason: "the moment it was posted, in seconds since 1970 (its UTC day)", attrs: ["timestamp", "data-timestamp"] },
};

// A name written with its handle in brackets after it ("Ann Lee (@annlee)."), one word of prose.
const HANDLE_IN_BRACKETS = new RegExp(String.raw`^\(@(${HANDLE_BODY})\)[.,;:]?$`);
// A tweet's author: a handle, its "@" optional.
const HANDLE = new RegExp(`^@?(${HANDLE_BODY})$`);
// A tag, its attributes (values may run over lines) up to its ">"; the closing tag, either form.
const OPEN = /<tweet\b([^<>]*)>/gi;
const ATTR = /([\w:-]+)\s*=\s*"([^"]*)"/g;
const CLOSERS = ["</tweet>", "<tweet/>", "<tweet />"] as const;
// Words of a tweet longer than this are no tweet (280 characters, with room for a link's markup).
const MAX_WORDS = 1000;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_INDEX: ReadonlyMap<string, number> = new Map(MONTHS.map((m, i) => [m.toLowerCase(), i + 1]));

/** "2016-03-10" or "March 10, 2016" as written in the credit ("on March 10, 2016"), or null. */
export function tweetDay(attrs: ReadonlyMap<string, string>): string | null {
  for (const a of TWEET_FIELDS.epoch.attrs) {
    const v = attrs.get(a)?.trim();
    if (v && /^\d{9,10}$/.test(v)) return spelled(new Date(Number(v) * 1000).toISOString().slice(0, 10));
  }
  for (const a of TWEET_FIELDS.date.attrs) {
    const v = attrs.get(a)?.trim();
    if (!v) continue;
    const day = writtenDay(v);
    if (day) return day;
  }
  return null;
}

/**
 * A tweet's day as an export or an embed writes it ("2016-03-10", "2016-03-10T14:02:00Z", "March 10,
 * 2016", or day first, "10 March 2016", as the embed shows it in British English), spelled as the
 * credit writes it ("March 10, 2016"), or null for anything else.
 */
export function writtenDay(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) return spelled(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const monthFirst = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(v);
  const dayFirst = monthFirst ? null : /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(v);
  const [monthName, day, year] = monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : [];
  const month = monthName ? MONTH_INDEX.get(monthName.toLowerCase()) : undefined;
  return month && day && year ? spelled(`${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`) : null;
}

/** An ISO day as the credit writes it ("March 10, 2016"), or null for no such day. */
function spelled(iso: string): string | null {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 2006) return null; // Twitter began in 2006
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** The tweet's author's handle without its @, or null when the tag names none (or something else). */
export function tweetAuthor(attrs: ReadonlyMap<string, string>): string | null {
  for (const a of TWEET_FIELDS.author.attrs) {
    const v = attrs.get(a);
    if (v === undefined) continue;
    const m = HANDLE.exec(v.trim());
    return m ? m[1] : null;
  }
  return null;
}

const lettersOf = (s: string): string => s.normalize("NFD").toLowerCase().replace(/[^a-z]/g, "");

// Words an account's name puts before a surname ("GovChristie", "SpeakerRyan", "realDonaldTrump").
const HANDLE_PREFIXES = ["real", "the", "gov", "governor", "sen", "senator", "rep", "speaker", "mayor", "president", "potus", "dr", "team"];
// A capitalised word as the article writes it in a name ("Martin", "O’Malley"; no digits).
const CAP_WORD = /^\p{Lu}[\p{L}’'-]*$/u;
// A word that ends a run of them: punctuation after it ("Christie," "Gov.").
const RUN_END = /[.,;:!?)”"]$/u;
// A middle initial as written: one capital and its full stop.
const INITIAL = /^\p{Lu}\.$/u;
// Fewer letters than this in a name is too little to tell it from chance inside a handle.
const MIN_NAME_LETTERS = 7;

/**
 * The runs of capitalised words in the article's prose ("New Jersey Gov", "Chris Christie"), each a
 * list of words, and the names written with a handle in brackets ("Ann Lee (@annlee)": handle ->
 * name). One pass over the words, whatever the text.
 */
export function proseNames(prose: string): { readonly runs: readonly (readonly string[])[]; readonly withHandle: ReadonlyMap<string, string> } {
  const runs: string[][] = [];
  const withHandle = new Map<string, string>();
  let run: string[] = [];
  const close = () => {
    if (run.length > 1) runs.push(run);
    run = [];
  };
  for (const raw of prose.split(/\s+/)) {
    const handle = HANDLE_IN_BRACKETS.exec(raw);
    if (handle && run.length > 1) withHandle.set(handle[1].toLowerCase(), run.slice(-4).join(" "));
    const word = raw.replace(RUN_END, "");
    // A middle initial ("Donald J. Trump") is inside the name: its full stop does not end the run.
    const initial = INITIAL.test(raw);
    if (word && CAP_WORD.test(word)) run.push(initial ? raw : word);
    else close();
    if (word !== raw && !initial) close();
  }
  close();
  return { runs, withHandle };
}

/**
 * Who an account is, when the article itself ties them: it writes the name with the handle in
 * brackets ("Ann Lee (@annlee)"), or it names a person (two or three capitalised words ending a
 * run of them) whose name the handle spells ("realDonaldTrump" and "Donald Trump",
 * "MartinOMalley" and "Martin O’Malley"), or whose surname it spells after a title ("GovChristie"
 * and "Chris Christie"). Null when the article names no one so, or two people equally well: no
 * handle is ever looked up.
 */
export function handleOwner(handle: string, names: ReturnType<typeof proseNames>): string | null {
  const tied = names.withHandle.get(handle.toLowerCase());
  if (tied) return tied;
  const letters = lettersOf(handle);
  let best: string | null = null;
  let bestLen = 0;
  let tie = false;
  const consider = (name: string, len: number) => {
    if (len > bestLen) {
      best = name;
      bestLen = len;
      tie = false;
    } else if (len === bestLen && best !== null && lettersOf(best) !== lettersOf(name)) tie = true;
  };
  for (const words of names.runs) {
    // The name ends where the capitalised words end (titles may stand before it): "Black Lives"
    // out of "Black Lives Matter" is no one's name.
    const n = words.length;
    for (let i = Math.max(0, n - 3); i < n - 1; i++) {
      const name = words.slice(i).join(" ");
      // Handles leave middle initials out ("realDonaldTrump" for "Donald J. Trump").
      const key = lettersOf(words.slice(i).filter((w) => !INITIAL.test(w)).join(" "));
      if (key.length >= MIN_NAME_LETTERS && letters.includes(key)) consider(name, key.length);
    }
    // A title and the surname of a two-word name ("GovChristie" and "Chris Christie").
    const surname = lettersOf(words[n - 1]);
    if (surname.length >= 4 && HANDLE_PREFIXES.some((p) => letters === p + surname)) consider(words.slice(n - 2).join(" "), surname.length);
  }
  return tie ? null : best;
}

// Twitter's embed signs a tweet "— Name (@handle) Month D, YYYY"; a scraper keeps it with the words.
const SIGNATURE = new RegExp(String.raw`[―—–]\s*([^\s—–―()][^—–―()]{0,60}?)\s*\(@(${HANDLE_BODY})\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$`);

/** The embed's signature at the end of a tweet's words, when it is the author's: its name and where the words end. */
export function embedCredit(words: string, author: string): { name: string; wordsEnd: number } | null {
  if (!words.includes("(@")) return null;
  const m = SIGNATURE.exec(words);
  return m && m[2].toLowerCase() === author.toLowerCase() ? { name: m[1].trim(), wordsEnd: m.index } : null;
}

/** Where the tweet's words end (its closing tag) after `from`, or null for a tag left open. */
function closerAt(text: string, from: number): { at: number; len: number } | null {
  // Only the stretch a tweet's words may take is searched: a text of open tags never closed stays linear.
  const window = text.slice(from, from + MAX_WORDS + 10);
  let found: { at: number; len: number } | null = null;
  for (const c of CLOSERS) {
    const at = window.indexOf(c);
    if (at >= 0 && at <= MAX_WORDS && (!found || at < found.at)) found = { at, len: c.length };
  }
  if (!found) return null;
  const next = window.indexOf("<tweet");
  if (next >= 0 && next < found.at && !CLOSERS.some((c) => window.startsWith(c, next))) return null;
  return { at: from + found.at, len: found.len };
}

const QUOTE_OPENERS = /^["“‘'«„]/;

/**
 * The text with each tweet tag read as a credited quotation, or null when it holds no tweet tag.
 * A tag whose author is no handle (a scrape that put prose in its attributes) is left as it is.
 */
export function readTweetTags(text: string): TweetReading | null {
  if (!text.includes("<tweet")) return null;
  type Tag = { start: number; wordsFrom: number; wordsTo: number; end: number; author: string | null; day: string | null };
  const tags: Tag[] = [];
  for (const m of text.matchAll(OPEN)) {
    const start = m.index;
    // "<tweet/>" is the closing tag of one export's form, never a tweet of its own.
    if ((tags.length && start < tags[tags.length - 1].end) || m[1].trim() === "/") continue;
    const wordsFrom = start + m[0].length;
    // A self-closing tag (`<tweet id="…"/>`) holds no words.
    const selfClosed = m[1].trimEnd().endsWith("/");
    const close = selfClosed ? { at: wordsFrom, len: 0 } : closerAt(text, wordsFrom);
    if (!close) continue;
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(ATTR)) attrs.set(a[1].toLowerCase(), a[2]);
    const author = tweetAuthor(attrs);
    const blank = !text.slice(wordsFrom, close.at).trim();
    // A tag that says who wrote it must say it as a handle; one that names no author holds no words.
    const hasAuthorAttr = TWEET_FIELDS.author.attrs.some((a) => attrs.has(a));
    if (!blank && (!author || !hasAuthorAttr)) continue;
    tags.push({ start, wordsFrom, wordsTo: close.at, end: close.at + close.len, author: blank ? null : author, day: tweetDay(attrs) });
  }
  if (!tags.length) return null;
  // The article's own prose, without the tags: what it says ties a handle to a name.
  let prose = "";
  let last = 0;
  for (const t of tags) {
    prose += `${text.slice(last, t.start)}\n`;
    last = t.end;
  }
  prose += text.slice(last);

  const parts: string[] = [];
  const offs: number[] = [];
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = text[i];
      parts.push(c === "\n" || c === "\r" ? " " : c);
      offs.push(i);
    }
  };
  const draw = (s: string, at: number) => {
    for (const c of s) {
      parts.push(c);
      offs.push(at);
    }
  };
  let names: ReturnType<typeof proseNames> | null = null;
  let quoted = 0;
  let named = 0;
  let empty = 0;
  let pos = 0;
  for (const t of tags) {
    for (let i = pos; i < t.start; i++) {
      parts.push(text[i]);
      offs.push(i);
    }
    pos = t.end;
    if (!t.author) {
      empty++;
      // The full stop a scraper left after the tag, alone on its line, goes with it.
      if (text[pos] === "." && (pos + 1 >= text.length || text[pos + 1] === "\n" || text[pos + 1] === "\r")) pos++;
      continue;
    }
    quoted++;
    // The words, without the white space around them; their own marks stand for ours.
    let a = t.wordsFrom;
    let b = t.wordsTo;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    // The embed's own credit, kept at the end of the words, names the account ("— Ann Lee (@annlee) March 5, 2016").
    const signed = embedCredit(text.slice(a, b), t.author);
    if (signed) {
      b = a + signed.wordsEnd;
      while (b > a && /\s/.test(text[b - 1])) b--;
    }
    const own = QUOTE_OPENERS.test(text[a]);
    if (!own) draw("“", t.start);
    copy(a, b);
    if (!own) draw("”", t.wordsTo);
    const owner = signed?.name ?? handleOwner(t.author, (names ??= proseNames(prose)));
    if (owner) named++;
    const credit = `${owner ? `${owner} (@${t.author})` : `@${t.author}`} on Twitter${t.day ? ` on ${t.day}` : ""}`;
    draw(` — ${credit}`, t.wordsTo);
  }
  for (let i = pos; i < text.length; i++) {
    parts.push(text[i]);
    offs.push(i);
  }
  const offsets = new Int32Array(offs.length + 1);
  offsets.set(offs);
  offsets[offs.length] = text.length;
  return { text: parts.join(""), offsets, quoted, named, empty };
}
