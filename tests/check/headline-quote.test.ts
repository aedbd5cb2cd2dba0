import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/check/run.js";
import { ruleNamed } from "../../src/check/registry.js";
import type { CheckRule } from "../../src/check/types.js";
import { makeReport, type QuoteSpec } from "./report-fixture.js";

const BODY = [
  "HARBOR CITY — Mayor Lena Vasquez toured the flooded river district on Monday with the council.",
  "“We will rebuild every bridge in this city by spring, and we will pay for it ourselves,” Vasquez said.",
  "Council member Tomas Reyes was less sure. “The money is simply not in the budget this year,” Reyes said.",
  "FLOOR: Reyes had said the pumps were old and failing badly before the storm.",
].join("\n\n");

const vasquez: QuoteSpec = { id: "b1", article: "a", text: "We will rebuild every bridge in this city by spring, and we will pay for it ourselves,", speaker: "Lena Vasquez" };
const reyes: QuoteSpec = { id: "b2", article: "a", text: "The money is simply not in the budget this year,", speaker: "Tomas Reyes" };

/** One article: `headline` above the story, its run in marks `run` read as a scare quote, as extract reads a headline's. */
function article(headline: string, run: string, body = BODY, bodyQuotes: QuoteSpec[] = [vasquez, reyes]) {
  return makeReport({
    articles: [{ id: "a", title: headline, text: `${headline}\n\n${body}` }],
    quotes: [{ id: "h", article: "a", kind: "scare", text: run, speaker: null, speakerType: "unknown", cue: null }, ...bodyQuotes],
  });
}

const rules = ["headline-quote-unsupported", "headline-quote-altered", "headline-quote-misattributed"].map((id) => ruleNamed(id)).filter((r): r is CheckRule => !!r);
const check = (report: ReturnType<typeof article>) => runChecks(report, {}, rules);

describe("headline-quote rules", () => {
  it("are registered", () => expect(rules).toHaveLength(3));

  describe("must report", () => {
    it("words in marks the story never quotes", () => {
      const report = article("Vasquez: ‘The Storm Was Nobody’s Fault At All.’", "The Storm Was Nobody’s Fault At All.");
      const hits = check(report);
      expect(hits.map((h) => [h.ruleId, h.severity])).toEqual([["headline-quote-unsupported", "warning"]]);
      expect(hits[0].message).toMatch(/never quotes/);
      expect(hits[0].span?.start).toBe(10);
      // about the headline's own quote, named so (the JSON report lists it with that quote)
      expect(hits[0].quoteId).toBe(report.quotes[0].id);
    });
    it("a three-word run the story never quotes, one severity lower (a term as often as a quote)", () => {
      const hits = check(article("Council Fears ‘Bridges Too Far’ After Flood.", "Bridges Too Far"));
      expect(hits.map((h) => [h.ruleId, h.severity])).toEqual([["headline-quote-unsupported", "info"]]);
    });
    it("words altered from the story's quote, with the word diff", () => {
      const hits = check(article("Vasquez: ‘We Will Rebuild Every Old Bridge By Spring.’", "We Will Rebuild Every Old Bridge By Spring."));
      expect(hits.map((h) => [h.ruleId, h.severity])).toEqual([["headline-quote-altered", "warning"]]);
      expect(hits[0].message).toContain("{+old+}");
      expect(hits[0].message).toContain("[-in this city-]");
      expect(hits[0].related?.[0].span?.start).toBe(BODY.indexOf("We will rebuild") + "Vasquez: ‘We Will Rebuild Every Old Bridge By Spring.’\n\n".length);
    });
    it("only an article dropped, one severity lower (headline style)", () => {
      const hits = check(article("Reyes: ‘Money Is Simply Not In Budget This Year.’", "Money Is Simply Not In Budget This Year."));
      expect(hits.map((h) => [h.ruleId, h.severity])).toEqual([["headline-quote-altered", "info"]]);
    });
    it("words the headline credits to one of the story's speakers and the story to another", () => {
      const hits = check(article("Reyes: ‘We Will Rebuild Every Bridge In This City By Spring.’", "We Will Rebuild Every Bridge In This City By Spring."));
      expect(hits.map((h) => h.ruleId)).toEqual(["headline-quote-misattributed"]);
      expect(hits[0].message).toMatch(/credits .* to Reyes; the story credits it to Lena Vasquez/);
    });
    it("the same with the name after the words (“‘…,’ says Reyes”)", () => {
      const hits = check(article("‘We Will Rebuild Every Bridge In This City By Spring,’ Says Reyes.", "We Will Rebuild Every Bridge In This City By Spring,"));
      expect(hits.map((h) => h.ruleId)).toEqual(["headline-quote-misattributed"]);
    });
  });

  describe("must not report", () => {
    it("a part of a longer quote of the story", () => {
      expect(check(article("Vasquez Vows: ‘We Will Pay For It Ourselves.’", "We Will Pay For It Ourselves."))).toEqual([]);
    });
    it("a headline that shortens with an ellipsis", () => {
      expect(check(article("Vasquez: ‘We Will Rebuild Every Bridge … By Spring.’", "We Will Rebuild Every Bridge … By Spring."))).toEqual([]);
    });
    it("words the story has outside quote marks (a transcript's line, reported speech)", () => {
      expect(check(article("Reyes: ‘The Pumps Were Old And Failing.’", "The Pumps Were Old And Failing."))).toEqual([]);
    });
    it("a term of one or two words in marks", () => {
      expect(check(article("Mayor Tours ‘Flood Zone’ With Council.", "Flood Zone"))).toEqual([]);
    });
    it("the name of the speaker the story credits, by surname or with a title", () => {
      expect(check(article("Mayor Vasquez: ‘We Will Rebuild Every Bridge In This City By Spring.’", "We Will Rebuild Every Bridge In This City By Spring."))).toEqual([]);
    });
    it("a name the headline writes as the topic, not the speaker (“Council On Reyes: ‘…’”)", () => {
      expect(check(article("Council On Reyes: ‘We Will Rebuild Every Bridge In This City By Spring.’", "We Will Rebuild Every Bridge In This City By Spring."))).toEqual([]);
    });
    it("a name after a verb, whom the words are about (“Vasquez Thanks Council Member Reyes: ‘…’”)", () => {
      expect(check(article("Vasquez Thanks Council Member Reyes: ‘We Will Rebuild Every Bridge In This City By Spring.’", "We Will Rebuild Every Bridge In This City By Spring."))).toEqual([]);
    });
    it("capitalised words before the colon that name no speaker of the story", () => {
      expect(check(article("Flood Recovery Plan: ‘We Will Rebuild Every Bridge In This City By Spring.’", "We Will Rebuild Every Bridge In This City By Spring."))).toEqual([]);
    });
    it("words in marks in the story's body, not its headline", () => {
      const report = makeReport({
        articles: [{ id: "a", text: `Flood Recovery Goes On In Harbor City\n\n${BODY}\n\nA sign read “Nobody’s fault at all, says nobody.”` }],
        quotes: [vasquez, reyes, { id: "s", article: "a", kind: "scare", text: "Nobody’s fault at all, says nobody.", speaker: null }],
      });
      expect(check(report)).toEqual([]);
    });
  });
});
