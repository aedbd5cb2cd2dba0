import { FLAGS } from "./quote-items.js";

/**
 * The UI's keys, one row a key: the help screen (help-lines.ts) gives `keys` and `what`, and
 * `quotecheck tui --help` says `brief` of each row, so the two cannot drift apart. Each listed the
 * keys by hand: the help screen left out `?` itself, and the CLI's line n/p, ← → and Backspace.
 * `tokens` are the keys as typed, for the test that every key the handler (keys.ts) answers is here.
 */
export type KeyRow = { readonly keys: string; readonly tokens: readonly string[]; readonly what: string; readonly brief: string };

/** "T, A, 2 or C". */
export const orList = (xs: readonly string[]): string => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} or ${xs[xs.length - 1]}`);

// Which letters f keeps, from the flags' own table (quote-items FLAGS `check`): "T, A, 2 or C".
const flagLetters = orList(FLAGS.filter((f) => f.check).map((f) => f.letter));

export const KEY_TABLE: readonly KeyRow[] = [
  { keys: "Tab / Shift-Tab, 1-4", tokens: ["Tab", "Shift-Tab", "1", "2", "3", "4"], what: "switch view: Quotes, Speakers, Conflicts, Sources", brief: "Tab or 1-4 switch views (Quotes, Speakers, Conflicts, Sources)" },
  {
    keys: "↑ ↓  j k",
    tokens: ["↑", "↓", "j", "k", "PgUp", "PgDn", "Space", "Ctrl-B", "Ctrl-F", "Home", "End", "g", "G"],
    what: "move; PgUp PgDn (or Space, Ctrl-B/F) page; Home End (g G) ends",
    brief: "↑↓ (j k) move, PgUp PgDn page",
  },
  {
    keys: "Enter",
    tokens: ["Enter"],
    what: "quote: open Detail; speaker, article or file: list its quotes; finding: the claim's quote",
    brief: "Enter opens a quote's Detail (who said it, to whom, where and when published, the file:line:col, the rule and why) or lists a speaker's or article's quotes",
  },
  { keys: "← →  h l", tokens: ["←", "→", "h", "l"], what: "Conflicts: pick a claim; Detail: ← goes back", brief: "← → pick a finding's claim" },
  {
    keys: "c",
    tokens: ["c"],
    what: "Quotes and Detail: the quote's finding in Conflicts, its claim selected (Enter opens that quote, Esc goes back)",
    brief: "c the quote's finding",
  },
  { keys: "n  p", tokens: ["n", "p"], what: "Detail: next / previous quote (of a finding's claim: its next / previous claim)", brief: "n p next or previous quote in Detail" },
  { keys: "/", tokens: ["/"], what: "filter by speaker, outlet, text or date (2015-05-20; every word must match); Esc clears", brief: "/ filter" },
  {
    keys: "f",
    tokens: ["f"],
    what: `flagged only: quotes with ${flagLetters} (R alone is no flag: d picks the kind); Speakers: those with such a quote; Conflicts: disagreements only; Sources has no flags`,
    brief: `f flagged only (${flagLetters}; not reported speech alone)`,
  },
  { keys: "d", tokens: ["d"], what: "Quotes: direct quotes only, reported speech only, or both", brief: "d direct or reported" },
  { keys: "s", tokens: ["s"], what: "change the sort order", brief: "s sort" },
  { keys: "e", tokens: ["e"], what: "write a report file in the current directory", brief: "e export a report" },
  {
    keys: "Esc",
    tokens: ["Esc"],
    what: "back where you came from: Detail to its list, a speaker's or article's quotes to Speakers or Sources, c's finding to its quote; else clear the filter",
    brief: "Esc back",
  },
  { keys: "Backspace", tokens: ["Backspace"], what: "back, as Esc, but never clears the filter", brief: "Backspace back, the filter kept" },
  { keys: "?", tokens: ["?"], what: "this help (↑ ↓ PgUp PgDn scroll it; any other key closes it)", brief: "? every key" },
  { keys: "q", tokens: ["q"], what: "quit (in help or the export prompt: close it)", brief: "q quit" },
];

/** The keys as `quotecheck tui --help` says them: "keys: " and each row's brief, one after another. */
export const keysBrief = (): string => `keys: ${KEY_TABLE.map((r) => r.brief).join("; ")}`;
