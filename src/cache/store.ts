import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { crc32 } from "node:zlib";
import { fromColumns, toColumns } from "./columns.js";
import { CACHE_FORMAT } from "./engine-version.js";
import { touchEntry } from "./prune.js";

// An entry file: MAGIC, then a 4-byte header length, a JSON header, and the value in columnar form
// (columns.ts), v8-serialised.
const MAGIC = Buffer.from("QCCACHE\n");

export type CacheStats = { hits: number; misses: number; corrupt: number; writes: number; writeErrors: number };

export type Cache = {
  readonly dir: string;
  /** The cached value, or undefined on a miss or an unreadable entry (which a later put rewrites). */
  get(key: string): unknown;
  /** Store atomically (temp file + rename). Failure to write is counted, never thrown. */
  put(key: string, value: unknown): void;
  /**
   * The same, with the file written in the background (the value is encoded at once): a run that
   * fills the cache goes on computing while the disk works. `flush` waits for every such write;
   * `pending` says how many are in flight, so a caller can wait before too many pile up.
   */
  putLater(key: string, value: unknown): void;
  flush(): Promise<void>;
  readonly pending: number;
  readonly stats: CacheStats;
};

/**
 * Key of one input: its content hash plus everything else the parsed result depends on (the path it
 * was given as, since ids derive from it; the depth; the engine fingerprint).
 */
export function cacheKey(parts: { contentSha256: string; id: string; variant: string; engine: string }): string {
  return createHash("sha256")
    .update(`${CACHE_FORMAT}\0${parts.engine}\0${parts.variant}\0${parts.id}\0${parts.contentSha256}`)
    .digest("hex");
}

// Integrity, not security: the entry is ours, and a CRC-32 of the payload catches bit rot and partial
// writes at memory speed (a SHA-1 over a 10k-article report took several times longer).
type Header = { format: number; key: string; length: number; crc32: number };

export function openCache(dir: string): Cache {
  const root = join(dir, `v${CACHE_FORMAT}`);
  const stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, writes: 0, writeErrors: 0 };
  const pathOf = (key: string) => join(root, key.slice(0, 2), `${key}.bin`);
  const tmpOf = (file: string) => `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  // Folders this process made or found: one mkdir each, not one a write.
  const made = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  const writeLater = async (file: string, data: Buffer): Promise<void> => {
    const tmp = tmpOf(file);
    try {
      const sub = dirname(file);
      if (!made.has(sub)) {
        await mkdir(sub, { recursive: true });
        made.add(sub);
      }
      await writeFile(tmp, data);
      await rename(tmp, file);
      stats.writes++;
    } catch {
      stats.writeErrors++;
      await unlink(tmp).catch(() => undefined);
    }
  };
  return {
    dir,
    stats,
    get pending() {
      return inFlight.size;
    },
    putLater(key, value) {
      let data: Buffer;
      try {
        data = encode(key, value);
      } catch {
        stats.writeErrors++;
        return;
      }
      const p = writeLater(pathOf(key), data).finally(() => inFlight.delete(p));
      inFlight.add(p);
    },
    async flush() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
    get(key) {
      let buf: Buffer;
      try {
        buf = readFileSync(pathOf(key));
      } catch {
        stats.misses++;
        return undefined;
      }
      const value = decode(buf, key);
      if (value === undefined) {
        stats.corrupt++;
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      // A hit makes the entry recently used, so pruning drops older ones first.
      touchEntry(pathOf(key));
      return value;
    },
    put(key, value) {
      const file = pathOf(key);
      const tmp = tmpOf(file);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(tmp, encode(key, value));
        renameSync(tmp, file);
        stats.writes++;
      } catch {
        stats.writeErrors++;
        try {
          unlinkSync(tmp);
        } catch {
          // nothing was written
        }
      }
    },
  };
}

function encode(key: string, value: unknown): Buffer {
  const payload = serialize(toColumns(value));
  const header: Header = { format: CACHE_FORMAT, key, length: payload.length, crc32: crc32(payload) };
  const h = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  return Buffer.concat([MAGIC, len, h, payload]);
}

// Anything that is not exactly what encode wrote (truncated, garbled, another version) is a miss.
function decode(buf: Buffer, key: string): unknown {
  try {
    if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const hl = buf.readUInt32LE(MAGIC.length);
    const hs = MAGIC.length + 4;
    if (hs + hl > buf.length) return undefined;
    const header = JSON.parse(buf.subarray(hs, hs + hl).toString("utf8")) as Partial<Header>;
    const payload = buf.subarray(hs + hl);
    if (header.format !== CACHE_FORMAT || header.key !== key || header.length !== payload.length) return undefined;
    if (header.crc32 !== crc32(payload)) return undefined;
    return fromColumns(deserialize(payload));
  } catch {
    return undefined;
  }
}
