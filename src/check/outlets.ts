/**
 * Outlet names as a comparable key: "The Daily Beast" and "Daily Beast" are one outlet, and so are a
 * wire agency's initials and its full name. The table holds widely used abbreviations only.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  "agence france presse": "afp",
  "agence france-presse": "afp",
  "associated press": "ap",
  "deutsche presse agentur": "dpa",
  "deutsche presse-agentur": "dpa",
  "algemeen nederlands persbureau": "anp",
  "new york times": "nyt",
  "wall street journal": "wsj",
  "washington post": "wapo",
  "british broadcasting corporation": "bbc",
  "thomson reuters": "reuters",
};

export function outletKey(name: string): string {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
  return ABBREVIATIONS[plain] ?? ABBREVIATIONS[plain.replace(/-/g, " ")] ?? plain.replace(/-/g, " ");
}

export const sameOutlet = (a: string, b: string): boolean => outletKey(a) === outletKey(b);
