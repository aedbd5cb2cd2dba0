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
    ['{"format":"xml"}', /"format" must be one of text, table, json \(got "xml"\)/],
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
  // The file's bytes, as check reads them: binary by ingest's own test, text decoded as an input is.
  const utf16 = (text: string, order: "le" | "be"): Uint8Array => {
    const le = Buffer.from("\uFEFF" + text, "utf16le");
    return order === "le" ? le : Buffer.from(le).swap16();
  };
  it.each([
    ["UTF-16LE with its mark (Windows PowerShell's > and Out-File)", utf16('{"failOn": "warning"}\r\n', "le")],
    ["UTF-16BE with its mark", utf16('{"failOn": "warning"}', "be")],
    ["UTF-8 with a mark", Buffer.from('\uFEFF{"failOn": "warning"}', "utf8")],
    ["UTF-8", Buffer.from('{"failOn": "warning"}\n', "utf8")],
  ])("reads a config saved as %s", (_name, bytes) => {
    expect(parseConfig(bytes, "q.json")).toEqual({ failOn: "warning" });
  });
  it.each([
    ["a PNG image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ["a ZIP archive", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])],
    ["control bytes", Buffer.from([0x7b, 1, 2, 3, 4, 5, 6, 7, 8, 0x7d])],
  ])("says a config of %s's bytes is binary, in one line", (_name, bytes) => {
    expect(() => parseConfig(bytes, "q.json")).toThrow(/^q\.json: not valid JSON \(binary content, not a text file\)$/);
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
