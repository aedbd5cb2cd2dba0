import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzRuns } from "../property-runs.js";
import { toldAsRepeatedLine, toldAsTwoOccasions } from "../../src/align/occasions.js";
import { article } from "../conflicts/fixtures.js";

/** An article of paragraphs; the two spans are the first and last “quoted words”. */
function told(paragraphs: readonly string[]): boolean {
  const text = paragraphs.join("\n\n");
  const paras: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of paragraphs) {
    paras.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const a = { ...article("post", "Morning Post", "2024-02-01", text), paragraphs: paras };
  const quoted = [...text.matchAll(/“[^”]*”/g)];
  const first = quoted[0];
  const last = quoted[quoted.length - 1];
  return toldAsTwoOccasions(a, { start: first.index + 1, end: first.index + first[0].length - 1 }, { start: last.index + 1, end: last.index + last[0].length - 1 });
}

describe("toldAsTwoOccasions: two quotes of one article the story tells apart", () => {
  it.each([
    ["must: the story says the speaker repeated it", ["“We will keep every job,” Lopez told the radio.", "Lopez repeated the pledge at the plant.", "“We will keep the jobs,” she said."], true],
    ["must: 'later' in the lead to the second quote", ["“We will keep every job,” Lopez said.", "She later told reporters: “We will keep the jobs.”"], true],
    ["must: 'on another occasion' (the model's words of another time)", ["“We will keep every job,” Lopez said.", "On another occasion she told reporters: “We will keep the jobs.”"], true],
    ["must: 'subsequently' (the model's words of another time)", ["“We will keep every job,” Lopez said.", "She subsequently told reporters: “We will keep the jobs.”"], true],
    ["must: 'weeks after' (the model's words of another time)", ["“We will keep every job,” Lopez said in May.", "Weeks after the vote she told reporters: “We will keep the jobs.”"], true],
    ["must: a similar remark", ["“We will keep every job,” Lopez said.", "She made similar comments on Friday: “We will keep the jobs.”"], true],
    ["must: a live blog's entry time between them", ["10:30 p.m.", "“We will keep every job,” Lopez said.", "A crowd cheered.", "9:15 p.m.", "“We will keep the jobs,” Lopez said."], true],
    ["must-not: one saying told twice", ["“We will keep every job,” Lopez said.", "Her statement reads: “We will keep the jobs.”"], false],
    ["must-not: 'again' inside a quote is the speaker's word", ["“We will keep every job,” Lopez said.", "A worker said “never again” and left.", "“We will keep the jobs,” she said."], false],
    ["must-not: 'later' far back, before the paragraph leading to the quote", ["“We will keep every job,” Lopez said. Talks resume later.", "The plant is old.", "The union met.", "“We will keep the jobs,” she said."], false],
    ["must-not: a time inside a sentence is no entry heading", ["“We will keep every job,” Lopez said at 10:30 p.m. on Friday.", "“We will keep the jobs,” she said."], false],
  ])("%s", (_name, paragraphs, want) => {
    expect(told(paragraphs)).toBe(want);
  });
});

// The entry-time test reads each article's entry-time lines once and the stretch's edge pieces, not
// the whole stretch between two quotes: it must answer as the pattern run on that stretch does
// (toldAsTwoOccasions' reading before, kept here as the reference). Texts of times, blanks, breaks,
// quotes and words in any order; spans anywhere in them.
describe("toldAsTwoOccasions: an entry time between two quotes, as the pattern on the stretch finds it", () => {
  const ENTRY_TIME = /^[ \t]*\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*$/im;
  const piece = fc.constantFrom("10:30", "9:15 p.m.", "12:05 AM", " ", "\t", "\n", "\n\n", "\r\n", "\u2028", "“We won,”", "said", "a", "p", ":", "7", ".");
  it("must agree with the pattern on every stretch", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join("");
        const [from, to] = [x % (text.length + 1), y % (text.length + 1)].sort((p, q) => p - q);
        // No paragraphs and no occasion words: only the entry time can answer true.
        const a = { ...article("post", "Morning Post", "2024-02-01", text), paragraphs: [] };
        const between = text.slice(from, to);
        const want = between.includes(":") && ENTRY_TIME.test(between);
        expect(toldAsTwoOccasions(a, { start: from, end: from }, { start: to, end: to })).toBe(want);
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});

describe("toldAsRepeatedLine: a quote its sentence tells as said on many occasions", () => {
  const row = (text: string) => {
    const a = article("post", "Morning Post", "2024-02-01", text);
    const m = /“([^”]*)”/.exec(text.slice(text.lastIndexOf("“")))!;
    const start = text.lastIndexOf("“") + 1;
    return toldAsRepeatedLine(a, { start, end: start + m[1].length })?.id ?? null;
  };
  it.each([
    ["must: often", "She often speaks of breaking “that highest, hardest glass ceiling” by being elected.", "habitual"],
    ["must: a stump speech", "Trump then appears in a clip from a stump speech, saying, “We will win.”", "stump-speech"],
    ["must: at every rally", "At every rally Lopez tells the crowd, “We will keep every job.”", "stump-speech"],
    ["must: likes to say", "As Lopez likes to say, “We will keep every job.”", "likes-to-say"],
    ["must: a refrain", "It has become her refrain: “We will keep every job.”", "refrain"],
    ["must-not: often in the sentence before", "Lopez often visits the plant. She said, “We will keep every job.”", null],
    ["must-not: often in the sentence that ends before the quote's mark", "Lopez often visits the plant. “We will keep every job,” she said.", null],
    ["must-not: often inside an earlier quote", "“We often win,” she said, adding, “We will keep every job.”", null],
    ["must-not: a plain cue", "Lopez told reporters, “We will keep every job.”", null],
  ])("%s", (_name, text, want) => {
    expect(row(text)).toBe(want);
  });
});
