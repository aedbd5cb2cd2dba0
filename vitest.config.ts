import { defineConfig } from "vitest/config";

// A test's time limit stops a hang; it measures nothing (speed is `npm run bench`). At vitest's 5 s
// default, tests that take under a second on an idle machine (a fast-check property, the first test
// of a file, which compiles the engine) timed out with 8 agents sharing 2 cores (load 15). Files
// whose tests run the binary or the whole pipeline set more with vi.setConfig.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
