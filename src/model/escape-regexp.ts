/**
 * `s` with every character a regular expression reads as syntax escaped, so a name, an outlet or a
 * run of quoted words can stand as a literal inside a pattern built at run time.
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
