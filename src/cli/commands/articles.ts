import { loaderOptions, oneOf, parse, loadFlags } from "../options.js";
import { textWidth, type Io } from "../io.js";
import { inputsExit, nothingRead, printFileWarnings } from "../exit.js";
import { loadReport } from "../load.js";
import { articleFormats, type ArticleFormat } from "../../report/articles.js";

export const articlesCommand = {
  name: "articles",
  summary: "list the articles found in each file, with their provenance and cut-text diagnostics",
  usage: "quotecheck articles [paths...] [--format json|table] [--max-bytes SIZE]",
  notes:
    "  table  one article a row: its outlet (\"?\" when none is found), date, byline, title, the mail or\n" +
    "         post that carried it and its cut paragraphs; a date marked * is from the file name, ≤ the\n" +
    "         day the mail that carried an undated story was sent (published on or before it)\n" +
    "  json   each article's provenance: the outlet's evidence, publishedRaw and publishedFrom, dateline,\n" +
    "         wire credits, container, charset, cuts and diagnostics",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, loaderOptions);
    const format = oneOf<ArticleFormat>("format", values.format, ["json", "table"], "table");
    const { report, readAnything } = await loadReport(positionals, io, "articles", loadFlags(values));
    if (!readAnything) return nothingRead(io, "no articles listed", report.diagnostics);
    // Unreadable inputs were reported as errors while loading; problems with files that were read
    // (broken HTML, mixed encodings) are worth a line too. Cut text is listed per article instead.
    printFileWarnings(io, report.diagnostics);
    io.out(format === "table" ? articleFormats.table(report, textWidth(io)) : articleFormats.json(report));
    return inputsExit(positionals, readAnything, report.diagnostics);
  },
};
