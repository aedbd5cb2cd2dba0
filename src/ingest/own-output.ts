import { OWN_REPORT_GENERATOR, OWN_REPORT_MARK } from "../model/index.js";

/**
 * How each report quotecheck writes begins, one row a format. A report kept in the story's folder
 * (report -o story/report.json) is read back by the next run over the folder; read as a source it
 * would hold every quote of its sources a second time (and JSON keys and CSV cells read as text give
 * quotes of their own). Each test looks at the first characters only, anchored, bounded repeats.
 */
const OWN_REPORT_STARTS: readonly { readonly id: string; readonly reason: string; readonly test: (head: string, html: boolean) => boolean }[] = [
  { id: "md", reason: "the Markdown report's first line", test: (h) => h.startsWith(OWN_REPORT_MARK) },
  { id: "html", reason: "the HTML report's generator meta", test: (h, html) => html && h.includes(OWN_REPORT_GENERATOR) },
  {
    id: "json",
    reason: "the JSON report: an object whose first keys are schemaVersion and inputs",
    test: (h) => h.startsWith("{") && /^\{\s{1,8}"schemaVersion": "[0-9.]{1,8}",\s{1,8}"inputs": \[/.test(h),
  },
  {
    id: "check-json",
    reason: "check's and verify's JSON: an object whose first key names a quotecheck schema",
    test: (h) => h.startsWith("{") && /^\{\s{1,8}"schema": "quotecheck\//.test(h),
  },
  {
    id: "extract-json",
    reason: "extract's JSON: an array whose first object's first keys are doc and article (extract --format json > story/quotes.json)",
    test: (h) => h.startsWith("[") && /^\[\s{1,8}\{\s{1,8}"doc": "[^"\n]{0,2000}",\s{1,8}"article": "/.test(h),
  },
  {
    id: "extract-jsonl",
    reason: "extract's JSONL: a line whose first keys are doc and article (the scorer's contract)",
    test: (h) => h.startsWith('{"doc":') && /^\{"doc":"[^"\n]{0,2000}","article":"/.test(h),
  },
  {
    id: "extract-csv",
    reason: "extract's CSV header row",
    test: (h) => h.replace(/^\uFEFF/, "").startsWith("doc,article,outlet,published,kind,speaker,"),
  },
  {
    id: "csv",
    reason: "the CSV report's header row (after its byte-order mark)",
    test: (h) => h.replace(/^\uFEFF/, "").startsWith("speaker,speaker_type,role,quote,kind,outlet,to_outlet,medium,"),
  },
];

/**
 * Whether a file's first characters (`head`, a few KB) are those of a report quotecheck wrote.
 * `html`: the file is read as a page (only then does the generator meta count).
 */
export function isOwnReport(head: string, html: boolean): boolean {
  const h = head.trimStart();
  return OWN_REPORT_STARTS.some((r) => r.test(h, html));
}
