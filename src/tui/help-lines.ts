import { FLAGS } from "./quote-items.js";
import { KEY_TABLE } from "./key-table.js";
import { wrap } from "./text.js";
import { OUTLET_UNKNOWN_NOTE } from "../report/article-name.js";

/** One line of the help screen: a heading, a key or flag with (part of) what it does, or a note. */
export type HelpLine = { readonly text: string; readonly kind: "heading" | "entry" | "note" };

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
    ...KEY_TABLE.flatMap((k) => entry(`  ${k.keys.padEnd(22)}`, k.what, width)),
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
