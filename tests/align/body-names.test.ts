import { describe, expect, it } from "vitest";
import { bodyNamesIn } from "../../src/align/body-names.js";

// Made-up sentences: the names an article writes as a company's, from the words around them.
describe("bodyNamesIn: names the text writes as a company's or a body's", () => {
  it.each([
    ["must: a corporate noun after the name", "Talks stalled. Ridgeway Mills executives met the union.", "Ridgeway Mills"],
    ["must: one word with a corporate noun", "Corvane workers were told the plant would close.", "Corvane"],
    ["must: an executive at the body", "Tom Reyes, an executive at Corvane, said so.", "Corvane"],
    ["must: a board the name owns", "Investors pressured Corvane's board to merge.", "Corvane"],
    ["must: its chief executive, with an adjective", "Ann Lee, Corvane's longtime chief executive, left.", "Corvane"],
    ["must: a company's suffix", "It sued Halvorsen Brothers Inc. last year.", "Halvorsen Brothers"],
    ["must: an appositive naming the body", "Data came from Pollpac, a political crowdfunding website, on Monday.", "Pollpac"],
    ["must: an appositive with a clause after the body noun", "Pollpac, a start-up that tracks donations, said so.", "Pollpac"],
    ["must: a post at the body, before its name", "Tom Reyes, the chief executive of Corvane, was there.", "Corvane"],
    ["must: a holding in it", "He sold his shares in Brightwell Energy last week.", "Brightwell Energy"],
    ["must: a company noun before the name", "Shares of the retailer Corvane and of others rose.", "Corvane"],
    ["must: a company noun and a comma before the name", "Her latest start-up, Pollpac, finds suppliers.", "Pollpac"],
    ["must: a list of its kind", "Consulting firms like Halvorsen have long hired them.", "Halvorsen"],
    ["must: a post held at it", "said Ann Lee, a senior analyst at Brightwell, who was there.", "Brightwell"],
    ["must: an appositive with a capitalised adjective", "Corvane, the Canadian mining company, says so.", "Corvane"],
    ["must: its, pointing back", "The deal is good for Corvane and its workers.", "Corvane"],
    ["must: a verb, then in its", "Halvorsen Brothers contended in its letter that the data was wrong.", "Halvorsen Brothers"],
    ["must: the shorter end of a name", "The U.S. Mining Survey employees left.", "Mining Survey"],
    ["must: a company named like a person, its given-name end left out", "Lewis Stanley executives declined to comment.", "Lewis Stanley"],
    // The body nouns are model/body-nouns.ts, the words attribution's ORG_SIGNS read too.
    ["must: a website noun before the name", "Then the website Pollpac, which first grew on gossip, said so.", "Pollpac"],
    ["must: an appositive naming a newspaper", "Ridgeway Ledger, a newspaper that covers mining, said so.", "Ridgeway Ledger"],
    ["must: an appositive naming a charity", "Corvane Aid, a charity based in Leeds, said so.", "Corvane Aid"],
    // What a body makes or runs: a poll, a report, a polling average, a numbered flight; its website.
    ["must: a poll the name made", "A new Pollwise poll shows him ahead.", "Pollwise"],
    ["must: a poll in capitals", "a national Pollwise Poll taken last week", "Pollwise"],
    ["must: a report of two words", "A new Pollwise Research report compares samples.", "Pollwise Research"],
    ["must: a study", "a Brightwell study from 2011", "Brightwell"],
    ["must: a polling average", "Reagan's Pollwise average that year was 53%.", "Pollwise"],
    ["must: a polling average with its kind", "the Pollwise polling average shows a tie", "Pollwise"],
    ["must: a maker's name in camel case that ends in s", "the PollWiseFacts polling average shows a tie", "PollWiseFacts"],
    ["must: a tracking poll", "a Pollwise tracking poll found", "Pollwise"],
    ["must: a numbered flight", "Those on board Corvair Flight CV804 were named.", "Corvair"],
    ["must: a flight by its number", "Corvair flight 804 crashed.", "Corvair"],
    ["must: its website", "according to Pollwise's website", "Pollwise"],
    ["must: who conducted a poll, after it", "early results of exit polls conducted for the network by Corvane Research", "Corvane Research"],
    ["must: a survey by its maker", "a survey by Pollwise found", "Pollwise"],
  ])("%s", (_n, text, name) => {
    expect([...bodyNamesIn(text)]).toContain(name);
  });
  it.each([
    ["must-not: a title before the name", "Mr. Reyes's board of advisers met.", "Reyes"],
    ["must-not: the given-name end of a company named like a person", "Lewis Stanley executives declined to comment.", "Stanley"],
    ["must-not: a given name opens the name", "Tom Reyes's employees cheered.", "Reyes"],
    ["must-not: a given name opens the name (the full name)", "Tom Reyes's employees cheered.", "Tom Reyes"],
    ["must-not: a board the name does not own", "Corvane board members met.", "Corvane board"],
    ["must-not: a company spokesman in apposition (a person)", "Tom Reyes, a company spokesman, said so.", "Tom Reyes"],
    ["must-not: the company's founder in apposition (a person)", "Reyes, the company's founder, said so.", "Reyes"],
    ["must-not: a possessor after the post", "The chief executive of Reyes's firm spoke.", "Reyes"],
    ["must-not: a word a suffix only opens", "Tom Reyes Co-founded the firm.", "Tom Reyes"],
    ["must-not: an executive action (executive is no noun there)", "Critics attacked Reyes's executive actions on guns.", "Reyes"],
    ["must-not: an executive in a place", "She was an executive in Ohio before.", "Ohio"],
    ["must-not: the founder after a company noun", "The company Lind founded is gone.", "Lind"],
    ["must-not: a person's name after a post at a place's possessive", "She is an analyst at Reyes's firm.", "Reyes"],
    ["must-not: shares as a verb", "Ms. Reyes shares more with the voters.", "Reyes"],
    ["must-not: its in another clause", "Reyes criticized the plant for moving its jobs.", "Reyes"],
    ["must-not: a plural before a verb", "Democrats report gains in the state.", "Democrats"],
    ["must-not: a pronoun before a verb", "We study the returns.", "We"],
    ["must-not: polls as a verb", "Reyes polls well with women.", "Reyes"],
    ["must-not: a flight with no number", "Corvair flight attendants struck.", "Corvair"],
    ["must-not: a website with no possessive", "The Reyes website is down.", "Reyes"],
    ["must-not: a title before a poll's name", "the Mr. Reyes poll", "Reyes"],
    ["must-not: the shorter end of a poll's maker", "a new Corvane Research poll", "Research"],
    ["must-not: a person who made a study", "a study by Tom Reyes found", "Tom Reyes"],
    ["must-not: a person's surname end after a study", "a study by Tom Reyes found", "Reyes"],
    ["must-not: a maker past the sentence's end", "The poll closed. Then by Corvane he meant more.", "Corvane"],
    ["must-not: the possessor before a maker", "Reagan's Pollwise average that year was 53%.", "Reagan's Pollwise"],
  ])("%s", (_n, text, name) => {
    expect([...bodyNamesIn(text)]).not.toContain(name);
  });
});
