import { describe, expect, it } from "vitest";
import { findReportedSpeech } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

// Where reported content starts and ends. Made-up sentences; none comes from PolNeAR or the Palmyra corpus.
const run = (text: string) => {
  const article = articleFromText(text);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return findReportedSpeech(article).candidates.map((c) => ({ text: sl(c.span), to: sl(c.toSpan) }));
};

describe("findReportedSpeech: a listener whose noun phrase changes case runs on to the content's pronoun", () => {
  it.each([
    { text: "Ann Lee told Riverton Radio host Bo Diaz she would run again.", content: "she would run again", to: "Riverton Radio host Bo Diaz" },
    { text: "Ann Lee told radio host Bo Diaz she would run again.", content: "she would run again", to: "radio host Bo Diaz" },
    { text: "Ann Lee told the veteran radio host Bo Diaz she would run again.", content: "she would run again", to: "the veteran radio host Bo Diaz" },
    { text: "Ann Lee told a Herald reporter they'd lost the vote.", content: "they'd lost the vote", to: "a Herald reporter" },
  ])("$text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
  // A time word, a preposition or a verb between the listener and the pronoun: the walk leaves them to the other rules.
  it.each([
    { text: "Ann Lee told reporters Tuesday she would run again.", content: "she would run again", to: "reporters" },
    { text: "Ann Lee told reporters Bo Diaz had lost the vote.", content: "Bo Diaz had lost the vote", to: "reporters" },
    { text: "Ann Lee told the Herald in March she would run again.", content: "she would run again", to: "the Herald" },
  ])("leaves the listener as it was: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
});

describe("findReportedSpeech: a short phrase after the verb, then a clause without 'that'", () => {
  // "in", "for", "with" frame the reported clause and stay in it; after the others the phrase is the occasion.
  it.each([
    { text: "Ann Lee said in private she was worried.", content: "in private she was worried" },
    { text: "Ann Lee said for the levy to pass they must campaign.", content: "for the levy to pass they must campaign" },
    { text: "Ann Lee said after the vote she would resign.", content: "she would resign" },
    { text: "Ann Lee said during the drive home she was worried.", content: "she was worried" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
  // A second preposition, a participle or a comma before the pronoun: the pronoun opens a relative clause.
  it.each([
    "Ann Lee said on Monday, when she arrived, the vote was over.",
    "It had two columns, one listing the facts reported by the council in the cases it cited.",
  ])("no content from the phrase: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe("findReportedSpeech: a relative 'that' on the verb's medium phrase, then the content's 'that'", () => {
  it.each([
    { text: "The mayor said in a speech that aired Monday that the levy was unfair.", content: "that the levy was unfair" },
    { text: "The mayor told the Herald in an interview that ran Sunday that she would resign.", content: "that she would resign" },
    // (One "that" with a noun after it is the content's own; a second "that" after a verb is no content's.)
    { text: "The mayor said that voters wanted change.", content: "that voters wanted change" },
    { text: "The mayor said that aides wanted the plan that failed.", content: "that aides wanted the plan that failed" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a participle aside on the clause's subject", () => {
  it.each([
    // Closed by a comma before the clause's verb: inside the clause.
    { text: "Aides said the leaders, responding to pressure from unions, have insisted on a vote.", content: "the leaders, responding to pressure from unions, have insisted on a vote" },
    // At the clause's end: the speaker's act, outside it.
    { text: "Aides said the leaders were tired, responding to a question.", content: "the leaders were tired" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a programme's title in marks after the medium's name", () => {
  it.each([
    { text: "The levy was fair, Ann Lee said Sunday on WRVN’s “Meet the Town.”", content: "The levy was fair" },
    { text: 'Ann Lee said on WRVN\'s "Morning Hour With Bo Diaz" that the levy was fair.', content: "that the levy was fair" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
  // Words in marks that are no title (lower case) stay a quotation: no reported content.
  it("leaves a quotation after the outlet alone", () => {
    expect(run("Ann Lee said on WRVN’s “the levy is dead.”")).toEqual([]);
  });
});

describe("findReportedSpeech: a poll's next share after a comma ends the answer", () => {
  it.each([
    { text: "Young voters say they're liberal, 32% call themselves conservative on the levy.", content: "they're liberal" },
    { text: "Young voters say they are liberal, 34% conservative.", content: "they are liberal" },
    // A score, a partitive or a comparison goes with the number before it.
    { text: "Voters said Ann Lee did well, 73 percent to 63 percent.", content: "Ann Lee did well, 73 percent to 63 percent" },
    { text: "The mayor said the town took in 1,200 refugees, 15 percent over the limit.", content: "the town took in 1,200 refugees, 15 percent over the limit" },
    { text: "The mayor said the levy angered residents, 40 percent of whom voted no.", content: "the levy angered residents, 40 percent of whom voted no" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a request's listener with a list of names or an aside", () => {
  it.each([
    { text: "The mayor asked Lee, Diaz and Ortiz to search their e-mails.", content: "Lee, Diaz and Ortiz to search their e-mails" },
    { text: "The mayor asked Ortiz, who is fourth in the count, to lay out her plan.", content: "Ortiz, who is fourth in the count, to lay out her plan" },
    { text: "The mayor asked Ortiz, a longtime rival, to lay out her plan.", content: "Ortiz, a longtime rival, to lay out her plan" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
  // An aside that holds a clause of its own, or no infinitive after it: no request.
  it.each(["The mayor asked Lee, and the council agreed, to go.", "The mayor asked Ortiz, who said no, to go."])("no request: %s", (text) => {
    expect(run(text).filter((f) => f.text?.endsWith("to go"))).toEqual([]);
  });
});

describe("findReportedSpeech: a clause joined after an inverted source", () => {
  it.each([
    { text: "The levy is fair, said Ann Lee, but its cost does not make up for it.", content: "The levy is fair, said Ann Lee, but its cost does not make up for it" },
    { text: "The levy is fair, said Ann Lee, and she would vote for it.", content: "The levy is fair, said Ann Lee, and she would vote for it" },
    // (Narration after the source's comma, a participle or a relative, stays out.)
    { text: "The levy is fair, said Ann Lee, citing the budget.", content: "The levy is fair" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a fronted subordinate clause alone before the attribution", () => {
  it.each([
    // Its main clause follows the attribution, whatever word opens the rest.
    { text: "If the town can build a wall, he observed this week, without cranes, then he can build one too.", content: "If the town can build a wall, he observed this week, without cranes, then he can build one too" },
    { text: "Though the first vote was calm, she said, replacing the mayor would be much harder.", content: "Though the first vote was calm, she said, replacing the mayor would be much harder" },
    // (A main clause before the attribution: narration after it stays out.)
    { text: "The levy is fair, she said, without giving details.", content: "The levy is fair" },
    { text: "If it passes, the levy is fair, she said, without giving details.", content: "If it passes, the levy is fair" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a participle aside between the subject and its verb", () => {
  it.each([
    { text: "The mayor, saying the levy was unfair, voted no.", content: "the levy was unfair" },
    { text: "The mayor, claiming the levy was unfair, walked out of the meeting.", content: "the levy was unfair" },
    { text: "The mayor, saying the levy, passed in 2010, was unfair, left.", content: "the levy, passed in 2010, was unfair" },
    // (After the main clause the participle is no aside: its content runs on.)
    { text: "The mayor left the hall, saying the levy, passed in 2010, was unfair.", content: "the levy, passed in 2010, was unfair" },
  ])("$text", ({ text, content }) => {
    expect(run(text).map((f) => f.text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a quantity word alone before a comma is the verb's object", () => {
  it.each([
    { text: "He said nothing, but the mayor left.", found: [] },
    { text: "Ann Lee said little, offering only short replies that she was pleading guilty and that she knew her rights.", found: [] },
    // (As a clause's subject it opens the content.)
    { text: "He said nothing has changed.", found: ["nothing has changed"] },
    { text: "He said more would come.", found: ["more would come"] },
  ])("$text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: 'according to' after an attribution with nothing said in it", () => {
  it.each([
    // (The reporting verb's own content takes the aside and the clause, as the annotators file it: see the sourcing aside.)
    { text: "The Herald reported, according to two aides in the meetings, Ann Lee tried to calm the leaders.", found: ["according to two aides in the meetings, Ann Lee tried to calm the leaders"] },
    { text: "“Is it fair?” Ann Lee said at a press conference, according to the Herald.", found: [] },
    { text: "“Is it fair?” Ann Lee wrote in a letter, according to the Herald.", found: [] },
    // (A clause with content before the source stays, and so does an act that is no saying.)
    { text: "Ann Lee said the levy passed, according to the Herald.", found: ["the levy passed", "Ann Lee said the levy passed"] },
    { text: "The levy passed, according to the clerk.", found: ["The levy passed"] },
  ])("$text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: ', which ...' or ', who ...' on a name ends the content (the reporter's gloss)", () => {
  it.each([
    { text: "Ann Lee predicted a win in Ohio, which votes on March 1.", found: ["a win in Ohio"] },
    { text: "Ann Lee said she would talk to the FBI, which is running its own inquiry.", found: ["she would talk to the FBI"] },
    { text: "Ann Lee said she would repeal the Clean Streets Act, which passed in 2010.", found: ["she would repeal the Clean Streets Act"] },
    { text: "Ann Lee said she plans to vote for Mayor Bo Diaz of Riverton, who similarly opposes the levy, but from the left.", found: ["she plans to vote for Mayor Bo Diaz of Riverton"] },
    { text: "Lee is gaining, with 47 percent of young voters saying they will certainly support Ann Lee over Bo Diaz, who garnered support from only 15 percent.", found: ["they will certainly support Ann Lee over Bo Diaz"] },
  ])("$text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
  // A common noun, a number or an amount before the comma, or an aside on the clause's subject: the relative stays.
  it.each([
    { text: "Ann Lee said the levy was unfair, which angered the council.", found: ["the levy was unfair, which angered the council"] },
    { text: "Ann Lee said the town took in 1,200 people, which was over the limit.", found: ["the town took in 1,200 people, which was over the limit"] },
    { text: "Ann Lee said the cutoff should be $51,000, which is where it stood in 1975.", found: ["the cutoff should be $51,000, which is where it stood in 1975"] },
    { text: "Ann Lee said Ohio, which votes early, is likely to back her.", found: ["Ohio, which votes early, is likely to back her"] },
    // (", whose ..." is as often the source's own claim; a quotation after the relative goes on with it.)
    { text: "Ann Lee said she could beat Bo Diaz, whose record made the town less safe.", found: ["she could beat Bo Diaz, whose record made the town less safe"] },
    { text: "Ann Lee's fundraising email to her supporters notes that Riverton Councilman Bo Diaz, who is running for the state Senate, “is a civil rights attorney who’s fought for fair wages.”", found: [] },
    { text: "Ann Lee recalled Bo Diaz's widow, Anita, who she helped, as “a great woman.”", found: [] },
  ])("keeps the relative: $text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: a speaker's participle after a two-word object ends the content", () => {
  it.each([
    { text: "Her backers called for his ouster, believing he had misled them.", found: ["his ouster"] },
    { text: "Ann Lee pointed to the polls, cracking a smile.", found: ["the polls"] },
  ])("$text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
  // (An aside closed by a comma before the clause's verb sits on the clause's subject and stays in it.)
  it.each([
    { text: "Ann Lee said her aides, believing the polls, had quit.", found: ["her aides, believing the polls, had quit"] },
  ])("keeps the clause: $text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: 'add' with a thing added is no speech; its clause must come first", () => {
  it.each([
    { text: "The city has added three parks to the plan, the mayor said.", found: ["The city has added three parks to the plan"] },
    { text: "Ann Lee added one digit to the account after the last one was closed.", found: [] },
    { text: "Later, the board added trucks, and, still later, it cut the bus fleet.", found: [] },
  ])("$text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
  it.each([
    { text: "Ann Lee added the economy grew by three percent.", found: ["the economy grew by three percent"] },
    { text: "Ann Lee added the cost of the plan would rise.", found: ["the cost of the plan would rise"] },
    { text: "Ann Lee added that three parks would open.", found: ["that three parks would open"] },
    { text: "Ann Lee added she would run again.", found: ["she would run again"] },
  ])("keeps the clause: $text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: a poll share's answer ends before the reporter's comparison or next figure", () => {
  it.each([
    { text: "Around that time, 47 percent said they would vote for Ann Lee, however this time around that number has dropped to 35 percent.", found: ["they would vote for Ann Lee"] },
    { text: "One in four said the party was hostile to them, about the same number who said the party truly cares.", found: ["the party was hostile to them", "the party truly cares"] },
    { text: "Nearly eight in 10 voters said they have made up their minds, with similar levels among both camps.", found: ["they have made up their minds"] },
    { text: "The mayor comes in second, with 22 percent saying they would not support him, former Gov. Bo Diaz at 20 percent.", found: ["they would not support him"] },
  ])("$text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
  it.each([
    // The answer's own list, a list before the clause's verb, a second clause of the answer, a named source.
    { text: "Six in 10 say they want lower taxes, fewer rules and better roads.", found: ["they want lower taxes, fewer rules and better roads"] },
    { text: "Nearly half said the economy, health care and jobs were top concerns.", found: ["the economy, health care and jobs were top concerns"] },
    { text: "Some 59 percent said it was not, and that the two nations had a special bond.", found: ["it was not, and that the two nations had a special bond"] },
    { text: "Bo Diaz said he would vote for Ann Lee, however late it got.", found: ["he would vote for Ann Lee, however late it got"] },
  ])("keeps the answer whole: $text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: a bare verb of saying joined by 'and' to an infinitive, a modal or a causative", () => {
  it.each([
    { text: "He asked the woman to raise her voice and say the word louder.", found: ["the woman to raise her voice and say the word louder"] },
    { text: "Ann Lee said she would stand up and tell them no.", found: ["she would stand up and tell them no"] },
    { text: "She said Lee called her and that she had her staff field the calls and tell him she was away.", found: ["Lee called her and that she had her staff field the calls and tell him she was away"] },
  ])("stays in the content: $text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
  it.each([
    // A present main verb: the bare form is the subject's next act. A past form is one too. "did not say": finite.
    { text: "They say the plan works and say it will pass.", found: ["the plan works", "it will pass"] },
    { text: "She said the mayor had lied and told the press the plan was dead.", found: ["the mayor had lied", "the plan was dead"] },
    { text: "The three have all praised the plan in public and say they will vote for it.", found: ["they will vote for it"] },
    { text: "The brief order gave no reasons and did not say how the justices had voted.", found: ["how the justices had voted"] },
  ])("a new account: $text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: a relative after a request's object is the reporter's note", () => {
  it.each([
    { text: "Lee called upon Mayor Bo Diaz to restart the patrols, which the police began in 2001.", found: ["Mayor Bo Diaz to restart the patrols"] },
    { text: "The mayor urged voters to back the levy, which would fund the schools.", found: ["voters to back the levy"] },
    { text: "Lee asked the council to hear Bo Diaz, who runs the shelter.", found: ["the council to hear Bo Diaz"] },
  ])("$text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
  it.each([
    // Not a request (a clause, "that" first), or the relative inside the clause before its verb.
    { text: "Lee said the plan, which failed, was good.", found: ["the plan, which failed, was good"] },
    { text: "Lee told reporters that she asked Diaz to go, which he did.", found: ["that she asked Diaz to go, which he did"] },
    { text: "Lee said voters want to back the levy, which would fund the schools.", found: ["voters want to back the levy, which would fund the schools"] },
  ])("keeps the relative: $text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: a programme's name with a capitalised time word is the listener", () => {
  it.each([
    { text: "Lee told NBC's Today show she would run.", content: "she would run", to: "NBC's Today show" },
    { text: "Lee told the Today show she would run.", content: "she would run", to: "the Today show" },
    { text: "Lee told WRVN's Morning Hour program that she would run.", content: "that she would run", to: "WRVN's Morning Hour program" },
  ])("$text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
  it.each([
    // A lower-case time word stays the time; a name without a programme noun stays as it was.
    { text: "Lee told reporters today she would run.", content: "she would run", to: "reporters" },
    { text: "Lee told Fox News she would run.", content: "she would run", to: "Fox News" },
  ])("leaves the listener as it was: $text", ({ text, content, to }) => {
    expect(run(text)).toEqual([{ text: content, to }]);
  });
});

describe("findReportedSpeech: a subject with a restrictive 'who' clause may run past sixteen words", () => {
  const says = (text: string): readonly (string | undefined)[] => run(text).map((f) => f.text).filter((t) => t?.startsWith("he "));
  it.each([
    { text: "The lifelong Republican who wrote the long speech given by the mother of one of the two young victims says he will not vote for Lee.", found: ["he will not vote for Lee"] },
    { text: "The old farmer who sold the land used by the county for the new school in the north of town says he was never paid.", found: ["he was never paid"] },
  ])("$text", ({ text, found }) => {
    expect(says(text)).toEqual(found);
  });
  it.each([
    // No relative (or one after a comma, which closes an aside): a walk past sixteen words has left the subject.
    { text: "The long report on the land used by the county for the new school on the north side of the old town says he was never paid.", found: [] },
  ])("finds no subject: $text", ({ text, found }) => {
    expect(says(text)).toEqual(found);
  });
});

describe("findReportedSpeech: a relative clause's verb inside the main account's subject took an object", () => {
  it.each([
    { text: "The Republican who wrote the long speech given by the mother of one victim says he will not vote for Lee.", found: ["he will not vote for Lee"] },
    { text: "The aide who drafted the letter sent by the mayor of the old town says it was never read.", found: ["it was never read"] },
  ])("$text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
  it.each([
    // No relative word before the first verb: the second account opens the first one's content.
    { text: "Judicial Watch noted Director Ann Lee said the emails were found.", found: ["Director Ann Lee said the emails were found", "the emails were found"] },
  ])("keeps both: $text", ({ text, found }) => {
    expect(run(text).map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: a finite verb of saying not in -ed is the main predicate after a subject's 'who' clause", () => {
  const first = (text: string): string | undefined => run(text)[0]?.text;
  it.each([
    { text: "The officials who said the tax was unfair told reporters they would vote against it.", found: "the tax was unfair" },
    { text: "The aides who said he told the truth were fired.", found: "he told the truth" },
  ])("$text", ({ text, found }) => {
    expect(first(text)).toBe(found);
  });
  it.each([
    // A comma closes the relative; "told" after an auxiliary is a participle, the content's own verb.
    { text: "Barkley, who said he votes Democratic, said one candidate is Kasich.", found: "he votes Democratic" },
    { text: "Voters who say they were told to wait were angry.", found: "they were told to wait" },
  ])("leaves it: $text", ({ text, found }) => {
    expect(first(text)).toBe(found);
  });
});

describe("findReportedSpeech: a subject's 'who' clause whose content has a plain present verb ends before the main predicate", () => {
  const first = (text: string): string | undefined => run(text)[0]?.text;
  it.each([
    // A form in -s before a determiner or a degree word is the content's verb; the auxiliary after it is the main clause's.
    { text: "Voters who say the levy matters most were evenly divided between the candidates.", found: "the levy matters most" },
    { text: "Voters who say crime tops the list were older.", found: "crime tops the list" },
    // A clause before the first auxiliary (the tagger reads "want" and "lost" as verbs): the auxiliary is the main predicate.
    { text: "Those who say they want change were younger.", found: "they want change" },
    { text: "Voters who say the mill owners lost were angry.", found: "the mill owners lost" },
    // An irregular past after the content's own verb is the main predicate ("split", "left", "backed" in -ed).
    { text: "Those who said the levy was their top issue split about evenly between the candidates.", found: "the levy was their top issue" },
    { text: "Voters who say the plant was shut down left the county.", found: "the plant was shut down" },
  ])("$text", ({ text, found }) => {
    expect(first(text)).toBe(found);
  });
  it.each([
    // A noun compound ("health care costs") before the auxiliary is the content's subject; so is a phrase with a preposition.
    { text: "Voters who say health care costs were too high backed Lee.", found: "health care costs were too high" },
    { text: "Voters who say the war in Iraq was a mistake backed Lee.", found: "the war in Iraq was a mistake" },
  ])("leaves it: $text", ({ text, found }) => {
    expect(first(text)).toBe(found);
  });
  it("does not cut before an auxiliary whose subject is a pronoun right before it (a relative clause's own)", () => {
    const text = "A reporter who has been asking repeatedly about the release of the mayor’s tax returns got an answer he might not have expected.";
    expect(first(text)).not.toMatch(/answer he$/);
  });
});

describe("findReportedSpeech: 'claim' with a thing taken or won is an act, not words", () => {
  const texts = (text: string): string[] => run(text).map((f) => f.text ?? "");
  it.each([
    "Ann Lee won the county caucus, claiming her third victory in the string of contests known as the spring round.",
    "The army claims more territory from the rebels and gains leverage.",
    "He claimed his second title in the series held in Leeds.",
  ])("no content: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });
  it.each([
    // The noun as a clause's subject, or no thing won at all: the claim is words.
    { text: "She claimed victory was near.", content: "victory was near" },
    { text: "He claimed his win was stolen.", content: "his win was stolen" },
    { text: "Ann Lee claimed the vote was rigged.", content: "the vote was rigged" },
  ])("$text", ({ text, content }) => {
    expect(texts(text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a sourcing aside between commas right after the verb, then the clause", () => {
  const texts = (text: string): string[] => run(text).map((f) => f.text ?? "");
  it.each([
    { text: "The Herald reported, according to two aides, the mayor tried to calm the board.", content: "according to two aides, the mayor tried to calm the board" },
    { text: "The Herald reported on Monday, based on the latest count, if Lee wins the county the race will be over.", content: "based on the latest count, if Lee wins the county the race will be over" },
    { text: "The Herald reported, citing two officials, the mayor would resign.", content: "citing two officials, the mayor would resign" },
  ])("$text", ({ text, content }) => {
    expect(texts(text)).toContain(content);
  });
  it.each([
    // No clause after the aside's comma, or a subject that does not open the sentence.
    "The Herald reported, according to the mayor, who spoke on Monday.",
    "The Herald reported, according to aides, and the mayor left.",
  ])("no such content: %s", (text) => {
    expect(texts(text).filter((t) => t.startsWith("according") || t.startsWith("based") || t.startsWith("citing"))).toEqual([]);
  });
});

describe("findReportedSpeech: 'admit' of people let in, a negated passive, 'admit it or not'", () => {
  const texts = (text: string): string[] => run(text).map((f) => f.text ?? "");
  it.each([
    // A count after "admit" is the people let in; the clause after the aside's ", said" is the main verb's.
    { text: "The mayor, alleging that the board wanted to admit 5,000 students, said he would close the school.", found: ["that the board wanted to admit 5,000 students", "he would close the school"] },
    { text: "The college admitted 40 students from Ohio.", found: [] },
    // A negated "be" before the verb is passive: no one admits anything.
    { text: "Refugees aren't admitted until they are vetted for at least 18 months.", found: [] },
    // (What was not made public is no account: the passive subject is no thing said.)
    { text: "The Herald reported that roughly 1,100 donor names weren’t disclosed.", found: ["that roughly 1,100 donor names weren’t disclosed"] },
    { text: "The deal was never announced.", found: [] },
    { text: "Whether you want to admit it or not, the mayor has seemed to understand that rates matter.", found: [] },
  ])("$text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
  it.each([
    // A clause after the count, or a plain admission, stays.
    { text: "The agency admitted 3 people had died.", found: ["3 people had died"] },
    { text: "The agency admitted it had made a mistake.", found: ["it had made a mistake"] },
  ])("keeps: $text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
});

describe("findReportedSpeech: a bare verb of saying after 'and' joins a modal run into its pronoun ('he'd', 'she’ll')", () => {
  const first = (text: string): string | undefined => run(text)[0]?.text;
  it.each([
    { text: "Ann Lee says she'd call the mayor in and tell him to stop the levy.", found: "she'd call the mayor in and tell him to stop the levy" },
    { text: "Ann Lee said she’ll stand up and say the word louder.", found: "she’ll stand up and say the word louder" },
  ])("$text", ({ text, found }) => {
    expect(first(text)).toBe(found);
  });
  it.each([
    // A past form after "and" is no bare verb: the speaker's next act ends the content.
    { text: "Ann Lee said she'd won and told reporters she was happy.", found: "she'd won" },
  ])("ends it: $text", ({ text, found }) => {
    expect(first(text)).toBe(found);
  });
});

describe("findReportedSpeech: a noun phrase that is the thing said ends before ', but/and' and a new subject", () => {
  const texts = (text: string): string[] => run(text).map((f) => f.text ?? "");
  it.each([
    { text: "The mayor announced a new levy, but the council rejected it.", found: ["a new levy"] },
    { text: "Ann Lee says she did not know the mayor before he announced his bid, but now Lee plans to vote for him.", found: ["she did not know the mayor before he announced his bid, but now Lee plans to vote for him", "his bid"] },
  ])("$text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
  it.each([
    // A clause before the comma: the words after it are as often the speaker's second half.
    { text: "The mayor announced the levy passed, but the council rejected it.", found: ["the levy passed, but the council rejected it"] },
    // No new subject after the conjunction, or one with no verb of its own (a list).
    { text: "The mayor announced a new levy, and then left.", found: ["a new levy, and then left"] },
    { text: "The clerk called for a voice vote, and then a show of hands.", found: ["a voice vote, and then a show of hands"] },
    // A "that" before the comma: the stretch is a clause's.
    { text: "The clerk told council members that she would resign, but the mayor refused it.", found: ["that she would resign, but the mayor refused it"] },
    {
      text: "Ann Lee had told police officials that she didn’t want the escort, but the chief overruled that request, the aide said.",
      // (The listener is "police officials" whole: see listenerTail. The content still runs on past ", but".)
      found: ["that she didn’t want the escort, but the chief overruled that request", "Ann Lee had told police officials that she didn’t want the escort, but the chief overruled that request"],
    },
  ])("keeps: $text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
});

describe("findReportedSpeech: ', alleging that ...' is a speech participle", () => {
  const texts = (text: string): string[] => run(text).map((f) => f.text ?? "");
  it.each([
    { text: "The families sued the maker, alleging that its ads inspired the shooter.", found: ["that its ads inspired the shooter"] },
    // (A noun phrase after it, with no comma before it, is no account: "cases alleging discrimination".)
    { text: "Prosecutors dismissed cases alleging discrimination.", found: [] },
  ])("$text", ({ text, found }) => {
    expect(texts(text)).toEqual(found);
  });
});
