import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs: "echo" is a speech cue where it takes someone's words ("echoed the call"), not
// where a place rings with a sound ("The hall echoed with “…”", extract/lexicon.ts echoNotSpeech):
// the hall is no speaker.
describe("attribution: 'echo' as a sound is no cue (src/attribute/cue-words.ts isCueVerb)", () => {
  it.each([
    ["must: 'echoed with' credits no place", "Rally notes\n\nThe crowd was loud on Monday. The hall echoed with “Lock her up! Lock her up!” as the mayor spoke.", "Lock her up! Lock her up!", null],
    ["must: 'echoed through' credits no place", "Rally notes\n\nThe arena echoed through the night with “We want more, we want more,” until the lights went out.", "We want more, we want more,", null],
    ["must-not: 'echoed' with its speaker's words stays a cue", "Rally notes\n\nAnn Lee, a resident, spoke first. “We want more,” Tom Reyes echoed.", "We want more,", "Tom Reyes"],
  ] as [string, string, string, string | null][])("%s", (_name, text, quote, speaker) => {
    const q = direct(text).find((x) => x.text === quote);
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBe(speaker);
  });
});
