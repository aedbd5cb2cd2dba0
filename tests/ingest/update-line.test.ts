import { describe, expect, it } from "vitest";
import { articlesFromText } from "../../src/ingest/build.js";
import { isUpdateLine } from "../../src/ingest/dates.js";

// A web story copied as text keeps the line that says when it was last changed ("Updated 4:12 p.m.
// ET, March 9, 2031"). It belongs to the header, not the story: the dateline opens the paragraph
// under it. An update is not the publication (tests/ingest/dates.test.ts), so it dates nothing.
describe("an 'Updated' line at a story's top (src/ingest/dates.ts isUpdateLine, build.ts)", () => {
  it.each([
    ["must: a time, a zone and a date", "Updated 4:12 p.m. ET, March 9, 2031", true],
    ["must: a label with a colon", "Updated: March 9, 2031", true],
    ["must: last updated", "Last updated 9 March 2031 14:02 GMT", true],
    ["must: a day without its year", "Updated May 20, 9:30 AM", true],
    ["must-not: a date alone", "March 9, 2031", false],
    ["must-not: a sentence that opens with the word", "Updated figures came out on March 9, 2031.", false],
    ["must-not: the label alone", "Updated", false],
    ["must-not: a headline", "Updated census counts more voters", false],
  ])("isUpdateLine: %s", (_name, line, want) => {
    expect(isUpdateLine(line)).toBe(want);
  });

  const STORY =
    'GRANITE FALLS, Minn. (AP) — Residents near the quarry said Monday that a blast cracked the foundations of a dozen homes.\n\n"The whole house jumped," said Elena Ostrova, who lives near the pit.\n';
  it.each([
    ["under a byline", "Quarry blast cracks foundations\n\nBy Hal Brecken and Sunita Rao\n\nUpdated 4:12 p.m. ET, March 9, 2031", { byline: "Hal Brecken and Sunita Rao", published: null, dateline: "GRANITE FALLS, Minn." }],
    ["over the byline", "Quarry blast cracks foundations\n\nUpdated March 9, 2031\n\nBy Hal Brecken", { byline: "Hal Brecken", published: null, dateline: "GRANITE FALLS, Minn." }],
    ["with the publication's date above it", "Quarry blast cracks foundations\n\nMarch 8, 2031\n\nUpdated March 9, 2031", { published: "2031-03-08", dateline: "GRANITE FALLS, Minn." }],
    ["with the publication's date under it", "Quarry blast cracks foundations\n\nUpdated March 9, 2031\n\nPublished March 8, 2031", { published: "2031-03-08", dateline: "GRANITE FALLS, Minn." }],
  ])("the dateline under it is found: %s", (_name, top, want) => {
    const src = `${top}\n\n${STORY}`;
    const a = articlesFromText("quarry.txt", src, 0, src.length).articles[0];
    expect(a).toMatchObject({ title: "Quarry blast cracks foundations", ...want });
  });
});
