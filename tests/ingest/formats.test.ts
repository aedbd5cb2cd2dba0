import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IngestError, parseDocument } from "../../src/ingest/index.js";
import { htmlReport } from "../../src/report/html.js";
import { markdownReport } from "../../src/report/markdown.js";
import { sampleReport } from "../report/sample-report.js";

const load = (p: string) => {
  const bytes = readFileSync(new URL(`../fixtures/${p}`, import.meta.url));
  return parseDocument(p, bytes);
};

// Text a reader would never call part of the story: furniture, code, mis-decoded characters.
const NOISE = /Skip to main content|Support the Guardian|Most viewed|Privacy policy|Advertisement|Related:|dataLayer|window\.guardian|font-family|Share on Facebook|Most read|Copyright|Subscribe|â€|Ã|\uFFFD|[\u0080-\u009F]/;

describe("HTML with JSON-LD (a newspaper's article page)", () => {
  const { document, diagnostics } = load("ingest-html-jsonld/harbour-strike.html");
  const [a] = document.articles;

  it("is read as HTML into one article with the page's metadata", () => {
    expect(document.format).toBe("html");
    expect(document.articles).toHaveLength(1);
    expect(a).toMatchObject({
      title: "Dockers walk out as Port of Calderon automation plan stalls",
      byline: "Ines Marrow",
      outlet: "The Guardian",
      published: "2023-03-14",
      id: "guardian-2023-03-14",
    });
  });

  it("credits the outlet from JSON-LD (@graph, @type array), og:site_name and the canonical domain", () => {
    const kinds = a.outletEvidence.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["json-ld", "meta", "domain"]));
    expect(a.outletEvidence.every((e) => e.outlet === "The Guardian")).toBe(true);
  });

  it("keeps the story paragraphs and drops navigation, scripts, styles, comments, ads and asides", () => {
    expect(a.paragraphs).toHaveLength(5);
    expect(a.text).toContain("“We were told to trust them, and we have heard that before,” said Marta Keel");
    expect(a.text).toContain("€30m a day");
    expect(a.text).not.toMatch(NOISE);
    expect(a.text).not.toContain("Photograph: Lena Obst"); // caption
    expect(a.text).not.toContain("Dockers walk out as"); // headline is metadata
  });

  it("has no cut text and no problems", () => {
    expect(a.cuts).toEqual([]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("HTML with only Open Graph tags, in windows-1252", () => {
  const { document, diagnostics } = load("ingest-html-og/bridge-closure.htm");
  const [a] = document.articles;

  it("decodes the declared charset, curly quotes included", () => {
    expect(document.encoding).toBe("windows-1252");
    expect(a.text).toContain("“We are not going to gamble with people’s lives,” County Engineer Paul Osei said");
    expect(a.text).not.toMatch(NOISE);
  });

  it("takes outlet, title, byline and date from og:*, meta author and article:published_time", () => {
    expect(a).toMatchObject({
      outlet: "Valley Courier",
      title: "Old river bridge shut after inspectors find cracked girders",
      byline: "Dana Whitcombe",
      published: "2021-10-07",
    });
    expect(a.outletEvidence.map((e) => e.kind)).toContain("meta");
  });

  it("leaves out the byline box, menu, share buttons, sidebar and footer", () => {
    expect(a.text.startsWith("The Elm Street bridge")).toBe(true);
    expect(a.text).not.toMatch(/Staff writer|Obituaries|Tweet|overtime/);
    expect(a.paragraphs).toHaveLength(5);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("quotecheck's own reports among the inputs", () => {
  const report = sampleReport();
  it.each([
    ["report.md", () => markdownReport(report)],
    ["report.html", () => htmlReport(report)],
  ])("%s is left out as info, not read as a source", (name, make) => {
    let err: unknown = null;
    try {
      parseDocument(name, new TextEncoder().encode(make()));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({ ruleId: "ingest/own-report", severity: "info" });
  });
  it("a Markdown file that only mentions an attribution report is read", () => {
    const { document } = parseDocument("notes.md", new TextEncoder().encode("# Attribution report\n\nThe mayor said the bridge would reopen in May."));
    expect(document.articles).toHaveLength(1);
  });
});

describe("a plain HTML page with its byline in a paragraph", () => {
  it("takes the byline from a '<p>By …</p>' above the story when the markup names no author", () => {
    const html = "<html><head><title>Bridge to reopen</title></head><body><article><h1>Bridge to reopen</h1><p>By Ana Ruiz</p><p>The bridge will reopen in May, the mayor said.</p></article></body></html>";
    const a = parseDocument("page.html", new TextEncoder().encode(html)).document.articles[0];
    expect(a.byline).toBe("Ana Ruiz");
    expect(a.text.startsWith("The bridge")).toBe(true);
  });
});

describe("a Mailman (pipermail) archive page", () => {
  const { document } = load("ingest-pipermail/002817.html");

  it("is recognised by its markers and read from its <pre> body", () => {
    expect(document.format).toBe("pipermail");
    expect(document.articles).toHaveLength(1);
  });

  it("gives the post as container: subject, list, sender, date sent", () => {
    expect(document.articles[0].container).toEqual({
      kind: "mailing-list-post",
      title: "[Alpine-Watch] Glacier lake bursts above Varen",
      listName: "Alpine-Watch",
      sender: "Tomas Lindqvist",
      sentOn: "2020-07-24",
      sentRaw: "Fri Jul 24 09:12:33 CEST 2020",
    });
  });

  it("finds the forwarded wire story with its headline, date and outlet", () => {
    const a = document.articles[0];
    expect(a).toMatchObject({ title: "Glacier lake bursts above Swiss village, forcing evacuation", published: "2020-07-23", outlet: "Reuters", dateline: "VAREN, Switzerland" });
    expect(a.text).toContain('"The warning system did what it was built to do," Anna Bircher');
    expect(a.text).not.toMatch(/scrubbed|attachment|More information|Messages sorted|Previous message/);
    // The body is reflowed: no hard line breaks inside paragraphs.
    expect(a.text.split("\n\n").every((p) => !p.includes("\n"))).toBe(true);
  });
});

describe("an .eml in quoted-printable windows-1252 (Outlook)", () => {
  const { document } = load("ingest-eml/hospital-wing.eml");
  const [a] = document.articles;

  it("decodes the encoded-word headers into the container", () => {
    expect(document.format).toBe("eml");
    expect(a.container).toMatchObject({
      kind: "email",
      title: "FW: Hospital opens new wing two years late and €14m over budget",
      sender: "Henk van der Molen",
      sentOn: "2019-09-12",
    });
  });

  it("decodes the body (=80 is €, =93/=94 are curly quotes) and finds the forwarded article", () => {
    expect(a).toMatchObject({ title: "Hospital opens new wing two years late and €14m over budget", byline: "Sanne de Wit", published: "2019-09-12", outlet: null });
    expect(a.text).toContain("€14 million");
    expect(a.text).toContain("“We are not proud of the delay, but we are proud of the building,” said Karel Mertens");
    expect(a.text).not.toMatch(NOISE);
    expect(a.text).not.toContain("Original Message");
  });
});

describe("an .mbox of three messages", () => {
  const { document } = load("ingest-mbox/wildfire-desk-2025-02.mbox");
  const arts = document.articles;

  it("splits on From lines and reads each message", () => {
    expect(document.format).toBe("mbox");
    expect(arts).toHaveLength(3);
    expect(new Set(arts.map((a) => a.id)).size).toBe(3);
    expect(arts.map((a) => a.container?.sender)).toEqual(["Ana Ferreira", "Okafor, Daniel", "João Reis"]);
    expect(arts.every((a) => a.container?.listName === "Wildfire-Desk" && a.container?.sentOn === "2025-02-03")).toBe(true);
  });

  it("unescapes >From, joins format=flowed lines, decodes base64 and an HTML-only part", () => {
    expect(arts[0].text).toContain("\n\nFrom what I saw, the roads are open again.");
    // A message that is its own story takes its subject, without the list tag, as headline.
    expect(arts[0].title).toBe("Evacuation order lifted in Serra do Lume");
    expect(arts[0].text).toContain("was lifted at 8 a.m., the regional civil protection commander, Rui Matos, said.");
    expect(arts[1].container?.title).toBe("[Wildfire-Desk] Union: crews worked 20-hour shifts – statement");
    expect(arts[1]).toMatchObject({ title: "Firefighters' union says crews worked 20-hour shifts", byline: "Daniel Okafor", published: "2025-02-03" });
    expect(arts[2].text).toContain("“We cannot keep planting fuel,” she said.");
    expect(arts[2].text).toContain("Luísa Prado");
    for (const a of arts) expect(a.text).not.toMatch(NOISE);
  });

  it("does not count the HTML part's heading as cut text", () => {
    expect(arts[2].cuts).toEqual([]);
  });
});

describe("a hard-wrapped text file with CRLF line ends", () => {
  const { document } = load("ingest-text/capsized-boat.txt");
  const [a] = document.articles;

  it("reads title, byline and date from the header block and the wire from its dateline", () => {
    expect(a).toMatchObject({
      title: "Capsized fishing boat found off Maine; search for crew suspended",
      byline: "Jennifer McDermott",
      published: "2022-03-03",
      outlet: "Associated Press",
      dateline: "PORTVILLE, Maine",
    });
  });

  it("reflows paragraphs and maps each character back to the file", () => {
    expect(a.paragraphs).toHaveLength(5);
    expect(a.text).not.toMatch(/\r|[^\n]\n[^\n]/);
    const offs = a.sourceOffsets!;
    for (let i = 0; i < a.text.length; i++) if (!/\s/.test(a.text[i])) expect(document.text[offs[i]]).toBe(a.text[i]);
  });

  it("marks the paragraph that stops mid-sentence", () => {
    expect(a.cuts).toHaveLength(1);
    expect(a.text.slice(a.cuts[0].start, a.cuts[0].end)).toBe("He described the crew as experienced fishermen who knew the");
  });
});

describe("Markdown", () => {
  const md = [
    "---",
    "title: Night trains return to the Alpine route",
    "author: Lea Moser",
    "date: 2024-12-09",
    "publisher: Der Spiegel",
    "---",
    "",
    "# Night trains return to the Alpine route",
    "",
    "The first **night train** in eight years left the station on Sunday, [the operator](https://example.com/op) said.",
    "",
    "> \"We sold every bed in two days,\" said *Jonas Keller*, the route manager.",
    "",
  ].join("\n");
  const { document } = parseDocument("night-trains.md", new TextEncoder().encode(md));
  const [a] = document.articles;

  it("takes metadata from front matter and strips markup, keeping offsets", () => {
    expect(document.format).toBe("markdown");
    expect(a).toMatchObject({ title: "Night trains return to the Alpine route", byline: "Lea Moser", published: "2024-12-09", outlet: "Der Spiegel" });
    expect(a.text).toBe(
      'The first night train in eight years left the station on Sunday, the operator said.\n\n"We sold every bed in two days," said Jonas Keller, the route manager.',
    );
    const offs = a.sourceOffsets!;
    for (let i = 0; i < a.text.length; i++) if (!/\s/.test(a.text[i])) expect(md[offs[i]]).toBe(a.text[i]);
  });
});

describe("format detection by content as well as extension", () => {
  const bytes = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url));
  it.each([
    ["a mail saved as .txt", "ingest-eml/hospital-wing.eml", "forwarded.txt", "eml"],
    ["a mail with no extension", "ingest-eml/hospital-wing.eml", "message", "eml"],
    ["an mbox with no extension", "ingest-mbox/wildfire-desk-2025-02.mbox", "Inbox", "mbox"],
    ["a page saved with no extension", "ingest-html-jsonld/harbour-strike.html", "page", "html"],
    ["a pipermail page saved as .txt", "ingest-pipermail/002817.html", "002817.txt", "pipermail"],
    ["a list post saved as text", "ingest-listpost/balkan-news-2022-11-15.txt", "post.dat", "text"],
  ])("%s", (_label, fixture, id, format) => {
    const { document } = parseDocument(id, bytes(fixture));
    expect(document.format).toBe(format);
    expect(document.articles.length).toBeGreaterThan(0);
  });
});

describe("offsets back into the page source for HTML and pipermail", () => {
  it.each(["ingest-html-jsonld/harbour-strike.html", "ingest-html-og/bridge-closure.htm", "ingest-pipermail/002817.html"])("%s", (p) => {
    const { document } = load(p);
    for (const a of document.articles) {
      const offs = a.sourceOffsets!;
      expect(offs).not.toBeNull();
      for (let i = 0; i < a.text.length; i++) {
        if (/\s/.test(a.text[i])) continue;
        const at = document.text[offs[i]];
        // An entity ("&quot;") stands for its character: the offset points at its "&".
        expect(at === a.text[i] || at === "&", `char ${i} ${a.text[i]}`).toBe(true);
      }
    }
  });
});

describe("HTML whose story is split over sibling columns, with a comments section", () => {
  const page = readFileSync(new URL("../fixtures/ingest-html-columns/council-budget.html", import.meta.url), "utf8");
  const expectStory = (html: string) => {
    const [a] = parseDocument("council-budget.html", new TextEncoder().encode(html)).document.articles;
    expect(a.paragraphs).toHaveLength(6);
    expect(a.text.startsWith("RIVERSIDE, Calif. — The City Council voted")).toBe(true);
    expect(a.text.endsWith("The budget must be adopted by June 30.")).toBe(true);
    expect(a.text).not.toMatch(/outrageous|consultants|Reader comments|Advertisement|Log In|June 12, 2018/);
    return a;
  };
  it("collects every column in order, leaves out comments, and credits the outlet from the domain", () => {
    const a = expectStory(page);
    expect(a).toMatchObject({ outlet: "Los Angeles Times", byline: "Marcus Levy", published: "2018-06-12", dateline: "RIVERSIDE, Calif." });
  });
  it("does the same without a <main> element to lean on", () => {
    expectStory(page.replace(/<main[^>]*>/, "<div>").replace("</main>", "</div>"));
  });
});

describe("a publication date from the file name, as a last resort", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const story = "Council Votes on Budget\n\nThe mayor said on Wednesday that the bridge would reopen in May.\n";
  it("dates a one-article text that states no date, says so, and keeps the name as the raw date", () => {
    const { document, diagnostics } = parseDocument("saved/2019-03-07_council.txt", enc(story));
    expect(document.articles[0]).toMatchObject({ published: "2019-03-07", publishedRaw: "2019-03-07_council.txt" });
    expect(diagnostics.filter((d) => d.ruleId === "ingest/date-from-file-name")).toHaveLength(1);
  });
  it("prefers the date the text gives", () => {
    const { document, diagnostics } = parseDocument("2019-03-07_council.txt", enc(`Council Votes on Budget\n\nMarch 6, 2019\n\n${story.split("\n\n")[1]}`));
    expect(document.articles[0].published).toBe("2019-03-06");
    expect(diagnostics.some((d) => d.ruleId === "ingest/date-from-file-name")).toBe(false);
  });
  it("leaves an undated name undated", () => {
    expect(parseDocument("council.txt", enc(story)).document.articles[0].published).toBeNull();
  });
});
