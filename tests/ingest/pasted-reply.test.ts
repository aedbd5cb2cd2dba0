import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";
import { isPastedReply } from "../../src/ingest/reply-quotes.js";
import { QUOTED_REPLY_BODY } from "./quoted-reply.js";

// A mail reply pasted into a .txt keeps its quote marks ("> " before each quoted line). They were
// read away only in mail: in a text, the forwarded message the reply quotes was no header, its
// headline and byline no header lines, a quoted blank line (">") no paragraph break.
describe("a mail reply pasted as text (src/ingest/reply-quotes.ts isPastedReply, index.ts)", () => {
  it.each([
    ["must: two quoted lines", "Agreed.\n\n> The pier closed.\n> Nobody knew why.", true],
    ["must: the text opens on a quote", "> The pier closed.\n>\n> Nobody knew why.", true],
    ["must: quotes inside quotes", "Yes.\n>> The pier closed.\n> > Again.", true],
    ["must-not: one line that opens on '>'", "Costs rose\n> 5% this year, the board said.", false],
    ["must-not: a '>' inside lines", "Costs rose > 5%.\nFares > 2 dollars.", false],
    ["must-not: no quoted line", "The pier closed.\nNobody knew why.", false],
  ])("isPastedReply: %s", (_name, text, want) => {
    expect(isPastedReply(text)).toBe(want);
  });

  const reply = QUOTED_REPLY_BODY.join("\n");

  it("e2e must: the message the pasted reply quotes is found, its header the story's provenance, offsets kept", () => {
    const { document, diagnostics } = parseDocument("reply.txt", new TextEncoder().encode(reply));
    expect(document.articles).toHaveLength(1);
    const [a] = document.articles;
    expect(a).toMatchObject({ title: "Council delays vote on marina", byline: "Jon Aske", published: "2031-03-20" });
    expect(a.container?.sender).toBe("Harbor Beat");
    expect(a.text).not.toContain(">");
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/pasted-reply");
    const words = "We need to hear from the neighborhood first";
    const at = a.text.indexOf(words);
    expect(document.text.slice(a.sourceOffsets![at], a.sourceOffsets![at] + words.length)).toBe(words);
  });

  it("e2e must-not: a story with one line that opens on '>' keeps it", () => {
    const story = "Fares rise again\n\nNEWPORT — Fares rose\n> 5% this year, the board said on Monday.\n";
    const { document, diagnostics } = parseDocument("fares.txt", new TextEncoder().encode(story));
    expect(document.articles[0].text).toContain("> 5%");
    expect(diagnostics.map((d) => d.ruleId)).not.toContain("ingest/pasted-reply");
  });
});
