import { loaderOptions, oneOf, parse, loadFlags } from "../options.js";
import { textWidth, type Io } from "../io.js";
import { inputsExit, nothingRead, printFileWarnings } from "../exit.js";
import { loadReport } from "../load.js";
import { speakerFormats, type SpeakerFormat } from "../../report/speakers.js";

export const speakersCommand = {
  name: "speakers",
  summary: "list each speaker once across articles: name, aliases, roles per article, outlets, quotes",
  usage: "quotecheck speakers [paths...] [--format json|table]",
  notes:
    "  table  one person or body a row, under the one name the articles are lined up by: type, quotes,\n" +
    "         outlets (\"?\" and the article's title for one that names none), roles, other names\n" +
    "  json   each speaker's aliases, roles per article, outlets, article and quote ids",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, loaderOptions);
    const format = oneOf<SpeakerFormat>("format", values.format, ["json", "table"], "table");
    const { report, readAnything } = await loadReport(positionals, io, "full", loadFlags(values));
    if (!readAnything) return nothingRead(io, "no speakers listed", report.diagnostics);
    printFileWarnings(io, report.diagnostics);
    io.out(format === "table" ? speakerFormats.table(report, textWidth(io)) : speakerFormats.json(report));
    return inputsExit(positionals, readAnything, report.diagnostics);
  },
};
