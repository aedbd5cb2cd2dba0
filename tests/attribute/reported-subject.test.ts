import { describe, expect, it } from "vitest";
import { REPORTED_SUBJECT_RULES } from "../../src/attribute/reported-subject.js";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const reported = (text: string): Quote[] => quotesOf(text, "indirect");

describe("reported speech with no source from extraction: every row's own examples", () => {
  for (const rule of REPORTED_SUBJECT_RULES) {
    it.each(rule.must.map((m) => [m]))(`${rule.id} must credit %s`, (text) => {
      const q = reported(text).find((x) => x.ruleId === rule.id);
      expect(q).toBeDefined();
      expect(q!.speaker).not.toBeNull();
    });
    it.each(rule.mustNot.map((m) => [m]))(`${rule.id} must not credit %s`, (text) => {
      for (const q of reported(text)) expect(q.ruleId).not.toBe(rule.id);
    });
  }
});

describe("reported speech: the subject of the clause its cue closes", () => {
  it.each([
    ["must: a description subject after an opening 'when' clause", "When her family moved back to the farm, her mother refused to teach her Dutch, insisting that her daughter was fully American.", { speaker: "her mother", mention: "her mother" }],
    ["must: a plural description with a prepositional phrase", "But other advisers to the board have been urging the mayor to default, saying that only a disaster would move the council.", { mention: "other advisers to the board" }],
    ["must: a named subject ahead of the participle", "In a debate last month, Ana Lind, the harbour master, took a softer line, noting that the two rivals are enemies.", { speaker: "Ana Lind" }],
    ["must: an opening 'After saying' clause: the main clause's subject after its comma", "After saying that he was nervous, the farmer asked a question about the pier.", { speaker: "the farmer", ruleId: "attribution/reported-subordinate-participle" }],
    ["must: 'after saying' inside the predicate: the clause's subject before it", "Yet the mayor is facing doubts after saying in a debate that she would close the pier.", { speaker: "the mayor" }],
    ["must: a verb joined by 'and' to a clause with a document for its subject", "That forecast held when the harbour board report was finished and denied the change being sought.", { mention: "the harbour board report" }],
  ] as [string, string, Partial<Quote>][])("%s", (_name, text, want) => {
    expect(reported(text)[0]).toMatchObject(want);
  });
  it.each([
    ["a subject that cannot speak", "The storm hit the coast on Monday, leaving the mayor saying that the pier was closed."],
    ["a comma before 'and' opens a clause of its own", "The harbour master left, and the council urged members to vote for the deal instead."],
  ])("must-not: %s", (_name, text) => {
    for (const q of reported(text)) expect(q.ruleId).not.toMatch(/^attribution\/reported-(?:participle|coordinated)-subject$/);
  });
});
