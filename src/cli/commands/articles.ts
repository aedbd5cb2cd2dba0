import { commonOptions, maxBytes, oneOf, parse } from "../options.js";
import { EXIT, type Io } from "../io.js";
import { loadReport } from "../load.js";
import { articleFormats, type ArticleFormat } from "../../report/articles.js";

export const articlesCommand = {
  name: "articles",
  summary: "list the articles found in each file, with their provenance and cut-text diagnostics",
  usage: "quotecheck articles [paths...] [--format json|table]",
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(args, commonOptions);
    const format = oneOf<ArticleFormat>("format", values.format, ["json", "table"], "table");
    const { report, readAnything } = await loadReport(positionals, io, "articles", { maxBytes: maxBytes(values["max-bytes"]) });
    io.out(articleFormats[format](report));
    return readAnything ? EXIT.ok : EXIT.failure;
  },
};
