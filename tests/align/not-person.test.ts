import { describe, expect, it } from "vitest";
import { alignSpeakers } from "../../src/align/index.js";
import { parsePersonName } from "../../src/align/names.js";
import { bodyHeadOf, describesOnePerson, notPersonContext, notPersonRule, type NotPersonContext } from "../../src/align/not-person.js";
import type { SpeakerType } from "../../src/model/index.js";
import { article, quote } from "../conflicts/fixtures.js";

describe("notPersonRule: person-typed names no person bears", () => {
  it.each([
    ["must: a share of a poll", "22 percent", "person", "number", "group"],
    ["must: a party in the plural", "Leading Democrats", "person", "group-plural", "group"],
    ["must: a demonym in the plural", "Cuban Americans", "unknown", "group-plural", "group"],
    ["must: a role in the plural", "Senate Republican leaders", "person", "group-plural", "group"],
    ["must: a place of two words", "Capitol Hill", "person", "place", "organisation"],
    ["must: a platform", "Twitter", "person", "platform", "organisation"],
    ["must: a description of many with lower-case words", "Republican establishment figures", "person", "plural-description", "group"],
    ["must: a description with lower-case words", "Republican establishment chief", "person", "lower-case-word", "anonymous"],
    ["must: a possessive description", "Sanders’ campaign manager", "person", "lower-case-word", "anonymous"],
    // A share is many people however typed: an organisation's type too.
    ["must: a share in words typed an organisation", "Sixty-six percent", "organisation", "share", "group"],
    ["must: a share in words typed a person", "Twenty-four percent", "person", "share", "group"],
    ["must: half, qualified twice", "Just over a quarter", "organisation", "share", "group"],
    ["must: a majority with its adjective", "vast majority of Americans", "organisation", "share", "group"],
    ["must: many of a crowd", "Many in the crowd", "organisation", "share", "group"],
  ])("%s: %s", (_n, name, type, id, retyped) => {
    const r = notPersonRule(name, type as SpeakerType);
    expect(r?.id).toBe(id);
    expect(r?.type).toBe(retyped);
  });
  it.each([
    ["must-not: a full name", "Kerry Washington", "person"],
    ["must-not: a surname that ends in s", "Bernie Sanders", "person"],
    ["must-not: a surname's particles", "Ursula von der Leyen", "person"],
    ["must-not: an Arabic particle", "Bashar al-Assad", "person"],
    ["must-not: a one-word place without its article (a surname as often)", "Washington", "person"],
    ["must-not: an organisation's own type", "Leading Democrats", "organisation"],
    ["must-not: an anonymous type", "22 percent", "anonymous"],
    ["must-not: an organisation's name", "Pew Research Center", "organisation"],
    ["must-not: \"most\" as a superlative", "most recent RealClearPolitics average of national polls", "organisation"],
    ["must-not: a group's own type", "Sixty-six percent", "group"],
  ])("%s: %s", (_n, name, type) => {
    expect(notPersonRule(name, type as SpeakerType)).toBeNull();
  });
});

// A description of many is a group, not one unnamed source: the anonymous-source check asks why a
// person goes unnamed, which "those surveyed" or "opponents" never are.
describe("notPersonRule: descriptions of many", () => {
  it.each([
    ["must: a plural head", "security specialists", "unknown"],
    ["must: a plural head before a clause", "proponents of more controls on hate speech", "unknown"],
    ["must: a possessive before the plural head", "his show’s listeners", "unknown"],
    ["must: a plural in -ies", "authorities", "unknown"],
    ["must: a word for many, alone", "others", "unknown"],
    ["must: a word for many before a participle", "those surveyed", "unknown"],
    ["must: a word for many before a clause", "those who back her opponents", "unknown"],
    ["must: a word for many, capitalised", "Both", "person"],
    ["must: the attribution's person", "Republican opponents", "person"],
    // The attribution types many such descriptions a body ("Abortion opponents", "Some"): many people still.
    ["must: a plural head typed an organisation", "Abortion rights advocates", "organisation"],
    ["must: a plural head after a possessive, typed an organisation", "Romney's associates", "organisation"],
    ["must: a word for many, capitalised, typed an organisation", "Some", "organisation"],
    ["must: a count of bodies typed an organisation", "three television networks", "organisation"],
    // A quantifier that opened its sentence ("Several said …") is many people, whatever the type.
    ["must: a quantifier alone, capitalised, typed an organisation", "Several", "organisation"],
    ["must: a quantifier alone, capitalised, typed a person", "Several", "person"],
    ["must: a count in words alone, capitalised", "Dozens", "organisation"],
    ["must: none, capitalised", "None", "unknown"],
  ])("%s: %s", (_n, name, type) => {
    const r = notPersonRule(name, type as SpeakerType);
    expect([r?.id, r?.type]).toEqual(["plural-description", "group"]);
  });
  it.each([
    ["must-not: a singular head", "the designer", "unknown"],
    ["must-not: a singular head before a plural", "the partner of two firms", "unknown"],
    ["must-not: a head in -ss", "the business", "unknown"],
    ["must-not: a head in -us", "the campus", "unknown"],
    ["must-not: a head in -is", "the analysis", "unknown"],
    ["must-not: news", "the news", "unknown"],
    ["must-not: a singular in -as", "her apparent left-wing bias", "unknown"],
    ["must-not: a name ending in s", "Bernie Sanders", "person"],
    ["must-not: a word for many before a name", "Both Clinton and Trump", "person"],
    ["must-not: a capitalised word for many that may be a name", "Others", "person"],
    ["must-not: a capitalised word for many that is a surname", "More", "person"],
    ["must-not: an unnamed source's own type", "security specialists", "anonymous"],
    ["must-not: a body's name whose plural is capitalised", "Reporters Without Borders", "organisation"],
    ["must-not: a union's name", "United Auto Workers", "organisation"],
    ["must-not: a body's name with a lower-case word", "Bureau of Labor Statistics", "organisation"],
    ["must-not: a body's headquarters (no plural)", "party headquarters", "organisation"],
  ])("%s: %s", (_n, name, type) => {
    expect(notPersonRule(name, type as SpeakerType)?.id).not.toBe("plural-description");
  });
  it("must: its speaker and quote are a group", () => {
    const a = article("pl", "Ledger", "2024-02-02", "Those surveyed said xx.");
    const r = alignSpeakers([a], [quote(a, "xx", "those surveyed", { type: "unknown" })]);
    expect([r.speakers[0].type, r.quotes[0].speakerType]).toEqual(["group", "group"]);
  });
});

// A country or a state credited with words speaks for its government: one word that the name
// pattern took for a person's, read with its article, which may write it as a surname.
describe("notPersonRule: a country or a state in one word", () => {
  it.each([
    ["must: a country", "Russia", "Russia said xx. Moscow denied it."],
    ["must: a country in initials", "U.S.", "The U.S. said xx."],
    ["must: a state", "Texas", "Texas said xx in its filing."],
    ["must: a country its article never writes as a surname", "Jordan", "Jordan said xx. King Abdullah spoke."],
  ])("%s: %s", (_n, name, text) => {
    const r = notPersonRule(name, "person", { articleText: text });
    expect([r?.id, r?.type]).toEqual(["one-word-place", "organisation"]);
  });
  it.each([
    ["must-not: a surname after a given name", "Jordan", "Vernon Jordan arrived. Jordan said xx."],
    ["must-not: a surname after a title", "Jordan", "Mr. Jordan said xx."],
    ["must-not: a given name", "Virginia", "Virginia said xx."],
    ["must-not: two words of a state's place", "Carolina", "Carolina said xx."],
  ])("%s: %s", (_n, name, text) => {
    expect(notPersonRule(name, "person", { articleText: text })?.id).not.toBe("one-word-place");
  });
  it("must: its speaker and quote are an organisation, one across articles", () => {
    const b = article("cb", "Ledger", "2024-02-02", "Iran said xx.");
    const c = article("cc", "Courier", "2024-02-03", "Iran said yy.");
    const r = alignSpeakers([b, c], [quote(b, "xx", "Iran"), quote(c, "yy", "Iran")]);
    expect(r.speakers.map((s) => [s.name, s.type, s.articleIds])).toEqual([["Iran", "organisation", ["cb", "cc"]]]);
    expect(r.quotes.map((q) => q.speakerType)).toEqual(["organisation", "organisation"]);
  });
});

// Made-up brands and cities of no article: the rules read the name's shape, the place list and the
// mention at the cue, never a name list.
describe("notPersonRule: a city in one word, a name run together, a document's maker", () => {
  it.each([
    ["must: a capital speaking for its government", "Beijing", "Beijing has vowed to ignore xx.", "one-word-place", "organisation"],
    ["must: a city speaking for its council", "Liverpool", "The cities of Blackpool and Liverpool said xx.", "one-word-place", "organisation"],
    ["must: a site's name run together", "HarborWatch", "According to HarborWatch, xx.", "run-together", "organisation"],
    ["must: a brand of three words run together", "RiverClearPolling", "As RiverClearPolling put it, xx.", "run-together", "organisation"],
    ["must: capitals before a word", "QXHarbor", "According to QXHarbor, xx.", "run-together", "organisation"],
  ])("%s: %s", (_n, name, text, id, retyped) => {
    const r = notPersonRule(name, "person", { articleText: text });
    expect([r?.id, r?.type]).toEqual([id, retyped]);
  });
  it.each([
    ["must-not: a city its article writes as a surname", "Manchester", "William Manchester wrote xx."],
    ["must-not: a surname's prefix, Mc", "McTavish", "McTavish said xx."],
    ["must-not: a surname's prefix, De", "DeLorca", "DeLorca said xx."],
    ["must-not: a surname's prefix, Mac", "MacTavish", "MacTavish said xx."],
    ["must-not: a given name's prefix", "LeShawn", "LeShawn said xx."],
    ["must-not: an acronym's plural", "PACs", "PACs spent xx."],
    ["must-not: a run-together name its article writes as a surname", "HarborWatch", "Maria HarborWatch said xx."],
  ])("%s: %s", (_n, name, text) => {
    expect(notPersonRule(name, "person", { articleText: text })?.id).toBeUndefined();
  });
  it.each([
    ["must: a maker named inside a polling average", "Rivermark", "the Rivermark polling average", "document-maker", "organisation"],
    ["must: who released cables", "LeakHub", "State Department cables at the time that were later released by LeakHub", "document-maker", "organisation"],
    ["must: polling by a federation", "A.F.W.", "polling by the A.F.W., even as white men favored the other candidate", "document-maker", "organisation"],
    ["must: a description the attribution cut from its noun", "recent", "recent polling", "document-mention", "document"],
    ["must: the same polling", "the same", "the same polling", "document-mention", "document"],
  ])("%s: %s", (_n, name, mention, id, retyped) => {
    const r = notPersonRule(name, name[0] === name[0].toLowerCase() ? "unknown" : "person", { articleText: `According to ${mention}, xx.`, mention });
    expect([r?.id, r?.type]).toEqual([id, retyped]);
  });
  it.each([
    ["must-not: a person of a capitalised report", "Stu Rothenberg", "Stu Rothenberg of the non-partisan Harbor Political Report"],
    ["must-not: a memo by a person named given name first", "Maria Vogt", "a memo by Maria Vogt"],
    ["must-not: a capitalised survey is a body's name", "Geological Survey", "The U.S. Geological Survey"],
    ["must-not: the name only as a part of a word", "River", "the RiverClear polling average"],
    ["must-not: a mention no longer than the name", "Vogtline", "Vogtline"],
  ])("%s: %s", (_n, name, mention) => {
    const r = notPersonRule(name, "person", { articleText: `According to ${mention}, xx.`, mention });
    expect(r?.id === "document-maker" || r?.id === "document-mention").toBe(false);
  });
  // Lined up, each path reads the name with its article and mention (alignSpeakers' in-article and company reads).
  it.each([
    ["a capital", "Beijing", null, "person", "Beijing has vowed to ignore xx.", "organisation"],
    ["a name run together", "HarborWatch", "HarborWatch", "person", "According to HarborWatch, xx.", "organisation"],
    ["a polling average's maker", "Rivermark", "the Rivermark polling average", "person", "According to the Rivermark polling average, xx.", "organisation"],
    ["recent polling cut to its adjective", "recent", "recent polling", "unknown", "According to recent polling, xx.", "document"],
    ["a surname stays a person", "Manchester", "Manchester", "person", "William Manchester wrote that xx.", "person"],
  ])("lined up: %s", (_n, name, mention, type, text, want) => {
    const a = article("lp", "Ledger", "2024-02-02", text);
    const r = alignSpeakers([a], [quote(a, "xx", name, { mention, type: type as SpeakerType })]);
    expect([r.speakers[0].type, r.quotes[0].speakerType]).toEqual([want, want]);
  });
  it("must-not: a maker its article writes as a surname", () => {
    const r = notPersonRule("Vogt", "person", { articleText: "Maria Vogt wrote it. According to a memo by Vogt, xx.", mention: "a memo by Vogt" });
    expect(r?.id).not.toBe("document-maker");
  });
});

describe("notPersonRule: a name in capitals that its article writes as no transcript label", () => {
  it.each([
    ["must: an acronym", "HRCW", "The HRCW sued the agency. xx", "acronym", "organisation"],
    ["must: a station's call sign", "KXAB-TV", "KXAB-TV reported the march. xx", "acronym", "organisation"],
  ])("%s: %s", (_n, name, text, id, retyped) => {
    const r = notPersonRule(name, "person", { articleText: text });
    expect(r?.id).toBe(id);
    expect(r?.type).toBe(retyped);
  });
  it.each([
    ["must-not: a transcript's speaker label", "VALE", "VALE: Good morning. LEE: Thank you. xx"],
    ["must-not: a word of lower-case letters", "Vale", "Vale spoke. xx"],
    ["must-not: a label in capitals too long for an acronym", "VANDERBERG", "Vanderberg spoke. xx"],
    ["must-not: a post's abbreviation", "CEO", "The CEO spoke. xx"],
  ])("%s: %s", (_n, name, text) => {
    expect(notPersonRule(name, "person", { articleText: text })).toBeNull();
  });
  it("must-not: without its article's text", () => expect(notPersonRule("HRCW", "person")).toBeNull());
  it("must: two articles' acronym is one body across them", () => {
    const b = article("b", "Ledger", "2024-02-02", "The HRCW sued. xx");
    const c = article("c", "Courier", "2024-02-03", "HRCW said more. xx");
    const r = alignSpeakers([b, c], [quote(b, "xx", "HRCW"), quote(c, "xx", "HRCW")]);
    expect(r.speakers.map((s) => [s.type, s.articleIds])).toEqual([["organisation", ["b", "c"]]]);
  });
});

describe("notPersonRule with what the corpus tells: outlets, and \"the\" before a name", () => {
  const corpus: NotPersonContext = { outlets: new Set(["buzzfeed", "the atlantic"]), surnames: new Set(["bloomberg"]) };
  it.each([
    ["must: an outlet the corpus names (told BuzzFeed)", "BuzzFeed", {}, "outlet", "organisation"],
    ["must: a known outlet", "Politico", {}, "outlet", "organisation"],
    ["must: a known outlet in capitals", "POLITICO", {}, "outlet", "organisation"],
    ["must: an outlet written with \"the\"", "Hill", { mention: "The Hill" }, "definite-name", "organisation"],
    ["must: a body written with \"the\"", "NRA", { mention: "the NRA" }, "definite-name", "organisation"],
    ["must: a family written with \"the\"", "Khans", { mention: "the Khans" }, "definite-plural", "group"],
    ["must: a people written with \"the\"", "Saudis", { mention: "The Saudis" }, "definite-plural", "group"],
    ["must: a party member described", "Wisconsin Republican", { mention: "the Wisconsin Republican" }, "definite-person-description", "anonymous"],
    ["must: a state's man described", "Texan", { mention: "the Texan" }, "definite-person-description", "anonymous"],
    ["must: a plural its article writes in lower case", "Others", { articleText: "Others said so. Some others left." }, "common-plural", "group"],
    ["must: a hyphened plural its article writes in lower case", "Fact-checkers", { articleText: "Fact-checkers said so, as fact-checkers do." }, "common-plural", "group"],
  ])("%s: %s", (_n, name, extra, id, retyped) => {
    const r = notPersonRule(name, "person", { ...corpus, ...extra });
    expect(r?.id).toBe(id);
    expect(r?.type).toBe(retyped);
  });
  it.each([
    ["must-not: a known outlet's name that a person the corpus names in full bears", "Bloomberg", {}],
    ["must-not: a surname written without \"the\"", "Hill", { mention: "Hill" }],
    ["must-not: a title before the name", "Jesse Jackson", { mention: "the Rev. Jesse Jackson" }],
    ["must-not: a full name", "Anita Hill", { mention: "Anita Hill" }],
    ["must-not: a people's name that is a surname as often", "Mark Cuban", { mention: "Mark Cuban" }],
    ["must-not: a lower-case word after \"the\"", "senator", { mention: "the senator" }],
    ["must-not: a surname in -s its article never writes in lower case", "Sanders", { articleText: "Sanders said so. Sanders left." }],
    ["must-not: a plural whose article has no lower-case form of it", "Others", { articleText: "Others said so." }],
    ["must-not: a name in -ss", "Ross", { articleText: "Ross said so, across the ross sea." }],
  ])("%s: %s", (_n, name, extra) => {
    expect(notPersonRule(name, "person", { ...corpus, ...extra })).toBeNull();
  });
  it("reads the corpus's outlets and full names' surnames", () => {
    const a = { ...article("n1", "Morning Post", "2024-02-01", "Lee told BuzzFeed xx"), outlet: "Morning Post" };
    const c = notPersonContext([a], [{ ...quote(a, "xx", "Michael Bloomberg"), toOutlet: "BuzzFeed" }]);
    expect([...c.outlets].sort()).toEqual(["buzzfeed", "morning post"]);
    expect([...c.surnames]).toEqual(["bloomberg"]);
  });
});

describe("parsePersonName: a particle that opens a name as a given name", () => {
  it.each([
    ["Ash Carter", ["ash"], "carter"],
    ["Al Gore", ["al"], "gore"],
    ["Ben Carson", ["ben"], "carson"],
    ["Khaled al-Homsi", ["khaled"], "homsi"],
    ["Khaled al Homsi", ["khaled"], "homsi"],
    ["Abu Laban", [], "laban"],
  ])("%s", (name, given, surname) => {
    const p = parsePersonName(name);
    expect(p?.given).toEqual(given);
    expect(p?.surname).toBe(surname);
  });
});

describe("alignSpeakers: words typed as persons do not join people", () => {
  const a1 = article("n1", "Morning Post", "2024-02-01", "The Hill reported. xx");
  const a2 = article("n2", "Ledger", "2024-02-02", "The Democrats said. xx");
  const a3 = article("n3", "Gazette", "2024-02-03", "Washington said it would act. xx");
  const a4 = article("n4", "Courier", "2024-02-04", "Leading Democrats said xx");
  const a5 = article("n5", "Courier", "2024-02-05", "Kerry Washington, Anita Hill and Ashton Carter spoke. xx");
  const a6 = article("n6", "Courier", "2024-02-06", "Wall Street Journal xx and her Twitter account.");
  const a7 = article("n7", "Courier", "2024-02-07", "Capitol Hill said xx. Only time will tell. Time magazine.");
  const said = (a: typeof a1, speaker: string, type: SpeakerType = "person", mention: string = speaker) => quote(a, "xx", speaker, { type, mention });
  const names = (speakers: { name: string }[]) => speakers.map((s) => s.name).sort();
  it.each([
    ["must-not: a party plural into a name ending in it", () => [said(a4, "Leading Democrats"), said(a2, "Democrats", "person", "the Democrats")], ["Democrats", "Leading Democrats"]],
    ["must-not: a place word into its one bearer elsewhere", () => [said(a5, "Kerry Washington"), said(a3, "Washington")], ["Kerry Washington", "Washington"]],
    ["must-not: a name written with \"the\" into its one bearer elsewhere", () => [said(a5, "Anita Hill"), said(a1, "Hill", "person", "The Hill")], ["Anita Hill", "Hill"]],
    ["must: a bare surname into its one bearer elsewhere", () => [said(a5, "Anita Hill"), said(a1, "Hill")], ["Anita Hill"]],
    ["must-not: a given name hidden as a particle into another given name", () => [said(a5, "Jimmy Carter"), said(a4, "Ash Carter")], ["Ash Carter", "Jimmy Carter"]],
    ["must: a short form into the one given name it opens", () => [said(a5, "Ashton Carter"), said(a4, "Ash Carter")], ["Ashton Carter"]],
    ["must-not: a short form one letter shorter", () => [said(a5, "Dana Carter"), said(a4, "Dan Carter")], ["Dan Carter", "Dana Carter"]],
    ["must-not: a short form that opens two given names", () => [said(a5, "Christopher Carter"), said(a4, "Christine Carter"), said(a3, "Chris Carter")], ["Chris Carter", "Christine Carter", "Christopher Carter"]],
    ["must-not: a place into a longer name", () => [said(a6, "Wall Street Journal", "organisation"), said(a3, "Wall Street")], ["Wall Street", "Wall Street Journal"]],
    ["must-not: a platform into someone's account", () => [said(a6, "her Twitter account", "organisation"), said(a3, "Twitter")], ["Twitter", "her Twitter account"]],
    ["must: the same platform typed two ways", () => [said(a6, "Twitter", "organisation"), said(a3, "Twitter")], ["Twitter"]],
    ["must: an outlet written with \"the\" in two articles is one", () => [said(a1, "Hill", "person", "The Hill"), said(a2, "Hill", "person", "The Hill")], ["Hill"]],
    ["must-not: an outlet written with \"the\" into a place that ends in its word", () => [said(a7, "Capitol Hill", "organisation"), said(a1, "Hill", "person", "The Hill")], ["Capitol Hill", "Hill"]],
    ["must-not: a one-word name into a longer name that writes it in lower case", () => [said(a7, "Only time", "organisation"), said(a1, "Time", "organisation")], ["Only time", "Time"]],
  ])("%s", (_n, quotes, speakers) => {
    expect(names(alignSpeakers([a1, a2, a3, a4, a5, a6, a7], quotes()).speakers)).toEqual([...speakers].sort());
  });
  it("reads an outlet written with \"the\" as an organisation", () => {
    const r = alignSpeakers([a1], [said(a1, "Hill", "person", "The Hill")]);
    expect(r.speakers.map((s) => s.type)).toEqual(["organisation"]);
  });
  it("reads a party plural as a group", () => {
    const r = alignSpeakers([a4], [said(a4, "Leading Democrats")]);
    expect(r.speakers.map((s) => s.type)).toEqual(["group"]);
  });
});

// Companies named like people: the name pattern typed them persons; their article's words tell otherwise.
describe("alignSpeakers: a company the attribution typed as a person", () => {
  const typeOf = (text: string, speaker: string, mention: string = speaker, others: readonly [string, string][] = []) => {
    const a = article("c1", "Courier", "2024-03-01", `${text} xx`);
    const b = article("c2", "Ledger", "2024-03-02", others.map(([n]) => `${n} spoke. yy`).join(" ") || "yy");
    const qs = [quote(a, "xx", speaker, { mention }), ...others.map(([n]) => quote(b, "yy", n))];
    return alignSpeakers([a, b], qs).speakers.find((s) => s.quoteIds.includes(qs[0].id))!;
  };
  it.each([
    ["must: a one-word company with its executives", "Corvane executives met the union. Corvane said", "Corvane", "Corvane", "company"],
    ["must: a two-word company with its letter", "Halvorsen Brothers contended in its letter that it was wrong. Halvorsen Brothers said", "Halvorsen Brothers", "Halvorsen Brothers", "company"],
    ["must: the mention is the company's name", "Corvane workers left. Outside Corvane, it said", "Outside Corvane", "Corvane", "company"],
    ["must: a name with an ampersand", "Lewis & Lewis said", "Lewis & Lewis", "Lewis & Lewis", "company"],
    ["must: General and a word no given name is written before", "General Brightwell says that in 2012 it paid", "Brightwell", "General Brightwell", "rank-company"],
    ["must: the first word of a longer name the article gives a firm", "The Harbin-based Corvane Report, a wealth research firm, counts them. Corvane said", "Corvane", "Corvane", "company"],
  ])("%s", (_n, text, speaker, mention) => {
    const s = typeOf(text, speaker, mention);
    expect(s.type).toBe("organisation");
  });
  it("must: the company's name as written names it", () => {
    expect(typeOf("General Brightwell says that in 2012 it paid", "Brightwell", "General Brightwell").name).toBe("General Brightwell");
  });
  it("must: the word of its name read as a rank is no role of it", () => {
    const a = article("c3", "Courier", "2024-03-03", "General Brightwell says that in 2012 it paid xx");
    const s = alignSpeakers([a], [quote(a, "xx", "Brightwell", { mention: "General Brightwell", role: "General" })]).speakers[0];
    expect([s.type, s.roles]).toEqual(["organisation", []]);
  });
  it.each([
    ["must-not: a general the article names in full", "Gen. Tom Brightwell arrived. General Brightwell said", "Brightwell", "General Brightwell"],
    ["must-not: a person's employees, a surname the corpus names in full", "Reyes employees cheered. Mr. Reyes said", "Reyes", "Mr. Reyes"],
    ["must-not: a person with no company words", "Corvane Lind said", "Corvane Lind", "Corvane Lind"],
    ["must-not: a full name credited by a surname the article writes as a firm's", "Three Lind employees left. Tom Lind said", "Tom Lind", "Lind"],
    ["must-not: the first word of a firm's name that is a surname the corpus names in full", "The Reyes Group, a consulting firm, grew. Reyes said", "Reyes", "Reyes"],
    ["must-not: the first word of a firm's name the article writes as a surname", "The Lind Report, a research firm, grew. Mr. Lind said", "Lind", "Mr. Lind"],
  ])("%s", (_n, text, speaker, mention) => {
    expect(typeOf(text, speaker, mention, [["Tom Reyes", "Tom Reyes"]]).type).toBe("person");
  });
});

// A body's name that is a description of one person unnamed: speakers types it anonymous, not an organisation.
describe("describesOnePerson", () => {
  it.each([
    ["must: a capitalised name and a role", "GOP front-runner", true],
    ["must: a capitalised name and a person noun", "Party nominee", true],
    ["must: an indefinite article, a name and a role", "A Clinton ally", true],
    ["must: one and a role", "One attendee", true],
    ["must: a lower-case indefinite article", "a campaign surrogate", true],
    ["must: the head before a preposition", "A producer for Yahoo Studios", true],
    ["must-not: a plural may speak as a body", "Party leaders", false],
    ["must-not: a body named with its preposition", "Center for American Progress", false],
    ["must-not: a thing before a preposition", "a report by the inspector", false],
    ["must-not: a group of people", "a group of rabbis", false],
    ["must: the definite article", "the campaign surrogate", true],
    ["must-not: one word", "surrogate", false],
    // Role nouns for one person the model's person nouns leave out, and descriptions that open in lower case.
    ["must: an indefinite determiner and a commenter", "Another commenter", true],
    ["must: a league's legend", "NFL legend", true],
    ["must: a speechwriter", "GOP speechwriter", true],
    ["must: a name's introducer", "Clinton's introducer", true],
    ["must: a court's justice in lower case", "Supreme Court justice", true],
    ["must: a description opening in lower case", "former first lady", true],
    ["must: a demonstrative and a look-alike", "this Harbor look-alike", true],
    ["must-not: a body's name ending in its capitalised noun", "Supreme Court Justice Department", false],
    ["must-not: a lower-case description of a thing", "editorial board", false],
  ])("%s: %j", (_why, name, expected) => {
    expect(describesOnePerson(name)).toBe(expected);
  });
});

// A word that stands for one without saying one what ("Another advised", a road sign; "One says",
// a ranking; "Does" of a misread question) names no one: neither a body nor a person.
describe("notPersonRule: a determiner or an auxiliary alone", () => {
  it.each([
    ["must: Another typed an organisation", "Another", "organisation"],
    ["must: One typed a person", "One", "person"],
    ["must: an auxiliary that opened a question", "Does", "organisation"],
    ["must: Each, open type", "Each", "unknown"],
  ])("%s: %s", (_n, name, type) => {
    const r = notPersonRule(name, type as SpeakerType, { articleText: `${name} said so.` });
    expect([r?.id, r?.type]).toEqual(["no-one-named", "unknown"]);
  });
  it.each([
    ["must-not: an unnamed source's own type (\"One resident … Another said\")", "Another", "anonymous"],
    ["must-not: a surname that is also a month", "May", "person"],
    ["must-not: a determiner before a noun", "Another commenter", "organisation"],
    ["must-not: a quantifier of many", "Some", "organisation"],
  ])("%s: %s", (_n, name, type) => {
    expect(notPersonRule(name, type as SpeakerType, { articleText: `${name} said so.` })?.id).not.toBe("no-one-named");
  });
});

// "Both" opens no body's name: two named people or a people in the plural, typed a body, are many.
describe("notPersonRule: both of them, typed a body", () => {
  it.each([
    ["must: two people by title and surname", "Both Ms. Vogt and Mr. Reyes"],
    ["must: a people in the plural, capitalised", "Both Cuban-Americans"],
  ])("%s: %s", (_n, name) => {
    const r = notPersonRule(name, "organisation");
    expect([r?.id, r?.type]).toEqual(["both", "group"]);
  });
  it.each([
    ["must-not: a person's type (the attribution's)", "Both Clinton and Trump", "person"],
    ["must-not: a body's name", "Harbor Both Foundation", "organisation"],
    ["must-not: the word alone is many already", "Both", "organisation"],
  ])("%s: %s", (_n, name, type) => {
    expect(notPersonRule(name, type as SpeakerType)?.id).not.toBe("both");
  });
});

// A description of many typed one unnamed source is a group; "one of" many is one person unnamed.
describe("notPersonRule: unnamed sources and groups by their head", () => {
  it.each([
    ["must: a plural of a person noun", "some Republican leaders", "anonymous", "unnamed-many", "group"],
    ["must: a plural of a role by its ending", "Other refugee advocates", "anonymous", "unnamed-many", "group"],
    ["must: a plural before what they are of", "his rivals for the party's nomination", "anonymous", "unnamed-many", "group"],
    ["must: one of a person noun's plural", "one of his senior aides", "group", "one-of-many", "anonymous"],
    ["must: one of a number of them", "one of two witnesses", "group", "one-of-many", "anonymous"],
    ["must: one of them, before what they are of", "one of the former prosecutors for the city", "group", "one-of-many", "anonymous"],
  ])("%s: %s", (_n, name, type, id, retyped) => {
    const r = notPersonRule(name, type as SpeakerType);
    expect([r?.id, r?.type]).toEqual([id, retyped]);
  });
  it.each([
    ["must-not: one person described", "a senior campaign aide", "anonymous"],
    ["must-not: a verb the attribution kept", "the young woman appears", "anonymous"],
    ["must-not: one of many bodies", "one of the groups", "group"],
    ["must-not: one of many things", "one of the papers", "group"],
    ["must-not: a group's own plural", "some Republican leaders", "group"],
  ])("%s: %s", (_n, name, type) => {
    expect(notPersonRule(name, type as SpeakerType)).toBeNull();
  });
});

// One word that opens a body's name the corpus credits elsewhere is that body's short name ("Pew
// found" beside "the Pew Research Center"), unless it is someone's name.
describe("notPersonRule: body-head", () => {
  const heads = { bodyHeads: new Set(["Vantar", "Rosa"]) };
  it.each([
    ["must: a body's first word, credited alone", "Vantar", "In 2014, Vantar found that most agreed."],
  ])("%s: %s", (_n, name, text) => {
    const r = notPersonRule(name, "person", { ...heads, articleText: text });
    expect([r?.id, r?.type]).toEqual(["body-head", "organisation"]);
  });
  it.each([
    ["must-not: written as a surname in its article", "Vantar", "Mr. Vantar found that most agreed.", {}],
    ["must-not: a given name", "Rosa", "Rosa found that most agreed.", {}],
    ["must-not: a surname the corpus names someone in full by", "Vantar", "Vantar found that most agreed.", { surnames: new Set(["vantar"]) }],
    ["must-not: no body's name opens with it", "Delmore", "Delmore found that most agreed.", {}],
  ])("%s: %s", (_n, name, text, more) => {
    expect(notPersonRule(name, "person", { ...heads, ...more, articleText: text })?.id).not.toBe("body-head");
  });
  it.each([
    ["must: every word capitalised", "Vantar Research Center", "Vantar"],
    ["must: with a name's glue", "Vantar Center for Justice", "Vantar"],
    ["must-not: a lower-case word", "Vantar campaign", null],
    ["must-not: an acronym first", "CBS News", null],
    ["must-not: one word", "Vantar", null],
  ])("bodyHeadOf %s: %s", (_n, name, head) => {
    expect(bodyHeadOf(name)).toBe(head);
  });
  it("must: alignSpeakers types the one word a body where another article credits the body in full", () => {
    const a = article("bh1", "Ledger", "2024-03-01", "The Vantar Research Center said xx.");
    const b = article("bh2", "Ledger", "2024-03-02", "In 2014, Vantar found that yy.");
    const r = alignSpeakers([a, b], [quote(a, "xx", "Vantar Research Center", { type: "organisation" }), quote(b, "yy", "Vantar")]);
    expect(r.quotes.map((q) => q.speakerType)).toEqual(["organisation", "organisation"]);
  });
});

// A person's one-word name never takes a lower-case "the"; a publication's does.
describe("notPersonRule: definite-in-article", () => {
  it.each([
    ["must: before an -ing word", "Dailybrief", "Today the Dailybrief hitting your inbox is new. Dailybrief won’t go that far."],
    ["must: before a mark", "Dailybrief", "Readers of the Dailybrief, we are back. Dailybrief won’t go that far."],
    ["must: before a possessive", "Dailybrief", "It is the Dailybrief’s tenth year. Dailybrief won’t go that far."],
  ])("%s: %s", (_n, name, text) => {
    const r = notPersonRule(name, "person", { articleText: text });
    expect([r?.id, r?.type]).toEqual(["definite-in-article", "organisation"]);
  });
  it.each([
    ["must-not: a noun after it (the campaign's name)", "Vantar", "Aides of the Vantar campaign met. Vantar said no.", {}],
    ["must-not: written as a surname too", "Vantar", "It is the Vantar’s turn, said Mayor Vantar. Vantar said no.", {}],
    ["must-not: a surname the corpus names in full", "Vantar", "It is the Vantar’s turn. Vantar said no.", { surnames: new Set(["vantar"]) }],
    ["must-not: a given name", "Donald", "Fans of the Donald, rejoice. Donald said no.", {}],
    ["must-not: “The” opening a sentence", "Vantar", "The Vantar, it seems. Vantar said no.", {}],
  ])("%s: %s", (_n, name, text, more) => {
    expect(notPersonRule(name, "person", { ...more, articleText: text })?.id).not.toBe("definite-in-article");
  });
});
