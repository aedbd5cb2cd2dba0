/**
 * The names check and verify give their two output formats, wherever they are set (`--format`,
 * check's config file "format"): `table` is `text`, the name every other command gives its
 * human-readable format. One table, so a name the flag takes is never refused in the file.
 */
const TEXT_FORMAT_NAMES = { text: "text", table: "text", json: "json" } as const;

export type TextFormat = (typeof TEXT_FORMAT_NAMES)[keyof typeof TEXT_FORMAT_NAMES];

/** The names, in the order an error message lists them. */
export const textFormatNames: readonly string[] = Object.keys(TEXT_FORMAT_NAMES);

/** The format `value` names, or null when it names none (not a string, or no such name). Pure. */
export function textFormat(value: unknown): TextFormat | null {
  return typeof value === "string" && Object.hasOwn(TEXT_FORMAT_NAMES, value) ? TEXT_FORMAT_NAMES[value as keyof typeof TEXT_FORMAT_NAMES] : null;
}
