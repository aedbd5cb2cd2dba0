import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Bumped when the layout of a cache entry changes (2: columnar values, CRC-32).
export const CACHE_FORMAT = 2;

let memo: string | null = null;

/**
 * A fingerprint of the code that produces cached results: every compiled module of the package
 * (dist/ when built, src/ under tsx or vitest) plus the lockfile when there is one. Any change to
 * ingest or the engine gives new keys, so a cache can never serve results of older rules.
 */
export function engineVersion(): string {
  if (memo) return memo;
  const root = fileURLToPath(new URL("../", import.meta.url));
  const h = createHash("sha256").update(`format ${CACHE_FORMAT}\0`);
  const files: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
      else if (/\.(js|mjs|ts|tsx|json)$/.test(e.name) && !/\.d\.ts$/.test(e.name)) files.push(`${rel}${e.name}`);
    }
  };
  walk(root, "");
  for (const f of files) h.update(f).update("\0").update(readFileSync(join(root, f))).update("\0");
  try {
    h.update(readFileSync(join(root, "..", "package-lock.json")));
  } catch {
    // an installed package has no lockfile; its version is in the code hash above
  }
  memo = h.digest("hex").slice(0, 16);
  return memo;
}
