import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: where the source as written after "said" ends.
describe("the extent of an inverted source", () => {
  it.each([
    ["must: 'of' after a role opens what was spoken of", "“We will win,” said Tom Reyes, chairman of the Oakdale Party, of the county's split.", { speaker: "Tom Reyes", mention: "Tom Reyes, chairman of the Oakdale Party", role: "chairman of the Oakdale Party" }],
    ["must-not: 'of' right after the name or an age is a home", "“Fine,” said Ann Lee, 45, of Oakdale.", { speaker: "Ann Lee", mention: "Ann Lee, 45, of Oakdale" }],
    ["must: another person named with a role after a role", "“It is working,” said Ann Lee, a pollster who worked for the mayor's rival in the race, then-governor Tom Reyes.", { speaker: "Ann Lee", mention: "Ann Lee, a pollster who worked for the mayor's rival in the race" }],
    ["must-not: a bare name renames the noun before it", "“It is working,” said Ann Lee, a pollster who helped elect the union's president, Mara Lind.", { speaker: "Ann Lee", mention: "Ann Lee, a pollster who helped elect the union's president, Mara Lind" }],
    ["must: a lone 'who' goes on past its aside", "“Not now,” said a local Republican, who, like all respondents, answered anonymously.", { speaker: "a local Republican", mention: "a local Republican, who, like all respondents, answered anonymously" }],
    ["must-not: a lone 'who' with no aside after it", "“Not now,” said a local Republican, who spoke to us, later.", { speaker: "a local Republican" }],
    ["must: lower-case modifiers before a body's name after 'of'", "“It is bad,” said Ann Lee of digital consulting firm Orbix.", { speaker: "Ann Lee", mention: "Ann Lee of digital consulting firm Orbix" }],
    ["must-not: 'of' a person after modifiers", "“It is bad,” said Ann Lee of the embattled Tom Reyes.", { speaker: "Ann Lee", mention: "Ann Lee" }],
    ["must-not: 'of' a topic that goes on past the name", "“It is bad,” said Ann Lee of the proposed Oakdale pipeline.", { speaker: "Ann Lee", mention: "Ann Lee" }],
    ["must: a relative clause right after the name", "“It is bad,” said Sen. Ann Lee who represents the port city and served as its mayor.", { speaker: "Ann Lee", mention: "Sen. Ann Lee who represents the port city and served as its mayor" }],
    ["must-not: a relative clause that reports speech of its own", "“It is bad,” said Sen. Ann Lee who said the port was closed.", { speaker: "Ann Lee", mention: "Sen. Ann Lee" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(direct(text)[0]).toMatchObject(want);
  });
});

// Made-up sentences: role words before a name that the name drops are the role as written.
describe("the role written before a name", () => {
  it.each([
    ["must: a lower-case role noun with its modifier", "“Voters are tired,” harbour pollster Ana Ruiz said.", { speaker: "Ana Ruiz", role: "harbour pollster", mention: "harbour pollster Ana Ruiz" }],
    ["must: a capitalised office", "“We will vote,” said Port Council Majority Leader Tom Reyes.", { speaker: "Tom Reyes", role: "Port Council Majority Leader" }],
    ["must: a role noun after an organisation's name", "“The count is wrong,” Lind Senior Adviser Tom Reyes wrote.", { speaker: "Tom Reyes", role: "Lind Senior Adviser" }],
    ["must: a bare role noun run into the name", "“We start now,” Moderator Ana Ruiz said.", { speaker: "Ana Ruiz", role: "Moderator" }],
    ["must: 'former' and a title", "“It was a mistake,” former Mayor Ada Lind said.", { speaker: "Ada Lind", role: "former Mayor" }],
    ["must: an abbreviated title is a role", "“It was a mistake,” said Sen. Ada Lind of Ohio.", { speaker: "Ada Lind", role: "Sen." }],
    ["must: a party tag after the name gives way to the role before it", "“It is time,” said Senate Majority Leader Tom Reyes, R-Ohio.", { speaker: "Tom Reyes", role: "Senate Majority Leader" }],
    ["must: an appositive role stays the role", "“It is time,” said harbour pollster Ana Ruiz, a professor at Oakdale College.", { speaker: "Ana Ruiz", role: "a professor at Oakdale College" }],
    ["must: the role before a name lets a later description find the person", "“We need money,” top party donor Ana Ruiz said on Monday. “It is a start,” the mega donor added.", { speaker: "Ana Ruiz" }, 1],
    ["must: an office with 'of' before a name ('Chief of Staff')", "“We are ready,” said Harbor Chief of Staff Ada Lind.", { speaker: "Ada Lind", role: "Harbor Chief of Staff" }],
    ["must: an office with 'of' and an initial in the name", "“The count is done,” Chief of Staff Tom B. Reyes said.", { speaker: "Tom B. Reyes", role: "Chief of Staff" }],
    ["must: an 'of' office headed by a title noun that is no person noun ('Supervisor of Elections')", "“The count is done,” said Lake County Supervisor of Elections Mara Lind.", { speaker: "Mara Lind", role: "Lake County Supervisor of Elections" }],
    ["must: an 'of' office headed by 'Clerk'", "“The files are sealed,” Clerk of Courts Tom Reyes said.", { speaker: "Tom Reyes", role: "Clerk of Courts" }],
    ["must-not: a relation 'of' a person is no office", "“He was kind,” said a Friend of Tom Reyes.", { speaker: "a Friend of Tom Reyes" }],
    ["must: a title word after a given name and an initial is a surname before 'of' a state", "“We will hold the line,” said Rep. Tom B. King of Ohio.", { speaker: "Tom B. King", role: "Rep." }],
    ["must: a title word after a given name is a surname", "“It is late,” said Sen. Mary Bishop of Utah, who chairs the panel.", { speaker: "Mary Bishop" }],
    ["must: a body's name with 'on', then a title, then the person", "The Council on Harbor Relations Executive Director Ana Ruiz says the plan has “crossed a line.”", { speaker: "Ana Ruiz", role: "The Council on Harbor Relations Executive Director" }],
    ["must-not: a body's name with 'for' and no title stays the body", "“It has crossed a line,” said the Observatory for Harbor Rights.", { speaker: "Observatory for Harbor Rights", speakerType: "organisation" }],
    ["must-not: a title before 'of' with no given name before it opens an office", "“It is late,” said Secretary of State Ada Lind.", { speaker: "Ada Lind" }],
    ["must-not: an office of a body is no name ('CEO of … Association')", "“It is a math problem,” said CEO of Harbor Restaurant Association.", { speaker: "CEO of Harbor Restaurant Association", role: null }],
    ["must-not: a relation in lower case before 'of' describes someone else", "“Not now,” a cousin of Ada Lind said.", { speaker: "a cousin of Ada Lind" }],
    ["must-not: a connective adverb between commas is no role ('however')", "Ada Lind, however, called it “a fraud on the town.”", { speaker: "Ada Lind", mention: "Ada Lind", role: null }],
    ["must: a bare role after a name is still one", "Ada Lind, harbour manager, called it “a fraud on the town.”", { speaker: "Ada Lind", role: "harbour manager" }],
    ["must-not: a form of address is no role", "“It was a mistake,” Mr. Tom Reyes said.", { speaker: "Tom Reyes", role: null }],
    ["must-not: a place that owns the name is no role", "“It was a mistake,” Ohio’s Ada Lind said.", { speaker: "Ada Lind", role: null }],
    ["must-not: a sentence adverb is no role", "“It was a mistake,” Interestingly Ada Lind said.", { role: null }],
    ["must-not: a phrase that ends on a preposition before the name", "“It is close,” said early results of polls conducted by Harbor Research.", { role: null }],
    ["must: an -ing word before a job noun names the field ('organizing director')", "“We march at noon,” union organizing director Ana Ruiz told reporters.", { speaker: "Ana Ruiz", mention: "union organizing director Ana Ruiz" }],
    ["must: a field in -ing inside an office ('policy planning director')", "“Bravo!” wrote former harbour policy planning director Tom Reyes.", { speaker: "Tom Reyes" }],
    ["must-not: a participle before a noun that is no job stays a postmodifier", "“We march at noon,” protesters carrying signs near the pier said.", { speaker: "protesters" }],
    ["must: a possessive, a role noun and a full name: the name speaks", "Ada Lind lost the vote. “We will try again,” her campaign manager Tom Reyes said.", { speaker: "Tom Reyes", mention: "her campaign manager Tom Reyes" }],
    ["must-not: a possessive and a role noun before one given name stay a description", "Ada Lind lost the vote. “We will try again,” her husband Tom said.", { mention: "her husband Tom" }],
    ["must: a dollar amount inside a campaign's name", "“We march at noon,” Fight for $20 organizing director Ana Ruiz told reporters.", { speaker: "Ana Ruiz" }],
    ["must-not: a dollar amount in a clause is no name", "“We march at noon,” the union that spent $20 million said.", { speaker: "union" }],
  ] as [string, string, Partial<Quote>, number?][])("%s", (_name, text, want, at = 0) => {
    expect(direct(text)[at]).toMatchObject(want);
  });
});
