import { describe, expect, it } from "vitest";
import { buildQuoteItems } from "../../src/tui/quote-items.js";
import { buildSpeakerItems, type SpeakerItem } from "../../src/tui/speaker-items.js";
import { outletCell, speakerColumns, speakerLine, speakerShape, typicalWidth, type SpeakerShape } from "../../src/tui/speaker-columns.js";
import { cellWidth } from "../../src/tui/text.js";
import { report } from "./fixture.js";

const total = (cols: readonly { width: number }[]) => cols.reduce((s, c) => s + c.width, 0) + cols.length - 1;
const widthOf = (cols: readonly { key: string; width: number }[], key: string) => cols.find((c) => c.key === key)?.width;

// Shapes measured on real lists: Palmyra's 20 speakers and PolNeAR dev's 499.
const palmyra: SpeakerShape = { widest: { name: 35, type: 12, outlets: 40, roles: 107 }, typicalName: 23, leadOutlet: 21, typicalRoles: 107 };
const dev: SpeakerShape = { widest: { name: 82, type: 12, outlets: 48, roles: 163 }, typicalName: 27, leadOutlet: 21, typicalRoles: 92 };
// short roles: nothing to give them beyond what they need
const short: SpeakerShape = { widest: { name: 40, type: 6, outlets: 30, roles: 12 }, typicalName: 16, leadOutlet: 18, typicalRoles: 12 };

describe("Speakers table columns", () => {
  it.each([
    // list, width, roles at least, its shape (16 before: fixed minimums left the speaker and outlet columns blank)
    ["palmyra", 100, 23, palmyra],
    ["palmyra", 120, 38, palmyra],
    ["palmyra", 140, 55, palmyra],
    ["dev", 100, 20, dev],
    ["dev", 120, 38, dev],
    ["dev", 140, 55, dev],
  ])("%s at %i columns: roles get %i cells or more, names and the lead outlet stay whole", (_, w, roles, shape) => {
    const cols = speakerColumns(w, shape);
    expect(total(cols)).toBeLessThanOrEqual(w - 2);
    expect(widthOf(cols, "roles")).toBeGreaterThanOrEqual(roles);
    expect(widthOf(cols, "name")).toBeGreaterThanOrEqual(shape.typicalName);
    if (w >= 120) expect(widthOf(cols, "outlets")).toBeGreaterThanOrEqual(shape.leadOutlet);
  });

  it("at 80 columns leaves the roles out rather than cut names to make room for a stub", () => {
    for (const shape of [palmyra, dev]) {
      const cols = speakerColumns(80, shape);
      expect(cols.map((c) => c.key)).toEqual(["name", "type", "quotes", "articles", "outlets"]);
      expect(widthOf(cols, "name")).toBeGreaterThanOrEqual(shape.typicalName);
    }
  });

  it.each([
    // kind column, typical name, roles kept at 80 columns, name at least
    ["no organisations, long names", 6, 61, false, 24],
    ["no organisations, short names", 6, 12, true, 12],
    ["organisations, short names", 12, 12, false, 12],
  ])("at 80 columns, %s: roles kept %s only beside whole names", (_, kind, typicalName, kept, name) => {
    const shape: SpeakerShape = { widest: { name: typicalName, type: kind, outlets: 18, roles: 70 }, typicalName, leadOutlet: 18, typicalRoles: 60 };
    const cols = speakerColumns(80, shape);
    expect(cols.some((c) => c.key === "roles")).toBe(kept);
    expect(widthOf(cols, "name")).toBeGreaterThanOrEqual(name);
    expect(total(cols)).toBeLessThanOrEqual(78);
  });

  it("keep the title 'quotes per outlet' whole", () => {
    for (const w of [80, 100]) expect(widthOf(speakerColumns(w, speakerShape([])), "outlets")).toBeGreaterThanOrEqual("quotes per outlet".length);
  });

  it("does not give roles more than their widest cell: the rest goes to long names and outlets", () => {
    const cols = speakerColumns(140, short);
    expect(widthOf(cols, "roles")).toBe(20);
    expect(widthOf(cols, "name")).toBe(30);
    expect(widthOf(cols, "outlets")).toBe(30);
    // and the kind column is as wide as the widest kind, "person"
    expect(widthOf(cols, "type")).toBe(6);
  });

  it.each([50, 60, 80, 100, 120, 160, 200])("fit a %i-column terminal with any shape", (w) => {
    for (const shape of [palmyra, dev, short, undefined]) expect(total(speakerColumns(w, shape))).toBeLessThanOrEqual(w - 2);
  });
});

describe("typicalWidth", () => {
  it.each([
    [[], 0],
    [[5], 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 9],
    [[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 100], 10],
  ])("of %j is %i (one long cell in ten does not count)", (widths, want) => {
    expect(typicalWidth(widths)).toBe(want);
  });
});

const item = (perOutlet: { outlet: string; count: number }[]): SpeakerItem => ({
  id: "x",
  name: "x",
  type: "person",
  aliases: [],
  roles: [],
  quoteIds: [],
  quotes: perOutlet.reduce((s, o) => s + o.count, 0),
  articles: 1,
  perOutlet,
  flagged: 0,
  index: 0,
  haystack: "",
});

describe("outletCell", () => {
  const three = item([
    { outlet: "outlet unknown", count: 101 },
    { outlet: "Associated Press", count: 45 },
    { outlet: "UPI", count: 1 },
  ]);
  const nyt = item([
    { outlet: "The New York Times", count: 2 },
    { outlet: "The Daily Beast", count: 1 },
  ]);
  const ten = item([{ outlet: "The New York Times", count: 10 }]);
  const none = item([]);
  it.each([
    // must: cut between outlets, counts kept
    ["outlet unknown 101 · Associated Press 45 · UPI 1", 30, "outlet unknown 101 · +2"],
    ["outlet unknown 101 · Associated Press 45 · UPI 1", 23, "outlet unknown 101 · +2"],
    ["outlet unknown 101 · Associated Press 45 · UPI 1", 20, "outlet unknown 101 …"],
    ["The New York Times 2 · The Daily Beast 1", 22, "The New York Times 2 …"],
    ["outlet unknown 101 · Associated Press 45 · UPI 1", 45, "outlet unknown 101 · Associated Press 45 · +1"],
    ["The New York Times 2 · The Daily Beast 1", 20, "The New York… 2 · +1"],
    ["The New York Times 10", 16, "The New York… 10"],
    // must not: a cell that fits is left whole
    ["outlet unknown 101 · Associated Press 45 · UPI 1", 60, "outlet unknown 101 · Associated Press 45 · UPI 1"],
    ["The New York Times 2 · The Daily Beast 1", 40, "The New York Times 2 · The Daily Beast 1"],
    ["(no outlet)", 10, ""],
  ])("%j at %i cells gives %j", (_, w, want) => {
    const s = { "outlet unknown 101 · Associated Press 45 · UPI 1": three, "The New York Times 2 · The Daily Beast 1": nyt, "The New York Times 10": ten, "(no outlet)": none }[_]!;
    const got = outletCell(s, w);
    expect(got).toBe(want);
    expect(cellWidth(got)).toBeLessThanOrEqual(w);
  });
});

describe("speakerShape and rows on the fixture", () => {
  const items = buildSpeakerItems(report, buildQuoteItems(report));
  it("measures names, kinds, outlets and roles", () => {
    const shape = speakerShape(items);
    expect(shape.widest.name).toBe("Northshire Water Authority".length);
    expect(shape.widest.type).toBe("organisation".length);
    expect(shape.leadOutlet).toBe("Northshire Courier 1".length);
    expect(shape.typicalRoles).toBe("Mayor; the mayor of Harlow; who has led the town council since 2027".length);
  });
  it("at 160 columns a speaker's roles are whole", () => {
    const shape = speakerShape(items);
    const keller = items.find((s) => s.name === "Anna Keller")!;
    expect(speakerLine(keller, speakerColumns(160, shape))).toContain("Mayor; the mayor of Harlow; who has led the town council since 2027");
  });
});
