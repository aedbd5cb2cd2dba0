import { expect, it } from "vitest";
import { colourWanted } from "../../src/tui/theme.js";

it.each([
  [{}, false, true],
  [{ NO_COLOR: "1" }, false, false],
  [{ NO_COLOR: "" }, false, true],
  [{}, true, false],
  [{ TERM: "dumb" }, false, false],
  [{ FORCE_COLOR: "0" }, false, false],
])("colour with env %j and --no-color %s: %s", (env, flag, want) => {
  expect(colourWanted(env, flag)).toBe(want);
});
