import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attributionIn, findReportedSpeech, findTriggers, REPORTED_RULES, type ReportedCandidate } from "../../src/extract/reported.js";
import { articleFromText } from "../../src/ingest/article.js";
import type { Span } from "../../src/model/index.js";

const run = (text: string) => {
  const article = articleFromText(text);
  const { candidates, diagnostics } = findReportedSpeech(article);
  const sl = (s?: Span) => (s ? article.text.slice(s.start, s.end) : undefined);
  return {
    article,
    candidates,
    diagnostics,
    found: candidates.map((c: ReportedCandidate) => ({
      rule: c.ruleId,
      text: sl(c.span),
      mention: sl(c.mentionSpan),
      source: sl(c.sourceSpan),
      cue: sl(c.cueSpan),
      to: sl(c.toSpan),
    })),
  };
};

type Row = { text: string; rule: string; content: string; mention?: string | null; cue?: string; to?: string; source?: string };

// Made-up sentences, one or more per cue rule. None comes from the Palmyra corpus.
const MUST_MATCH: Row[] = [
  // A fronted participle of asking, or a two-word preposition, is no subject ("Asked", "Prior").
  { text: "Asked about the levy, Ann Lee said she had no plans and argued that the vote would wait.", rule: "reported/verb-then-content", content: "that the vote would wait", mention: "Ann Lee", cue: "argued" },
  { text: "Prior to the vote, Ann Lee met the board and argued that the levy was fair.", rule: "reported/verb-then-content", content: "that the levy was fair", mention: "Ann Lee", cue: "argued" },
  // A fronted phrase closed by an aside between dashes: the subject follows the second dash, not "In".
  { text: "In a speech in Riverton -- which votes on Saturday -- Ann Lee claimed the lead and argued that she would win.", rule: "reported/verb-then-content", content: "that she would win", mention: "Ann Lee", cue: "argued" },
  // A hyphen with space on both sides is a dash: the subject follows the aside it closes ("In ... - conducted ... - Lee").
  { text: "In an interview with the Riverton Herald - taped last week at her farm near the county line - Ann Lee continued to insist that the levy was fair.", rule: "reported/verb-then-content", content: "that the levy was fair", mention: "Ann Lee", cue: "continued to insist" },
  { text: "At the meeting - the third this month - Bo Diaz said the plan would fail.", rule: "reported/verb-then-content", content: "the plan would fail", mention: "Bo Diaz", cue: "said" },
  // (A pair of such dashes right before the verb still sets off an appositive on the subject before it.)
  { text: "Residents - farmers and shop owners alike - said the levy was unfair.", rule: "reported/verb-then-content", content: "the levy was unfair", mention: "Residents", cue: "said" },
  // A focusing adverb before a time phrase belongs to it, not to the content.
  { text: "The Riverton Herald reported just today that the mill would close.", rule: "reported/verb-then-content", content: "that the mill would close", mention: "The Riverton Herald", cue: "reported" },
  { text: "Bo Diaz argued only last week that taxes must rise.", rule: "reported/verb-then-content", content: "that taxes must rise", mention: "Bo Diaz", cue: "argued" },
  // "the" right after a medium noun opens the content ("said in a statement the ..."), unless a time word follows it.
  { text: "The mayor said in a statement the budget would be balanced by June.", rule: "reported/verb-then-content", content: "the budget would be balanced by June", mention: "The mayor", cue: "said" },
  { text: "Ann Lee said in an interview the day before that the vote was rigged.", rule: "reported/verb-then-content", content: "that the vote was rigged", mention: "Ann Lee", cue: "said" },
  // After an article, a run of capitalised words is the listener's name ("told the Wall Street Journal").
  { text: "The mayor told the Boston Daily Globe she would run again.", rule: "reported/verb-then-content", content: "she would run again", cue: "told the Boston Daily Globe", to: "the Boston Daily Globe" },
  { text: "The mayor told the crowd Trump had lost.", rule: "reported/verb-then-content", content: "Trump had lost", cue: "told the crowd", to: "the crowd" },
  // "that" with a verb is content however short.
  { text: "She said that Lee won.", rule: "reported/verb-then-content", content: "that Lee won", cue: "said" },
  { text: "He confirmed that CNN had.", rule: "reported/verb-then-content", content: "that CNN had", cue: "confirmed" },
  // After a subordinator or "that", "according to X," opens the clause it vouches for: that clause is the content.
  // After a colon, a clause of its own is what the trailing source vouches for; a list or a phrase is not.
  { text: "The levy has not driven shops away: the town gained 40 stores last year, according to the chamber of commerce.", rule: "reported/according-to-after", content: "the town gained 40 stores last year", cue: "according to" },
  { text: "The audit covered three aides: Ruiz, Okafor and Bell, according to the report.", rule: "reported/according-to-after", content: "The audit covered three aides: Ruiz, Okafor and Bell", cue: "according to" },
  { text: "He moved to Texas after, according to his sister, the factory laid him off.", rule: "reported/according-to-after", content: "the factory laid him off", mention: "his sister", cue: "according to" },
  { text: "The mayor resigned because — according to two aides — the council had turned on her.", rule: "reported/according-to-after", content: "the council had turned on her", cue: "according to" },
  // A relative pronoun after a preposition is outside the reported clause; a relative with a gap opens it.
  { text: "The mayor faces a town in which most residents say she has ignored the river.", rule: "reported/verb-then-content", content: "she has ignored the river", cue: "say" },
  { text: "He sent a letter in which he said the plant would close.", rule: "reported/verb-then-content", content: "the plant would close", cue: "said" },
  { text: "The plan drew a rule which critics said was unfair to renters.", rule: "reported/verb-then-content", content: "which critics said was unfair to renters", cue: "said" },
  { text: "It was a rally in which the group urged members to vote early.", rule: "reported/verb-then-content", content: "which the group urged members to vote early", cue: "urged" },
  // A relative clause with no comma before it ("a veteran who now is …,") is part of the appositive.
  { text: "Ana Ruiz, 52, a retired nurse who now is a volunteer for the Red Cross, said the shelter was full.", rule: "reported/verb-then-content", content: "the shelter was full", mention: "Ana Ruiz" },
  // After "asked" and a colon, a question of its own without marks is the question put.
  { text: "The mayor called the governor a friend. A reporter asked: Did they talk about the levy on the bridge?", rule: "reported/verb-then-content", content: "Did they talk about the levy on the bridge", mention: "A reporter", cue: "asked" },
  { text: "Mr. Diaz told voters here Sunday that he would stay in the race.", rule: "reported/verb-then-content", content: "that he would stay in the race", mention: "Mr. Diaz", cue: "told voters" },
  { text: "He’s telling allies that he hopes the vote fails.", rule: "reported/verb-then-content", content: "that he hopes the vote fails", mention: "He" },
  { text: "They're saying the plan is dead.", rule: "reported/verb-then-content", content: "the plan is dead", mention: "They" },
  { text: "The senator explained his reasoning to reporters.", rule: "reported/verb-then-content", content: "his reasoning to reporters", mention: "The senator" },
  { text: "But early ratings data suggests that the debate drew 8 million viewers.", rule: "reported/verb-then-content", content: "that the debate drew 8 million viewers", cue: "suggests" },
  { text: "But he also says it’s beautiful, too.", rule: "reported/verb-then-content", content: "it’s beautiful, too", mention: "he" },
  { text: "The plan is dead, Gary Johnson told a reporter.", rule: "reported/said-after", content: "The plan is dead", mention: "Gary Johnson" },
  // A bracketed relative clause, appositive or added group between a common noun and the verb stays with the subject.
  { text: "The mayor (who has run the town for a decade) said the bridge would reopen.", rule: "reported/verb-then-content", content: "the bridge would reopen", mention: "The mayor" },
  { text: "Half said taxes were too high; 40 percent (and 60 percent of renters) said rents were too high.", rule: "reported/verb-then-content", content: "rents were too high", cue: "said" },
  { text: "Ana Ruiz (a councilwoman so new that she has no office yet) says she will vote no.", rule: "reported/verb-then-content", content: "she will vote no", cue: "says" },
  // After a noun phrase that is the thing said, a closing time phrase or occasion goes with the verb.
  { text: "The governor announced her candidacy in March 2019.", rule: "reported/verb-then-content", content: "her candidacy", cue: "announced" },
  { text: "The Courier first reported the mayor's resignation earlier Sunday.", rule: "reported/verb-then-content", content: "the mayor's resignation", cue: "first reported" },
  { text: "The senator explained his vote in an interview with the Ledger.", rule: "reported/verb-then-content", content: "his vote", cue: "explained" },
  { text: "The union announced a strike on Monday night.", rule: "reported/verb-then-content", content: "a strike", cue: "announced" },
  { text: "The union called for more school funding in a statement on Thursday.", rule: "reported/verb-then-content", content: "more school funding", cue: "called for" },
  { text: "The label announced a deal with Acme after cutting ties with Zenco, which had sold its shoes since 2012.", rule: "reported/verb-then-content", content: "a deal with Acme", cue: "announced" },
  { text: "The delegates declared their support after hearing the speech.", rule: "reported/verb-then-content", content: "their support", cue: "declared" },
  { text: "The council pointed to the budget as the main obstacle.", rule: "reported/verb-then-content", content: "the budget as the main obstacle", cue: "pointed to" },
  // (After a clause the time phrase may be the clause's own; after a relative clause, the relative's.)
  { text: "The coach said the team would travel on Monday.", rule: "reported/verb-then-content", content: "the team would travel on Monday", cue: "said" },
  // (On a common noun: a relative on a name is the reporter's gloss and ends the content, see reported-spans.test.ts.)
  { text: "The firm announced a deal with a grocer, which opened its first store in 2012.", rule: "reported/verb-then-content", content: "a deal with a grocer, which opened its first store in 2012", cue: "announced" },
  // Two initials before a name do not end the sentence; a state's initials after its town's comma may.
  { text: "The mayor said the bridge was built under George H.W. Bush in 1991.", rule: "reported/verb-then-content", content: "the bridge was built under George H.W. Bush in 1991", cue: "said" },
  { text: "She said she had asked the historian J.K. Moreno for advice.", rule: "reported/verb-then-content", content: "she had asked the historian J.K. Moreno for advice", cue: "said" },
  { text: "The plant stands in Trenton, N.J. Officials said it would close in May.", rule: "reported/verb-then-content", content: "it would close in May", mention: "Officials" },
  { text: "He grew up near Omaha and moved to Paris, T.X. Nobody said that the move was easy.", rule: "reported/verb-then-content", content: "that the move was easy", mention: "Nobody" },
  { text: "The poll found broad doubt, with 22 percent saying they would not support him.", rule: "reported/participle", content: "they would not support him", mention: "22 percent" },
  { text: "Turnout fell sharply. That’s according to early returns from the county clerk.", rule: "reported/according-to-after", content: "That", cue: "according to" },
  { text: "The coach complained to the league office that the referees were biased.", rule: "reported/verb-then-content", content: "that the referees were biased", mention: "The coach", cue: "complained to the league office" },
  { text: "She explained to reporters why the vote was delayed.", rule: "reported/verb-then-content", content: "why the vote was delayed", mention: "She", cue: "explained to reporters" },
  { text: "She said the nonprofit provided a signed statement.", rule: "reported/verb-then-content", content: "the nonprofit provided a signed statement", mention: "She", cue: "said" },
  // A time phrase between the subject and its verb is not the subject ("The council this week said").
  { text: "The council this week said the pier would close.", rule: "reported/verb-then-content", content: "the pier would close", mention: "The council" },
  { text: "Ana Ruiz earlier this month announced that the shelter was full.", rule: "reported/verb-then-content", content: "that the shelter was full", mention: "Ana Ruiz" },
  { text: "The mayor has long opposed the plan but on Tuesday wrote that it could pass.", rule: "reported/verb-then-content", content: "that it could pass", mention: "The mayor" },
  // An infinitive's "to" is no subject: the sentence's subject speaks, and content before "and to say" ends there.
  { text: "Tom Reyes stood at a rally in Oakdale to say he would run again.", rule: "reported/verb-then-content", content: "he would run again", mention: "Tom Reyes" },
  { text: "Renters are more likely to say rents are too high and to say the opposite about taxes.", rule: "reported/verb-then-content", content: "the opposite about taxes", mention: "Renters" },
  { text: "Renters are more likely to say rents are too high and to say the opposite about taxes.", rule: "reported/verb-then-content", content: "rents are too high", mention: "Renters" },
  // After a pronoun, the walk back from the verb stops at the auxiliary; the pronoun is the subject.
  { text: "In Oakdale, she was the first one to say the pier must close.", rule: "reported/verb-then-content", content: "the pier must close", mention: "she" },
  { text: "Tom Reyes, the party chairman, this past week announced a new website.", rule: "reported/verb-then-content", content: "a new website", mention: "Tom Reyes" },
  // "almost" before the verb belongs to the verb phrase, not to the subject.
  { text: "The council met on Friday and the mayor almost immediately announced that the pier would close.", rule: "reported/verb-then-content", content: "that the pier would close", mention: "the mayor" },
  // A hyphen standing alone is a dash: the aside between two of them is not the subject.
  { text: "Ana Ruiz - in a line aimed at the council - declared that the pier must stay open.", rule: "reported/verb-then-content", content: "that the pier must stay open", mention: "Ana Ruiz" },
  // "At least", "more than" belong to the subject they count.
  { text: "At least a dozen members of the council told the paper she would win.", rule: "reported/verb-then-content", content: "she would win", mention: "At least a dozen members of the council" },
  { text: "More than 200 economists said the plan would fail.", rule: "reported/verb-then-content", content: "the plan would fail", mention: "More than 200 economists" },
  { text: "He visited the plant more than twice and officials said it was safe.", rule: "reported/verb-then-content", content: "it was safe", mention: "officials" },
  // Capitalised, "Today" is a name, not a time phrase.
  { text: "The group told USA Today that the shelter was full.", rule: "reported/verb-then-content", content: "that the shelter was full", mention: "The group", to: "USA Today" },
  { text: "The coach said many doubted him in the spring.", rule: "reported/verb-then-content", content: "many doubted him in the spring", mention: "The coach", cue: "said" },
  // "was asked by X whether ...": the agent is the asker; a listener may carry a place or be long.
  { text: "The mayor was asked by a reporter whether the bridge would reopen.", rule: "reported/passive", content: "whether the bridge would reopen", mention: "a reporter", cue: "was asked" },
  { text: "The coach was asked by several parents about the schedule.", rule: "reported/passive", content: "about the schedule", mention: "several parents" },
  // After a question put, ", and" with a new subject narrates the answer; ", and" with more of the question does not.
  { text: "In July, the campaign director was asked about the donations, and she did her best to change the subject.", rule: "reported/passive", content: "the donations" },
  { text: "The mayor was asked whether the roads were safe, and whether the bridge would reopen.", rule: "reported/passive", content: "whether the roads were safe, and whether the bridge would reopen" },
  // A question put inside a fronted subordinate clause ends at the main clause's comma; in a main clause a comma does not end it.
  { text: "But when residents were asked which road should close first, the council chose Elm Street.", rule: "reported/passive", content: "which road should close first" },
  { text: "Residents were asked which road should close first, Elm Street or Oak Avenue.", rule: "reported/passive", content: "which road should close first, Elm Street or Oak Avenue" },
  { text: "The senator asked the attorney in Ohio whether the law had been broken.", rule: "reported/verb-then-content", content: "whether the law had been broken", mention: "The senator", to: "the attorney in Ohio" },
  { text: "A reporter asked the 2016 Democratic White House hopeful if he would run again.", rule: "reported/verb-then-content", content: "if he would run again", mention: "A reporter", to: "the 2016 Democratic White House hopeful" },
  // An appositive with "a" ends the content on its last noun, but not one inside the clause, before its verb.
  { text: "The mayor said her deputy, a former firefighter, was ready to take over.", rule: "reported/verb-then-content", content: "her deputy, a former firefighter, was ready to take over", mention: "The mayor" },
  { text: "The mayor said the bridge would reopen in June, a month later than planned.", rule: "reported/verb-then-content", content: "the bridge would reopen in June", mention: "The mayor" },
  // A lone dash before a gloss ("— a blow that ...", "- though ...") ends forward content; a pair of dashes, or a
  // plain appositive noun phrase after the dash, stays in it.
  { text: "The mayor said the plant would close in June — a blow that few expected.", rule: "reported/verb-then-content", content: "the plant would close in June", mention: "The mayor" },
  { text: "The mayor said he would run again in 2018 - though it is unclear whether he can win.", rule: "reported/verb-then-content", content: "he would run again in 2018", mention: "The mayor" },
  { text: "He sent a text to his supporters, asking them to stay calm — a message that went unheeded.", rule: "reported/participle", content: "them to stay calm", mention: "He" },
  // An aside after the participle's listener, closed by a comma before "that" and a subject (see thatAfterAside).
  { text: "The mayor called the governor on Friday, telling Ann Lee, chair of the port board, that the harbor would close in May.", rule: "reported/participle", content: "that the harbor would close in May", cue: "telling Ann Lee" },
  { text: "Mr. Diaz wrote to the board, saying in a letter dated May 3, that the levy was unlawful.", rule: "reported/participle", content: "that the levy was unlawful", mention: "Mr. Diaz" },
  { text: "The police said they were searching for another man - a suspect with an outstanding warrant.", rule: "reported/verb-then-content", content: "they were searching for another man - a suspect with an outstanding warrant", mention: "The police" },
  { text: "The mayor said the budget — a plan that critics hate — would pass.", rule: "reported/verb-then-content", content: "the budget — a plan that critics hate — would pass", mention: "The mayor" },
  // A closing ", who ..." relative clause is the reporter's note on the person; one closed by a comma inside the clause stays.
  { text: "The paper said the emails were exchanges between Carter and Eric Fanning, who was his chief of staff at the time.", rule: "reported/verb-then-content", content: "the emails were exchanges between Carter and Eric Fanning", mention: "The paper" },
  { text: "She said Sanders, who won Rhode Island, would focus on policy.", rule: "reported/verb-then-content", content: "Sanders, who won Rhode Island, would focus on policy", mention: "She" },
  // A fronted "After/While saying A, X ...": the content ends at the main clause's comma; X is the source.
  { text: "While saying that he respects the mayor, Mr. Lee continued to question her budget.", rule: "reported/participle", content: "that he respects the mayor", mention: "Mr. Lee", cue: "saying" },
  { text: "After saying he was too nervous to ask a question, the man left the room.", rule: "reported/participle", content: "he was too nervous to ask a question", mention: null },
  // A participle after a preposition of manner or addition ("in saying", "in addition to stating", "aside from saying").
  { text: "In addition to stating that the levy was illegal, Mayor Ruiz vowed to repeal it.", rule: "reported/participle", content: "that the levy was illegal", mention: "Mayor Ruiz", cue: "stating" },
  { text: "The mayor was right in saying that the levy was illegal.", rule: "reported/participle", content: "that the levy was illegal", mention: "The mayor" },
  { text: "Ruiz has said little, but she refuses to name a deputy, aside from saying she wants a lawyer.", rule: "reported/participle", content: "she wants a lawyer", mention: "she" },
  // After "..., X said,": a joined verb phrase or an "including" list continues the account; a participle is narration.
  { text: "He had no criminal record, the airline added, and had passed all background checks.", rule: "reported/said-after", content: "He had no criminal record, the airline added, and had passed all background checks", mention: "the airline" },
  { text: "The emails covered many topics, the paper said, including speeches and meetings.", rule: "reported/said-after", content: "The emails covered many topics, the paper said, including speeches and meetings", mention: "the paper" },
  { text: "The wall would stop smugglers, she said, but also slow trade.", rule: "reported/said-after", content: "The wall would stop smugglers, she said, but also slow trade", mention: "she" },
  { text: "The plant will close, he said, citing falling demand.", rule: "reported/said-after", content: "The plant will close", mention: "he" },
  // "called X Y": a predicate with "the" after a pronoun, or with a possessive after the object.
  { text: "The coach called her assistant her best hire.", rule: "reported/called-predicate", content: "her assistant her best hire", mention: "The coach" },
  { text: "The mayor called it the worst decision of the year.", rule: "reported/called-predicate", content: "it the worst decision of the year", mention: "The mayor" },
  { text: "Among young voters, 42% say the economy is their top concern.", rule: "reported/verb-then-content", content: "the economy is their top concern", mention: "42%" },
  // A comma right after the verb when the subject opens the sentence: the clause after it is the content.
  { text: "The mayor says, win or lose, she is staying in the race.", rule: "reported/verb-then-content", content: "win or lose, she is staying in the race", mention: "The mayor", cue: "says" },
  // "told the story of X": what the story is about is the content.
  { text: "At the rally, the senator told the story of a nurse who lost her job to a machine.", rule: "reported/told-story", content: "a nurse who lost her job to a machine", mention: "the senator", cue: "told the story of" },
  { text: "The governor often tells the tale of how his father crossed the border.", rule: "reported/told-story", content: "how his father crossed the border", mention: "The governor" },
  // A joke or a tale told is words: the noun phrase is the content (with its topic after "about").
  { text: "At the county fair, the candidate told a joke and the crowd laughed.", rule: "reported/told-story", content: "a joke", mention: "the candidate", cue: "told" },
  { text: "In her speech, the mayor tells one joke about the parking meters, which falls flat.", rule: "reported/told-story", content: "one joke about the parking meters", mention: "the mayor" },
  { text: "The station's manager told a very different tale.", rule: "reported/told-story", content: "a very different tale" },
  // A quotation with its own attribution after the reported clause: the clause ends before that account.
  { text: "The mayor said the bridge would reopen in June, but went on to say, “Nobody should hold their breath.”", rule: "reported/verb-then-content", content: "the bridge would reopen in June", mention: "The mayor", cue: "said" },
  { text: "The chief said the fire was under control, and when asked about the cause, he said, “We do not know yet.”", rule: "reported/verb-then-content", content: "the fire was under control", mention: "The chief", cue: "said" },
  { text: "The coach said the team had improved - the captain added, “We are faster now.”", rule: "reported/verb-then-content", content: "the team had improved", mention: "The coach", cue: "said" },
  // The tagger reads "deserved" and "costs" as nouns here; the clause test corrects it.
  { text: "The mayor said the Smith family deserved an apology.", rule: "reported/verb-then-content", content: "the Smith family deserved an apology", mention: "The mayor", cue: "said" },
  { text: "A spokesman said every hour of delay costs the city money.", rule: "reported/verb-then-content", content: "every hour of delay costs the city money", mention: "A spokesman", cue: "said" },
  { text: "Officials said the new figures show that the program is working.", rule: "reported/verb-then-content", content: "the new figures show that the program is working", mention: "Officials", cue: "said" },
  { text: "Jane Roe, host of WXYZ’s “Morning Talk,” suggested the council had misled voters.", rule: "reported/verb-then-content", content: "the council had misled voters", mention: "Jane Roe", cue: "suggested" },
  { text: "Mayor Ruiz blamed the delay on a “faulty pump,” claiming that the crews had done their best.", rule: "reported/participle", content: "that the crews had done their best", mention: "Mayor Ruiz", cue: "claiming" },
  { text: "The mayor said that the bridge would reopen in June.", rule: "reported/verb-then-content", content: "that the bridge would reopen in June", mention: "The mayor", cue: "said" },
  { text: "The governor said on Tuesday that the roads were safe.", rule: "reported/verb-then-content", content: "that the roads were safe", mention: "The governor" },
  { text: "Ms. Lopez insisted that the figures were accurate.", rule: "reported/verb-then-content", content: "that the figures were accurate", mention: "Ms. Lopez", cue: "insisted" },
  { text: "The company denied that it had misled investors.", rule: "reported/verb-then-content", content: "that it had misled investors", mention: "The company" },
  { text: "He warned that prices would rise sharply.", rule: "reported/verb-then-content", content: "that prices would rise sharply", mention: "He" },
  { text: "The senator has repeatedly claimed the election was rigged.", rule: "reported/verb-then-content", content: "the election was rigged", mention: "The senator", cue: "has repeatedly claimed" },
  { text: "A nurse at the clinic confessed that she had falsified the records.", rule: "reported/verb-then-content", content: "that she had falsified the records", mention: "A nurse at the clinic" },
  { text: "Critics argued the tax would hurt small farms.", rule: "reported/verb-then-content", content: "the tax would hurt small farms", mention: "Critics" },
  {
    text: "Jane Doe, a spokeswoman for the council, told reporters the vote was delayed.",
    rule: "reported/verb-then-content",
    content: "the vote was delayed",
    mention: "Jane Doe",
    source: "Jane Doe, a spokeswoman for the council,",
    cue: "told reporters",
    to: "reporters",
  },
  { text: "She told the Valley Herald that she was leaving the party.", rule: "reported/verb-then-content", content: "that she was leaving the party", mention: "She", to: "the Valley Herald" },
  { text: "Soldiers told him they had no water left.", rule: "reported/verb-then-content", content: "they had no water left", mention: "Soldiers", to: "him" },
  {
    text: "Peter Holm, 45, a baker who lives near the square, said he had seen the fire start.",
    rule: "reported/verb-then-content",
    content: "he had seen the fire start",
    mention: "Peter Holm",
  },
  { text: "According to the health ministry, at least 40 people were injured.", rule: "reported/according-to-first", content: "at least 40 people were injured", mention: "the health ministry", cue: "According to" },
  { text: "Crime fell in May, according to the police, and arrests rose.", rule: "reported/according-to-after", content: "Crime fell in May, according to the police, and arrests rose", mention: "the police" },
  { text: "The mayor leads in the north, according to the survey, although the rival keeps it close.", rule: "reported/according-to-after", content: "The mayor leads in the north, according to the survey, although the rival keeps it close", mention: "the survey" },
  { text: "Sales fell in May, according to the trade group, but the outlook is brighter.", rule: "reported/according-to-after", content: "Sales fell in May", mention: "the trade group" },
  { text: "Turnout, according to the county clerk, was the highest in a decade.", rule: "reported/according-to-after", content: "Turnout, according to the county clerk, was the highest in a decade", mention: "the county clerk" },
  { text: "The nurse later sued, claiming the quarantine violated her rights.", rule: "reported/participle", content: "the quarantine violated her rights", mention: "The nurse" },
  // A verb not in -ed before an article or possessive ends the subject ("left the stage").
  { text: "The mayor left the stage, saying the budget was gone.", rule: "reported/participle", content: "the budget was gone", mention: "The mayor" },
  { text: "The other candidate left the stage, saying the budget was gone.", rule: "reported/participle", content: "the budget was gone", mention: "The other candidate" },
  // A plural unit of time with no count before "later" is a fronted phrase, not the subject.
  { text: "Hours later, Trump returned the compliment, telling Reuters that the senator was a good man.", rule: "reported/participle", content: "that the senator was a good man", mention: "Trump" },
  { text: "The spokesman declined to comment but said no call was planned.", rule: "reported/verb-then-content", content: "no call was planned", mention: "The spokesman" },
  { text: "A group of doctors signed a letter, calling for his dismissal.", rule: "reported/participle", content: "his dismissal", mention: "A group of doctors" },
  // The sentence's subject goes on through of/for/at after a lower-case noun, and through a role noun before a name.
  { text: "A spokeswoman for the bank also declined to comment, saying that nobody involved remains at the firm.", rule: "reported/participle", content: "that nobody involved remains at the firm", mention: "A spokeswoman for the bank" },
  { text: "The attorney general of the state of New York is suing the firm, claiming the school is a fraud.", rule: "reported/participle", content: "the school is a fraud", mention: "The attorney general of the state of New York" },
  { text: "A spokesman for Mayor Frank Jackson of Cleveland defended the route and said the police were ready.", rule: "reported/verb-then-content", content: "the police were ready", mention: "A spokesman for Mayor Frank Jackson of Cleveland" },
  { text: "Presumptive Republican nominee Donald Trump describes himself as a builder and has said that he would cut taxes.", rule: "reported/verb-then-content", content: "that he would cut taxes", mention: "Presumptive Republican nominee Donald Trump" },
  { text: "A Clinton ally suggested she would support the deal.", rule: "reported/verb-then-content", content: "she would support the deal", mention: "A Clinton ally" },
  // A message sent with a verb ("issued a statement saying"): the source is that verb's subject.
  { text: "Minutes later, the campaign issued a statement saying that he meant voters who support the law.", rule: "reported/participle", content: "that he meant voters who support the law", mention: "the campaign" },
  { text: "She also sent a tweet saying she would put new rules in place.", rule: "reported/participle", content: "she would put new rules in place", mention: "She" },
  { text: "Later that day, Trump fired back a response saying he would not support the agenda.", rule: "reported/participle", content: "he would not support the agenda", mention: "Trump" },
  // Not through a verb after the phrase, nor a name and a verb after two capitalised words without a role noun.
  { text: "The head of the party wants a recount and said the count was rigged.", rule: "reported/verb-then-content", content: "the count was rigged", mention: "The head of the party" },
  { text: "Hillary Clinton beat rival Bernie Sanders and said the race was over.", rule: "reported/verb-then-content", content: "the race was over", mention: "Hillary Clinton" },
  { text: "(According to the city clerk, the office keeps no such records.)", rule: "reported/according-to-first", content: "the office keeps no such records", mention: "the city clerk" },
  { text: "Few noticed the change: According to the survey, most farmers plan to plant corn.", rule: "reported/according-to-first", content: "most farmers plan to plant corn", mention: "the survey" },
  { text: "But, according to the agency, the river has already crested.", rule: "reported/according-to-first", content: "the river has already crested", mention: "the agency" },
  {
    text: "According to Ana Ruiz, a member of the river committee, the dam was built without permits.",
    rule: "reported/according-to-first",
    content: "the dam was built without permits",
    mention: "Ana Ruiz",
  },
  { text: "At least 40 people were injured, according to the health ministry.", rule: "reported/according-to-after", content: "At least 40 people were injured", mention: "the health ministry" },
  { text: "The factory will close next year, one worker said.", rule: "reported/said-after", content: "The factory will close next year", mention: "one worker" },
  { text: "The factory will close next year, one worker told the Gazette.", rule: "reported/said-after", content: "The factory will close next year", mention: "one worker", to: "the Gazette" },
  { text: "The bridge is unsafe, the engineer said, pointing to the cracks.", rule: "reported/said-after", content: "The bridge is unsafe", mention: "the engineer" },
  { text: "Dozens of shops were looted overnight, residents said.", rule: "reported/said-after", content: "Dozens of shops were looted overnight", mention: "residents" },
  // After one unpaired dash, a short aside is what the attribution vouches for; a long tail, paired
  // dashes or a hyphen inside a word leave the whole clause.
  { text: "The pilot mailed a letter home — perhaps his last, he warned.", rule: "reported/said-after", content: "perhaps his last", mention: "he" },
  { text: "The nurse packed one small bag -- just in case, she said.", rule: "reported/said-after", content: "just in case", mention: "she" },
  { text: "Wages rose in May – something few voters would guess from the speeches of the candidates, he said.", rule: "reported/said-after", content: "Wages rose in May – something few voters would guess from the speeches of the candidates", mention: "he" },
  { text: "The plan — drafted in March — was never funded, the mayor said.", rule: "reported/said-after", content: "The plan — drafted in March — was never funded", mention: "the mayor" },
  { text: "The U.S.-Mexican border stayed open all week, officials said.", rule: "reported/said-after", content: "The U.S.-Mexican border stayed open all week", mention: "officials" },
  { text: "The factory will close next year, said Tom Baker, a union official.", rule: "reported/said-inverted", content: "The factory will close next year", mention: "Tom Baker" },
  {
    text: "The harvest was poor this year, the farmer said, so prices would rise.",
    rule: "reported/said-between",
    content: "The harvest was poor this year, the farmer said, so prices would rise",
    mention: "the farmer",
  },
  { text: "The minister has made false claims that the dam is secure.", rule: "reported/claim-noun", content: "that the dam is secure", mention: "The minister" },
  { text: "Critics rejected the agency’s claim that the water was clean.", rule: "reported/claim-noun", content: "that the water was clean", mention: "the agency" },
  { text: "It was announced that the school would close in May.", rule: "reported/passive", content: "that the school would close in May", mention: null },
  // With the expletive "it", "said" in the passive reports the that-clause; in a fronted "when" clause it ends at the comma.
  { text: "It was said that the old mill would never reopen.", rule: "reported/passive", content: "that the old mill would never reopen", mention: null, cue: "was said" },
  { text: "Back when it was said that the team could not win, the coach stayed.", rule: "reported/passive", content: "that the team could not win", mention: null },
  { text: "Officials said the storm had passed, adding that schools would reopen.", rule: "reported/participle", content: "that schools would reopen" },
  { text: "Asked whether the plant would close, the manager said no decision had been made.", rule: "reported/asked-fronted", content: "whether the plant would close", mention: null, cue: "Asked" },
  { text: "When asked about the missing funds, the treasurer declined to comment.", rule: "reported/asked-fronted", content: "about the missing funds", mention: null },
  // A topic beside a directly quoted answer is kept too (tests/extract/reported-asked-trailing.test.ts); as are a
  // scare-quoted word in an indirect answer, a show's title before "when asked", a named asker.
  { text: "Asked about the tax, Ann Lee said it was like calling it “voodoo economics.”", rule: "reported/asked-fronted", content: "about the tax", mention: null },
  { text: "On Riverton’s “Morning Desk,” when asked about the levy, Ann Lee said she would vote no.", rule: "reported/asked-fronted", content: "about the levy", mention: null },
  { text: "When asked by a caller about the levy, Ann Lee said: “I will vote no.”", rule: "reported/asked-fronted", content: "about the levy" },
  { text: "The union called for a full inquiry into the accident.", rule: "reported/verb-then-content", content: "a full inquiry into the accident", mention: "The union", cue: "called for" },
  { text: "The council called on residents to boil their water.", rule: "reported/verb-then-content", content: "residents to boil their water", mention: "The council", cue: "called on" },
  { text: "The union called upon the board to reopen the talks.", rule: "reported/verb-then-content", content: "the board to reopen the talks", mention: "The union", cue: "called upon" },
  { text: "Governor Lee met the farmers on Monday, stating that the permits had lapsed.", rule: "reported/participle", content: "that the permits had lapsed", mention: "Governor Lee", cue: "stating" },
  { text: "Ms. Berg pointed out that the law had never been enforced.", rule: "reported/verb-then-content", content: "that the law had never been enforced", mention: "Ms. Berg", cue: "pointed out" },
  { text: "A reporter asked the minister on Friday whether the talks had failed.", rule: "reported/verb-then-content", content: "whether the talks had failed", to: "the minister" },
  { text: "Most said they would vote again.", rule: "reported/verb-then-content", content: "they would vote again", mention: "Most" },
  { text: "A mere 9 percent say they trust the council.", rule: "reported/verb-then-content", content: "they trust the council", mention: "A mere 9 percent" },
  { text: "Nearly a third said the same of the mayor.", rule: "reported/verb-then-content", content: "the same of the mayor" },
  { text: "The mayor isn’t saying what the repairs will cost.", rule: "reported/verb-then-content", content: "what the repairs will cost", mention: "The mayor", cue: "isn’t saying" },
  { text: "The agency issued a statement saying the water was safe to drink.", rule: "reported/participle", content: "the water was safe to drink" },
  { text: "She changed her mind on stage – saying she would back the other candidate.", rule: "reported/participle", content: "she would back the other candidate", mention: "She" },
  // Rules added for issue #4 and the PolNeAR error analysis (made-up sentences).
  {
    text: "Residents — supporters and opponents of the mayor — described officers fleeing, leaving civilians to fend for themselves.",
    rule: "reported/described-event",
    content: "officers fleeing, leaving civilians to fend for themselves",
    mention: "Residents",
    cue: "described",
  },
  { text: "Witnesses described soldiers firing into the crowd.", rule: "reported/described-event", content: "soldiers firing into the crowd", mention: "Witnesses" },
  {
    text: "Farmers — many of them tenants — said the harvest had failed.",
    rule: "reported/verb-then-content",
    content: "the harvest had failed",
    mention: "Farmers",
    source: "Farmers — many of them tenants",
  },
  { text: "The board backed moves that the chairman said improved the budget.", rule: "reported/verb-then-content", content: "that the chairman said improved the budget", mention: "the chairman" },
  { text: "They built a dam which the engineers said would never hold.", rule: "reported/verb-then-content", content: "which the engineers said would never hold", mention: "the engineers" },
  { text: "The treasurer said more than 200 donors had given to the fund.", rule: "reported/verb-then-content", content: "more than 200 donors had given to the fund" },
  { text: "Ana Diaz, 58, who runs a bakery downtown, says her rent has doubled.", rule: "reported/verb-then-content", content: "her rent has doubled", mention: "Ana Diaz" },
  {
    text: "Rep. Jane Roe (D-Ore.), a member of the panel, said she would vote against the bill.",
    rule: "reported/verb-then-content",
    content: "she would vote against the bill",
    mention: "Rep. Jane Roe (D-Ore.)",
  },
  { text: "The mayor asked workers if they planned to strike.", rule: "reported/verb-then-content", content: "if they planned to strike", to: "workers" },
  { text: "The council asked the water board to test every well.", rule: "reported/verb-then-content", content: "the water board to test every well" },
  { text: "The union urged members to reject the offer.", rule: "reported/verb-then-content", content: "members to reject the offer", mention: "The union" },
  { text: "Officials said turnout rose in the north, while the south saw little change.", rule: "reported/verb-then-content", content: "turnout rose in the north" },
  { text: "Half said they trusted the council, compared with a third last year.", rule: "reported/verb-then-content", content: "they trusted the council" },
  { text: "He said he had a plan, while admitting it was costly.", rule: "reported/verb-then-content", content: "he had a plan, while admitting it was costly" },
  { text: "Critics said the women who run the shelter are underpaid.", rule: "reported/verb-then-content", content: "the women who run the shelter are underpaid", mention: "Critics" },
  {
    text: "Jon Marsh, who chairs the board, said the budget was balanced.",
    rule: "reported/verb-then-content",
    content: "the budget was balanced",
    mention: "Jon Marsh",
  },
  // Precision round (PolNeAR train error analysis; made-up sentences).
  { text: "Sales fell by a third, according to a trade group, the steepest drop in a decade.", rule: "reported/according-to-after", content: "Sales fell by a third", mention: "a trade group" },
  { text: "The rate, according to the bank, is the lowest in years.", rule: "reported/according-to-after", content: "The rate, according to the bank, is the lowest in years" },
  { text: "Asked if he would run again, the senator said no.", rule: "reported/verb-then-content", content: "no", mention: "the senator" },
  { text: "Half said so in the spring poll, compared with a third in May.", rule: "reported/verb-then-content", content: "so", mention: "Half" },
  { text: "He said no decision had been made.", rule: "reported/verb-then-content", content: "no decision had been made" },
  { text: "The mill will close in May, said former mayor Ann Lee.", rule: "reported/said-inverted", content: "The mill will close in May", mention: "former mayor Ann Lee" },
  {
    text: "Grain prices will keep rising, said Tom Ray, a trader whose firm buys wheat from the region.",
    rule: "reported/said-inverted",
    content: "Grain prices will keep rising",
    mention: "Tom Ray",
  },
  { text: "While she’s said she backs the plan, she has not voted for it.", rule: "reported/verb-then-content", content: "she backs the plan", mention: "she" },
  { text: "Union members here said they would strike in May.", rule: "reported/verb-then-content", content: "they would strike in May", mention: "Union members here" },
  {
    text: "Several neighbours — including a baker, a nurse and two teachers — said the road had flooded twice.",
    rule: "reported/verb-then-content",
    content: "the road had flooded twice",
    mention: "Several neighbours",
  },
  { text: "The agency said about half of the wells were dry.", rule: "reported/verb-then-content", content: "about half of the wells were dry", mention: "The agency" },
  {
    text: "Despite a week of heavy rain, the harvest will be on time, the farmers’ union said.",
    rule: "reported/said-after",
    content: "the harvest will be on time",
    mention: "the farmers’ union",
  },
  { text: "In the north, turnout was low, officials said.", rule: "reported/said-after", content: "In the north, turnout was low", mention: "officials" },
  {
    text: "The mayor said the council would delay the vote, leaving the decision to the next council.",
    rule: "reported/verb-then-content",
    content: "the council would delay the vote, leaving the decision to the next council",
  },
  { text: "The mayor said the vote would be delayed, remarking that the council was divided.", rule: "reported/verb-then-content", content: "the vote would be delayed" },
  // An -s form that is never a plural noun, after a noun phrase with a determiner or a possessive, is the verb.
  { text: "The new study suggests voters might cross party lines in the fall.", rule: "reported/verb-then-content", content: "voters might cross party lines in the fall" },
  { text: "The council’s lawyer argues tenants will lose their deposits.", rule: "reported/verb-then-content", content: "tenants will lose their deposits", mention: "The council’s lawyer" },
  // An aside between the subject and its verb, opened by a participle or a preposition, is no source, commas inside or not.
  { text: "Mayor Ann Lee, speaking at a rally in Dover, Del., warned that the levy would rise.", rule: "reported/verb-then-content", content: "that the levy would rise", mention: "Mayor Ann Lee" },
  { text: "Judge Ann Stone, in her dissent, said the rule was unfair.", rule: "reported/verb-then-content", content: "the rule was unfair", mention: "Judge Ann Stone" },
  { text: "Ann Cole, who lost her son in Aurora, Colorado, in July 2012, said the rule was unfair.", rule: "reported/verb-then-content", content: "the rule was unfair", mention: "Ann Cole" },
  { text: "One former employee, speaking on condition of anonymity because of a non-disclosure agreement, said the firm had lied.", rule: "reported/verb-then-content", content: "the firm had lied", mention: "One former employee" },
  // "and" + a second verb inside a subordinate clause with its own subject: that subject speaks, not the sentence's.
  { text: "The crowd cheered when Mayor Lee spotted a sign and asked for it to be brought to the stage.", rule: "reported/verb-then-content", content: "for it to be brought to the stage", mention: "Mayor Lee" },
  { text: "Some in the hall booed, and when she thanked the city and said it was good to be home, they cheered.", rule: "reported/verb-then-content", content: "it was good to be home", mention: "she" },
  // (A bracketed aside and quotation marks inside that clause are passed over.)
  { text: "The mood soured when Mayor Lee called the plan “a joke” (although she allowed that parts of it might work) and promised to veto it.", rule: "reported/verb-then-content", content: "to veto it", mention: "Mayor Lee" },
  // A relative after a preposition ("in which he …") has its own subject, which has the verb after "but"/"and" too.
  { text: "The chief's briefing on Tuesday, in which he laid out the record but then announced that he would not press charges, was the latest misstep.", rule: "reported/verb-then-content", content: "that he would not press charges", mention: "he" },
  { text: "The town's report, in which Ann Lee listed the costs and said the levy was too low, went to the council.", rule: "reported/verb-then-content", content: "the levy was too low", mention: "Ann Lee" },
  // A participle after a later clause (", but X <verb> …, asking …") is that clause's subject's, irregular past verb or not.
  { text: "The mayor wanted to talk about roads, but Moderator Ann Wall brought her back to the budget, asking her to explain the deficit.", rule: "reported/participle", content: "her to explain the deficit", mention: "Moderator Ann Wall" },
  { text: "The mayor wanted to talk about roads, but Ann Wall pressed her on the budget, asking whether taxes would rise.", rule: "reported/participle", content: "whether taxes would rise", mention: "Ann Wall" },
  // A span of time before "later"/"earlier" between the subject and its verb is no part of the subject.
  { text: "When the mayor a month later announced 600 layoffs, the workers were stunned.", rule: "reported/verb-then-content", content: "600 layoffs", mention: "the mayor" },
  { text: "The council two days earlier said the plan had failed.", rule: "reported/verb-then-content", content: "the plan had failed", mention: "The council" },
  // A cue in the clause the sentence opens with: the main clause starts after the reported one's comma.
  { text: "Although the agency declined to comment and city aides later said the memo was a draft, it showed how tense the issue had become.", rule: "reported/verb-then-content", content: "the memo was a draft", mention: "city aides" },
  { text: "Now that the mayor has claimed that the budget is balanced, the council has questions to answer.", rule: "reported/verb-then-content", content: "that the budget is balanced", mention: "the mayor" },
  // A cue in an aside on the subject: a comma and the main clause's verb close the aside and its content.
  { text: "The governor, who endorsed Lee in May and said he would campaign with her, ultimately did not show up.", rule: "reported/verb-then-content", content: "he would campaign with her" },
  { text: "The senator, though she praised the judge and said the council should give him a hearing, stopped short of backing him.", rule: "reported/verb-then-content", content: "the council should give him a hearing" },
  { text: "The briefing, in which the chief laid out the record and then announced that he would not press charges, was the latest misstep.", rule: "reported/verb-then-content", content: "that he would not press charges" },
  // (A relative clause inside the content is the content's own.)
  { text: "The mayor said the budget, which was drafted in May, was short.", rule: "reported/verb-then-content", content: "the budget, which was drafted in May, was short" },
  // (Not when a comma comes between the subordinator and the cue: the cue is in the main clause.)
  { text: "When asked, the mayor said the plan had failed, the budget was short, and the council was to blame.", rule: "reported/verb-then-content", content: "the plan had failed, the budget was short, and the council was to blame" },
  // A participle of the reporter's gloss on what the claim means ends it; one of plain consequence stays (above).
  { text: "The pollster said 60 percent would back the mayor, putting her ahead of every rival in the county.", rule: "reported/verb-then-content", content: "60 percent would back the mayor" },
  { text: "The union declared that it would not endorse the governor, throwing a wrench in his plans for the fall.", rule: "reported/verb-then-content", content: "that it would not endorse the governor" },
  { text: "The campaign said 40,000 donors gave in March, surpassing the record it set a year ago.", rule: "reported/verb-then-content", content: "40,000 donors gave in March" },
  { text: "The council said it would seek a new chair for the board, reflecting the town's wish to move on.", rule: "reported/verb-then-content", content: "it would seek a new chair for the board" },
  // (Not a participle inside the reported clause: "said that, reflecting on the vote, she ...".)
  { text: "The mayor said that reflecting on the vote, she would run again.", rule: "reported/verb-then-content", content: "that reflecting on the vote, she would run again" },
  { text: "Officials said the turnout was 48 percent, a record for the county.", rule: "reported/verb-then-content", content: "the turnout was 48 percent" },
  { text: "She said she was tired of the old parties and wanted a new candidate.", rule: "reported/verb-then-content", content: "she was tired of the old parties and wanted a new candidate" },
  { text: "He said the bill was flawed and urged the council to reject it.", rule: "reported/verb-then-content", content: "the bill was flawed" },
  {
    text: "The river rose overnight, the ranger said, and the bridge had to be closed.",
    rule: "reported/said-after",
    content: "The river rose overnight, the ranger said, and the bridge had to be closed",
    mention: "the ranger",
  },
  {
    text: "Asked whether the dam, which engineers called unsafe, would be repaired, Ms. Ortiz said work would start in May.",
    rule: "reported/asked-fronted",
    content: "whether the dam, which engineers called unsafe, would be repaired",
  },
  {
    text: "The new rules, which officials said will start in May, will not apply to farms.",
    rule: "reported/verb-then-content",
    content: "which officials said will start in May",
    mention: "officials",
  },
  { text: "She said that day that the plan had failed.", rule: "reported/verb-then-content", content: "that the plan had failed" },
  // ("that same day", "that very morning": a word between "that" and the time noun keeps it a time phrase.)
  { text: "She announced that same day that the plan had failed.", rule: "reported/verb-then-content", content: "that the plan had failed" },
  { text: "He said that year was the worst for farmers.", rule: "reported/verb-then-content", content: "that year was the worst for farmers" },
  {
    text: "The council met until midnight - and the budget, the clerk said, was still not balanced.",
    rule: "reported/said-between",
    content: "and the budget, the clerk said, was still not balanced",
    mention: "the clerk",
  },
  // The reporter's gloss after a lone dash closes the account inside which the attribution stands.
  { text: "For decades, she said, the ferry kept the island alive – although at the mention of the ferry she sighed.", rule: "reported/said-between", content: "For decades, she said, the ferry kept the island alive", cue: "said" },
  { text: "She called for higher taxes on fuel.", rule: "reported/verb-then-content", content: "higher taxes on fuel", mention: "She", cue: "called for" },
  // ", but she did not say ...": the narrator's next report of the speaker ends the content.
  { text: "The mayor said the bridge would reopen in May, but she did not say when the work would start.", rule: "reported/verb-then-content", content: "the bridge would reopen in May" },
  { text: "The mayor said the bridge would reopen in May, and Dana Ruiz warned that the road would stay shut.", rule: "reported/verb-then-content", content: "the bridge would reopen in May" },
  // An attribution embedded in the content (no comma or coordinator before it) leaves it whole ...
  { text: "The mayor said the city would spend the $2 million she says it raised on new parks.", rule: "reported/verb-then-content", content: "the city would spend the $2 million she says it raised on new parks" },
  { text: "Critics urged the council to drop the plan after the mayor claimed that the budget was safe.", rule: "reported/verb-then-content", content: "the council to drop the plan after the mayor claimed that the budget was safe" },
  // ... while ", and Y said B" starts a new report.
  { text: "The mayor said the bridge would reopen in May, and the governor said the road would stay shut.", rule: "reported/verb-then-content", content: "the bridge would reopen in May" },
  // A manner adverb after the verb belongs to the verb: the content starts at "that" ...
  { text: "The coach said firmly that the team would play on Sunday.", rule: "reported/verb-then-content", content: "that the team would play on Sunday" },
  { text: "The coach said firmly - twice, to be sure - that the team would play on Sunday.", rule: "reported/verb-then-content", content: "that the team would play on Sunday" },
  { text: "The coach said — at a dinner, as it happens — that the team would play on Sunday.", rule: "reported/verb-then-content", content: "that the team would play on Sunday" },
  // ... while an adverb inside the content's own noun phrase stays.
  { text: "The coach said nearly half of the players were injured.", rule: "reported/verb-then-content", content: "nearly half of the players were injured" },
  // After the comma, "and" with a subject pronoun is the narrator's next statement about the speaker, with or
  // without a speech verb (PolNeAR train: the span ends there far more often than it runs on); "it" goes on.
  { text: "The mayor said the bridge would reopen in May, and she expected the road to follow.", rule: "reported/verb-then-content", content: "the bridge would reopen in May" },
  // "this" is a time word only before a time noun ("said this week"); here it is the content's subject.
  { text: "Others say this is only a passing phase.", rule: "reported/verb-then-content", content: "this is only a passing phase", mention: "Others" },
  { text: "Most parents, 61 percent, say they read to their children every night.", rule: "reported/verb-then-content", content: "they read to their children every night" },
  { text: "The senator warned of a long and costly winter for farmers.", rule: "reported/verb-then-content", content: "a long and costly winter for farmers", mention: "The senator", cue: "warned of" },
  { text: "The coach complained about the referees in the second half.", rule: "reported/verb-then-content", content: "the referees in the second half", cue: "complained about" },
  { text: "The mayor called Friday for a review of the police budget.", rule: "reported/verb-then-content", content: "a review of the police budget", cue: "called Friday for" },
  { text: "The senator has said for weeks she will not run again.", rule: "reported/verb-then-content", content: "she will not run again", cue: "has said" },
  { text: "She has argued for the past two years that the tax is unfair.", rule: "reported/verb-then-content", content: "that the tax is unfair", cue: "has argued" },
  { text: "Police announced on Monday the arrest of a second suspect.", rule: "reported/verb-then-content", content: "the arrest of a second suspect", cue: "announced" },
  { text: "The mayor said at a town hall in Dayton, Ohio, that the plant would stay open.", rule: "reported/verb-then-content", content: "that the plant would stay open" },
  { text: "The governor called the new tax a burden on young families.", rule: "reported/called-predicate", content: "the new tax a burden on young families", mention: "The governor", cue: "called" },
  { text: "The union leader called him dishonest and walked out.", rule: "reported/called-predicate", content: "him dishonest", cue: "called" },
  { text: "Critics went further, calling the plan a giveaway to developers.", rule: "reported/called-predicate", content: "the plan a giveaway to developers", cue: "calling" },
  { text: "She has called the ruling a disgrace - it was her first comment.", rule: "reported/called-predicate", content: "the ruling a disgrace", cue: "has called" },
  { text: "The report noted the sharp rise in rents since 2019.", rule: "reported/verb-then-content", content: "the sharp rise in rents since 2019", cue: "noted" },
  { text: "The minister stressed her support for the new treaty.", rule: "reported/verb-then-content", content: "her support for the new treaty", cue: "stressed" },
  {
    text: "The new clinic will open in May, said Rosa Diaz, a longtime adviser to the hospital board who oversees the county's long campaign to expand care for the elderly.",
    rule: "reported/said-inverted",
    content: "The new clinic will open in May",
    mention: "Rosa Diaz",
  },
  { text: "The bridge, said Mayor Ann Lee, will close in May.", rule: "reported/said-inverted-between", content: "The bridge, said Mayor Ann Lee, will close in May", mention: "Mayor Ann Lee", cue: "said" },
  { text: "Noting that the river had risen overnight, Mayor Ruiz closed the bridge.", rule: "reported/participle-fronted", content: "that the river had risen overnight", mention: "Mayor Ruiz", cue: "Noting" },
  { text: "But insisting the budget was balanced, she refused to cut taxes.", rule: "reported/participle-fronted", content: "the budget was balanced", mention: "she" },
  { text: "The latest county survey suggests that most renters plan to move.", rule: "reported/verb-then-content", content: "that most renters plan to move", cue: "suggests" },
  { text: "Dr. Lee's research suggests the drug works in older patients.", rule: "reported/verb-then-content", content: "the drug works in older patients" },
  { text: "The mayor is warning residents that the storm could cut power for days.", rule: "reported/verb-then-content", content: "that the storm could cut power for days", cue: "is warning residents", to: "residents" },
  { text: "He spoke for an hour, warning that the dam could fail and implying that officials knew.", rule: "reported/participle", content: "that the dam could fail", cue: "warning" },
  { text: "The groups said they are not backing any candidate and offering help to both parties.", rule: "reported/verb-then-content", content: "they are not backing any candidate and offering help to both parties" },
  { text: "The memo says former officials who leak secret files can be barred from federal jobs.", rule: "reported/verb-then-content", content: "former officials who leak secret files can be barred from federal jobs" },
  { text: "One agency says prices rose by a tenth; another says they fell.", rule: "reported/verb-then-content", content: "they fell", mention: "another" },
  { text: "Lee (who has led the board since 2009) said the vote would wait.", rule: "reported/verb-then-content", content: "the vote would wait", mention: "Lee" },
  { text: "Asked to name a rival he admired, the senator said he could not.", rule: "reported/asked-fronted", content: "to name a rival he admired", cue: "Asked" },
  { text: "Officials said the leak came from inside the agency, possibly in a bid to embarrass the director.", rule: "reported/verb-then-content", content: "the leak came from inside the agency, possibly in a bid to embarrass the director" },
  { text: "A student asked the governor what she thought of the claim that taxes would rise.", rule: "reported/verb-then-content", content: "what she thought of the claim that taxes would rise", to: "the governor" },
  { text: "The council asked the Water Board to explain the delay.", rule: "reported/verb-then-content", content: "the Water Board to explain the delay" },
  { text: "When asked whom she would back, the mayor smiled.", rule: "reported/asked-fronted", content: "whom she would back" },
  // A manner adverb, "whenever", or a place and time phrase the adverbial walk does not close, before the question.
  { text: "Asked specifically what the plan would cost, the mayor shrugged.", rule: "reported/asked-fronted", content: "what the plan would cost", cue: "Asked" },
  { text: "Asked at a town hall Monday in Dayton about the plant closure, the governor shrugged.", rule: "reported/asked-fronted", content: "about the plant closure" },
  { text: "When asked at the county fair about the deficit, the candidate changed the subject.", rule: "reported/asked-fronted", content: "about the deficit" },
  { text: "Whenever asked about the deficit, the candidate changed the subject.", rule: "reported/asked-fronted", content: "about the deficit" },
  { text: "The merger was first reported by the Valley Herald.", rule: "reported/passive-subject", content: "The merger", mention: "the Valley Herald", cue: "was first reported" },
  { text: "The closure of the plant was announced on Friday.", rule: "reported/passive-subject", content: "The closure of the plant", mention: null },
  { text: "Ms. Ortiz was declared the winner in the third district, and her rival conceded.", rule: "reported/passive-clause", content: "Ms. Ortiz was declared the winner in the third district", cue: "was declared" },
  // "reported just today,": the time phrase is no content; the clause after the comma is.
  { text: "As the newspaper reported just today, the mill will close.", rule: "reported/as-parenthetical", content: "the mill will close", mention: "the newspaper", cue: "reported" },
  { text: "As the county clerk noted, turnout fell by a third in the rural precincts.", rule: "reported/as-parenthetical", content: "turnout fell by a third in the rural precincts", mention: "the county clerk", cue: "noted" },
  { text: "The bridge, as one engineer pointed out, was never designed for trucks.", rule: "reported/as-parenthetical", content: "The bridge, as one engineer pointed out, was never designed for trucks", cue: "pointed out" },
  // After a comma and a conjunction the 'as' clause opens the second clause, and vouches for it alone.
  { text: "Fares may rise again, and as the transit chief noted, ridership has not recovered.", rule: "reported/as-parenthetical", content: "ridership has not recovered", mention: "the transit chief", cue: "noted" },
  { text: "The mill is closing, because as the owner wrote, orders fell by half.", rule: "reported/as-parenthetical", content: "orders fell by half", mention: "the owner", cue: "wrote" },
  { text: "As reported by the Valley Gazette, the mill will close in the spring.", rule: "reported/as-parenthetical", content: "the mill will close in the spring", mention: "the Valley Gazette", cue: "reported by" },
  { text: "The fund, as first disclosed by a state auditor, lost half its value.", rule: "reported/as-parenthetical", content: "The fund, as first disclosed by a state auditor, lost half its value", mention: "a state auditor", cue: "first disclosed by" },
  // The same aside without "as" between commas, and "as reported by X" at the sentence's end (after any colon).
  { text: "The merger talks, first reported by the Valley Herald on Monday, have stalled.", rule: "reported/as-parenthetical", content: "The merger talks, first reported by the Valley Herald on Monday, have stalled", mention: "the Valley Herald", cue: "first reported by" },
  { text: "The county has changed course: the mill will close in May, as first reported by the Valley Gazette on Friday.", rule: "reported/as-parenthetical", content: "the mill will close in May", mention: "the Valley Gazette" },
  // The same clause closing the sentence with an active verb: it vouches for the clause before its comma.
  // An -s form that is also a plural noun stays a verb after a name or pronoun when no plural verb follows it.
  { text: "The Valley Gazette reports the mill will close in May.", rule: "reported/verb-then-content", content: "the mill will close in May", mention: "The Valley Gazette" },
  { text: "Ridership has not recovered since the fare rise, as the transit chief noted in the Valley Gazette.", rule: "reported/as-parenthetical", content: "Ridership has not recovered since the fare rise", mention: "the transit chief", cue: "noted" },
  { text: "The county has changed course: turnout fell by a third, as the clerk has noted before.", rule: "reported/as-parenthetical", content: "turnout fell by a third", mention: "the clerk", cue: "has noted" },
  { text: "The senator called her vote on the farm bill a mistake.", rule: "reported/called-predicate", content: "her vote on the farm bill a mistake" },
  { text: "He lost twice and called it a lesson in patience.", rule: "reported/called-predicate", content: "it a lesson in patience", mention: "He" },
  { text: "Critics called the fee and the new permit rules a tax on the poor.", rule: "reported/called-predicate", content: "the fee and the new permit rules a tax on the poor" },
  { text: "She called herself moderate, views that few in her party share.", rule: "reported/called-predicate", content: "herself moderate" },
  // An object noun phrase and an adjective predicate (the tagger tells the adjective from a noun).
  { text: "The mayor called the new parking fees unfair.", rule: "reported/called-predicate", content: "the new parking fees unfair", mention: "The mayor" },
  { text: "The mayor has said she will not resign, but she has bristled at the criticism.", rule: "reported/verb-then-content", content: "she will not resign", mention: "The mayor" },
  { text: "Ms. Ortiz argued that the tax should wait, but Democrats have pushed for a vote.", rule: "reported/verb-then-content", content: "that the tax should wait" },
  { text: "He said the plan was costly, but the benefits were large.", rule: "reported/verb-then-content", content: "the plan was costly, but the benefits were large" },
  { text: "She stressed those worries at a forum in Beijing, and he raised them again at the talks.", rule: "reported/verb-then-content", content: "those worries at a forum in Beijing" },
  { text: "He said the panel heard from Ann Lee, Bo Diaz, and Cy Ortiz.", rule: "reported/verb-then-content", content: "the panel heard from Ann Lee, Bo Diaz, and Cy Ortiz" },
  { text: "The paper announced it will have 18 fact-checkers, and it will all be done live.", rule: "reported/verb-then-content", content: "it will have 18 fact-checkers, and it will all be done live" },
  { text: "“We are ready,” the mayor told reporters that the city had hired 40 new officers.", rule: "reported/verb-then-content", content: "that the city had hired 40 new officers", mention: "the mayor" },
  { text: "Critics have long called the levy a tax on the poor.", rule: "reported/called-predicate", content: "the levy a tax on the poor", cue: "have long called" },
  { text: "The firm called the charges baseless and fabricated by former staff.", rule: "reported/called-predicate", content: "the charges baseless and fabricated by former staff" },
  { text: "He called the ruling unfair and said he would appeal.", rule: "reported/called-predicate", content: "the ruling unfair" },
  // A name right before "calling" is its source; a possessive is no part of the mention.
  { text: "Farmers cheered, with Gov. Ann Lee calling the deal a triumph.", rule: "reported/called-predicate", content: "the deal a triumph", mention: "Gov. Ann Lee" },
  { text: "Asked about Lee's calling the deal a triumph, the mayor shrugged.", rule: "reported/called-predicate", content: "the deal a triumph", mention: "Lee" },
  // "U.S." before a capitalised pronoun or article ends the content, though the splitter keeps the sentence whole.
  { text: "Lee says the plant will move to the U.S. He says costs are lower there.", rule: "reported/verb-then-content", content: "the plant will move to the U.S", mention: "Lee" },
  { text: "Lee said the envoy met U.S. Trade Representative Ann Ruiz on Monday.", rule: "reported/verb-then-content", content: "the envoy met U.S. Trade Representative Ann Ruiz on Monday" },
  { text: "The mayor was asked about the flooding in the east end of town.", rule: "reported/passive", content: "the flooding in the east end of town", cue: "was asked" },
  { text: "Harbor Mayor Says New Bridge Will Open In June", rule: "reported/headline", content: "New Bridge Will Open In June", mention: "Harbor Mayor", cue: "Says" },
  { text: "Farm Group Just Warned Prices Will Double, Calls For Aid.", rule: "reported/headline", content: "Prices Will Double", mention: "Farm Group", cue: "Just Warned" },
  { text: "New Bridge Will Open In June, Harbor Mayor Says.", rule: "reported/headline", content: "New Bridge Will Open In June", mention: "Harbor Mayor" },
  { text: "Governor Says Budget Plan Is ‘Dead On Arrival’ In The Senate", rule: "reported/headline", content: "Budget Plan Is ‘Dead On Arrival’ In The Senate", mention: "Governor", cue: "Says" },
  { text: "Says the new bridge would cost twice as much as the old one.", rule: "reported/headline", content: "the new bridge would cost twice as much as the old one", mention: null },
  // After a preposition the speech word is a noun: the claims are someone else's; the words before it are no source.
  { text: "Harbor Mayor Defends Himself Against Claims He Sold The Pier", rule: "reported/headline", content: "He Sold The Pier", mention: null },
  // An account whose source opens another's content is nested in it: the outer content stays whole.
  { text: "Ms. Ortiz noted that analysts say the tax will raise prices.", rule: "reported/verb-then-content", content: "that analysts say the tax will raise prices", mention: "Ms. Ortiz", cue: "noted" },
  { text: "The clerk said two voters who had complained said they were turned away.", rule: "reported/verb-then-content", content: "two voters who had complained said they were turned away", mention: "The clerk" },
  // The source as written runs through a relative clause to the verb; the mention is the name before it.
  { text: "Chris Dole, who runs the lobbying arm, said the bill would fail.", rule: "reported/verb-then-content", content: "the bill would fail", mention: "Chris Dole", source: "Chris Dole, who runs the lobbying arm," },
  // The sentence's subject for a participle or "and said": after a dateline and fronted phrases, with the
  // lower-case nouns of its noun phrase; a name ending in -ing is no fronted participle.
  { text: "In Iowa on Monday, Mr. Lee struck a calm tone, saying he would stay.", rule: "reported/participle", content: "he would stay", mention: "Mr. Lee" },
  { text: "DENVER (AP) — Sen. Ann Lee blasted the plan, saying it was a giveaway.", rule: "reported/participle", content: "it was a giveaway", mention: "Sen. Ann Lee" },
  { text: "The Diaz campaign responded Friday, saying the claims were false.", rule: "reported/participle", content: "the claims were false", mention: "The Diaz campaign" },
  { text: "Many rural Democrats backed her, noting that she had won twice.", rule: "reported/participle", content: "that she had won twice", mention: "Many rural Democrats" },
  { text: "Ebeling smiled, and said their views were changed by the war.", rule: "reported/verb-then-content", content: "their views were changed by the war", mention: "Ebeling" },
  { text: "At a meeting Tuesday, some senators vented and said that they had lost patience.", rule: "reported/verb-then-content", content: "that they had lost patience", mention: "some senators" },
  // A sentence adverb, a place preposition, an adverb in -ly before a preposition or a participle before a
  // quantity opens a fronted phrase too; a title's closing mark may follow its comma.
  { text: "Likewise, Ada Lind went after the mayor and called for the board to resign.", rule: "reported/verb-then-content", content: "the board to resign", mention: "Ada Lind" },
  { text: "Inside the town hall, Ada Lind dismissed the mayor, arguing that the pier was a waste.", rule: "reported/participle", content: "that the pier was a waste", mention: "Ada Lind" },
  { text: "Shortly after the vote, the families of the founders rallied, warning that the deal would ruin the port.", rule: "reported/participle", content: "that the deal would ruin the port", mention: "the families of the founders" },
  { text: "Speaking Sunday on the Harbor Ledger’s “Week in Review,” Tom Reyes conceded the error, but said the map was right.", rule: "reported/verb-then-content", content: "the map was right", mention: "Tom Reyes" },
  { text: "Rallying hundreds of dock workers, Ada Lind tried to calm them and promised to keep the port open.", rule: "reported/verb-then-content", content: "to keep the port open", mention: "Ada Lind" },
  { text: "Kelly, the harbour master, said the pier would stay shut.", rule: "reported/verb-then-content", content: "the pier would stay shut", mention: "Kelly" },
  // A span of time that opens the sentence, a state's abbreviation after a fronted place, and a dateline
  // whose first word has two letters are no subject either.
  { text: "A few minutes later the organizers reversed themselves, rushed everyone inside and said they will register voters.", rule: "reported/verb-then-content", content: "they will register voters", mention: "the organizers" },
  { text: "The day before, at a rally in Oakdale, Tex., Mr. Reyes was just as blunt, claiming that the mayor wanted a new pier.", rule: "reported/participle", content: "that the mayor wanted a new pier", mention: "Mr. Reyes" },
  { text: "LA CROSSE, Wis. — Gov. Ada Lind on Thursday blamed the media for the flap, saying they were nitpicking.", rule: "reported/participle", content: "they were nitpicking", mention: "Gov. Ada Lind" },
  { text: "The day was long, and the mayor said the pier was gone.", rule: "reported/verb-then-content", content: "the pier was gone", mention: "the mayor" },
  // A participle that ends a later clause (after ", and", ", but", ", while") with a subject and finite verb
  // of its own goes with that subject; not when a main clause follows that clause (the sentence's subject,
  // here the name after the fronted phrase and the fronted "while" clause, stays), nor when it has no subject.
  { text: "Dock groups say the rules are a nuisance, and the Harbor Union of Oakdale has already sued the city over them, saying they violate the charter.", rule: "reported/participle", content: "they violate the charter", mention: "the Harbor Union of Oakdale" },
  { text: "In a May debate, while most of his rivals called for a new pier, Tom Reyes hewed to the mayor's plan, noting that the old one can be fixed.", rule: "reported/participle", content: "that the old one can be fixed", mention: "Tom Reyes" },
  { text: "Ada Lind attacked the plan, and then voted against it, saying it was a giveaway.", rule: "reported/participle", content: "it was a giveaway", mention: "Ada Lind" },
  // An adverb between the subject and its verb, or between the comma and a participle, is neither.
  { text: "The board met on Monday. Ada Lind further announced that the port would keep its funds.", rule: "reported/verb-then-content", content: "that the port would keep its funds", mention: "Ada Lind" },
  { text: "Ada Lind stuck to policy at first but turned tougher against the mayor, eventually saying he would be a disaster.", rule: "reported/participle", content: "he would be a disaster", mention: "Ada Lind" },
  // The sentence subject's source runs through a bracket and an appositive or relative clause to the verb,
  // but not through an aside ("Lee, meanwhile, ...").
  { text: "Senators, who hold a slim majority, blocked the bill, saying it cost too much.", rule: "reported/participle", content: "it cost too much", mention: "Senators", source: "Senators, who hold a slim majority" },
  { text: "Sen. Ann Lee (D-Ore.) blocked the bill, saying it cost too much.", rule: "reported/participle", content: "it cost too much", source: "Sen. Ann Lee (D-Ore.)" },
  { text: "Lee, meanwhile, blocked the bill, saying it cost too much.", rule: "reported/participle", content: "it cost too much", mention: "Lee", source: "Lee" },
  // A subject walk that ran over the verb phrase before the cue stops at its auxiliary, not inside a relative.
  { text: "Voters were slightly more likely to say the economy was their top issue.", rule: "reported/verb-then-content", content: "the economy was their top issue", mention: "Voters" },
  { text: "Those who have seen him say he looks tired.", rule: "reported/verb-then-content", content: "he looks tired", source: "Those who have seen him" },
  // An event the words were said at ("after the convention", "at a fundraiser") is a phrase between the verb and its clause.
  { text: "The governor said after the convention he would not run again.", rule: "reported/verb-then-content", content: "he would not run again", mention: "The governor" },
  { text: "The senator said at a fundraiser she would vote against the bill.", rule: "reported/verb-then-content", content: "she would vote against the bill", mention: "The senator" },
  // "but" and a past form with its own "that" clause is the speaker's next act: the first content ends there.
  { text: "The mayor conceded that the pier had closed but implied that it was the council's fault.", rule: "reported/verb-then-content", content: "that the pier had closed", mention: "The mayor" },
  // A programme's title in marks after the listener goes with the listener, not the content.
  { text: "The senator told NBC’s “Meet the Press” that the bill was dead.", rule: "reported/verb-then-content", content: "that the bill was dead", mention: "The senator" },
  // "many of whom say": the quantifier and "of whom" are the source as written.
  { text: "The union has 400 members, most of whom said they would strike.", rule: "reported/verb-then-content", content: "they would strike", mention: "most of whom" },
  // A year with its century cut off ("in ’08") is a time phrase between the verb and "that".
  { text: "The senator said in ’08 that the plan would never pass.", rule: "reported/verb-then-content", content: "that the plan would never pass", mention: "The senator" },
  { text: "The senator said in '08 that the plan would never pass.", rule: "reported/verb-then-content", content: "that the plan would never pass", mention: "The senator" },
  // An appositive noun for something said, with a relative clause on it, is no source of "..., X said.".
  { text: "Residents said the water was unsafe, a claim the mayor's office denied.", rule: "reported/verb-then-content", content: "the water was unsafe", mention: "Residents" },
  // A relative "that" after the subject's noun: the noun phrase it modifies is the source.
  { text: "Farm groups that back the bill say it will lower prices.", rule: "reported/verb-then-content", content: "it will lower prices", mention: "Farm groups", source: "Farm groups that back the bill" },
  { text: "Engineers that have studied the bridge say it is safe.", rule: "reported/verb-then-content", content: "it is safe", mention: "Engineers" },
  // A pronoun run into its auxiliary ("he'd") after "that" opens a clause, not a relative's verb phrase.
  { text: "The senator even suggested on the radio that he'd vote against the bill.", rule: "reported/verb-then-content", content: "that he'd vote against the bill", mention: "The senator" },
  // "was asked to V": the request put to the subject is the content; an agent after it is the asker.
  { text: "Respondents were also asked to pick the loser.", rule: "reported/passive", content: "to pick the loser", mention: null, cue: "were also asked" },
  { text: "He had been asked to keep the files by the county clerk.", rule: "reported/passive", content: "to keep the files", mention: "the county clerk" },
  { text: "Once the tape came out, the union quickly began calling for the chief to resign.", rule: "reported/calling-for", content: "the chief to resign", mention: "the union" },
  // Inside another account the request stays in that account's content.
  { text: "The mayor said she was asked to leave the room.", rule: "reported/verb-then-content", content: "she was asked to leave the room", mention: "The mayor" },
  // "calling for/on" wherever it stands: the noun before it, or the sentence's subject, is the source.
  { text: "The debate split the party, with the governor calling for a new tax on fuel.", rule: "reported/calling-for", content: "a new tax on fuel", mention: "the governor" },
  { text: "She praised the report but stopped short of calling for the chief to resign.", rule: "reported/calling-for", content: "the chief to resign", mention: "She" },
  // "would"/"will" with say, tell and ask report a refusal or a habit, not a possibility.
  { text: "The mayor would not say whether the bridge would reopen.", rule: "reported/verb-then-content", content: "whether the bridge would reopen", mention: "The mayor" },
  { text: "The governor vowed to cut the sales tax in half.", rule: "reported/verb-then-content", content: "to cut the sales tax in half", mention: "The governor" },
  // A subject joined by "and" after the content's comma: the whole subject is the source.
  { text: "Support for the strike is growing among younger workers, teachers and union officials told the paper.", rule: "reported/said-after", content: "Support for the strike is growing among younger workers", source: "teachers and union officials" },
  // "at least"/"up to" and a number open the reported clause's subject, not an adverbial.
  { text: "The station reported at least six planes circled the stadium.", rule: "reported/verb-then-content", content: "at least six planes circled the stadium", mention: "The station" },
  { text: "The clerk said about two-thirds of voters stayed home.", rule: "reported/verb-then-content", content: "about two-thirds of voters stayed home", mention: "The clerk" },
  { text: "Officials said up to 5,000 homes could lose power.", rule: "reported/verb-then-content", content: "up to 5,000 homes could lose power", mention: "Officials" },
  // A wire story's dateline is no part of the content before the attribution.
  { text: "OSLO (AP) — The ferry will resume service in May, according to the harbor office.", rule: "reported/according-to-after", content: "The ferry will resume service in May", mention: "the harbor office" },
  { text: "LIMA - The mine will close next year, the company said.", rule: "reported/said-after", content: "The mine will close next year", mention: "the company" },
  // An aside of time, place or manner closed by a comma or dash before "that": the content starts at "that".
  { text: "The coach said on the radio, where he hosts a weekly show, that the team would move.", rule: "reported/verb-then-content", content: "that the team would move", mention: "The coach" },
  { text: "The clerk testified, for example, that she never saw the ballots.", rule: "reported/verb-then-content", content: "that she never saw the ballots", mention: "The clerk" },
  { text: "She has told friends since the spring, at dinners and in private, that she is worried about the vote.", rule: "reported/verb-then-content", content: "that she is worried about the vote", mention: "She", to: "friends" },
  // Without the comma before it, "that" may belong to a noun of the aside: the aside's content stays whole.
  { text: "He said he was tired, that he wanted to go home.", rule: "reported/verb-then-content", content: "he was tired, that he wanted to go home", mention: "He" },
  // ... and a bare noun may open the clause after that "that".
  { text: "The governor said Monday during a visit to Dayton, Ohio, that state law is too strict.", rule: "reported/verb-then-content", content: "that state law is too strict", mention: "The governor" },
  // A "while" aside closed by a comma before the clause's verb stays in the content; a "while" tail still ends it.
  { text: "The mayor says the budget, while tight, was balanced on time.", rule: "reported/verb-then-content", content: "the budget, while tight, was balanced on time", mention: "The mayor" },
  { text: "The mayor said turnout rose sharply in the city, while 9 percent stayed home.", rule: "reported/verb-then-content", content: "turnout rose sharply in the city", mention: "The mayor" },
  // A gerund may open the clause after "complained to X that".
  { text: "The senator complained to Channel Four that linking him to the scandal was unfair.", rule: "reported/verb-then-content", content: "that linking him to the scandal was unfair", mention: "The senator", to: "Channel Four" },
  // A noun-like -s form after "and"/"but" is the subject's second verb when "that" follows it.
  { text: "Ms. Lee praises the plan but argues that it costs too much.", rule: "reported/verb-then-content", content: "that it costs too much", mention: "Ms. Lee" },
  // Quotation marks inside the subject's appositive: the walk reads past them.
  { text: "Ms. Ortiz, who calls the plan a “giveaway,” said she would vote against it.", rule: "reported/verb-then-content", content: "she would vote against it", mention: "Ms. Ortiz" },
  // A relative pronoun a few words before the cue and a gap after it: the content runs from the pronoun.
  { text: "The council passed the tax, which even its critics say was fair.", rule: "reported/verb-then-content", content: "which even its critics say was fair", mention: "its critics" },
  { text: "They named a group of traders who city officials say is tied to the cartel and who fled last year.", rule: "reported/verb-then-content", content: "who city officials say is tied to the cartel", mention: "city officials" },
  { text: "The court struck down the maps, that two judges said diluted the votes of farmers.", rule: "reported/verb-then-content", content: "that two judges said diluted the votes of farmers", mention: "two judges" },
  // A base or -s form of "say" after a dash that closes an aside on the subject is the verb.
  { text: "Officials – including the mayor – say the plan is wrong.", rule: "reported/verb-then-content", content: "the plan is wrong", mention: "Officials" },
  { text: "Democrats — and some Republicans — say that the tax is unfair.", rule: "reported/verb-then-content", content: "that the tax is unfair", mention: "Democrats" },
  // "and said" inside a "who" clause after the last comma: the relative pronoun is the source.
  { text: "The clerk called Ana Ruiz, who opened the door and said she would vote.", rule: "reported/verb-then-content", content: "she would vote", mention: "who" },
  // A capitalised modal inside the sentence is a name, not an auxiliary of the cue.
  { text: "Prime Minister Theresa May said that the country would leave.", rule: "reported/verb-then-content", content: "that the country would leave", mention: "Prime Minister Theresa May" },
  // "asked" with a plain noun phrase before "to" and a verb: the listener and the infinitive are the request.
  { text: "The survey asked readers to pick their favourite park.", rule: "reported/verb-then-content", content: "readers to pick their favourite park", mention: "The survey" },
  { text: "The board asked a panel of five experts to rank the bids.", rule: "reported/verb-then-content", content: "a panel of five experts to rank the bids", mention: "The board" },
  // After "A, X said," an appositive or a count of time is the reporter's gloss: the content is A alone.
  { text: "Renters would get a tax credit, the mayor said, a policy that could cost millions.", rule: "reported/said-between", content: "Renters would get a tax credit", mention: "the mayor" },
  // A semicolon after the attribution joins a second clause of the same account.
  { text: "The dam held through the night, the engineer said; the levee did not.", rule: "reported/said-between", content: "The dam held through the night, the engineer said; the levee did not", mention: "the engineer" },
  { text: "Lee won the county, the paper reported on Friday, two days after the polls closed.", rule: "reported/said-between", content: "Lee won the county", mention: "the paper" },
  { text: "Overall, she said, a number of towns are finding the rules too strict.", rule: "reported/said-between", content: "Overall, she said, a number of towns are finding the rules too strict" },
  // A live blog's time stamp glued to its headline ("March 3, 2017 8:41PMLee Says …") and the date before it are no part of the source.
  { text: "Posted March 3, 2017 8:41PMLee Says The Harbor Tunnel Will Close In May", rule: "reported/headline", content: "The Harbor Tunnel Will Close In May", mention: "Lee" },
  { text: "Updated 11:05amHarbor Mayor Ann Ruiz Says Ferry Fares Will Rise", rule: "reported/headline", content: "Ferry Fares Will Rise", mention: "Harbor Mayor Ann Ruiz" },
  // A number that is no clock stays in the source as before.
  { text: "12 Harbor Mayors Say Ferry Fares Will Rise In June", rule: "reported/headline", content: "Ferry Fares Will Rise In June", mention: "12 Harbor Mayors" },
  // A headline's content before the source may end with its comma inside a closing single mark.
  { text: "Taxes Are ‘The Biggest Threat To Growth,’ Jane Roe Tells Chamber Of Commerce.", rule: "reported/headline", content: "Taxes Are ‘The Biggest Threat To Growth", mention: "Jane Roe" },
  // Single marks around a word or two are a scare quote inside the reported clause, not a quotation.
  { text: "The coach says the league has gone ‘soft’ on rough play.", rule: "reported/verb-then-content", content: "the league has gone ‘soft’ on rough play", mention: "The coach" },
  { text: "The mayor said the fire was an 'accident' and nothing more.", rule: "reported/verb-then-content", content: "the fire was an 'accident' and nothing more" },
  // A claim noun's that-clause ends at the first comma or lone dash (the reporter's sentence goes on), "that" included.
  { text: "Despite the mayor's claims that the budget is balanced, the auditors found a gap.", rule: "reported/claim-noun", content: "that the budget is balanced" },
  { text: "It was a shift from Lee's assertion that the plant was safe - and one that angered the union.", rule: "reported/claim-noun", content: "that the plant was safe" },
  // A preposition at the sentence's start that the possessor's walk took in leaves the claim noun a report.
  { text: "Despite Lee's claim that the plant was safe, the board closed it.", rule: "reported/claim-noun", content: "that the plant was safe" },
  { text: "Critics mocked the mayor's claim that, if elected, he would abolish the tax.", rule: "reported/claim-noun", content: "that, if elected, he would abolish the tax" },
  // A verb or an object after the source's closing comma goes on with the interrupted clause: the whole sentence is the content.
  { text: "One of the options they weighed, according to two aides, is to delay the vote.", rule: "reported/according-to-after", content: "One of the options they weighed, according to two aides, is to delay the vote", mention: "two aides" },
  { text: "The agency spends, according to one audit, $40 million a year on travel.", rule: "reported/according-to-after", content: "The agency spends, according to one audit, $40 million a year on travel" },
  // "maintain" reports speech only before "that" and a subject, or at the end of its clause.
  { text: "The agency has long maintained that its records were complete.", rule: "reported/verb-then-content", content: "that its records were complete", cue: "has long maintained" },
  { text: "The plan will pay for itself, the mayor maintained.", rule: "reported/said-after", content: "The plan will pay for itself", mention: "the mayor" },
  // A pronoun run into its auxiliary opens the clause after "that" as the bare pronoun does ("warned X that he'd ...").
  { text: "The mayor warned the council that she'd veto the levy.", rule: "reported/verb-then-content", content: "that she'd veto the levy", mention: "The mayor", to: "the council" },
  { text: "Ann Lee promised voters that they’ll see lower fares.", rule: "reported/verb-then-content", content: "that they’ll see lower fares", mention: "Ann Lee", to: "voters" },
  { text: "The agency has long maintained that it's done nothing wrong.", rule: "reported/verb-then-content", content: "that it's done nothing wrong", cue: "has long maintained" },
  // "and"/"but" with a past-tense speech act (or "would not" + a verb of telling) is the speaker's next act.
  { text: "The governor said the budget was balanced and praised the legislature for its work.", rule: "reported/verb-then-content", content: "the budget was balanced", mention: "The governor" },
  { text: "The company said it would meet the deadline but would not offer details of the plan.", rule: "reported/verb-then-content", content: "it would meet the deadline" },
  { text: "The mayor called for a new bridge and also thanked the voters.", rule: "reported/verb-then-content", content: "a new bridge", cue: "called for" },
  { text: "The clinic said it could not treat him, but declined to say why.", rule: "reported/verb-then-content", content: "it could not treat him" },
  // ... also with a new subject before the act (a pronoun or a name), not where "and" joins the clause's own subject.
  { text: "Republicans said they were convinced the agency mishandled the case and Democrats accused the GOP of stoking the issue.", rule: "reported/verb-then-content", content: "they were convinced the agency mishandled the case" },
  { text: "Officials said hackers broke into the servers and she accused her rival of helping them.", rule: "reported/verb-then-content", content: "hackers broke into the servers" },
  { text: "The report said both the mayor and Ana Ruiz criticized the plan.", rule: "reported/verb-then-content", content: "both the mayor and Ana Ruiz criticized the plan" },
  // ... but not a verb that goes on with the reported clause's own subject.
  { text: "She said the plan was simple and would not require new taxes.", rule: "reported/verb-then-content", content: "the plan was simple and would not require new taxes" },
  { text: "He said prices rose in March but declined in April.", rule: "reported/verb-then-content", content: "prices rose in March but declined in April" },
  // A relative clause with its own subject that leads into a quotation is another account: the reported clause ends before it.
  { text: "The clerk said that the count had been checked twice in every ward, to which Ms. Ruiz interjected: “Not by me.”", rule: "reported/verb-then-content", content: "that the count had been checked twice in every ward" },
  { text: "The nurse said the patients were moved to the new ward, which she described as “much quieter,” on Monday.", rule: "reported/verb-then-content", content: "the patients were moved to the new ward" },
  // A question put as a noun phrase ("a ... question about X", "a ... question: Q"): the noun phrase and what follows.
  { text: "During the forum, the host asked the candidates a simple question: Who will win the game?", rule: "reported/verb-then-content", content: "a simple question: Who will win the game", to: "the candidates", cue: "asked the candidates" },
  { text: "The governor was asked a fairly pointed question about the budget gap.", rule: "reported/passive", content: "a fairly pointed question about the budget gap" },
  { text: "Asked a direct question about the levy in the debate, Ann Lee said she would vote no.", rule: "reported/asked-fronted", content: "a direct question about the levy" },
  // A second speech verb ends the content of the account before it.
  { text: "The mayor said the bridge was safe and asserted that the repairs were done.", rule: "reported/verb-then-content", content: "the bridge was safe", mention: "The mayor", cue: "said" },
  // A run of time words after the verb takes "at" or "before" only when a time word follows them: "at a rally" is
  // a phrase of place.
  { text: "The mill will reopen, the former mayor said this week at a fundraiser in Riverton.", rule: "reported/said-after", content: "The mill will reopen", mention: "the former mayor" },
  { text: "The levy is dead, Ann Lee told reporters Monday at a campaign rally.", rule: "reported/said-after", content: "The levy is dead", mention: "Ann Lee" },
  { text: "Bo Diaz said Friday at the time that the levy was dead.", rule: "reported/verb-then-content", content: "that the levy was dead", mention: "Bo Diaz" },
  // ", leading to ...", ", leading the field": the reporter's gloss on what the reported event led to.
  { text: "The council said the mill had declared bankruptcy, leading to a long strike in the valley.", rule: "reported/verb-then-content", content: "the mill had declared bankruptcy", mention: "The council" },
  // (Inside the reported clause, with no comma before it, the participle stays: "said Lee was leading the race".)
  { text: "The council said Ann Lee was leading the race in the valley.", rule: "reported/verb-then-content", content: "Ann Lee was leading the race in the valley", mention: "The council" },
  // After a dash, "a"/"an" opens the reporter's gloss on a closing attribution, as after its comma.
  { text: "The mill will reopen, the former mayor said this week at a fundraiser in Riverton — a sharp turn from her stance in May.", rule: "reported/said-after", content: "The mill will reopen", mention: "the former mayor" },
];

const MUST_NOT_MATCH: { text: string; why: string }[] = [
  { text: "The panel wants to compare the notes with what the mayor told to the council.", why: "'told to' a determiner or a name opens the listener, not an infinitive: nothing told is named there" },
  { text: "The panel wants to compare the notes with what the mayor told to Congress.", why: "'told to' a name: the listener" },
  { text: "But hearing the mayor say it in a calm voice gives it a certain weight.", why: "'say it in …': the pronoun is the verb's object and the phrase its manner; no clause said" },
  { text: "The senator said it on television and again at the rally.", why: "'said it on …': the pronoun is the thing said, named before; the phrase is the occasion" },
  { text: "Lee took the primary in a landslide, claiming 41 percent of the vote.", why: "a participle never inverts: what follows it is its object, no source of the clause before" },
  { text: "The mill will reopen, the former mayor said on Monday — a number of aides were there.", why: "'a number of' after the dash is a quantity opening a clause, no gloss, so the attribution does not close the sentence" },
  { text: "The Riverton Herald reported just today.", why: "'reported just today': a time phrase with its adverb is no content" },
  { text: "The governor hopes to maintain that margin by touting the jobs report.", why: "'maintain that margin': a demonstrative, no clause" },
  { text: "Crews maintain the roads all winter.", why: "'maintain' with an object keeps something" },
  { text: "He has maintained his silence on the race.", why: "'maintain' with an object keeps something" },
  { text: "The mayor was said to be furious about the vote.", why: "'was said to': a rumour about the subject, not a reported clause" },
  { text: "He met with voters saying hello.", why: "'with' and a noun phrase that no number or quantity opens before 'saying': no clause" },
  { text: "He said Monday, too.", why: "a time word with a comma is no clause; only a pronoun run into its verb opens one" },
  { text: "Turnout fell in every county, as many as 40 percent of voters said.", why: "'as many as' is a quantity, no 'as' clause with a source" },
  { text: "But State Election Board reports show that the fund spent $2 million on mailers.", why: "'reports show': a plural noun with its verb, no speech verb" },
  { text: "Park Industries claims were dismissed by the court in May.", why: "'claims were': a plural noun with its verb" },
  { text: "Turnout fell in every county, as the clerk noted on the list of precincts she keeps at the office downtown every year.", why: "an 'as' clause vouches for the clause before it only when nothing but adverbials closes the sentence" },
  { text: "But early voter claims that the debate was rigged went nowhere.", why: "'claims' after a noun is the plural noun, even before 'that'" },
  { text: "The senator explained.", why: "'explained' with no object: nothing reported" },
  { text: "The mayor was seen telling the crowd to go home.", why: "a participle after a verb, not a progressive with its subject run into the auxiliary" },
  { text: "The senator noted that abortion – what she calls “basic care.”", why: "'that' and one word before a dash and a quotation is a clause cut short, not content" },
  { text: "The mayor said that in 1998 “we had no money.”", why: "'that' and a phrase before a quotation is a clause cut short, not content" },
  { text: "The plant closed in May because, according to county records.", why: "after a subordinator the source phrase opens a clause; with none after it, nothing is reported" },
  { text: "The guide said here.", why: "'here' alone after the verb is no content" },
  { text: "The board erred in denying additional funds to the clinic.", why: "after a preposition, a participle with a noun-phrase object is an act, not a report" },
  { text: "Instead of saying that the levy was illegal, the mayor praised it.", why: "'instead of saying': what follows was not said" },
  { text: "The permit request was denied.", why: "a passive 'denied' is a refusal; its subject was never said" },
  { text: "Access to the river trail was denied by the park police on Monday.", why: "a refusal by an agent is no report" },
  { text: "The charges were denied by the trucking firm.", why: "what was denied is not what was said" },
  { text: "The report, first reported by the paper, which many read.", why: "a bare 'reported by X' aside needs the main clause's verb after its closing comma" },
  { text: "She called the state capital on Monday.", why: "'called' with a noun phrase and no adjective after it is a phone call" },
  { text: "He called the hotel manager and complained.", why: "no predicate after the object" },
  { text: "When asked at the county fair in Dayton, the candidate smiled and waved.", why: "a fronted 'asked' with a place phrase and no question after it puts no question" },
  { text: "The mayor responded to questions about firms that have moved their plants abroad.", why: "'that' before an auxiliary after an adverbial is a relative pronoun" },
  { text: "That is all, according.", why: "no source after 'according'" },
  { text: "The coach complained to the league office that handles referees.", why: "'that' before a verb is a relative pronoun, no content" },
  { text: "“We are closing the plant for good, and nobody here is happy about it,” announced the news that evening.", why: "a whole quotation before the verb is no appositive title" },
  { text: "The mayor praised the “new pump” claiming space in the yard.", why: "a closing mark without a comma before it is no clause boundary" },
  { text: "Governor Says “We Will Rebuild Every Home”", why: "a headline's double marks make a quotation, left to the direct extractor" },
  { text: "The plan worked as reported by the crew and then stalled.", why: "'as reported by X' without a comma after the agent is no parenthetical" },
  { text: "He was treated as reported by the nurses, and then he left.", why: "the 'as' clause must open the sentence or stand between commas" },
  { text: "The village was called upon by floods twice that spring.", why: "'called upon' in the passive is no speech act" },
  { text: "In addition to stating the obvious, the report lists the costs.", why: "'stating' after a preposition has no speaker of its own here" },
  { text: "\"We won the night,\" the spokesman said happily on the radio as the results came in.", why: "manner adverb and a place after the verb, no reported clause" },
  { text: "\"We won the night,\" the spokesman said carefully, as the results came in.", why: "manner adverb and a comma after the verb" },
  { text: "\"We won the night,\" the spokesman said - but the staff could not bring themselves to cheer.", why: "a dash after the verb opens the narrator's aside" },
  { text: "He believes that the plan will work.", why: "thought verb" },
  { text: "She hopes the vote passes next week.", why: "thought verb" },
  { text: "They want the law repealed before the summer.", why: "intention verb" },
  { text: "Most members back the proposal to build a school.", why: "support verb" },
  { text: "The mayor said, “We will rebuild the bridge.”", why: "content in quote marks is a direct quote" },
  { text: "The mayor said the fire was ''an accident and nothing more.''", why: "two apostrophes stand for double quote marks: a direct quote" },
  { text: "After saying goodbye, the man left the room.", why: "a fronted participle whose object is no clause" },
  { text: "The mayor called him the next day.", why: "'the' and a time word after the object is a time, no predicate" },
  { text: "She called them the night before the vote.", why: "a time phrase after the object" },
  { text: "The mayor called the police on her neighbor.", why: "a possessive after a preposition opens no predicate" },
  { text: "Shareholders have a 5% say in how the board is run.", why: "'say' after a percentage and a determiner is a noun" },
  { text: "She said, and then she left the room.", why: "a comma after the verb and a coordinator: narration, no content" },
  { text: "The museum will tell visitors about the flood.", why: "'tell' with a listener and a topic, no story of anything" },
  { text: "The data tell a different story.", why: "a story with no 'of' names no content" },
  { text: "The comedian told a joke of his own making.", why: "'a joke of ...' is no story of anything, and the joke's 'of' phrase is not its content" },
  { text: "The coach was asked by the parents in the stands.", why: "a by-phrase with no question after it" },
  { text: "The senator asked the attorney in the lobby.", why: "a listener and a place, no question" },
  { text: "She said that the plan, which she described as “a disaster,” would fail.", why: "a relative clause right after the content's first words sets off an aside on its subject, not a new account" },
  { text: "The mayor said that the bridge would close next week, “for good this time.”", why: "a quotation after a plain comma ends the reported sentence itself: left to the direct extractor" },
  { text: "The coach explained it this way: “We are faster now.”", why: "a colon before the quotation with no clause before it: the quotation is what was said (a clause before the colon is reported: reported-colon-quotation)" },
  { text: "He said the plan was “a disaster” for the town.", why: "partial quote inside the content" },
  { text: "“We will rebuild,” the mayor said.", why: "direct quote before the cue" },
  { text: "The reported deal fell through last week.", why: "participle used as an adjective" },
  { text: "Voters in 15 states rejected the measure.", why: "plural noun, not a verb" },
  { text: "That said, the plan has several flaws.", why: "discourse phrase" },
  { text: "Needless to say, the plan failed.", why: "idiom" },
  { text: "The claim was false and the report was late.", why: "nouns without a that-clause" },
  { text: "He said.", why: "no content" },
  { text: "The United States Senate met on Monday.", why: "capitalised 'States'" },
  { text: "He called the office twice before noon.", why: "'called' without 'for' or 'on' is no speech cue" },
  { text: "The coach pointed at the scoreboard.", why: "'pointed' without 'out' or 'to'" },
  { text: "The mayor said on Wednesday in a radio interview.", why: "only an adverbial after the verb" },
  { text: "The senator told a crowd in Ohio on Sunday.", why: "a listener and adverbials, no clause" },
  { text: "Everyone wants a say in the matter.", why: "'say' as a noun" },
  { text: "“I can tell you that the team is ready,” the coach said.", why: "a speech verb inside a direct quote is the quoted speaker's" },
  { text: "He closed the speech, recalling a visit to the mine in 1990.", why: "participle that characterises, not reports" },
  { text: "She described the meeting as tense.", why: "'described' without an event (noun phrase and -ing verb)" },
  { text: "He described how the flood began.", why: "'described how': an account, not the event frame" },
  { text: "Officials described the shooting in detail.", why: "'shooting' here is a noun, not the event's verb" },
  { text: "But police also fear that sweeping crackdowns could add fuel to the tensions.", why: "'add' with a noun object is no cue, and 'fear that' is no relative clause" },
  { text: "The group sent a message that the members must respond quickly.", why: "'respond' with only an adverb after it" },
  { text: "Gov. Ann Lee of Ohio, a Republican who chairs the panel, insisted on a recount.", why: "a subject with appositives before the verb is no inverted content" },
  { text: "The union leader, a former welder, added two members to the board.", why: "'X, appositive, added NP': neither the subject nor the object is content" },
  { text: "The reported number of cases rose again.", why: "'reported' as an adjective" },
  { text: "The senator claimed victory in the primary on Tuesday.", why: "'claimed' with a noun object is a win, not words" },
  { text: "The vote confirmed the strength of her appeal.", why: "'confirmed' with a noun object is a fact, not words" },
  { text: "A claim that is as false as it is cruel spread quickly.", why: "'that' after the claim noun is a relative pronoun" },
  { text: "Tired, according to the coach.", why: "a one-word lead and a comma before 'according to' is no connective opening a sentence" },
  { text: "Reporters pressed him about his claim that the bridge was safe.", why: "a claim noun with only a pronoun possessor points back at an earlier claim" },
  { text: "The debate revived the claim that the tax would pay for itself.", why: "'the claim that' with no claimant is a mention of the claim, not a report" },
  { text: "He said in his speech that night.", why: "'that night' is a time phrase, not a that-clause" },
  { text: "“We will win,” said the mayor, reports the Valley Herald.", why: "'reports the Valley Herald': a name alone is the source, not content" },
  { text: "She never asked him about it.", why: "a preposition and a pronoun are no question" },
  { text: "He said.", why: "no content" },
  { text: "The new plan calls for higher taxes on fuel.", why: "'calls for' after a common noun: a document's content, not speech" },
  { text: "No clear path points to the White House.", why: "'points to' after a common noun is no speech cue" },
  { text: "She calls for higher taxes on fuel.", why: "the present of a phrasal cue states a standing position, not an utterance" },
  { text: "The senator points to the jobs report as proof.", why: "'points to' in the present cites evidence" },
  { text: "The mayor toured the flooded streets, urging residents to stay indoors.", why: "', urging X to ...' is the speaker's appeal, not a reported statement" },
  { text: "The coach defended the trade, pointing to the rookie's numbers.", why: "', pointing to X' gives the speaker's evidence" },
  { text: "She linked to a story about alleged fraud in the county.", why: "'alleged' after a preposition is an adjective" },
  { text: "It is too soon to say whether the plan will work.", why: "'too soon to say': the writer's hedge" },
  { text: "It is fair to say the plan failed.", why: "'fair to say': the writer's hedge" },
  { text: "He said about a dozen times.", why: "'about' opens an adverbial, not a quantity that is the content's subject" },
  { text: "It’s said in jest.", why: "'it’s said' is a passive, and only an adverbial follows" },
  { text: "She has argued for years about the budget.", why: "'argued for years': a time phrase, not a topic" },
  { text: "He wrote about it in his diary.", why: "'wrote about it': a pronoun alone is no content" },
  { text: "The warned residents left their homes.", why: "'warned' after a determiner is an adjective" },
  { text: "He said in an interview before the polls closed.", why: "'before the polls closed' is a time clause, not content" },
  { text: "He called the office a dozen times before noon.", why: "'a dozen' is a quantity, not a predicate" },
  { text: "She called him back after lunch.", why: "'back' is a particle, not a predicate" },
  { text: "A charity called Bread First opened a kitchen.", why: "'called' naming a thing after a noun with an article" },
  { text: "The coach called a meeting at noon.", why: "an object with an article is the thing called" },
  { text: "He called Dana at a hotel in Reno.", why: "an article after a preposition is no predicate" },
  { text: "It was what the mayor called progress - a new road.", why: "'what X called Y': the thing named, no predicate" },
  { text: "Most residents call the square the heart of town.", why: "bare present 'call': a standing label, not an utterance" },
  { text: "The senator calls himself a fiscal hawk.", why: "bare present 'calls' with a reflexive: a self-description" },
  { text: "Some critics would call the plan a giveaway.", why: "'would call': a hypothetical naming" },
  { text: "There were reports the army was being primed to replace the committee.", why: "an auxiliary before an -s form: 'reports' is a plural noun" },
  { text: "Lee has won the primary in Virginia, adding to her wins in Massachusetts.", why: "', adding to' with a place name: a preposition opens no titled source, and 'add to' is no speech" },
  { text: "“We will win this state,” Lee said at the rally as she waved to the crowd.", why: "after a quotation that opens the sentence, words after the verb are the occasion, not content" },
  { text: "“We will win this state,” Lee said in Dayton at a forum hosted by the county party.", why: "a place phrase after the quotation's verb is no second content" },
  { text: "Noting the time, the clerk closed the office.", why: "a fronted participle with a noun phrase, no clause" },
  { text: "Arguing with the referee, the coach was sent off.", why: "'arguing with': no clause and no named subject after the comma" },
  { text: "The insurance claims that were filed last year took months.", why: "'claims that were': a noun and a relative clause" },
  { text: "She sorted the old reports on Monday.", why: "'reports' after an adjective with no clause after it is a noun" },
  { text: "The envoy warned the rebels against steps that would worsen the crisis.", why: "'that' after a noun and before a verb is a relative pronoun, not a listener's that-clause" },
  { text: "The envoy warned the rebels that'd cross the line.", why: "'that'd' is a relative pronoun with its auxiliary, not 'that' and a subject" },
  { text: "Another claims office was opened downtown.", why: "'another' before a noun-like form other than 'says'/'said' is a determiner" },
  { text: "She said the people who would benefit.", why: "an auxiliary right after a relative pronoun does not make a noun phrase a clause" },
  { text: "The plan, which was reported by the Herald, failed.", why: "a relative pronoun alone as passive subject is no content" },
  { text: "The claim was reported to the police in May.", why: "a passive with neither a by-phrase nor an end after it" },
  { text: "The mayor was not asked to leave the room.", why: "a negated request was never made" },
  { text: "Those calling for a recount were few.", why: "'those calling for' names nobody in particular" },
  { text: "A petition calling for a recount has drawn 500 names.", why: "inside the sentence's subject the phrase runs into the main verb" },
  { text: "The panel could declare the vote void next week.", why: "a modal makes the act possible, not done" },
  { text: "Applicants must promise to pay the fee.", why: "a required act is no report of one" },
  { text: "The council would warn residents that the water is unsafe.", why: "'would' with a verb other than say, tell or ask is hypothetical" },
  { text: "The governor vows to cut the sales tax in half.", why: "the present of a commitment is a standing position" },
  { text: "The mayor urges residents to conserve water this summer.", why: "the present of an appeal is a standing position" },
  { text: "The incumbent boasts a wide lead in the polls.", why: "'boasts a lead' is 'has a lead'" },
  { text: "The agency declined to say whether the rules were broken.", why: "a refusal to say reports nothing said" },
  { text: "The team said at least once a week.", why: "'at least' without a number is an adverbial" },
  { text: "The senator refused to admit that the plan had failed.", why: "a refusal to admit reports nothing said" },
  { text: "She left early, just as the mayor said, and nobody followed.", why: "'as X said' after an adverb is a comparison, not an attached clause" },
  { text: "A ticket would cost, say, ten dollars more.", why: "'say' between commas is 'for example'" },
  { text: "If The Mayor Says Yes, The Bridge Opens In June", why: "a headline verb inside an 'if' clause" },
  { text: "Governor Responds To Questions About Flood Relief", why: "a headline verb followed by a preposition has no content" },
  { text: "Declared Candidates For The Council Race", why: "a headline may open with 'Says' alone, not with a past participle" },
  { text: "Team Says Goodbye", why: "a headline with too few capitalised words to tell from a name" },
  { text: "The board weighed the bids and claims.", why: "a noun-like -s form after 'and' with no 'that' is a noun" },
  { text: "The price — say, ten dollars — is fair.", why: "a lone dash before 'say' opens an aside; no earlier dash closes one" },
  { text: "The council may say that the plan failed.", why: "a lower-case modal before the cue is still a possible act, not one that took place" },
  { text: "Obama backs a carbon tax, which he favors but says would never pass.", why: "a coordinator between the relative pronoun and the cue joins verbs: no subject of the cue there" },
  { text: "The chief said in the meeting, which lasted hours, that helped.", why: "after an aside, 'that' before a past form is no clause opener" },
  { text: "The coach asked players during practice to run.", why: "a time phrase between the noun phrase and 'to': no plain listener" },
  { text: "A reporter asked: The bridge will open in May.", why: "after 'asked' and a colon, a statement is no question put" },
  { text: "The mayor asked: why not?", why: "after 'asked' and a colon, two words in lower case are no question of its own" },
  { text: "Turnout was “very low,” said the clerk, a man who counts votes.", why: "a quotation's words before an inverted 'said X' are no subject" },
  { text: "The chief was not one for “long meetings,” said one former aide who requested anonymity to speak freely.", why: "the words before a quotation that ends at an inverted 'said X' are no subject with an appositive" },
  { text: "Only 3 percent of self-identified “liberals” said they would vote for him.", why: "marks inside a subject with no appositive comma: the walk does not read past them" },
  { text: "The clerk asked him a question.", why: "a question put with neither its topic nor its words is no content" },
  { text: "Voters were asked a series of questions upon leaving the polls.", why: "questions with neither 'about' nor a colon after them: no content" },
  { text: "Lee's claim that the plant is safe is a stretch.", why: "a possessed claim noun opening the sentence is its subject: the writer judges the claim" },
  { text: "The audit showed that the union's contention that pay fell was wrong.", why: "a possessed claim noun right after 'that' is the subordinate clause's subject" },
  { text: "The mayor tells so many stories that nobody keeps count.", why: "a thing told after 'tells' is no listener; 'that' opens a result clause" },
  { text: "The mayor told jokes that fell flat.", why: "a thing told after 'told' is no listener; 'that' opens a relative clause" },
  { text: "The agency answered with the suit the mayor announced that same day, as noted above.", why: "'that same day' is a time phrase, not a complementiser: the suit announced is the relative clause's gap, nothing follows" },
];

describe("findReportedSpeech: cue rules", () => {
  it.each(MUST_MATCH)("$rule: $text", (row) => {
    const { found } = run(row.text);
    const hit = found.find((f) => f.text === row.content);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.rule).toBe(row.rule);
    if (row.mention !== undefined) expect(hit!.mention ?? null).toBe(row.mention);
    if (row.cue) expect(hit!.cue).toBe(row.cue);
    if (row.to) expect(hit!.to).toBe(row.to);
    if (row.source) expect(hit!.source).toBe(row.source);
  });

  it.each(MUST_NOT_MATCH)("no reported speech: $text ($why)", ({ text }) => {
    expect(run(text).found).toEqual([]);
  });

  it("every rule in the table has an id, a reason and a must-match row", () => {
    for (const rule of REPORTED_RULES) {
      expect(rule.id).toMatch(/^reported\//);
      expect(rule.reason.length).toBeGreaterThan(10);
      expect(MUST_MATCH.some((r) => r.rule === rule.id), rule.id).toBe(true);
    }
  });
});

describe("findReportedSpeech: attribution between clauses", () => {
  it("'A, X said; B' is one account, but a semicolon after a cue with no comma before its subject joins nothing", () => {
    expect(run("The dam held through the night, the engineer said; the levee did not.").found.map((f) => f.rule)).toEqual(["reported/said-between"]);
    expect(run("The dam held through the night and the engineer said; the levee did not.").found.some((f) => f.rule === "reported/said-between")).toBe(false);
  });
});

describe("findReportedSpeech: things told", () => {
  it("'told a joke' at a sentence's end: the joke is the content, the fronted scene is none", () => {
    const { found } = run("On Friday morning, in his third day on the road, Gary Johnson told a joke.");
    expect(found.map((f) => f.text)).toEqual(["a joke"]);
  });
});

describe("findReportedSpeech: fronted clauses", () => {
  it("a spaced dash between the subordinator and the cue leaves the cue in the main clause, its content whole", () => {
    const { found } = run("While some friends say the governor would look better if he slept more - an old complaint - others say he has never been healthier, with his weight down and his mood high.");
    expect(found.map((f) => f.text)).toContain("he has never been healthier, with his weight down and his mood high");
  });
});

describe("findReportedSpeech: a block quotation after 'X said:'", () => {
  const block = (text: string) => run(text).found.filter((f) => f.rule === "reported/block-after-colon");
  it("the plain paragraphs after a paragraph that ends 'X writes:' are the content, up to markup or marks", () => {
    const text = [
      "The critic was unimpressed by the film. Ann Lee writes:",
      "",
      "The film names neither the mayor nor the governor.",
      "In the end, it blames no one at all.",
      "",
      "<embed id=\"7\"></embed>",
    ].join("\n");
    const found = block(text);
    // (However the lines are reflowed, both are in the content.)
    expect(found.map((f) => f.text?.replace(/\s+/g, " "))).toEqual(["The film names neither the mayor nor the governor. In the end, it blames no one at all."]);
    expect(found[0].mention).toBe("Ann Lee");
    expect(found[0].cue).toBe("writes");
  });
  it("the block ends before a paragraph where the reporter attributes again", () => {
    const text = "In a speech last May, she said:\n\nWe will rebuild the bridge before winter.\n\nThe mayor said the city would pay half.";
    expect(block(text).map((f) => [f.text, f.mention])).toEqual([["We will rebuild the bridge before winter.", "she"]]);
  });
  it.each([
    ["a quotation in marks is the direct extractor's", "The mayor added:\n\n\u201cWe will rebuild the bridge,\u201d she said."],
    ["marks inside the paragraph mix the two", "Ann Lee wrote:\n\nThe vote asks \u201cwho pays?\u201d and nobody answers."],
    ["an embedded post is markup", "One voter posted:\n\n<post author=\"x\">Great rally!</post>"],
    ["a verb with words after it before the colon", "The mayor said the following about the plan:\n\nThe bridge will open in May."],
    ["no speech verb before the colon", "The plan includes:\n\nA new bridge and two roads."],
    ["a question put, not words said", "A reporter asked:\n\nWill the bridge open in May?"],
    ["the colon is not at the paragraph's end", "The mayor said: the bridge will open.\n\nThe roads will wait."],
  ])("no block: %s", (_why, text) => {
    expect(block(text)).toEqual([]);
  });
});

describe("attributionIn: does a paragraph attribute again (ends a block quotation)", () => {
  const attributes = (text: string) => attributionIn(text, { start: 0, end: text.length }, findTriggers(text, 0, text.length));
  it.each([
    ["a subject before a speech verb", "The mayor said the city would pay half.", true],
    ["a name with a title", "Ms. O'Neill-Smith writes in her column that the plan failed.", true],
    ["according to", "Prices fell, according to the survey.", true],
    ["a second verb after a first one", "She sent a tweet saying the vote was rigged.", true],
    ["the verb at the paragraph's start has no subject", "said nothing more about it.", false],
    ["after a determiner the form is an adjective", "The alleged theft was never proved.", false],
    ["after a preposition too", "They met to discuss the budget.", false],
    ["a capitalised form is not the lower-case verb", "Said Ali runs the shop on the corner.", false],
    ["according without to", "According, they left early.", false],
    ["no cue word", "The bridge will open in May.", false],
  ])("%s", (_why, text, want) => {
    expect(attributes(text)).toBe(want);
  });
  it("reads only the paragraph given, not the text around it", () => {
    const text = "The mayor\nsaid the city would pay half.";
    const second = { start: text.indexOf("said"), end: text.length };
    expect(attributionIn(text, second, findTriggers(text, 0, text.length))).toBe(false);
  });
  it("is linear on one long run of letters", () => {
    const text = `${"a".repeat(400_000)} said`;
    expect(attributes(text)).toBe(true);
  });
});

describe("findReportedSpeech: spans", () => {
  const text = [
    "The council met on Monday. Its chairman said the budget would be cut by a tenth.",
    "",
    "Rents rose again in March, the housing office said. According to one landlord, tenants are leaving the city.",
    "",
    "Mr. Osei, the treasurer, told the board that the accounts were in order.",
  ].join("\n");
  const { article, candidates } = run(text);

  it("finds each reported clause once", () => {
    expect(candidates.map((c) => article.text.slice(c.span.start, c.span.end))).toEqual([
      "the budget would be cut by a tenth",
      "Rents rose again in March",
      "tenants are leaving the city",
      "that the accounts were in order",
    ]);
  });

  it("spans are exact: no trailing period or space, outer equals span, cue and mention inside the text", () => {
    for (const c of candidates) {
      const t = article.text.slice(c.span.start, c.span.end);
      expect(t).toBe(t.trim());
      expect(t).not.toMatch(/[.,]$/);
      expect(c.outer).toEqual(c.span);
      expect(c.kind).toBe("indirect");
      for (const s of [c.cueSpan, c.mentionSpan, c.sourceSpan]) {
        if (!s) continue;
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(article.text.length);
        expect(s.start).toBeLessThan(s.end);
      }
    }
    const last = candidates[3] as ReportedCandidate;
    expect(article.text.slice(last.mentionSpan!.start, last.mentionSpan!.end)).toBe("Mr. Osei");
    expect(article.text.slice(last.roleSpan!.start, last.roleSpan!.end)).toBe("the treasurer");
  });
});

describe("findReportedSpeech: an age after the name is no role", () => {
  const cases: [string, string | undefined][] = [
    ["Jon Mark, 41, a retired teacher who lives near the river, said that the water rose fast.", "a retired teacher who lives near the river"],
    ["Jon Mark, 41, said that the road was open.", undefined],
    ["Jon Mark, a retired teacher, said that the bridge was closed.", "a retired teacher"],
  ];
  it.each(cases)("%s", (text, role) => {
    const { article, candidates } = run(text);
    const c = candidates[0] as ReportedCandidate;
    expect(article.text.slice(c.mentionSpan!.start, c.mentionSpan!.end)).toBe("Jon Mark");
    expect(c.roleSpan && article.text.slice(c.roleSpan.start, c.roleSpan.end)).toBe(role);
  });
});

// Made-up sentences: a short bracketed affiliation after a titled name ("Sen. Tom Reyes (R-Tex.)")
// keeps it a name, so an opening adverbial or linking phrase before it is not taken for the source.
describe("findReportedSpeech: a bracketed affiliation after the name", () => {
  const cases: [string, string][] = [
    ["On the other side, Sen. Tom Reyes (R-Tex.), a candidate for mayor, said the pier would close.", "Sen. Tom Reyes (R-Tex.)"],
    ["In Dayton, Sen. Tom Reyes (R-Tex.), a candidate for mayor, said the pier would close.", "Sen. Tom Reyes (R-Tex.)"],
    // (Without the bracket it was read so before.)
    ["In Dayton, Sen. Tom Reyes, a candidate for mayor, said the pier would close.", "Sen. Tom Reyes"],
    // A bracket after lower-case words makes no name of them: the name after the comma stays the source.
    ["On the harbor board (since 2010), Tom Reyes said the pier would close.", "Tom Reyes"],
  ];
  it.each(cases)("%s", (text, mention) => {
    const { article, candidates } = run(text);
    const c = candidates[0] as ReportedCandidate;
    expect(article.text.slice(c.mentionSpan!.start, c.mentionSpan!.end)).toBe(mention);
  });
});

describe("findReportedSpeech: a lower-case head noun after the subject's capitalised modifiers", () => {
  const cases: [string, string, string][] = [
    // The head noun follows the capitalised modifiers, before an auxiliary, a past verb or a preposition.
    ["Budget officials were upset by the ruling and predicted it would slow the repairs.", "it would slow the repairs", "Budget officials"],
    ["Other former NATO officers with long careers shrugged and said waiting had been the right call.", "waiting had been the right call", "Other former NATO officers"],
    ["A former Democratic committee staffer filed suit last week, claiming he was fired over the audit.", "he was fired over the audit", "A former Democratic committee staffer"],
    ["The Navy's recent top adviser on the program went further, arguing the plan would raise costs.", "the plan would raise costs", "The Navy's recent top adviser"],
    // Not a verb after the name ("met"), not a time phrase ("last week"), not after a lone demonstrative.
    ["Mayor Ortiz met voters in Dayton and said the bridge would reopen.", "the bridge would reopen", "Mayor Ortiz"],
    ["Ortiz last week toured the plant and said the jobs would stay.", "the jobs would stay", "Ortiz"],
    ["That meeting ended early when the board was told the vote would wait and announced that the bids would reopen.", "that the bids would reopen", "That"],
  ];
  it.each(cases)("%s", (text, content, mention) => {
    const { found } = run(text);
    const hit = found.find((f) => f.text === content);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});

describe("findReportedSpeech: appositives for something said", () => {
  it("'…, a claim the mayor's office denied' is no second account with the appositive for its source", () => {
    const { article, candidates } = run("Residents said the water was unsafe, a claim the mayor's office denied.");
    expect(candidates.map((c) => article.text.slice(c.span.start, c.span.end))).toEqual(["the water was unsafe"]);
  });
});

describe("findReportedSpeech: nested accounts", () => {
  it("an account that opens another's content is left inside it, not reported twice", () => {
    const { found } = run("Ms. Ortiz noted that analysts say the tax will raise prices.");
    expect(found.map((f) => f.text)).toEqual(["that analysts say the tax will raise prices"]);
  });
  it("a request inside a relative clause of another account's content is not reported on its own", () => {
    const { found } = run("The tenants' lawyers, who asked judges to hear the case, won on Thursday, the union said.");
    expect(found.map((f) => f.text)).toEqual(["The tenants' lawyers, who asked judges to hear the case, won on Thursday"]);
  });
  it("an account later in the content, after a comma and 'but', still splits it", () => {
    const { found } = run("The mayor said the road would close, but the governor said it would stay open.");
    expect(found.map((f) => f.text)).toEqual(["the road would close", "it would stay open"]);
  });
});

describe("findReportedSpeech: bad input", () => {
  it("a megabyte with no punctuation ends with a diagnostic, not a hang", () => {
    const text = "officials said that the river rose and ".repeat(30_000);
    const { diagnostics } = run(text);
    expect(diagnostics.some((d) => d.ruleId === "reported/sentence-too-long")).toBe(true);
  });

  it("quote marks in every word do not crash and yield no indirect quote", () => {
    const text = Array.from({ length: 2000 }, (_, i) => `“word${i}” he said that “x`).join(" ");
    const { candidates } = run(text);
    for (const c of candidates) expect(c.span.end).toBeGreaterThan(c.span.start);
  });
});

// The benchmark is not in the repository: this measurement runs only where ../shared/bench exists.
const shared = join(__dirname, "..", "..", "..", "shared");
const bench = join(shared, "bench/polnear/dev");
describe.skipIf(!existsSync(bench))("PolNeAR dev, reported speech", () => {
  it("indirect F1 stays at or above the measured level", () => {
    const lines: string[] = [];
    for (const f of readdirSync(join(bench, "docs"))) {
      const doc = f.replace(/\.txt$/, "");
      const a = articleFromText(readFileSync(join(bench, "docs", f), "utf8"), doc, doc);
      for (const c of findReportedSpeech(a).candidates) {
        const sl = (s?: Span) => (s ? a.text.slice(s.start, s.end) : null);
        lines.push(JSON.stringify({ doc, kind: "indirect", text: sl(c.span), speaker: sl(c.mentionSpan), mention: sl(c.sourceSpan) }));
      }
    }
    const tmp = mkdtempSync(join(tmpdir(), "qc-reported-"));
    const pred = join(tmp, "pred.jsonl");
    let out: string;
    try {
      writeFileSync(pred, lines.join("\n") + "\n");
      out = execFileSync(process.execPath, [join(shared, "tools/score-quotes.mjs"), "--gold", join(bench, "gold.jsonl"), "--pred", pred, "--key", "doc", "--also-mention", "--kind", "indirect", "--json"], { encoding: "utf8" });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const r = JSON.parse(out) as { f1: number; attributionAccuracy: number };
    expect(r.f1).toBeGreaterThanOrEqual(0.69);
    expect(r.attributionAccuracy).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});

describe("findReportedSpeech: content that runs into a quotation after the reported clause", () => {
  // Made-up sentences: the quotation sits in the reporter's addition after a comma or a semicolon.
  const KEEPS: { text: string; content: string }[] = [
    { text: "The candidates say they are not avoiding the governor, who has been called “reckless” by the auditor.", content: "they are not avoiding the governor" },
    { text: "The agency has said 400 of the files were withheld because they held payroll data, the vast majority of them marked “internal.”", content: "400 of the files were withheld because they held payroll data" },
    { text: "Ann Lee said she had read the audit, because she thought it “raises real questions.”", content: "she had read the audit" },
    { text: "The clerk urged voters not to panic, even if some call the count “rigged.”", content: "voters not to panic" },
    { text: "Just 8 percent of farmers said they would back the levy; 3 percent of “undecided” voters said they might.", content: "they would back the levy" },
  ];
  it.each(KEEPS)("keeps the clause before the addition: $text", ({ text, content }) => {
    expect(run(text).found.map((f) => f.text)).toContain(content);
  });

  // The quotation is the reported clause's own end or stands for it: no stub before it.
  const DROPS: { text: string; why: string }[] = [
    { text: "The mayor said that if the state wants the park, “it can come and buy it.”", why: "a comma right before the mark" },
    { text: "Ann Lee explained it this way: “The levy pays for the roads.”", why: "a colon leads into the quotation" },
    { text: "Bo Diaz said he is so upset -- “an outrage,” he called it -- that he may run.", why: "a dash sets off the quotation inside the clause" },
    { text: "The mayor said that when the mill did well, the owner was a “good neighbor” to the town.", why: "', the' opens the main clause after a fronted clause: its verb comes before the mark" },
    { text: "The poll found six in 10 say that if no one wins on the first ballot, the delegates “should pick the leader.”", why: "only a fronted clause would be left" },
    { text: "Bo Diaz said the plan, which he called “a disaster,” would fail.", why: "what is left before the relative clause is a noun phrase, no clause" },
  ];
  it.each(DROPS)("no stub before the quotation: $text ($why)", ({ text }) => {
    expect(run(text).found).toEqual([]);
  });
});

describe("findReportedSpeech: the terms of anonymity end the content", () => {
  it.each([
    { text: "A county aide said the mill would close on the condition of anonymity because she was not allowed to speak.", content: "the mill would close" },
    { text: "One clerk said the count was late, on condition of anonymity.", content: "the count was late" },
    // The terms of a deal are no sourcing: they stay in the claim.
    { text: "The aide said the deal was struck on condition that the town pay half.", content: "the deal was struck on condition that the town pay half" },
  ])("$text", ({ text, content }) => {
    expect(run(text).found.map((f) => f.text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a clause of time or cause that trails the main clause", () => {
  // Made-up sentences. After a main clause the subordinate clause has no main clause after it to give way to:
  // the content runs past its first comma. Fronted (at the start, after a phrase with no verb, or after
  // "and"/"but"), the main clause follows the first comma and the content ends there.
  it.each([
    { text: "The mayor misled voters at the forum, when she claimed that the mill, or what is left of it, has doubled its payroll.", content: "that the mill, or what is left of it, has doubled its payroll" },
    { text: "The council has fought the levy since the mayor announced the plan in March, in front of the whole town.", content: "the plan in March, in front of the whole town" },
    { text: "When the mayor said the levy was fair, the council walked out.", content: "the levy was fair" },
    { text: "In a May debate, when Ann Lee claimed that the levy was fair, the council walked out.", content: "that the levy was fair" },
    { text: "The plan needs her vote, and when she said she would back it, the council cheered.", content: "she would back it" },
    // (A concession keeps the first comma: what follows is the reporter's gloss as often as not.)
    { text: "The agency said the plant closed, though Ann Lee insisted that many workers left first, such as the welders, most of whom moved away.", content: "that many workers left first" },
  ])("$text", ({ text, content }) => {
    expect(run(text).found.map((f) => f.text)).toContain(content);
  });
});

describe("findReportedSpeech: ', a ...' after the reported clause", () => {
  // Made-up sentences. A gloss on the content's last noun ends the content; a degree or a clause's subject does not.
  it.each([
    { text: "The mayor said the levy was unfair, a claim the council rejects.", content: "the levy was unfair", why: "a gloss" },
    { text: "The mayor said the mill would close, a plan the council has fought for years.", content: "the mill would close", why: "a gloss with a relative clause" },
    { text: "Thirty percent said they would back the levy, a bit more than the 25% who oppose it.", content: "they would back the levy", why: "a gloss's comparison" },
    { text: "Ann Lee said she was tired, a bit lost, in the weeks after the vote.", content: "she was tired, a bit lost, in the weeks after the vote", why: "a degree" },
    { text: "Officials said that, even if they wanted one, a recount of Monday's vote could not be done.", content: "that, even if they wanted one, a recount of Monday's vote could not be done", why: "the clause's subject" },
  ])("$text ($why)", ({ text, content }) => {
    expect(run(text).found.map((f) => f.text)).toEqual([content]);
  });
});

describe("findReportedSpeech: a question left unanswered after a negated verb of saying", () => {
  // Made-up sentences. "when"/"where" after "did not say", "wouldn’t say" opens the question; after a plain "said"
  // it opens the occasion, and after a negated complaint it is a clause of time.
  it.each([
    { text: "The spokesman would not say when the deal was signed.", found: ["when the deal was signed"] },
    { text: "Ann Lee wouldn’t say when, or if, the council will vote.", found: ["when, or if, the council will vote"] },
    { text: "Leaders have not said where they would meet.", found: ["where they would meet"] },
    { text: "The mayor said when asked that the levy was fair.", found: ["that the levy was fair"] },
    { text: "The town did not complain when the mill closed its doors.", found: [] },
  ])("$text", ({ text, found }) => {
    expect(run(text).found.map((f) => f.text)).toEqual(found);
  });
});

describe("findReportedSpeech: an aside of saying between the subject and its verb", () => {
  // Made-up sentences. "X, V-ing that A, said B": the participle's content ends at the comma, and the main
  // verb's source is the chunk before the aside.
  it.each([
    { text: "Smith, arguing that the levy was unfair, said she would vote no.", found: [["that the levy was unfair", "Smith"], ["she would vote no", "Smith"]] },
    { text: "The mayor, noting that the budget was short, told the council it must act.", found: [["that the budget was short", "The mayor"], ["it must act", "The mayor"]] },
  ])("$text", ({ text, found }) => {
    expect(run(text).found.map((f) => [f.text, f.mention])).toEqual(found);
  });
  // A finite speech verb after a comma ends forward content; "said to" is a participle on a noun of the content.
  it.each([
    { text: "The stakes are so high that the mayor warned the council not to sell the mill, said an aide who was briefed.", content: "The stakes are so high that the mayor warned the council not to sell the mill" },
    { text: "Ann Lee said the levy, said to be the highest in the state, would be cut.", content: "the levy, said to be the highest in the state, would be cut" },
  ])("$text", ({ text, content }) => {
    expect(run(text).found.map((f) => f.text)).toContain(content);
  });
});

describe("findReportedSpeech: a second act in the perfect after a cue in the perfect", () => {
  // Made-up sentences. "has said A and has expressed B": the same auxiliary with a speech act is the next act.
  it.each([
    { text: "Lee has said she opposes the plan and has expressed doubts about its cost.", content: "she opposes the plan" },
    { text: "Lee has said she favors the levy and has promised to seek a vote on it.", content: "she favors the levy" },
    // (Another auxiliary, or none on the cue, leaves the reported clause whole.)
    { text: "Lee has said the mayor had lied and had praised the levy.", content: "the mayor had lied and had praised the levy" },
    { text: "Lee said she opposes the plan and has expressed doubts about its cost.", content: "she opposes the plan and has expressed doubts about its cost" },
  ])("$text", ({ text, content }) => {
    expect(run(text).found.map((f) => f.text)).toContain(content);
  });
});

describe("findReportedSpeech: a relative clause of saying inside the sentence's subject", () => {
  // Made-up sentences. "Voters who say A were divided": the content ends before the main clause's predicate.
  it.each([
    { text: "Voters who say the levy is most important were evenly divided between the candidates.", content: "the levy is most important" },
    { text: "A majority of those who said their top issue was the mill backed the mayor.", content: "their top issue was the mill" },
    { text: "Voters who say they'll vote in the primary are older.", content: "they'll vote in the primary" },
    // (One verb group, a participle after "be", a joiner, or a relative set off by a comma: the content stays whole.)
    { text: "Residents who say they would be scared if the mill closed want a vote.", content: "they would be scared if the mill closed want a vote" },
    { text: "Voters who say the mill closed and jobs were lost blame the mayor.", content: "the mill closed and jobs were lost blame the mayor" },
    { text: "The mayor, who said the plan was dead, was wrong.", content: "the plan was dead" },
  ])("$text", ({ text, content }) => {
    expect(run(text).found.map((f) => f.text)).toContain(content);
  });
  it("keeps the backward content whole when that relative sits in its subject", () => {
    const text = "His lead among voters who say they'll vote in the primary is much larger, according to the poll.";
    expect(run(text).found.map((f) => f.text).sort()).toEqual(["His lead among voters who say they'll vote in the primary is much larger", "they'll vote in the primary"]);
  });
});

describe("findReportedSpeech: the sentence's subject past an opening conjunction, a compound adjective, a verb after a name, ', then says'", () => {
  const cases: [string, string, string][] = [
    // An opening conjunction is no one-word name: the subject follows it (also a lower-case article before a name).
    ["But the harbor master, a veteran of the port, walked out, saying the cranes were unsafe.", "the cranes were unsafe", "the harbor master"],
    ["Yet she is facing doubts after saying in a debate that she favours the toll.", "that she favours the toll", "she"],
    // (An institution's capitalised head goes on through "of" and the name after it: see institutionGoesOn.)
    ["But the State Board of Canvassers met and said the count would resume.", "the count would resume", "the State Board of Canvassers"],
    // A compound adjective in -ed goes on the noun phrase before the name.
    ["Norway's state-owned oil company Equinor runs two fields and says it will build a third.", "it will build a third", "Norway's state-owned oil company Equinor"],
    // Must not: the tagger's verb after a lone name is the clause's; the name after it is an object.
    ["Farmers see Ortiz as a friend, arguing that his tariff plan has helped them.", "that his tariff plan has helped them", "Farmers"],
    // Must not: a role noun after a lone name stays on the phrase.
    ["Dayton council member Ann Ortiz left early, saying the vote was rigged.", "the vote was rigged", "Dayton council member Ann Ortiz"],
    // ', then says': the sentence's subject, not the object before the comma.
    ["Ortiz offered the man a post as Minister of Transport, then said she would name him next week.", "she would name him next week", "Ortiz"],
    // Must not: a subject with its appositive before ', then said' stays.
    ["Ann Ortiz, a former aide, then said the plan was dead.", "the plan was dead", "Ann Ortiz"],
    // "to" and a determiner or a name goes on the noun phrase as "of" does; not an infinitive ("to be").
    ["Other advisers to the port's board have been urging a sale, saying the debt is too large.", "the debt is too large", "Other advisers to the port's board"],
    ["The young clerk wanted to be heard, saying the count was wrong.", "the count was wrong", "The young clerk"],
    // A common noun phrase (after a conjunction) whose appositive ends in a name: the name, through a short place phrase.
    ["But the other speaker on the panel, former Transport Minister Ann Ortiz, disagreed, saying that the toll was too high.", "that the toll was too high", "former Transport Minister Ann Ortiz"],
    // Must not: a place phrase with no name after it stays out of the subject.
    ["But the crowd in the hall, which had waited for hours, booed, saying that the vote was rigged.", "that the vote was rigged", "the crowd"],
  ];
  it.each(cases)("%s", (text, content, mention) => {
    const { found } = run(text);
    const hit = found.find((f) => f.text === content);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.mention).toBe(mention);
  });
});
