import { describe, expect, it } from "vitest";
import { clipHeader, outletNameLine } from "../../src/ingest/clip-header.js";
import { parseDocument } from "../../src/ingest/index.js";

const BODY = "The port was closed on Tuesday after a storm, officials said.\n\n“We will reopen when it is safe,” harbour master Ann Lee told reporters.\n";

describe("clipHeader: header lines a clipping tool writes at the top of a text", () => {
  it.each([
    ["Title, Source, Published, Author", "Title: Storm closes the port\nSource: The Valley Courier\nPublished: March 5, 2031\nAuthor: Jane Roe\n\n", { kind: "fields", title: "Storm closes the port", outlet: "The Valley Courier", dateRaw: "March 5, 2031", byline: "Jane Roe" }],
    ["Headline, Outlet, Date, By", "Headline: Storm closes the port\nOutlet: Reuters\nDate: 2031-03-05\nBy: Jane Roe and Tom Lee\n\n", { kind: "fields", title: "Storm closes the port", outlet: "Reuters", dateRaw: "2031-03-05", byline: "Jane Roe and Tom Lee" }],
    ["a news archive's lone BYLINE field (its full stop dropped)", "BYLINE: Amber Phillips.\n\n", { kind: "fields", title: null, outlet: null, byline: "Amber Phillips" }],
    ["an archive's BYLINE of names parted by ';'", "BYLINE: Wesley Lowery;Kimberly Kindy\n\n", { kind: "fields", byline: "Wesley Lowery, Kimberly Kindy" }],
    ["fields with others between them and no blank line under them", "Title: Storm closes the port\nSection: World\nURL: https://www.reuters.com/world/storm\n", { kind: "fields", title: "Storm closes the port", url: "https://www.reuters.com/world/storm" }],
    ["a known outlet alone on the first line", "Reuters\nStorm closes the port of Marrowby\n\n", { kind: "outlet-line", outlet: "Reuters", title: "Storm closes the port of Marrowby" }],
    ["a paper's name alone, the headline after a blank line", "The Valley Courier\n\nStorm closes the port of Marrowby\n\n", { kind: "outlet-line", outlet: "The Valley Courier", title: "Storm closes the port of Marrowby" }],
  ])("must read: %s", (_name, head, want) => {
    const h = clipHeader(head + BODY);
    expect(h).toMatchObject(want);
    expect((head + BODY).slice(h!.bodyFrom)).toBe(h!.kind === "fields" ? BODY : (head + BODY).slice((head + BODY).indexOf("Storm")));
  });

  it.each([
    ["a headline written 'Word: rest'", "Newspaper: Defense secretary used personal email at Pentagon.\n\n"],
    ["a headline that opens 'Wow:'", "Wow: Glenn Beck Just Responded To The Endorsement\n\n"],
    ["a lone Date line (a memo may open so)", "Date: March 5, 2031\n\n"],
    ["a mail header (the layout reader takes it)", "Subject: Storm\nFrom: Ann Lee <ann@example.org>\nDate: March 5, 2031\n\n"],
    ["a dateline paragraph", "WASHINGTON: The president said on Tuesday that the port would close.\n\n"],
    ["an outlet named in a sentence", "Reuters reported on Tuesday that the port had closed.\n\n"],
    ["a headline with no outlet above it", "Storm closes the port of Marrowby\n\n"],
    ["an outlet line over a date, not a headline", "The Valley Courier\nMarch 5, 2031\n\n"],
  ])("must not read: %s", (_name, head) => {
    expect(clipHeader(head + BODY)).toBeNull();
  });

  it("reads nothing from a text that is only a header", () => {
    expect(clipHeader("Title: Storm\nAuthor: Jane Roe\n")).toBeNull();
    expect(clipHeader("Reuters\nStorm closes the port\n")).toBeNull();
  });
});

describe("outletNameLine", () => {
  it.each([
    ["Reuters", "Reuters"],
    ["The Guardian", "The Guardian"],
    ["Guardian", "The Guardian"],
    ["The Marrowby Evening News", "The Marrowby Evening News"],
    ["Breaking: The News", null],
    ["Storm Closes The Port", null],
    ["the valley courier", null],
  ])("%s -> %s", (line, want) => {
    expect(outletNameLine(line)).toBe(want);
  });
});

describe("a plain text under a clipping header", () => {
  const text = `Title: Storm closes the port\nSource: The Valley Courier\nPublished: March 5, 2031\nBy: Jane Roe\n\n${BODY}`;
  const { document, diagnostics } = parseDocument("clip.txt", Buffer.from(text));
  const [a] = document.articles;

  it("fills the article's fields from the header", () => {
    expect(a).toMatchObject({ title: "Storm closes the port", outlet: "The Valley Courier", byline: "Jane Roe", published: "2031-03-05", publishedRaw: "March 5, 2031", id: "valley-courier-2031-03-05" });
    expect(a.outletEvidence).toEqual([expect.objectContaining({ outlet: "The Valley Courier", kind: "masthead", detail: 'header line "Source: The Valley Courier"' })]);
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/clip-header");
  });

  it("keeps the header out of the text, whose offsets still lead back to the file", () => {
    expect(a.text.startsWith("The port was closed")).toBe(true);
    expect(a.text).not.toContain("Title:");
    const at = a.text.indexOf("We will reopen");
    expect(text.slice(a.sourceOffsets![at], a.sourceOffsets![at] + 14)).toBe("We will reopen");
  });

  it("reads an outlet line: the outlet, and the headline under it as title and first line", () => {
    const r = parseDocument("wire.txt", Buffer.from(`Reuters\nStorm closes the port of Marrowby\n\n${BODY}`));
    const [b] = r.document.articles;
    expect(b).toMatchObject({ outlet: "Reuters", title: "Storm closes the port of Marrowby" });
    expect(b.text.startsWith("Storm closes the port of Marrowby")).toBe(true);
    expect(b.text).not.toContain("Reuters");
  });

  it("leaves a text without a header as it was", () => {
    const r = parseDocument("plain.txt", Buffer.from(`Storm closes the port of Marrowby\n\n${BODY}`));
    expect(r.document.articles[0]).toMatchObject({ title: "Storm closes the port of Marrowby", outlet: null });
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain("ingest/clip-header");
  });
});
