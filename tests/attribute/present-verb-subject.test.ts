import { describe, expect, it } from "vitest";
import type { Quote, QuoteKind } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

// Made-up sentences: a present-tense verb right after a bare noun or name ("Marsh claims", "the
// ledger shows") is that clause's own verb, so the words up to the cue verb are no subject; the
// speaker is read as if the stretch were a clause. After a determiner or a possessor the same word
// is a noun ("the claims", "Lind's claims") and stays inside the subject.
describe("a present-tense verb ends the subject before a cue verb", () => {
  it.each([
    ["must: a name and 'claims' before the cue verb", "The council praised the plan, which Marsh claims affirmed “the basic right of every fisherman.”", "direct", { speaker: "Marsh", mention: "Marsh" }],
    ["must: 'shows that' opens the cue verb's clause", "The next batch of letters shows that Dunmore asked the “inspector” to meet him.", "direct", { speaker: "Dunmore", mention: "Dunmore" }],
    ["must: a name and 'gives' before the cue verb", "At one point, Kettle gives an account of the trip telling a clerk to “Get out!”", "direct", { mention: "Kettle" }],
  ] as [string, string, QuoteKind, Partial<Quote>][])("%s", (_name, text, kind, want) => {
    expect(quotesOf(text, kind)[0]).toMatchObject(want);
  });
  it.each([
    ["a determiner makes it a noun", "The claims office called the fee “a tax grab.”", "direct", "The claims office"],
    ["a name after a determiner is a modifier", "The Lind leads team called the levy “a tax grab.”", "direct", "The Lind leads team"],
    ["a plain name before the verb", "Harbour master Ann Lind called the toll “a tax grab.”", "direct", "Harbour master Ann Lind"],
  ] as [string, string, QuoteKind, string][])("must-not: %s", (_name, text, kind, mention) => {
    const q = quotesOf(text, kind)[0];
    expect(q).toBeDefined();
    expect(q.mention).toBe(mention);
  });
});
