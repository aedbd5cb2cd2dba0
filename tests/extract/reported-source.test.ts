import { describe, expect, it } from "vitest";
import { tag } from "../../src/extract/reported-nlp.js";
import { nounBeforeThat } from "../../src/extract/reported-source.js";
import { tokenize } from "../../src/extract/reported-text.js";

// Made-up stretches "<noun phrase> that <word> ...": whether "that" is a subject relative whose noun
// phrase (its start index) is the subject. A determiner, pronoun or number after "that" settles it
// without the tagger: the tagger must agree that such a word is no verb or adverb.
const ROWS: { text: string; want: number | null; byWords: boolean; why: string }[] = [
  { text: "the ballots that the clerk said", want: null, byWords: true, why: "a determiner opens the clause's own subject" },
  { text: "the ballots that he said", want: null, byWords: true, why: "a subject pronoun" },
  { text: "the deals that its board approved", want: null, byWords: true, why: "a possessive" },
  { text: "the reports that 12 inspectors filed", want: null, byWords: true, why: "a number" },
  { text: "groups that back the bill", want: 0, byWords: false, why: "a verb after 'that': a subject relative (the tagger's call)" },
  { text: "engineers that have studied it", want: 0, byWords: false, why: "an auxiliary after 'that'" },
];

describe("nounBeforeThat", () => {
  it.each(ROWS)("$text -> $want ($why)", ({ text, want, byWords }) => {
    const toks = tokenize(text, 0, text.length);
    const a = toks.findIndex((t) => t.lower === "that") + 1;
    expect(nounBeforeThat(toks, a, 0)).toBe(want);
    if (byWords) expect(["VERB", "AUX", "ADV"]).not.toContain(tag(toks.slice(0, a + 1).map((t) => t.text).join(" ")).at(-1)!.pos);
  });
});
