import { createHash } from "node:crypto";
import { statSync, type BigIntStats } from "node:fs";
import { resolve } from "node:path";
import { cacheKey, type Cache } from "./store.js";

/**
 * A file's stat is trusted only when it was last changed this long before it was taken. A write in
 * the same clock tick as an earlier one can leave size, mtime and ctime as they were (file times
 * have the kernel's coarse clock; a network file system has the server's), so a file changed just
 * before or while it was hashed is hashed again next time, as git does with "racy" index entries.
 */
export const SETTLE_MS = 2000;

/** What the previous run saw of one file: where, its stat, and the SHA-256 of its bytes. */
type Seen = { readonly path: string; readonly stat: string; readonly sha256: string };

export type HashedFiles = {
  /** SHA-256 (hex) of each path's bytes, in the order given. */
  readonly hashes: string[];
  /** How many files had to be read and hashed (the others matched their recorded stat). */
  readonly read: number;
};

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

// Device, inode, size, mtime and ctime in nanoseconds: a write changes ctime, which no user call can
// set back, and a file replaced by rename is another inode.
const signature = (s: BigIntStats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

const indexKey = (roots: readonly string[]) =>
  cacheKey({ contentSha256: sha256(Buffer.from(JSON.stringify(roots.map((r) => resolve(r))))), id: "(file hashes)", variant: "stat", engine: "-" });

function asIndex(v: unknown): Map<string, Seen> {
  const m = new Map<string, Seen>();
  if (!Array.isArray(v)) return m;
  for (const r of v as unknown[]) {
    const s = r as Partial<Seen> | null;
    if (s && typeof s.path === "string" && typeof s.stat === "string" && typeof s.sha256 === "string") m.set(s.path, s as Seen);
  }
  return m;
}

/**
 * Content hashes of the files under `roots`, reading a file only when its stat (device, inode,
 * size, mtime, ctime) differs from the one recorded with its hash by an earlier run, or was too
 * recent to trust (SETTLE_MS), or it is over `maxBytes` (so that
 * `read` refuses it as it would without the index). The record, one cache entry for these roots,
 * is rewritten when anything in it changed. Errors of `read` are passed on. Null, that path left
 * unread, when a path is not a regular file (a pipe or a device: its bytes can be read only once).
 */
export async function contentHashes(
  cache: Cache,
  roots: readonly string[],
  paths: readonly string[],
  read: (path: string) => Promise<Uint8Array>,
  maxBytes: number,
  now: number = Date.now(),
): Promise<HashedFiles | null> {
  const key = indexKey(roots);
  const before = asIndex(cache.get(key));
  const settled = BigInt(Math.floor(now - SETTLE_MS)) * 1_000_000n;
  const records = new Map<string, Seen>();
  const hashes: string[] = [];
  let reads = 0;
  let changed = false;
  for (const p of paths) {
    const abs = resolve(p);
    let st: BigIntStats | undefined;
    try {
      st = statSync(p, { bigint: true });
    } catch {
      st = undefined; // read says why
    }
    // A pipe or a device named on the command line (`<(curl …)`, /dev/stdin) can be read once: read
    // here for its hash, the run would find it empty. Such a run has no content key.
    if (st !== undefined && !st.isFile()) return null;
    const usable = st !== undefined && st.size <= BigInt(maxBytes);
    const sig = usable ? signature(st!) : null;
    const prev = before.get(abs);
    let sha: string;
    // The stat is taken before the bytes are read: a write in between gives the next run another
    // stat, never this stat with these old bytes.
    if (sig !== null && prev?.stat === sig) sha = prev.sha256;
    else {
      sha = sha256(await read(p));
      reads++;
    }
    hashes.push(sha);
    if (sig !== null && st!.mtimeNs < settled && st!.ctimeNs < settled) {
      records.set(abs, { path: abs, stat: sig, sha256: sha });
      if (prev?.stat !== sig || prev.sha256 !== sha) changed = true;
    } else if (prev) changed = true;
  }
  if (changed || records.size !== before.size) cache.put(key, [...records.values()]);
  return { hashes, read: reads };
}
