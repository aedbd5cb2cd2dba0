import { describe, expect, it } from "vitest";
import { nicknamesIn } from "../../src/align/nicknames.js";
import { alignSpeakers } from "../../src/align/index.js";
import { article, quote } from "../conflicts/fixtures.js";

describe("nicknamesIn: what an article says of a nickname", () => {
  it.each([
    ["must: a nickname in quotation marks between the names", "Tomas Ellery “Tam” Grant spoke.", [{ nick: "Tam", given: "Tomas" }]],
    ["must: straight marks", "Tomas 'Tam' Grant spoke.", [{ nick: "Tam", given: "Tomas" }]],
    ["must: known as", "Mr. Grant, known as Tam, spoke.", [{ nick: "Tam", given: null, titled: "Mr." }]],
    ["must: known as, no title", "Grant, known as Tam, spoke.", [{ nick: "Tam", given: null }]],
    ["must: whose name is", "Tam Grant, whose given name is Tomas Ellery, spoke.", [{ nick: "Tam", given: "Tomas" }]],
    ["must-not: a quotation before the name", "“We won,” Grant said.", []],
    ["must-not: known as a description", "Mr. Grant, known as a fighter, spoke.", []],
    ["must-not: another surname", "Tomas “Tam” Reyes spoke.", []],
  ])("%s", (_n, text, facts) => {
    expect(nicknamesIn(text, "Grant")).toEqual(facts);
  });
});

// Each row's pattern runs only for a surname found at the row's site (a closing mark before it, ", known
// as" or ", whose" after it), filed once a text: the answers must be the pattern's own.
describe("nicknamesIn: the sites a row needs", () => {
  it.each([
    ["must: a surname of two letters (shorter than the sites' key)", "Tomas “Tam” Wu spoke.", "Wu", [{ nick: "Tam", given: "Tomas" }]],
    ["must: a surname after a line break", "Tomas 'Tam'\nGrant spoke.", "Grant", [{ nick: "Tam", given: "Tomas" }]],
    ["must: known as, then a nickname in marks", "Grant, also known as “Tam,” spoke.", "Grant", [{ nick: "Tam", given: null }]],
    ["must-not: the surname a longer word's start", "Tomas “Tam” Grantham spoke.", "Grant", []],
    ["must-not: known as after another surname", "Grant spoke. Reyes, known as Tam, spoke.", "Grant", []],
    ["must-not: whose after another surname", "Tam Grant spoke. Tam Reyes, whose given name is Tomas, spoke.", "Grant", []],
  ] as const)("%s", (_n, text, surname, facts) => {
    expect(nicknamesIn(text, surname)).toEqual(facts);
  });

  it("must: one text asked about for several surnames, then another text, each gets its own facts", () => {
    const one = "Tomas “Tam” Grant and Lina “Li” Reyes spoke.";
    const two = "Reyes, known as Ro, spoke. Grant spoke.";
    expect(nicknamesIn(one, "Grant")).toEqual([{ nick: "Tam", given: "Tomas" }]);
    expect(nicknamesIn(one, "Reyes")).toEqual([{ nick: "Li", given: "Lina" }]);
    expect(nicknamesIn(two, "Reyes")).toEqual([{ nick: "Ro", given: null }]);
    expect(nicknamesIn(two, "Grant")).toEqual([]);
    expect(nicknamesIn(one, "Grant")).toEqual([{ nick: "Tam", given: "Tomas" }]);
  });
});

describe("alignSpeakers: a nickname the article gives joins the two full names", () => {
  const story = (id: string, text: string) => article(id, "Ledger", "2024-02-05", `${text} xx`);
  const a = story("n1", "Tam Grant spoke at the port.");
  const b = story("n2", "Life was good for a young Tomas Ellery Grant. Mr. Grant, known as Tam, sailed.");
  const c = story("n3", "Life was good for a young Tomas Ellery Grant.");
  const d = story("n4", "Tam Grant and his brother Tomas Grant spoke.");
  it.each([
    ["must: the article says the nickname", [a, b], ["Tam Grant"]],
    ["must-not: no article ties them", [a, c], ["Tam Grant", "Tomas Ellery Grant"]],
  ] as const)("%s", (_n, [x, y], want) => {
    const r = alignSpeakers([x, y], [quote(x, "xx", "Tam Grant"), quote(x, "xx", "Tam Grant"), quote(y, "xx", "Tomas Ellery Grant")]);
    expect(r.speakers.map((s) => s.name).sort()).toEqual([...want].sort());
  });
  it("must: the story quotes two of the surname; the one it credits under the title takes the nickname", () => {
    const e = story("n5", "Life was good for a young Tomas Ellery Grant. Mr. Grant, known as Tam, sailed. His father, Piet Grant, watched.");
    const r = alignSpeakers([a, e], [quote(a, "xx", "Tam Grant"), quote(a, "xx", "Tam Grant"), quote(e, "xx", "Tomas Ellery Grant", { mention: "Mr. Grant" }), quote(e, "xx", "Piet Grant", { mention: "he" })]);
    expect(r.speakers.map((s) => s.name).sort()).toEqual(["Piet Grant", "Tam Grant"]);
  });

  it("must-not: two people of the surname named side by side", () => {
    const r = alignSpeakers([d], [quote(d, "xx", "Tam Grant"), quote(d, "xx", "Tomas Grant")]);
    expect(r.speakers.map((s) => s.name).sort()).toEqual(["Tam Grant", "Tomas Grant"]);
  });
});
