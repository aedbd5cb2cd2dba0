import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/attribute/index.js";
import { extractQuotes } from "../../src/extract/index.js";
import { undoubledCsvQuotes } from "../../src/ingest/csv-quotes.js";
import { parseDocument } from "../../src/ingest/index.js";
import { HIDDEN } from "../../src/ingest/reflow.js";

const shown = (text: string | null) => (text === null ? null : text.split(HIDDEN).join(""));

describe("undoubledCsvQuotes", () => {
  // [name, text, the text as read (hidden marks left out), or null when it is left as it is]
  const cases: [string, string, string | null][] = [
    ["a cell copied without its own marks", 'The vote passed. ""It is a good day,"" said Ann Lee.', 'The vote passed. "It is a good day," said Ann Lee.'],
    ["a column of cells, a line each", '"The vote passed. ""It is a good day,"" said Ann Lee."\n"Bo Kim said: ""We will see."""\n', 'The vote passed. "It is a good day," said Ann Lee.\nBo Kim said: "We will see."\n'],
    ["a cell over several lines, beside an unquoted one", 'Headline\n"The vote passed.\n\n""It is a good day,"" said Ann Lee."\n', 'Headline\nThe vote passed.\n\n"It is a good day," said Ann Lee.\n'],
    ["a cell that opens on a quote, with CRLF line ends", '"""We will win,"" said Ann Lee."\r\n"Bo Kim ""agreed."""\r\n', '"We will win," said Ann Lee.\r\nBo Kim "agreed."\r\n'],
    ["not: prose with a lone straight mark", 'Some "quote" here and ""doubled"" there ""twice"".', null],
    ["not: a quoted paragraph beside an unquoted line with doubled marks", 'He said:\n\n"We will win."\n\nShe said ""no"" and ""yes"".\n', null],
    ["not: one doubled pair (an empty string)", 'The field defaults to "" when unset, the manual says.', null],
    ["not: a doubled pair and a quoted line", 'Set it to "".\n"We will win," he said.\n', null],
    ["not: a cell that never closes", '"The vote passed. ""It is a good day,"" said Ann Lee.\n', null],
    ["not: markup with an empty attribute", '<tweet pic="" author="jroe">We will win.</tweet>.\nShe said ""no"" and ""yes"".', null],
    ["not: no doubled mark", '"We will win," said Ann Lee.', null],
  ];
  it.each(cases)("%s", (_name, text, read) => {
    const out = undoubledCsvQuotes(text);
    expect(shown(out)).toBe(read);
    if (out !== null) expect(out.length).toBe(text.length); // offsets kept
  });
});

describe("a text copied out of CSV", () => {
  it("gives its quotes whole, credited, with offsets into the file", () => {
    const text = '"The council voted on Monday to fund the bridge. ""This is a good day for the city,"" said Mayor Alicia Ramos after the vote."\n\n"Board president Lee Park said: ""We need the numbers first."""\n';
    const { document, diagnostics } = parseDocument("cells.txt", new TextEncoder().encode(text));
    const a = document.articles[0];
    expect(a.text).toBe('The council voted on Monday to fund the bridge. "This is a good day for the city," said Mayor Alicia Ramos after the vote.\n\nBoard president Lee Park said: "We need the numbers first."');
    const q = a.text.indexOf('"This');
    expect(text.slice(a.sourceOffsets![q], a.sourceOffsets![q] + 6)).toBe('""This');
    expect(diagnostics.map((d) => d.ruleId)).toContain("ingest/csv-quotes");
    const quotes = attributeQuotes(a, extractQuotes(a).candidates).quotes.filter((x) => x.kind === "direct");
    expect(quotes.map((x) => [x.text, x.speaker])).toEqual([
      ["This is a good day for the city,", "Alicia Ramos"],
      ["We need the numbers first.", "Lee Park"],
    ]);
  });
});
