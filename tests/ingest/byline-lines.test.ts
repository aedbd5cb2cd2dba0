import { describe, expect, it } from "vitest";
import { articlesFromText } from "../../src/ingest/build.js";

// Made-up stories with a byline at the top: the byline is the article's, never its title, and a
// writer's post under it ("Staff writer") is neither the title nor a name.
const read = (text: string) => articlesFromText("story.txt", text, 0, text.length).articles[0];

const STORY = "“The port will stay closed until Friday at least,” the harbor master said.\n\n“We cannot risk the crews out there.”\n";

describe("byline lines at the top of a plain-text story", () => {
  it.each([
    ["Staff writer", "Storm closes the port\n\nBy Jane Doe\nStaff writer\n\n"],
    ["Senior Political Correspondent", "Storm closes the port\n\nBy Jane Doe\nSenior Political Correspondent\n\n"],
  ])("must trigger: a post under the byline (%s) is not the title", (_, head) => {
    const a = read(head + STORY);
    expect(a.title).toBe("Storm closes the port");
    expect(a.byline).toBe("Jane Doe");
    expect(a.text).not.toContain("Staff writer");
  });

  it("must trigger: a byline as the first line is the byline, not the title", () => {
    const a = read("By Jane Doe\n\nLONDON — " + STORY);
    expect(a.title).not.toBe("By Jane Doe");
    expect(a.byline).toBe("Jane Doe");
  });

  it.each([
    ["a headline over a byline", "Storm closes the port\n\nBy Jane Doe\n\n", "Storm closes the port", "Jane Doe"],
    ["a headline over two names", "Storm closes the port\n\nBy JANE DOE and JOHN ROE\n\nWASHINGTON — ", "Storm closes the port", "JANE DOE and JOHN ROE"],
  ])("must not trigger: %s reads as before", (_, head, title, byline) => {
    const a = read(head + STORY);
    expect(a.title).toBe(title);
    expect(a.byline).toBe(byline);
  });

  it("must not trigger: a sentence opening on By is no byline", () => {
    const a = read("By winning the vote on Tuesday, the council kept the port open for the winter.\n\n" + STORY);
    expect(a.byline).toBeNull();
    expect(a.text).toContain("By winning the vote");
  });
});
