import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/attribute/index.js";
import { circumstancesAround, findMedium, findSpokenOn, findToOutlet, mayNameDay, namedAsBody } from "../../src/attribute/circumstances.js";
import { extractQuotes } from "../../src/extract/index.js";
import { makeArticle } from "../../src/ingest/article.js";
import type { Quote } from "../../src/model/index.js";

// 2019-03-14 was a Thursday.
const PUB = "2019-03-14";

function quotes(text: string, outlet: string | null = "The Tidewater Post"): Quote[] {
  const a = makeArticle("t", 0, "t", text, 0, text.length, { published: PUB, outlet });
  return attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((q) => q.kind !== "scare");
}

const quoteOf = (text: string, words: string, outlet?: string | null): Quote | undefined =>
  quotes(text, outlet).find((q) => q.text.includes(words));

describe("the phrase that opens the sentence before the source tells how and when", () => {
  it.each([
    ["must: an interview with an outlet", "In an interview with the Riverton Gazette, Ada Lind said that the port would reopen.", "the port would reopen", { speaker: "Ada Lind", medium: "In an interview", toOutlet: "The Riverton Gazette" }],
    ["must: a possessive before the interview", "In her interview with the Riverton Gazette, Ada Lind said that the port would reopen.", "the port would reopen", { medium: "In her interview", toOutlet: "The Riverton Gazette" }],
    ["must: a rally and a weekday evening", "During a rally Tuesday night in Millbrook, Tom Reyes said that the bridge was safe.", "the bridge was safe", { speaker: "Tom Reyes", medium: "During a rally", spokenOn: "2019-03-12" }],
    ["must: a bare weekday", "On Monday, Tom Reyes said the mill would “stay open for good.”", "stay open for good.", { speaker: "Tom Reyes", spokenOn: "2019-03-11" }],
    ["must: a participle with a weekday", "Speaking earlier Wednesday in Oakdale, Ada Lind insisted that she had “never wavered.”", "never wavered.", { speaker: "Ada Lind", spokenOn: "2019-03-13" }],
    ["must: an email with a date", "In an email dated Feb. 12, 2017, Tom Reyes told the clerk that the files were gone.", "the files were gone", { speaker: "Tom Reyes", medium: "In an email", spokenOn: "2017-02-12" }],
    ["must: an aside between the source and the verb", "Ada Lind, in a statement released on Tuesday, said she “regrets nothing.”", "regrets nothing.", { speaker: "Ada Lind", medium: "in a statement", spokenOn: "2019-03-12" }],
    ["must: a phrase in brackets", "The count went on. (On Wednesday, Ada Lind said that the count was “nearly done.”)", "nearly done.", { speaker: "Ada Lind", spokenOn: "2019-03-13" }],
    ["must: 'before' as a preposition", "Appearing before supporters Monday morning at the depot, Tom Reyes said the line would “run by May.”", "run by May.", { speaker: "Tom Reyes", spokenOn: "2019-03-11" }],
    ["must: the phrase before a subordinate word", "On Tuesday, even as prices were falling, Tom Reyes wrote that the fund was “in fine shape.”", "in fine shape.", { speaker: "Tom Reyes", spokenOn: "2019-03-12" }],
    ["must: a bare 'as' tells the same time", "In a memo released as polls closed Tuesday, Ada Lind conceded that the race was “over for now.”", "over for now.", { speaker: "Ada Lind", medium: "In a memo", spokenOn: "2019-03-12" }],
    ["must-not: a response to someone else's words", "In response to a tweet on Monday, Ada Lind said that the port was fine.", "the port was fine", { speaker: "Ada Lind", medium: null, spokenOn: null }],
    ["must-not: a clause of its own before the source", "In Millbrook on Monday, Ada Lind was booed by the crowd, she said later, calling it “a rough night.”", "a rough night.", { spokenOn: null }],
    ["must-not: another event in a relative clause", "On the same day that a fight broke out at a rally, Tom Reyes said the crowd was “out of hand.”", "out of hand.", { speaker: "Tom Reyes", medium: null }],
    ["must-not: an opener in another sentence", "The rally ended on Monday. Tom Reyes said that the crowd went home.", "the crowd went home", { speaker: "Tom Reyes", medium: null, spokenOn: null }],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, words, want) => {
    expect(quoteOf(text, words)).toMatchObject(want);
  });

  it("a stop after an abbreviation does not end the sentence", () => {
    const text = "In a letter to Sen. Ann Lee on Monday, Tom Reyes wrote that the budget was short.";
    expect(circumstancesAround(text, { start: text.indexOf("Tom"), end: text.indexOf(" wrote") }, text.indexOf("Tom"))).toBe("In a letter to Sen. Ann Lee on Monday, ");
  });

  // How its time grows is measured by the bench (src/bench/adversarial.ts, "long-opener"); here, that
  // a clause too long to be an opener gives none.
  it("gives no opener for a long run of words with no stop", () => {
    const text = "In " + "word ".repeat(50_000) + ", Tom Reyes said that it rained.";
    expect(circumstancesAround(text, { start: text.indexOf("Tom"), end: text.indexOf(" said") }, text.indexOf("Tom"))).toBe("");
  });
});

describe("media as written", () => {
  it.each([
    ["told the board in a rare interview", "in a rare interview"],
    ["said during the interview", "during the interview"],
    ["said in a Friday interview with Univision", "in a Friday interview"],
    ["said at a packed campaign rally", "at a packed campaign rally"],
    ["said during the second debate", "during the second debate"],
    ["the campaign issued a statement saying", "issued a statement"],
    ["wrote in the affidavit", "in the affidavit"],
    ["wrote in his book", "in his book"],
    ["emailed supporters saying", "emailed supporters"],
    // Writings, recordings, calls and appearances with words before their noun.
    ["wrote in a fundraising email to supporters", "in a fundraising email"],
    ["wrote in the email, which was leaked", "in the email"],
    ["said in a follow-up statement", "in a follow-up statement"],
    ["said on a conference call with reporters", "on a conference call"],
    ["said during a recent appearance on KRVX", "during a recent appearance"],
    ["wrote on his blog", "on his blog"],
    ["wrote on her Facebook page", "on her Facebook page"],
    ["said in her opening remarks", "in her opening remarks"],
    ["wrote in his 2012 book", "in his 2012 book"],
    ["said in a video posted Monday", "in a video"],
    ["said in a news conference", "in a news conference"],
    ["wrote in a note to clients", "in a note"],
  ])("findMedium(%j) is %j", (clause, medium) => {
    expect(findMedium(clause)?.medium).toBe(medium);
  });

  it.each([
    ["said in an excerpt of the interview"],
    ["wrote in the Post"],
    ["said at the end of the debate season"],
    ["said in a call for unity"],
    ["said in a way that stung"],
    ["said in the past"],
  ])("no medium in %j", (clause) => {
    expect(findMedium(clause)).toBeNull();
  });

  it("gives where in the clause its medium starts, not where its words first occur", () => {
    // must: the match's own place ("nearby phone" holds the words "by phone" but is no medium)
    expect(findMedium("at a nearby phone booth she said by phone")?.at).toBe(33);
    expect(findMedium("said in a statement")?.at).toBe(5);
    // must-not: no medium, no place
    expect(findMedium("said on Monday")?.at).toBeUndefined();
  });

  it("a message to a list is no interview given to the article's outlet", () => {
    expect(findMedium("emailed supporters saying")?.interview).toBe(false);
    expect(findMedium("she emailed, saying")?.interview).toBe(true);
    expect(findMedium("said in an email")?.interview).toBe(true);
    expect(findMedium("wrote in a fundraising email")?.interview).toBe(false);
    expect(findMedium("wrote in the email")?.interview).toBe(false);
    // A mass mailing named after "email": a blast, a newsletter, an appeal.
    expect(findMedium("said in an email blast")).toEqual({ medium: "in an email blast", interview: false, at: 5 });
    expect(findMedium("wrote in an e-mail newsletter on Monday")).toEqual({ medium: "in an e-mail newsletter", interview: false, at: 6 });
    expect(findMedium("wrote in an email fundraising appeal")?.interview).toBe(false);
    expect(findMedium("said in an email Monday")?.interview).toBe(true);
    expect(quoteOf("Ada Lind said in an email blast: “The fight goes on.”", "The fight goes on.")?.toOutlet ?? null).toBeNull();
    expect(quoteOf("Ada Lind said in an email: “The fight goes on.”", "The fight goes on.")?.toOutlet ?? null).toBe("The Tidewater Post");
    expect(quoteOf("Ada Lind emailed supporters saying: “The fight goes on.”", "The fight goes on.")?.toOutlet ?? null).toBeNull();
  });

  // An interview or an email whose partner the text names ("with the state network KRV", "to the
  // league channel's Tom Reyes") was given to that partner, not to the publisher, even when the
  // partner is no outlet the table knows; with the reporter or "us" it was the publisher's.
  it.each([
    ["must-not: an interview with a partner named in lower-case words", "In an interview with the state network KRV, Ada Lind said the port “will reopen.”", "will reopen.", null],
    ["must-not: an email to a person at another outlet", "Ada Lind wrote in an email to the league channel's Tom Reyes: “We are done here.”", "We are done here.", null],
    ["must: an interview with nobody named", "Ada Lind said in an interview that the port “will reopen.”", "will reopen.", "The Tidewater Post"],
    ["must: an interview with this reporter", "In an interview with this reporter, Ada Lind said the port “will reopen.”", "will reopen.", "The Tidewater Post"],
    ["must: an email to us", "Ada Lind wrote in an email to us: “We are done here.”", "We are done here.", "The Tidewater Post"],
    ["must: an interview on a weekday", "In an interview Tuesday, Ada Lind said the port “will reopen.”", "will reopen.", "The Tidewater Post"],
  ])("%s", (_, text, words, outlet) => {
    expect(quoteOf(text, words)?.toOutlet ?? null).toBe(outlet);
  });
});

describe("outlets as written", () => {
  it.each([
    ["said in an Oakdale Radio interview", "Oakdale Radio"],
    ["said in a KRVX interview", "KRVX"],
    ["at a round-table interview Tuesday with Riverton News", "Riverton News"],
    ["in his interview with the Riverton Gazette", "The Riverton Gazette"],
    ["said in a Friday interview", null],
    // A station's channel number is part of its name; a count after an outlet is not.
    ["The port authority told KRVX 7 that the pier had been closed", "KRVX 7"],
    ["told Channel 4 News on Monday", "Channel 4 News"],
    ["told KRVX 2 days later", "KRVX"],
    ["told KRVX 10 times", "KRVX"],
    ["told the Riverton Gazette 3 of them were closed", "The Riverton Gazette"],
    // A name ending in s takes the bare apostrophe before its host or programme.
    ["said to Riverton News’ Ada Lind", "Riverton News"],
    ["told KRVS' Morning Hour on Sunday", "KRVS"],
    // "the" before letters belongs to the phrase ("the NPR hosts"), not to the name.
    ["told the NPR hosts of the morning show", "NPR"],
    ["told the AP", "AP"],
    ["told the Riverton Gazette", "The Riverton Gazette"],
    // A kind of medium, not an outlet: a set in the room, a paper never named.
    ["she said to the TV", null],
    ["he told the Radio", null],
    ["she told Oakdale Radio", "Oakdale Radio"],
    // A noun for a kind of outlet next to a name makes the name an outlet, whatever its words.
    ["told Corvina Diario newspaper on Tuesday", "Corvina Diario"],
    ["said in an interview with Lantern magazine", "Lantern"],
    ["told the Lisbon daily Correio Norte", "Correio Norte"],
    ["told Portuguese television station RTVX", "RTVX"],
    ["told Norland’s KTB television channel", "KTB"],
    ["told the Oakdale news agency simply", "Oakdale"],
    ["told Riverton Post's weekly video show", "Riverton Post"],
    ["told Lantern magazine Tuesday", "Lantern"],
    // Must-not: a host's programme names no outlet; letters before people are their agency.
    ["said on Ada Lind’s radio program", null],
    ["told QRX agents that the files were gone", null],
    ["told CNN anchors on the set", "CNN"],
    // Two nouns of a paper's name joined by "and" are one name; two outlets stay apart.
    ["told The Herald and Review on Friday", "The Herald and Review"],
    ["told The News & Observer", "The News & Observer"],
    ["told the AP and Reuters", "AP"],
    ["told The Times and Senate aides", "The Times"],
    // Words sent to an outlet; not a letter to a person at one, nor to a body.
    ["said in a statement to the Riverton Gazette", "The Riverton Gazette"],
    ["wrote Monday in an email to KRVX", "KRVX"],
    ["said during a phone call to KRVX’s morning show", "KRVX"],
    ["wrote in an email to KRVX’s Ada Lind", null],
    ["said in a letter to Senate leaders", null],
    // A programme named alone in quotation marks is the outlet; with its network, the network.
    ['told "Harbor Talk Tonight," adding', "Harbor Talk Tonight"],
    ["said on “Meet the Mayor.”", "Meet the Mayor"],
    ["said in an interview with “The Morning Hour”", "The Morning Hour"],
    ["said on KRVX’s “Morning Hour”", "KRVX"],
    ['stating on KRVX\'s "Morning Hour" that', "KRVX"],
    ["told “Everyone should vote,” adding", null],
    // An appearance or a sit-down on or with an outlet, as an interview.
    ["said during a recent appearance on KRVX", "KRVX"],
    ["said in a sit-down with the Riverton Gazette", "The Riverton Gazette"],
    ["said during his appearance on “Harbor Talk,” adding", "Harbor Talk"],
    ["said during an appearance on the stage", null],
    // A well-known programme or publication with no outlet word (NAMED_MEDIA), named alone without
    // quotation marks: the whole name, not a part of it nor nothing.
    ["added during his appearance on Fox and Friends.", "Fox and Friends"],
    ["said in an interview on Fox & Friends", "Fox and Friends"],
    ["told Meet the Press on Sunday", "Meet the Press"],
    ["a Clinton supporter, told the New Yorker.", "The New Yorker"],
    ["while being interviewed on Fox and Friends Monday morning", "Fox and Friends"],
    ["told Rolling Stone in late May", "Rolling Stone"],
    ["said in an interview with Morning Joe hosts", "Morning Joe"],
    ["told The View", "The View"],
    ["the campaign told USA TODAY.", "USA TODAY"],
    ["said in an interview with USA Today", "USA Today"],
    ["told USA Today’s weekly series", "USA Today"],
    ["told Yahoo in response to a question", "Yahoo"],
    ["told Yahoo! News in a story", "Yahoo"],
    ["a political scientist, told The Hill.", "The Hill"],
    ["told Vogue last year", "Vogue"],
    ["told TMZ Sports.", "TMZ"],
    // Must-not: with its network named the network is the outlet; people from New York are no magazine;
    // a lower-case noun is no programme; the name not right after the cue is none.
    ["said on NBC’s Meet the Press", "NBC"],
    ["told the New Yorkers in the crowd", null],
    ["said it was the view of the board", null],
    ["told CNN and Fox and Friends", "CNN"],
    ["told reporters that Meet the Press had called", null],
    ["told the Hill on Tuesday", null],
    ["told Yahoos in the back row", null],
  ])("findToOutlet(%j) is %j", (clause, outlet) => {
    expect(findToOutlet(clause)).toBe(outlet);
  });
});

// Made-up articles: letters that the article shows to be a body or its gathering are an audience.
describe("an acronym the article shows to be a body", () => {
  it.each([
    ["must: spelled out as a name with no outlet word", "The Citizens for Fair Ports (CFFP) asked for the files. The office told CFFP that none existed.", "CFFP", true],
    ["must: its conference", "Ada Lind spoke at the QRX annual conference on Monday.", "QRX", true],
    ["must: a speech to it", "In a speech to QRX, Ada Lind promised a new dock.", "QRX", true],
    ["must-not: spelled out as a network", "The Tidewater Broadcasting Network (TBN) aired it. Ada Lind told TBN that she would run.", "TBN", false],
    ["must-not: no sign in the article", "Ada Lind told KRVX that she would run.", "KRVX", false],
    ["must-not: an outlet word is never asked about", "Ada Lind spoke at the CNN forum.", "CNN", false],
    ["must-not: not bare letters", "The Harbor Group conference opened.", "Harbor Group", false],
  ] as [string, string, string, boolean][])("%s", (_name, text, name, body) => {
    expect(namedAsBody(text, name)).toBe(body);
  });

  it("leaves out the outlet of words told to such a body", () => {
    const text = "Ada Lind spoke at the QRX conference on Monday. “We stand with the port,” Lind told QRX. “We will build it,” she told KRVX later.";
    expect(quoteOf(text, "We stand with the port")?.toOutlet ?? null).toBeNull();
    expect(quoteOf(text, "We will build it")?.toOutlet).toBe("KRVX");
  });
});

// Made-up sentences: a cue whose window of words stops inside a programme's title gets the rest of it.
describe("a quoted title in the cue is closed", () => {
  it.each([
    ["must: curly marks", "“We will win,” Ann Lee said on KRVX’s “Harbor Hour With Tom Reyes.”", "We will win", "said on KRVX’s “Harbor Hour With Tom Reyes.”"],
    ["must: straight marks", '"We will win," Ann Lee said on KRVX\'s "Harbor Hour With Tom Reyes." She left.', "We will win", 'said on KRVX\'s "Harbor Hour With Tom Reyes."'],
    ["must-not: no title", "“We will win,” Ann Lee said on Monday.", "We will win", "said on Monday"],
  ])("%s", (_name, text, words, cue) => {
    expect(quoteOf(text, words)?.cue).toBe(cue);
  });
});

describe("outlets on long input", () => {
  // Long runs that once made these patterns backtrack; their time is measured by the bench
  // (src/bench/adversarial.ts, "outlet-runs"), and here what they give.
  it.each([
    ["told “" + "Word ".repeat(50_000), null],
    ["told The " + "Post and ".repeat(30_000), "The Post and Post"],
    ["in a statement to " + "the ".repeat(50_000), null],
    ["said on “" + "Meet the ".repeat(30_000), null],
  ])("a long run gives what its start names (%#)", (clause, outlet) => {
    expect(findToOutlet(clause)).toBe(outlet);
  });
});

describe("days as written", () => {
  it.each([
    ["said on Jan. 23", "2019-01-23"],
    ["wrote on March 2, 2017", "2017-03-02"],
    ["said on December 20", "2018-12-20"],
    ["in a letter dated Feb. 30", null],
    // A date after publication with no year is some later event's, not when the words were said.
    ["said the vote on March 20 would decide", null],
    ["looked ahead to the March 10 vote", null],
    ["said in a USA TODAY interview", null],
    // Without a year, a date more than some months back is an older event's.
    ["a post she wrote on May 23 said", null],
    ["said on October 2", "2018-10-02"],
    ["said today", "2019-03-14"],
    // The earliest day word in the clause wins.
    ["said on Monday that the Feb. 2 deadline passed", "2019-03-11"],
    ["said on March 1, not Tuesday", "2019-03-01"],
    // "Last" at a sentence's start as after a verb: the week before on the day of publication.
    ["Last Thursday, Tom Reyes told reporters", "2019-03-07"],
    ["told reporters last Thursday", "2019-03-07"],
    ["Thursday, Tom Reyes told reporters", "2019-03-14"],
    ["Last Monday, Tom Reyes told reporters", "2019-03-11"],
    // A bound at a sentence's start is no day either.
    ["Until Friday, Tom Reyes said", null],
  ])("findSpokenOn(%j) is %j", (clause, day) => {
    expect(findSpokenOn(clause, PUB)).toBe(day);
  });

  // An undated article (no publication date, or one that is no day): only a date with its year says
  // the day; a weekday, "yesterday" or a date without a year cannot be placed.
  it.each([
    ["must: a full date", "posted on March 5, 2024", "2024-03-05"],
    ["must: an abbreviated month", "In an email dated Feb. 12, 2017, Tom Reyes told the clerk", "2017-02-12"],
    ["must-not: a date without a year", "said on October 2", null],
    ["must-not: a weekday", "said on Monday", null],
    ["must-not: a relative day", "said yesterday", null],
    ["must-not: a weekday before the full date wins and cannot be placed", "said on Monday, after a post on March 5, 2024,", null],
    ["must-not: no such day", "posted on Feb. 30, 2024", null],
  ])("%s, undated: findSpokenOn(%j)", (_, clause, day) => {
    expect(findSpokenOn(clause, null)).toBe(day);
    expect(findSpokenOn(clause, "2019")).toBe(day);
  });
});

describe("carried to follow-on quotes", () => {
  it("not the medium of an earlier occasion when the quote names a day of its own", () => {
    const text = "Tom Reyes promised on Monday at a rally to fix the “broken roads.” He said on Wednesday that he would “start next week.”";
    const q = quoteOf(text, "start next week.");
    expect(q).toMatchObject({ speaker: "Tom Reyes", spokenOn: "2019-03-13" });
    expect(q?.medium ?? null).toBeNull();
  });

  it("content on both sides of its cue is not where it was said", () => {
    const text = "What upset her most, she said, was a question at a town hall last week.";
    for (const q of quotes(text)) expect(q.medium ?? null).toBeNull();
  });

  it("but the words up to the comma after the cue are", () => {
    const text = "Next year, Ada Lind suggested in a tweet on Monday, the tax would be gone.";
    const q = quotes(text).find((x) => x.kind === "indirect");
    expect(q).toMatchObject({ medium: "in a tweet", spokenOn: "2019-03-11" });
  });
});

// Made-up sentences (2019-03-14 was a Thursday): the day the words were said comes from the clause's
// own words, not from a relative clause about the source, what the source reported, or a day ahead.
describe("the day of another event is not when the words were said", () => {
  it.each([
    ["must: a relative clause in the source is another event", "Ada Lind, who opened the new ferry dock on Monday, said Wednesday that the pier was “ready for boats.”", "ready for boats.", { speaker: "Ada Lind", spokenOn: "2019-03-13" }],
    ["must: a restrictive relative clause in the source", "Voters who watched the Tuesday debate said the mayor looked “tired and cross.”", "tired and cross.", { spokenOn: null }],
    ["must: the reported clause's day", "Tom Reyes said that on Monday the mill had “lost two buyers.”", "lost two buyers.", { speaker: "Tom Reyes", spokenOn: null }],
    ["must: a relative clause after the cue", "Ada Lind praised the report, which the council will publish on Tuesday, as “fair and clear.”", "fair and clear.", { speaker: "Ada Lind", spokenOn: null }],
    ["must: a day ahead", "Tom Reyes said he was putting off a vote scheduled for Friday “until the audit is done.”", "until the audit is done.", { speaker: "Tom Reyes", spokenOn: null }],
    ["must: a name that is a weekday", "Ada Lind noted, quoting a poem by Wednesday Adams, that the tide was “always late.”", "always late.", { spokenOn: null }],
    ["must-not: the day after the cue stays", "Tom Reyes said Tuesday that on Monday the mill had “lost three buyers.”", "lost three buyers.", { spokenOn: "2019-03-12" }],
    ["must-not: a demonstrative 'that' is no reported clause", "Ada Lind repeated that pledge on Monday, saying the pier would “open by June.”", "open by June.", { spokenOn: "2019-03-11" }],
    ["must-not: a relative clause of where the source spoke", "“The bus was late again,” said Tom Reyes, who lined up to hear the mayor at a rally on Tuesday.", "The bus was late again", { speaker: "Tom Reyes", spokenOn: "2019-03-12" }],
    ["must-not: the source as a relative pronoun keeps the day after its clause", "The mayor, who said last week that the audit was fine, issued a statement Tuesday saying, “The books are clean.”", "The books are clean.", { spokenOn: "2019-03-12" }],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, words, want) => {
    expect(quoteOf(text, words)).toMatchObject(want);
  });
});

// Made-up sentences (2019-03-14 was a Thursday): the verb's words between the source and its cue tell
// how and when, when they are one clause with it.
describe("the words between the source and its cue", () => {
  it.each([
    ["must: a day between the source and the verb", "Tom Reyes on Tuesday said, “The ferry will run again.”", "The ferry will run again.", { speaker: "Tom Reyes", spokenOn: "2019-03-12" }],
    ["must: the main verb's medium before a participle", "Ada Lind shot back in a statement, saying she had “never met the man.”", "never met the man.", { speaker: "Ada Lind", medium: "in a statement" }],
    ["must: the main verb's day before a participle", "Tom Reyes hit back at the council on Monday, calling its plan “a sham.”", "a sham.", { speaker: "Tom Reyes", spokenOn: "2019-03-11" }],
    ["must: the participle's own day before the main verb's", "Ada Lind dismissed talk of Saturday's vote, saying Monday that it was “long settled.”", "long settled.", { spokenOn: "2019-03-11" }],
    ["must-not: a clause with a tense of its own", "Tom Reyes says he will release the files on Friday, calling them “very dull.”", "very dull.", { spokenOn: null }],
    ["must-not: a second verb joined on", "Ada Lind toured the dock on Monday and said the pier was “in good repair.”", "in good repair.", { spokenOn: null }],
    ["must-not: a comma before a verb that is no participle", "Tom Reyes hosts a Sunday radio hour, writes a column and runs “Harbor Watch.”", "Harbor Watch.", { spokenOn: null }],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, words, want) => {
    expect(quoteOf(text, words)).toMatchObject(want);
  });
});

describe("mayNameDay: one test of a cue's whole clause rules out a day in every part of it", () => {
  it.each([
    // [clause, may it name a day?]
    ["Lee told reporters on Tuesday", true],
    ["Lee said in a statement late last night", true],
    ["Lee, in an interview dated March 3, said", true],
    ["Lee told reporters", false],
    ["Lee said in a statement", false],
  ])("mayNameDay(%j) is %j", (clause, want) => {
    expect(mayNameDay(clause)).toBe(want);
  });

  it.each([
    "Lee told reporters at the port",
    "In an interview with the Post, Lee said",
    "Lee, who spoke to the crowd, said",
  ])("a clause it turns away (%j) gives no day, nor does any part of it, alone or joined by a space", (clause) => {
    expect(mayNameDay(clause)).toBe(false);
    for (let a = 0; a <= clause.length; a += 3) {
      for (let b = a; b <= clause.length; b += 5) {
        expect(findSpokenOn(clause.slice(a, b), PUB)).toBeNull();
        expect(findSpokenOn(`${clause.slice(0, a)} ${clause.slice(b)}`, PUB)).toBeNull();
      }
    }
  });
});
