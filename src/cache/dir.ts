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

/** The cache is on unless --no-cache or QUOTECHECK_NO_CACHE=1 says otherwise. */
export function cacheEnabled(env: Env, noCacheFlag: boolean | undefined): boolean {
  if (noCacheFlag) return false;
  const v = env.QUOTECHECK_NO_CACHE;
  return !(v && v !== "0" && v.toLowerCase() !== "false");
}
