import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

// Every sentence has a speech verb ("She said"), which made short words in marks a quotation unless
// they read as a title (titles.ts).
describe("a work's title after the kind of work it is, or before it (titles.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the kind before the title
    ["a rock classic", "She said the speakers blared the rock classic “All Right Now,” by the band Free.", [["scare", "All Right Now,"]]],
    ["a drama", "She said they loved the HBO drama “The Wire” for years.", [["scare", "The Wire"]]],
    ["an anthem", "She said the anthem “Born in the U.S.A.” played as he left.", [["scare", "Born in the U.S.A."]]],
    ["a sequel", "She said she starred in the sequel “Dirty Dancing 2” in 2004.", [["scare", "Dirty Dancing 2"]]],
    ["a ballad", "She said the show opened with the ballad “Hallelujah” sung by a choir.", [["scare", "Hallelujah"]]],
    ["a title ending in '!' after its kind", "She said he acted in the Syfy movie “Sharknado 3: Oh Hell No!” last year.", [["scare", "Sharknado 3: Oh Hell No!"]]],
    ["a book's title with a long subtitle", "She said it is told in Jo Reyes's book “Undertow: Ana Ruiz's Long Fight for the Soul of the Old Harbor Company.”", [["scare", "Undertow: Ana Ruiz's Long Fight for the Soul of the Old Harbor Company."]]],
    ["a musical ending in '!'", "The musical “Oklahoma!” opened on Monday, she said.", [["scare", "Oklahoma!"]]],
    // must trigger: the kind after the title
    ["a reboot", "She said fans were upset by the “Fantastic Four” reboot last summer.", [["scare", "Fantastic Four"]]],
    ["a theme song", "She said he strode onstage to the “Air Force One” theme song on Monday.", [["scare", "Air Force One"]]],
    ["a trailer", "She said the “Top Gun” trailer ran before the game.", [["scare", "Top Gun"]]],
    ["a credit after a title that keeps 'is' small", "She said the “Orange is the New Black” star Ana Ruiz spoke first.", [["scare", "Orange is the New Black"]]],
    ["an owner before a title that keeps 'is' small", "She said she watched Netflix's “Orange is the New Black” for years.", [["scare", "Orange is the New Black"]]],
    // must not trigger: someone's name for the work (a naming verb before the kind), words in lower case, a sentence
    ["named by a naming verb", "He called the movie “A Total Disaster.”", [["direct", "A Total Disaster."]]],
    ["named by a naming verb, '!'", "He called the sequel “A Total Disaster!”", [["direct", "A Total Disaster!"]]],
    ["dubbed", "He dubbed the song “The Worst Ever.”", [["direct", "The Worst Ever."]]],
    // ... but "named the show" names its title: it stays one
    ["named the show", "She said she named the show “Madam Secretary” as her favorite.", [["scare", "Madam Secretary"]]],
    ["a long run with a colon after an owner alone", "She said it is in Jo Reyes's “Undertow: Ana Ruiz's Long Fight for the Soul of the Old Harbor Company.”", [["direct", "Undertow: Ana Ruiz's Long Fight for the Soul of the Old Harbor Company."]]],
    ["a long run with a colon after the kind, a sentence after the colon", "She said the book “Undertow: we fought for the soul of the old harbor company for years.”", [["direct", "Undertow: we fought for the soul of the old harbor company for years."]]],
    ["a subtitled title past the longest after the kind", "She said the book “Undertow: Ana Ruiz and the Long Fight for the Soul of the Old Harbor and Its Ships and Crews.”", [["direct", "Undertow: Ana Ruiz and the Long Fight for the Soul of the Old Harbor and Its Ships and Crews."]]],
    ["lower case after the kind", "She said the drama “was not needed.”", [["direct", "was not needed."]]],
    ["'is' small, a comma inside the marks before the credit", "“Orange is the New Black,” star Ana Ruiz said.", [["direct", "Orange is the New Black,"]]],
    ["a sentence of two after the kind", "She said the ad “We Lost. We Fight!” ran twice.", [["direct", "We Lost. We Fight!"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
