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

/** Words an outlet's name may add after the name a file is saved under ("Breitbart News"). */
const OUTLET_NOUNS = new Set(["news", "online", "magazine", "daily", "network", "radio", "tv", "television", "newspaper"]);

/**
 * The words a saved file's name opens with, before its date or title: "nyt_2016-09-16_tax.txt",
 * "wash-post_2016-01-31_….txt", "usa-today-2016-06-10.html"; `dated` when a date follows them at
 * once (a plain word such as "time" names an outlet only so). Null when the name opens with a date
 * or a digit, or is one word alone ("politico.txt").
 */
export function fileNameLead(documentId: string): { readonly words: readonly string[]; readonly dated: boolean } | null {
  const base = documentId.replace(/^.*[\\/]/, "").toLowerCase();
  const m = /^([a-z]+(?:-[a-z]+)*?)(?:[_ ]|-(?=\d))/.exec(base);
  return m ? { words: m[1].split("-"), dated: /^(?:19|20)\d\d/.test(base.slice(m[0].length)) } : null;
}

/**
 * Whether a file's name says it was saved from `outlet`: its opening words are the outlet's words
 * or their beginnings ("wash-post" for The Washington Post, "huff-post" for The Huffington Post,
 * "usa-today"), its initials ("nyt"), or its first word before a word such as "News" ("breitbart"
 * for Breitbart News). Weak evidence: the name is whatever the fact-checker saved it as.
 */
export function fileNameNamesOutlet(documentId: string, outlet: string): boolean {
  const slug = fileNameLead(documentId)?.words;
  if (!slug) return false;
  const words = outletKey(outlet).replace(/-/g, " ").split(" ").filter(Boolean);
  const full = outlet.toLowerCase().replace(/^the /, "").replace(/[’'`.]/g, "").split(/[\s-]+/).filter(Boolean);
  if (slug.length === 1 && (slug[0] === full.map((w) => w[0]).join("") || slug[0] === words.join(""))) return true;
  const begins = (s: string, w: string) => w === s || (s.length >= 3 && w.startsWith(s));
  if (slug.length === full.length && slug.every((s, i) => begins(s, full[i]))) return true;
  return slug.length < full.length && slug.every((s, i) => begins(s, full[i])) && full.slice(slug.length).every((w) => OUTLET_NOUNS.has(w));
}
