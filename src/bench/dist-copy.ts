import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";

/** The copy's folder name before mkdtemp's suffix (.gitignore and eslint leave such folders out). */
export const DIST_COPY_PREFIX = ".bench-dist-";

/**
 * Run `fn` with a copy of `dist` (the built code) and the copy's folder as its argument; the copy is
 * removed after whatever `fn` does. The bench's children run from the copy, so a rebuild during the
 * bench (others build in this checkout) can neither mix code versions nor change the cache's engine
 * fingerprint mid-run. The copy is a new folder in `root`, the project's own: packages still resolve
 * from it through root/node_modules. It sat under node_modules/.cache, which in a git worktree whose
 * node_modules links to the main checkout's was the main checkout's folder.
 */
export async function withDistCopy<T>(root: string, dist: string, fn: (copy: string) => Promise<T>): Promise<T> {
  const copy = mkdtempSync(join(root, DIST_COPY_PREFIX));
  try {
    cpSync(dist, join(copy, "dist"), { recursive: true });
    return await fn(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
