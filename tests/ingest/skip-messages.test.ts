import { describe, expect, it } from "vitest";
import { IngestError, parseDocument } from "../../src/ingest/index.js";

// A file read but not used says why and what became of it, in one family of messages: "…; skipped"
// (quotecheck's own report: "…; left out"). The empty file's said only "empty file (0 bytes)".
const skipOf = (id: string, text: string | Uint8Array): IngestError => {
  try {
    parseDocument(id, typeof text === "string" ? new TextEncoder().encode(text) : text);
  } catch (e) {
    return e as IngestError;
  }
  throw new Error(`${id} was read`);
};

describe("the messages of a file skipped for its content", () => {
  const rows: [string, string | Uint8Array, RegExp][] = [
    ["empty.txt", "", /^empty file \(0 bytes\); skipped$/],
    ["blank.md", " \n\t\n", /^empty file \(only white space\); skipped$/],
    ["image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /^not a text file \(.*\); skipped$/],
    ["data.json", '{"a": 1, "b": [1, 2, 3]}', /, not an article: .*; skipped$/],
    ["list.mbox", "Subject: no envelope line\n\nJust a body.\n", /^no messages found in this mbox \(no "From " lines\); skipped$/],
  ];
  it.each(rows)("%s", (id, text, reason) => {
    expect(skipOf(id, text).message).toMatch(reason);
  });

  it("says once that it was skipped", () => {
    for (const [id, text] of rows) expect(skipOf(id, text).message.match(/skipped/g)).toHaveLength(1);
  });
});
