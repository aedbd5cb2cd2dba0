import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { notSpeech } from "../../src/extract/not-speech.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

const rowOf = (words: string): string | null => notSpeech(words, { start: 0, end: words.length })?.id ?? null;

describe("words in marks that are nobody's speech: the rows", () => {
  const cases: [string, string | null][] = [
    // must trigger
    ["(CROSSTALK.)", "stage-direction"],
    ["(APPLAUSE)", "stage-direction"],
    ["[BEGIN VIDEO CLIP]", "stage-direction"],
    ["(laughter)", "stage-direction-word"],
    ["[Inaudible.]", "stage-direction-word"],
    ["(Laughter and applause)", "stage-direction-word"],
    ["Follow Pam Key on Twitter @pamkeyNEN.", "follow-credit"],
    ["Follow Jane Roe on Instagram at @jroe", "follow-credit"],
    // must not trigger
    ["(We will win.)", null],
    ["(Trump) is wrong about this,", null],
    ["[Sanders] should stay in until he gets everything", null],
    ["(laughter) That is the best we can do.", null],
    ["Follow the money, and you will find the answer.", null],
    ["Follow me on Twitter, he said, and you will see @ the rally", null],
  ];
  it.each(cases)("%s", (words, id) => {
    expect(rowOf(words)).toBe(id);
  });
});

describe("a transcript printed with a mark opening every paragraph", () => {
  it("keeps the turns as quotes and the stage direction and the credit line as scare quotes", () => {
    const text = [
      'Partial transcript as follows:',
      '"WALLACE: Will she be there tomorrow night?',
      '"PENCE: Well, look, this is serious business, and —.',
      '"(CROSSTALK.)',
      '"WALLACE: If I may, sir, because we have got limited time.',
      '"Follow Jane Roe on Twitter @janeroe."',
    ].join("\n\n");
    expect(quotes(text)).toEqual([
      ["direct", "Will she be there tomorrow night?"],
      ["direct", "Well, look, this is serious business, and —."],
      ["scare", "(CROSSTALK.)"],
      ["direct", "If I may, sir, because we have got limited time."],
      ["scare", "Follow Jane Roe on Twitter @janeroe."],
    ]);
  });

  it("a quote that only opens with a bracketed word is still a quote", () => {
    expect(quotes("“(Laughter) We will rebuild the bridge,” the mayor said.")).toEqual([["direct", "(Laughter) We will rebuild the bridge,"]]);
  });
});
