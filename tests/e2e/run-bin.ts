import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = `${ROOT}bin/quotecheck`;

/** The built binary must exist: end-to-end tests run what users run, after `npm run build`. */
export function requireBuild(): void {
  if (!existsSync(`${ROOT}dist/cli/main.js`)) throw new Error("dist/ is missing: run `npm run build` before the end-to-end tests");
}

export type BinResult = { code: number | null; stdout: string; stderr: string };

export function quotecheck(args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): BinResult {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, encoding: "utf8", input: opts.input ?? "", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
