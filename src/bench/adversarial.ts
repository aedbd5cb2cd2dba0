import { parseDocument } from "../ingest/index.js";
import { analyse } from "../pipeline/index.js";

/**
 * Bad input that has made (or could make) a text engine slow: each a generator of about `bytes`
 * characters. The bench runs each at two sizes and prints the ratio of the times, which a linear pass
 * keeps near the ratio of the sizes (a quadratic one squares it); tests/bench/adversarial.test.ts runs
 * each small, through the whole pipeline, and checks the result is sound. One list for both, so a new
 * case is measured and tested at once.
 */
export type Adversary = {
  readonly id: string;
  readonly what: string;
  readonly make: (bytes: number) => string;
  /** The file's extension, which picks the ingest path (default "txt"). */
  readonly ext?: "txt" | "html" | "mbox";
};

/** `unit` repeated to about `bytes` characters (at least once). */
const fill = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

/** `open` repeated, then `close` as often: one element nested in itself to about `bytes` characters. */
const nest = (open: string, close: string, bytes: number): string => {
  const depth = Math.max(1, Math.round(bytes / (open.length + close.length)));
  return open.repeat(depth) + close.repeat(depth);
};

const SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vo", "si", "du", "be", "na"];
/** A different made-up name for every i ("Kalo Mirenta"), so the name registry grows with the text. */
export function nameOf(i: number): string {
  const syl = (k: number) => SYLLABLES[Math.floor(i / 10 ** k) % 10]!;
  const word = (a: string, b: string) => a[0]!.toUpperCase() + a.slice(1) + b;
  return `${word(syl(0), syl(1))} ${word(syl(2), syl(3))}${syl(4)}`;
}
/** Sentences from `unit(i)` for i = 0, 1, ... up to about `bytes` characters. */
function sentences(unit: (i: number) => string, bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes || i === 0; i++) {
    const u = unit(i);
    out.push(u);
    size += u.length;
  }
  return out.join("");
}

export const ADVERSARIES: readonly Adversary[] = [
  { id: "no-punctuation", what: "one paragraph of words, no stop, no mark", make: (n) => fill("word ", n) },
  { id: "one-word", what: "one run of letters", make: (n) => "a".repeat(n) },
  { id: "mark-every-word", what: "a quotation mark on every word, curly and single", make: (n) => fill("“word word” ‘w’ ", n) },
  { id: "unclosed-quotes", what: "paragraphs that each open a quote and never close it", make: (n) => fill("He says “this never closes and goes on for a while.\n\n", n) },
  { id: "openers-only", what: "opening marks only, one paragraph", make: (n) => fill("“", n) + "text" },
  { id: "straight-quotes", what: "straight double and single quotes and doubled apostrophes everywhere", make: (n) => fill(`"a" 'b' ''c'' "d `, n) },
  { id: "name-run", what: "capitalised names with no punctuation (the name registry's runs)", make: (n) => fill("Ada Lee Bo Kim Mr Jr Ann ", n) },
  { id: "titles", what: "titles and initials: 'Mr. J. R. Sen. Dr.' over and over", make: (n) => fill("Mr. J. R. Sen. Dr. Gov. ", n) },
  { id: "speech-verbs", what: "speech verbs with no content: 'said told says according to'", make: (n) => fill("said told says according to claimed ", n) },
  { id: "one-long-sentence", what: "one sentence of nested reports and clauses, past the sentence limit", make: (n) => fill("he said that Lee, who told him, according to Kim, ", n) + "it rained." },
  { id: "nested-reports", what: "sentences of nested reported speech: 'He said that she told him that ...'", make: (n) => fill("He said that she told him that Lee claimed that it rained. ", n) },
  {
    id: "many-speakers",
    what: "a new named speaker in every sentence, then pronouns and surnames (registry, pronouns, roles)",
    make: (n) => sentences((i) => `${nameOf(i)}, a farmer, said the rain came. “It stopped,” she told AFP on Monday. According to ${nameOf(i).split(" ")[1]}, it did not. `, n),
  },
  {
    id: "pronouns-after-paragraph",
    what: "a speaker of unknown gender, then a long paragraph of “…,” he said (each pronoun's paragraph walked from its start: namedInParagraph)",
    make: (n) => sentences((i) => `${nameOf(i)} said it rained.\n\n${"“It,” he said on Monday. ".repeat(240)}\n\n`, n),
  },
  { id: "quotes-one-paragraph", what: "one paragraph of short quotes and cues, no break", make: (n) => sentences((i) => `“We won ${i},” ${nameOf(i)} said. `, n) },
  { id: "continued-paragraphs", what: "a paragraph of a quote after another with no cue (the continuation chain)", make: (n) => `${nameOf(0)} said:\n\n` + fill("“We won, and we will win again.”\n\n", n) },
  {
    id: "quoted-copies",
    what: "copies of a quote that quotes others in marks of its own, each a different wording (misattribution's quoting test)",
    make: (n) => sentences((i) => `“Lee told us ‘we won, and we will win again ${i % 97},’ and we did,” ${nameOf(i % 3)} said.\n\n`, n),
  },
  { id: "block-after-colon", what: "'The senator said:' then paragraphs of one long word each", make: (n) => `The senator said:\n\nA${"a".repeat(n / 2)}\n\nB${"b".repeat(n / 2)}` },
  {
    id: "pull-quote-long-word",
    what: "a quote alone in its paragraph of one long word (“aaa…ab one two …”), then a paragraph of that letter (the pull-quote search's needle)",
    make: (n) => `The mayor spoke on Monday.\n\n“${"a".repeat(n / 3)}b one two three four five six”\n\n${"a".repeat(n / 2)} b.\n`,
  },
  { id: "day-words", what: "dates and day words in every clause (spokenOn)", make: (n) => fill("He said on Monday, May 4, that it had rained last Tuesday evening. ", n) },
  { id: "long-opener", what: "'In word word …' with no stop, then a cue (the circumstances' opener)", make: (n) => "In " + fill("word ", n) + ", Tom Reyes said that it rained." },
  {
    id: "outlet-runs",
    what: "'told “Word …', 'told The Post and …', 'said on “Meet the …': the to-whom patterns' long runs",
    make: (n) => `Lee told “${fill("Word ", n / 3)}\n\nKim told The ${fill("Post and ", n / 3)}\n\nAda said on “${fill("Meet the ", n / 3)}`,
  },
  { id: "parentheses", what: "nested parentheses and dashes around a cue", make: (n) => fill("Lee (((— a farmer —)) said it rained. ", n) },
  {
    id: "mbox-one-subject",
    what: "an mbox of short messages that all have the same subject (article ids)",
    ext: "mbox",
    make: (n) => fill("From a@b Mon Jan 1 00:00:00 2015\nFrom: a@b\nSubject: Vote\nDate: Mon, 1 Jan 2015 00:00:00 +0000\n\nA headline\n\n“We will win,” Ann Lee said.\n\n", n),
  },
  { id: "html-paragraphs", what: "a page of short paragraphs, each a quote and a cue", ext: "html", make: (n) => `<html><body>${fill("<p>“We will win,” Ann Lee said.</p>", n)}</body></html>` },
  {
    id: "html-deep",
    what: "a page of elements nested one in another (htmlparser2's stack is O(depth) a tag: html-depth.ts blanks the tags past 512)",
    ext: "html",
    make: (n) => {
      const depth = Math.round(n / 11);
      return `<html><body>${"<div>".repeat(depth)}<p>“We will win,” Ann Lee said.</p>${"</div>".repeat(depth)}</body></html>`;
    },
  },
  {
    id: "html-articles",
    what: "a page of many <article> stories, each with its headline, byline and date (one article each)",
    ext: "html",
    make: (n) => `<html><body>${fill('<article><h2>Vote</h2><p class="byline">By Ann Lee</p><time datetime="2031-03-04">March 4, 2031</time><p>“We will win the vote this year,” Bo Kim said on Monday.</p><p>“We will not,” Cy Moss said on Tuesday, at the hall.</p></article>', n)}</body></html>`,
  },
  {
    id: "html-blockquotes",
    what: "credited block quotations, each with a block quotation inside (read as one paragraph, one quote)",
    ext: "html",
    make: (n) => `<html><body>${fill('<blockquote cite="https://example.org/a"><p>We will win the vote.</p><blockquote><p>We said so.</p></blockquote><footer>— <cite>Ann Lee</cite>, mayor</footer></blockquote>', n)}</body></html>`,
  },
  {
    id: "html-nested-blockquotes",
    what: "block quotations nested one in another, each with a paragraph (storyRoot weighed each level's text again)",
    ext: "html",
    make: (n) => `<html><body>${nest("<blockquote><p>We will win the vote, she said.</p>", "</blockquote>", n)}</body></html>`,
  },
  {
    id: "html-nested-credited-blockquotes",
    what: "credited block quotations (cite=) nested one in another, each with a paragraph (storyRoot walked each level's whole subtree again)",
    ext: "html",
    make: (n) => `<html><body>${nest('<blockquote cite="https://example.org/a"><p>We will win the vote, she said.</p>', "</blockquote>", n)}</body></html>`,
  },
  {
    id: "html-plain-nested-blockquotes",
    what: "block quotations nested one in another, text straight inside each (no paragraph)",
    ext: "html",
    make: (n) => `<html><body>${nest("<blockquote>We will win the vote, she said.", "</blockquote>", n)}</body></html>`,
  },
  {
    id: "html-tweets",
    what: "a page of tweet embeds, one after another",
    ext: "html",
    make: (n) =>
      `<html><body>${fill('<p>She wrote on Monday:</p><blockquote class="twitter-tweet"><p lang="en">We will win the vote. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Ann Lee (@annlee) <a href="https://twitter.com/annlee/status/1">March 4, 2031</a></blockquote>', n)}</body></html>`,
  },
  { id: "csv-cells", what: "a column of CSV cells, every quotation mark doubled (read with single marks)", make: (n) => fill('"The vote passed. ""We will win,"" said Ann Lee, ""and soon."""\n', n) },
  { id: "csv-almost", what: "lines of doubled marks, then one lone mark at the very end (no CSV, found only there)", make: (n) => fill('She said ""no"" and left.\n', n) + '"' },
  // (Each of these was a unit test with a time limit, which a busy machine broke: the bench measures them now.)
  { id: "lost-byte-remains", what: "one line of 'bâ€' after an opening mark (lost-byte.ts: a lost byte's remains on every word)", make: (n) => "“a" + fill("bâ€", n) },
  {
    id: "tweet-tags-long-word",
    what: "one long capitalised word, then tweet tags (tweets.ts: the author's name looked for in the text)",
    make: (n) => `${"A".repeat(Math.round(n / 2))}\n\n${fill('<tweet author="@jroe" datetime="2016-03-10">We will win.</tweet>.\n\n', n / 2)}`,
  },
  { id: "tweet-tags-unclosed", what: "tweet tags opened and never closed (left as they are)", make: (n) => fill('<tweet author="@jroe">We will win. ', n) },
  {
    id: "widget-words",
    what: "nothing but share buttons, post counts, sort links and badges run together (widgets.ts)",
    make: (n) => [fill("ShareLike", n / 4), fill("12 postsAb ", n / 4) + "Newest | Oldest", fill("Newest | Oldest", n / 4), fill("5ptsmoderator", n / 4)].join("\n\n"),
  },
  { id: "mixed-scripts", what: "Cyrillic, Chinese, German marks and stray marks", make: (n) => fill("Он сказал «привет» and 他说“你好” then „hallo“ 'x \" ” » ‹ › ‚ ’ ‘ end. ", n) },
];

/** Runs one input through ingest and the whole pipeline (quotes, speakers, groups, conflicts). */
export function runAdversary(text: string, ext: Adversary["ext"] = "txt") {
  const { document, diagnostics } = parseDocument(`adversarial.${ext}`, new TextEncoder().encode(text));
  return analyse({ documents: [document], inputs: [], diagnostics }, "full");
}

/**
 * (e) One adversary at each size, smallest first, after a warm-up at a quarter of the smallest (so the
 * first size does not pay for compiling the engine, which would flatter the ratio). CPU seconds, since
 * the wall clock on a shared machine counts other work too.
 */
export function timeAdversary(id: string, sizes: readonly number[]): Record<string, string | number> {
  const adv = ADVERSARIES.find((a) => a.id === id);
  if (!adv) throw new Error(`unknown adversary ${id}`);
  runAdversary(adv.make(Math.max(1000, sizes[0]! / 4)), adv.ext);
  const row: Record<string, string | number> = { input: adv.id, what: adv.what };
  let first = 0;
  for (const [k, size] of sizes.entries()) {
    const text = adv.make(size);
    const cpu0 = process.cpuUsage();
    const r = runAdversary(text, adv.ext);
    const d = process.cpuUsage(cpu0);
    const s = (d.user + d.system) / 1e6;
    if (k === 0) first = s;
    row[`s${k}`] = +s.toFixed(3);
    row[`q${k}`] = r.quotes.length;
    if (k === sizes.length - 1) {
      row.ratio = first > 0 ? +(s / first).toFixed(1) : "-";
      row.MBps = +(text.length / 1e6 / Math.max(s, 1e-6)).toFixed(2);
    }
  }
  return row;
}
