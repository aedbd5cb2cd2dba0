import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonDataKind } from "../../src/ingest/json-data.js";
import { loadInputs } from "../../src/ingest/index.js";

describe("jsonDataKind: JSON data is no article", () => {
  const must: readonly [string, string, string | null, string][] = [
    ["a tweet dump", '[{"id":"1","text":"\\"We are ready,\\" said the mayor."}]', "json", "JSON data (an array of 1 item)"],
    ["a list of strings", '["\\"We are ready,\\" said John Smith.", "more"]\n', "json", "JSON data (an array of 2 items)"],
    ["a GeoJSON map", '{"type":"FeatureCollection","features":[]}', "geojson", "JSON data (an object)"],
    ["JSON with a byte-order mark and no extension", '\uFEFF  {"a": 1}\n', null, "JSON data (an object)"],
    ["JSON in a .txt file", '{"text": "\\"No,\\" said Ann Lee."}', "txt", "JSON data (an object)"],
    ["JSON Lines", '{"text":"a"}\n{"text":"b"}\n\n{"text":"c"}\n', "jsonl", "JSON Lines data (3 records)"],
    ["JSON Lines with CRLF", '{"text":"a"}\r\n["b"]\r\n', null, "JSON Lines data (2 records)"],
    ["a .json file cut off", '[{"id":"1","text":"We are', "json", "a .json file that opens as JSON but does not parse (cut off?)"],
  ];
  for (const [label, text, ext, kind] of must) it(`knows ${label}`, () => expect(jsonDataKind(text, ext)).toBe(kind));

  const mustNot: readonly [string, string, string | null][] = [
    ["a story", '"We are ready," said the mayor, John Smith.\n', "txt"],
    ["a story that opens with a bracketed tag", "[Updated] \"We are ready,\" said the mayor.\n", "txt"],
    ["a story that opens with a brace but is no JSON", '{Editor\'s note} "We are ready," said the mayor.\nMore text.\n', null],
    ["a .json file of prose", 'The mayor said "we are ready".', "json"],
    ["one JSON line then prose", '{"a":1}\n"We are ready," said the mayor.\n', "txt"],
  ];
  for (const [label, text, ext] of mustNot) it(`does not take ${label} for JSON data`, () => expect(jsonDataKind(text, ext)).toBeNull());
});

describe("ingest skips JSON data with the reason, and reads the rest", () => {
  it("reads the story of a folder and names each JSON file once (ingest/not-article)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qc-json-"));
    try {
      writeFileSync(join(dir, "story.txt"), '"We are ready," said the mayor, John Smith, on Monday.\n');
      writeFileSync(join(dir, "tweets.json"), '[{"id":"1","text":"\\"We are ready,\\" said the mayor."}]');
      writeFileSync(join(dir, "scrape.jsonl"), '{"text":"a"}\n{"text":"b"}\n');
      const loaded = await loadInputs([dir]);
      expect(loaded.documents.map((d) => d.id.replace(/^.*\//, ""))).toEqual(["story.txt"]);
      const skipped = loaded.diagnostics.filter((d) => d.ruleId === "ingest/not-article");
      expect(skipped.map((d) => [d.documentId.replace(/^.*\//, ""), d.severity, d.reason])).toEqual([
        ["scrape.jsonl", "error", "JSON Lines data (2 records), not an article: quotecheck reads text, Markdown, HTML and mail; skipped"],
        ["tweets.json", "error", "JSON data (an array of 1 item), not an article: quotecheck reads text, Markdown, HTML and mail; skipped"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
