import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/attribute/index.js";
import { extractQuotes } from "../../src/extract/index.js";
import { signedAsTweet, tweetAuthorSpan, tweetWords } from "../../src/extract/tweet.js";
import { parseDocument } from "../../src/ingest/index.js";

// A tweet as an article shows it ("“words” — Name (@handle) on Twitter on <day>"): its words are a text of
// their own. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const para = (text: string) => ({ start: 0, end: text.length });
const sl = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe("tweetWords, tweetAuthorSpan", () => {
  it.each([
    ["a name and handle", "“Lee told me the pier is safe.” — Ann Roe (@annroe) on Twitter on March 7, 2016", "Lee told me the pier is safe.", "Ann Roe"],
    ["a handle alone", "“Lee told me the pier is safe.” — @annroe on Twitter", "Lee told me the pier is safe.", "@annroe"],
    ["the embed's own date after the handle", "“Lee told me the pier is safe.” — Ann Roe (@annroe) March 7, 2016", "Lee told me the pier is safe.", "Ann Roe"],
  ])("%s", (_name, text, words, author) => {
    const w = tweetWords(text, para(text));
    expect(sl(text, w)).toBe(words);
    expect(sl(text, tweetAuthorSpan(text, w!, para(text)))).toBe(author);
  });
  it.each([
    ["a quote signed with no handle", "“Lee told me the pier is safe.” — Ann Roe, harbor master"],
    ["two quotations with a cue between", "“The pier,” Lee said, “is safe” — @annroe on Twitter"],
    ["a paragraph that does not open with a mark", "Lee said “the pier is safe” — @annroe on Twitter"],
    ["words with a cue after the closing mark", "“The pier is safe,” Lee said — @annroe on Twitter"],
  ])("not: %s", (_name, text) => {
    expect(tweetWords(text, para(text))).toBeNull();
  });
  // The signature's dash, told by its code: the em dash, the horizontal bar and the en dash sign a
  // tweet; a hyphen or a minus sign does not.
  it.each([
    ["an em dash", "\u2014", true],
    ["a horizontal bar", "\u2015", true],
    ["an en dash", "\u2013", true],
    ["a hyphen", "-", false],
    ["a minus sign", "\u2212", false],
  ])("a signature after %s", (_name, dash, signed) => {
    const text = `“Lee told me the pier is safe.” ${dash} @annroe on Twitter`;
    expect(signedAsTweet(text, text.indexOf("”"))).toBe(signed);
    expect(tweetWords(text, para(text)) !== null).toBe(signed);
  });
  it("tells a quote with no dash after it without slicing the text", () => {
    const text = "“The pier is safe,” Lee said of the tweet by @annroe.";
    expect(signedAsTweet(text, text.indexOf("”"))).toBe(false);
  });
});

/** The reported speech of a text, [words, speaker]. */
const reported = (file: string, text: string) => {
  const a = parseDocument(file, new TextEncoder().encode(text)).document.articles[0];
  return attributeQuotes(a, extractQuotes(a).candidates)
    .quotes.filter((q) => q.kind === "indirect")
    .map((q) => [q.text, q.speaker]);
};
const LEAD = "The storm reached the coast on Monday, and officials closed the port. Senator Jane Roe spoke to reporters.\n\n";
const TAIL = "\n\nThe port stays closed.\n";

describe("speech a tweet reports", () => {
  it.each([
    ["a named source in a tweet tag", '<tweet author="@harborwatch" datetime="2016-03-07">Port director Tom Reyes told me the pier will reopen in June.</tweet>.', [["the pier will reopen in June", "Tom Reyes"]]],
    ["a pronoun for a speaker before it", '<tweet author="@harborwatch" datetime="2016-03-07">Jane Roe knows the pier is gone and she says it will reopen in June.</tweet>.', [["it will reopen in June", "Jane Roe"]]],
    ["'I' is the tweet's author, as the article names the account", '<tweet author="@realJaneRoe" datetime="2016-03-07">I told the mayor the pier will be rebuilt before the summer.</tweet>.', [["the pier will be rebuilt before the summer", "Jane Roe"]]],
    ["'we' is the tweet's author, by handle", '<tweet author="@harborwatch" datetime="2016-03-07">We said the pier would fall this winter.</tweet>.', [["the pier would fall this winter", "@harborwatch"]]],
    ["an HTML embed's words", null, [["the pier will reopen in June", "Tom Reyes"]]],
  ] as const)("%s", (_name, tag, expected) => {
    const got =
      tag === null
        ? reported(
            "storm.html",
            '<html><head><meta property="article:published_time" content="2016-03-08T09:00:00Z"><title>Storm</title></head><body><article><p>The storm reached the coast on Monday, and officials closed the port for the week.</p><blockquote class="twitter-tweet"><p lang="en">Port director Tom Reyes told me the pier will reopen in June.</p>&mdash; Harbor Watch (@harborwatch) <a href="https://twitter.com/harborwatch/status/1">March 7, 2016</a></blockquote><p>The port stays closed for the rest of the week, officials said.</p></article></body></html>',
          ).filter(([t]) => t !== "The port stays closed for the rest of the week")
        : reported("storm_2016-03-08.txt", LEAD + tag + TAIL);
    expect(got).toEqual(expected);
  });
  it.each([
    ["'you' is the tweet's reader, who said nothing", '<tweet author="@harborwatch" datetime="2016-03-07">When you say the pier is safe, nobody believes it.</tweet>.'],
    ["speech inside a quotation that is no tweet stays the quotation's", "“Tom Reyes told me the pier will reopen in June,” Jane Roe said."],
  ])("not: %s", (_name, tag) => {
    expect(reported("storm_2016-03-08.txt", LEAD + tag + TAIL).filter(([t]) => String(t).includes("pier"))).toEqual([]);
  });
});
