import { homedir } from "node:os";
import { join } from "node:path";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where parsed results are kept: $QUOTECHECK_CACHE_DIR, else $XDG_CACHE_HOME/quotecheck, else
 * ~/.cache/quotecheck (the XDG default, which is also what Linux desktops clean).
 */
export function cacheDir(env: Env): string {
  if (env.QUOTECHECK_CACHE_DIR) return env.QUOTECHECK_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "quotecheck");
  return join(env.HOME || homedir(), ".cache", "quotecheck");
}

// Values of QUOTECHECK_NO_CACHE that say "no": QUOTECHECK_NO_CACHE=no (or off) turned the cache
// off, the opposite of what it says. Anything else set (1, yes, true, on) turns it off.
const SAYS_NO: ReadonlySet<string> = new Set(["", "0", "false", "no", "off", "n"]);

/** The cache is on unless --no-cache or QUOTECHECK_NO_CACHE=1 says otherwise. */
export function cacheEnabled(env: Env, noCacheFlag: boolean | undefined): boolean {
  if (noCacheFlag) return false;
  const v = env.QUOTECHECK_NO_CACHE;
  return v === undefined || SAYS_NO.has(v.trim().toLowerCase());
}
