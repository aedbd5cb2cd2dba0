import { count } from "../model/index.js";

/**
 * JSON data is no article: a tweet dump, a list of strings, a GeoJSON map or a scraper's JSON Lines
 * read as plain text gave "quotes" cut between escaped marks (`\"We are ready,\" said …`), credited
 * to no one, and keys and numbers as story text. So a file whose content is JSON (or JSON Lines) is
 * skipped, saying what it is, as a binary file is. Only a text that opens with `{` or `[` is parsed
 * (a story never does and still parse); JSON.parse is linear.
 */

/** Extensions that promise JSON: such a file that opens as JSON but does not parse is cut-off data. */
const JSON_EXTENSIONS: ReadonlySet<string> = new Set(["json", "jsonl", "ndjson", "geojson", "jsonld"]);

const opensAsJson = (t: string): boolean => t.startsWith("{") || t.startsWith("[");

function parses(t: string): unknown {
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

function shape(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${count(value.length, "item")}`;
  return "an object";
}

/**
 * What the text is when it is JSON data rather than an article ("JSON data (an array of 2 items)"),
 * or null. `ext` is the file's extension (lower case, no dot), or null. Pure.
 */
export function jsonDataKind(text: string, ext: string | null): string | null {
  const t = text.replace(/^\uFEFF/, "").trim();
  if (!opensAsJson(t)) return null;
  const whole = parses(t);
  if (whole !== undefined) return `JSON data (${shape(whole)})`;
  // JSON Lines: every line that is not blank one object or array of its own.
  const lines = t.includes("\n") ? t.split("\n").filter((l) => l.trim()) : [];
  if (lines.length > 1 && lines.every((l) => opensAsJson(l.trim()) && parses(l) !== undefined)) return `JSON Lines data (${lines.length} records)`;
  if (ext !== null && JSON_EXTENSIONS.has(ext)) return `a .${ext} file that opens as JSON but does not parse (cut off?)`;
  return null;
}
