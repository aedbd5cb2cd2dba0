import { fileURLToPath } from "node:url";
import { nameOf } from "./adversarial.js";

/*
 * A dense input for memory measurements: one plain-text file of short paragraphs, each a direct quote
 * with its cue and a named speaker (a thousand names, so the name registry grows as in a large story; the words differ in every quote),
 * about 55 bytes a quote (49 MB is some 890k quotes). Reproducible: the same bytes for the same size.
 *   node dist/bench/dense.js MB > dense.txt
 */

/** One paragraph: a quote, a cue and a speaker; `i` varies the words and the name. */
export const denseParagraph = (i: number): string => `“We won the vote in ${i} towns,” ${nameOf(i % 1000)} said.\n\n`;

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
