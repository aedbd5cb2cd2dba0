import { describe, expect, it } from "vitest";
import { keyAction, splitKeys, type KeyContext } from "../../src/tui/keys.js";
import { BACK_DEPTH, initialState, reduce, type State } from "../../src/tui/state.js";
import { keyContext } from "./key-context.js";

const ctx = keyContext;

/** Press keys from a state, through keyAction and reduce, as the App does. */
function press(keys: [string, Record<string, boolean>?][], from: Partial<State> = {}, more: Partial<KeyContext> = {}) {
  let s: State = { ...initialState, ...from };
  const effects: string[] = [];
  for (const [input, key] of keys) {
    const a = keyAction(input, key ?? {}, ctx(s, more));
    if (!a) continue;
    if (a.type === "quit" || a.type === "write") effects.push(a.type === "write" ? `write ${a.index}` : "quit");
    else s = reduce(s, a);
  }
  return { s, effects };
}

describe("browse keys", () => {
  it("move with arrows, j/k, pages and ends, keeping the cursor in view", () => {
    expect(press([["j"], ["j"], ["", { downArrow: true }], ["k"]]).s.cursor.quotes).toBe(2);
    const paged = press([["", { pageDown: true }], ["", { pageDown: true }]]).s;
    expect(paged.cursor.quotes).toBe(18);
    expect(paged.top.quotes).toBe(9);
    expect(press([["", { end: true }]]).s.cursor.quotes).toBe(99);
    expect(press([["G"], ["", { home: true }]]).s.cursor.quotes).toBe(0);
  });
  it("switch views with Tab, Shift-Tab and numbers", () => {
    expect(press([["", { tab: true }]]).s.view).toBe("speakers");
    expect(press([["", { tab: true, shift: true }]]).s.view).toBe("sources");
    expect(press([["3"]]).s.view).toBe("conflicts");
    expect(press([["9"]]).s.view).toBe("quotes");
  });
  it("Enter does what the selected row offers", () => {
    expect(press([["", { return: true }]]).s.detail).toEqual({ quoteId: "q7", top: 0 });
  });
  it("f, s, ? and q", () => {
    expect(press([["f"]]).s.flaggedOnly).toBe(true);
    const sorted = press([["s"]]).s;
    expect(sorted.sort.quotes).toBe(1);
    expect(sorted.status).toBeNull(); // the status bar's "sort: speaker" says it once
    expect(press([["s"], ["s"]]).s.sort.quotes).toBe(0);
    expect(press([["?"]]).s.mode).toBe("help");
    expect(press([["?"], ["q"]]).s.mode).toBe("browse");
    expect(press([["q"]]).effects).toEqual(["quit"]);
  });
  it("in help the move keys scroll it, within its length, and any other key closes it", () => {
    expect(press([["?"], ["j"], ["j"]]).s).toMatchObject({ mode: "help", helpTop: 2 });
    expect(press([["?"], ["", { pageDown: true }], ["", { pageDown: true }]]).s.helpTop).toBe(11);
    expect(press([["?"], ["G"], ["k"]]).s.helpTop).toBe(10);
    expect(press([["?"], ["j"], ["x"]]).s.mode).toBe("browse");
    expect(press([["?"], ["j"], ["x"], ["?"]]).s.helpTop).toBe(0);
  });
  it("h/l pick a claim in Conflicts only", () => {
    expect(press([["l"], ["l"], ["l"], ["h"]], { view: "conflicts" }).s.claim).toBe(1);
    expect(press([["l"]], { view: "quotes" }).s.claim).toBe(0);
  });
});

describe("filter mode", () => {
  it("types, erases, keeps and clears", () => {
    const typed = press([["/"], ["h"], ["o"], ["x"], ["", { backspace: true }], ["m"]]).s;
    expect(typed.mode).toBe("filter");
    expect(typed.filter).toBe("hom");
    const kept = press([["/"], ["a"], ["", { return: true }]]).s;
    expect([kept.mode, kept.filter]).toEqual(["browse", "a"]);
    const cleared = press([["/"], ["a"], ["", { escape: true }]]).s;
    expect([cleared.mode, cleared.filter]).toEqual(["browse", ""]);
  });
  it.each([
    // typed, kept filter
    ["   ", ""],
    [" kel ", "kel"],
    ["radio nord", "radio nord"],
    ["", ""],
  ])("Enter keeps %j as %j (blanks match nothing, so none are kept alone or around words)", (typed, kept) => {
    const s = press([["/"], ...[...typed].map((c): [string] => [c]), ["", { return: true }]]).s;
    expect([s.mode, s.filter]).toEqual(["browse", kept]);
  });
  it.each([
    // view, filter, the scope's filter, the filter typed after "/" + "tax"
    ["quotes", "mr. trump", "mr. trump", "tax"],
    ["quotes", "mr. trump", "", "mr. trumptax"],
    ["speakers", "mr. trump", "mr. trump", "mr. trumptax"],
  ] as const)("in %s, / with filter %j over a scope made under %j types %j", (view, filter, made, want) => {
    const scope = { label: "quotes by X", by: "speaker" as const, quoteIds: ["q1"], filter: made };
    const s = press([["/"], ["t"], ["a"], ["x"]], { view, filter, scope }).s;
    expect(s.filter).toBe(want);
  });
  it("q and digits are text while filtering", () => {
    const s = press([["/"], ["q"], ["1"]]).s;
    expect(s.filter).toBe("q1");
    expect(s.view).toBe("quotes");
  });
  it("a new filter puts every list back at the top", () => {
    expect(press([["j"], ["j"], ["/"], ["a"]]).s.cursor.quotes).toBe(0);
  });
});

describe("export prompt", () => {
  it("chooses with arrows and Enter, or a number", () => {
    expect(press([["e"], ["j"], ["", { return: true }]]).effects).toEqual(["write 1"]);
    expect(press([["e"], ["1"]]).effects).toEqual(["write 0"]);
    expect(press([["e"], ["7"]]).effects).toEqual([]);
    expect(press([["e"], ["", { escape: true }]]).s.mode).toBe("browse");
  });
});

describe("detail keys", () => {
  const open = { detail: { quoteId: "q2", top: 0 } };
  it("scroll, step to the next and previous quote, and go back", () => {
    expect(press([["j"], ["j"]], open).s.detail?.top).toBe(2);
    expect(press([["n"]], open).s.detail?.quoteId).toBe("q3");
    expect(press([["n"]], open).s.cursor.quotes).toBe(2);
    expect(press([["p"]], open).s.detail?.quoteId).toBe("q1");
    expect(press([["n"], ["n"]], open).s.detail?.quoteId).toBe("q3");
    expect(press([["", { escape: true }]], open).s.detail).toBeNull();
    expect(press([["", { leftArrow: true }]], open).s.detail).toBeNull();
  });
});

describe("escape in browse", () => {
  it("in another view than Quotes leaves the Quotes scope alone and clears that view's filter", () => {
    const s0 = { view: "conflicts" as const, scope: { label: "quotes by X", by: "speaker" as const, quoteIds: ["q1"], filter: "" }, filter: "x" };
    const s1 = press([["", { escape: true }]], s0).s;
    expect([s1.scope?.label, s1.filter]).toEqual(["quotes by X", ""]);
  });

  it("out of a scope with nowhere to go back to (a view was switched since), goes to the view that made it, with the filter that found it", () => {
    const s0 = { scope: { label: "quotes by X", by: "speaker" as const, quoteIds: ["q1"], filter: "kel" }, filter: "tax" };
    const s1 = press([["", { escape: true }]], s0).s;
    expect([s1.view, s1.scope, s1.filter]).toEqual(["speakers", null, "kel"]);
    expect(press([["", { escape: true }]], { ...s0, scope: { ...s0.scope, by: "article" as const } }).s.view).toBe("sources");
    expect(press([["", { escape: true }], ["", { escape: true }]], s0).s.filter).toBe("");
  });
});

describe("the way back (Esc, Backspace, and ←/h in Detail)", () => {
  const scope = { label: "quotes by X", by: "speaker" as const, quoteIds: ["q1"], filter: "kel" };
  const esc: [string, Record<string, boolean>] = ["", { escape: true }];
  const bs: [string, Record<string, boolean>] = ["", { delete: true }]; // DEL (0x7f), as most terminals send Backspace
  const enter: [string, Record<string, boolean>] = ["", { return: true }];
  const fromSpeakers = { view: "speakers" as const, filter: "kel", cursor: { quotes: 0, speakers: 4, conflicts: 0, sources: 0 } };
  const where = (s: State) => [s.view, s.detail?.quoteId ?? null, s.scope?.label ?? null, s.filter, s.cursor[s.view]];
  it.each([
    // case, keys, from, more context, where: view, Detail's quote, scope, filter, cursor
    ["Speakers, Enter, Esc: back on Speakers at the row", [enter, esc], fromSpeakers, { enter: { type: "scope", scope } }, ["speakers", null, null, "kel", 4]],
    ["Speakers, Enter, Backspace: the same", [enter, bs], fromSpeakers, { enter: { type: "scope", scope } }, ["speakers", null, null, "kel", 4]],
    ["a speaker's quotes, Enter on a quote, Esc: the speaker's quotes", [enter, esc], { scope }, {}, ["quotes", null, "quotes by X", "", 0]],
    ["Detail, ←: its list", [enter, ["", { leftArrow: true }]], {}, {}, ["quotes", null, null, "", 0]],
    ["Detail, Backspace (DEL): its list", [enter, bs], {}, {}, ["quotes", null, null, "", 0]],
    ["Detail, c, Esc: back on the Detail c left", [enter, ["c"], esc], {}, { toFinding: { type: "showFinding", cursor: 2, claim: 1, total: 5, page: 5 } }, ["quotes", "q7", null, "", 0]],
    ["a row, c, Esc: back on the row", [["j"], ["c"], esc], {}, { toFinding: { type: "showFinding", cursor: 2, claim: 1, total: 5, page: 5 } }, ["quotes", null, null, "", 1]],
    ["Enter, then a switch of view, Esc: clears that view's filter, no way back across the switch", [enter, ["3"], esc], { filter: "x" }, {}, ["conflicts", null, null, "", 0]],
    ["Backspace with nowhere to go back: the filter stays", [bs], { filter: "x" }, {}, ["quotes", null, null, "x", 0]],
  ] as const)("%s", (_, keys, from, more, want) => {
    expect(where(press(keys as unknown as [string, Record<string, boolean>?][], from as Partial<State>, more as Partial<KeyContext>).s)).toEqual(want);
  });
  it("a filter typed in a speaker's quotes is left behind on the way back; the one that found them is back", () => {
    const s = press([enter, ["/"], ["t"], ["a"], ["x"], enter, esc], fromSpeakers, { enter: { type: "scope", scope } }).s;
    expect([s.view, s.filter, s.cursor.speakers]).toEqual(["speakers", "kel", 4]);
  });
  it("closing a Detail keeps the row and claim n/p stepped to", () => {
    const s = press([enter, ["n"], esc], {}, { enter: { type: "openDetail", quoteId: "q1" } }).s;
    expect([s.detail, s.cursor.quotes]).toEqual([null, 1]);
    const c = press([enter, ["n"], esc], { view: "conflicts", claim: 0 }, { enter: { type: "openDetail", quoteId: "q5" } }).s;
    expect([c.view, c.detail, c.claim]).toEqual(["conflicts", null, 2]);
  });
  it("keeps no more than BACK_DEPTH places", () => {
    let s: State = initialState;
    for (let i = 0; i < BACK_DEPTH + 5; i++) s = reduce(s, { type: "openDetail", quoteId: `q${i}` });
    expect(s.back).toHaveLength(BACK_DEPTH);
  });
});

describe("splitKeys", () => {
  it("splits a run of characters read at once into single presses", () => {
    expect(splitKeys("jjj", {})).toEqual([["j", {}], ["j", {}], ["j", {}]]);
    expect(splitKeys("1/", {})).toEqual([["1", {}], ["/", {}]]);
    expect(splitKeys("homsi\r", {}).slice(-1)).toEqual([["", { return: true }]]);
    expect(splitKeys("\t\u007F", {})).toEqual([["", { tab: true }], ["", { backspace: true }]]);
  });
  it("leaves single keys and escape sequences alone", () => {
    expect(splitKeys("j", {})).toEqual([["j", {}]]);
    expect(splitKeys("", { upArrow: true })).toEqual([["", { upArrow: true }]]);
    expect(splitKeys("\u001B[A", { upArrow: true })).toEqual([["\u001B[A", { upArrow: true }]]);
  });
});

describe("Ctrl keys are moves or nothing, never the letter's command", () => {
  it.each([
    // keys, what they must leave: flagged-only, mode, cursor
    ["Ctrl-F pages down", [["f", { ctrl: true }]], false, "browse", 9],
    ["Ctrl-F twice, then Ctrl-B", [["f", { ctrl: true }], ["f", { ctrl: true }], ["b", { ctrl: true }]], false, "browse", 9],
    ["Ctrl-E", [["e", { ctrl: true }]], false, "browse", 0],
    ["Ctrl-S", [["s", { ctrl: true }]], false, "browse", 0],
    ["Ctrl-J (no move)", [["j", { ctrl: true }]], false, "browse", 0],
    ["plain f still flags", [["f"]], true, "browse", 0],
    ["plain e still exports", [["e"]], false, "export", 0],
    ["Space pages down", [[" "]], false, "browse", 9],
  ] as [string, [string, Record<string, boolean>][], boolean, string, number][])("%s", (_, keys, flagged, mode, cursor) => {
    const { s, effects } = press(keys);
    expect(s.flaggedOnly).toBe(flagged);
    expect(s.mode).toBe(mode);
    expect(s.cursor.quotes).toBe(cursor);
    expect(s.sort.quotes).toBe(0);
    expect(effects).toEqual([]);
  });
  it("Ctrl-Q does not quit and Ctrl-N does not step in Detail, while Ctrl-F scrolls it", () => {
    expect(press([["q", { ctrl: true }]]).effects).toEqual([]);
    const detail = { detail: { quoteId: "q2", top: 0 } };
    expect(press([["n", { ctrl: true }]], detail).s.detail?.quoteId).toBe("q2");
    expect(press([["n"]], detail).s.detail?.quoteId).toBe("q3");
    expect(press([["f", { ctrl: true }]], detail).s.detail?.top).toBeGreaterThan(0);
  });
});

describe("n/p in a Detail opened from the Conflicts view step through the finding's claims", () => {
  // claimQuoteIds in ctx: ["q5", "", "q2"]: the second claim's quote is not in the report
  const open = { view: "conflicts" as const, detail: { quoteId: "q5", top: 4 }, claim: 0 };
  it.each([
    // keys, quote shown, claim selected, Detail's scroll (a new quote starts at its top)
    [["n"], "q2", 2, 0],
    [["n", "p"], "q5", 0, 0],
    [["n", "n"], "q2", 2, 0],
    [["p"], "q5", 0, 4],
  ])("%j opens %s, claim %i", (keys, quoteId, claim, top) => {
    const { s } = press(keys.map((k) => [k] as [string]), open);
    expect(s.detail).toEqual({ quoteId, top });
    expect(s.claim).toBe(claim);
    // the Quotes list's cursor is left where it was
    expect(s.cursor.quotes).toBe(0);
  });
  it("at the last claim, n does nothing", () => {
    expect(keyAction("n", {}, ctx({ ...open, claim: 2, detail: { quoteId: "q2", top: 0 } }))).toBeNull();
  });
  it("a Detail opened from the Quotes view still steps the Quotes list", () => {
    const a = keyAction("n", {}, ctx({ view: "quotes", detail: { quoteId: "q1", top: 0 } }));
    expect(a).toMatchObject({ type: "detailStep", quoteId: "q2", cursor: 1 });
  });
});


describe("d: the kinds the Quotes list shows", () => {
  it.each([
    // presses, view, kinds after, quotes cursor after
    [1, "quotes", "direct", 0],
    [2, "quotes", "reported", 0],
    [3, "quotes", "all", 0],
    [1, "speakers", "all", 5],
  ] as const)("%i press(es) on %s: %s", (n, view, kinds, cursor) => {
    const s = press(Array.from({ length: n }, (): [string] => ["d"]), { view, cursor: { quotes: 5, speakers: 2, conflicts: 0, sources: 0 } }).s;
    expect([s.kinds, s.cursor.quotes]).toEqual([kinds, cursor]);
  });
  it("leaves the other views' rows where they were", () => {
    const s = press([["d"]], { cursor: { quotes: 5, speakers: 2, conflicts: 1, sources: 3 } }).s;
    expect(s.cursor).toEqual({ quotes: 0, speakers: 2, conflicts: 1, sources: 3 });
  });
});
