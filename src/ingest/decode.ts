import { createRequire } from "node:module";
import type Iconv from "iconv-lite";
import type { Severity } from "../model/index.js";
import { iso2022Of } from "./iso-2022.js";
import { repairLostBytes } from "./lost-byte.js";
import { MAX_NUL_SHARE, firstNul, nulsBack, trailingNuls, withoutNuls } from "./nul-bytes.js";
import { type Edit, editEnds, editOffsets, thenEnds, thenMap, utf8Edits } from "./repair-map.js";

/** A remark about how a file was decoded, turned into a diagnostic by the caller. */
export type DecodeNote = { readonly ruleId: string; readonly reason: string; readonly severity: Severity };

/**
 * `source`: when a repair changed the text, the text as the file decodes to (what an editor shows)
 * and, for each character of `text` and one past its end, its offset there (repair-map.ts); `ends`
 * each character's end there where a repaired one was several (repair-map.ts's extents), else null.
 */
export type Decoded = {
  readonly text: string;
  readonly encoding: string;
  readonly notes: readonly DecodeNote[];
  readonly source?: { readonly text: string; readonly offsets: Int32Array; readonly ends: Int32Array | null };
};

// File signatures of formats that are not text, named in the skip reason.
const MAGIC: readonly [string, number[]][] = [
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive (or an Office document)", [0x50, 0x4b, 0x03, 0x04]],
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["gzip archive", [0x1f, 0x8b]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["old Word document", [0xd0, 0xcf, 0x11, 0xe0]],
];

// The first entry of a ZIP names what it is: an Office or OpenDocument file says so in its first names.
const ZIP_DOCUMENTS: readonly [string, string][] = [
  ["word/", "a Word document (.docx): save it as text or HTML"],
  ["mimetypeapplication/vnd.oasis.opendocument.text", "an OpenDocument text (.odt): save it as text or HTML"],
  ["xl/", "an Excel workbook"],
  ["ppt/", "a PowerPoint presentation"],
];

/** What a ZIP archive is, read from the file names in its first 4 KB, or the generic name. */
function zipName(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return ZIP_DOCUMENTS.find(([mark]) => head.includes(mark))?.[1] ?? "ZIP archive (or an Office document)";
}

/** Whether the bytes are Korean or Chinese ISO-2022, the charsets that shift with SO and SI. */
function isShiftedIso2022(bytes: Uint8Array): boolean {
  const iso = iso2022Of(bytes);
  return iso !== null && iso.charset !== "iso-2022-jp";
}

/** Why these bytes are not text (a named format, or control bytes), or null when they may be text. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return `not a text file (${sig[0] === 0x50 && sig[1] === 0x4b ? zipName(bytes) : name})`;
  // RTF is text, but its words stand among control words ("\\ldblquote"): read as prose its quotes were lost.
  if (bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74 && bytes[4] === 0x66) return "not a text file quotecheck reads (an RTF document: save it as plain text or HTML)";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null; // UTF-16
  if (utf16WithoutBom(bytes)) return null; // its zero bytes are its text
  // NUL bytes a text ends in (padding a crash or a cut copy leaves) are not looked at: the text
  // before them is (decodeBytes drops them, saying so). A file of nothing else is binary.
  const end = bytes.length - trailingNuls(bytes);
  if (end === 0) return "not a text file (binary content: NUL bytes)";
  const n = Math.min(end, 8192);
  let control = 0;
  let shifts = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b === 0x0e || b === 0x0f) shifts++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  // Korean and Chinese ISO-2022 shift each run of their letters out (SO) and back (SI): those bytes
  // are its text when its escape announces the charset, control bytes otherwise.
  if (shifts > 0 && !isShiftedIso2022(bytes)) control += shifts;
  // A stray NUL or two in a page of text is a damaged copy, still read; binary data has NULs in
  // every few bytes (headers, lengths, padding). Random data has few, but many control bytes.
  if (nul * MAX_NUL_SHARE > n) return "not a text file (binary content: NUL bytes)";
  return n > 0 && (control + nul) / n > 0.05 ? "not a text file (binary content: control bytes)" : null;
}

/**
 * The bytes as UTF-8 when a one-byte charset was declared over them but they are valid UTF-8 with
 * characters beyond ASCII: a page's or part's label kept from a template after the text moved to
 * UTF-8. Read by the label, "’" became "â€™" (which the mojibake repair undoes) but "”" (E2 80
 * 9D) lost its last byte, which windows-1252 leaves undefined, and a quote with it. Text really in
 * a one-byte charset is almost never valid UTF-8: any accented letter before a space breaks it.
 */
function utf8Instead(bytes: Uint8Array): string | null {
  if (!bytes.some((b) => b >= 0x80)) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The byte order of UTF-16 written without a byte-order mark (some Windows tools save "Unicode"
 * text so), or null. Text in a Latin script has a zero byte in every other place: the high byte of
 * each character, after its low byte (LE) or before it (BE). Only the first 8 KB are looked at, and
 * only when they are 16 bytes or more and hold a zero byte; what they decode to must be text (no
 * replacement characters, few control characters), so binary data with many zeros stays binary.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 16 || firstNul(bytes, n) < 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const order = oddZero >= pairs * 0.7 && evenZero <= pairs * 0.02 ? "utf-16le" : evenZero >= pairs * 0.7 && oddZero <= pairs * 0.02 ? "utf-16be" : null;
  if (!order) return null;
  const sample = new TextDecoder(order).decode(bytes.subarray(0, n));
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd) return null;
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  return control <= sample.length * 0.05 ? order : null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
// iconv-lite is loaded on the first text that is not UTF-8 (or mis-decoded UTF-8 to repair), not
// with ingest: its table of encodings costs 7-10 ms in every process, and most inputs are UTF-8.
let iconvLoaded: typeof Iconv | null = null;
const iconv = (): typeof Iconv => (iconvLoaded ??= createRequire(import.meta.url)("iconv-lite") as typeof Iconv);
// Node 20's TextDecoder reads "windows-1252" as ISO-8859-1 (0x80-0x9F become C1 controls, so
// "\x93" is not "“"): legacy charsets go through iconv-lite.
const cp1252 = { decode: (b: Uint8Array) => iconv().decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), "win1252") };

// windows-1252 character -> byte, to undo text that was decoded from UTF-8 bytes the wrong way.
// Bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to their C1 code points.
// Built on the first run of mojibake, with iconv-lite.
let cp1252Bytes: Map<string, number> | null = null;
function cp1252Byte(): ReadonlyMap<string, number> {
  if (cp1252Bytes) return cp1252Bytes;
  const m = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = cp1252.decode(new Uint8Array([b]));
    m.set(ch === "\ufffd" ? String.fromCharCode(b) : ch, b);
  }
  // Text read as ISO-8859-1 keeps the C1 control where windows-1252 has a sign ("Ã\u0083Â§" for
  // "Ã§", itself "ç"): a control stands in no text, so it stands for its byte as well.
  for (let b = 0x80; b < 0xa0; b++) if (!m.has(String.fromCharCode(b))) m.set(String.fromCharCode(b), b);
  return (cp1252Bytes = m);
}

const CONT = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";
const MOJIBAKE = new RegExp(`(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})+`, "g");

/**
 * Signs of Latin-1's upper half that Unicode compatibility folding (NFKD, NFKC) turned into other
 * text, after mojibake had put them there as the second byte of a UTF-8 letter: "è" is C3 A8, read
 * "Ã¨", folded "Ã ̈" (a space and a combining diaeresis); "ú" is C3 BA, "Ãº", folded "Ão". Each row
 * gives the folded form and the sign it stands for; the letter is then repaired as any mojibake.
 * `inWord`: the folded form is ordinary text (a letter, a digit, a space), so it is taken for the
 * sign only inside a lower-case word ("RaÃol", "d'Ãatre"), where a capital Ã never stands
 * ("SÃO PAULO", "Ão" at a word's start stay as they are).
 */
export const FOLDED_SIGNS: readonly { readonly id: string; readonly reason: string; readonly folded: string; readonly sign: string; readonly inWord: boolean }[] = [
  { id: "diaeresis", reason: "¨ (A8, in è) folds to a space and U+0308", folded: " \u0308", sign: "\u00A8", inWord: false },
  { id: "macron", reason: "¯ (AF, in ï) folds to a space and U+0304", folded: " \u0304", sign: "\u00AF", inWord: false },
  { id: "acute", reason: "´ (B4, in ô) folds to a space and U+0301", folded: " \u0301", sign: "\u00B4", inWord: false },
  { id: "cedilla", reason: "¸ (B8, in ø) folds to a space and U+0327", folded: " \u0327", sign: "\u00B8", inWord: false },
  { id: "one-quarter", reason: "¼ (BC, in ü) folds to 1⁄4", folded: "1\u20444", sign: "\u00BC", inWord: true },
  { id: "one-half", reason: "½ (BD, in ý) folds to 1⁄2", folded: "1\u20442", sign: "\u00BD", inWord: true },
  { id: "three-quarters", reason: "¾ (BE, in þ) folds to 3⁄4", folded: "3\u20444", sign: "\u00BE", inWord: true },
  { id: "ordinal-a", reason: "ª (AA, in ê) folds to a", folded: "a", sign: "\u00AA", inWord: true },
  { id: "ordinal-o", reason: "º (BA, in ú) folds to o", folded: "o", sign: "\u00BA", inWord: true },
  { id: "superscript-1", reason: "¹ (B9, in ù) folds to 1", folded: "1", sign: "\u00B9", inWord: true },
  { id: "superscript-2", reason: "² (B2, in ò) folds to 2", folded: "2", sign: "\u00B2", inWord: true },
  { id: "superscript-3", reason: "³ (B3, in ó) folds to 3", folded: "3", sign: "\u00B3", inWord: true },
  { id: "micro", reason: "µ (B5, in õ) folds to Greek μ", folded: "\u03BC", sign: "\u00B5", inWord: true },
];

const lowerOrApostrophe = (c: string | undefined): boolean => c !== undefined && /[\p{Ll}'’]/u.test(c);
const lower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c);

/** The text with each folded sign after "Ã" put back (FOLDED_SIGNS), for the mojibake repair to read; `edits` gets what changed. */
export function unfoldSigns(text: string, edits: Edit[] = []): string {
  let at = text.indexOf("\u00C3");
  if (at < 0) return text;
  let out = "";
  let from = 0;
  for (; at >= 0; at = text.indexOf("\u00C3", at + 1)) {
    const row = FOLDED_SIGNS.find((r) => text.startsWith(r.folded, at + 1) && (!r.inWord || (lowerOrApostrophe(text[at - 1]) && lower(text[at + 1 + r.folded.length]))));
    if (!row) continue;
    out += text.slice(from, at + 1) + row.sign;
    edits.push({ at: at + 1, len: row.folded.length, out: 1 });
    from = at + 1 + row.folded.length;
  }
  return from ? out + text.slice(from) : text;
}

/**
 * What repairMojibake did: the sequences it repaired, of them those read wrongly twice, and those
 * that had lost a byte; `offsets`: each character of `text` (and its end) in the text given, null when unchanged;
 * `ends`: each character's end there, null when none stands for more than one (repair-map.ts's extents).
 */
export type MojibakeRepair = { readonly text: string; readonly repaired: number; readonly twice: number; readonly lostByte: number; readonly example: string | null; readonly offsets: Int32Array | null; readonly ends: Int32Array | null };

/** One pass over the text: each run turned back into bytes, kept when they are valid UTF-8 (`edits` gets them). */
function repairPass(text: string, onRun: (run: string, fixed: string) => void, edits: Edit[] = []): string {
  return text.replace(MOJIBAKE, (run, at: number) => {
    // The table (iconv-lite) is built on the first run only: most texts have none.
    const byteOf = cp1252Byte();
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) {
      const b = byteOf.get(run[i]);
      if (b === undefined) return run;
      bytes[i] = b;
    }
    try {
      const fixed = utf8.decode(bytes);
      onRun(run, fixed);
      utf8Edits(at, fixed, edits);
      return fixed;
    } catch {
      return run;
    }
  });
}

/** `run` repaired as many times as it takes (at most three), alone: the example a note shows. */
function repairedAlone(run: string): string {
  let out = run;
  for (let pass = 0; pass < 3; pass++) {
    const next = repairPass(out, () => {});
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Undo UTF-8 read as windows-1252 ("â€™" -> "’", "Ã©" -> "é"): each run is turned back into bytes
 * and kept only if those bytes are valid UTF-8. Repeats for text that was mangled twice
 * ("TrÃƒÂ©vidic", or "FranÃ\u0083Â§ois" read as ISO-8859-1 the second time): a sequence is counted
 * once, on the first pass, and the later passes count how many of them were mangled twice. Signs
 * that compatibility folding changed after the mojibake ("Ã ̈" for "Ã¨") are put back first, and
 * remains that lost their last byte ("realâ€world") last, where their place tells (lost-byte.ts).
 */
export function repairMojibake(text: string): MojibakeRepair {
  let repaired = 0;
  let twice = 0;
  let first: string | null = null;
  // Runs that gave the first of "â€" only ("Ã¢" of "Ã¢€"): half of a remains lost-byte.ts puts back.
  let halves = 0;
  // Each step's edits, made a map only when it changed the text (most texts have no mojibake).
  const unfolded: Edit[] = [];
  let out = unfoldSigns(text, unfolded);
  let offsets = unfolded.length ? editOffsets(text.length, unfolded) : null;
  let ends = unfolded.length ? editEnds(text.length, unfolded) : null;
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    const edits: Edit[] = [];
    const before = out.length;
    out = repairPass(out, (run, fixed) => {
      changed = true;
      if (pass === 0) {
        repaired++;
        first ??= run;
        if (fixed.endsWith("â") || fixed.endsWith("â€")) halves++;
      } else twice++;
    }, edits);
    if (!changed) break;
    const step = editOffsets(before, edits);
    ends = thenEnds(offsets, ends, step, editEnds(before, edits));
    offsets = thenMap(offsets, step);
  }
  const lostEdits: Edit[] = [];
  const lost = repairLostBytes(out, lostEdits);
  if (lostEdits.length) {
    const step = editOffsets(out.length, lostEdits);
    ends = thenEnds(offsets, ends, step, editEnds(out.length, lostEdits));
    offsets = thenMap(offsets, step);
  }
  // A remains put back is the example when there is one: a run before it ("Ã¢" of "Ã¢€") may be its half.
  const example = lost.example ?? (first !== null ? `"${first}" -> "${repairedAlone(first)}"` : null);
  // A remains whose first half a run gave is one sequence, counted once.
  return { text: lost.text, repaired: repaired + lost.repaired - Math.min(halves, lost.repaired), twice, lostByte: lost.repaired, example, offsets, ends };
}

/** The note's words for a repair: how many sequences, how many of them twice or short of a byte, an example. */
export function mojibakeReason(r: MojibakeRepair): string {
  const more = [r.twice ? `; ${r.twice} of them read so twice` : "", r.lostByte ? `; ${r.lostByte} that had lost a byte, put back by where ${r.lostByte > 1 ? "they stand" : "it stands"}` : ""].join("");
  return `repaired double-encoded UTF-8: ${r.repaired} mis-decoded character sequence${r.repaired > 1 ? "s" : ""} (UTF-8 read as windows-1252${more}, e.g. ${r.example})`;
}

type Decoder = { readonly encoding: string; decode(b: Uint8Array): string };

/** A decoder for a declared charset name ("ISO-8859-1", "windows-1252", "koi8-r"), or null if unknown. */
function labelDecoder(label: string): Decoder | null {
  const name = label.trim().toLowerCase().replace(/^x-/, "");
  if (/^utf-?8$/.test(name)) return { encoding: "utf-8", decode: (b) => new TextDecoder("utf-8").decode(b) };
  // Mail and pages that say ISO-8859-1 or ASCII are in practice windows-1252 (the WHATWG rule).
  const effective = /^(?:iso-?8859-1|latin-?1|us-ascii|ascii|l1|cp819)$/.test(name) ? "windows-1252" : name;
  if (!iconv().encodingExists(effective)) return platformDecoder(effective);
  return { encoding: effective, decode: (b) => iconv().decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), effective) };
}

/**
 * A charset iconv-lite has no table for that the platform's WHATWG decoder reads: ISO-2022-JP, the
 * 7-bit charset Japanese mail is sent in (read as UTF-8, its kanji were escapes and ASCII letters).
 * Labels WHATWG reads as one replacement character (ISO-2022-KR, HZ) throw in Node's TextDecoder
 * and, as an unknown label, are not honoured; so does every label on a Node built without ICU.
 */
function platformDecoder(label: string): Decoder | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  return { encoding, decode: (b) => new TextDecoder(encoding).decode(b) };
}

// Bytes of an incomplete UTF-8 sequence at the very end (a file cut in the middle of a character).
function truncatedTail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

/**
 * Decode a file's bytes: BOM first, then a declared charset, then strict UTF-8, then line by line
 * (UTF-8 where it is valid, windows-1252 where it is not, as old list archives mix them). Mis-decoded
 * UTF-8 ("â€™") is repaired in every case.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  const notes: DecodeNote[] = [];
  let text: string;
  let encoding: string;
  const bomless = utf16WithoutBom(bytes);
  const utf16 = bomless || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const original = bytes;
  const nuls = utf16 ? null : withoutNuls(bytes);
  if (nuls) {
    bytes = nuls.bytes;
    notes.push(nuls.note);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder("utf-8").decode(bytes.subarray(3));
    encoding = "utf-8 (BOM)";
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    encoding = "utf-16le";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
    encoding = "utf-16be";
  } else if (bomless) {
    encoding = bomless;
    text = new TextDecoder(encoding).decode(bytes);
    notes.push({ ruleId: "ingest/utf16-no-bom", reason: `no byte-order mark: read as ${encoding.toUpperCase()} (every other byte is zero)`, severity: "info" });
  } else {
    const dec = declared ? labelDecoder(declared) : null;
    // 7-bit ISO-2022 text with no charset said (or ASCII or UTF-8 said) is all valid UTF-8: its escapes tell (iso-2022.ts).
    const iso = dec && dec.encoding !== "utf-8" && dec.encoding !== "windows-1252" ? null : iso2022Of(bytes);
    const jis = iso?.charset === "iso-2022-jp" ? platformDecoder(iso.charset) : null;
    const said = declared ? `declared ${declared}, but` : "no charset declared;";
    if (iso && !jis) notes.push({ ruleId: "ingest/charset-sniffed", reason: `${said} the text is in ${iso.charset.toUpperCase()} (its escape ${iso.escape}), which no decoder here reads: its letters are left as 7-bit escapes`, severity: "warning" });
    const declaredUtf8 = !dec || dec.encoding === "utf-8";
    const asUtf8 = dec && !declaredUtf8 ? utf8Instead(bytes) : null;
    if (iso && jis) {
      text = jis.decode(bytes);
      encoding = jis.encoding;
      notes.push({ ruleId: "ingest/charset-sniffed", reason: `${said} the text holds ${iso.charset.toUpperCase()}'s escapes (${iso.escape}): read as ${iso.charset.toUpperCase()}`, severity: "info" });
    } else if (asUtf8 !== null) {
      text = asUtf8;
      encoding = "utf-8";
      notes.push({ ruleId: "ingest/charset-mismatch", reason: `declared ${declared}, but the bytes are valid UTF-8; read as UTF-8`, severity: "info" });
    } else if (dec && !declaredUtf8) {
      text = dec.decode(bytes);
      encoding = dec.encoding;
      // A page declared windows-1252 may still hold some UTF-8 bytes: the repair below catches them.
    } else {
      try {
        text = utf8.decode(bytes);
        encoding = "utf-8";
      } catch {
        const cut = truncatedTail(bytes);
        let ok: string | null = null;
        if (cut) {
          try {
            ok = utf8.decode(bytes.subarray(0, bytes.length - cut));
          } catch {
            ok = null;
          }
        }
        if (ok !== null) {
          text = ok;
          encoding = "utf-8";
          notes.push({ ruleId: "ingest/truncated-utf8", reason: `file ends inside a UTF-8 character (${cut} stray byte${cut > 1 ? "s" : ""} dropped): the file may be cut short`, severity: "warning" });
        } else {
          ({ text, encoding } = decodeByLine(bytes, notes));
        }
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // NULs dropped inside the text are characters of the file as it decodes: offsets lead back over them.
  const back = nuls ? nulsBack(original, bytes, text, encoding.startsWith("utf-8"), encoding === "utf-8 (BOM)" ? 3 : 0) : null;
  const fixed = repairMojibake(text);
  if (fixed.repaired) {
    notes.push({ ruleId: "ingest/mojibake", reason: mojibakeReason(fixed), severity: "info" });
  }
  const offsets = thenMap(back?.offsets ?? null, fixed.offsets);
  const ends = thenEnds(back?.offsets ?? null, null, fixed.offsets, fixed.ends);
  return offsets ? { text: fixed.text, encoding, notes, source: { text: back?.text ?? text, offsets, ends } } : { text: fixed.text, encoding, notes };
}

function decodeByLine(bytes: Uint8Array, notes: DecodeNote[]): { text: string; encoding: string } {
  const parts: string[] = [];
  let utf8Lines = 0;
  let legacyLines = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    let nonAscii = false;
    for (let i = 0; i < line.length; i++) if (line[i] >= 0x80) {
      nonAscii = true;
      break;
    }
    if (!nonAscii) parts.push(cp1252.decode(line));
    else {
      try {
        parts.push(utf8.decode(line));
        utf8Lines++;
      } catch {
        parts.push(cp1252.decode(line));
        legacyLines++;
      }
    }
    if (end === bytes.length) break;
    parts.push("\n");
    start = end + 1;
  }
  if (utf8Lines && legacyLines) {
    notes.push({ ruleId: "ingest/mixed-encoding", reason: `mixed encodings: ${utf8Lines} line${utf8Lines > 1 ? "s" : ""} in UTF-8 and ${legacyLines} in windows-1252; each line decoded on its own`, severity: "warning" });
    return { text: parts.join(""), encoding: "mixed (utf-8, windows-1252)" };
  }
  notes.push({ ruleId: "ingest/legacy-encoding", reason: "not valid UTF-8; read as windows-1252 (ISO-8859-1)", severity: "info" });
  return { text: parts.join(""), encoding: "windows-1252" };
}
