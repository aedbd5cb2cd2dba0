import { FLAGS } from "./quote-items.js";
import { wrap } from "./text.js";
import { OUTLET_UNKNOWN_NOTE } from "../report/article-name.js";

/** One line of the help screen: a heading, a key or flag with (part of) what it does, or a note. */
export type HelpLine = { readonly text: string; readonly kind: "heading" | "entry" | "note" };

/** "T, A, 2 or C". */
const orList = (xs: readonly string[]): string => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} or ${xs[xs.length - 1]}`);

const KEYS: readonly (readonly [string, string])[] = [
  ["Tab / Shift-Tab, 1-4", "switch view: Quotes, Speakers, Conflicts, Sources"],
  ["↑ ↓  j k", "move; PgUp PgDn (or Space, Ctrl-B/F) page; Home End (g G) ends"],
  ["Enter", "quote: open Detail; speaker, article or file: list its quotes; finding: the claim's quote"],
  ["← →  h l", "Conflicts: pick a claim; Detail: ← goes back"],
  ["c", "Quotes and Detail: the quote's finding in Conflicts, its claim selected (Enter opens that quote, Esc goes back)"],
  ["n  p", "Detail: next / previous quote (of a finding's claim: its next / previous claim)"],
  ["/", "filter by speaker, outlet, text or date (2015-05-20; every word must match); Esc clears"],
  // Which letters f keeps, from the flags' own table (quote-items FLAGS `check`): "T, A, 2 or C".
  ["f", `flagged only: quotes with ${orList(FLAGS.filter((f) => f.check).map((f) => f.letter))} (R alone is no flag: d picks the kind); Speakers: those with such a quote; Conflicts: disagreements only; Sources has no flags`],
  ["d", "Quotes: direct quotes only, reported speech only, or both"],
  ["s", "change the sort order"],
  ["e", "write a report file in the current directory"],
  ["Esc", "back where you came from: Detail to its list, a speaker's or article's quotes to Speakers or Sources, c's finding to its quote; else clear the filter"],
  ["Backspace", "back, as Esc, but never clears the filter"],
  ["q", "quit (in help or the export prompt: close it)"],
];

/** Narrower than this, a description goes under its key instead of beside it. */
const MIN_BESIDE = 24;

/**
 * `lead` then `what` wrapped to `width`, its further lines indented under the first word. Cut at
 * the terminal's edge, the longer keys' descriptions lost their ends at 80 columns ("Esc clears"
 * of the filter, "finding: the claim's quote" of Enter).
 */
function entry(lead: string, what: string, width: number): HelpLine[] {
  const room = width - lead.length;
  if (room >= MIN_BESIDE) {
    return wrap(what, room).map((l, i) => ({ text: (i === 0 ? lead : " ".repeat(lead.length)) + l, kind: "entry" }));
  }
  return [{ text: lead.trimEnd(), kind: "entry" }, ...wrap(what, Math.max(8, width - 4)).map((l) => ({ text: `    ${l}`, kind: "entry" as const }))];
}

/** The help screen's lines at `width` columns: the keys, what the flag letters mean, and a note. */
export function helpLines(width: number): HelpLine[] {
  return [
    { text: "Keys", kind: "heading" },
    ...KEYS.flatMap(([k, what]) => entry(`  ${k.padEnd(22)}`, what, width)),
    { text: "Flags (Quotes view, in this order; · when not set)", kind: "heading" },
    ...FLAGS.flatMap((f) => entry(`  ${f.letter} ${f.word.padEnd(14)}`, f.help, width)),
    // The "published" column's marks, as the articles and extract tables write them (report/published).
    { text: "Dates published (Quotes view)", kind: "heading" },
    ...entry(`  ${"≤2015-05-20".padEnd(16)}`, "on or before: the day the mail that carried the story was sent; the story gives none", width),
    ...entry(`  ${"2015-05-20*".padEnd(16)}`, "from the file name: the text gives none", width),
    // An outlet cell in quotation marks names the article whose outlet is unknown (report/article-name).
    { text: "Outlets (Quotes and Speakers views)", kind: "heading" },
    ...entry(`  ${"“…”".padEnd(16)}`, OUTLET_UNKNOWN_NOTE.replace(/^“…” /, ""), width),
    { text: "Everything shown comes from the analysis report; the UI computes none of it.", kind: "note" },
  ];
}
