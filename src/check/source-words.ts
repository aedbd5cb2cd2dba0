import { createRequire } from "node:module";
import type Iconv from "iconv-lite";
import { escapeRegExp } from "../model/index.js";

/*
 * An article rebuilt from markup (an HTML page, a mail's HTML part) keeps no offset map, so its
 * words are looked for in the file (locate.ts). The file holds them as they were written, before
 * ingest decoded and repaired them: a letter may stand there as itself, as UTF-8 read as
 * windows-1252 ("Ã©" for "é", which ingest repairs), as a quoted-printable part's escapes of either
 * ("=C3=A9", "=C3=83=C2=A9"), or as an entity ("&eacute;"); a quoted-printable part breaks its lines
 * with "=" anywhere, inside a word too. The pattern lets each stand for the letter.
 */

// iconv-lite, loaded on the first word with a letter outside ASCII (as ingest/decode.ts loads it).
let iconvLoaded: typeof Iconv | null = null;
const iconv = (): typeof Iconv => (iconvLoaded ??= createRequire(import.meta.url)("iconv-lite") as typeof Iconv);

let cp1252: string[] | null = null;
/** Each byte as windows-1252 shows it; a byte it leaves undefined as the C1 control ISO-8859-1 reads (what ingest's repair takes back). */
function cp1252Chars(): readonly string[] {
  if (cp1252) return cp1252;
  const chars: string[] = [];
  for (let b = 0; b < 256; b++) {
    const ch = iconv().decode(Buffer.of(b), "win1252");
    chars.push(ch === "\ufffd" ? String.fromCharCode(b) : ch);
  }
  return (cp1252 = chars);
}

const utf8Bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const misread = (s: string): string => Array.from(utf8Bytes(s), (b) => cp1252Chars()[b]).join("");
const escapes = (s: string): string => Array.from(utf8Bytes(s), (b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");

/** The ways a letter outside ASCII may be written in the file, as one group of literals. */
function letterForms(ch: string): string {
  const moji = misread(ch);
  const forms = [ch, moji, escapes(ch), escapes(moji)].map(escapeRegExp);
  return `(?:${[...new Set(forms)].join("|")}|&#?\\w+;)`;
}

// What may stand between two words: spaces and punctuation, an entity, a tag, a quoted-printable
// escape or soft line break, a mark or space read as windows-1252 ("â€™", "Â\u00A0"). Each
// alternative opens on a character no other opens on ("=" three ways that its next characters
// tell apart), so the group cannot take the same text two ways and backtrack into itself.
const GAP = "(?:[^\\p{L}\\p{N}<&=]|&#?\\w+;|<[^>]*>|=[0-9A-F]{2}|=\\r?\\n|=(?![0-9A-F]{2}|\\r?\\n)|\\u00E2\\u20AC[^\\x00-\\x7F]|\\u00C2[\\u0080-\\u00BF])+";
const SOFT_BREAK = "(?:=\\r?\\n)?";

/**
 * A pattern for the runs of letters and digits `runs` as the file may write them, one GAP between
 * each two; `softBreaks`: the file has quoted-printable soft line breaks, which may cut a word.
 */
export function sourceWordsPattern(runs: readonly string[], softBreaks: boolean): string {
  return runs
    .map((run) => Array.from(run, (ch) => (ch.charCodeAt(0) < 0x80 ? escapeRegExp(ch) : letterForms(ch))).join(softBreaks ? SOFT_BREAK : ""))
    .join(GAP);
}

/** Whether the file breaks its lines as quoted-printable does ("=" at a line's end). */
export const hasSoftBreaks = (text: string): boolean => text.includes("=\n") || text.includes("=\r\n");

/**
 * The longest stretch of ASCII in `runs`, which the file holds as it is wherever it holds the words
 * (no escape, no soft line break in a file without them): the cheap test before the pattern runs.
 */
export function asciiNeedle(runs: readonly string[]): string {
  let best = "";
  for (const run of runs) for (const piece of run.split(/[^\x00-\x7F]+/)) if (piece.length > best.length) best = piece;
  return best;
}

/** An article passage as the file may write it: the pattern (global, so a search can start anywhere) and its precheck. */
export type SourceWords = { readonly pattern: RegExp; readonly needle: string };

/**
 * The search for `words` (an article passage) in a file: by its first eight runs of letters and
 * digits, or null when they hold under 8 characters (too few to tell one place from another).
 * `needle`: a string the file holds wherever it holds the words (asciiNeedle; "" with soft breaks,
 * which may cut any word), to look for before the pattern runs.
 */
export function sourceWords(words: string, softBreaks: boolean): SourceWords | null {
  const runs = words.match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  if (runs.join("").length < 8) return null;
  return { pattern: new RegExp(sourceWordsPattern(runs, softBreaks), "gu"), needle: softBreaks ? "" : asciiNeedle(runs) };
}
