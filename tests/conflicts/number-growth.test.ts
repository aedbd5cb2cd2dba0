import { describe, expect, it } from "vitest";
import { findConflicts } from "../../src/conflicts/index.js";
import { analyse, article, ofKind, quote } from "./fixtures.js";

/**
 * A long live blog in which many witnesses each give their own count of one crowd: every two
 * counts more than 15% apart are a disagreement, so one finding a pair grew with the square of
 * the quotes (a 10 KB dense file gave 14,131 number findings). A reader wants one finding that
 * lists the counts, and every witness still named in it.
 */
const GIVEN = ["Anna", "Piet", "Omar", "Lena", "Tom", "Jane", "Ravi", "Mila", "Ivo", "Sara"];
const FAMILY = ["Vogt", "Kuyper", "Blum", "Roth", "Reyes", "Porter"];

function liveBlog(n: number) {
  const lines: string[] = [];
  const said: { words: string; who: string }[] = [];
  for (let k = 0; k < n; k++) {
    // Exact counts 150, 200, 250 …: only far up do neighbours agree within 15%; most pairs differ.
    const words = `${150 + 50 * k} people marched past the Dornach station,`;
    const who = `${GIVEN[k % GIVEN.length]} ${FAMILY[Math.floor(k / GIVEN.length) % FAMILY.length]}`;
    lines.push(`“${words}” said ${who}.`);
    said.push({ words, who });
  }
  const a = article("blog", "Dornach Live", "2023-09-10", `DORNACH — A march through Dornach. ${lines.join(" ")} Dornach is quiet.`);
  return { articles: [a], quotes: said.map((s) => quote(a, s.words, s.who)) };
}

describe("number findings grow with disagreements, not with pairs", () => {
  it.each([12, 40])("%i witnesses' counts of one crowd make at most one finding each, all witnesses named", (n) => {
    const { articles, quotes } = liveBlog(n);
    const numbers = ofKind(analyse(articles, quotes).findings, "number");
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.length).toBeLessThanOrEqual(quotes.length);
    const named = new Set(numbers.flatMap((f) => f.claims.map((c) => c.speaker)));
    expect(named.size).toBe(n);
  });

  it("a group's explanation lists its counts and says how many more there are", () => {
    const { articles, quotes } = liveBlog(12);
    const [f] = ofKind(analyse(articles, quotes).findings, "number");
    expect(f.explanation).toMatch(/^In Dornach Live, Anna Vogt gives “150 people”, Piet Vogt gives “200 people”/);
    // One outlet for all is named once, not after every speaker.
    expect(f.explanation.split("Dornach Live").length - 1).toBe(1);
    expect(f.explanation).toMatch(/\d+ more/);
    expect(f.claims.length).toBe(12);
  });

  it("three outlets' three tolls are one finding that names each speaker's outlet", () => {
    const told = [
      ["courier", "Daily Courier", "“At least 12 people were killed in the flooding,” Mayor Jane Porter said.", "At least 12 people were killed in the flooding,", "Jane Porter"],
      ["herald", "Valley Herald", "“Three people were killed when the water came,” police chief Tom Reyes said.", "Three people were killed when the water came,", "Tom Reyes"],
      ["post", "Riverton Post", "“Thirty people were killed by the river,” Lena Vogt said.", "Thirty people were killed by the river,", "Lena Vogt"],
    ];
    const articles = told.map(([id, outlet, body]) => article(id, outlet, "2024-04-03", `RIVERTON — The river burst its banks in Riverton overnight. ${body} Officials in Riverton said more rain was expected.`));
    const quotes = told.map(([, , , words, who], k) => quote(articles[k], words, who));
    const numbers = ofKind(analyse(articles, quotes).findings, "number");
    expect(numbers).toHaveLength(1);
    expect(numbers[0].claims.map((c) => c.speaker).sort()).toEqual(["Jane Porter", "Lena Vogt", "Tom Reyes"]);
    expect(numbers[0].explanation).toMatch(/^Jane Porter \(Daily Courier\) gives .*Tom Reyes \(Valley Herald\) gives .*Lena Vogt \(Riverton Post\) gives .*: 3 counts of people/);
  });

  it("two sources that disagree still make one finding of the two, as before", () => {
    const { articles, quotes } = liveBlog(2);
    const numbers = ofKind(analyse(articles, quotes).findings, "number");
    expect(numbers.map((f) => f.claims.map((c) => c.speaker))).toEqual([["Anna Vogt", "Piet Vogt"]]);
    expect(numbers[0].explanation).toMatch(/^Anna Vogt \(Dornach Live\) gives “150 people” where Piet Vogt/);
  });
});

describe("counts the index leaves uncompared", () => {
  it("are told in an info note, not dropped without a word", () => {
    // More counts of one noun in one context than the index compares (MAX_BUCKET, 2,000): a
    // transcript this long is not read quote by quote here, so the claims are built directly.
    const { articles, quotes } = liveBlog(12);
    const big = { articles, quotes: [] as typeof quotes, speakers: [], groups: [] };
    const many = Array.from({ length: 2001 }, (_, k) => ({ ...quotes[k % quotes.length], id: `m${k}`, speaker: `Witness ${k}` }));
    const { diagnostics } = findConflicts({ ...big, quotes: many });
    const note = diagnostics.find((d) => d.ruleId === "conflicts/too-many-counts");
    expect(note?.severity).toBe("info");
    expect(note?.reason).toMatch(/^2001 counts of people were not compared .*“station”/);
  });

  it("are not noted when every key was compared", () => {
    const { articles, quotes } = liveBlog(12);
    expect(findConflicts({ articles, quotes, speakers: [], groups: [] }).diagnostics.filter((d) => d.ruleId === "conflicts/too-many-counts")).toEqual([]);
  });
});
