/**
 * Known outlets: the names a text uses for them, their web domains, whether they are wire agencies
 * (whose words other outlets relay, so "told AFP" in an article says little about who published it),
 * and house date-line styles that identify a page copied without its masthead. The table is general
 * (no event is keyed here); an outlet not listed can still be found from a page's own metadata.
 * It is model data: ingest names an article's outlet from it, and align, check and conflicts read it
 * to tell an outlet from a speaker and a wire from a paper, so it sits below them all.
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
