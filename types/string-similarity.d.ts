// string-similarity ships no types; these cover the two functions we use.
declare module "string-similarity" {
  export function compareTwoStrings(first: string, second: string): number;
  export function findBestMatch(
    mainString: string,
    targetStrings: readonly string[],
  ): { ratings: { target: string; rating: number }[]; bestMatch: { target: string; rating: number }; bestMatchIndex: number };
  const _default: { compareTwoStrings: typeof compareTwoStrings; findBestMatch: typeof findBestMatch };
  export default _default;
}
