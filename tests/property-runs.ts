/**
 * How many cases a fast-check property runs: QUOTECHECK_FUZZ_RUNS when set (`npm run fuzz`, or a
 * longer run by hand), else the test's own number.
 */
export const fuzzRuns = (byDefault: number): number => Number(process.env.QUOTECHECK_FUZZ_RUNS ?? byDefault);

/**
 * A property test's time limit, grown with its runs: a guard against a hang, never a measure. At
 * vitest's 5 s default a 2,000-run property timed out on a machine at load 15; on an idle machine
 * each run takes well under a millisecond, and `msPerRun` leaves room for a slower property.
 */
export const propertyTimeout = (runs: number, msPerRun = 20): number => Math.max(60_000, runs * msPerRun);
