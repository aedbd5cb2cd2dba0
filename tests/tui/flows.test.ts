import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { report } from "./fixture.js";
import { KEY, mount } from "./render.js";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => cleanup());

/** The speaker cells of the table rows on screen, top to bottom (the column's width read off the header line). */
const speakersShown = (frame: string) => {
  const lines = frame.split("\n");
  const header = lines.find((l) => /^ {2}flags speaker +\S/.test(l)) ?? "";
  const start = header.indexOf("speaker");
  const end = header.slice(start + "speaker".length).search(/\S/) + start + "speaker".length;
  return lines.filter((l) => /^[› ] [TR·A2C]{5} /u.test(l)).map((l) => [...l].slice(start, end).join("").trim());
};

describe("key flows", () => {
  it("/ finds curly apostrophes and accents as typed plain ('didn't', 'liberation')", async () => {
    const quotes = report.quotes.map((q, i) => (i === 0 ? { ...q, text: "We didn’t leave Libération behind" } : q));
    const h = await mount({ ...report, quotes });
    let f = await h.press("/", ..."didn't", KEY.enter);
    expect(f).toMatch(/filter “didn't” · sort: document order · 1 of 9/);
    f = await h.press(KEY.escape, "/", ..."liberation", KEY.enter);
    expect(f).toMatch(/filter “liberation” · sort: document order · 1 of 9/);
  });

  it("a filter longer than the line shows its end while typed, so the last words and the cursor stay in view", async () => {
    const h = await mount(report);
    const long = "all residents of the lower town were evacuated before the water reached the houses";
    let f = await h.press("/", long);
    expect(f).toMatch(/^\/ ….*before the water reached the houses ?$/m);
    expect(f).not.toMatch(/^\/ all residents/m);
    // a short one is shown whole
    f = await h.press(KEY.escape, "/", "kel");
    expect(f).toMatch(/^\/ kel ?$/m);
  });

  it("/ filters by speaker, outlet or text as you type; Enter keeps it; Esc clears it", async () => {
    const h = await mount(report);
    let f = await h.press("/", "k", "e", "l");
    expect(f).toMatch(/^\/ kel/m);
    expect(speakersShown(f)).toEqual(["Anna Keller", "Anna Keller", "Anna Keller"]);
    f = await h.press(KEY.enter);
    expect(f).toMatch(/filter “kel” · sort: document order · 3 of 9/);
    f = await h.press("2");
    expect(f).toMatch(/\[2 Speakers 1\]/);
    f = await h.press("1", KEY.escape);
    expect(speakersShown(f)).toHaveLength(9);
    f = await h.press("/", "r", "a", "d", "i", "o", " ", "n", "o", "r", "d", KEY.enter);
    expect(speakersShown(f)).toEqual(["Anna Keller", "Tomas Brandt", "Anna Keller"]);
    f = await h.press("/", KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, "z", "z", "z", KEY.enter);
    expect(f).toContain("No quote matches “radio zzz”. Esc clears the filter, f the flags.");
  });

  it("Sources, which has no flags, does not say 'flagged only' nor send the reader to f; the other views still do", async () => {
    const h = await mount(report);
    let f = await h.press("f", "4");
    expect(f).toMatch(/\[4 Sources 3\]/);
    expect(f).not.toMatch(/flagged only/);
    f = await h.press("/", ..."zzqx", KEY.enter);
    expect(f).toContain("No source line matches “zzqx”. Esc clears the filter.");
    f = await h.press("1");
    expect(f).toMatch(/flagged only · filter “zzqx”/);
    expect(f).toContain("with flags. Esc clears the filter, f the flags.");
  });

  it("d lists direct quotes only, then reported speech only, then both; the status bar says which", async () => {
    const h = await mount(report);
    const kinds = report.quotes.filter((q) => q.kind !== "scare");
    const direct = kinds.filter((q) => q.kind === "direct").length;
    const reported = kinds.filter((q) => q.kind === "indirect").length;
    let f = await h.press("d");
    expect(f).toMatch(new RegExp(`direct quotes only · sort: document order · ${direct} of 9`));
    expect(f).not.toMatch(/^[› ] .R/m);
    f = await h.press("d");
    expect(f).toMatch(new RegExp(`reported speech only · sort: document order · ${reported} of 9`));
    expect(f.split("\n").filter((l) => /^[› ] [T·]R/.test(l))).toHaveLength(reported);
    f = await h.press("d");
    expect(f).not.toMatch(/only ·/);
    expect(f).toMatch(/sort: document order · 9 rows/);
    // on another view d says what it is for, and changes nothing there
    f = await h.press("2", "d");
    expect(f).toContain("d (direct or reported) narrows the Quotes list only");
    expect(f).toContain("[2 Speakers 6]");
    // and with nothing left, the message names the key that brings the rows back
    f = await h.press("1", "d", "/", ..."zzqx", KEY.enter);
    expect(f.replace(/\s+/g, " ")).toContain("No quote matches “zzqx” (direct quotes only). Esc clears the filter, f the flags, d the kind.");
  });

  it("/ finds quotes by the day they were said or published", async () => {
    const h = await mount(report);
    const on = (day: string) => report.quotes.filter((q) => q.kind !== "scare" && (q.spokenOn === day || report.articles.find((a) => a.id === q.articleId)?.published === day)).length;
    let f = await h.press("/", ..."2031-03-04", KEY.enter);
    expect(f).toMatch(new RegExp(`filter “2031-03-04” · sort: document order · ${on("2031-03-04")} of 9`));
    f = await h.press(KEY.escape, "/", ..."2031-03-06", KEY.enter);
    expect(f).toMatch(new RegExp(`filter “2031-03-06” · sort: document order · ${on("2031-03-06")} of 9`));
    expect(on("2031-03-04")).toBeGreaterThan(0);
    expect(on("2031-03-04")).toBeLessThan(9);
  });

  // A date typed in the filter found that day's quotes, but the Speakers tab read "2 Speakers 0" and
  // its list was empty: a speaker matched on name, roles and outlets only. A speaker (a finding)
  // now matches on the days its quotes (claims) were said or published too.
  it("must: a date in the filter lists the speakers and findings of that day's quotes, their tabs counted", async () => {
    const h = await mount(report);
    const day = "2031-03-04";
    const pub = (id: string) => report.articles.find((a) => a.id === id)?.published;
    const onDay = new Set(report.quotes.filter((q) => q.kind !== "scare" && (q.spokenOn === day || pub(q.articleId) === day)).map((q) => q.id));
    const speakers = report.speakers.filter((s) => s.quoteIds.some((id) => onDay.has(id))).length;
    const findings = report.findings.filter((x) => x.claims.some((c) => c.spokenOn === day || c.published === day)).length;
    expect(speakers).toBeGreaterThan(0);
    expect(speakers).toBeLessThan(report.speakers.length);
    expect(findings).toBeGreaterThan(0);
    let f = await h.press("/", ...day, KEY.enter);
    expect(f).toMatch(new RegExp(`2 Speakers ${speakers}\\b`));
    expect(f).toMatch(new RegExp(`3 Conflicts ${findings}\\b`));
    f = await h.press("2");
    expect(f).toMatch(new RegExp(`filter “${day}” · sort: named first · ${speakers} of ${report.speakers.length}`));
  });

  // The Sources tab counted every input whatever the filter ("4 Sources 84" over the 3 files a day's
  // filter left on PolNeAR dev), while the other tabs count what the filter leaves.
  it("must: a filter gives the Sources tab the number of inputs it lists", async () => {
    const h = await mount(report);
    // one file's name: its line and what is under it are listed, the other inputs are not
    expect(report.inputs.length).toBeGreaterThan(1);
    let f = await h.press("/", ..."radio-nord-keller", KEY.enter);
    expect(f).toMatch(/4 Sources 1\b/);
    f = await h.press(KEY.escape);
    expect(f).toMatch(new RegExp(`4 Sources ${report.inputs.length}\\b`));
  });

  it("must not: a day no quote was said or published on lists no speaker; a name still finds its speaker alone", async () => {
    const h = await mount(report);
    let f = await h.press("/", ..."2030-01-01", KEY.enter);
    expect(f).toMatch(/2 Speakers 0\b/);
    f = await h.press(KEY.escape, "/", ..."ortiz", KEY.enter);
    expect(f).toMatch(/2 Speakers 1\b/);
  });

  it("f keeps flagged quotes only, and s changes the sort", async () => {
    const h = await mount(report);
    let f = await h.press("f");
    expect(f).toMatch(/flagged only · sort: document order · 7 of 9/);
    expect(speakersShown(f)).not.toContain("Anna Keller".repeat(2));
    f = await h.press("f", "s");
    expect(f).toMatch(/sort: speaker/);
    expect(f).not.toMatch(/sorted by/);
    expect(speakersShown(f)).toEqual([
      "Anna Keller",
      "Anna Keller",
      "Anna Keller",
      "engineers",
      "Lena Ortiz",
      "Northshire Water Author…",
      "Northshire Water Author…",
      "Tomas Brandt",
      "unnamed resident",
    ]);
  });

  it("Enter on a speaker lists their quotes; Esc goes back to Speakers, at that speaker", async () => {
    const h = await mount(report);
    let f = await h.press("2", "j", KEY.enter);
    expect(f).toContain("[1 Quotes 2]");
    // the status bar names the speaker and, at 80 columns, still the count ("2 of…" when it ran long)
    expect(f).toMatch(/^quotes by Northshire Water Auth.*… \(Esc goes back\) · sort: document order · 2 of 9$/m);
    // the status bar names the speaker: the rows do not repeat it, and the words get its room
    expect(f).toMatch(/^ {2}flags outlet +quote$/m);
    expect(f).not.toMatch(/Northshire Water Author…/);
    expect(f).toMatch(/^› ····C The Harlow Ledger +All residents of the lower town were evacuated befor/m);
    // the preview under the list still names them
    expect(f).toMatch(/^Northshire Water Authority · The Harlow Ledger/m);
    f = await h.press(KEY.enter);
    expect(f).toMatch(/\[Detail\]/);
    expect(f).toContain("“All residents of the lower town were evacuated before the water reached the");
    f = await h.press(KEY.escape);
    expect(f).toMatch(/^quotes by Northshire Water Auth.*… \(Esc goes back\)/m);
    f = await h.press(KEY.escape);
    expect(f).toContain("[2 Speakers 6]");
    expect(f).not.toMatch(/quotes by/);
    expect(f).toMatch(/^› .*Northshire Water Authority/m);
    // and Enter on them again, Backspace (DEL, as most terminals send it) goes back the same way
    f = await h.press(KEY.enter, KEY.enter, KEY.backspace, KEY.backspace);
    expect(f).toContain("[2 Speakers 6]");
    expect(f).toMatch(/^› .*Northshire Water Authority/m);
  });

  it("the filter that found a speaker does not narrow their quote list; a filter typed there does", async () => {
    const h = await mount(report, { columns: 100 });
    // "radio nord" finds Anna Keller by an outlet that carried her; 2 of her 3 quotes hold the words
    let f = await h.press("2", "/", ..."radio nord", KEY.enter);
    expect(f).toMatch(/› Anna Keller/);
    f = await h.press(KEY.enter);
    expect(f).toContain("[1 Quotes 3]");
    expect(f).toMatch(/quotes by Anna Keller \(Esc goes back\) · sort: document order · 3 of 9/);
    expect(f).not.toMatch(/filter “radio nord”/);
    // back on Speakers the filter still stands
    f = await h.press("2");
    expect(f).toMatch(/filter “radio nord”/);
    // a new filter in her list starts empty and applies to it
    f = await h.press("1", "/", ..."money", KEY.enter);
    expect(f).toMatch(/quotes by Anna Keller \(Esc goes back\) · filter “money” · sort: document order · 2 of 9/);
  });

  it("a speaker's quote list is named on the Quotes view only, and Esc elsewhere clears that view's filter", async () => {
    const h = await mount(report);
    let f = await h.press("2", "j", KEY.enter, "3", "/", "o", "r", "t", "i", "z", KEY.enter);
    expect(f).not.toMatch(/quotes by/);
    expect(f).toMatch(/filter “ortiz” · sort: report order · \d+ of 3/);
    f = await h.press(KEY.escape);
    expect(f).toMatch(/sort: report order · 3 rows/);
    f = await h.press("1");
    expect(f).toMatch(/quotes by Northshire Water Auth.*… \(Esc goes back\)/);
  });

  it("in Conflicts, ←/→ pick a claim and Enter opens its quote in Detail", async () => {
    const h = await mount(report);
    let f = await h.press("3", "l", "l", KEY.enter);
    expect(f).toMatch(/\[Detail\]/);
    expect(f).toMatch(/said by\s+Lena Ortiz, a nurse at the Harlow clinic on 2031-03-05/);
    expect(f).toMatch(/told\s+The Harlow Ledger \(in a series of texts\)/);
    expect(f).toMatch(/published by\s+Northshire Courier, 2031-03-05/);
    f = await h.press(KEY.escape);
    expect(f).toContain("[3 Conflicts 3]");
    f = await h.press("j", KEY.enter);
    // by phone says how the words were said, not whom they were told ("told  by phone")
    expect(f).toMatch(/said by\s+unnamed resident, who asked not to be named \(by phone\)/);
    expect(f).toMatch(/told\s+not stated/);
  });

  it("Enter on an article in Sources lists its quotes", async () => {
    const h = await mount(report);
    const f = await h.press("4", "j", "j", "j", KEY.enter);
    expect(f).toMatch(/quotes in “Families stay put as/);
    expect(f).not.toMatch(/courier-2031-03-05/);
    expect(speakersShown(f)).toEqual(["Lena Ortiz", "Tomas Brandt", "Northshire Water Author…"]);
  });

  it("Enter on a file in Sources lists the quotes of all its articles, Esc goes back to it; on a diagnostic it says what Enter is for", async () => {
    const h = await mount(report);
    let f = await h.press("4", KEY.enter);
    expect(f).toMatch(/quotes in inbox\/rivers-watch.* \(Esc goes back\)/);
    const inFile = report.quotes.filter((q) => q.kind !== "scare" && q.documentId === "inbox/rivers-watch-2031-03-06.txt").length;
    expect(f).toMatch(new RegExp(`· ${inFile} of 9`));
    f = await h.press(KEY.escape);
    expect(f).toContain("[4 Sources 3]");
    expect(f).toMatch(/^› inbox\/rivers-watch/m);
    f = await h.press("j", "j", "j", "j", KEY.enter);
    expect(f).toContain("Enter on a file's or an article's line lists its quotes");
    expect(f).toContain("[4 Sources 3]");
  });

  it("c goes from a quote (its row or its Detail) to its finding with its claim selected, and Enter comes back to it", async () => {
    const h = await mount(report);
    // Radio Nord's Tomas Brandt: the second side of the contradiction
    let f = await h.press("/", ..."brandt", KEY.enter, KEY.enter);
    expect(f).toMatch(/said by\s+Tomas Brandt/);
    f = await h.press("c");
    expect(f).toContain("[3 Conflicts");
    expect(f).toMatch(/║ Tomas Brandt/);
    f = await h.press(KEY.enter);
    expect(f).toMatch(/said by\s+Tomas Brandt/);
    // from the row as well, without opening Detail
    f = await h.press(KEY.escape, "1", "c");
    expect(f).toMatch(/║ Tomas Brandt/);
  });

  it("c on a quote in no finding says so and stays", async () => {
    const h = await mount(report);
    const f = await h.press("/", ..."forty metres", KEY.enter, "c");
    expect(f).toContain("[1 Quotes");
    expect(f).toContain("this quote is in no finding");
  });

  it("n and p step through quotes in Detail; Tab cycles the views", async () => {
    const h = await mount(report);
    let f = await h.press(KEY.enter, "n", "n");
    expect(f).toMatch(/said by\s+Anna Keller\n/);
    expect(f).toContain("“We asked for money to repair it three");
    f = await h.press("p");
    expect(f).toMatch(/said by\s+Anna Keller, who has led the town council since 2027/);
    f = await h.press(KEY.tab);
    expect(f).toContain("[2 Speakers 6]");
    f = await h.press(KEY.tab, KEY.tab, KEY.tab);
    expect(f).toContain("[1 Quotes 9]");
    f = await h.press(KEY.shiftTab);
    expect(f).toContain("[4 Sources 3]");
  });

  it("q quits: the app stops taking keys", async () => {
    const h = await mount(report);
    expect(h.frame()).toContain("[1 Quotes 9]");
    await h.press("q");
    // With CI=true Ink clears the screen on exit, so count frames rather than read the last one:
    // a key after quitting must draw nothing new.
    const drawn = h.instance.frames.length;
    await h.press("2");
    expect(h.instance.frames.length).toBe(drawn);
  });

  it("Detail scrolls when taller than a small terminal", async () => {
    const h = await mount(report, { rows: 14 });
    let f = await h.press(KEY.enter);
    expect(f).toMatch(/↓ \d+ more lines/);
    expect(f.split("\n").length).toBeLessThanOrEqual(13);
    f = await h.press("G");
    expect(f).not.toMatch(/more lines/);
    expect(f).toMatch(/contradiction\s+The Authority says/);
  });
});

describe("keys read together", () => {
  it("a held-down j, and keys typed while the screen was busy, each count", async () => {
    const h = await mount(report);
    let f = await h.press("jjj");
    expect(f).toMatch(/^› ··A·C unnamed resident/m);
    f = await h.press("1/kel\r");
    expect(f).toMatch(/filter “kel” · sort: document order · 3 of 9/);
  });
});

describe("Ctrl-F in a terminal", () => {
  it("pages the list as the help says, and does not turn on flagged only", async () => {
    const h = await mount(report, { rows: 16 });
    const f = await h.press("\u0006");
    expect(f).not.toMatch(/flagged only/);
    expect(f).toContain("[1 Quotes 9]");
    expect(f).not.toMatch(/^› ····C Northshire Water/m);
  });
});
