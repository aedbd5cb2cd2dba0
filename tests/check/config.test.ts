import { describe, expect, it } from "vitest";
import { ConfigError, mergeConfig, parseConfig, parseRuleFlag } from "../../src/check/config.js";

describe("check config", () => {
  it("reads fail-on, format and rule settings", () => {
    expect(parseConfig('{"failOn":"warning","format":"json","rules":{"anonymous-source":"off","conflict":"error"}}', "q.json")).toEqual({
      failOn: "warning",
      format: "json",
      rules: { "anonymous-source": "off", conflict: "error" },
    });
  });
  it.each([
    ["{not json", /q\.json: not valid JSON/],
    ["[]", /q\.json: must hold a JSON object/],
    ['{"failon":"error"}', /unknown key "failon"/],
    ['{"failOn":"fatal"}', /"failOn" must be one of error, warning, info/],
    ['{"format":"xml"}', /"format" must be text or json/],
    ['{"rules":{"no-such-rule":"off"}}', /unknown rule "no-such-rule"/],
    ['{"rules":{"conflict":"loud"}}', /rule "conflict" must be one of off, info, warning, error/],
    ['{"rules":["conflict"]}', /"rules" must be an object/],
  ])("rejects %s with a clear message", (text, msg) => {
    expect(() => parseConfig(text, "q.json")).toThrow(ConfigError);
    expect(() => parseConfig(text, "q.json")).toThrow(msg);
  });
  it("parses --rule id=level and rejects bad ones", () => {
    expect(parseRuleFlag("no-speaker=off")).toEqual(["no-speaker", "off"]);
    expect(() => parseRuleFlag("no-speaker")).toThrow(/id=off\|info\|warning\|error/);
    expect(() => parseRuleFlag("nope=off")).toThrow(/unknown rule/);
  });
  it("lets later layers win, rule by rule", () => {
    const m = mergeConfig({ failOn: "warning", rules: { conflict: "error", "no-speaker": "off" } }, { rules: { conflict: "info" } });
    expect(m).toEqual({ failOn: "warning", format: "text", rules: { conflict: "info", "no-speaker": "off" } });
    expect(mergeConfig()).toEqual({ failOn: "error", format: "text", rules: {} });
  });
});
