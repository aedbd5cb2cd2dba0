import { describe, expect, it } from "vitest";
import { firstNul, nulsBack } from "../../src/ingest/nul-bytes.js";

// firstNul searches the typed array's own memory through a Buffer view: what it finds must be the
// same as the typed array's indexOf, also for a view that starts inside a larger buffer (a mail part,
// a file's bytes after its byte-order mark) and when the search stops short of the end.
describe("firstNul: the first NUL byte, as the typed array's indexOf finds it", () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  const backing = bytes(0, 65, 66, 0, 67, 68, 69, 0);
  const cases: [string, Uint8Array, number | undefined, number][] = [
    ["none", bytes(65, 66, 67), undefined, -1],
    ["empty", bytes(), undefined, -1],
    ["first byte", bytes(0, 65), undefined, 0],
    ["inside", bytes(65, 66, 0, 67), undefined, 2],
    ["last byte", bytes(65, 66, 0), undefined, 2],
    ["beyond `to`", bytes(65, 66, 67, 0), 3, -1],
    ["before `to`", bytes(65, 0, 67, 0), 3, 1],
    ["`to` past the end", bytes(65, 0), 10, 1],
    ["a view past the backing buffer's first NUL", backing.subarray(1, 7), undefined, 2],
    ["a view with none of the buffer's NULs", backing.subarray(4, 7), undefined, -1],
    ["a view stopped before its NUL", backing.subarray(1, 7), 2, -1],
  ];
  it.each(cases)("%s", (_, b, to, expected) => {
    expect(firstNul(b, to)).toBe(expected);
    expect(firstNul(b, to)).toBe(b.subarray(0, to ?? b.length).indexOf(0));
  });
});

// nulsBack: the file's text with its inner NULs, and each character of the text read without them at its place there.
describe("nulsBack: offsets over the NULs dropped inside a text", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const drop = (b: Uint8Array) => b.filter((x) => x !== 0);
  const cases: [string, Uint8Array, string, boolean, string | null][] = [
    ["one inside", enc("ab\0cd"), "abcd", true, "ab\0cd"],
    ["after a two-byte letter", enc("\u00e9\0x"), "\u00e9x", true, "\u00e9\0x"],
    ["after a four-byte character (two UTF-16 units)", enc("\u{1F30A}\0x"), "\u{1F30A}x", true, "\u{1F30A}\0x"],
    ["only at the end (padding): none to lead over", enc("abc\0\0"), "abc", true, null],
    ["a one-byte charset", Uint8Array.from([0xe9, 0, 0x41]), "\u00e9A", false, "\u00e9\0A"],
    ["must-not: a charset whose characters take several bytes", Uint8Array.from([0x82, 0xa0, 0, 0x41]), "\u3042A", false, null],
  ];
  it.each(cases)("%s", (_, original, text, utf8, raw) => {
    const back = nulsBack(original, drop(original), text, utf8, 0);
    expect(back?.text ?? null).toBe(raw);
    if (!back) return;
    // every character of the text stands where it stands in the file's
    for (let i = 0; i < text.length; i++) expect(back.text[back.offsets[i]]).toBe(text[i]);
    expect(back.offsets[text.length]).toBe(back.text.length);
  });
});
