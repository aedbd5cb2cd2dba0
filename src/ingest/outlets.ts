import { escapeRegExp, type OutletEvidence } from "../model/index.js";
import { fileNameLead } from "../model/outlet-names.js";
import { isDateLine } from "./dates.js";

/**
 * Known outlets: the names a text uses for them, their web domains, whether they are wire agencies
 * (whose words other outlets relay, so "told AFP" in an article says little about who published it),
 * and house date-line styles that identify a page copied without its masthead. The table is general
 * (no event is keyed here); an outlet not listed can still be found from a page's own metadata.
 */
export type KnownOutlet = {
  readonly name: string;
  /** Short id used in article ids ("nyt-2015-05-21"). */
  readonly slug: string;
  readonly aliases: readonly string[];
  readonly domains: readonly string[];
  readonly wire?: boolean;
  /**
   * The name without "The" is an everyday word or a surname ("The Hill", "The Atlantic", "Time",
   * "Forbes"): a name with "The" is looked up only with it, so a speaker "Hill" is no outlet, and a
   * file's name gives the outlet only with a date right after it ("time_2016-01-31_….txt").
   */
  readonly plainWord?: boolean;
  /** Short forms a saved file's name may open with, besides the slug and the names ("wash-post", "wapo"). */
  readonly fileNames?: readonly string[];
  /** A line standing alone above or below the headline in the outlet's house style. */
  readonly dateStyles?: readonly { readonly pattern: RegExp; readonly detail: string; readonly weight: number }[];
};

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  {
    name: "The Daily Beast",
    slug: "daily-beast",
    aliases: ["Daily Beast"],
    domains: ["thedailybeast.com"],
    // "05.21.15 5:25 AM ET": two-digit dotted date, 12-hour time, Eastern zone.
    dateStyles: [{ pattern: /^\d{2}\.\d{2}\.\d{2} \d{1,2}:\d{2} [AP]M ET$/, detail: "date line in The Daily Beast's house style (MM.DD.YY h:mm AM ET)", weight: 2 }],
  },
  {
    name: "The New York Times",
    slug: "nyt",
    aliases: ["New York Times", "NYTimes", "N.Y. Times"],
    domains: ["nytimes.com"],
    // "MAY 21, 2015": the upper-case date line under the headline of its 2010s pages; common enough
    // elsewhere that it only supports other evidence.
    dateStyles: [{ pattern: /^(?:JAN|FEB|MARCH|APRIL|MAY|JUNE|JULY|AUG|SEPT|OCT|NOV|DEC)[A-Z]*\.? \d{1,2}, \d{4}$/, detail: "upper-case date line in The New York Times' house style (MAY 21, 2015)", weight: 0.5 }],
  },
  { name: "The Washington Post", slug: "washington-post", aliases: ["Washington Post"], domains: ["washingtonpost.com"], fileNames: ["wash-post", "washpost", "wapo"] },
  { name: "The Wall Street Journal", slug: "wsj", aliases: ["Wall Street Journal"], domains: ["wsj.com"] },
  { name: "Los Angeles Times", slug: "la-times", aliases: ["L.A. Times", "LA Times"], domains: ["latimes.com"] },
  { name: "USA Today", slug: "usa-today", aliases: ["USA TODAY"], domains: ["usatoday.com"] },
  { name: "New York Post", slug: "ny-post", aliases: ["The New York Post", "NY Post"], domains: ["nypost.com"] },
  { name: "The Guardian", slug: "guardian", aliases: ["Guardian"], domains: ["theguardian.com", "guardian.co.uk"] },
  { name: "The Telegraph", slug: "telegraph", aliases: ["Daily Telegraph"], domains: ["telegraph.co.uk"] },
  { name: "The Independent", slug: "independent", aliases: [], domains: ["independent.co.uk"] },
  { name: "Daily Mail", slug: "daily-mail", aliases: ["MailOnline", "Mail Online"], domains: ["dailymail.co.uk"] },
  { name: "Financial Times", slug: "ft", aliases: ["FT"], domains: ["ft.com"] },
  { name: "The Economist", slug: "economist", aliases: ["Economist"], domains: ["economist.com"] },
  { name: "BBC", slug: "bbc", aliases: ["BBC News"], domains: ["bbc.co.uk", "bbc.com"] },
  { name: "CNN", slug: "cnn", aliases: [], domains: ["cnn.com"] },
  // Not "Fox" alone: a surname (Vicente Fox), and Fox Business is another channel.
  { name: "Fox News", slug: "fox-news", aliases: ["Fox News Channel"], domains: ["foxnews.com"], fileNames: ["foxnews"] },
  { name: "MSNBC", slug: "msnbc", aliases: [], domains: ["msnbc.com"] },
  { name: "CNBC", slug: "cnbc", aliases: [], domains: ["cnbc.com"] },
  // The networks' news divisions; "ABC" alone is also Australia's broadcaster.
  { name: "ABC News", slug: "abc-news", aliases: [], domains: ["abcnews.go.com", "abcnews.com"] },
  { name: "CBS News", slug: "cbs-news", aliases: [], domains: ["cbsnews.com"] },
  { name: "NBC News", slug: "nbc-news", aliases: [], domains: ["nbcnews.com"] },
  { name: "NPR", slug: "npr", aliases: [], domains: ["npr.org"] },
  { name: "ESPN", slug: "espn", aliases: [], domains: ["espn.com"] },
  { name: "The Hill", slug: "the-hill", aliases: [], domains: ["thehill.com"], plainWord: true },
  { name: "The Atlantic", slug: "the-atlantic", aliases: [], domains: ["theatlantic.com"], plainWord: true },
  { name: "Time", slug: "time", aliases: ["TIME", "Time magazine"], domains: ["time.com"], plainWord: true },
  { name: "Newsweek", slug: "newsweek", aliases: [], domains: ["newsweek.com"] },
  { name: "Forbes", slug: "forbes", aliases: [], domains: ["forbes.com"], plainWord: true },
  { name: "Slate", slug: "slate", aliases: [], domains: ["slate.com"], plainWord: true },
  { name: "Vox", slug: "vox", aliases: [], domains: ["vox.com"], plainWord: true },
  { name: "Axios", slug: "axios", aliases: [], domains: ["axios.com"] },
  { name: "BuzzFeed News", slug: "buzzfeed-news", aliases: ["BuzzFeed"], domains: ["buzzfeednews.com", "buzzfeed.com"] },
  { name: "Al Jazeera", slug: "al-jazeera", aliases: ["Al-Jazeera"], domains: ["aljazeera.com", "aljazeera.net"] },
  { name: "Haaretz", slug: "haaretz", aliases: [], domains: ["haaretz.com", "haaretz.co.il"] },
  { name: "Politico", slug: "politico", aliases: ["POLITICO"], domains: ["politico.com", "politico.eu"] },
  { name: "The Huffington Post", slug: "huffpost", aliases: ["HuffPost", "Huffington Post"], domains: ["huffingtonpost.com", "huffpost.com"], fileNames: ["huff-post", "huffingtonpost"] },
  { name: "Breitbart", slug: "breitbart", aliases: ["Breitbart News"], domains: ["breitbart.com"] },
  // Western Journalism until 2017; its files are often saved as "west-journal".
  { name: "The Western Journal", slug: "western-journal", aliases: ["Western Journal", "Western Journalism"], domains: ["westernjournal.com", "westernjournalism.com"], fileNames: ["west-journal"] },
  { name: "Der Spiegel", slug: "spiegel", aliases: ["Spiegel"], domains: ["spiegel.de"] },
  { name: "Le Monde", slug: "le-monde", aliases: [], domains: ["lemonde.fr"] },
  { name: "NRC", slug: "nrc", aliases: ["NRC Handelsblad"], domains: ["nrc.nl"] },
  { name: "de Volkskrant", slug: "volkskrant", aliases: ["Volkskrant"], domains: ["volkskrant.nl"] },
  { name: "Bloomberg", slug: "bloomberg", aliases: [], domains: ["bloomberg.com"] },
  { name: "Reuters", slug: "reuters", aliases: ["Thomson Reuters"], domains: ["reuters.com"], wire: true },
  { name: "Associated Press", slug: "ap", aliases: ["AP", "The Associated Press"], domains: ["apnews.com", "ap.org"], wire: true },
  { name: "AFP", slug: "afp", aliases: ["Agence France-Presse", "Agence France Presse"], domains: ["afp.com"], wire: true },
  { name: "dpa", slug: "dpa", aliases: ["Deutsche Presse-Agentur"], domains: ["dpa.com"], wire: true },
  { name: "ANP", slug: "anp", aliases: [], domains: ["anp.nl"], wire: true },
  { name: "UPI", slug: "upi", aliases: ["United Press International"], domains: ["upi.com"], wire: true },
  { name: "Xinhua", slug: "xinhua", aliases: ["Xinhua News Agency"], domains: ["xinhuanet.com", "news.cn"], wire: true },
];

const nameKey = (name: string): string => name.toLowerCase().replace(/^the\s+/, "");

// Each name and alias of the table by its key, the first outlet in table order where two share one.
// A plain word's name keeps its "The" ("the hill"), looked up as written. Made once: outletByName
// runs for every piece of outlet evidence and every article's id.
const OUTLET_BY_KEY: ReadonlyMap<string, KnownOutlet> = (() => {
  const m = new Map<string, KnownOutlet>();
  for (const o of KNOWN_OUTLETS) {
    for (const a of [o.name, ...o.aliases]) {
      const key = o.plainWord && /^the\s/i.test(a) ? a.toLowerCase() : nameKey(a);
      if (!m.has(key)) m.set(key, o);
    }
  }
  return m;
})();

export function outletByName(name: string): KnownOutlet | null {
  const n = name.trim();
  return OUTLET_BY_KEY.get(nameKey(n)) ?? OUTLET_BY_KEY.get(n.toLowerCase().replace(/\s+/g, " ")) ?? null;
}

/** A value that is a web address alone ("https://…", "www.…"): a clipping's source or URL field. */
export const isWebAddress = (v: string): boolean => /^(?:https?:\/\/|www\.)\S+$/i.test(v);

export function outletByDomain(host: string): KnownOutlet | null {
  const h = host.toLowerCase().replace(/^www\./, "");
  return KNOWN_OUTLETS.find((o) => o.domains.some((d) => h === d || h.endsWith("." + d))) ?? null;
}

/** The canonical name for a site name found in metadata ("nytimes.com" or "NYTimes" -> table name). */
export function canonicalOutlet(name: string): string {
  const byName = outletByName(name);
  if (byName) return byName.name;
  const byDomain = /^[\w.-]+\.[a-z]{2,}$/i.test(name.trim()) ? outletByDomain(name.trim()) : null;
  return byDomain?.name ?? name.trim();
}

export function outletSlug(name: string): string {
  return (
    outletByName(name)?.slug ??
    name
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

/** A name as a file's name writes it: lower case, hyphens between its words ("The Hill" -> "the-hill"). */
const fileSlugOf = (name: string): string => name.toLowerCase().replace(/[’'`.]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

// Each outlet by the slugs a saved file's name may open with: its id, its names and aliases as a
// file writes them ("usa-today", "the-guardian", "guardian"), and its short forms ("wash-post").
// Exact slugs only, so no other word and no longer name ("reuters-style-guide") gives an outlet.
const OUTLET_BY_FILE_SLUG: ReadonlyMap<string, KnownOutlet> = (() => {
  const m = new Map<string, KnownOutlet>();
  for (const o of KNOWN_OUTLETS) {
    for (const s of [o.slug, ...[o.name, ...o.aliases].map(fileSlugOf), ...(o.fileNames ?? [])]) if (s && !m.has(s)) m.set(s, o);
  }
  return m;
})();

/**
 * The known outlet a saved file's name opens with ("nyt_2016-09-16_tax.txt", "wash-post_…",
 * "cnn transcript.txt"), and the words that named it; a plain word ("time", "the-hill") only with a
 * date right after it. Null for any other name: a fact-checker's name for a file is weak evidence,
 * read only when the text gives no outlet.
 */
export function outletInFileName(documentId: string): { readonly outlet: KnownOutlet; readonly slug: string } | null {
  if (documentId === "-") return null;
  const lead = fileNameLead(documentId);
  if (!lead) return null;
  const slug = lead.words.join("-");
  const outlet = OUTLET_BY_FILE_SLUG.get(slug);
  if (!outlet || (outlet.plainWord && !lead.dated)) return null;
  return { outlet, slug };
}

/**
 * A regex alternation of every name and alias of `outlets`, escaped, longest first so "The New York
 * Times" beats "Times" and "Agence France-Presse" beats "AFP" (the outlet cues, the wire credits and
 * the mixed-case agency datelines each build one).
 */
export const outletNameAlternation = (outlets: readonly KnownOutlet[]): string =>
  outlets
    .flatMap((o) => [o.name, ...o.aliases])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

// Names a text may use for each outlet.
const NAME_ALTERNATION = outletNameAlternation(KNOWN_OUTLETS);

// "New York Times reporters met": the staff words and what the staff did. The words and the verb
// after them are the staff cue's hint on their own (in most articles "staff" stands in "chief of
// staff", and the name alternation tried at every word of those was a sixth of ingest's time).
const STAFF_DID = "(?:reporters?|correspondents?|journalists?|staff|photographers?) (?:met|visited|spoke|saw|interviewed|witnessed|traveled|travelled|reached|accompanied|observed)\\b";

/**
 * Self-reference cues, in order. `told` is what every quoted source does to the outlet that
 * interviewed them: repeated, it marks the outlet's own reporting; once, for a wire agency, it is a
 * relayed quote. Staff cues ("New York Times reporters met") and wire datelines ("BEIRUT (Reuters) -")
 * are stronger.
 */
const SELF_REFERENCE_CUES: readonly { id: string; kind: "dateline" | "self-reference"; hint: RegExp; pattern: RegExp; weight: number; wireWeight: number }[] = [
  { id: "wire-dateline", kind: "dateline", hint: /\)\s*[-–—]/, pattern: new RegExp(`^[A-Z][A-Z .'-]+(?:,[^()\\n]{0,40})?\\s*\\((${NAME_ALTERNATION})\\)\\s*[-–—]`, "gm"), weight: 3, wireWeight: 3 },
  { id: "staff", kind: "self-reference", hint: new RegExp(` ${STAFF_DID}`), pattern: new RegExp(`\\b(?:a |an )?(${NAME_ALTERNATION})(?:'s)? ${STAFF_DID}`, "g"), weight: 2, wireWeight: 2 },
  { id: "told", kind: "self-reference", hint: /told|said to|speaking to|interview/, pattern: new RegExp(`\\b(?:told|said to|speaking to|in an interview with|interviewed by)\\s+(?:the\\s+)?(${NAME_ALTERNATION})\\b`, "g"), weight: 1, wireWeight: 0.5 },
  { id: "exclusive", kind: "self-reference", hint: /(?:obtained|seen|reviewed|verified) by/, pattern: new RegExp(`\\b(?:obtained by|seen by|reviewed by|verified by) (${NAME_ALTERNATION})\\b`, "g"), weight: 1, wireWeight: 0.5 },
];

/** Evidence in an article's own words for the outlet that published it. */
export function selfReferenceEvidence(text: string): OutletEvidence[] {
  const out: OutletEvidence[] = [];
  for (const cue of SELF_REFERENCE_CUES) {
    // The cheap hint keeps the long name alternation off texts that cannot match.
    if (!cue.hint.test(text)) continue;
    // An exec loop on the one compiled pattern: matchAll would clone the regex on every call.
    const re = cue.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const o = outletByName(m[1]);
      if (!o) continue;
      out.push({ outlet: o.name, kind: cue.kind, detail: `"${m[0].trim()}"`, weight: o.wire ? cue.wireWeight : cue.weight });
    }
  }
  return out;
}

// The words the "told" and "exclusive" cues open their evidence's detail with.
const CREDIT_DETAIL = /^"(?:told|said to|speaking to|in an interview with|interviewed by|obtained by|seen by|reviewed by|verified by)\s/;

/**
 * Evidence that is only the text crediting an outlet with what a source told it or a document it
 * obtained ("told MSNBC", "obtained by The Guardian"): the story's own outlet when repeated, but as
 * often another it quotes (a Washington Post story citing two interviews on MSNBC).
 */
export const isCreditEvidence = (e: OutletEvidence): boolean => e.kind === "self-reference" && CREDIT_DETAIL.test(e.detail);

/** Evidence from a house-style date line standing in an article's header. */
export function dateStyleEvidence(line: string): OutletEvidence[] {
  const out: OutletEvidence[] = [];
  for (const o of KNOWN_OUTLETS) {
    for (const st of o.dateStyles ?? []) if (st.pattern.test(line.trim())) out.push({ outlet: o.name, kind: "dateline-style", detail: `${st.detail}: "${line.trim()}"`, weight: st.weight });
  }
  return out;
}

// An outlet is named when its evidence adds up to this and clearly beats any other candidate.
export const OUTLET_THRESHOLD = 1.5;
const MARGIN = 2;

/** Weigh the evidence: the best-supported outlet, or null when the evidence is weak or split. */
export function inferOutlet(evidence: readonly OutletEvidence[]): string | null {
  // The credit in the story's dateline ("PARIS, Aug 31 (Reuters) -") says whose copy it is: an
  // outlet the text names only as one its sources spoke to ("told CNN", twice) or as having
  // obtained a document is the story's source, no rival of the credit. Metadata, a masthead or a
  // byline still weigh against it (a paper that runs the wire's copy).
  const credited = evidence.some((e) => e.kind === "dateline") ? new Set(evidence.filter((e) => e.kind === "dateline").map((e) => e.outlet)) : null;
  const score = new Map<string, number>();
  for (const e of evidence) {
    if (credited && e.kind === "self-reference" && !credited.has(e.outlet)) continue;
    score.set(e.outlet, (score.get(e.outlet) ?? 0) + e.weight);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [best, second] = ranked;
  if (best[1] < OUTLET_THRESHOLD) return null;
  if (second && second[1] * MARGIN > best[1]) return null;
  return best[0];
}

// Words a newspaper's or broadcaster's name ends with ("The Valley Courier", "Marrowby Evening News").
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set([
  "courier", "times", "post", "news", "herald", "journal", "gazette", "tribune", "telegraph", "guardian", "observer",
  "chronicle", "daily", "weekly", "review", "press", "wire", "radio", "tv", "television", "magazine", "monitor", "star",
  "sun", "mail", "express", "bulletin", "record", "register", "dispatch", "inquirer", "examiner", "standard", "ledger",
  "sentinel", "mirror", "independent", "globe", "argus", "advertiser", "enquirer", "beacon", "leader", "post-gazette",
]);
const MASTHEAD_LINE = /^((?:The |the )?\p{Lu}[\p{L}'’&.-]*(?: (?:of |and |& )?\p{Lu}[\p{L}'’&.-]*){0,5})\s*(?:,|\||[-–—])\s*(.{6,40})$/u;

/**
 * "The Valley Courier, March 5, 2031": a header line naming the paper (a known outlet, or
 * capitalised words ending in a newspaper word, so that "Washington, March 5, 2031" is no paper)
 * and the date. Null for any other line.
 */
export function mastheadLine(line: string): { outlet: string; dateRaw: string } | null {
  const m = MASTHEAD_LINE.exec(line.trim());
  if (!m || !isDateLine(m[2])) return null;
  const name = m[1];
  const last = name.split(" ").pop()!.toLowerCase();
  return outletByName(name) || MASTHEAD_WORDS.has(last) ? { outlet: name, dateRaw: m[2] } : null;
}
