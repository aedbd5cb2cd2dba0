import { readdirSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE_FORMAT } from "./engine-version.js";

/**
 * Keeping the cache bounded. Every run adds entries (one a file, one a whole run, a stat index a set
 * of roots), and an edited corpus leaves its old entries behind, so without pruning the directory
 * only grows. After a run that wrote entries, at most once a day (a marker file's time says when it
 * last ran), the cache drops what can never be read again (other formats' folders, temporary files
 * a crashed write left) and, past the size limit, the least recently used entries (a hit refreshes
 * an entry's time) until it is back under 80% of the limit.
 */

export const DEFAULT_CACHE_MAX_MB = 1024;
const MARKER = "last-prune";
const DAY_MS = 24 * 60 * 60 * 1000;
// A temporary file this old belongs to no running write.
const STALE_TMP_MS = 60 * 60 * 1000;

export type PruneOptions = {
  readonly maxBytes: number;
  /** The clock, for tests. */
  readonly now?: number;
  /** Run even when the marker says the last prune was less than a day ago. */
  readonly force?: boolean;
};

export type PruneResult = {
  /** False when the marker said a prune ran within the day (nothing was looked at). */
  readonly ran: boolean;
  readonly removedEntries: number;
  readonly removedBytes: number;
  /** Bytes of entries left in the current format's folder. */
  readonly keptBytes: number;
};

/** The size limit from QUOTECHECK_CACHE_MAX_MB (megabytes; anything but a positive number means the default). */
export function cacheMaxBytes(env: Readonly<Record<string, string | undefined>>): number {
  const mb = Number(env.QUOTECHECK_CACHE_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_CACHE_MAX_MB) * 1e6;
}

/** Mark an entry as just used, so pruning keeps it over older ones. A failure is of no consequence. */
export function touchEntry(path: string, now = Date.now()): void {
  try {
    const t = new Date(now);
    utimesSync(path, t, t);
  } catch {
    // read-only cache or a concurrent prune: the entry just ages as written
  }
}

type Entry = { readonly path: string; readonly size: number; readonly mtimeMs: number };

const list = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** Prune the cache under `dir` (see above). Never throws: a file another process removed first is skipped. */
export function pruneCache(dir: string, opts: PruneOptions): PruneResult {
  const now = opts.now ?? Date.now();
  const marker = join(dir, MARKER);
  if (!opts.force) {
    try {
      if (now - statSync(marker).mtimeMs < DAY_MS) return { ran: false, removedEntries: 0, removedBytes: 0, keptBytes: 0 };
    } catch {
      // no marker yet: prune now
    }
  }
  let removedEntries = 0;
  let removedBytes = 0;
  const remove = (e: Entry) => {
    try {
      unlinkSync(e.path);
      removedEntries++;
      removedBytes += e.size;
    } catch {
      // already gone
    }
  };
  const current = `v${CACHE_FORMAT}`;
  for (const name of list(dir)) {
    // Other formats' folders: this version never reads them.
    if (/^v\d+$/.test(name) && name !== current) rmSync(join(dir, name), { recursive: true, force: true });
  }
  const entries: Entry[] = [];
  const root = join(dir, current);
  for (const sub of list(root)) {
    for (const name of list(join(root, sub))) {
      const path = join(root, sub, name);
      let size: number;
      let mtimeMs: number;
      try {
        const s = statSync(path);
        if (!s.isFile()) continue;
        size = s.size;
        mtimeMs = s.mtimeMs;
      } catch {
        continue;
      }
      if (name.endsWith(".tmp")) {
        if (now - mtimeMs > STALE_TMP_MS) remove({ path, size, mtimeMs });
      } else if (name.endsWith(".bin")) entries.push({ path, size, mtimeMs });
    }
  }
  let total = entries.reduce((n, e) => n + e.size, 0);
  if (total > opts.maxBytes) {
    // Least recently used first; the same time goes by path, so the order is the same every run.
    entries.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.path < b.path ? -1 : 1));
    const target = opts.maxBytes * 0.8;
    for (const e of entries) {
      if (total <= target) break;
      remove(e);
      total -= e.size;
    }
  }
  try {
    writeFileSync(marker, `${new Date(now).toISOString()}\n`);
    const t = new Date(now);
    utimesSync(marker, t, t);
  } catch {
    // a read-only cache: prune again next time
  }
  return { ran: true, removedEntries, removedBytes, keptBytes: total };
}
