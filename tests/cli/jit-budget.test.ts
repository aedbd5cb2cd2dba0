import { describe, expect, it } from "vitest";
import { jitFlags } from "../../src/cli/jit-budget.js";

describe("jitFlags: a later tier-up only on the V8 it was measured on", () => {
  it.each([
    ["11.3.244.8-node.33", "--interrupt-budget=270336"],
    ["11.3.0", "--interrupt-budget=270336"],
  ])("V8 %s (Node 20) gets %s", (version, flag) => {
    expect(jitFlags(version)).toBe(flag);
  });

  it.each(["12.4.254.21-node.33", "13.6.233.10-node.27", "11.4.183.29", "11.30.0", "10.2.154.26-node.26", ""])(
    "V8 %s keeps its defaults",
    (version) => {
      expect(jitFlags(version)).toBeNull();
    },
  );
});
