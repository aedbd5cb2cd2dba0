import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { commonOptions, maxBytes, parse, textOrJson } from "../options.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { DEFAULT_CORPUS } from "../corpus.js";
import { unreadNamed } from "../exit.js";
import { formatDiagnostic, isFileWarning } from "../../report/diagnostics.js";
import { isProblem, verifyDraft } from "../../verify/verify.js";
import { ansiPaint, noPaint, verifyJson, verifySummary, verifyText } from "../../verify/output.js";

export const verifyCommand = {
  name: "verify",
  summary: "check each quote of a draft against the sources: verbatim, changed, other speaker, partial, not found",
  usage:
    "quotecheck verify DRAFT --against SOURCES... [--format text|json]\n" +
    "  --format table is text, the name the other commands give their human-readable format.\n" +
    "  DRAFT is text, Markdown or HTML; SOURCES are files or folders (the embedded corpus when none).\n" +
    "  Exit 1 when any quote is not found verbatim with the same speaker; 2 when the draft gives no article or no source can be read.",
  exits: "exit codes: 0 every quote found verbatim with its speaker, 1 any other, 2 usage or input failure (the draft gives no article, or no source can be read)",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, { ...commonOptions, against: { type: "string", multiple: true } });
    const format = textOrJson(values.format);
    const [draftPath, ...more] = positionals;
    if (!draftPath) throw new UsageError("verify needs a DRAFT file: quotecheck verify DRAFT --against SOURCES...");
    // A folder would be read as one draft of many files, none of them left out of the sources, so
    // each would be found verbatim in itself.
    if (draftPath !== "-" && (await stat(resolve(io.cwd, draftPath)).catch(() => null))?.isDirectory()) {
      throw new UsageError(`the DRAFT must be one file, and ${draftPath} is a folder: quotecheck verify DRAFT --against SOURCES...`);
    }
    // "--against a b c": parseArgs takes one value per flag, so later paths arrive as positionals.
    const sourcePaths = [...(values.against ?? []), ...more];
    const sources = sourcePaths.length ? sourcePaths : [DEFAULT_CORPUS];
    // Standard input can be read once: read as the draft, it would be an empty source.
    if (draftPath === "-" && sources.includes("-")) {
      throw new UsageError("standard input (-) is the DRAFT, so it cannot be a source too: name the sources as files or folders");
    }
    const limit = maxBytes(values["max-bytes"]);
    // The parsers and the engine load only once the flags are good (and never for --help).
    const [{ loadInputs }, { analyse }] = await Promise.all([import("../../ingest/index.js"), import("../../pipeline/index.js")]);

    const draftLoaded = await loadInputs([draftPath], { maxBytes: limit });
    // A draft kept in the story's folder would otherwise be found, verbatim, in itself.
    const leaveOut = draftPath === "-" ? [] : [{ path: resolve(io.cwd, draftPath), reason: "the draft being verified; not read as a source" }];
    const sourceLoaded = await loadInputs(sources, { maxBytes: limit, leaveOut });
    for (const d of [...draftLoaded.diagnostics, ...sourceLoaded.diagnostics]) {
      // and, as from every command, a file read that gave nothing usable ("no article text")
      if (d.severity === "error" || d.ruleId === "ingest/left-out" || isFileWarning(d)) io.err(formatDiagnostic(d, null) + "\n");
    }
    if (draftLoaded.documents.length === 0) {
      io.err(`quotecheck: cannot verify: the draft ${draftPath} could not be read\n`);
      return EXIT.failure;
    }
    // Read but no article in it (a login page saved for the story): "no direct quotations found"
    // and exit 0 told a script all was well with nothing checked.
    if (!draftLoaded.documents.some((d) => d.articles.length)) {
      io.err(`quotecheck: cannot verify: the draft ${draftPath} gave no article text\n`);
      return EXIT.failure;
    }
    if (sourceLoaded.documents.length === 0) {
      // Sources that were read but held nothing but the draft ('verify d.txt --against d.txt', or
      // the draft's folder alone) were not "unreadable".
      const onlyDraft = sourceLoaded.diagnostics.some((d) => d.ruleId === "ingest/left-out") && !sourceLoaded.diagnostics.some((d) => d.severity === "error");
      io.err(
        onlyDraft
          ? `quotecheck: cannot verify: the sources (${sources.join(", ")}) hold no file but the draft itself; name the sources to check it against with --against\n`
          : `quotecheck: cannot verify: none of the sources could be read (${sources.join(", ")})\n`,
      );
      return EXIT.failure;
    }
    const draft = analyse(draftLoaded, "quotes");
    const source = analyse(sourceLoaded, "full");
    const result = verifyDraft(draft, source);

    const docs = [...draftLoaded.documents, ...sourceLoaded.documents];
    const run = {
      result,
      draft: draftPath,
      sources: sourceLoaded.documents.map((d) => d.id),
      articles: new Map([...draft.articles, ...source.articles].map((a) => [a.id, a])),
      texts: new Map(docs.map((d) => [d.id, d.text])),
    };
    const colour = io.stdoutIsTTY && !io.env.NO_COLOR && !values["no-color"];
    if (format === "json") io.out(verifyJson(run));
    else {
      io.out(verifyText(run, colour ? ansiPaint : noPaint));
      io.err(verifySummary(run));
    }
    // A source named on the command line that could not be read leaves the check incomplete (a
    // quote from it reads "not found"): an input failure, as for every other command.
    if (unreadNamed(sourcePaths, sourceLoaded.diagnostics).length) return EXIT.failure;
    return result.items.some((i) => isProblem(i.status)) ? EXIT.findings : EXIT.ok;
  },
};
