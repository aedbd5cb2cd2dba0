import { describe, expect, it } from "vitest";
import { groupQuotes } from "../../src/align/index.js";
import { anotherSentence, compareToReference } from "../../src/align/variant.js";
import type { Quote } from "../../src/model/index.js";
import { article, quote } from "../conflicts/fixtures.js";

describe("compareToReference: word-level variants", () => {
  const ref = "We will not raise taxes on working families this year.";
  it.each([
    ["verbatim", "We will not raise taxes on working families this year."],
    ["punctuation", "We will not raise taxes on working families, this year"],
    ["altered", "We will raise taxes on working families this year."],
    ["altered", "We will not raise taxes on working people this year."],
    ["shortened", "We will not raise taxes … this year."],
    ["shortened", "We will not raise taxes on working families"],
    ["bracketed", "We will not raise taxes on [low-income] working families this year."],
    ["extended", "We will not raise taxes on working families this year or next."],
  ])("%s: %s", (variant, member) => {
    expect(compareToReference(ref, member).variant).toBe(variant);
  });

  it("a left single quote between letters is an apostrophe typed wrong: the same words", () => {
    expect(compareToReference("The mayor’s plan will not raise taxes.", "The mayor‘s plan will not raise taxes.").variant).toBe("verbatim");
    expect(compareToReference("The mayor’s plan will not raise taxes.", "The ‘mayor plan’ will not raise taxes.").variant).toBe("altered");
  });

  it("a run of the reference's words is cut at the ends, even where a word repeats", () => {
    const long = "How many times must we see this in our town? In Oakdale, a man with his hands up was shot.";
    const cut = compareToReference(long, "In Oakdale, a man with his hands up was shot.");
    expect(cut.variant).toBe("shortened");
    expect(cut.diff).toEqual([
      { op: "del", text: "how many times must we see this in our town" },
      { op: "same", text: "in oakdale a man with his hands up was shot" },
    ]);
    expect(compareToReference(long, "many times must we see this").variant).toBe("shortened");
    // Words left out inside, with no ellipsis, stay an alteration.
    expect(compareToReference(long, "How many times must we see this in Oakdale").variant).toBe("altered");
  });

  it.each([
    // must: a cut that reads as two cuts around a stray repeated word is one cut
    [
      "How many times must we see this in our town in Oakdale? A man was shot.",
      "In Oakdale, a man was killed.",
      [{ op: "del", text: "how many times must we see this in our town" }, { op: "same", text: "in oakdale a man was" }, { op: "del", text: "shot" }, { op: "add", text: "killed" }],
    ],
    // must-not: a word kept between two cuts that are not its repeat stays where it is
    [
      "The mayor said on Monday that the plant in Oakdale will close soon.",
      "the plant will close, sadly",
      [{ op: "del", text: "the mayor said on monday that" }, { op: "same", text: "the plant" }, { op: "del", text: "in oakdale" }, { op: "same", text: "will close" }, { op: "del", text: "soon" }, { op: "add", text: "sadly" }],
    ],
  ])("one cut reads as one: %s / %s", (ref, member, diff) => {
    expect(compareToReference(ref, member).diff).toEqual(diff);
  });

  it("shows removed and added words", () => {
    const d = compareToReference(ref, "We will raise taxes on working people this year.").diff;
    expect(d.filter((x) => x.op !== "same")).toEqual([
      { op: "del", text: "not" },
      { op: "del", text: "families" },
      { op: "add", text: "people" },
    ]);
  });
});

describe("groupQuotes", () => {
  const a = article("post", "Morning Post", "2024-02-01", "");
  const withText = (id: string, outlet: string, published: string, text: string) => article(id, outlet, published, text);

  it("groups the same words across outlets and flags a different speaker, outlet and date", () => {
    const a1 = withText("a1", "Morning Post", "2024-02-01", "“The plant will reopen by March and every job will be kept,” said Mark Ellis.");
    const a2 = withText("a2", "Ledger", "2024-02-03", "“The plant will reopen by March and every job will be kept,” said Dana Whit.");
    const g = groupQuotes([a1, a2], [
      quote(a1, "The plant will reopen by March and every job will be kept,", "Mark Ellis"),
      quote(a2, "The plant will reopen by March and every job will be kept,", "Dana Whit"),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ misattributed: true, outletsDiffer: true, datesDiffer: true });
  });

  // A misattribution needs both names read beside a cue of their own: a credit the attribution
  // inferred (a pronoun's antecedent, the speaker carried from the quote before, a sentence's subject
  // with no speech verb) is more often the engine's slip than the outlet's.
  it.each([
    ["must: both named with a speech verb", { mention: "Dana Whit", ruleId: "attribution/name-said-after-quote" }, true],
    ["must: a name before the quote", { mention: "Whit", ruleId: "attribution/name-said-before-quote" }, true],
    ["must-not: a name reached through a pronoun", { mention: "she", ruleId: "attribution/name-said-after-quote" }, false],
    ["must-not: a capitalised pronoun", { mention: "She", ruleId: "attribution/speech-verb-in-sentence" }, false],
    ["must-not: carried from the quote beside it", { mention: "Dana Whit", ruleId: "attribution/same-paragraph" }, false],
    ["must-not: a sentence's subject with no speech verb", { mention: "Whit", ruleId: "attribution/sentence-subject" }, false],
    ["must-not: a clause's subject with no speech verb", { mention: "Former Whit", ruleId: "attribution/clause-subject" }, false],
  ] as const)("flags two names only when both are read with a cue: %s", (_name, credit, flagged) => {
    const a1 = withText("a1", "Morning Post", "2024-02-01", "“The plant will reopen by March and every job will be kept,” said Mark Ellis.");
    const a2 = withText("a2", "Ledger", "2024-02-03", "“The plant will reopen by March and every job will be kept,” said someone.");
    const g = groupQuotes([a1, a2], [
      { ...quote(a1, "The plant will reopen by March and every job will be kept,", "Mark Ellis"), ruleId: "attribution/name-said-after-quote" },
      { ...quote(a2, "The plant will reopen by March and every job will be kept,", "Dana Whit"), ...credit },
    ]);
    expect(g).toHaveLength(1);
    expect(g[0].misattributed).toBe(flagged);
  });

  it("one speaker quoting another's words in marks of their own is not credited with them", () => {
    const a1 = withText("a1", "Morning Post", "2024-02-01", "“The plant will reopen by March and every job will be kept,” said Mark Ellis.");
    const a2 = withText("a2", "Ledger", "2024-02-03", "“Ellis promised: 'The plant will reopen by March and every job will be kept.' Not one job was,” said Dana Whit.");
    const g = groupQuotes([a1, a2], [
      quote(a1, "The plant will reopen by March and every job will be kept,", "Mark Ellis"),
      quote(a2, "Ellis promised: 'The plant will reopen by March and every job will be kept.' Not one job was,", "Dana Whit"),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0].misattributed).toBe(false);
  });

  // A description may be the named speaker ("the plant's owner" is Mark Ellis): only names disagree.
  it.each([
    ["must-not: a description beside a name", "the plant's owner", "person", false],
    ["must-not: a lower-case stretch typed person", "current Democratic plant owner", "person", false],
    ["must: two names", "Dana Whit", "person", true],
    ["must: a name and an organisation", "Ellis Holdings", "organisation", true],
    ["must-not: the same person with a role before the name", "Plant Director Mark Ellis", "person", false],
    ["must-not: the same person by title and surname", "Mr. Ellis", "person", false],
  ] as const)("flags a different speaker %s", (_name, other, type, flagged) => {
    const a1 = withText("a1", "Morning Post", "2024-02-01", "“The plant will reopen by March and every job will be kept,” said Mark Ellis.");
    const a2 = withText("a2", "Ledger", "2024-02-03", "“The plant will reopen by March and every job will be kept,” said someone.");
    const g = groupQuotes([a1, a2], [
      quote(a1, "The plant will reopen by March and every job will be kept,", "Mark Ellis"),
      quote(a2, "The plant will reopen by March and every job will be kept,", other, { type }),
    ]);
    expect(g[0].misattributed).toBe(flagged);
  });

  it("does not chain unrelated quotes through a commonplace phrase inside them", () => {
    const texts = [
      "I think she will win the county by a wide margin next week,",
      "I think she will lose the primary because the unions have left her,",
      "I think she will",
    ];
    const arts = texts.map((t, i) => withText(`a${i}`, `Outlet ${i}`, "2024-02-01", `“${t}” said Speaker ${i}.`));
    const g = groupQuotes(arts, texts.map((t, i) => quote(arts[i], t, `Speaker Number${i}`)));
    expect(g).toEqual([]);
  });

  it("does not call the same reported statement from two people a misattribution", () => {
    const a1 = withText("a1", "Morning Post", "2024-02-01", "Mark Ellis said that the plant will reopen by March with every job kept.");
    const a2 = withText("a2", "Ledger", "2024-02-03", "Dana Whit said that the plant will reopen by March with every job kept.");
    const g = groupQuotes([a1, a2], [
      quote(a1, "that the plant will reopen by March with every job kept", "Mark Ellis", { kind: "indirect" }),
      quote(a2, "that the plant will reopen by March with every job kept", "Dana Whit", { kind: "indirect" }),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0].misattributed).toBe(false);
  });

  it("does not call a short commonplace said by two people a misattribution", () => {
    const a1 = withText("a1", "Morning Post", "2024-02-01", "“That would be good,” said Mark Ellis.");
    const a2 = withText("a2", "Ledger", "2024-02-03", "“That would be good,” said Dana Whit.");
    const g = groupQuotes([a1, a2], [quote(a1, "That would be good,", "Mark Ellis"), quote(a2, "That would be good,", "Dana Whit")]);
    expect(g.every((x) => !x.misattributed)).toBe(true);
  });

  // A short quote (under MISATTRIBUTION_MIN_WORDS words) credited to two names that cannot be one
  // person is a commonplace two people said, not one quote altered or cut between them.
  it.each([
    ["must-not: a word changed, two names", "That would be good,", "Mark Ellis", "That would be you?", "Dana Whit", "person", 0],
    ["must-not: a word changed, a name and a body", "This is not a joke.", "Mark Ellis", "THIS IS NOT OK.", "Ellis Holdings", "organisation", 0],
    ["must-not: the same words, two names", "boots on the ground", "Mark Ellis", "boots on the ground", "Dana Whit", "person", 0],
    ["must-not: words cut, two names", "The numbers don't add up,", "Mark Ellis", "numbers don't add up.", "Dana Whit", "person", 0],
    ["must: one person under two spellings", "That would be good,", "Mark Ellis", "That would be good.", "Mr. Ellis", "person", 1],
    ["must: a description may be the person", "That would be good,", "Mark Ellis", "That would be good.", "the plant's owner", "person", 1],
    ["must: six words or more by two names", "The plant will reopen by March,", "Mark Ellis", "The plant will reopen by March.", "Dana Whit", "person", 1],
  ] as const)("a short quote by two names %s", (_name, t1, s1, t2, s2, type, groups) => {
    const a1 = withText("a1", "Morning Post", "2024-02-01", `“${t1}” said someone.`);
    const a2 = withText("a2", "Ledger", "2024-02-03", `“${t2}” said someone.`);
    const g = groupQuotes([a1, a2], [quote(a1, t1, s1), quote(a2, t2, s2, { type })]);
    expect(g).toHaveLength(groups);
  });

  it("a short repeat kept apart from another name's copy still joins its own speaker's copies", () => {
    const arts = ["Dana Whit", "Mark Ellis", "Mark Ellis"].map((_, i) => withText(`a${i}`, `Outlet ${i}`, "2024-02-01", "“boots on the ground” said someone."));
    const g = groupQuotes(arts, [quote(arts[0], "boots on the ground", "Dana Whit"), quote(arts[1], "boots on the ground", "Mark Ellis"), quote(arts[2], "boots on the ground", "Mark Ellis")]);
    expect(g).toHaveLength(1);
    expect(g[0].speakers).toEqual(["Mark Ellis"]);
  });

  it("groups a shortened quote with its full wording, found through shared shingles", () => {
    const a1 = withText("a1", "Morning Post", "2024-02-01", "“The plant will reopen by March and every job will be kept, and the pensions too,” said Mark Ellis.");
    const a2 = withText("a2", "Ledger", "2024-02-03", "Ellis said “every job will be kept, and the pensions too.”");
    const g = groupQuotes([a1, a2], [
      quote(a1, "The plant will reopen by March and every job will be kept, and the pensions too,", "Mark Ellis"),
      quote(a2, "every job will be kept, and the pensions too.", "Mark Ellis"),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0].members.map((m) => m.variant)).toEqual(["verbatim", "shortened"]);
    expect(g[0].misattributed).toBe(false);
  });

  it("does not group different statements, short phrases or scare quotes", () => {
    const t = "“We will rebuild the bridge by summer,” one said. “The council has no money for bridges,” another said. “calm” “cannon fodder” “cannon fodder”";
    const x = withText("x", "Ledger", "2024-02-03", t);
    const g = groupQuotes([x], [
      quote(x, "We will rebuild the bridge by summer,", "Mark Ellis"),
      quote(x, "The council has no money for bridges,", "Dana Whit"),
      quote(x, "cannon fodder", "Mark Ellis"),
      { ...quote(x, "calm", null), kind: "scare" },
    ]);
    expect(g).toEqual([]);
  });

  it("finds a one-word change among thousands of unrelated quotes", () => {
    // Pseudo-random but fixed words, so the test is the same every run.
    let seed = 7;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const vocab = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const quotes: Quote[] = [];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 12 }, () => vocab[Math.floor(rnd() * vocab.length)]).join(" ");
      quotes.push({ ...quote({ ...a, text }, text, `S${i}`), articleId: `art${i % 50}` });
    }
    const base = quotes[1234].text.split(" ");
    base[5] = "changed";
    const variant = base.join(" ");
    quotes.push({ ...quote({ ...a, text: variant }, variant, "S1234"), articleId: "other" });
    const g = groupQuotes([a], quotes);
    expect(g).toHaveLength(1);
    expect(g[0].members.map((m) => m.quoteId).sort()).toEqual([quotes[1234].id, quotes[3000].id].sort());
    expect(g[0].members.find((m) => m.quoteId === quotes[3000].id)!.variant).toBe("altered");
  });
});

describe("compareToReference: an editor's [brackets] in the reference are no words of the speaker", () => {
  const ref = "There has never been a man, not me, not Bill [Clinton], nobody more qualified than her to serve.";
  it.each([
    // must: a wording without the reference's bracketed words dropped nothing
    ["shortened", "never been a man, not me, not Bill, nobody more qualified than her"],
    ["bracketed", "There has never been a man, not me, not Bill, nobody more qualified than her to serve."],
    // must: the words the brackets stand for ("[Trump]" for "he") are no change either
    ["bracketed", "There has never been a man, not me, not Bill he, nobody more qualified than her to serve."],
    // must-not: a speaker's own word dropped inside stays an alteration
    ["altered", "There has never been a man, not me, nobody more qualified than her to serve."],
    ["altered", "never been a man, not me, not Bill, nobody qualified than her"],
  ])("%s: %s", (variant, member) => {
    expect(compareToReference(ref, member).variant).toBe(variant);
  });

  it("the diff leaves out the reference's bracketed words the member does not have", () => {
    const d = compareToReference(ref, "never been a man, not me, not Bill, nobody more qualified than her").diff;
    expect(d.filter((x) => x.op === "del").map((x) => x.text)).toEqual(["there has", "to serve"]);
  });
});

describe("groupQuotes: another part of one statement is no variant of the reference", () => {
  const s1 = "The harbour board has failed the families of this town for a decade now.";
  const s2 = "Nobody on the board is above the law of this land.";
  const s3 = "The board must be dissolved and an inquiry must be opened into every contract it signed.";
  const s4 = "It would be a betrayal of the voters if the minister does not act on these facts tonight.";
  const texts: readonly [string, string][] = [
    ["a1", `${s1} ${s2} ${s3}`],
    ["a2", `${s1} ${s2}`],
    ["a3", `${s3} ${s4}`],
    ["a4", s3],
    ["a5", s4],
  ];
  const arts = texts.map(([id, t]) => article(id, `Outlet ${id}`, "2024-02-01", `“${t}” said Ana Lopez.`));
  const quotes = texts.map(([, t], i) => quote(arts[i], t, "Ana Lopez"));

  it("must: a quote joined only through a third that holds parts of both is grouped with its own part", () => {
    const gs = groupQuotes(arts, quotes);
    const byQuote = (id: string) => gs.find((g) => g.members.some((m) => m.quoteId === id));
    for (const g of gs) expect(g.members.map((m) => m.variant)).not.toContain("altered");
    // s4 alone is a cut of "s3 s4", not "s1 s2 s3" with every word changed.
    const g5 = byQuote(quotes[4].id)!;
    expect(g5.referenceQuoteId).toBe(quotes[2].id);
    expect(g5.members.find((m) => m.quoteId === quotes[4].id)?.variant).toBe("shortened");
    expect(byQuote(quotes[1].id)?.referenceQuoteId).toBe(quotes[0].id);
  });

  it("must-not: a wording with most of its words in the reference's stays in its group, altered", () => {
    const changed = `${s1} ${s2} The board must be kept and an inquiry must be opened into every contract it signed.`;
    const b = article("b1", "Outlet b1", "2024-02-02", `“${changed}” said Ana Lopez.`);
    const gs = groupQuotes([arts[0], b], [quotes[0], quote(b, changed, "Ana Lopez")]);
    expect(gs).toHaveLength(1);
    expect(gs[0].members.map((m) => m.variant).sort()).toEqual(["altered", "verbatim"]);
  });
});

describe("anotherSentence: a quote that opens or ends like the reference and goes on with words of its own", () => {
  const ref = "I have seen him fight for his workers, I have seen him fight for this plant, and now for this town.";
  it.each([
    // must: a shared opening, then words of its own
    [true, "I have seen him fight for his family,"],
    [true, "Then we marched out, and now for this town."],
    // must-not: words changed inside the shared words, a word changed at the edge, a plain cut
    [false, "I have seen him fight hard for his workers, and now for this town."],
    [false, "I have seen him fight for his workers, I have seen him fight for this plant, and now for this city."],
    [false, "I have seen him fight for his workers,"],
  ])("%s: %s", (expected, member) => {
    expect(anotherSentence(compareToReference(ref, member).diff)).toBe(expected);
  });
});
