/**
 * JSON.stringify(value, null, 2), in pieces: the top-level object or array, and the arrays and
 * objects in it down to `depth` levels, are written a member at a time, each member deeper than that
 * by JSON.stringify itself. The report of one dense 49 MB story (some 870k quotes) was a JSON text
 * of over a billion characters as one string, past V8's longest (about 537 million): the report
 * failed; in pieces each quote is a short string, written and dropped.
 *
 * The pieces join to exactly JSON.stringify's text: members whose value JSON leaves out (undefined,
 * a function, a symbol) are left out of an object and null in an array, and a value with toJSON is
 * written whole by JSON.stringify. A member's text is indented to its depth by putting the indent
 * after each of its line feeds: JSON.stringify escapes every line feed inside a string, so each one
 * it writes is between members.
 */
export function* jsonChunks(value: unknown, depth = 2, indent = ""): Generator<string> {
  // A streamed array at any depth: JSON.stringify would write it as {}.
  if (isStreamed(value)) {
    yield* arrayChunks(value[STREAMED](), value[DEPTH] ?? depth, indent);
    return;
  }
  if (depth <= 0 || value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const text = JSON.stringify(value, null, 2);
    yield indent && text.includes("\n") ? text.replaceAll("\n", `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}${STEP}`;
  if (Array.isArray(value)) {
    yield* arrayChunks(value, depth, indent);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !leftOut(v));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  for (const [i, [k, v]] of entries.entries()) {
    yield `${i ? "," : "{"}\n${inner}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, depth - 1, inner);
  }
  yield `\n${indent}}`;
}

/** An array's members one after another, each as jsonChunks writes it one level deeper. */
function* arrayChunks(items: Iterable<unknown>, depth: number, indent: string): Generator<string> {
  const inner = `${indent}${STEP}`;
  let i = 0;
  for (const v of items) {
    yield `${i++ ? "," : "["}\n${inner}`;
    if (leftOut(v)) yield "null";
    else yield* jsonChunks(v, depth - 1, inner);
  }
  yield i ? `\n${indent}]` : "[]";
}

const STREAMED = Symbol("streamed");
const DEPTH = Symbol("depth");

/**
 * An array jsonChunks writes a member at a time, each made (by `map`) only when it is written: the
 * JSON report's quotes carry their chain, flags and findings, and made up front for the 870k quotes
 * of a dense story they were a second copy of every quote held at once. Deeper than jsonChunks
 * goes, JSON.stringify writes it through toJSON, as the array made whole. `depth`, when given, is
 * how many levels of it jsonChunks writes in pieces (as its own `depth`) wherever it stands: an
 * article's paragraphs, 870k spans in a dense story, were one string with its text, and another
 * copy of it for the indent.
 */
export type Streamed = { readonly [STREAMED]: () => Iterable<unknown>; readonly [DEPTH]?: number; readonly toJSON: () => unknown[] };

export function streamed<T>(items: Iterable<T>, map: (item: T) => unknown, depth?: number): Streamed {
  function* members() {
    for (const item of items) yield map(item);
  }
  return { [STREAMED]: members, ...(depth === undefined ? {} : { [DEPTH]: depth }), toJSON: () => [...members()] };
}

const isStreamed = (v: unknown): v is Streamed => typeof v === "object" && v !== null && STREAMED in v;

/** One level of indent, as JSON.stringify(…, null, 2) writes it. */
const STEP = "  ";

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const leftOut = (v: unknown): boolean => v === undefined || typeof v === "function" || typeof v === "symbol";

/**
 * Pieces joined into strings of at least `size` characters (the last may be shorter): a write each
 * piece (two a quote) would be millions of small writes.
 */
export function* joinedUpTo(pieces: Iterable<string>, size: number): Generator<string> {
  let held: string[] = [];
  let length = 0;
  for (const p of pieces) {
    held.push(p);
    length += p.length;
    if (length >= size) {
      yield held.join("");
      held = [];
      length = 0;
    }
  }
  if (held.length) yield held.join("");
}
