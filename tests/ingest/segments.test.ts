import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articlesFromText } from "../../src/ingest/build.js";
import { datelineOf, layoutOf, parseSender } from "../../src/ingest/segments.js";

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), "utf8");

describe("list posts saved as text", () => {
  const id = "balkan-news-2022-11-15.txt";
  const src = fixture("ingest-listpost/balkan-news-2022-11-15.txt");
  const { articles, diagnostics } = articlesFromText(id, src, 0, src.length);

  it("reads the post header: list name from the subject tag, sender, date sent", () => {
    const c = articles[0].container!;
    expect(c).toMatchObject({ kind: "mailing-list-post", listName: "Balkan-News", sender: "Vesna Petrovska", sentOn: "2022-11-15" });
    expect(c.title).toBe("[Balkan-News] Earthquake near Ohrid: two reports");
  });

  it("splits the post into its two articles by their header blocks", () => {
    expect(articles.map((a) => a.title)).toEqual(["Lakeside towns count damage after strongest quake in decades", "Quake damages historic church, no deaths reported"]);
    expect(articles.map((a) => a.byline)).toEqual(["Goran Ilievski", null]);
    expect(articles.map((a) => a.published)).toEqual(["2022-11-14", "2022-11-14"]);
  });

  it("weighs outlet evidence: two 'told the BBC' name the BBC, a wire dateline names the wire", () => {
    expect(articles.map((a) => a.outlet)).toEqual(["BBC", "Reuters"]);
    expect(articles.map((a) => a.id)).toEqual(["bbc-2022-11-14", "reuters-2022-11-14"]);
    expect(articles[1].dateline).toBe("SKOPJE");
  });

  it("keeps header lines, the list footer and the scrubber note out of the text", () => {
    for (const a of articles) {
      expect(a.text).not.toMatch(/More information|next part|scrubbed|By Goran|NOV\. 14/);
      expect(a.text).not.toContain("\n\n\n");
    }
    expect(articles[0].text.startsWith("A magnitude 5.8 earthquake")).toBe(true);
    expect(articles[1].text.startsWith("SKOPJE (Reuters) - An earthquake")).toBe(true);
  });

  it("reports the cut sentence, not the headlines, bylines or date lines", () => {
    const cuts = diagnostics.filter((d) => d.ruleId === "ingest/cut-text");
    expect(cuts).toHaveLength(1);
    expect(cuts[0]).toMatchObject({ articleId: "bbc-2022-11-14", severity: "warning", stage: "ingest" });
    const a = articles[0];
    expect(a.text.slice(cuts[0].span!.start, cuts[0].span!.end)).toBe("Most of the damage was in houses built before");
  });

  it("says why the poster's short cover note is not an article", () => {
    expect(diagnostics.some((d) => d.ruleId === "ingest/preamble")).toBe(true);
  });

  it("keeps offsets back into the file for every character", () => {
    for (const a of articles) {
      const offs = a.sourceOffsets!;
      for (let i = 0; i < a.text.length; i++) if (!/\s/.test(a.text[i])) expect(src[offs[i]]).toBe(a.text[i]);
    }
  });
});

describe("layout cues", () => {
  it("reads the Dutch Mailman footer and takes the list name from it", () => {
    const src = "Een bericht.\n\nNog een alinea met tekst die eindigt.\n\nMeer informatie over de Nieuws-NL maillijst";
    const l = layoutOf(src);
    expect(l.container?.listName).toBe("Nieuws-NL");
    expect(src.slice(l.segments[0].from, l.segments[0].to)).not.toContain("Meer informatie");
  });

  it("keeps a plain article whole (title stays in the text) when nothing marks a header", () => {
    const src = "Council votes to close two libraries\n\nThe city council voted 7-4 on Tuesday to close two branch libraries.\n\nThe mayor said the savings were needed.";
    const { articles } = articlesFromText("a.txt", src, 0, src.length);
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe("Council votes to close two libraries");
    expect(articles[0].text.startsWith("Council votes")).toBe(true);
    expect(articles[0].outlet).toBeNull();
    expect(articles[0].id).toBe("a");
  });

  it.each([
    ["Jeff Doe op example.nl", "Jeff Doe"],
    ["jdoe at example.org", "jdoe@example.org"],
    ["Jane Roe jroe at example.org", "Jane Roe"],
    ['"Roe, Jane" <jane@example.org>', "Roe, Jane"],
    ["<jane@example.org>", "jane@example.org"],
    ["This is a sentence.", null],
  ])("sender %s -> %s", (line, sender) => {
    expect(parseSender(line)).toBe(sender);
  });
});

describe("several articles in one plain text", () => {
  it("splits on headline + byline blocks after a gap, without date lines", () => {
    const src = [
      "Tram line to the harbour opens",
      "By Mirjam Olde",
      "",
      "The new tram line to the harbour opened on Saturday, the city said. Thousands of people rode it on the first day.",
      "",
      "",
      "",
      "Harbour ferry fares to rise in spring",
      "By Kees Bakker",
      "",
      "Fares on the harbour ferry will rise by ten percent in April, the operator said on Monday.",
      "",
    ].join("\n");
    const { articles } = articlesFromText("harbour.txt", src, 0, src.length);
    expect(articles.map((a) => [a.title, a.byline])).toEqual([
      ["Tram line to the harbour opens", "Mirjam Olde"],
      ["Harbour ferry fares to rise in spring", "Kees Bakker"],
    ]);
    expect(articles.map((a) => a.id)).toEqual(["harbour-1", "harbour-2"]);
  });

  // A header block "Headline / Paper, date / By X": the masthead line names the outlet and dates the article.
  it.each([
    ["Dam repairs to start in May\nThe Valley Courier, March 5, 2031\nBy Ada Kerr", "The Valley Courier", "2031-03-05", "Ada Kerr"],
    ["Dam repairs to start in May\nBy Ada Kerr\nThe Valley Courier, March 5, 2031", "The Valley Courier", "2031-03-05", "Ada Kerr"],
    ["Dam repairs to start in May\nThe Valley Courier | 5 March 2031", "The Valley Courier", "2031-03-05", null],
    ["Dam repairs to start in May\nMarch 5, 2031\nBy Ada Kerr", null, "2031-03-05", "Ada Kerr"],
  ])("header block %j -> outlet %s, date %s, byline %s", (header, outlet, published, byline) => {
    const src = `${header}\n\nRepairs to the old dam will start in May, the water board said on Tuesday.\n\n"We cannot wait another winter," Ada Lind said.\n`;
    const { articles } = articlesFromText("dam.txt", src, 0, src.length);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: "Dam repairs to start in May", outlet, published, byline });
    expect(articles[0].text.startsWith("Repairs to the old dam")).toBe(true);
  });

  // The dateline opens the story, under the headline and any byline or date line; a headline may end on a full stop.
  it.each([
    ["HAVANA (AP) — The port closed on Monday.", null, "HAVANA"],
    ["Storm closes the port\n\nHAVANA (AP) — The port closed on Monday.", "Storm closes the port", "HAVANA"],
    ["Storm closes the port.\n\nHAVANA, Cuba (AP) — The port closed on Monday.", "Storm closes the port.", "HAVANA, Cuba"],
    ["Storm closes the port\n\nBy Ada Kerr\n\nHAVANA — The port closed on Monday.", "Storm closes the port", "HAVANA"],
    ["Storm closes the port\n\nThe port closed on Monday.", "Storm closes the port", null],
  ])("%j -> title %s, dateline %s", (top, title, dateline) => {
    const src = `${top}\n\n"We had no warning," the harbour master said on Monday.\n`;
    const { articles } = articlesFromText("port.txt", src, 0, src.length);
    expect(articles[0]).toMatchObject({ title, dateline });
  });

  it("does not split a story at a lone date line inside it", () => {
    const src = "Diary of a lock keeper\n3 maart 2020\n\nThe water rose all night, he wrote.\n\n4 maart 2020\nThe water fell again by the morning, and the barges moved.\n\nOn the third day the lock opened again for the first boats.\n";
    const { articles } = articlesFromText("diary.txt", src, 0, src.length);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: "Diary of a lock keeper", published: "2020-03-03" });
  });
});

describe("an article's header lines each in a paragraph of its own", () => {
  const body = "PORTLAND, Maine — A storm closed the harbor on Sunday.\n\n“Stay home,” said harbor master Luis Ortega.\n";
  const header = { title: "Storm closes harbor", byline: "Ana Ruiz", published: "2031-03-03", dateline: "PORTLAND, Maine" };
  it.each([
    ["headline, byline, date", "Storm closes harbor\n\nBy Ana Ruiz\n\nMarch 3, 2031\n\n"],
    ["headline, date, byline", "Storm closes harbor\n\nMarch 3, 2031\n\nBy Ana Ruiz\n\n"],
    ["headline and byline together, then the date", "Storm closes harbor\nBy Ana Ruiz\n\nMarch 3, 2031\n\n"],
    ["headline, then byline and date together", "Storm closes harbor\n\nBy Ana Ruiz\nMarch 3, 2031\n\n"],
    ["a byline with the writer's post", "Storm closes harbor\n\nBy Ana Ruiz, Staff Writer\n\nMarch 3, 2031\n\n"],
    ["a labelled date", "Storm closes harbor\n\nBy Ana Ruiz\nPosted: 03/03/2031 10:15 AM\n\n"],
  ])("%s: all three are read, none is left in the story or dropped as a note", (_name, top) => {
    const src = top + body;
    const { articles, diagnostics } = articlesFromText("storm.txt", src, 0, src.length);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject(header);
    expect(articles[0].text.startsWith("PORTLAND, Maine")).toBe(true);
    expect(diagnostics.filter((d) => d.ruleId === "ingest/preamble")).toEqual([]);
  });

  it("takes a byline alone above the date when no headline stands above it", () => {
    const src = "By Ana Ruiz\n\nMarch 3, 2031\n\n" + body;
    const [a] = articlesFromText("storm.txt", src, 0, src.length).articles;
    expect(a).toMatchObject({ title: null, byline: "Ana Ruiz", published: "2031-03-03", dateline: "PORTLAND, Maine" });
  });

  it("leaves a paragraph that is no byline or date in the story, below the header", () => {
    const src = "Storm closes harbor\n\nMarch 3, 2031\n\nBy nightfall the boats were gone.\n\n" + body;
    const [a] = articlesFromText("storm.txt", src, 0, src.length).articles;
    expect(a).toMatchObject({ title: "Storm closes harbor", byline: null, published: "2031-03-03" });
    expect(a.text.startsWith("By nightfall the boats were gone.")).toBe(true);
  });
});

describe("a message forwarded inside a body", () => {
  const outer = { kind: "email", title: "Fwd: Council vote", listName: null, sender: "Dana Reyes", sentOn: "2031-03-10", sentRaw: "Tue, 10 Mar 2031" } as const;
  const gmail = [
    "Worth a look before the meeting.",
    "",
    "---------- Forwarded message ---------",
    "From: Valley Courier Alerts <alerts@courier.example>",
    "Date: Mon, Mar 9, 2031 at 6:02 PM",
    "Subject: Council approves new bridge",
    "To: <dana@example.org>",
    "",
    "Council approves new bridge",
    "",
    "March 9, 2031",
    "",
    'The city council voted 6-1 on Monday to build the bridge. "This is a good day," said Mayor Ann Porter.',
    "",
  ].join("\n");
  const outlook = [
    "See below.",
    "",
    "From: Press Office <press@valley.example>",
    "Sent: Monday, March 9, 2031 5:40 PM",
    "To: Dana Reyes <dana@example.org>",
    "Subject: RE: Statement on the bridge",
    "",
    'Mayor Ann Porter said the bridge would open in 2033. "We are on schedule," she said.',
    "",
  ].join("\n");

  it("keeps the forwarded header (subject, sender, date sent) as the article's provenance", () => {
    const { articles } = articlesFromText("fw.eml", gmail, 0, gmail.length, { container: outer, mapped: false, fallbackTitle: "Council vote" });
    expect(articles).toHaveLength(1);
    expect(articles[0].container?.forwarded).toMatchObject({ kind: "email", title: "Council approves new bridge", sender: "Valley Courier Alerts", sentOn: "2031-03-09" });
    expect(articles[0].container?.sender).toBe("Dana Reyes");
  });

  it("reads the headline above the date under the forwarded header, and leaves the header lines out of the text", () => {
    const { articles, diagnostics } = articlesFromText("fw.eml", gmail, 0, gmail.length, { container: outer, mapped: false, fallbackTitle: "Council vote" });
    expect(articles[0].title).toBe("Council approves new bridge");
    expect(articles[0].published).toBe("2031-03-09");
    expect(articles[0].text.startsWith("The city council voted")).toBe(true);
    expect(diagnostics.map((d) => d.reason)).toContain("the poster's note above the first article (32 characters) is not an article; left out");
  });

  it("takes an unmarked Outlook header block, the forwarded subject as headline and the body below it", () => {
    const { articles, diagnostics } = articlesFromText("fw2.eml", outlook, 0, outlook.length, { container: outer, mapped: false, fallbackTitle: "Council vote" });
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe("Statement on the bridge");
    expect(articles[0].text.startsWith("Mayor Ann Porter said")).toBe(true);
    expect(articles[0].container?.forwarded).toMatchObject({ sender: "Press Office", sentOn: "2031-03-09" });
    expect(diagnostics.map((d) => d.reason)).toContain("the poster's note above the forwarded message (10 characters) is not an article; left out");
  });

  it("makes the forwarded message the container of a plain text that has no header of its own", () => {
    const layout = layoutOf(gmail);
    expect(layout.container).toMatchObject({ kind: "email", title: "Council approves new bridge", sender: "Valley Courier Alerts" });
    expect(layout.container?.forwarded).toBeUndefined();
  });

  it.each([
    ["a lone From: line in prose", 'The letter was signed.\n\nFrom: the archives of the council, 1998\n\n"We will build it," the mayor wrote.\n'],
    ["header fields without a subject", "Note.\n\nFrom: Press Office <press@valley.example>\nSent: Monday, March 9, 2031 5:40 PM\n\nThe mayor spoke.\n"],
  ])("does not take %s for a forwarded message", (_name, text) => {
    expect(layoutOf(text, 0, text.length, outer).container?.forwarded).toBeUndefined();
    expect(layoutOf(text, 0, text.length, outer).forwarded).toBeNull();
  });
});

describe("datelines", () => {
  it.each([
    ["BEIRUT, Lebanon — The army said", "BEIRUT, Lebanon"],
    ["SKOPJE (Reuters) - An earthquake", "SKOPJE"],
    ["SPRINGFIELD, Ill., Oct. 4 (UPI) — The governor", "SPRINGFIELD, Ill."],
    ["NEW YORK, Nov. 19 (UPI) — Shares fell", "NEW YORK"],
    ["Mr. Smith — who spoke first", null],
    ["The mayor, Oct. 4 — not a dateline", null],
  ])("%s", (text, place) => {
    expect(datelineOf(text)).toBe(place);
  });

  it("takes a headline ending in a full stop for the title when a wire dateline with a day follows", () => {
    const text = "Governor signs the river bill.\n\nSPRINGFIELD, Ill., Oct. 4 (UPI) — The governor signed the bill on Tuesday, his office said.\n";
    const { articles } = articlesFromText("upi.txt", text, 0, text.length);
    expect(articles[0]).toMatchObject({ title: "Governor signs the river bill.", dateline: "SPRINGFIELD, Ill.", outlet: "UPI" });
  });
});

describe("a range past the text's end", () => {
  // A caller's `to` beyond the text used to leave the paragraph walk looping; it reads as slice() would.
  it.each([
    ["to one past the end", "The mayor said the road is open.", 0, 33],
    ["to far past the end", "The mayor said the road is open.", 0, 500],
    ["from past the end", "The mayor said the road is open.", 40, 60],
  ])("%s gives the articles of the text it holds", (_label, text, from, to) => {
    const clamped = articlesFromText("range.txt", text, Math.min(from, text.length), Math.min(to, text.length));
    const { articles } = articlesFromText("range.txt", text, from, to);
    expect(articles.map((a) => a.text)).toEqual(clamped.articles.map((a) => a.text));
  });
});
