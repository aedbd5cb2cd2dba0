/**
 * The appositive after a source is its role only when it reads as one. Some commas after a source
 * open something else: a discourse word ("Cruz, meanwhile, said"), a list or an example ("Several
 * outlets, including the Gazette, reported"), a clause ("…, even as turnout fell, …"), a count
 * ("A third of voters, 33%, said"), a place or party tag ("Concord, N.H.", "R-S.C."). Those stay in
 * the source as written but are not given as the speaker's role.
 */

// Words that open an aside, a list or a clause, never a description of who someone is. ("Then"
// opens a past role, "then ambassador to Israel"; "also" a repeated one, "also a candidate".)
const NOT_ROLE_OPENERS: ReadonlySet<string> = new Set([
  "however", "meanwhile", "though", "although", "but", "and", "or", "yet", "so", "even", "because", "since",
  "including", "along", "like", "unlike", "such", "for", "in", "on", "at", "after", "before", "during", "only",
  "about", "hours", "days", "weeks", "months", "years", "where", "when", "while", "as", "if", "something",
  "indeed", "instead", "moreover", "nevertheless", "nonetheless", "therefore", "thus", "perhaps", "too", "still",
]);

// A count or share alone: "33%", "26 percent", "about two-thirds", "2013".
const COUNT_ONLY = /^(?:about |nearly |almost |roughly |some |just |over |under )?[\d.,/%-]*\d[\d.,/%-]*(?: percent)?$/;

/** The role as written, or null when the appositive is no role (see above). */
export function roleAsWritten(written: string): string | null {
  const first = /^[^\s,]+/.exec(written)?.[0].toLowerCase() ?? "";
  if (NOT_ROLE_OPENERS.has(first)) return null;
  if (COUNT_ONLY.test(written)) return null;
  // Two letters in a row ("CEO" has them): "N.H.", "R-S.C." and "--" have none.
  if (!/\p{L}{2}/u.test(written)) return null;
  // Cut off in a dash ("reading from a teleprompter --"): a fragment, not a role.
  if (/(?:--|—|–)\s*$/.test(written)) return null;
  return written;
}
