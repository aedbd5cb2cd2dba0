import { describe, expect, it } from "vitest";
import { attributeQuotes, CUE_RULES, LAST_RESORT_RULES } from "../../src/attribute/index.js";
import fc from "fast-check";
import { propertyTimeout } from "../property-runs.js";
import { findMedium, findSpokenOn, findToOutlet, MEDIUM_RULES } from "../../src/attribute/circumstances.js";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText, makeArticle } from "../../src/ingest/article.js";
import type { Quote } from "../../src/model/index.js";

function attribute(text: string, published: string | null = null): Quote[] {
  const a = published ? makeArticle("t", 0, "t", text, 0, text.length, { published, outlet: "The Tidewater Post" }) : articleFromText(text);
  return attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((q) => q.kind === "direct");
}

describe("cue rules: every row's own examples", () => {
  for (const rule of [...CUE_RULES, ...LAST_RESORT_RULES]) {
    it.each(rule.must.map((m) => [m]))(`${rule.id} must match %s`, (text) => {
      const qs = attribute(text);
      expect(qs.length).toBeGreaterThan(0);
      expect(qs[0].ruleId).toBe(rule.id);
      if (rule.noSpeaker) expect(qs[0].speaker).toBeNull();
      else expect(qs[0].speaker).not.toBeNull();
    });
    it.each(rule.mustNot.map((m) => [m]))(`${rule.id} must not match %s`, (text) => {
      for (const q of attribute(text)) expect(q.ruleId).not.toBe(rule.id);
    });
  }
});

describe("speakers", () => {
  const cases: [string, string, string, Partial<Quote>][] = [
    [
      "appositive gives the role",
      "“The levee will hold,” Dora Vance, the chief engineer of the port authority, said on Monday.",
      "The levee will hold,",
      { speaker: "Dora Vance", role: "the chief engineer of the port authority", speakerType: "person" },
    ],
    [
      "a transcript's labels name each turn's speaker; a turn's next paragraph goes on with it",
      "Ada Lind spoke to Tom Reyes on Sunday.\n\nPartial transcript as follows:\n\n“REYES: Will the port reopen?\n\n“LIND: It will, by June.\n\n“The money is there.”",
      "The money is there.",
      { speaker: "Ada Lind", mention: "LIND" },
    ],
    [
      "inverted source with appositive",
      "“We have enough water,” said Tomas Reiter, a member of the relief committee.",
      "We have enough water,",
      { speaker: "Tomas Reiter", role: "a member of the relief committee" },
    ],
    [
      "a pronoun and a verb before the colon that ends the paragraph: the pronoun speaks, not the verb's object",
      "Mayor Ada Lind spoke at the pier on Monday. She told her harbour audience, to loud applause:\n\n“There has never been a better time to build.”",
      "There has never been a better time to build.",
      { speaker: "Ada Lind", mention: "She" },
    ],
    [
      "a verb that opens the paragraph's last sentence before the colon: its speaker follows",
      "The pier reopened on Monday. And said the harbour master, Ada Lind:\n\n“There has never been a better time to build.”",
      "There has never been a better time to build.",
      { speaker: "Ada Lind" },
    ],
    [
      "an opening adverbial split by a comma ('In a long, frank interview with journalist X, …'): its person is no subject",
      "Ada Lind is in jail in Oakdale.\n\nIn a long, frank interview with journalist Tom Reyes last year, Lind said she welcomed the trial and added, “I will plead guilty.”",
      "I will plead guilty.",
      { speaker: "Ada Lind", mention: "Lind" },
    ],
    [
      "role words before a name still run on to it ('Democratic party candidate Ada Lind')",
      "In a long, frank debate, Democratic party candidate Ada Lind turned to the crowd and added, “I will win.”",
      "I will win.",
      { speaker: "Ada Lind" },
    ],
    [
      "a manner adverb between a name and a past form with a name after it is a verb group ('sharply scolded Lind'), not part of the subject",
      "At the retreat, harbour Chairman Tom Reyes sharply scolded Lind for saying that workers should “move away.”",
      "move away.",
      { speaker: "Tom Reyes", mention: "harbour Chairman Tom Reyes" },
    ],
    [
      "title and surname resolve to the full name",
      "Samir al-Nouri, a pharmacist, stayed in town.\n\n“The shelves are empty,” Mr. Nouri said.",
      "The shelves are empty,",
      { speaker: "Samir al-Nouri", mention: "Mr. Nouri" },
    ],
    [
      "a bare surname resolves to the full name",
      "Greta Holm ran the shelter for ten years.\n\n“We are full tonight,” Holm said.",
      "We are full tonight,",
      { speaker: "Greta Holm", mention: "Holm" },
    ],
    [
      "a lower-case modifier before a person noun opens a role",
      "“We are not happy,” said Jon Conlan, technical adviser to the Harbour Board.",
      "We are not happy,",
      { speaker: "Jon Conlan", role: "technical adviser to the Harbour Board", mention: "Jon Conlan, technical adviser to the Harbour Board" },
    ],
    [
      "a lower-case phrase with no person noun after the name is no role",
      "“We are not happy,” said Jon Conlan, in the harbour master’s office.",
      "We are not happy,",
      { speaker: "Jon Conlan", role: null, mention: "Jon Conlan" },
    ],
    [
      "a sentence-opening 'Neither' is not part of the name that follows it",
      "Neither Tomas Reiter nor the mayor answered.\n\n“We are closed,” Reiter said.",
      "We are closed,",
      { speaker: "Tomas Reiter", mention: "Reiter" },
    ],
    [
      "a question's opening auxiliary ('Does') is not part of the name that follows it",
      "Does Tomas Reiter have a plan? “We are closed,” Reiter said.",
      "We are closed,",
      { speaker: "Tomas Reiter", mention: "Reiter" },
    ],
    [
      "a surname shared by two people goes to the one whose full name stands nearest before it",
      "Marco Lind spoke first. Later, Mario Lind, his cousin, arrived.\n\nMarco Lind spoke again at noon.\n\n“We are ready,” Lind said.",
      "We are ready,",
      { speaker: "Marco Lind", mention: "Lind" },
    ],
    [
      "a full name named only after the surname mention is not its referent",
      "Marco Lind spoke first. Later, Mario Lind, his cousin, arrived.\n\n“We are ready,” Lind said.\n\nMarco Lind left at noon.",
      "We are ready,",
      { speaker: "Mario Lind", mention: "Lind" },
    ],
    [
      "a word the article also writes in lower case, run into a surname ('See Lind'), is no namesake",
      "Marco Lind spoke at the harbour. Readers can see his notes.\n\n(See Lind’s full notes below.)\n\n“We are ready,” Lind said.",
      "We are ready,",
      { speaker: "Marco Lind", mention: "Lind" },
    ],
    [
      "a headline's adjective before a surname ('Undaunted Lind') is no namesake",
      "Marco Lind returned on Monday.\n\nUndaunted Lind faces the board\n\nThe crew was undaunted by the storm. “We are ready,” Lind said.",
      "We are ready,",
      { speaker: "Marco Lind", mention: "Lind" },
    ],
    [
      "a known given name that is also a word ('Bill') still names a namesake",
      "Marco Lind spoke first. Later, Bill Lind, his cousin, arrived with the bill.\n\n“We are ready,” Lind said.",
      "We are ready,",
      { speaker: "Bill Lind", mention: "Lind" },
    ],
    [
      "two namesakes named once each, the later far back: the one the story brought in first (its subject)",
      "Maria Lind, the mayor, opened the harbour on Monday.\n\nHer husband, Peter Lind, a fisherman, came along.\n\nThe harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland.\n\n“We are ready,” Lind said.",
      "We are ready,",
      { speaker: "Maria Lind", mention: "Lind" },
    ],
    [
      "two namesakes named once each, the later just before the mention: the nearer",
      "Maria Lind, the mayor, opened the harbour on Monday.\n\nThe harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland.\n\nHer husband, Peter Lind, a fisherman, came along.\n\n“We are ready,” Lind said.",
      "We are ready,",
      { speaker: "Peter Lind", mention: "Lind" },
    ],
    [
      "a namesake first seen in the headline comes after one the story names",
      "Brave Lind takes the helm\n\nPeter Lind, a fisherman, sailed on Monday.\n\nThe harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland. The harbour has been closed since the storm in March. Boats stayed in the bay for weeks, and the market moved inland.\n\n“We are ready,” Lind said.",
      "We are ready,",
      { speaker: "Peter Lind", mention: "Lind" },
    ],
    [
      "a titled surname with two namesakes named once each goes to the one not told apart by given name alone",
      "Peter Varga runs the farm.\n\nHis brother, Jonas Varga, left for the city. Jonas never came back, and Jonas wrote rarely.\n\n“The harvest is late,” Mr. Varga said.",
      "The harvest is late,",
      { speaker: "Peter Varga", mention: "Mr. Varga" },
    ],
    [
      "a titled surname with two namesakes named once each, neither by given name alone, goes to the nearer",
      "Peter Varga runs the farm.\n\nHis brother, Jonas Varga, left for the city.\n\n“The harvest is late,” Mr. Varga said.",
      "The harvest is late,",
      { speaker: "Jonas Varga", mention: "Mr. Varga" },
    ],
    [
      "a manner adverb and a past form after the name end it ('Mayor Marco Lind sharply rebuked critics')",
      "Port plan draws fire.\n\nMayor Marco Lind sharply rebuked critics who say he should call the plan “a giveaway,” saying it would create jobs.",
      "a giveaway,",
      { speaker: "Marco Lind" },
    ],
    [
      "a heading in capitals run into the sentence is no part of the name ('STORM WATCH Marco Lind said')",
      "Port plan draws fire.\n\nSTORM WATCH Marco Lind said the docks had “never flooded like this.”",
      "never flooded like this.",
      { speaker: "Marco Lind" },
    ],
    [
      "an acronym before a word in mixed case is no heading ('NBC News said')",
      "Port plan draws fire.\n\nNBC News said the port was “closed for now.”",
      "closed for now.",
      { speaker: "NBC News" },
    ],
    [
      "a generational suffix is not the surname: 'Mr. Lind' is 'Tomas B. Lind Jr.'",
      "Port plan draws fire.\n\nTomas B. Lind Jr. runs the port.\n\n“We are ready,” Mr. Lind said.",
      "We are ready,",
      { speaker: "Tomas B. Lind Jr.", mention: "Mr. Lind" },
    ],
    [
      "a title before a surname: 'Admiral Lind' is 'Tomas B. Lind III'",
      "Port plan draws fire.\n\nTomas B. Lind III commands the fleet.\n\n“We are ready,” Admiral Lind said.",
      "We are ready,",
      { speaker: "Tomas B. Lind III", mention: "Admiral Lind" },
    ],
    [
      "a son named with his suffix is not his father of the same given name",
      "Port plan draws fire.\n\nTomas Lind runs the port. Tomas Lind Jr. runs the docks.\n\n“We are ready,” said Tomas Lind Jr., who manages the cranes.",
      "We are ready,",
      { speaker: "Tomas Lind Jr." },
    ],
    [
      "an 'X of Y' title's object is no part of the name ('Chief of Staff Ana Ruiz' is Ana Ruiz)",
      "Port plan draws fire.\n\nHarbor Chief of Staff Ana Ruiz spoke at the docks.\n\n“We are ready,” Ruiz said.",
      "We are ready,",
      { speaker: "Ana Ruiz", mention: "Ruiz" },
    ],
    [
      "a compound adjective of origin is no part of the name ('South Korean-born Tomas Lind')",
      "Port plan draws fire.\n\nSouth Korean-born Tomas Lind holds little hope. He says his family “never told me.”",
      "never told me.",
      { speaker: "Tomas Lind", mention: "He" },
    ],
    [
      "a hyphenated role or place adjective at the cue is no part of the speaker's name ('Harbor-area Lind')",
      "Port plan draws fire.\n\n“We are ready,” said Harbor-area Lind.",
      "We are ready,",
      { speaker: "Lind" },
    ],
    [
      "a sentence adverb is no part of the name ('Interestingly Lind said')",
      "Port plan draws fire.\n\nMarco Lind spoke at the harbour.\n\nInterestingly Lind said that “nobody came.”",
      "nobody came.",
      { speaker: "Marco Lind" },
    ],
    [
      "a role noun run into the name is no part of it ('Moderator Ana Ruiz')",
      "Port plan draws fire.\n\nModerator Ana Ruiz opened the debate by asking Lind why he changed course.\n\n“We are ready,” said Pastor Tomas Lind.",
      "We are ready,",
      { speaker: "Tomas Lind", mention: "Pastor Tomas Lind" },
    ],
    [
      "a role noun before a name keeps two name parts ('Counsel James A. Oakes' is James A. Oakes)",
      "Port plan draws fire.\n\n“We are ready,” said Counsel James A. Oakes.",
      "We are ready,",
      { speaker: "James A. Oakes" },
    ],
    [
      "a present-tense verb after an honorific and a name is no part of the name ('Mrs. Lind offers …')",
      "Port plan draws fire.\n\nAna Lind runs the port.\n\nMrs. Lind offers a message that echoes the “Stay” side of the vote.",
      "Stay",
      { speaker: "Ana Lind" },
    ],
    [
      "must-not: a plural noun after a possessive stays the speaker's head ('Mrs. Lind's confidants')",
      "Port plan draws fire.\n\nAna Lind runs the port.\n\nMrs. Lind's confidants said “the vote is lost.”",
      "the vote is lost.",
      { speaker: "Mrs. Lind's confidants" },
    ],
    [
      "must-not: a plural noun after a bare name stays the speaker's head ('Lind loyalists')",
      "Port plan draws fire.\n\nAna Lind runs the port.\n\nLind loyalists said “the vote is lost.”",
      "the vote is lost.",
      { speaker: "Lind loyalists" },
    ],
    [
      "'the', a role and a name: the name speaks ('the conservative radio host Tomas Lind')",
      "Port plan draws fire.\n\n“We are not,” said the conservative radio host Tomas Lind.",
      "We are not,",
      { speaker: "Tomas Lind", mention: "the conservative radio host Tomas Lind" },
    ],
    [
      "'the', a role and a name: a title run into the name is the role ('the district party Chairman Eva Oakes')",
      "Port plan draws fire.\n\n“Maybe,” said the district party Chairman Eva Oakes.",
      "Maybe,",
      { speaker: "Eva Oakes" },
    ],
    [
      "must-not: a name after a preposition is not the description's head ('the wife of Ana Ruiz')",
      "Port plan draws fire.\n\n“No,” said the wife of Ana Ruiz.",
      "No,",
      { speaker: "the wife of Ana Ruiz" },
    ],
    [
      "must-not: a name before the role noun is a modifier ('the Oakes family lawyer')",
      "Port plan draws fire.\n\n“Later,” said the Oakes family lawyer.",
      "Later,",
      { speaker: "the Oakes family lawyer" },
    ],
    [
      "a possessor before a name is no part of it ('Harborland’s Chancellor Ana Ruiz', 'CNBC's Tomas Lind')",
      "Port plan draws fire.\n\n“We are ready,” said Harborland’s Chancellor Ana Ruiz.\n\nCNBC's Tomas Lind asked “why now?”",
      "We are ready,",
      { speaker: "Ana Ruiz", mention: "Harborland’s Chancellor Ana Ruiz" },
    ],
    [
      "must-not: an apostrophe inside a name is no possessive ('Eva O’Neill')",
      "Port plan draws fire.\n\n“We are ready,” said Eva O’Neill.",
      "We are ready,",
      { speaker: "Eva O’Neill" },
    ],
    [
      "a sentence subject of more than four capitalised words is read whole ('House Majority Leader Tomas Lind …', then 'he')",
      "Port plan draws fire.\n\nHouse Majority Leader Tomas Lind (R-Ohio) stood by the dock with a chart.\n\n“We are ready,” he said.",
      "We are ready,",
      { speaker: "Tomas Lind", mention: "he" },
    ],
    [
      "an office of local government or a party post before a name is a title ('Senate Majority Whip Tomas Lind', 'Harbor Council Chair Ana Ruiz')",
      "Port plan draws fire.\n\n“We are ready,” said Senate Majority Whip Tomas Lind.\n\n“We are not,” said Harbor Council Chair Ana Ruiz.",
      "We are ready,",
      { speaker: "Tomas Lind" },
    ],
    [
      "an office title gives the gender ('Assemblywoman Ana Ruiz', then 'she')",
      "Port plan draws fire.\n\nAssemblywoman Ana Ruiz spoke at the dock.\n\n“We are ready,” she said.",
      "We are ready,",
      { speaker: "Ana Ruiz" },
    ],
    [
      "a role noun further in the name, with two name parts after it ('Oakdale Senior Adviser Ana Ruiz')",
      "Port plan draws fire.\n\n“We are ready,” said Oakdale Senior Adviser Ana Ruiz.",
      "We are ready,",
      { speaker: "Ana Ruiz" },
    ],
    [
      "must-not: a given name that is a person noun too stays ('Guy Lind')",
      "Port plan draws fire.\n\n“We are ready,” said Guy Lind.",
      "We are ready,",
      { speaker: "Guy Lind" },
    ],
    [
      "a sentence-opening preposition ('Besides', 'Regarding') is not part of the name that follows it",
      "Marco Lind spoke at the harbour.\n\nBesides Lind, nobody came. Regarding Lind's plan, the board was silent.\n\n“We are ready,” Lind said.",
      "We are ready,",
      { speaker: "Marco Lind", mention: "Lind" },
    ],
    [
      "a surname shared by two people goes to the one named more often before it, even when the other stands nearer",
      "Anna Brandt leads the party. Anna Brandt spoke at the rally.\n\nHer brother Jonas Brandt came too.\n\n“We will win,” Brandt said.",
      "We will win,",
      { speaker: "Anna Brandt", mention: "Brandt" },
    ],
    [
      "a titled surname (Mrs.) goes to the namesake of that gender, not the one named nearest",
      "Helen Varga runs the clinic. Her husband, Peter Varga, manages the farm.\n\n“We need more doctors,” Mrs. Varga said.",
      "We need more doctors,",
      { speaker: "Helen Varga", mention: "Mrs. Varga" },
    ],
    [
      "a titled surname (Mr.) goes to the male namesake",
      "Peter Varga manages the farm. His wife, Helen Varga, runs the clinic.\n\n“The harvest is late,” Mr. Varga said.",
      "The harvest is late,",
      { speaker: "Peter Varga", mention: "Mr. Varga" },
    ],
    [
      "descriptive anonymous speaker",
      "“Nobody came to help us,” one local fisherman told reporters.",
      "Nobody came to help us,",
      { speaker: "one local fisherman", speakerType: "anonymous" },
    ],
    [
      "a group of people",
      "The bridge closed at noon. “We had no warning,” villagers said.",
      "We had no warning,",
      { speaker: "villagers", speakerType: "group" },
    ],
    [
      "a full name is never credited to another person who shares the surname",
      "Tara Lund, the council leader, opened the session.\n\nHarbour chief Ivo Lund said, “The cranes are idle.”",
      "The cranes are idle.",
      { speaker: "Ivo Lund" },
    ],
    [
      "a capitalised plural person noun opening the sentence is a group, not a name",
      "The dam broke at dawn. Farmers said, “The water came through the wall in minutes.”",
      "The water came through the wall in minutes.",
      { speaker: "Farmers", speakerType: "group" },
    ],
    [
      "an organisation named 'X for Y' keeps its whole name (not the person-like 'Y')",
      "The Coastal Institute for Marine Safety, a research group, said, “Three buoys failed overnight.”",
      "Three buoys failed overnight.",
      { speaker: "Coastal Institute for Marine Safety", speakerType: "organisation" },
    ],
    [
      "a person named after a preposition is still a person when no organisation word precedes",
      "Aid reached the town on Friday. “We slept in the car,” said a friend of Nora Lind.",
      "We slept in the car,",
      { speakerType: "anonymous" },
    ],
    [
      "an organisation",
      "“The convoy was stopped twice,” the Regional Aid Council said in a statement.",
      "The convoy was stopped twice,",
      { speakerType: "organisation", medium: "in a statement" },
    ],
    [
      "a name and a past-tense verb are a clause: the name is the speaker",
      "Marta Quill visited the shelter on Friday and thanked the staff, saying, “You kept us alive.”",
      "You kept us alive.",
      { speaker: "Marta Quill" },
    ],
    [
      "role words between the capitalised words belong to one subject",
      "Independent mayoral candidate Owen Frick is running an advert that urges voters to “take the keys back.”",
      "take the keys back.",
      { speaker: "Owen Frick" },
    ],
    [
      "an opening adverbial and a clause: the clause's subject speaks",
      "At the fairground, Ilse Marek praised the volunteers, calling them “the best of this town.”",
      "the best of this town.",
      { speaker: "Ilse Marek" },
    ],
    [
      "a capitalised adverb opening the sentence is not a speaker",
      "Hours later, Hollis Brandt thanked the crew, adding that “nobody went home early.”",
      "nobody went home early.",
      { speaker: "Hollis Brandt" },
    ],
    [
      "must: a cue inside what an earlier speech verb reports, far from the quote, leaves it to that verb's subject",
      "The port auditors had said more than 1,300 Oakdale emails contained private data, but most were just “routine,” a lower grade.",
      "routine,",
      { mention: "The port auditors", ruleId: "attribution/reporter-of-inner-cue" },
    ],
    [
      "must-not: a clause after a coordinator has its own cue and subject, not the earlier verb's",
      "The port auditors had said the audit was done, but Oakdale officials called the books “routine,” a lower grade.",
      "routine,",
      { mention: "Oakdale officials" },
    ],
    [
      "must-not: 'a new and bold message' is a noun phrase; 'and' between its modifiers joins no clauses",
      "Mayor Ann Lee is rolling out a new and bold message: “It is about you.”",
      "It is about you.",
      { speaker: "Ann Lee", ruleId: "attribution/sentence-subject" },
    ],
    [
      "must-not: a plural speech noun before an auxiliary is a noun, not the quote's cue",
      "Ann Lee said the mayor’s seemingly confused messages have given voters “reasons to doubt him.”",
      "reasons to doubt him.",
      { mention: "Ann Lee" },
    ],
    [
      "must: a speech verb in an opening 'when' clause is not the quote's cue; the main clause speaks",
      "When Ada Lind announced the merger in May, Tom Reyes likened it to “a sad day for the valley.”",
      "a sad day for the valley.",
      { speaker: "Tom Reyes", ruleId: "attribution/sentence-subject" },
    ],
    [
      "must: an opening 'if' clause with a speech verb leaves the quote to the main clause's pronoun",
      "Ida Brun spoke last. If the mayor says no again, she expects the town to face “a very long winter.”",
      "a very long winter.",
      { mention: "she" },
    ],
    [
      "must-not: an opening 'as' clause names the quote's source",
      "As Ilse Marek pointed out, the budget is “a bucket with a hole in it.”",
      "a bucket with a hole in it.",
      { speaker: "Ilse Marek" },
    ],
    [
      "must-not: a 'when' clause that holds the quote itself keeps its speech verb",
      "When Owen Frick told reporters the plan was “finished for good,” the room went quiet.",
      "finished for good,",
      { speaker: "Owen Frick" },
    ],
    [
      "must: a later 'although' clause's pronoun is the source as written; it names the sentence's subject",
      "Ann Lee backed the plan on Monday, although she found “serious flaws in the cost estimates.”",
      "serious flaws in the cost estimates.",
      { speaker: "Ann Lee", mention: "she" },
    ],
    [
      "must: past a that-clause's subject to the clause that holds it",
      "Mr. Tom Reyes voted for the bill, even though he made it clear that he has “no love for it at all.”",
      "no love for it at all.",
      { speaker: "Tom Reyes", mention: "he" },
    ],
    [
      "must: a span of time opening the sentence is an adverbial, not the subject",
      "Ann Lee runs the port. Two days later, she likened the deal to “a bucket with a hole in it.”",
      "a bucket with a hole in it.",
      { mention: "she" },
    ],
    [
      "must: \"it\" after an opener is the organisation that led the sentence before",
      "The Harbor Workers Union released a new ad on Monday. Meanwhile, it attacked Mayor Dora Vance, saying “she has sold out the port.”",
      "she has sold out the port.",
      { mention: "it", speaker: "Harbor Workers Union" },
    ],
    [
      "must: \"It\" reads a document the narration made a sentence's subject",
      "The flier showed a ship in a storm. It says: “Vote no on the levy.”",
      "Vote no on the levy.",
      { mention: "It", speaker: "flier" },
    ],
    [
      "must: a capitalised run and an organisation noun ('The Vance campaign') lead the sentence",
      "The Vance campaign released a new ad on Monday. It attacked Tom Reyes, saying “he never built a thing.”",
      "he never built a thing.",
      { mention: "It", speaker: "Vance campaign" },
    ],
    [
      "must: \"it\" is a document that spoke, not a person credited before it",
      "“We can win this,” Tom Reyes said. “Friend, let me be blunt,” the email read. It stated that Reyes “will not back down.”",
      "will not back down.",
      { mention: "It", speaker: "the email" },
    ],
    [
      "must-not: the \"it\" of \"it was clear\" speaks for no one",
      "The Harbor Workers Union met on Monday. Meanwhile, it was clear to Ann Lee, who added, saying “the vote is lost.”",
      "the vote is lost.",
      { speaker: "Ann Lee" },
    ],
    [
      "must-not: 'The GOP candidate' and 'The average weekly benefit' are no organisation for \"it\"",
      "The Harbor Workers Union backs the levy. The GOP candidate proposes a cut instead. The average weekly benefit, it says, would be “enough to live on.”",
      "enough to live on.",
      { mention: "it", speaker: "Harbor Workers Union" },
    ],
    [
      "must-not: \"It goes without saying\" gives the quote in its sentence no speaker",
      "Ann Lee chairs the board. It goes without saying that the board wants “a fair and lasting deal on the fees.”",
      "a fair and lasting deal on the fees.",
      { speaker: null, mention: null, cue: null },
    ],
    [
      "must: a role noun and a name after capitals ('Republican pollster Ann Lee') is the sentence's subject for a later \"she\"",
      "Tom Reyes spoke first. Republican pollster Ann Lee doubts the plan can pass. “It is a long shot,” she said.",
      "It is a long shot,",
      { mention: "she", speaker: "Ann Lee" },
    ],
    [
      "must-not: \"he\" is not a document credited before it",
      "Tom Reyes read the letter aloud. “We will rebuild,” the letter said. “Nobody leaves,” he said.",
      "Nobody leaves,",
      { mention: "he", speaker: "Tom Reyes" },
    ],
    [
      "must: a role with \"of\" between capitals and the name ('Former Ohio secretary of state Ann Lee') is the subject a later \"her\" means",
      "Tom Reyes spoke first. Former Ohio secretary of state Ann Lee, a levy supporter, fanned the row over her remark that “the port is finished.”",
      "the port is finished.",
      { speaker: "Ann Lee" },
    ],
    [
      "must-not: a role description no name explains ('The candidate') does not hide the named person for \"she\"",
      "Ann Lee toured the port on Monday. The candidate met dock workers. “We will keep every job,” she said.",
      "We will keep every job,",
      { mention: "she", speaker: "Ann Lee" },
    ],
    [
      "must-not: a number word before a noun that is not a unit of time opens the subject",
      "The port was quiet. Two Senate Democrats likened the deal to “a bucket with a hole in it.”",
      "a bucket with a hole in it.",
      { mention: "Two Senate Democrats" },
    ],
    [
      "must: a capitalised preposition that opens a sentence (\"In Buena Vista …\") opens a place, never a subject \"he\" may mean",
      "Tom Reyes met the dockers. In Buena Vista last week, the rally was loud. “This is like a contest,” he said.",
      "This is like a contest,",
      { mention: "he", speaker: "Tom Reyes" },
    ],
    [
      "must-not: a sentence that opens with its subject's name still gives \"he\" an antecedent",
      "The rally was loud. Tom Reyes met the dockers last week. “This is like a contest,” he said.",
      "This is like a contest,",
      { mention: "he", speaker: "Tom Reyes" },
    ],
    [
      "must: \"he\" is never a crowd that spoke as one",
      "Tom Reyes met the dockers. “No!” the crowd cried out. “This is like a contest,” he said.",
      "This is like a contest,",
      { mention: "he", speaker: "Tom Reyes" },
    ],
    [
      "must: \"she\" is never an abstract noun read as a subject (\"a little trepidation\")",
      "Ann Lee has voiced frustration, and even a little trepidation, about the vote, recently telling one aide that she is “worried about the count.” And she has told friends, “I am ready for it.”",
      "I am ready for it.",
      { mention: "she", speaker: "Ann Lee" },
    ],
    [
      "must-not: a description of a person with no listed person noun may still be \"he\"",
      "“We will win,” the retired neurosurgeon told the crowd. “It is our time,” he said.",
      "It is our time,",
      { mention: "he", speaker: "the retired neurosurgeon" },
    ],
    [
      "must: a phrase that places the person in a body (\"at the … Institute\") is part of the source as written",
      "The talks stalled. Ida Brun, at the Oakdale Policy Institute, said the port would need “years of work.”",
      "years of work.",
      { speaker: "Ida Brun", mention: "Ida Brun, at the Oakdale Policy Institute" },
    ],
    [
      "must: the same after an inverted source",
      "“We have a deal,” said Tom Reyes, with a consulting firm called Harbor Analytics.",
      "We have a deal,",
      { speaker: "Tom Reyes", mention: "Tom Reyes, with a consulting firm called Harbor Analytics" },
    ],
    [
      "must-not: a place or an event after the name is no part of the source",
      "“We have a deal,” said Tom Reyes, at a rally in Oakdale.",
      "We have a deal,",
      { speaker: "Tom Reyes", mention: "Tom Reyes" },
    ],
    [
      "must: two names joined by \"and\" before the verb are one subject for a participle's quote",
      "Ann Lee and Tom Reyes issued a statement calling the vote “a step toward unity.”",
      "a step toward unity.",
      { mention: "Ann Lee and Tom Reyes" },
    ],
    [
      "must: a name, \"and other\" and a plural person noun before the verb are one subject",
      "The visit was tense. Lee and other harbor leaders shunned Reyes during his trips, claiming that the former mayor is “anti-port.”",
      "anti-port.",
      { mention: "Lee and other harbor leaders" },
    ],
    [
      "must-not: a name after \"and\" in the object is no part of the subject",
      "Ann Lee met Tom Reyes and Ida Brun on Monday, calling the vote “a step toward unity.”",
      "a step toward unity.",
      { mention: "Ann Lee" },
    ],
    [
      "must: a comma inside a quoted title does not end the appositive after an inverted source",
      "“The levee will hold,” said Dora Vance, author of “Rising Water,” a history of the port.",
      "The levee will hold,",
      { speaker: "Dora Vance", mention: "Dora Vance, author of “Rising Water,” a history of the port" },
    ],
    [
      "must: a comma inside a quoted title does not end the appositive before the verb",
      "The port reopened. Dora Vance, the author of “Rising Water,” about the floods, said the levee was “built to last.”",
      "built to last.",
      { speaker: "Dora Vance", mention: "Dora Vance, the author of “Rising Water,” about the floods" },
    ],
    [
      "must-not: a comma after the closing mark of a title still ends the appositive",
      "“The levee will hold,” said Dora Vance, author of “Rising Water”, on Monday.",
      "The levee will hold,",
      { speaker: "Dora Vance", mention: "Dora Vance, author of “Rising Water”" },
    ],
    [
      "must: the source as written after the verb stops before a relative clause that reports speech of its own",
      "“The levee will hold,” said Dora Vance, an engineer from Oakdale, who added that the pumps were new.",
      "The levee will hold,",
      { speaker: "Dora Vance", mention: "Dora Vance, an engineer from Oakdale" },
    ],
    [
      "must-not: a relative clause that says who the source is stays in the source as written",
      "“The levee will hold,” said Dora Vance, who has run the port authority since 2010.",
      "The levee will hold,",
      { speaker: "Dora Vance", mention: "Dora Vance, who has run the port authority since 2010" },
    ],
    [
      "must: an indefinite description after the verb is named by its head; the relative clause stays in the source as written",
      "“The levee will hold,” said one port engineer who asked not to be named because of the inquiry.",
      "The levee will hold,",
      { speaker: "one port engineer", mention: "one port engineer who asked not to be named because of the inquiry" },
    ],
    [
      "must-not: a definite description keeps its relative clause in the speaker (it may be all that says who it is)",
      "“The levee will hold,” said the man who built the pier.",
      "The levee will hold,",
      { speaker: "the man who built the pier" },
    ],
    [
      "must: a quoted phrase inside the clause a speech verb before an earlier quote reports is that verb's subject's",
      "Ann Lee says her “old friend” Tom Reyes ran “a clean race from start to finish.”",
      "a clean race from start to finish.",
      { speaker: "Ann Lee", ruleId: "attribution/reported-content-goes-on" },
    ],
    [
      "must: the reported clause goes on with 'that' after the earlier quote",
      "The engineers said the tests “all point the same way” that Tom Reyes met the “hundred-year” standard.",
      "hundred-year",
      { mention: "The engineers", ruleId: "attribution/reported-content-goes-on" },
    ],
    [
      "must-not: a naming verb reports no clause ('called the plan “…” that X likened to “…”')",
      "Ann Lee called the plan “a disaster” that Tom Reyes likened to “a sinking ship.”",
      "a sinking ship.",
      { speaker: "Tom Reyes" },
    ],
    [
      "must-not: an earlier quote that ends on a comma closes the report; the clause after it has its own subject",
      "At the meeting, Ann Lee said the pier was “a ruin,” Tom Reyes likened it to “a sinking ship.”",
      "a sinking ship.",
      { speaker: "Tom Reyes" },
    ],
  ];
  it.each(cases)("%s", (_name, text, words, expected) => {
    const q = attribute(text).find((x) => x.text === words);
    expect(q).toBeDefined();
    expect(q).toMatchObject(expected);
  });

  it("must-not: a later clause's pronoun of the other gender is not bound to the sentence's subject", () => {
    const text = "Mr. Tom Reyes decided not to sign the bill at a press conference Tuesday even though she found “clear evidence of fraud in the count.”";
    const q = attribute(text).find((x) => x.text === "clear evidence of fraud in the count.");
    expect(q).toMatchObject({ speaker: "Tom Reyes", mention: "Mr. Tom Reyes" });
  });

  // The source noun phrase: `speaker` is the name or the head, `mention` the phrase as written
  // (appositive, "of X" postmodifier), cut where the clause's verb starts.
  const sources: [string, string, string, Partial<Quote>, readonly (keyof Quote)[] | null][] = [
    ["must: 'of X' after a name stays in the mention, not the speaker", "Representative Lena Dorsey of Vermont said the bill was “dead on arrival in the Senate.”", "dead on arrival in the Senate.", { speaker: "Lena Dorsey", mention: "Representative Lena Dorsey of Vermont" }, null],
    ["must: inverted 'of X' after a name", "“We will not move the plant,” said Sen. Paul Otte of Nebraska.", "We will not move the plant,", { speaker: "Paul Otte", mention: "Sen. Paul Otte of Nebraska" }, null],
    ["must-not: 'of' after a title is inside the name", "“The talks are over for now,” said Secretary of State Lena Dorsey.", "The talks are over for now,", { speaker: "Lena Dorsey" }, null],
    ["must: a role with no determiner is an appositive", "“Rates will stay low for years,” said Ida Brun, research director of the Harbor Institute.", "Rates will stay low for years,", { speaker: "Ida Brun", role: "research director of the Harbor Institute", mention: "Ida Brun, research director of the Harbor Institute" }, null],
    ["must: the appositive before the verb is in the mention", "Tom Reyes, the chief engineer of the port, said the levee was “never built to last this long.”", "never built to last this long.", { speaker: "Tom Reyes", mention: "Tom Reyes, the chief engineer of the port" }, null],
    ["must-not: a participle clause is not a role", "“We will be ready,” said Ida Brun, speaking at the depot.", "We will be ready,", { speaker: "Ida Brun", role: null, mention: "Ida Brun" }, null],
    ["must: the subject stops at its verb (adverb then verb)", "The union leader also sent a letter to members, saying the deal was “the best we could get this year.”", "the best we could get this year.", { speaker: "The union leader" }, null],
    ["must: the subject stops at a past form after a noun", "The council voted for the motion, calling it “a fair price for the whole town.”", "a fair price for the whole town.", { speaker: "council" }, null],
    ["must: a negated auxiliary starts the predicate", "Dora Vance didn’t seem pleased with the result, telling reporters, “We expected far more from them.”", "We expected far more from them.", { speaker: "Dora Vance" }, null],
    ["must-not: a participle used as an adjective stays in the subject", "A retired general told the panel that the base was “a relic of another age entirely.”", "a relic of another age entirely.", { speaker: "A retired general" }, null],
    ["must: an 'un-' adjective in participle form opens an inverted source", "“Nobody has told us where he stands,” said undecided voter Ann Lee of Oakdale.", "Nobody has told us where he stands,", { speaker: "Ann Lee", mention: "undecided voter Ann Lee of Oakdale" }, null],
    ["must-not: a past form after a name is still the verb", "Ann Lee unveiled a plan on Monday, calling it “a fresh start for the docks.”", "a fresh start for the docks.", { speaker: "Ann Lee", mention: "Ann Lee" }, null],
    ["must: ', adding' after an inverted cue takes the speaker after the verb", "“It is not new in Ohio,” said Rep. Ann Lee (D-Ohio) at the time, adding that “we have been electing them for years.”", "we have been electing them for years.", { speaker: "Ann Lee", mention: "Rep. Ann Lee (D-Ohio)" }, null],
    ["must: a participle after 'City, State,' takes the sentence's subject, not the place", "Ana Ruiz spoke out about the flood in Oakdale, Ohio, arguing that the levee should be called “a disgrace.”", "a disgrace.", { speaker: "Ana Ruiz" }, null],
    ["must: a possessor before a noun for something said is the mention, its possessive included", "Critics seized on Tom Reyes’s claim that the port had been “a total failure.”", "a total failure.", { speaker: "Tom Reyes", mention: "Tom Reyes’s" }, null],
    ["must: a possessive pronoun before a noun for something said is the mention; the speaker is its antecedent", "Ada Lind spoke first. The vote came days after her remark that the pier was “a disgrace to the town.”", "a disgrace to the town.", { speaker: "Ada Lind", mention: "her" }, null],
    ["must-not: a that-clause with a speech verb of its own is not the possessor's", "Critics seized on Tom Reyes’s claim that Ada Lind said the port was “a total failure.”", "a total failure.", { speaker: "Ada Lind" }, null],
    ["must: 'that' between a noun and the finite cue is a relative pronoun, the source as written", "T-shirts quickly appeared in front of the party headquarters that said “We won.”", "We won.", { mention: "that" }, null],
    ["must-not: 'that' before a cue whose own content holds the quote: the letter is reported", "Ada Lind released a letter from her doctor that says she has “excellent health.”", "excellent health.", { mention: "Ada Lind" }, null],
    ["must-not: 'that' after a speech verb opens its content, not a relative clause", "Ada Lind said that “we won.”", "we won.", { speaker: "Ada Lind", mention: "Ada Lind" }, null],
    ["must: a relative pronoun right before the predicate of a quote's clause is the source as written", "Tom Reyes, who has cast himself as the “friend of every fisherman,” spoke first.", "friend of every fisherman,", { speaker: "Tom Reyes", mention: "who" }, null],
    ["must: a linking word before the pronoun subject of the main clause", "Ada Lind spoke first. Then she turned on Tom Reyes, calling him a “coward.”", "coward.", { speaker: "Ada Lind", mention: "she" }, null],
    ["must: 'X responded by saying': the subject stops before the past form", "A town official responded by saying the port must be “closed to all traffic” at night.", "closed to all traffic", { mention: "A town official" }, null],
    ["must: a speech verb inside a relative clause that closes before the quote is not its cue", "Ada Lind said that the plan, which some have argued was a ploy, was an “insult” to the town.", "insult", { speaker: "Ada Lind" }, null],
    ["must-not: a relative clause that holds the quote keeps its own cue", "The plan came from Tom Reyes, whom Ada Lind called “a friend of every fisherman.”", "a friend of every fisherman.", { speaker: "Ada Lind" }, null],
    ["must-not: a participle with 'by' after it stays in the subject", "A letter obtained by the paper warns that “any further delay will cost the city dearly.”", "any further delay will cost the city dearly.", {}, ["speaker"]],
  ];
  it.each(sources)("%s", (_name, text, words, expected, notNull) => {
    const q = attribute(text).find((x) => x.text === words);
    expect(q).toBeDefined();
    expect(q).toMatchObject(expected);
    for (const k of notNull ?? []) expect(q![k]).not.toBeNull();
    if (notNull) expect(String(q!.speaker)).toMatch(/letter/i);
  });

  // Reported speech: the mention is the source as written up to the verb, every appositive and
  // relative clause included; the speaker and role stay the name and its first appositive.
  const reported: [string, string, Partial<Quote>][] = [
    ["must: a relative clause before the verb is in the mention", "Dora Vance, who ran the port for ten years, said the levee would hold.", { speaker: "Dora Vance", mention: "Dora Vance, who ran the port for ten years" }],
    ["must: a second appositive is in the mention", "Ida Brun, 63, a nurse raised in Oslo, said the clinic had flooded.", { speaker: "Ida Brun", role: "a nurse raised in Oslo", mention: "Ida Brun, 63, a nurse raised in Oslo" }],
    ["must-not: a name alone stays as it is", "Ida Brun said the clinic had flooded.", { speaker: "Ida Brun", mention: "Ida Brun" }],
    ["must: \"who\" after a place that ends on its state (\"from Oakdale, Ohio, who\") has the person for antecedent, not the state", "“We will rebuild,” said Ida Brun, a nurse from Oakdale, Ohio, who said the clinic had flooded.", { speaker: "Ida Brun", mention: "who" }],
    ["must: \"who\" after people \"in\" a place has the people for antecedent, not the place", "The town met on Monday. Voters in Oakdale, who said the clinic had flooded, stayed late.", { speaker: "Voters in Oakdale", mention: "who" }],
    ["must-not: \"who\" right after a name keeps the name", "The town met on Monday. Ida Brun, who said the clinic had flooded, stayed late.", { speaker: "Ida Brun", mention: "who" }],
    // A participle after a direct quote's cue: its subject is the quote's speaker.
    ["must: “…,” X said, adding that …", "“We will rebuild,” Ida Brun said, adding that the clinic had flooded.", { speaker: "Ida Brun", mention: "Ida Brun", ruleId: "attribution/participle-after-quote" }],
    ["must: a phrase between the cue and the participle", "“We will rebuild,” Ida Brun said at the meeting on the pier, noting that the clinic had flooded.", { speaker: "Ida Brun", ruleId: "attribution/participle-after-quote" }],
    ["must: a comma inside the closing mark, after a quote that goes on from the one before", "Ida Brun runs the clinic.\n\n“We will rebuild. We will,” she said. “All of it,” adding that the clinic had flooded.", { speaker: "Ida Brun", mention: "she", ruleId: "attribution/participle-after-quote" }],
    ["must: a subject the extractor read inside the quote gives way", "Ida Brun runs the clinic.\n\n“We feel great. We’re going to rebuild,” she said, adding that the clinic had flooded.", { speaker: "Ida Brun", mention: "she", ruleId: "attribution/participle-after-quote" }],
    // A time phrase between a named source and its verb is not part of the source.
    ["must: 'on Wednesday morning' after a name", "Sen. Ann Lee on Wednesday morning said the bill would pass.", { speaker: "Ann Lee", mention: "Sen. Ann Lee" }],
    ["must: 'last month' after a bracket", "Rep. Ann Lee (D-Ohio) last month said the bill would pass.", { speaker: "Ann Lee", mention: "Rep. Ann Lee (D-Ohio)" }],
    ["must: 'on Tuesday' after an organisation word", "The Lee campaign on Tuesday said the bill would pass.", { mention: "The Lee campaign" }],
    ["must-not: a time phrase inside a description stays", "According to a poll released on Sunday, the bill would pass.", { mention: "a poll released on Sunday" }],
    // A linking phrase between commas after the subject is neither the source nor part of it.
    ["must: 'by contrast' after a name", "Ted Cruz, by contrast, wrote that the bill would pass.", { speaker: "Ted Cruz", mention: "Ted Cruz" }],
    ["must: 'for example' after an appositive", "Ann Lee, the county chairman, for example, said the bill would pass.", { speaker: "Ann Lee", mention: "Ann Lee, the county chairman" }],
    ["must: 'on the other hand' after a description", "Supporters of the bill, on the other hand, argued that it would pass.", { mention: "Supporters of the bill" }],
    ["must-not: an appositive that is no linking phrase stays", "Ann Lee, the county chairman, said the bill would pass.", { speaker: "Ann Lee", mention: "Ann Lee, the county chairman" }],
    // "asked by X whether …": the asker is the source of the question.
    ["must: asked by a named asker", "Asked by Tom Reyes whether the clinic would reopen, Ida Brun said, “Soon.”", { speaker: "Tom Reyes", mention: "Tom Reyes" }],
    ["must: asked by a description", "When asked by a reporter if the clinic would reopen, Ida Brun smiled.", { speaker: "a reporter", mention: "a reporter" }],
    // A relative pronoun as the source: the pronoun as written, its antecedent the speaker.
    ["must: 'which' after an organisation", "A letter came from the Harbor Authority, which urged the council to wait.", { speaker: "Harbor Authority", mention: "which" }],
    ["must: 'who' after a name", "The vote went to Ida Brun, who said the clinic had flooded.", { speaker: "Ida Brun", mention: "who" }],
    // A clause run into the source: the name before its verb is the speaker, not the clause.
    ["must: a past form after the name ('Lind began his term by')", "Marco Lind won the seat in 2012.\n\nLind began his term by essentially telling harbor workers to stop making trouble for the board.", { speaker: "Marco Lind", mention: "Lind" }],
    ["must-not: a participle before a person noun ('Harbor registered voters')", "Sixty percent of Harbor registered voters said they want the plan stopped.", { speaker: "Sixty percent of Harbor registered voters" }],
  ];
  it.each([
    ["a sentence between the quote and the participle", "“We will rebuild,” Ida Brun said. The mayor left the hall early, adding that the clinic had flooded."],
    ["a participle with a subject of its own", "“We will rebuild,” Ida Brun said. Her deputy Ola Berg spoke next, adding that the clinic had flooded."],
    ["a participle in the next paragraph", "“We will rebuild,” Ida Brun said.\n\nAdding that the clinic had flooded, the mayor left."],
  ])("must-not: the quote's speaker goes on to a participle after %s", (_name, text) => {
    const a = articleFromText(text);
    const q = attributeQuotes(a, extractQuotes(a).candidates).quotes.find((x) => x.kind === "indirect");
    expect(q?.ruleId).not.toBe("attribution/participle-after-quote");
    expect(q?.speaker).not.toBe("Ida Brun");
  });
  it.each(reported)("%s", (_name, text, expected) => {
    const a = articleFromText(text);
    const q = attributeQuotes(a, extractQuotes(a).candidates).quotes.find((x) => x.kind === "indirect");
    expect(q).toMatchObject(expected);
  });

  it("he/she go to the nearest speaker of the same gender", () => {
    const text =
      "Mr. Arno Petit, the harbour master, said the boats were safe. Ms. Clara Weiss, a nurse, disagreed.\n\n“The clinic flooded first,” she said.\n\n“The boats are tied down,” he said.";
    const qs = attribute(text);
    expect(qs.find((q) => q.text.startsWith("The clinic"))?.speaker).toBe("Clara Weiss");
    expect(qs.find((q) => q.text.startsWith("The boats"))?.speaker).toBe("Arno Petit");
    expect(qs.find((q) => q.text.startsWith("The boats"))?.mention).toBe("he");
  });

  it("a description before a name in apposition gives the name its gender ('his wife, Mara Lazar')", () => {
    const qs = attribute("Tom Reyes was jailed in March.\n\n“We need him,” his wife, Mara Lazar, said.\n\n“I took it,” he said later.");
    expect(qs.find((q) => q.text.startsWith("We need"))?.speaker).toBe("Mara Lazar");
    expect(qs.find((q) => q.text.startsWith("I took"))?.speaker).toBe("Tom Reyes");
  });

  it("a quote split by its attribution keeps one speaker", () => {
    const qs = attribute("“The road is gone,” said Petra Lund, a driver. “We turned back.”");
    expect(qs.map((q) => q.speaker)).toEqual(["Petra Lund", "Petra Lund"]);
    expect(qs[1].ruleId).toBe("attribution/same-paragraph");
  });

  it("a quote paragraph with no cue continues the previous paragraph's speaker", () => {
    const qs = attribute("“The pumps failed at six,” said Ivan Roos, a mechanic.\n\n“Then the lights went out.”");
    expect(qs[1]).toMatchObject({ speaker: "Ivan Roos", ruleId: "attribution/paragraph-continuation" });
  });

  it("people who share a first name are never merged", () => {
    const text =
      "Karim Haddad, a teacher, and Karim Saleh, a baker, both stayed.\n\n“The school is shut,” Haddad said.\n\n“The ovens are cold,” Saleh said.";
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(["Karim Haddad", "Karim Saleh"]);
  });

  it("a capitalised determiner alone is never taken for a name", () => {
    const q = attribute("Several local papers ran the story, calling the plan “a gift to developers.”").find((x) => x.text === "a gift to developers.");
    expect(q?.speaker ?? null).not.toBe("Several");
  });

  it("an \"it\" with nothing to stand for is of unknown type, not a person", () => {
    const q = attribute("The river was high. It said: “Nothing was done.”")[0];
    expect(q).toMatchObject({ speaker: null, mention: "It", speakerType: "unknown" });
  });

  it("an unresolvable quote says so", () => {
    const a = articleFromText("The river was high.\n\n“Nothing was done.”");
    const r = attributeQuotes(a, extractQuotes(a).candidates);
    expect(r.quotes[0].speaker).toBeNull();
    expect(r.diagnostics.map((d) => d.ruleId)).toContain("attribution/no-cue");
  });
});

describe("to whom, how and when", () => {
  it("told AFP: the outlet the words were given to", () => {
    expect(findToOutlet("told AFP on Tuesday")).toBe("AFP");
    expect(findToOutlet("he told The Daily Ledger")).toBe("The Daily Ledger");
    expect(findToOutlet("he told reporters")).toBeNull();
    expect(findToOutlet("she told him")).toBeNull();
  });

  it.each([
    // [clause, outlet]: a weekday after the outlet is when; a host "of" an outlet names the outlet.
    ["she told the Oakdale Herald Tuesday", "The Oakdale Herald"],
    ["he told Ada Lind of Oakdale News", "Oakdale News"],
    ["he told Ada Lind of Oakdale", null],
    ["he told the Voice of Oakdale Radio", "The Voice of Oakdale Radio"],
    ["she told POLITICO. Such talk", "POLITICO"],
    ["she told U.S. News", "U.S. News"],
  ])("findToOutlet(%j) is %j", (clause, outlet) => {
    expect(findToOutlet(clause)).toBe(outlet);
  });

  it("media as written", () => {
    expect(findMedium("said Wednesday evening via Skype")?.medium).toBe("via Skype");
    expect(findMedium("reached again by phone, said")?.medium).toBe("by phone");
    expect(findMedium("shared his fear in a series of texts")?.medium).toBe("in a series of texts");
    expect(findMedium("radioed to headquarters")?.medium).toBe("radioed");
    expect(findMedium("said in a statement")?.medium).toBe("in a statement");
    expect(findMedium("said on Monday")).toBeNull();
  });

  it("the earliest medium wins, ties to the earlier row (one search stands for one per row)", () => {
    // The table as findMedium read it row by row before the rows were joined into one regex.
    const byRow = (clause: string) => {
      let best: { medium: string; interview: boolean; at: number } | null = null;
      for (const row of MEDIUM_RULES) {
        const m = row.re.exec(clause);
        if (m && (!best || m.index < best.at)) best = { medium: m[0], interview: row.interview, at: m.index };
      }
      return best;
    };
    // The join relies on rows without flags beyond i and without capturing groups of their own.
    for (const row of MEDIUM_RULES) {
      expect(row.re.flags).toBe("i");
      expect(row.re.source).not.toMatch(/(^|[^\\])\((?!\?)/);
    }
    const pieces = ["said ", "in a statement", "via Skype", "by phone", "in a phone interview", "texted", "tweeted", "on Twitter", "in an interview", "at a news conference", "to reporters", "in a letter", "in an email", "emailed", "over the radio", " and ", ", ", "Monday", "post", "interview"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join("")), (clause) => {
        expect(findMedium(clause)).toEqual(byRow(clause));
      }),
      { numRuns: 500 },
    );
    // The statement row comes first in the table, but the earlier words win.
    expect(findMedium("said to reporters, in a statement")).toEqual({ medium: "to reporters", interview: false, at: 5 });
    // The interview row reads the determiner and the words before the noun: the phrase as written.
    expect(findMedium("in a phone interview")?.medium).toBe("in a phone interview");
    // (A property test: a time limit for a loaded machine, not a measure.)
  }, propertyTimeout(500));

  it("weekdays resolve against the publication date, unknown stays null", () => {
    // 2019-03-14 was a Thursday.
    expect(findSpokenOn("said Wednesday evening", "2019-03-14")).toBe("2019-03-13");
    expect(findSpokenOn("said on Thursday", "2019-03-14")).toBe("2019-03-14");
    expect(findSpokenOn("said on Friday", "2019-03-14")).toBe("2019-03-08");
    expect(findSpokenOn("said yesterday", "2019-03-14")).toBe("2019-03-13");
    expect(findSpokenOn("said Wednesday", null)).toBeNull();
    expect(findSpokenOn("said", "2019-03-14")).toBeNull();
  });

  // findSpokenOn rules out a clause with no day word before it parses the date: every weekday and
  // relative word must still get through that test.
  it.each([
    ["said last night", "2019-03-13"], ["said tonight", "2019-03-14"], ["said this morning", "2019-03-14"],
    ["said this afternoon", "2019-03-14"], ["said this evening", "2019-03-14"], ["said earlier today", "2019-03-14"],
    ["Yesterday, she said", "2019-03-13"], ["said TODAY", "2019-03-14"], ["said on Sunday", "2019-03-10"],
    ["said Monday", "2019-03-11"], ["said Tuesday", "2019-03-12"], ["said Saturday", "2019-03-09"],
  ])("the day of %s", (clause, day) => {
    expect(findSpokenOn(clause, "2019-03-14")).toBe(day);
  });

  it("a quote carries them from its cue, and its split half inherits them", () => {
    const qs = attribute("“The dam cracked,” Lotte Brandt said Wednesday evening via Skype. “Water came fast.”", "2019-03-14");
    expect(qs[0]).toMatchObject({ speaker: "Lotte Brandt", medium: "via Skype", spokenOn: "2019-03-13", toOutlet: "The Tidewater Post" });
    expect(qs[1]).toMatchObject({ speaker: "Lotte Brandt", spokenOn: "2019-03-13" });
  });

  // A follow-on quote (a pronoun or no cue at all) said nothing of its own of when, to whom or how.
  const all = (text: string): Quote[] => {
    const a = makeArticle("t", 0, "t", text, 0, text.length, { published: "2019-03-14", outlet: "The Tidewater Post" });
    return attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((q) => q.kind !== "scare");
  };
  it.each([
    ["must: a pronoun's quote after reported speech with a date", "Ravi Kumar, who owns a bakery, said on Wednesday that his family had packed. But, he said, “The roads are closed.”", "The roads are closed.", { speaker: "Ravi Kumar", spokenOn: "2019-03-13" }],
    ["must: a pronoun's quote after one given to an outlet", "Lotte Brandt told Global Wire Press that the dam had cracked. But, she said, “Water came fast.”", "Water came fast.", { speaker: "Lotte Brandt", toOutlet: "Global Wire Press" }],
    ["must: a chain of follow-ons passes them along", "Lotte Brandt, reached by phone, said that she had left. Still, she said, “Most people stayed.” She paused. “It is bad.”", "It is bad.", { speaker: "Lotte Brandt", toOutlet: "The Tidewater Post", medium: "by phone" }],
    // ("Later, she said" is another occasion: see other-occasion.test.ts.)
    ["must-not: a quote with a date of its own keeps it", "Ravi Kumar said on Wednesday that the roads were closed. He said on Tuesday, “We stay.”", "We stay.", { speaker: "Ravi Kumar", spokenOn: "2019-03-12" }],
    ["must-not: a named speaker's fresh cue is a new occasion", "Ravi Kumar said on Wednesday that the roads were closed. Kumar said, “We stay.”", "We stay.", { speaker: "Ravi Kumar", spokenOn: null }],
    ["must-not: another speaker's date does not pass", "Ravi Kumar said on Wednesday that the roads were closed. Lotte Brandt disagreed. She said, “We stay.”", "We stay.", { speaker: "Lotte Brandt", spokenOn: null }],
    ["must-not: not across paragraphs", "Ravi Kumar said on Wednesday that the roads were closed.\n\nHe said, “We stay.”", "We stay.", { speaker: "Ravi Kumar", spokenOn: null }],
  ] as [string, string, string, Partial<Quote>][])("circumstances carry to follow-on quotes: %s", (_name, text, quote, want) => {
    const q = all(text).find((x) => x.text === quote);
    expect(q).toMatchObject(want);
  });

  it.each([
    ["must: a person 'of' a place", "Sen. Ann Lee of Ohio said that the bill would pass.", { speaker: "Ann Lee", mention: "Sen. Ann Lee of Ohio" }],
    ["must: a person 'of' an organisation", "Tom Reyes of Westfield University said that turnout fell.", { speaker: "Tom Reyes", mention: "Tom Reyes of Westfield University" }],
  ] as [string, string, Partial<Quote>][])("reported speech names the person before 'of': %s", (_name, text, want) => {
    expect(all(text).find((q) => q.kind === "indirect")).toMatchObject(want);
  });
  it.each([
    ["a role noun heads the phrase", "Party Chief of Staff Katie Walsh said that the count was over.", "Party Chief"],
    ["the person comes after 'of'", "County Supervisor of Elections Susan Bucher said that the count was over.", "County Supervisor"],
    ["an organisation 'of' a place", "The Riverside Chamber of Commerce said that sales rose.", "Riverside Chamber"],
    ["a first name inside a place", "Gov. Earl Tomblin of West Virginia said that the mine would close.", "West Virginia"],
  ])("reported speech keeps the phrase whole when %s", (_name, text, wrong) => {
    const q = all(text).find((x) => x.kind === "indirect");
    expect(q?.speaker).toBeTruthy();
    expect(q?.speaker).not.toBe(wrong);
  });

  it.each([
    ["must: after an opening participle phrase", "Marco Ruiz owns a shop near the bridge. Hoping to reach the border, the driver, who is 40, loaded the truck — maybe for the last time, he said.", "the driver"],
    ["must-not: the participle itself is no subject", "Marco Ruiz owns a shop near the bridge. Hoping to reach the border, they loaded the truck. “We leave at dawn,” he said.", "Marco Ruiz"],
  ])("a pronoun finds the sentence subject %s", (_name, text, speaker) => {
    const q = all(text).find((x) => x.mention?.toLowerCase() === "he");
    expect(q?.speaker).toBe(speaker);
  });

  it("told an outlet in the cue", () => {
    const qs = attribute("“We are mystified,” Noor Khan, an analyst, told Global Wire Press.");
    expect(qs[0]).toMatchObject({ speaker: "Noor Khan", toOutlet: "Global Wire Press" });
  });
});

// Cue subjects read with word lists: each row is a made-up sentence, a rule or a word list it
// exercises ("must" rows find the speaker, "must-not" rows keep a wrong reading out).
describe("cue subjects", () => {
  const rows: [string, string, string, Partial<Quote>][] = [
    ["must: 'of the' and a lower-case modifier before an organisation is a postmodifier", "Ada Lind of the pro-business Harbor Review wrote, “The plan is a mistake.”", "The plan is a mistake.", { speaker: "Ada Lind" }],
    ["must: a past form before 'by' ends the subject", "The retired pilot began by thanking the crew, saying the landing was “the hardest of my life.”", "the hardest of my life.", { mention: "The retired pilot" }],
    ["must: 'of' after a title stays inside the name before a participle cue", "Former Secretary of State Ada Lind recently urged voters to turn out, saying, “Every vote will count this time.”", "Every vote will count this time.", { speaker: "Ada Lind", mention: "Former Secretary of State Ada Lind" }],
    ["must-not: 'his home state' is a noun, not a cue", "The Ohio senator is telling reporters that he is looking ahead to the contest in his home state because he will win “a lot of delegates” there.", "a lot of delegates", { mention: "The Ohio senator" }],
    ["must: a finite verb in a later clause takes the subject of that clause", "Inside the hall, the crowd booed when she told them the mayor “has never once visited the east side.”", "has never once visited the east side.", { mention: "she" }],
    ["must-not: an object pronoun is not inside the subject; the aside's bracket stays", "In a long speech, Sen. Ida Brun (D-Ohio) called him reckless and accused him of trying to “sell the port to the highest bidder.”", "sell the port to the highest bidder.", { speaker: "Ida Brun", mention: "Sen. Ida Brun (D-Ohio)" }],
    ["must: an inverted cue that opens the sentence ('Said X:')", "Said Ida Brun: “We will not sell the port.”", "We will not sell the port.", { speaker: "Ida Brun" }],
    ["must-not: 'for' and the outlet after an inverted name are not the speaker", "“Turnout will decide it,” wrote Ada Lind for the Harbor Ledger.", "Turnout will decide it,", { speaker: "Ada Lind" }],
    ["must-not: a capitalised word inside a clause is no cue verb ('United States')", "The mayor is telling a veterans group that the United States’ navy is “depleted” now.", "depleted", { mention: "The mayor" }],
    ["must-not: a predicate left from a clause is not a subject", "Dean Okafor, a doctor, then appeared on the radio on Tuesday and began by saying he would “never” judge anyone.", "never", { speaker: "Dean Okafor" }],
    ["must: a description's head stops before its participle", "Protesters marching through the streets chanted “What curfew?” until dawn.", "What curfew?", { speaker: "Protesters", mention: "Protesters marching through the streets" }],
    ["must: 'with X calling it' gives X", "Council members were irritated by the plan, with Sen. Ida Brun calling it a “Chinese menu.”", "Chinese menu.", { speaker: "Ida Brun" }],
    ["must-not: a past form after a preposition is no predicate", "Lena Park, with unconcealed delight, chided the mayor for doubting whether he met the “residency” rule.", "residency", { speaker: "Lena Park" }],
    ["must-not: a subject does not end on a relative pronoun", "Rival Ada Lind had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”", "is not having a good night.", { mention: "Rival Ada Lind" }],
    ["must: a progressive ('was telling') is a cue with its own subject", "The crowd booed when she was telling them the mayor “has never once visited the east side.”", "has never once visited the east side.", { mention: "she" }],
    ["must: initials written together stay in the name", "“We will not wait,” said Rep. G.K. Butterworth of Maine.", "We will not wait,", { speaker: "G.K. Butterworth" }],
    ["must: 'Del.' is a title, not a sentence end", "“This is a waste of time,” said Del. Stacey Plaskov of the Virgin Islands.", "This is a waste of time,", { speaker: "Stacey Plaskov" }],
    ["must-not: a clause between horizontal bars is not the subject", "When Ada Lind noted that Dan Ortiz had paid no tax ― as was true for years ― Ortiz boasted, “That makes me smart.”", "That makes me smart.", { speaker: "Dan Ortiz" }],
    ["must: a relative pronoun is the source as written, its antecedent name the speaker", "Obama has had a frosty relationship with Ned Carrow, now the Senate majority leader, who in 2010 said the party’s goal was to make Obama a “one-term president.”", "one-term president.", { speaker: "Ned Carrow", mention: "who" }],
    ["must: 'which' after an organisation", "To solve this, they turned to the Harbor Police Department, which reported “2,521 shooting incidents” in the city.", "2,521 shooting incidents", { speaker: "Harbor Police Department", mention: "which" }],
    ["must-not: a relative pronoun with a subject after it is the object", "Much of the ire was directed at Ned Carrow, who Ada Lind on Wednesday called “a horrible human being.”", "a horrible human being.", { speaker: "Ada Lind" }],
    ["must-not: a sentence-initial participle is not a subject ('Following a …')", "Following a swiftly called meeting, the council issued a statement calling the test “a clear violation of the rules.”", "a clear violation of the rules.", { mention: "the council" }],
    ["must-not: a noun-like cue after 'a' and modifiers is a noun ('a new campaign message')", "Worried about turnout, Mayor Ada Lind is rolling out a new campaign message: “It is about you.”", "It is about you.", { speaker: "Ada Lind", cue: "is rolling" }],
    ["must: a participle clause opens the sentence before its subject", "Reading from a prepared text, Ben Ortiz repeatedly pronounced the name of the group “Hamas” oddly.", "Hamas", { speaker: "Ben Ortiz" }],
    ["must: a participle after a speech clause takes that clause's speaker", "Ryan and Lind will meet sometime next week, Ortiz said, adding, “They need to sit down and talk.”", "They need to sit down and talk.", { speaker: "Ortiz" }],
    ["must: an adverb in -ly between the sentence's subject and its verb is no part of the subject", "Lind openly admires the former Governor Ned Ortiz as a “true leader,” comparing him to her father.", "true leader,", { speaker: "Lind" }],
    ["must: a cleft's 'it' is no speaker; the subject after 'that' is ('It was … that X, who …, said')", "It was two years ago that Ada Lind, who now runs the port, said the plan was “impossible” to pass.", "impossible", { speaker: "Ada Lind" }],
    ["must: a description with the name in apposition after it: the name speaks, the description is its role", "“We are ready,” the mayor, Alice Brown, said.", "We are ready,", { speaker: "Alice Brown", mention: "the mayor, Alice Brown" }],
    ["must: the same after an inverted verb ('said the mayor, Alice Brown')", "“We are ready,” said the mayor, Alice Brown, on Monday.", "We are ready,", { speaker: "Alice Brown", mention: "the mayor, Alice Brown" }],
    ["must: a title-like description before the name ('The chancellor, Rachel Green,')", "The chancellor, Rachel Green, said, “We will rebuild.”", "We will rebuild.", { speaker: "Rachel Green" }],
    ["must: an age after the name stays in the source as written", "Her spokesman, Tom Reyes, 41, said, “The claims are false.”", "The claims are false.", { speaker: "Tom Reyes", mention: "Her spokesman, Tom Reyes, 41" }],
    ["must-not: an opening participle clause before the name is no part of the source", "Appearing before cheering supporters at the hall, Ada Lind said, “We have won.”", "We have won.", { speaker: "Ada Lind", mention: "Ada Lind" }],
    ["must: a participle after a 'where' clause takes that clause's subject", "The mayor spoke outside the plant, where about 40 protesters had gathered since dawn, chanting “no contract, no work.”", "no contract, no work.", { speaker: "about 40 protesters" }],
    ["must: a participle after an 'as' clause with its own subject and verb takes that subject", "Lind pauses as a guard walks past the table, saying he is “here to take the plates.”", "here to take the plates.", { speaker: "a guard" }],
    ["must-not: an 'after' clause before the participle keeps the main clause's speaker", "The mayor changed her story weeks later, after her first statement was shown to be false, saying she never sent anything “marked secret.”", "marked secret.", { mention: "The mayor" }],
    ["must: a noun used as a modifier does not end the description ('Republican presidential candidate')", "The former Republican presidential candidate continued, saying, “You need somebody who understands budgets.”", "You need somebody who understands budgets.", { mention: "The former Republican presidential candidate" }],
    ["must: a name right before the verb after an adverbial with no comma", "In a Bloomberg interview Ned Ortiz declared “I think the pact may be obsolete.”", "I think the pact may be obsolete.", { speaker: "Ned Ortiz" }],
    ["must: a pronoun and its past form are the clause subject when the sentence opens otherwise", "A few days ago in an interview with a radio network he blasted the press for being “unbelievably dishonest.”", "unbelievably dishonest.", { mention: "he" }],
    ["must-not: the subject of reported content ('that she has learned') is not the source", "Ada Lind said this was a “fatal error” and that she has learned her lesson: “We are ready for a longer fight.”", "We are ready for a longer fight.", { speaker: "Ada Lind" }],
    ["must-not: 'a Dan Ortiz tweet' is a noun, not a cue after the quote", "Ada Lind is describing as “unhinged” a Dan Ortiz tweet attacking a former mayor.", "unhinged", { speaker: "Ada Lind" }],
    ["must: a time phrase after the subject is not in it ('(I-Vt.) on Saturday')", "Sen. Ada Lind (I-Vt.) on Saturday criticized the plan as “a giveaway to the rich.”", "a giveaway to the rich.", { speaker: "Ada Lind", mention: "Sen. Ada Lind (I-Vt.)" }],
    ["must: 'at the time' after a name is not in the subject", "Ortiz at the time said he’d asked his “people” to look into it.", "people", { mention: "Ortiz" }],
    ["must: the name follows the last role word in a long title", "Senate Intelligence Ranking Democrat Dana Frey (D-Calif.) last week said the files were “not secret at all.”", "not secret at all.", { speaker: "Dana Frey", mention: "Senate Intelligence Ranking Democrat Dana Frey (D-Calif.)" }],
    ["must: a pronoun and a past form after a comma-ended quote frame it, listed verb or not", "Tom Reyes could not see the point.\n\n“People are afraid of wasting their votes,” he surmised.", "People are afraid of wasting their votes,", { mention: "he", speaker: "Tom Reyes" }],
    ["must: a name and a past form after a comma-ended quote frame it", "“People are afraid of wasting their votes,” Tom Reyes surmised.", "People are afraid of wasting their votes,", { speaker: "Tom Reyes" }],
    ["must-not: a pronoun and a past form after a quote that ends its sentence are a new sentence", "The hall was cold that night.\n\n“People are afraid of wasting their votes.” He surmised the rest.", "People are afraid of wasting their votes.", { ruleId: "attribution/no-cue" }],
    ["must: a quote right after reported speech that ends its sentence goes on from it", "The council may wait while the talks go on, Ned Ortiz said. “The other factor is the weather.”", "The other factor is the weather.", { speaker: "Ned Ortiz", ruleId: "attribution/same-paragraph" }],
    ["must-not: a sentence between the reported speech and the quote breaks the link", "The council may wait while the talks go on, Ned Ortiz said. The vote is on Friday. “The other factor is the weather.”", "The other factor is the weather.", { speaker: null }],
    ["must: a capitalised adjective before a lower-case noun opens a description", "Small groups of protesters marched downtown while chanting, “Hands up, don’t shoot.”", "Hands up, don’t shoot.", { mention: "Small groups of protesters" }],
    ["must-not: a capitalised preposition is no adjective opener", "Amid calls for a boycott, the union leader wrote a letter to members, saying the strike was “the only way left.”", "the only way left.", { mention: "the union leader" }],
    ["must: a name ending in -ly before the verb is the subject, not an adverb", "Dana Shelly ran the depot for years.\n\n“The trucks never came,” Shelly said.", "The trucks never came,", { speaker: "Dana Shelly", mention: "Shelly" }],
    ["must: a capitalised 'Will' before the verb is a name, not the auxiliary", "Ada Will wrote about the port.\n\n“The harbour is the city’s future,” Will wrote.", "The harbour is the city’s future,", { speaker: "Ada Will", mention: "Will" }],
    ["must: a name ending in -ly after an inverted verb is the source", "Dana Shelly ran the depot for years.\n\n“The trucks never came,” said Shelly.", "The trucks never came,", { speaker: "Dana Shelly", mention: "Shelly" }],
    ["must-not: a lower-case adverb between the subject and the verb stays out of the subject", "“The trucks never came,” Tom Reyes angrily said.", "The trucks never came,", { speaker: "Tom Reyes", mention: "Tom Reyes" }],
    ["must: an inverted cue that ends the sentence credits the quote inside it", "The port has long used “soft power” in its dealings with the valley towns, said Ada Lind, a historian at Carrow College.", "soft power", { speaker: "Ada Lind", ruleId: "attribution/speech-verb-in-sentence" }],
    ["must-not: 'said to' after the comma is no inverted cue", "The port has long used “soft power” in its dealings with the towns, said to be its oldest habit by Ada Lind.", "soft power", { speaker: null }],
    ["must-not: a participle after the comma has no inverted source", "The port has long used “soft power” in its dealings with the towns, saying Ada Lind was wrong.", "soft power", { speaker: null }],
    ["must: a short clause that ends on its cue verb after a sentence-ending quote credits that quote", "Tom Reyes came late to the hall.\n\n“We will win this one.” Reyes said.", "We will win this one.", { speaker: "Tom Reyes", ruleId: "attribution/name-said-after-quote" }],
    ["must-not: a cue verb with an object after a sentence-ending quote starts a new sentence", "The hall was cold that night.\n\n“We will win this one.” Reyes said he would stay.", "We will win this one.", { ruleId: "attribution/no-cue" }],
    ["must: a subject after a coordinator opens its own clause; the quote keeps the clause before it", "Ada Lind accuses the mayor of “sleeping at the wheel” and Tom Reyes says the port is fine.", "sleeping at the wheel", { speaker: "Ada Lind" }],
    ["must: 'for instance, and X vowed' after a quoted phrase is another clause", "Ada Lind said she would make the port “shine at night,” for instance, and Tom Reyes vowed to rebuild the pier.", "shine at night,", { speaker: "Ada Lind" }],
    ["must-not: 'and' inside a joint subject right after the quote is no new clause", "“We are ready,” Ada Lind and Tom Reyes said on Monday.", "We are ready,", { ruleId: "attribution/name-said-after-quote" }],
    ["must: a cue right before a quoted phrase beats a subject further on after it", "Ada Lind complained that the vote had been “rigged” against her, a charge that party leaders denied.", "rigged", { speaker: "Ada Lind" }],
    ["must-not: a subject right after a comma-ended quote keeps its cue", "Ada Lind said the plan was “dead on arrival,” Tom Reyes recalled.", "dead on arrival,", { speaker: "Tom Reyes" }],
    ["must: an opening inverted cue takes a long source with its relative clause", "The old house is a museum now.\n\nSaid Ada Lind, who grew up on the same street as the boxer, “We were all so proud of him.”", "We were all so proud of him.", { speaker: "Ada Lind" }],
    ["must: an inverted cue after an opening conjunction", "Tom Reyes worked for the mayor for years.\n\nBut, said Reyes, “I do not want to start a fight with him.”", "I do not want to start a fight with him.", { speaker: "Tom Reyes" }],
    ["must-not: an opening 'Asked …,' is a participle clause, not an inverted cue", "Asked about the pier at the debate, Ada Lind said, “We will fix it this year.”", "We will fix it this year.", { speaker: "Ada Lind" }],
    ["must-not: a lower-case verb after an earlier quote is no sentence-opening cue", "Ada Lind backs “fair pay” and recalled the long pay freeze: “It was hard on every family.”", "It was hard on every family.", { speaker: "Ada Lind" }],
    ["must: a name and a past form after a question frame it, listed verb or not", "Tom Reyes leaned across the table.\n\n“Would you sell the pier to them?” Reyes pressed.", "Would you sell the pier to them?", { speaker: "Tom Reyes", ruleId: "attribution/name-said-after-quote" }],
    ["must-not: a past form with an object after a question is a new clause", "The hall was cold that night.\n\n“Would you sell the pier to them?” Reyes pressed the button.", "Would you sell the pier to them?", { speaker: null }],
    ["must: an ad or a letter can be the source of the words it carries", "The union ad hits the mayor for taking “more money from the port than from the whole town.”", "more money from the port than from the whole town.", { mention: "The union ad" }],
    ["must: a letter as the sentence's subject, its verb in -s", "The union’s letter urges members to vote against “the worst contract in twenty years.”", "the worst contract in twenty years.", { mention: "The union’s letter" }],
    ["must-not: a book's title is not words the book says", "Her new book on the harbour is titled “Voices of the Old Port.”", "Voices of the Old Port.", { speaker: null }],
    ["must: a paragraph ending in a colon hands its subject to the quote paragraph", "The pier reopened on Monday.\n\nThe mayor then listed the repairs:\n\n“We need new pilings, new rails and new lights.”", "We need new pilings, new rails and new lights.", { mention: "The mayor", ruleId: "attribution/previous-paragraph-subject" }],
    ["must-not: a colon after a subject that cannot speak hands nothing on", "The pier reopened on Monday.\n\nThe storm then tore up the repairs:\n\n“We need new pilings, new rails and new lights.”", "We need new pilings, new rails and new lights.", { mention: null }],
    ["must: a quote paragraph with no cue takes the subject that ends the paragraph before it", "The pier reopened on Monday.\n\nAda Lind praised the crews who rebuilt it after the storm.\n\n“We needed this for years.”", "We needed this for years.", { speaker: "Ada Lind", ruleId: "attribution/previous-paragraph-subject" }],
    ["must-not: a subject that cannot speak gives no speaker to the quote paragraph", "The pier reopened on Monday.\n\nThe river rose over the bank again.\n\n“We needed this for years.”", "We needed this for years.", { speaker: null }],
    ["must-not: a last sentence that quotes someone gives no speaker to the next quote paragraph", "The pier reopened on Monday.\n\nThe storm, “the worst in years,” broke the old pier apart.\n\n“We needed this for years.”", "We needed this for years.", { speaker: null }],
    ["must: a quote paragraph after one paragraph of narration that credits no one goes on with the speaker before it", "Ada Lind told reporters the pier would be “open by spring.”\n\nWhat “open” means is anyone’s guess, since the plans are not public.\n\n“We will do it right this time.”", "We will do it right this time.", { speaker: "Ada Lind", ruleId: "attribution/paragraph-after-narration" }],
    ["must-not: two paragraphs of narration after the last speaker hand nothing on", "Ada Lind told reporters the pier would be “open by spring.”\n\nWhat “open” means is anyone’s guess.\n\nThe plans are not public, since the board has not met.\n\n“We will do it right this time.”", "We will do it right this time.", { speaker: null }],
    ["must-not: a capitalised place after a preposition is not a previous paragraph's speaker", "Bridge closure\n\nThe old bridge over the Marrow was closed on Monday.\n\n“Nobody can say when it will open.”", "Nobody can say when it will open.", { speaker: null }],
    ["must: a cue word after a possessive is a noun ('Reyes's remarks')", "Ada Lind said on Monday that Tom Reyes’s remarks “have done real harm to the town.”", "have done real harm to the town.", { speaker: "Ada Lind" }],
    ["must-not: 's after a pronoun is a contraction, and the verb after it a cue", "Tom Reyes spoke in Oakdale.\n\nHe’s predicting that he will do “very, very well” in the next vote.", "very, very well", { speaker: "Tom Reyes", mention: "He" }],
    ["must: a relative clause between commas after the subject is an appositive", "Rep. Ada Lind, who is running for the seat again this year, praised the mayor for showing “the courage of his convictions.”", "the courage of his convictions.", { speaker: "Ada Lind" }],
    ["must-not: a relative clause after a subject that cannot speak gives no source", "The port, which was rebuilt in 2010, is still “the pride of the whole town.”", "the pride of the whole town.", { speaker: null }],
    ["must: a participle after 'keeps' is finite, its subject right before", "Ada Lind is winning applause in the hall as he keeps talking about the “collective power of the town.”", "collective power of the town.", { mention: "he" }],
    ["must-not: a participle after a comma still takes the main clause's subject", "Ada Lind won applause in the hall, talking about the “collective power of the town.”", "collective power of the town.", { speaker: "Ada Lind" }],
    ["must: a segment opening with 'about' after the role is an adverbial, not part of the source", "“The data is old,” said Ada Lind, director of the Harbor Institute, about the mayor’s statement.", "The data is old,", { mention: "Ada Lind, director of the Harbor Institute" }],
    ["must: 'for her part' is not part of the source", "“We will wait,” Ada Lind, for her part, said on Monday.", "We will wait,", { mention: "Ada Lind" }],
    ["must-not: a segment opening with 'of' after the name stays in the source", "“We are ready,” said Tom Reyes, of Oakdale.", "We are ready,", { mention: "Tom Reyes, of Oakdale" }],
    ["must: an adverbial after a name's closing bracket is not in the inverted source", "“It is not new here,” said Rep. Tom Reyes (D-Ohio) at the time.", "It is not new here,", { speaker: "Tom Reyes", mention: "Rep. Tom Reyes (D-Ohio)" }],
    ["must: an abbreviated month is not a sentence end", "On Sept. 2, Col. Ada Lind, a military spokeswoman, said the raid was “a complete success.”", "a complete success.", { speaker: "Ada Lind" }],
    ["must: 'A Feb. 1 letter' keeps its determiner and its head", "A Feb. 1 letter from the harbour board warns that “any further delay will cost the town dearly.”", "any further delay will cost the town dearly.", { mention: "A Feb. 1 letter from the harbour board" }],
    ["must: a title in marks earlier in the sentence does not cut the quote's narration", "Ada Lind, star of the television drama “Harbour Nights,” thanked the mayor for “taking these steps to keep us all safe.”", "taking these steps to keep us all safe.", { speaker: "Ada Lind" }],
    ["must-not: a real quote earlier in the sentence still bounds the narration", "“We are done,” Ada Lind said, and the crowd cheered while Tom Reyes called the deal “a disaster for the port.”", "a disaster for the port.", { speaker: "Tom Reyes" }],
    ["must: 'continue to' is a catenative, not a cue", "Ada Lind said she is certain Tom Reyes will continue to be “a champion for the whole port.”", "a champion for the whole port.", { speaker: "Ada Lind" }],
    ["must-not: 'continued' before the quote is still a cue", "Tom Reyes paused. Then Ada Lind continued, “We will not give up the port.”", "We will not give up the port.", { speaker: "Ada Lind" }],
    ["must: 'what it called' names the sentence's organisation, written 'it'", "The Harbour Commission on Friday pledged to fight what it called “a clear threat to the whole port.”", "a clear threat to the whole port.", { speaker: "Harbour Commission", mention: "it" }],
    ["must-not: 'it is said' is no source", "In the old town it is said that the pier is “cursed by the sea.”", "cursed by the sea.", { speaker: null }],
    ["must: a phrasal past form with its particle frames a comma-ended quote", "“They only came for the free food,” Tom Reyes shot back with a laugh.", "They only came for the free food,", { speaker: "Tom Reyes", ruleId: "attribution/name-said-after-quote" }],
    ["must-not: a particle with an object after it is another clause", "“They only came for the free food,” Tom Reyes backed up the claim.", "They only came for the free food,", { speaker: null }],
    ["must: 'to' after a person noun before a name stays inside the subject", "“It was a disaster,” said a longtime adviser to Ada Lind.", "It was a disaster,", { mention: "a longtime adviser to Ada Lind" }],
    ["must: 'close to the' stays inside a description", "“They were very worked up about it,” said a source close to the campaign.", "They were very worked up about it,", { mention: "a source close to the campaign" }],
    ["must-not: 'to' before a verb opens a clause, not a subject", "The aide was asked to leave. “It was a disaster,” the aide said.", "It was a disaster,", { mention: "the aide" }],
    ["must: an inverted cue after an opening adverbial and its comma", "In other words, explained Ada Lind: “The port pays for itself.”", "The port pays for itself.", { speaker: "Ada Lind" }],
    ["must-not: a comma-ended clause with its own verb before the cue is no opening adverbial", "Tom Reyes spoke first, then Ada Lind said: “The port pays for itself.”", "The port pays for itself.", { speaker: "Ada Lind" }],
    ["must: a lower-case organisation word after the place stays in the source as written", "“Nobody expected this,” said Ben Ortiz of the Ohio delegation.", "Nobody expected this,", { speaker: "Ben Ortiz", mention: "Ben Ortiz of the Ohio delegation" }],
    ["must: a headline's quote takes the speaker of the body quote it repeats", "Port plan vows “we will rebuild the pier”\n\nThe harbour board met on Monday.\n\n“We will rebuild the pier,” Ada Lind said after the vote.", "we will rebuild the pier", { speaker: "Ada Lind", ruleId: "attribution/repeated-quote" }],
    ["must: a quote with no cue takes the speaker of the same words quoted with a cue", "The harbour board met on Monday.\n\n“We will rebuild the pier,” Ada Lind said after the vote.\n\nThe rain stopped. On the wall of the pier: “We will rebuild the pier!”", "We will rebuild the pier!", { speaker: "Ada Lind", ruleId: "attribution/repeated-quote" }],
    ["must-not: a headline's quote that the body does not repeat takes no speaker from it", "Port plan: “a new pier” at last\n\nThe harbour board met on Monday.\n\n“We will rebuild the pier,” Ada Lind said after the vote.", "a new pier", { speaker: null }],
    ["must-not: a body quote with a cue of its own keeps its speaker when the words repeat", "The harbour board met on Monday.\n\n“We will rebuild the pier,” Tom Reyes said.\n\n“We will rebuild the pier,” Ada Lind said after the vote.", "We will rebuild the pier,", { speaker: "Tom Reyes" }],
    ["must: a sentence-opening 'But' without a comma is one word before the subject", "The pier reopened on Monday.\n\nBut Sen. Ada Lind (D-Ohio) refused to take sides, responding that she is “not going to pick a winner in this fight.”", "not going to pick a winner in this fight.", { speaker: "Ada Lind" }],
    ["must-not: 'But' before a subject that cannot speak gives no source", "The pier reopened on Monday.\n\nBut the river rose again over the bank and “nobody came to help.”", "nobody came to help.", { speaker: null }],
    ["must: 'states' after a document noun at the end of the clause is a cue", "The pier reopened on Monday.\n\n“They know the port is strong,” a voice-over in the ad states.", "They know the port is strong,", { mention: "a voice-over in the ad" }],
    ["must-not: 'states' after another noun stays a noun", "The money went to the member states. “They know the port is strong.”", "They know the port is strong.", { speaker: null }],
    ["must: a dateline that opens the paragraph is not the subject", "OAKDALE, Ohio, May 2 (AP) — In reply to the plan, the mayor’s chief aide rallied supporters, saying: “We will rebuild the pier.”", "We will rebuild the pier.", { mention: "the mayor’s chief aide" }],
    ["must: a place before a wire's name in brackets is a dateline", "Oakdale (AFP) – Mayor Ada Lind has hit back at the plan, saying that “cheap talk” will not fix the port.", "cheap talk", { speaker: "Ada Lind" }],
    ["must-not: a name before a dash that is no dateline stays the subject", "Ada Lind — never one to wait — told the board: “We will rebuild the pier.”", "We will rebuild the pier.", { speaker: "Ada Lind" }],
    ["must-not: a dateline in capitals is no antecedent for a pronoun", "PORT ELLIS - The port reopened on Monday.\n\n“We will rebuild the pier,” he said.", "We will rebuild the pier,", { speaker: null, mention: "he" }],
    ["must-not: capitals inside a word do not open a name ('ABSTRACT. More')", "ABSTRACT. More boats came.\n\n“We will rebuild the pier,” he said.", "We will rebuild the pier,", { speaker: null, mention: "he" }],
    ["must-not: 'Given …,' opens an adverbial, not the subject", "Tom Reyes said the wall has “kept us safe” on Twitter. Given his past comments on keeping “the worst people in the world” out of the port, it is safe to say he means the border.", "the worst people in the world", { speaker: "Tom Reyes" }],
    ["must: person nouns after a name are the head of the subject", "A Lind campaign official later walked back the remarks, saying that the mayor “did not have any one road in mind.”", "did not have any one road in mind.", { mention: "A Lind campaign official" }],
    ["must: a quoted phrase with no cue takes the subject of the clause that holds it", "The fire was small, and long before city officials tried to portray the blaze as “a disaster” the crews had left.", "a disaster", { mention: "city officials", ruleId: "attribution/clause-subject" }],
    ["must-not: the subject of a that-clause is reported content, not the source", "It was clear long before the mayor’s aides kept the old view that the council was “a lost cause” for years.", "a lost cause", { mention: "the mayor’s aides", ruleId: "attribution/clause-subject" }],
    ["must-not: a clause subject that cannot speak stops the search", "When the board examined the claim, it was labeled “mostly true” by the panel.", "mostly true", { speaker: null, mention: null }],
    ["must-not: the last resort does not override a speaker from the quote beside it", "Ada Lind said the plan was “dead on arrival” and, long before city officials tried to portray it as “a big win,” left.", "a big win,", { speaker: "Ada Lind" }],
    ["must: a quoted phrase in a later sentence takes its own clause subject, not the quote beside it", "“The pier is old,” Ada Lind said. First, Tom Reyes identified the plan as “a gift to developers” at the meeting.", "a gift to developers", { speaker: "Tom Reyes", ruleId: "attribution/clause-subject" }],
    ["must-not: a later sentence whose subject cannot speak goes on with the quote beside it", "“The pier is old,” Ada Lind said. For years the old pier has been “a disaster for the town.”", "a disaster for the town.", { speaker: "Ada Lind", ruleId: "attribution/same-paragraph" }],
    ["must: a place after 'of' ends the antecedent of 'who', it is not the antecedent", "The inquiry gave fodder to the mayor of Oakdale, who mused that the pier was “too old to save.”", "too old to save.", { speaker: "the mayor of Oakdale", mention: "who" }],
    ["must-not: a place alone before 'which' stays the antecedent", "The vote went to Oakdale, which said the pier was “too far gone.”", "too far gone.", { speaker: "Oakdale", mention: "which" }],
    ["must: a publication is an organisation that can speak", "The harbour publication has been outspoken in its opposition to the mayor, arguing he is “a political opportunist.”", "a political opportunist.", { mention: "The harbour publication" }],
    ["must-not: a noun that names no body or person does not speak", "The harbour position has been outspoken in its opposition to the mayor, arguing he is “a political opportunist.”", "a political opportunist.", { speaker: null }],
    ["must: a span of time in a hyphenated number ('Twenty-two years ago,') opens an adverbial, not the subject", "The pier closed.\n\nTwenty-two years ago, a harbour report hailed the mayor as “The Comeback Kid” for the new pier.", "The Comeback Kid", { mention: "a harbour report" }],
    ["must: an adverb in -ly may stand between a clause's subject and its verb", "The pier was closed, and long before Ted Lind openly praises the crews for “the finest work in years” the town had left.", "the finest work in years", { speaker: "Ted Lind", ruleId: "attribution/clause-subject" }],
    ["must: a state after a place's comma completes the place; the subject is the noun phrase that holds it", "Ted Lind is telling voters he is tough enough after a woman in Oakdale, Maine, told him he is “too nice” to win.", "too nice", { speaker: "a woman", mention: "a woman in Oakdale, Maine" }],
    ["must-not: a name after an appositive's comma stays the subject", "The pier closed after the mayor, Ada Lind, told the board it was “too old” to save.", "too old", { speaker: "Ada Lind" }],
    ["must: a gathering that echoes words is the subject that speaks", "The mayor ended his list by saying “Never again.” The audience gathered in the hall followed him by softly echoing “Never again, never again.”", "Never again, never again.", { mention: "The audience" }],
    ["must-not: a gathering is never what a later 'he' means", "The audience in the hall cheered the mayor.\n\n“We will rebuild the pier,” he said.", "We will rebuild the pier,", { speaker: null, mention: "he" }],
    ["must-not: an article alone ('as a label') is never the speaker", "The results also showed the weakness of “establishment” as a label for the mayor.", "establishment", { speaker: null, mention: null }],
    ["must: a name before a naming phrase stays the speaker", "Ada Lind described the results as “a mess” for the mayor.", "a mess", { speaker: "Ada Lind" }],
    ["must: uncredited quotes later in the sentence go on with the last-resort speaker", "It was clear long before the union leaders tried to sell “fair pay for every worker,” “safe ports for every ship,” and, yes, “good jobs for every town” to the voters.", "good jobs for every town", { mention: "the union leaders", ruleId: "attribution/same-paragraph" }],
    ["must-not: a quote in the next sentence does not go on with the last-resort speaker", "It was clear long before the union leaders tried to sell “fair pay for every worker.” The harbor wanted “safe ports for every ship” instead.", "safe ports for every ship", { speaker: null }],
    ["must: a title as the head of a description can speak", "In three interviews, the justice sounded off on the mayor, saying she did not “want to contemplate” his plan.", "want to contemplate", { mention: "the justice" }],
    ["must-not: a capitalised title alone opening the sentence is not a description's head", "Secretary of the port, mostly, is a job for “someone with patience.”", "someone with patience.", { speaker: null }],
    ["must: a plural agent noun the lexicon does not list can speak", "The hall was full. The first five questioners ranged from polite to hostile: “Why did you sell the pier?”", "Why did you sell the pier?", { mention: "The first five questioners" }],
    ["must-not: a plural in -ers that names things does not speak", "The hall was full. The old posters ranged from polite to hostile: “Why did you sell the pier?”", "Why did you sell the pier?", { speaker: null }],
    ["must: a count opens a subject ('about 200 protesters')", "In Oakdale, about 200 protesters gathered at the pier, holding signs and chanting “Save our pier now.”", "Save our pier now.", { mention: "about 200 protesters" }],
    ["must: 'At least half of …' opens a subject", "At least half of voters in the town say the mayor's plans are “about right,” though.", "about right,", { mention: "At least half of voters in the town" }],
    ["must-not: a count of time opens an adverbial, not the subject", "About 30 minutes later, the mayor said the pier was “gone for good.”", "gone for good.", { mention: "the mayor" }],
    ["must-not: a time phrase before an appositive subject is not the subject", "Earlier this week, Ada Lind, who ran the port for ten years, conceded the pier is “beyond repair.”", "beyond repair.", { speaker: "Ada Lind" }],
    ["must: a time phrase after a name does not hide the name as subject", "Ada Lind, this week, conceded the pier is “beyond repair.”", "beyond repair.", { speaker: "Ada Lind" }],
    ["must-not: 'Alongside' opens an adverbial, not the subject", "Alongside calls for a vote, even a port official said the mayor must decide, saying, “He cannot wait much longer.”", "He cannot wait much longer.", { mention: "a port official" }],
    ["must-not: 'so called' is an adjective, not a naming verb with 'so' for its subject", "The council backed the so called “plan to rebuild every pier in the old harbor” in May.", "plan to rebuild every pier in the old harbor", { speaker: null }],
    ["must-not: 'so called' opening the sentence is no cue either", "The so called “plan to rebuild every pier in the old harbor” was called for by the council.", "plan to rebuild every pier in the old harbor", { speaker: null }],
    ["must: 'called' after another word is still a naming verb", "The mayor called it the “Harbor Plan” in May.", "Harbor Plan", { mention: "The mayor" }],
    ["must-not: a verb left from the clause before is no part of the subject ('That is why critics say')", "The plan adds fees at the pier. That is why critics say the mayor had proposed to “tax the pier” twice.", "tax the pier", { speaker: "critics", mention: "critics" }],
    ["must: 'hopeful' is a role word between capitals and the name", "In May, Republican Senate hopeful Ada Lind was also critical of the plan, telling the Ledger: “The port deserves better.”", "The port deserves better.", { speaker: "Ada Lind" }],
    ["must: a long appositive between commas still leaves the name as the sentence's subject", "Ada Lind, co-founder of the Harbor Trust and a longtime advocate of a city-funded effort to rebuild the old piers, welcomed “the recognition that the port needs new money.”", "the recognition that the port needs new money.", { speaker: "Ada Lind" }],
    ["must: an organisation keeps words that a person's name drops as roles ('State', 'New')", "“The pier is closed,” the State Department said.", "The pier is closed,", { speaker: "State Department", speakerType: "organisation" }],
    ["must: an organisation keeps 'New' ('The New Harbor Herald')", "“The fee is too high,” The New Harbor Herald reported.", "The fee is too high,", { speaker: "New Harbor Herald", speakerType: "organisation" }],
    ["must-not: an organisation word after a title inside a name does not pull the place and title in", "“The pier is open,” Oakdale City Mayor Ann Guardian said.", "The pier is open,", { speaker: "Ann Guardian" }],
    ["must-not: 'Former' opening a run of capitals is no part of a registered name", "Former Reyes spokesman Tom Gibb derided the plan. “We did it,” Reyes said.", "We did it,", { speaker: "Reyes" }],
    ["must-not: a person noun opening a run of capitals ('Democrat', 'Pastor') is no part of a registered name", "Democrat Ada Lind and Republican Tom Reyes met on Monday. “We agree on the pier,” Lind said.", "We agree on the pier,", { speaker: "Ada Lind" }],
    ["must: a title inside a run of capitals leaves the name after it for the registry", "Harbor Authority Chairman Ada Lind opened the pier on Monday. “It is done,” Lind said.", "It is done,", { speaker: "Ada Lind" }],
    ["must: a later clause after '- but' with a subject of its own holds the quote", "Lee accused Reyes of ducking. Lee proposed a debate on the evening of April 4 - but the Reyes campaign rejected the idea as “a stunt.”", "a stunt.", { mention: "the Reyes campaign" }],
    ["must-not: a bare capitalised subject of a later clause may be a place; the first subject stays", "Ada Lind toured the port, and New Harbor has several key piers, including “the long wharf.”", "the long wharf.", { speaker: "Ada Lind" }],
    ["must: a plural of bodies ('groups', 'organizations') can speak as a sentence's subject", "In August, several harbour groups granted the mayor an extension on the order, saying his “funds were less than expected.”", "funds were less than expected.", { mention: "several harbour groups" }],
    // The cue of a quote credited to its clause's subject is the verb group of that clause, not the name.
    ["must: a subject's verb is the cue ('likened')", "Ada Lind likened the budget to “a bucket with a hole in it.”", "a bucket with a hole in it.", { speaker: "Ada Lind", mention: "Ada Lind", cue: "likened" }],
    ["must: auxiliaries and adverbs stay in the cue ('has also called')", "Tom Reyes has also pushed for “a harbour that works for everyone.”", "a harbour that works for everyone.", { mention: "Tom Reyes", cue: "has also pushed" }],
    ["must: an aside between commas is passed over to the main verb", "The Harbor Fund, which the council set up in May, blasted the plan as “a fraud on the town.”", "a fraud on the town.", { mention: "The Harbor Fund", cue: "blasted" }],
    ["must: a relative clause that holds the quote gives its own verb", "The fee was set by Ada Lind, who has since denounced it as “a tax on fishermen.”", "a tax on fishermen.", { speaker: "Ada Lind", cue: "has since denounced" }],
    ["must-not: a relative clause that closes before the verb is no cue", "Ada Lind, who was elected in May, praised the crews for “the finest work in years.”", "the finest work in years.", { speaker: "Ada Lind", cue: "praised" }],
    ["must: an infinitive after the verb names the act ('went on to say')", "Ada Lind thanked the crews. She went on to say, “The pier is ours again.”", "The pier is ours again.", { speaker: "Ada Lind", cue: "went on to say" }],
    ["must-not: an object between the verb and 'to' ends the cue at the verb", "Ada Lind used her speech to offer “encouragement” to the crews.", "encouragement", { speaker: "Ada Lind", cue: "used" }],
    ["must: the last-resort clause subject's verb is the cue", "The fire was small, and long before city officials tried to portray the blaze as “a disaster” the crews had left.", "a disaster", { mention: "city officials", cue: "tried to portray" }],
    ["must: the subject of the sentence before gives its verb as the cue", "The hall went quiet. Ada Lind turned to the mayor. “Why did you sell the pier?”", "Why did you sell the pier?", { speaker: "Ada Lind", cue: "turned" }],
    // The cue's extent: the verb and where, when, how or to whom; not the reported clause after it.
    ["must-not: a reported clause with no 'that' is no part of the cue", "Ada Lind said the plan was “a fraud on the town.”", "a fraud on the town.", { speaker: "Ada Lind", cue: "said" }],
    ["must: an adverbial after the verb stays in the cue", "“The pier is closed,” Ada Lind said in a statement on Monday.", "The pier is closed,", { cue: "said in a statement on Monday" }],
    ["must: the one spoken to and a day stay in the cue", "“The pier is closed,” Ada Lind told Harbor Radio on Monday.", "The pier is closed,", { cue: "told Harbor Radio on Monday" }],
    ["must-not: a clause after the one spoken to", "Ada Lind told reporters she was “tired of the delays.”", "tired of the delays.", { cue: "told reporters" }],
    ["must: 'this week' is when ('said this week'); 'said this is' is not", "Ada Lind said this week that the pier is “a wreck.” Tom Reyes said this is “a lie from start to end.”", "a wreck.", { cue: "said this week" }],
    ["must-not: 'this' that opens the report", "Ada Lind said this week that the pier is “a wreck.” Tom Reyes said this is “a lie from start to end.”", "a lie from start to end.", { cue: "said" }],
    ["must: a window that ends inside a phrase stops before its last preposition", "“The pier is closed,” Ada Lind said in a long interview at the port with The Harbor Herald.", "The pier is closed,", { cue: "said in a long interview" }],
    ["must-not: a clause joined by 'as' after the one spoken to", "“We are done,” Ada Lind told reporters as she left the hall.", "We are done,", { cue: "told reporters" }],
    ["must: a particle right after the verb stays ('called for')", "Ada Lind has called for “a vote on the pier.”", "a vote on the pier.", { cue: "called for" }],
    ["must: a cleft's 'who' stands for the name after 'It was'", "The vote was close. It was Tom Reyes who pressed for a “grand bargain” on the pier.", "grand bargain", { speaker: "Tom Reyes", mention: "who" }],
  ];
  it.each(rows)("%s", (_name, text, words, expected) => {
    const q = attribute(text).find((x) => x.text === words);
    expect(q).toBeDefined();
    expect(q).toMatchObject(expected);
  });
});
