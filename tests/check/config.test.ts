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
  it.each([
    ["a PNG's bytes", "\uFFFDPNG\r\n\u001A\n\u0000\u0000garbage", /^q\.json: not valid JSON \(binary content, not a text file\)$/],
    ["text broken over lines", '{"failOn":\n"warning"\n', /^q\.json: not valid JSON \([^\n]*\)$/],
  ])("says it in one line, without raw bytes: %s", (_name, text, msg) => {
    expect(() => parseConfig(text, "q.json")).toThrow(msg);
  });
  it("must-not: a text config with a tab, a BOM or CRLF line ends is read", () => {
    expect(parseConfig('\uFEFF{\r\n\t"failOn": "info"\r\n}\r\n', "q.json").failOn).toBe("info");
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
