/**
 * ISO-2022 text sent without its charset: Japanese mail (ISO-2022-JP, "JIS") and older Korean and
 * Chinese mail are 7-bit, their letters ASCII bytes between escape sequences that switch character
 * sets. Every such byte is valid UTF-8, so undeclared it was read as UTF-8: "\x1b$BEl5~\x1b(B" for
 * 東京, a text of escapes and Latin letters with no quote to find. The escapes name the charset.
 */

/** The ISO-2022 charset 7-bit bytes are written in, and the escape sequence that says so. */
export type Iso2022 = { readonly charset: "iso-2022-jp" | "iso-2022-kr" | "iso-2022-cn"; readonly escape: string };

const ESC = 0x1b;

/**
 * Which ISO-2022 charset the bytes are in, by their escapes, or null. ISO-2022-JP switches to JIS X
 * 0208 with ESC $ B (or ESC $ @, its 1978 edition) and back with ESC ( B or ESC ( J: both must stand
 * in the text. ISO-2022-KR announces KS X 1001 with ESC $ ) C; ISO-2022-CN GB 2312 with ESC $ ) A,
 * CNS 11643 with ESC $ ) G or ESC $ * H. A byte at 0x80 or above rules all of them out: an ESC in
 * UTF-8 or a one-byte charset (a terminal colour code, "\x1b[31m") is no switch of sets.
 */
export function iso2022Of(bytes: Uint8Array): Iso2022 | null {
  let at = bytes.indexOf(ESC);
  if (at < 0) return null; // most text: one native scan
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return null;
  let jpIn: string | null = null;
  let jpOut = false;
  let other: Iso2022 | null = null;
  for (; at >= 0; at = bytes.indexOf(ESC, at + 1)) {
    const a = bytes[at + 1];
    const b = bytes[at + 2];
    const c = bytes[at + 3];
    if (a === 0x24 && (b === 0x42 || b === 0x40)) jpIn ??= `ESC $ ${String.fromCharCode(b)}`;
    else if (a === 0x28 && (b === 0x42 || b === 0x4a)) jpOut = true;
    else if (a === 0x24 && b === 0x29 && c === 0x43) other ??= { charset: "iso-2022-kr", escape: "ESC $ ) C" };
    else if (a === 0x24 && ((b === 0x29 && (c === 0x41 || c === 0x47)) || (b === 0x2a && c === 0x48))) other ??= { charset: "iso-2022-cn", escape: `ESC $ ${String.fromCharCode(b)} ${String.fromCharCode(c)}` };
  }
  if (jpIn && jpOut) return { charset: "iso-2022-jp", escape: jpIn };
  return other;
}
