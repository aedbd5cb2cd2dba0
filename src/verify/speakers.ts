import { foldWord } from "./tokens.js";

// Titles and name particles that do not tell people apart ("Mr. Homsi" is Khaled al-Homsi).
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "gen", "general", "col", "colonel", "sheikh", "president", "minister", "sir", "lord", "the"]);
const PARTICLE = /^(al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu|van|von|de|da|di|du|la|le)-/;

export function nameParts(name: string): string[] {
  return name
    .split(/[\s,]+/)
    .map((w) => foldWord(w).replace(/[.'’]/g, "").replace(PARTICLE, ""))
    .filter((w) => w && !TITLES.has(w));
}

/**
 * Whether two speaker names can be the same person: the same surname, or a lone name that is one of
 * the other's names. "Khaled Omran" and "Khaled al-Homsi" share only a first name, so they differ.
 */
export function sameSpeaker(a: string, b: string): boolean {
  const x = nameParts(a);
  const y = nameParts(b);
  if (!x.length || !y.length) return false;
  if (x.join(" ") === y.join(" ")) return true;
  if (x[x.length - 1] === y[y.length - 1]) return true;
  // A lone name ("Ahmed", "Omran") may be either of a full name's parts.
  if (x.length === 1) return y.includes(x[0]);
  if (y.length === 1) return x.includes(y[0]);
  return false;
}

/** The speaker's surname (or single name), to look for in a source's text near a match. */
export function surname(name: string): string | null {
  const p = nameParts(name);
  return p.length ? p[p.length - 1] : null;
}
