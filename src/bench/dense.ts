import { fileURLToPath } from "node:url";
import { nameOf } from "./adversarial.js";

/*
 * A dense input for memory measurements: one plain-text file of short paragraphs, each a direct quote
 * with its cue and a named speaker (a thousand names, so the name registry grows as in a large story; the words differ in every quote),
 * about 55 bytes a quote (49 MB is some 890k quotes). Reproducible: the same bytes for the same size.
 * One paragraph in four quotes an earlier one's words again (quote groups, below).
 *   node dist/bench/dense.js MB > dense.txt
 */

/**
 * One paragraph: a quote, a cue and a speaker; `i` varies the words and the name. Each quote's
 * number makes its words its own, so past a few hundred quotes no two were alike and the grouping
 * stage (align/groups.ts) had nothing to group: its cost went unmeasured. So of every eight, the
 * fourth says the second's words again with two added (an altered quote) and the eighth the sixth's
 * word for word ("said again"), each by the same speaker: a group of two a repeat, as a story that
 * repeats a line gives, one quote in four in a group.
 */
export function denseParagraph(i: number): string {
  const again = i % 4 === 3 ? i - 2 : i;
  const words = `We won the vote in ${again} towns${i % 8 === 3 ? " and cities" : ""}`;
  return `“${words},” ${nameOf(again % 1000)} said${i % 8 === 7 ? " again" : ""}.\n\n`;
}

/** Paragraphs until about `bytes` UTF-8 bytes (at least one). */
export function denseText(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes || i === 0; i++) {
    const p = denseParagraph(i);
    out.push(p);
    size += Buffer.byteLength(p);
  }
  return out.join("");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mb = Number(process.argv[2]);
  if (!(mb > 0)) throw new Error("usage: node dist/bench/dense.js MB > file.txt");
  process.stdout.write(denseText(mb * 1e6));
}
