import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.js";

const STORY = 'The port reopened on Tuesday after the storm closed it for three days.\n\n"We are back in business," said harbor master Ana Ruiz.';
const mark = "---------- Forwarded message ---------";
const header = (from: string, date: string, subject: string) => [`From: ${from}`, `Date: ${date}`, `Subject: ${subject}`, "To: Desk <desk@example.com>"].join("\n");
const mail = (body: string) =>
  new TextEncoder().encode(["From: Editor <ed@example.com>", "Subject: Fwd: Fwd: port story", "Date: Wed, 9 Mar 2016 09:00:00 +0000", "", body, ""].join("\n"));

describe("a forward of a forwarded message", () => {
  // [name, body, the forwarded sender the article keeps, whether the middle note is an article]
  const cases: [string, string, string, boolean][] = [
    [
      "two marked forwards: the innermost header is the provenance",
      ["FYI.", "", mark, header("Reporter <rep@example.com>", "Tue, Mar 8, 2016 at 6:00 PM", "Fwd: port story"), "", "Passing this on.", "", mark, header("Harbor Times <news@harbor.example>", "Tue, Mar 8, 2016 at 10:00 AM", "Port reopens after storm"), "", STORY].join("\n"),
      "Harbor Times",
      false,
    ],
    [
      "an Outlook block without a mark inside a marked forward",
      [mark, header("Reporter <rep@example.com>", "Tue, Mar 8, 2016 at 6:00 PM", "FW: port story"), "", header("Harbor Times <news@harbor.example>", "Tue, Mar 8, 2016 at 10:00 AM", "Port reopens after storm"), "", STORY].join("\n"),
      "Harbor Times",
      false,
    ],
    [
      "not: a note long enough to carry claims stops at the outer forward",
      [mark, header("Reporter <rep@example.com>", "Tue, Mar 8, 2016 at 6:00 PM", "Fwd: port story"), "", "The harbor board told me on Monday that the pier repairs will cost twice the estimate and take until June. ".repeat(3), "", mark, header("Harbor Times <news@harbor.example>", "Tue, Mar 8, 2016 at 10:00 AM", "Port reopens after storm"), "", STORY].join("\n"),
      "Reporter",
      true,
    ],
    ["not: one forward stays as it was", [mark, header("Harbor Times <news@harbor.example>", "Tue, Mar 8, 2016 at 10:00 AM", "Port reopens after storm"), "", STORY].join("\n"), "Harbor Times", false],
  ];
  it.each(cases)("%s", (_name, body, sender, noteKept) => {
    const { document } = parseDocument("fwd.eml", mail(body));
    // With a long note kept, the note opens the article (the inner forward is not split off).
    const story = document.articles.find((a) => a.text.startsWith(noteKept ? "The harbor board" : "The port reopened"))!;
    expect(story.container?.forwarded?.sender).toBe(sender);
    if (!noteKept) expect(story.text).not.toMatch(/From:|Subject:|Forwarded message/);
    expect(document.articles.some((a) => a.text.includes("harbor board told me"))).toBe(noteKept);
    expect(document.articles.some((a) => a.text.includes("Passing this on"))).toBe(false);
  });
});
