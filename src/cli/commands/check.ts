import { commonOptions, maxBytes, oneOf, parse, textOrJson } from "../options.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { DEFAULT_CORPUS } from "../corpus.js";
import { nothingRead, printFileWarnings, unreadNamed } from "../exit.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { checkRules } from "../../check/registry.js";
import { runChecks } from "../../check/run.js";
import { ConfigError, mergeConfig, parseRuleFlag, type CheckConfig } from "../../check/config.js";
import { readCheckConfig } from "../check-config.js";
import { ansi, checkJson, checkSummary, checkText, failed, plain } from "../../check/output.js";
import type { Severity } from "../../model/index.js";

// Ids padded to the longest, so severities and descriptions stand in one column whatever ids are added.
const idWidth = Math.max(...checkRules.map((r) => r.id.length));
const rulesHelp = checkRules.map((r) => `    ${r.id.padEnd(idWidth)} ${r.severity.padEnd(8)} ${r.description}`).join("\n");

export const checkCommand = {
  name: "check",
  summary: "CI gate: one line a problem (no speaker, cut, anonymous, secondhand, altered, misattributed, conflicting, disputed, headline quotes)",
  usage:
    "quotecheck check [paths...] [--format text|json] [--fail-on error|warning|info] [--rule id=off|info|warning|error]... [--config FILE]\n" +
    "  Reads quotecheck.config.json or .quotecheckrc.json in the working directory unless --config names a file:\n" +
    '  {"failOn": "warning", "format": "text", "rules": {"anonymous-source": "off"}}. Flags win over the file.\n' +
    "  --format table is text, the name the other commands give their human-readable format.\n" +
    "  rules (id, default severity, what it finds):\n" +
    rulesHelp,
  exits: "exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input failure (nothing could be read, or a path named on the command line could not be)",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, {
      ...commonOptions,
      "fail-on": { type: "string" },
      rule: { type: "string", multiple: true },
      config: { type: "string" },
    });
    let config: Required<CheckConfig>;
    try {
      const fromFile = await readCheckConfig(io.cwd, values.config);
      const flags: CheckConfig = {
        failOn: values["fail-on"] === undefined ? undefined : oneOf<Severity>("fail-on", values["fail-on"], ["error", "warning", "info"], "error"),
        format: values.format === undefined ? undefined : textOrJson(values.format),
        rules: Object.fromEntries((values.rule ?? []).map(parseRuleFlag)),
      };
      config = mergeConfig(fromFile, flags);
    } catch (e) {
      if (e instanceof ConfigError) throw new UsageError(e.message);
      throw e;
    }

    const given = positionals.length ? positionals : [DEFAULT_CORPUS];
    // The parsers and the engine load only once the flags are good (and never for --help).
    const [{ loadInputs }, { analyse }] = await Promise.all([import("../../ingest/index.js"), import("../../pipeline/index.js")]);
    const loaded = await loadInputs(given, { maxBytes: maxBytes(values["max-bytes"]) });
    const inputErrors = loaded.diagnostics.filter((d) => d.severity === "error");
    for (const d of inputErrors) io.err(formatDiagnostic(d, null) + "\n");
    // Nothing read gave an article: said as every other command says it, with nothing on standard
    // output. It was "0 problems (…); fails: no input gave an article" and, as JSON, a report of
    // nothing with "failed": false beside exit 2.
    if (!loaded.documents.some((d) => d.articles.length)) return nothingRead(io, "nothing checked", loaded.diagnostics);
    // As from every command, a file read that gave nothing usable (no article text) gets its line.
    printFileWarnings(io, loaded.diagnostics);
    const report = analyse(loaded, "full");
    const findings = runChecks(report, config.rules);
    const texts = new Map(loaded.documents.map((d) => [d.id, d.text]));
    // A path named on the command line that could not be read is an input failure; a stray file
    // inside a folder is reported but does not stop the gate.
    const unread = unreadNamed(given, inputErrors);
    const run = { report, findings, failOn: config.failOn, rules: config.rules, texts, inputErrors, unreadNamed: unread };

    const colour = io.stdoutIsTTY && !io.env.NO_COLOR && !values["no-color"];
    io.out(config.format === "json" ? checkJson(run) : checkText(run, colour ? ansi : plain));
    if (config.format === "text") io.err(checkSummary(run, unread));

    if (unread.length) return EXIT.failure;
    return failed(run) ? EXIT.findings : EXIT.ok;
  },
};
