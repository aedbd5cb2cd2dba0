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
