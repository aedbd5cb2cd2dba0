import { describe, expect, it } from "vitest";
import { buildModel, findingAction, listSelector } from "../../src/tui/model.js";
import { initialState } from "../../src/tui/state.js";
import { report } from "./fixture.js";

const model = buildModel(report);
const select = listSelector(model);

describe("findingAction (c on a quote)", () => {
  const lists = select(initialState);
  it.each(["q2", "q7"])("%s: lands on its finding with its own claim selected, a disagreement before a corroboration", (id) => {
    const a = findingAction(id, lists, model, 5);
    expect(a?.type).toBe("showFinding");
    if (a?.type !== "showFinding") return;
    const f = lists.conflicts[a.cursor].finding;
    expect(f.claims[a.claim].quoteId).toBe(id);
    const kinds = model.byId.get(id)!.findings.map((x) => x.kind);
    if (kinds.some((k) => k !== "corroboration")) expect(f.kind).not.toBe("corroboration");
  });
  it("says so for a quote in no finding", () => {
    const none = model.quotes.find((q) => q.findings.length === 0)!;
    expect(findingAction(none.quote.id, lists, model, 5)).toEqual({ type: "status", text: "this quote is in no finding" });
  });
  it("says what hides the finding when the filter does", () => {
    const hidden = select({ ...initialState, filter: "zzzz" });
    expect(findingAction("q2", hidden, model, 5)).toMatchObject({ type: "status", text: expect.stringMatching(/filter or flags hide/) });
  });
  it("does nothing without a quote", () => {
    expect(findingAction(null, lists, model, 5)).toBeNull();
  });
});
