import { describe, expect, it } from "vitest";
import { alignSpeakers } from "../../src/align/index.js";
import { mayBeSamePerson, parsePersonName, stateMediaKey } from "../../src/align/names.js";
import type { SpeakerType } from "../../src/model/index.js";
import { article, quote } from "../conflicts/fixtures.js";

const a1 = article("a1", "Morning Post", "2024-02-01", "x".repeat(50));
const a2 = article("a2", "Ledger", "2024-02-02", "x".repeat(50));
/** Articles that write the bare name beside the suffixed one, as father and son, or only with its suffix. */
const bK = article("bK", "Courier", "2024-02-03", "Piet Kuyper Jr. spoke after his father, Piet Kuyper, left the hall. xx");
const bJ = article("bJ", "Courier", "2024-02-03", "Piet Kuyper, Jr. spoke; Piet Kuyper Jr. said more. xx");

/** One quote a speaker; the text does not matter here, only who said it where. */
const said = (a: typeof a1, speaker: string, type: SpeakerType = "person", role: string | null = null) => quote(a, "xx", speaker, { type, role });

const names = (speakers: { name: string }[]) => speakers.map((s) => s.name).sort();

describe("mayBeSamePerson: names a misattribution must not set against each other", () => {
  it.each([
    ["must: a role before the name, an accent", "Coastal Governor Marta Núñez", "Marta Nunez", true],
    ["must: title and surname", "Mr. Reyes", "Tomas Reyes", true],
    ["must: surname alone", "Reyes", "Tomas J. Reyes", true],
    ["must: an initial", "T. Reyes", "Tomas Reyes", true],
    ["must: a lone given name", "Ahmed", "Ahmed Saleh", true],
    ["must-not: a title and a given name", "Mr. Ahmed", "Ahmed Saleh", false],
    ["must-not: a shared surname, other given names", "Ana Reyes", "Tomas Reyes", false],
    ["must-not: a shared given name, other surnames", "Khaled Omran", "Khaled al-Homsi", false],
    ["must-not: a person and an organisation", "Harbor Workers Union", "Tomas Reyes", false],
    ["must: a suffix one name leaves out", "James B. Comey Jr.", "James B. Comey", true],
    ["must: the same suffix", "Piet Kuyper Jr.", "Gen. Piet Kuyper Jr.", true],
    ["must-not: two different suffixes", "Piet Kuyper Jr.", "Piet Kuyper Sr.", false],
    ["must-not: two different numerals", "Hal Grant II", "Hal Grant III", false],
    ["must: a handle that spells the surname", "@realTomasReyes", "Tomas J. Reyes", true],
    ["must: a handle and a lone surname", "@ReyesForCouncil", "Reyes", true],
    ["must-not: a handle that spells another name", "@harborgazette", "Tomas Reyes", false],
    ["must-not: a surname of two letters inside a handle", "@newsnow", "Ana Ng", false],
  ])("%s: %s / %s", (_name, a, b, same) => {
    expect(mayBeSamePerson(a, b)).toBe(same);
    expect(mayBeSamePerson(b, a)).toBe(same);
  });
});

describe("parsePersonName", () => {
  it.each([
    ["Khaled al-Homsi", { surname: "homsi", given: ["khaled"] }],
    ["Mr. Homsi", { single: "homsi", titled: true }],
    ["Maria van der Berg", { surname: "berg", given: ["maria"] }],
    ["Gen. Piet Kuyper Jr.", { surname: "kuyper", given: ["piet"], titled: true, suffix: "jr" }],
    ["Hal Grant III", { surname: "grant", given: ["hal"], suffix: "iii" }],
    ["Hal Grant, PhD", { surname: "grant", given: ["hal"], suffix: null }],
    ["Ahmed", { single: "ahmed", titled: false }],
  ])("%s", (name, expected) => {
    expect(parsePersonName(name)).toMatchObject(expected);
  });
});

describe("stateMediaKey", () => {
  it.each([
    ["State television", null],
    ["the Syrian state news media", "syrian"],
    ["Russian state TV", "russian"],
  ])("%s", (name, country) => expect(stateMediaKey(name)).toEqual({ country }));
  it("is null for other organisations", () => expect(stateMediaKey("the State Department")).toBeNull());
});

describe("alignSpeakers", () => {
  const cases: { name: string; quotes: () => ReturnType<typeof said>[]; speakers: string[] }[] = [
    // A generational suffix: dropped by some writers, written by others to tell father and son apart.
    {
      name: "must: a suffixed name joins the bare one when its article names no one else so",
      quotes: () => [said(a1, "Piet Kuyper"), said(a2, "Piet Kuyper Jr.")],
      speakers: ["Piet Kuyper"],
    },
    {
      name: "must-not: a suffixed name stays apart when its article also writes the bare name",
      quotes: () => [said(a1, "Piet Kuyper"), said(bK, "Piet Kuyper Jr.")],
      speakers: ["Piet Kuyper", "Piet Kuyper Jr."],
    },
    {
      name: "must: the bare name followed by its suffix in the text is no other person",
      quotes: () => [said(a1, "Piet Kuyper"), said(bJ, "Piet Kuyper Jr.")],
      speakers: ["Piet Kuyper"],
    },
    {
      name: "must-not: two different suffixes never join",
      quotes: () => [said(a1, "Piet Kuyper Sr."), said(a2, "Piet Kuyper Jr.")],
      speakers: ["Piet Kuyper Jr.", "Piet Kuyper Sr."],
    },
    {
      name: "must: a titled surname is the bare name, not the son's, where both are full names",
      quotes: () => [said(a1, "Piet Kuyper"), said(bK, "Piet Kuyper Jr."), said(bK, "Piet Kuyper"), said(bK, "Mr. Kuyper")],
      speakers: ["Piet Kuyper", "Piet Kuyper Jr."],
    },
    { name: "a titled surname joins the full name in another article", quotes: () => [said(a1, "Lena Vogt"), said(a2, "Ms. Vogt")], speakers: ["Lena Vogt"] },
    { name: "a bare surname joins the one full name with it", quotes: () => [said(a1, "Piet Kuyper"), said(a2, "Kuyper")], speakers: ["Piet Kuyper"] },
    { name: "a particle does not hide a surname", quotes: () => [said(a1, "Maria van der Berg"), said(a2, "Ms. Berg")], speakers: ["Maria van der Berg"] },
    { name: "a shared first name never merges", quotes: () => [said(a1, "Ahmad Karimi"), said(a2, "Ahmad Rostami")], speakers: ["Ahmad Karimi", "Ahmad Rostami"] },
    {
      name: "a bare word that is one person's surname and another's first name stays apart",
      quotes: () => [said(a1, "Omar Blum"), said(a1, "Tariq Omar"), said(a2, "Omar")],
      speakers: ["Omar", "Omar Blum", "Tariq Omar"],
    },
    { name: "an initial joins the one matching full name", quotes: () => [said(a1, "Dana Whit"), said(a2, "D. Whit")], speakers: ["Dana Whit"] },
    {
      name: "anonymous speakers stay apart across articles",
      quotes: () => [said(a1, "unnamed resident", "anonymous"), said(a2, "unnamed resident", "anonymous")],
      speakers: ["unnamed resident", "unnamed resident"],
    },
    {
      name: "the same anonymous description in one article is one source",
      quotes: () => [said(a1, "unnamed resident", "anonymous"), said(a1, "unnamed resident", "anonymous")],
      speakers: ["unnamed resident"],
    },
    {
      name: "a group written with a capital at a sentence start is the same group in that article",
      quotes: () => [said(a1, "Farmers", "group"), said(a1, "farmers", "group")],
      speakers: ["Farmers"],
    },
    {
      name: "the same group noun in two articles stays two groups",
      quotes: () => [said(a1, "Farmers", "group"), said(a2, "farmers", "group")],
      speakers: ["Farmers", "farmers"],
    },
    {
      name: "state media named two ways are one source",
      quotes: () => [said(a1, "State television", "organisation"), said(a2, "Syrian state news media", "organisation")],
      speakers: ["Syrian state news media"],
    },
    {
      name: "an acronym joins its organisation",
      quotes: () => [said(a1, "Committee to Protect Journalists", "organisation"), said(a2, "CPJ", "organisation")],
      speakers: ["Committee to Protect Journalists"],
    },
    // A body named by a common noun ("the agency") is whichever body its article means.
    {
      name: "must: a common noun joins the name of its own article and takes that name",
      quotes: () => [said(a1, "agency", "organisation"), said(a1, "agency", "organisation"), said(a1, "International Atomic Energy Agency", "organisation")],
      speakers: ["International Atomic Energy Agency"],
    },
    {
      name: "must: a common noun of two words joins a name it ends ('budget office')",
      quotes: () => [said(a1, "budget office", "organisation"), said(a1, "nonpartisan Congressional Budget Office", "organisation")],
      speakers: ["nonpartisan Congressional Budget Office"],
    },
    {
      name: "must-not: a common noun never joins a name of another article",
      quotes: () => [said(a1, "agency", "organisation"), said(a2, "International Atomic Energy Agency", "organisation")],
      speakers: ["International Atomic Energy Agency", "agency"],
    },
    {
      name: "must-not: the same common noun in two articles is two bodies",
      quotes: () => [said(a1, "his campaign", "organisation"), said(a2, "his campaign", "organisation")],
      speakers: ["his campaign", "his campaign"],
    },
    {
      name: "must-not: a common noun that is not the head of the longer name",
      quotes: () => [said(a1, "campaign", "organisation"), said(a1, "a Washington Post analysis of campaign finance filings", "organisation")],
      speakers: ["a Washington Post analysis of campaign finance filings", "campaign"],
    },
    {
      name: "must: a name inside a description of another article still joins it",
      quotes: () => [said(a1, "Judicial Watch", "organisation"), said(a2, "a press release from Judicial Watch", "organisation")],
      speakers: ["Judicial Watch"],
    },
    {
      name: "must: an acronym that spells no name joins the one longer name it opens",
      quotes: () => [said(a1, "CBS", "organisation"), said(a1, "CBS", "organisation"), said(a2, "CBS News", "organisation")],
      speakers: ["CBS"],
    },
    {
      name: "must-not: an acronym that opens two longer names",
      quotes: () => [said(a1, "CBS", "organisation"), said(a2, "CBS News", "organisation"), said(a2, "CBS Radio", "organisation")],
      speakers: ["CBS", "CBS News", "CBS Radio"],
    },
    {
      name: "must-not: an acronym joins no description it opens (a role in lower case), however few its longer names",
      quotes: () => [said(a1, "GOP", "organisation"), said(a2, "GOP speechwriter", "organisation")],
      speakers: ["GOP", "GOP speechwriter"],
    },
    {
      name: "must-not: a capitalised word that is no acronym is not joined by the words it opens",
      quotes: () => [said(a1, "Fox", "organisation"), said(a2, "Fox News", "organisation"), said(a2, "Fox Studios", "organisation")],
      speakers: ["Fox", "Fox News", "Fox Studios"],
    },
    {
      name: "must: a website's name typed as a person is one organisation across articles",
      quotes: () => [said(a1, "Factcheck.org"), said(a2, "Factcheck.org")],
      speakers: ["Factcheck.org"],
    },
    {
      name: "must-not: a one-word person's name in two articles stays two",
      quotes: () => [said(a1, "Ahmed"), said(a2, "Ahmed")],
      speakers: ["Ahmed", "Ahmed"],
    },
    {
      name: "different ministries stay apart",
      quotes: () => [said(a1, "Ministry of Health", "organisation"), said(a2, "Ministry of Defence", "organisation")],
      speakers: ["Ministry of Defence", "Ministry of Health"],
    },
  ];
  it.each(cases)("$name", ({ quotes, speakers }) => {
    const r = alignSpeakers([a1, a2, bK, bJ], quotes());
    expect(names(r.speakers)).toEqual([...speakers].sort());
  });

  // A one-word name that ends several longer ones ("Gazette": Harbor Gazette, Valley Gazette) is the
  // one its articles name in full.
  describe("a one-word name takes the longer name its articles give", () => {
    const named = (id: string, text: string) => article(id, "Courier", "2024-02-03", `${text} xx`);
    const harbor = named("h", "The Harbor Gazette ran the story first. The Gazette said the port would close.");
    const both = named("b", "The Harbor Gazette and the Valley Gazette ran it. The Gazette said the port would close.");
    const none = named("n", "The Gazette said the port would close.");
    const gazette = (a: typeof a1, mention = "The Gazette") => quote(a, "xx", "Gazette", { type: "organisation", mention });
    const others = () => [said(a1, "Harbor Gazette", "organisation"), said(a2, "Valley Gazette", "organisation")];
    it.each([
      ["must: its articles name one of the longer names", [harbor], () => [gazette(harbor)], ["Harbor Gazette", "Valley Gazette"]],
      ["must-not: an article names two of them", [harbor, both], () => [gazette(harbor), gazette(both)], ["Gazette", "Harbor Gazette", "Valley Gazette"]],
      ["must-not: an article names none", [harbor, none], () => [gazette(harbor), gazette(none)], ["Gazette", "Harbor Gazette", "Valley Gazette"]],
      // (the quote keeps the fuller name its mention gives, as before: not the Harbor Gazette)
      ["must-not: its mention says more than the name", [harbor], () => [gazette(harbor, "the Valley Gazette")], ["Harbor Gazette", "Valley Gazette", "Valley Gazette"]],
    ] as const)("%s", (_name, arts, quotes, speakers) => {
      const r = alignSpeakers([a1, a2, ...arts], [...others(), ...quotes()]);
      expect(names(r.speakers)).toEqual([...speakers].sort());
    });
  });

  it("rewrites quotes to the canonical name and keeps roles per article, outlets and aliases", () => {
    const qs = [said(a1, "Lena Vogt", "person", "a teacher"), said(a2, "Ms. Vogt", "person", "the school's head")];
    const r = alignSpeakers([a1, a2], qs);
    expect(r.quotes.map((q) => q.speaker)).toEqual(["Lena Vogt", "Lena Vogt"]);
    const [s] = r.speakers;
    expect(s).toMatchObject({ id: "lena-vogt", type: "person", outlets: ["Morning Post", "Ledger"], articleIds: ["a1", "a2"], quoteIds: qs.map((q) => q.id) });
    expect(s.aliases).toContain("Ms. Vogt");
    expect(s.roles).toEqual([{ articleId: "a1", role: "a teacher" }, { articleId: "a2", role: "the school's head" }]);
  });

  it("takes aliases from mentions as written, without their appositives, and only those that name the person", () => {
    const m = (mention: string) => quote(a1, "xx", "Lena Vogt", { mention });
    const r = alignSpeakers([a1, a2], [
      m("Lena Vogt, a teacher"),
      m("Principal Lena Vogt — the school's head —"),
      m("Ms. Vogt (R-Ohio)"),
      m("a letter about Vogt"),
      m("Kim and Vogt"),
      m("the schools"),
    ]);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0].name).toBe("Lena Vogt");
    expect([...r.speakers[0].aliases].sort()).toEqual(["Ms. Vogt", "Principal Lena Vogt"]);
  });

  // The word before the surname may be a particle of the name (the model's NAME_PARTICLES, and the
  // Dutch "ter"), not another lower-case word.
  it.each([
    ["must: 'dos'", "Maria dos Reis", "Gov. Maria dos Reis", true],
    ["must: 'abu'", "Omar abu Rawi", "Sheikh Omar abu Rawi", true],
    ["must: 'de'", "Tom de Vries", "Mayor Tom de Vries", true],
    ["must: Dutch 'ter'", "Anna ter Horst", "Dr. Anna ter Horst", true],
    ["must-not: a preposition before the surname", "Maria Reis", "protesters near Reis", false],
  ])("an alias with a lower-case word before the surname, %s", (_n, speaker, mention, kept) => {
    const r = alignSpeakers([a1], [quote(a1, "xx", speaker, { mention })]);
    expect(r.speakers[0].aliases.includes(mention)).toBe(kept);
  });

  it("gives unique ids to same-named anonymous sources", () => {
    const r = alignSpeakers([a1, a2], [said(a1, "unnamed resident", "anonymous"), said(a2, "unnamed resident", "anonymous")]);
    expect(new Set(r.speakers.map((s) => s.id)).size).toBe(2);
  });

  it("leaves unattributed quotes alone", () => {
    const q = quote(a1, "xx", null, { type: "unknown" });
    const r = alignSpeakers([a1], [q]);
    expect(r.speakers).toEqual([]);
    expect(r.quotes[0].speaker).toBeNull();
  });
});

// "Mr. Reyes" in an article that gives no full name, where the corpus holds two Reyeses: the one
// that very title and surname stood for where an article credited a full name through it.
describe("alignSpeakers: a title and surname across articles", () => {
  const story = (id: string, text: string) => article(id, "Ledger", "2024-02-05", text);
  // Attribution keeps the surname alone; the mention keeps the title.
  const via = (a: ReturnType<typeof story>, speaker: string, mention: string) => quote(a, "xx", speaker, { type: "person", mention });
  const tomas = story("t1", "Tomas Reyes, the mayor, spoke. Mr. Reyes said xx");
  const ana = story("r1", "Ana Reyes, a nurse, spoke. xx");
  const bare = story("b1", "Mr. Reyes said xx");
  const bare2 = story("b2", "Mayor Reyes said xx");
  const both = story("m1", "Tomas Reyes and Ana Reyes spoke. Mr. Reyes said xx");
  const governor = story("g1", "Tomas Reyes, the governor, spoke. Governor Reyes said xx");
  const mayor = story("y1", "Tomas Reyes, the mayor, spoke. Mayor Reyes said xx");
  const govShort = story("g2", "Gov. Reyes said xx");
  const ltGov = story("g3", "Lt. Gov. Reyes said xx");
  const ltGovFull = story("g4", "Tomas Reyes, the lieutenant governor, spoke. Lieutenant Governor Reyes said xx");
  const govShortFull = story("g5", "Tomas Reyes, the governor, spoke. Gov. Reyes said xx");
  const govLong = story("g6", "Governor Reyes said xx");
  const nameOf = (r: ReturnType<typeof alignSpeakers>, articleId: string) => r.quotes.find((q) => q.articleId === articleId)?.speaker;
  it.each([
    ["must: the form stood for one full name elsewhere", [via(tomas, "Tomas Reyes", "Mr. Reyes"), via(ana, "Ana Reyes", "she"), via(bare, "Reyes", "Mr. Reyes")], "b1", "Tomas Reyes"],
    ["must-not: another title is other evidence", [via(tomas, "Tomas Reyes", "Mr. Reyes"), via(ana, "Ana Reyes", "she"), via(bare2, "Reyes", "Mayor Reyes")], "b2", "Mayor Reyes"],
    ["must-not: the form stood for two people", [via(tomas, "Tomas Reyes", "Mr. Reyes"), via(ana, "Ana Reyes", "Mr. Reyes"), via(bare, "Reyes", "Mr. Reyes")], "b1", "Mr. Reyes"],
    ["must-not: an article naming both Reyeses is no evidence", [via(both, "Ana Reyes", "Mr. Reyes"), via(tomas, "Tomas Reyes", "he"), via(bare, "Reyes", "Mr. Reyes")], "b1", "Mr. Reyes"],
    // A title's abbreviation is the title: "Gov. Reyes" is whom "Governor Reyes" stood for.
    ["must: an abbreviated title is the full title", [via(governor, "Tomas Reyes", "Governor Reyes"), via(ana, "Ana Reyes", "she"), via(govShort, "Reyes", "Gov. Reyes")], "g2", "Tomas Reyes"],
    ["must: the full title is the abbreviated one", [via(govShortFull, "Tomas Reyes", "Gov. Reyes"), via(ana, "Ana Reyes", "she"), via(govLong, "Reyes", "Governor Reyes")], "g6", "Tomas Reyes"],
    ["must: two titles written short", [via(ltGovFull, "Tomas Reyes", "Lieutenant Governor Reyes"), via(ana, "Ana Reyes", "she"), via(ltGov, "Reyes", "Lt. Gov. Reyes")], "g3", "Tomas Reyes"],
    ["must-not: another title, abbreviated", [via(mayor, "Tomas Reyes", "Mayor Reyes"), via(ana, "Ana Reyes", "she"), via(govShort, "Reyes", "Gov. Reyes")], "g2", "Gov. Reyes"],
    ["must-not: one of two titles is other evidence", [via(governor, "Tomas Reyes", "Governor Reyes"), via(ana, "Ana Reyes", "she"), via(ltGov, "Reyes", "Lt. Gov. Reyes")], "g3", "Lt. Gov. Reyes"],
  ])("%s", (_name, quotes, articleId, want) => {
    const r = alignSpeakers([tomas, ana, bare, bare2, both, governor, mayor, govShort, ltGov, ltGovFull, govShortFull, govLong], quotes);
    expect(nameOf(r, articleId)).toBe(want);
  });
  // A bare surname in a story that writes a title and the surname ("President Obama") that stood for
  // one person where an article named one bearer: that person, unless the story writes another form or bearer.
  it.each([
    ["must: the story writes the title with the surname", "Governor Reyes spoke. Reyes said xx", "Tomas Reyes"],
    ["must-not: a form that stood for no one known", "Governor Reyes and Mrs. Reyes spoke. Reyes said xx", "Reyes"],
    ["must-not: the story names another bearer in full", "Governor Reyes and Ana Reyes spoke. Reyes said xx", "Reyes"],
    ["must-not: no title written", "The Reyes family spoke. Reyes said xx", "Reyes"],
  ])("%s", (_name, text, want) => {
    const k1 = story("k1", text);
    const quotes = [via(governor, "Tomas Reyes", "Governor Reyes"), via(ana, "Ana Reyes", "she"), via(k1, "Reyes", "Reyes")];
    expect(nameOf(alignSpeakers([governor, ana, k1], quotes), "k1")).toBe(want);
  });
  // A titled surname is one speaker across its articles; the bare surname in the second of them is
  // that speaker too, as it is in the first ("Pres. Obama" and "Obama" in one story).
  it.each([
    ["must: the bare surname in the titled name's second article", ["Gov. Reyes said xx", "Gov. Reyes spoke. Reyes said xx"], 1, ["Gov. Reyes"]],
    ["must: in its first article, as before", ["Gov. Reyes spoke. Reyes said xx", "Gov. Reyes said xx"], 0, ["Gov. Reyes"]],
  ])("%s", (_name, texts, bareIn, want) => {
    const [h1, h2] = texts.map((t, i) => story(`h${i + 1}`, t));
    const withBare = bareIn === 0 ? h1 : h2;
    const quotes = [via(tomas, "Tomas Reyes", "he"), via(ana, "Ana Reyes", "she"), via(h1, "Gov. Reyes", "Gov. Reyes"), via(h2, "Gov. Reyes", "Gov. Reyes"), via(withBare, "Reyes", "Reyes")];
    const r = alignSpeakers([tomas, ana, h1, h2], quotes);
    expect([...new Set(r.quotes.filter((q) => q.articleId === withBare.id).map((q) => q.speaker))]).toEqual(want);
  });
});

// Speakers joined across articles by surname (session 31): accents folded, role words not taken for
// given names, a title's gender, one titled bearer of a one-word name; and aliases that are names.
describe("alignSpeakers: surnames across articles", () => {
  const a3 = article("a3", "Gazette", "2024-02-04", "x".repeat(50));
  const pair = article("p", "Courier", "2024-02-05", "Mr. Reyes and his wife, Ana Reyes, spoke; Tomas Reyes left. xx");
  const said3 = (a: typeof a1, speaker: string, mention: string = speaker) => quote(a, "xx", speaker, { mention });
  it.each([
    ["must: accents folded join two spellings and the bare surname", () => [said(a1, "Marta Núñez"), said(a2, "Marta Nunez"), said(a3, "Núñez")], ["Marta Núñez"]],
    ["must: a role word before a given name is no given name", () => [said(a1, "Tomas Reyes"), said(a2, "Reyes"), said(a3, "Reyes spokesman Alex Voss")], ["Reyes spokesman Alex Voss", "Tomas Reyes"]],
    ["must-not: a real given name keeps the bare word apart", () => [said(a1, "Tomas Reyes"), said(a2, "Reyes"), said(a3, "Reyes Voss")], ["Reyes", "Reyes Voss", "Tomas Reyes"]],
    ["must-not: two full-name bearers of the surname", () => [said(a1, "Tomas Reyes"), said(a2, "Ana Reyes"), said(a3, "Reyes")], ["Ana Reyes", "Reyes", "Tomas Reyes"]],
    ["must: a bare name joins its one titled bearer", () => [said(a1, "Pope Severin"), said(a2, "Severin")], ["Pope Severin"]],
    ["must: a bare name joins the bearer whose mention gave the title", () => [said3(a1, "Severin", "Pope Severin"), said(a2, "Severin")], ["Pope Severin"]],
    ["must-not: a bare name that is someone's given name", () => [said(a1, "Pope Severin"), said(a2, "Severin"), said(a3, "Severin Holt")], ["Pope Severin", "Severin", "Severin Holt"]],
    ["must-not: a man's and a woman's title", () => [said(a1, "Mr. Homsi"), said(a2, "Mrs. Homsi")], ["Mr. Homsi", "Mrs. Homsi"]],
    ["must: titles of one gender and none are one", () => [said(a1, "Mr. Homsi"), said(a2, "Dr. Homsi")], ["Mr. Homsi"]],
    ["must-not: a bare name beside a man's and a woman's title", () => [said(a1, "Mr. Homsi"), said(a2, "Mrs. Homsi"), said(a3, "Homsi")], ["Homsi", "Mr. Homsi", "Mrs. Homsi"]],
    ["must-not: a titled surname joins the one full name its article quotes where it names another", () => [said(a1, "Tomas Reyes"), said(pair, "Ana Reyes"), said(pair, "Mr. Reyes")], ["Ana Reyes", "Mr. Reyes", "Tomas Reyes"]],
    ["must: there it joins whom that form stood for elsewhere", () => [said3(a1, "Tomas Reyes", "Mr. Reyes"), said(pair, "Ana Reyes"), said(pair, "Mr. Reyes")], ["Ana Reyes", "Tomas Reyes"]],
  ])("%s", (_name, quotes, speakers) => {
    const r = alignSpeakers([a1, a2, a3, pair], quotes());
    expect(names(r.speakers)).toEqual([...speakers].sort());
  });

  it.each([
    ["must-not: a phrase ending in the surname", "footage of Reyes", []],
    ["must-not: a share of a group", "Sixty percent of Reyes", []],
    ["must: a title and the surname", "Mr. Reyes", ["Mr. Reyes"]],
    ["must: a particle before the surname", "Tomas de Reyes", ["Tomas de Reyes"]],
  ])("alias %s: %s", (_name, mention, aliases) => {
    const r = alignSpeakers([a1], [said3(a1, "Tomas Reyes", mention)]);
    expect(r.speakers[0].aliases).toEqual(aliases);
  });

  // A bare surname in a story that quotes no full name of it, where the corpus has several bearers
  // ("Trump": Donald, Eric, Ivanka), is the one bearer its story names in full in its text.
  const namesTomas = article("nt", "Courier", "2024-02-06", "Tomas Reyes arrived late. Reyes spoke first. xx");
  const namesBoth = article("nb", "Courier", "2024-02-06", "Tomas Reyes and Ana Reyes arrived. Reyes spoke first. xx");
  const namesNone = article("nn", "Courier", "2024-02-06", "The mayor arrived. Reyes spoke first. xx");
  const namesTitled = article("nz", "Courier", "2024-02-06", "Ana Reyes hosted. Mayor Reyes arrived late. Reyes spoke first. xx");
  const namesGiven = article("ng", "Courier", "2024-02-06", "Tomas Reyes and Reyes Voss arrived. Reyes spoke first. xx");
  it.each([
    ["must: the one bearer its story names in full", namesTomas, ["Ana Reyes", "Tomas Reyes"]],
    ["must-not: a story that names two bearers", namesBoth, ["Ana Reyes", "Reyes", "Tomas Reyes"]],
    ["must-not: a story that names none", namesNone, ["Ana Reyes", "Reyes", "Tomas Reyes"]],
    ["must-not: a story that names someone of that given name too", namesGiven, ["Ana Reyes", "Reyes", "Reyes Voss", "Tomas Reyes"]],
    ["must-not: a story that names one bearer in full and writes another by a title", namesTitled, ["Ana Reyes", "Reyes", "Tomas Reyes"]],
  ])("a bare surname, several bearers in the corpus: %s", (_name, story, speakers) => {
    const r = alignSpeakers([a1, a2, a3, story], [said(a1, "Tomas Reyes"), said(a2, "Ana Reyes"), said(a3, speakers.includes("Reyes Voss") ? "Reyes Voss" : "Ana Reyes"), said(story, "Reyes")]);
    expect(names(r.speakers)).toEqual([...speakers].sort());
  });

  it("must-not: a man's title credited to a full name where the article names another bearer, that form standing for the other elsewhere", () => {
    const r = alignSpeakers([a1, a2, pair], [said3(a1, "Tomas Reyes", "Mr. Reyes"), said3(pair, "Ana Reyes", "Mr. Reyes")]);
    expect(r.speakers.find((s) => s.name === "Ana Reyes")?.aliases).toEqual([]);
    expect(r.speakers.find((s) => s.name === "Tomas Reyes")?.aliases).toEqual(["Mr. Reyes"]);
  });
});

// A one-word outlet's name that is also the surname of someone the corpus names in full ("Courier"
// the paper, "Anna Courier" the person) is the person only where its article writes the person's
// name: a given name, an initial or a title before the word. Else it is the outlet reporting.
describe("alignSpeakers: an outlet's name that is also a surname", () => {
  const full = article("f", "Ledger", "2024-02-01", "Mayor Anna Courier spoke. xx");
  const cases: [string, string, string, string[]][] = [
    ["must: the outlet reporting, no person named", "The Courier also reported that the port closed. xx", "Courier", ["Anna Courier", "Courier"]],
    ["must: the outlet after a preposition", "The port closed, according to Courier. xx", "Courier", ["Anna Courier", "Courier"]],
    ["must-not: a title before the surname", "Mayor Courier said the port closed. xx", "Courier", ["Anna Courier"]],
    ["must-not: the given name before the surname", "Anna Courier said the port closed; Courier left. xx", "Courier", ["Anna Courier"]],
    ["must-not: an initial before the surname", "Anna B. Courier said the port closed. xx", "Courier", ["Anna Courier"]],
  ];
  it.each(cases)("%s", (_name, text, speaker, speakers) => {
    const b = article("b", "Courier", "2024-02-02", text);
    const r = alignSpeakers([full, b], [said(full, "Anna Courier"), said(b, speaker)]);
    expect(names(r.speakers)).toEqual(speakers);
    const outlet = r.speakers.find((s) => s.name === "Courier");
    if (outlet) expect(outlet.type).toBe("organisation");
  });
});

// Names of bodies and descriptions across articles and within one.
describe("alignSpeakers: descriptions and bodies", () => {
  it("a description is named by its fuller form within its article, not its bare noun (must: “congressional report”)", () => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const r = alignSpeakers([b], [
      said(b, "a congressional report", "organisation"),
      said(b, "report", "organisation"),
      said(b, "report", "organisation"),
      said(b, "report", "organisation"),
    ]);
    expect(names(r.speakers)).toEqual(["congressional report"]);
  });

  it("must-not: a mention that runs over a sentence's end (“Calif. The Harbor Authority”) is no fuller name; must: “The Harbor Port Authority” is (without its “The”)", () => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const over = alignSpeakers([b], [quote(b, "xx", "Harbor Authority", { type: "organisation", mention: "Calif. The Harbor Authority" })]);
    expect(names(over.speakers)).toEqual(["Harbor Authority"]);
    const fuller = alignSpeakers([b], [quote(b, "xx", "Port Authority", { type: "organisation", mention: "The Harbor Port Authority" })]);
    expect(names(fuller.speakers)).toEqual(["Harbor Port Authority"]);
  });

  it("must-not: a long clause is no fuller name for its noun", () => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const r = alignSpeakers([b], [said(b, "not until the week after the newspaper's editorial", "organisation"), said(b, "editorial", "organisation"), said(b, "editorial", "organisation")]);
    expect(names(r.speakers)).toEqual(["editorial"]);
  });

  it.each([
    ["must-not: words given in an interview with the paper", "an interview with The Harbor Gazette", false],
    ["must-not: an account given to the paper", "an account she gave to The Harbor Gazette", false],
    ["must-not: another outlet's analysis of the body's records", "a Ledger analysis of Harbor Authority records", false],
    ["must: a report by the paper", "a new report by The Harbor Gazette", true],
    ["must: a letter from the body", "a letter from the Harbor Gazette", true],
    ["must: the body's website", "Harbor Gazette website", true],
    ["must-not: an office inside the body, named in capitals", "Harbor Gazette Records Office", false],
    ["must-not: a one-word name inside another body's name", "a report from Gazette Energy Finance", false],
    ["must: a one-word name before an outlet's noun", "Gazette News", true],
  ])("%s", (_name, long, joined) => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const c = article("c", "Courier", "2024-02-03", "xx");
    const short = long.includes("Authority") ? "Harbor Authority records" : long.includes("Harbor") ? "Harbor Gazette" : "Gazette";
    const r = alignSpeakers([b, c], [said(b, short, "organisation"), said(c, long, "organisation")]);
    expect(r.speakers).toHaveLength(joined ? 1 : 2);
  });

  it("must-not: a share of respondents is no body across articles; must: one article's share stays one", () => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const c = article("c", "Courier", "2024-02-03", "xx");
    const r = alignSpeakers([b, c], [said(b, "Almost half of respondents", "organisation"), said(c, "Almost half", "organisation"), said(c, "almost half", "organisation")]);
    expect(r.speakers.map((s) => s.articleIds)).toEqual([["c"], ["b"]]);
  });

  it.each([
    ["must-not: a share in words", "Twenty-four percent", "Twenty-four percent"],
    ["must-not: a share in figures, with a determiner", "Some 22 percent", "Some 22 percent"],
    ["must-not: a share written “per cent”", "Thirty per cent of voters", "Thirty per cent of voters"],
    ["must-not: a share with a sign", "About 9% of respondents", "About 9% of respondents"],
  ])("%s (“%s”) is no body across articles", (_name, first, second) => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const c = article("c", "Courier", "2024-02-03", "xx");
    const r = alignSpeakers([b, c], [said(b, first, "organisation"), said(c, second, "organisation")]);
    expect(r.speakers.map((s) => s.articleIds)).toEqual([["b"], ["c"]]);
  });

  it("must: a body whose name holds a number is still one across articles", () => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const c = article("c", "Courier", "2024-02-03", "xx");
    const r = alignSpeakers([b, c], [said(b, "Harbor 2030 Committee", "organisation"), said(c, "Harbor 2030 Committee", "organisation")]);
    expect(r.speakers.map((s) => s.articleIds)).toEqual([["b", "c"]]);
  });

  it.each([
    ["must-not: a misread clause of another article that holds the name's words apart", "Vale's tour", "A close look at Dr. Vale's two boats - the sloop and a ketch used on the harbor tour - and three cranes", false, 2],
    ["must: a description of another article that holds the name word for word", "Vale's office", "a statement from Vale's office", false, 1],
    ["must: a description that holds the name's words in another order where its article quotes the name", "Harbor Academies report", "A report released in May by the Harbor Academies", true, 1],
  ])("%s", (_name, short, long, sameArticle, count) => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const c = article("c", "Courier", "2024-02-03", "xx");
    const r = alignSpeakers([b, c], [said(b, short, "organisation"), said(sameArticle ? b : c, long, "organisation")]);
    expect(r.speakers).toHaveLength(count);
  });

  it.each([
    ["must: an adverb the credit ran on into is no part of the name", ["Harbor Gazette each", "Harbor Gazette"], ["Harbor Gazette"]],
    ["must: so on its own", ["Valley Watch first"], ["Valley Watch"]],
    ["must-not: a lower-case noun that ends the name", ["Harbor Gazette website"], ["Harbor Gazette website"]],
  ] as const)("%s", (_name, speakers, want) => {
    const b = article("b", "Ledger", "2024-02-02", "xx");
    const c = article("c", "Courier", "2024-02-03", "xx");
    const r = alignSpeakers([b, c], speakers.map((s, i) => said(i ? c : b, s, "organisation")));
    expect(names(r.speakers)).toEqual([...want]);
    expect(new Set(r.quotes.map((q) => q.speaker))).toEqual(new Set(want));
  });
});

// Speakers the attribution typed as bodies that name no body (session 38): a description of one
// person ("the GOP front-runner"), a common noun or a determiner written with its capital at a
// sentence start ("Court", "State", "Some"), and a thing that speaks of "itself". They are read in
// their article and never joined across articles as a name.
describe("alignSpeakers: no name to merge on", () => {
  const story = (id: string, text: string) => article(id, "Ledger", "2024-02-05", `${text} xx`);
  const org = (a: typeof a1, speaker: string, mention: string = speaker) => quote(a, "xx", speaker, { type: "organisation", mention });
  const bySpeaker = (r: ReturnType<typeof alignSpeakers>) => r.speakers.map((s) => `${s.name}:${s.type}:${s.articleIds.join(",")}`).sort();
  const c1 = story("c1", "The court ruled on Friday. Court records show the filing was late.");
  const c2 = story("c2", "The Harbor County Court heard the case.");
  const c3 = story("c3", "Court said the port would close.");
  const s1 = story("s1", "Some of the voters left early; others stayed.");
  const s2 = story("s2", "Some stayed.");
  const c4 = story("c4", "A court in the valley ruled.");
  it.each([
    ["must-not: a role noun after a party is a description of one person, not a body", () => [org(a1, "Party front-runner", "the Party front-runner"), org(a2, "Party front-runner", "The Party front-runner")], ["Party front-runner:anonymous:a1", "Party front-runner:anonymous:a2"]],
    ["must-not: a capitalised common noun its article writes in lower case joins no body of another article", () => [org(c1, "Court", "It"), org(c2, "Harbor County Court", "the Harbor County Court")], ["Court:organisation:c1", "Harbor County Court:organisation:c2"]],
    ["must-not: such a noun in two articles is two bodies", () => [org(c1, "Court"), org(c4, "Court")], ["Court:organisation:c1", "Court:organisation:c4"]],
    ["must-not: a determiner that opens a sentence is no body across articles (many people, each in its article)", () => [org(s1, "Some"), org(s2, "Some")], ["Some:group:s1", "Some:group:s2"]],
    ["must: a one-word name its article never writes in lower case still joins its longer name", () => [org(c3, "Court"), org(c2, "Harbor County Court")], ["Harbor County Court:organisation:c2,c3"]],
    ["must: a common noun joins the longer name of its own article", () => [org(c1, "Court"), org(c1, "Harbor County Court")], ["Harbor County Court:organisation:c1"]],
  ] as const)("%s", (_name, quotes, want) => {
    const r = alignSpeakers([a1, a2, c1, c2, c3, c4, s1, s2], quotes());
    expect(bySpeaker(r)).toEqual([...want].sort());
  });

  it("must: a body's common word takes the fuller form its article gives, not its capital", () => {
    const n1 = story("n1", "A Valley newspaper reported it. The newspaper said more.");
    const r = alignSpeakers([n1], [org(n1, "Newspaper"), org(n1, "a Valley newspaper"), org(n1, "newspaper"), org(n1, "newspaper")]);
    expect(bySpeaker(r)).toEqual(["a Valley newspaper:organisation:n1"]);
  });

  it("must-not: a name that speaks of “itself” is a body, not a person's surname; must: “himself” stays the person", () => {
    const f1 = story("f1", "Dana Ford, the ambassador, spoke.");
    const f2 = story("f2", "Ford itself said the deal was on.");
    const f3 = story("f3", "Ford himself said the deal was on.");
    const r = alignSpeakers([f1, f2, f3], [said(f1, "Dana Ford"), quote(f2, "xx", "Ford", { type: "person", mention: "Ford itself" }), quote(f3, "xx", "Ford", { type: "person", mention: "Ford himself" })]);
    expect(bySpeaker(r)).toEqual(["Dana Ford:person:f1,f3", "Ford:organisation:f2"]);
  });

  // "The Republic of Turkey denies": the name is "Turkey", the mention opens with "The" but is more
  // than "the" before the name; a one-word country is read with its article's text (one-word-place).
  it.each([
    ["must: a country credited with its long form is its government", "Turkey", "The Republic of Turkey", "Republic of Turkey:organisation:t1"],
    ["must: a country written with \"the\" is its government, not a family", "Philippines", "the Philippines", "Philippines:organisation:t1"],
    ["must-not: a family in the plural stays a group", "Khans", "the Khans", "Khans:group:t1"],
  ])("%s", (_n, speaker, mention, want) => {
    const t1 = story("t1", `Ana Ruiz spoke. ${mention} denies it.`);
    const r = alignSpeakers([t1], [quote(t1, "xx", speaker, { type: "person", mention })]);
    expect(bySpeaker(r)).toEqual([want]);
  });
});

// A name of two surnames (Spanish and Portuguese: given name, father's surname, mother's surname) is
// written with a title and the first surname alone ("Melba Acosta Febo", then "Ms. Acosta").
describe("alignSpeakers: a title and the first of two surnames", () => {
  const story = (id: string, text: string) => article(id, "Ledger", "2024-02-05", `${text} xx`);
  const t1 = story("d1", "Lucia Serrano Febo, the finance secretary, spoke. Ms. Serrano said the bonds would be paid.");
  const t2 = story("d2", "Tomas Ellery Grant spoke. Mr. Grant said more, and Mr. Ellery added a line.");
  const t3 = story("d3", "Ana Maria Velez spoke. Ms. Maria said more.");
  const t4 = story("d4", "Ms. Serrano said the bonds would be paid.");
  it.each([
    ["must: the title and the first surname are the full name of its article", [t1], () => [said(t1, "Lucia Serrano Febo"), said(t1, "Ms. Serrano")], ["Lucia Serrano Febo"]],
    ["must-not: an article that writes the title with the last word reads the middle word as no surname", [t2], () => [said(t2, "Tomas Ellery Grant"), said(t2, "Mr. Ellery")], ["Mr. Ellery", "Tomas Ellery Grant"]],
    ["must-not: a middle word that is a given name", [t3], () => [said(t3, "Ana Maria Velez"), said(t3, "Ms. Maria")], ["Ana Maria Velez", "Ms. Maria"]],
    ["must-not: a full name of another article", [t1, t4], () => [said(t1, "Lucia Serrano Febo"), said(t4, "Ms. Serrano")], ["Lucia Serrano Febo", "Ms. Serrano"]],
  ] as const)("%s", (_name, arts, quotes, want) => {
    const r = alignSpeakers([...arts], quotes());
    expect(names(r.speakers)).toEqual([...want].sort());
  });

  it("must: a title and the surname of a name with a generational suffix is its alias", () => {
    const j = story("j1", "Piet Kuyper Jr. spoke. Mr. Kuyper said more.");
    const r = alignSpeakers([j], [said(j, "Piet Kuyper Jr."), quote(j, "xx", "Piet Kuyper Jr.", { mention: "Mr. Kuyper" })]);
    expect(r.speakers.map((s) => [s.name, s.aliases])).toEqual([["Piet Kuyper Jr.", ["Mr. Kuyper"]]]);
  });

  it("must: the title and the first surname, as written, is an alias of the full name", () => {
    const r = alignSpeakers([t1], [said(t1, "Lucia Serrano Febo"), quote(t1, "xx", "Serrano", { mention: "Ms. Serrano" })]);
    expect(r.speakers.map((s) => [s.name, s.aliases])).toEqual([["Lucia Serrano Febo", ["Serrano", "Ms. Serrano"]]]);
  });
});

// A poll, a report or a study credited with words is typed "document", however the attribution
// typed it; the joins stay those of the attribution's type.
describe("alignSpeakers: documents", () => {
  const a = article("d1", "Courier", "2024-04-01", "A new Harbor Poll came out. The report said xx. Lind said yy.");
  const typeOf = (speaker: string, type: SpeakerType) => alignSpeakers([a], [quote(a, "xx", speaker, { type })]).speakers[0].type;
  it.each([
    ["must: a poll typed an organisation", "a new Harbor University poll", "organisation", "document"],
    ["must: a report typed an unnamed source", "the report", "anonymous", "document"],
    ["must: a study typed a group", "a 2013 study by economists", "group", "document"],
    ["must: records typed an organisation", "Harbor Authority records", "organisation", "document"],
    ["must-not: a body", "Harbor Authority", "organisation", "organisation"],
    ["must-not: people of a report", "The authors of the report", "group", "group"],
    ["must-not: an unnamed person", "a poll worker", "anonymous", "anonymous"],
    ["must: a resolution typed an unnamed source", "the resolution", "anonymous", "document"],
    ["must: a law typed an organisation", "state law", "organisation", "document"],
    ["must-not: people for a bill", "Proponents of the new bill", "organisation", "organisation"],
    // An abstract thing is no one (unknown); a gathering speaks as many (abstract-source).
    ["must: history typed an unnamed source", "history", "anonymous", "unknown"],
    ["must: a trend left open", "a trend", "unknown", "unknown"],
    ["must: the crowd typed an unnamed source", "the crowd", "anonymous", "group"],
    ["must: the crowd left open", "the crowd", "unknown", "group"],
    ["must-not: a body named with an abstract word", "Harbor Standard Association", "organisation", "organisation"],
    ["must-not: a person whose surname is an abstract word", "Lena Wisdom", "person", "person"],
  ])("%s", (_n, speaker, type, want) => {
    expect(typeOf(speaker, type as SpeakerType)).toBe(want);
  });
  // The quote carries its speaker's lined-up type, so the reports' speaker_type and the checks that
  // read a quote's type say what `speakers` says (a quote kept the attribution's before).
  it.each([
    ["must: a poll typed an organisation", "a new Harbor University poll", "organisation", "document"],
    ["must: a report typed an unnamed source", "the report", "anonymous", "document"],
    ["must: a description typed a person", "Harbor Council's spokesman", "person", "anonymous"],
    ["must: a plural party typed a person", "Leading Democrats", "person", "group"],
    ["must: a place of two words typed a person", "United States", "person", "organisation"],
    ["must-not: a person stays one", "Lena Vogt", "person", "person"],
  ])("quote type: %s", (_n, speaker, type, want) => {
    const r = alignSpeakers([a], [quote(a, "xx", speaker, { type: type as SpeakerType })]);
    expect([r.speakers[0].type, r.quotes[0].speakerType]).toEqual([want, want]);
  });
  // A pronoun kept as the speaker's name is nobody known: unknown, and never one across articles.
  it.each([
    ["must: an object pronoun typed an unnamed source", "her", "anonymous", "unknown"],
    ["must: a capitalised pronoun typed an organisation", "He", "organisation", "unknown"],
    ["must-not: a country in capitals that spells a pronoun", "US", "organisation", "organisation"],
  ])("pronoun speaker: %s", (_n, speaker, type, want) => {
    const r = alignSpeakers([a], [quote(a, "xx", speaker, { type: type as SpeakerType })]);
    expect([r.speakers[0].type, r.quotes[0].speakerType]).toEqual([want, want]);
  });
  it("must-not: a pronoun typed an organisation joins across articles", () => {
    const b = article("d3", "Ledger", "2024-04-03", "He said xx.");
    const c = article("d4", "Courier", "2024-04-04", "He said yy.");
    const r = alignSpeakers([b, c], [quote(b, "xx", "He", { type: "organisation" }), quote(c, "yy", "He", { type: "organisation" })]);
    expect(r.speakers.map((s) => s.articleIds)).toEqual([["d3"], ["d4"]]);
  });
  it("must-not: a quote with no speaker keeps the attribution's type", () => {
    expect(alignSpeakers([a], [quote(a, "xx", null, { type: "group" })]).quotes[0].speakerType).toBe("group");
  });
  it("must: a common noun takes its article's fuller phrase and stays a document", () => {
    const b = article("d2", "Courier", "2024-04-02", "A congressional report came out. The report said xx. The congressional report said yy.");
    const r = alignSpeakers([b], [quote(b, "xx", "report", { type: "organisation" }), quote(b, "yy", "congressional report", { type: "organisation" })]);
    expect(r.speakers.map((s) => [s.name, s.type])).toEqual([["congressional report", "document"]]);
  });
});

// linkOrganisations' edge cases: how organisation names of several articles join, whatever order
// the quotes come in.
describe("alignSpeakers: organisations across articles", () => {
  const art = (id: string) => article(id, "Ledger", "2024-05-01", "x".repeat(50));
  const [o1, o2, o3] = [art("o1"), art("o2"), art("o3")];
  const org = (a: typeof o1, name: string) => said(a, name, "organisation");
  const grouped = (r: ReturnType<typeof alignSpeakers>) => r.speakers.map((s) => [s.name, ...s.aliases].sort().join(" = ")).sort();
  it.each([
    ["must: an acronym written with full stops joins the name it spells", ["United Nations", "U.N."], ["U.N. = United Nations"]],
    ["must: the same acronym with and without full stops", ["F.B.I.", "FBI"], ["F.B.I. = FBI"]],
    ["must-not: an acronym two names spell", ["Committee to Protect Journalists", "Center for Public Justice", "CPJ"], ["CPJ", "Center for Public Justice", "Committee to Protect Journalists"]],
    ["must: a name turned round about its glue word", ["Justice Department", "Department of Justice"], ["Department of Justice = Justice Department"]],
    ["must: a name that opens a longer one word for word", ["Harbor Observatory", "Harbor Observatory for Human Rights"], ["Harbor Observatory = Harbor Observatory for Human Rights"]],
    ["must-not: the words of a name inside another body's, in another order, with more words", ["Republican National Committee", "National Republican Congressional Committee"], ["National Republican Congressional Committee", "Republican National Committee"]],
    ["must-not: a body of one state media and another's, without a country, where two are named", ["Syrian state media", "Iranian state television", "state television"], ["Iranian state television", "Syrian state media", "state television"]],
  ] as const)("%s", (_name, speakers, want) => {
    const arts = [o1, o2, o3];
    const r = alignSpeakers(arts, speakers.map((s, i) => org(arts[i], s)));
    expect(grouped(r)).toEqual([...want].sort());
  });

  // A shorter name inside two longer ones that are one body ("Syrian Observatory" inside "Syrian
  // Observatory for Human Rights") joins them in whatever order the names come.
  it.each([
    ["must: the short name first", ["Observatory", "Harbor Observatory for Human Rights", "Harbor Observatory"]],
    ["must: the short name last", ["Harbor Observatory for Human Rights", "Harbor Observatory", "Observatory"]],
    ["must: the short name between", ["Harbor Observatory", "Observatory", "Harbor Observatory for Human Rights"]],
  ] as const)("%s", (_name, speakers) => {
    const arts = [o1, o2, o3];
    const r = alignSpeakers(arts, speakers.map((s, i) => org(arts[i], s)));
    expect(r.speakers).toHaveLength(1);
  });
});
