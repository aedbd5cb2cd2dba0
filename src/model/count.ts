/**
 * "1 quote", "2 quotes": a count with its noun, for the one-line summaries and messages every stage
 * writes. Regular plurals only; a noun that is not regular ("info", "disputed") is written out.
 */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
