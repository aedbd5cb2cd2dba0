import type { KeyContext } from "../../src/tui/keys.js";
import { initialState, type State } from "../../src/tui/state.js";

/** A KeyContext for keyAction tests: a list of 100 quotes, pages of 10, Detail of 40 lines; `more` overrides. */
export const keyContext = (state: Partial<State> = {}, more: Partial<KeyContext> = {}): KeyContext => ({
  state: { ...initialState, ...state },
  total: 100,
  page: 10,
  sorts: ["document order", "speaker"],
  claims: 3,
  formats: 2,
  enter: { type: "openDetail", quoteId: "q7" },
  detailLines: 40,
  detailPage: 19,
  quoteIds: ["q1", "q2", "q3"],
  claimQuoteIds: ["q5", "", "q2"],
  toFinding: null,
  quotesPage: 14,
  helpLines: 30,
  helpPage: 19,
  ...more,
});
