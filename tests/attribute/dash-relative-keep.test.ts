import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up sentences: a relative clause set off by dashes hangs on the name before the first dash,
// and the verb after the closing dash is the main clause's (its subject stands before the aside);
// "kept asking" has the subject of "kept".
describe("a relative clause between dashes, and 'kept' before a participle", () => {
  it.each([
    ["must: 'X - who said he would “…” … - said'", "Mayor Tom Reyes - who once said he would “tear down” the old pier by the harbour - said on Monday that it stays.", "Tom Reyes"],
    ["must: 'X — who has called for “…” — said' with long dashes", "The vote was close. Ann Lee — who has called for “a pier for all” in every speech — said on Monday that she would wait.", "Ann Lee"],
    ["must: 'and X kept asking her why … “…”'", "Ann Lee spoke first, and Tom Reyes kept asking her why the port had tied the loss to “spontaneous” storms.", "Tom Reyes"],
    ["must-not: 'began' ends its own clause ('as the meeting began vowing')", "The senator vowed to stay. He sent out an email as the platform committee meeting began vowing to “fight for every vote” in the state.", "The senator"],
    ["must-not: a name after the closing dash speaks", "The pier - which the town built in 1920 - is old, and “it will fall,” Ann Lee said.", "Ann Lee"],
  ] as [string, string, string][])("%s", (_name, text, speaker) => {
    expect(direct(text)[0]?.speaker).toBe(speaker);
  });
});
