import { describe, expect, it } from "vitest";
import { firstNul } from "../../src/ingest/nul-bytes.js";

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
