/** How many files a report names under its title; the rest are counted and left to its Sources. */
export const INPUTS_NAMED = 3;

/**
 * The files named under a report's title and how many more there are: a folder of 84 files put 84
 * paths, 40 lines of them, between the title and the summary. Four are all named ("and 1 more file"
 * would save nothing). The HTML and Markdown reports say it the same way. Pure.
 */
export function inputsNamed(files: readonly string[]): { readonly named: readonly string[]; readonly more: number } {
  return files.length <= INPUTS_NAMED + 1 ? { named: files, more: 0 } : { named: files.slice(0, INPUTS_NAMED), more: files.length - INPUTS_NAMED };
}
