/**
 * A columnar form of a JSON-like value, for the cache. A report of 10k articles is millions of
 * small objects holding a few hundred thousand distinct strings; v8.serialize writes every string
 * and every property name again for each object, and reading it back took seconds. Here every value
 * of one kind is gathered, level by level, into one column: numbers into typed arrays, strings into
 * indices of one table of distinct strings, objects of one shape (the same keys in the same order)
 * into one column a key, arrays into lengths plus one column of all their items. Reading it back
 * builds each shape's objects in one loop, so they share a hidden class and are made at memory
 * speed. Key order, null vs undefined vs a missing key, -0 and integer vs double all come back as
 * they were; anything else (typed arrays, Dates, Maps, objects with another prototype) is kept as
 * is for v8.serialize, which stores typed arrays as raw bytes.
 */

// Kinds of value, one tag each.
const NULL = 0;
const UNDEF = 1;
const FALSE = 2;
const TRUE = 3;
const INT = 4;
const NUM = 5;
const STR = 6;
const ARR = 7;
const OBJ = 8;
const RAW = 9;
const KINDS = 10;
// Not a kind of value but a column of strings and nulls (a quote's role, mention, cue...): one
// index a value, NONE for null, so it is read without a tag array.
const STR_OR_NULL = 10;
const NONE = 0xffffffff;

// Structure nests (a report is about six levels deep); a deeper value is refused, never recursed into
// without end (a cycle would otherwise be followed forever).
const MAX_DEPTH = 64;

type Shape = { readonly keys: readonly string[]; readonly cols: readonly Col[] };

/** One column: `n` values, one tag each (or one tag for all), and the values of each kind. */
type Col = {
  readonly n: number;
  readonly tag: number | Uint8Array;
  readonly ints?: Int32Array;
  readonly nums?: Float64Array;
  readonly strs?: Uint32Array;
  readonly lens?: Uint32Array;
  readonly items?: Col;
  readonly shapeOf?: number | Uint32Array;
  readonly shapes?: readonly Shape[];
  readonly raw?: readonly unknown[];
};

/**
 * The distinct strings are stored as one string and where each ends: read back, that is one large
 * allocation (outside the young generation, so the collector never copies it) and each string is a
 * slice of it, instead of a few hundred thousand strings, most of them article texts, that the
 * young-generation collector would copy twice.
 */
export type Columnar = { readonly text: string; readonly ends: Uint32Array; readonly root: Col };

const isPlainObject = (v: object): boolean => Object.getPrototypeOf(v) === Object.prototype;

function tagOf(v: unknown): number {
  switch (typeof v) {
    case "string":
      return STR;
    case "number":
      return (v | 0) === v && !Object.is(v, -0) ? INT : NUM;
    case "boolean":
      return v ? TRUE : FALSE;
    case "undefined":
      return UNDEF;
    case "object":
      if (v === null) return NULL;
      if (Array.isArray(v)) return ARR;
      return isPlainObject(v) ? OBJ : RAW;
    default:
      return RAW; // bigint; functions and symbols make v8.serialize refuse the entry, as before
  }
}

const sameKeys = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** The columnar form of `value`. Throws on a value nested deeper than MAX_DEPTH (or a cycle). */
export function toColumns(value: unknown): Columnar {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const sid = (s: string) => {
    let i = ids.get(s);
    if (i === undefined) {
      i = strings.length;
      ids.set(s, i);
      strings.push(s);
    }
    return i;
  };

  const column = (vals: readonly unknown[], depth: number): Col => {
    if (depth > MAX_DEPTH) throw new Error(`value nested more than ${MAX_DEPTH} levels deep`);
    const n = vals.length;
    const tags = new Uint8Array(n);
    const count = new Array<number>(KINDS).fill(0);
    for (let i = 0; i < n; i++) count[(tags[i] = tagOf(vals[i]))]++;
    const ints = count[INT] ? new Int32Array(count[INT]) : undefined;
    const nums = count[NUM] ? new Float64Array(count[NUM]) : undefined;
    const strs = count[STR] ? new Uint32Array(count[STR]) : undefined;
    const lens = count[ARR] ? new Uint32Array(count[ARR]) : undefined;
    const items: unknown[] = [];
    const shapeOf = count[OBJ] ? new Uint32Array(count[OBJ]) : undefined;
    const shapeKeys: string[][] = [];
    const shapeRows: unknown[][][] = [];
    const shapeIndex = new Map<string, number[]>();
    const raw: unknown[] = [];
    let ni = 0;
    let nn = 0;
    let ns = 0;
    let na = 0;
    let no = 0;
    let last = -1;
    const shapeFor = (keys: string[]): number => {
      if (last >= 0 && sameKeys(keys, shapeKeys[last])) return last;
      const sig = keys.join("\u0000");
      const candidates = shapeIndex.get(sig) ?? [];
      let s = candidates.find((c) => sameKeys(keys, shapeKeys[c]));
      if (s === undefined) {
        s = shapeKeys.length;
        shapeKeys.push(keys);
        shapeRows.push(keys.map(() => []));
        shapeIndex.set(sig, [...candidates, s]);
      }
      return (last = s);
    };
    for (let i = 0; i < n; i++) {
      const v = vals[i];
      switch (tags[i]) {
        case INT:
          ints![ni++] = v as number;
          break;
        case NUM:
          nums![nn++] = v as number;
          break;
        case STR:
          strs![ns++] = sid(v as string);
          break;
        case ARR: {
          const a = v as readonly unknown[];
          lens![na++] = a.length;
          for (let k = 0; k < a.length; k++) items.push(a[k]);
          break;
        }
        case OBJ: {
          const o = v as Record<string, unknown>;
          const keys = Object.keys(o);
          const s = shapeFor(keys);
          shapeOf![no++] = s;
          const rows = shapeRows[s];
          for (let k = 0; k < keys.length; k++) rows[k].push(o[keys[k]]);
          break;
        }
        case RAW:
          raw.push(v);
          break;
      }
    }
    const kinds = count.filter((c) => c > 0).length;
    if (kinds === 2 && count[NULL] && strs) {
      const both = new Uint32Array(n);
      for (let i = 0, k = 0; i < n; i++) both[i] = tags[i] === STR ? strs[k++] : NONE;
      return { n, tag: STR_OR_NULL, strs: both };
    }
    const col: { -readonly [K in keyof Col]: Col[K] } = { n, tag: kinds <= 1 ? (n ? tags[0] : NULL) : tags };
    if (ints) col.ints = ints;
    if (nums) col.nums = nums;
    if (strs) col.strs = strs;
    if (lens) {
      col.lens = lens;
      col.items = column(items, depth + 1);
    }
    if (shapeOf) {
      col.shapeOf = shapeKeys.length === 1 ? 0 : shapeOf;
      col.shapes = shapeKeys.map((keys, s) => ({ keys, cols: shapeRows[s].map((rows) => column(rows, depth + 1)) }));
    }
    if (raw.length) col.raw = raw;
    return col;
  };

  const root = column([value], 0);
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((t, i) => (ends[i] = end += t.length));
  return { text: strings.join(""), ends, root };
}

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`malformed columnar value: ${what}`);
};

/**
 * How a shape's builder reads one key's column: a constant, an index into the string table (or
 * NONE for null), a typed array of numbers, or values already built (objects, arrays, mixed kinds).
 * Reading strings and numbers straight from their typed arrays saves building an array a column.
 */
type Access =
  | { readonly kind: "const"; readonly value: null | undefined | boolean }
  | { readonly kind: "str" | "strOrNull"; readonly idx: Uint32Array }
  | { readonly kind: "num"; readonly arr: Int32Array | Float64Array }
  | { readonly kind: "vals"; readonly arr: readonly unknown[] };

type Builder = (cols: readonly unknown[], table: readonly string[], n: number) => object[];
const builders = new Map<string, Builder>();

const read = (a: Access, j: number): string => {
  switch (a.kind) {
    case "const":
      return String(a.value);
    case "str":
      return `t[c${j}[i]]`;
    case "strOrNull":
      return `((x = c${j}[i]) === ${NONE} ? null : t[x])`;
    default:
      return `c${j}[i]`;
  }
};

/**
 * A function that builds `n` objects of one shape from its columns. It is generated for the shape
 * and the way each column is read (an object literal with the keys in order), so V8 gives every
 * object the same hidden class at once and can allocate them straight into the old generation; a
 * generic loop assigning `o[key]` was several times slower. Keys are written as JSON string
 * literals, so no key can be read as code; a shape with "__proto__" (which a literal would take for
 * a prototype) is built with defineProperty instead.
 */
function builderFor(keys: readonly string[], access: readonly Access[]): Builder {
  const sig = JSON.stringify(keys) + access.map((a) => (a.kind === "const" ? String(a.value) : a.kind)).join(",");
  let b = builders.get(sig);
  if (b) return b;
  if (keys.includes("__proto__") || keys.length > 200) {
    b = (cols, t, n) => {
      const vals = access.map((a) => materialise(a, t, n));
      const out = new Array<object>(n);
      for (let i = 0; i < n; i++) {
        const o = {};
        for (let k = 0; k < keys.length; k++) Object.defineProperty(o, keys[k], { value: vals[k][i], enumerable: true, writable: true, configurable: true });
        out[i] = o;
      }
      return out;
    };
  } else {
    const literal = keys.map((k, j) => `${JSON.stringify(k)}: ${read(access[j], j)}`).join(", ");
    const locals = keys.map((_, j) => `const c${j} = cols[${j}];`).join(" ");
    b = new Function("cols", "t", "n", `${locals} let x = 0; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = {${literal}}; return out;`) as Builder;
  }
  builders.set(sig, b);
  return b;
}

const columnOf = (a: Access): unknown => (a.kind === "const" ? null : a.kind === "vals" || a.kind === "num" ? a.arr : a.idx);

function materialise(a: Access, t: readonly string[], n: number): readonly unknown[] {
  switch (a.kind) {
    case "const":
      return new Array(n).fill(a.value);
    case "num":
      return Array.from(a.arr);
    case "vals":
      return a.arr;
    default: {
      const out = new Array<string | null>(n);
      const idx = a.idx;
      for (let i = 0; i < n; i++) out[i] = idx[i] === NONE ? null : t[idx[i]];
      return out;
    }
  }
}

/** Undo toColumns. Throws when `c` is not a well-formed columnar value. */
export function fromColumns(c: unknown): unknown {
  check(typeof c === "object" && c !== null, "not an object");
  const { text, ends, root } = c as Partial<Columnar>;
  check(typeof text === "string" && ends instanceof Uint32Array && typeof root === "object" && root !== null, "no string table or root");
  const table = new Array<string>(ends!.length);
  for (let i = 0, start = 0; i < table.length; i++) {
    const end = ends![i];
    check(end >= start && end <= text!.length, "string table");
    table[i] = text!.slice(start, end);
    start = end;
  }

  const stringIndices = (s: unknown, n: number, nullable: boolean): Uint32Array => {
    check(s instanceof Uint32Array && s.length === n, "strings");
    const idx = s as Uint32Array;
    for (let i = 0; i < n; i++) check(idx[i] < table.length || (nullable && idx[i] === NONE), "string index");
    return idx;
  };

  const access = (col: Col, n: number): Access => {
    check(typeof col === "object" && col !== null && col.n === n, "column length");
    const tag = col.tag;
    if (typeof tag === "number") return uniform(col, tag, n);
    check(tag instanceof Uint8Array && tag.length === n, "tags");
    const count = new Array<number>(KINDS).fill(0);
    for (let i = 0; i < n; i++) {
      check(tag[i] < KINDS, "tag");
      count[tag[i]]++;
    }
    const parts = count.map((m, t) => (m && t >= INT ? materialise(uniform(col, t, m), table, m) : null));
    const at = new Array<number>(KINDS).fill(0);
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const t = tag[i];
      out[i] = t === NULL ? null : t === UNDEF ? undefined : t === FALSE ? false : t === TRUE ? true : parts[t]![at[t]++];
    }
    return { kind: "vals", arr: out };
  };

  const uniform = (col: Col, tag: number, n: number): Access => {
    switch (tag) {
      case NULL:
        return { kind: "const", value: null };
      case UNDEF:
        return { kind: "const", value: undefined };
      case FALSE:
      case TRUE:
        return { kind: "const", value: tag === TRUE };
      case INT:
      case NUM: {
        const a = tag === INT ? col.ints : col.nums;
        check((tag === INT ? a instanceof Int32Array : a instanceof Float64Array) && a!.length === n, "numbers");
        return { kind: "num", arr: a! };
      }
      case STR:
      case STR_OR_NULL:
        return { kind: tag === STR ? "str" : "strOrNull", idx: stringIndices(col.strs, n, tag === STR_OR_NULL) };
      case ARR: {
        const lens = col.lens;
        check(lens instanceof Uint32Array && lens.length === n && col.items !== undefined, "array lengths");
        let total = 0;
        for (let i = 0; i < n; i++) total += lens![i];
        const items = materialise(access(col.items!, total), table, total);
        const out = new Array<unknown[]>(n);
        for (let i = 0, p = 0; i < n; i++) {
          const len = lens![i];
          out[i] = items.slice(p, p + len);
          p += len;
        }
        return { kind: "vals", arr: out };
      }
      case OBJ:
        return { kind: "vals", arr: objects(col, n) };
      case RAW:
        check(Array.isArray(col.raw) && col.raw.length === n, "raw values");
        return { kind: "vals", arr: col.raw! };
      default:
        throw new Error(`malformed columnar value: tag ${tag}`);
    }
  };

  const objects = (col: Col, n: number): object[] => {
    const shapes = col.shapes;
    check(Array.isArray(shapes) && shapes.length > 0, "shapes");
    const build = (s: Shape, m: number) => {
      check(Array.isArray(s.keys) && Array.isArray(s.cols) && s.keys.length === s.cols.length && s.keys.every((k) => typeof k === "string"), "shape");
      const acc = s.cols.map((c) => access(c, m));
      return builderFor(s.keys, acc)(acc.map(columnOf), table, m);
    };
    const shapeOf = col.shapeOf;
    if (typeof shapeOf === "number") {
      check(shapeOf === 0 && shapes!.length === 1, "one shape");
      return build(shapes![0], n);
    }
    check(shapeOf instanceof Uint32Array && shapeOf.length === n, "shape ids");
    const count = new Array<number>(shapes!.length).fill(0);
    for (let i = 0; i < n; i++) {
      check(shapeOf![i] < shapes!.length, "shape id");
      count[shapeOf![i]]++;
    }
    const built = shapes!.map((s, k) => build(s, count[k]));
    const at = new Array<number>(shapes!.length).fill(0);
    const out = new Array<object>(n);
    for (let i = 0; i < n; i++) {
      const s = shapeOf![i];
      out[i] = built[s][at[s]++];
    }
    return out;
  };

  return materialise(access(root as Col, 1), table, 1)[0];
}
