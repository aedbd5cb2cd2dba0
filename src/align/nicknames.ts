import { escapeRegExp } from "../model/escape-regexp.js";

/**
 * What an article itself says of a person's nickname: "John Ellis “Jeb” Bush", "Mr. Bush, known as
 * Jeb", "Jeb Bush, whose given name is John Ellis". Only what the text says: there is no dictionary of
 * nicknames, so "Jeb Bush" and "John Ellis Bush" are one person only where an article ties them.
 * Each row builds its pattern for one surname (as written); a match gives the nickname and, where
 * the row names it, the given name. Bounded patterns, no nested quantifiers. Pure.
 */
export type NicknameFact = {
  readonly nick: string;
  readonly given: string | null;
  /** The title and surname the row read the nickname of ("Mr. Bush"), when it gives no given name. */
  readonly titled?: string;
};

type NicknameRow = {
  readonly id: string;
  readonly reason: string;
  readonly pattern: (surname: string) => RegExp;
  readonly read: (m: RegExpExecArray) => NicknameFact;
  /**
   * What the row's pattern needs right beside the surname, whatever the surname: `site` matches it,
   * and the surname starts where the match ends ("start") or ends where it begins ("end"). A surname
   * found at none of the sites cannot match the row, so its pattern is not run (see sitesOf).
   */
  readonly site: { readonly pattern: RegExp; readonly surname: "start" | "end" };
};

const WORD = String.raw`\p{Lu}\p{Ll}+`;
const OPEN = `[“"'‘]{1,2}`;
const CLOSE = `[”"'’]{1,2}`;

export const NICKNAME_ROWS: readonly NicknameRow[] = [
  {
    id: "quoted-between",
    reason: "a word in quotation marks between the given names and the surname is the name the person goes by (John Ellis “Jeb” Bush)",
    pattern: (s) => new RegExp(`(?<!\\p{L})(${WORD})(?:\\s+${WORD}\\.?)?\\s+${OPEN}(${WORD})${CLOSE}\\s+${s}\\b`, "gu"),
    read: (m) => ({ nick: m[2], given: m[1] }),
    site: { pattern: /[”"'’]\s+/g, surname: "start" },
  },
  {
    id: "known-as",
    reason: "the surname followed by \"known as\", \"nicknamed\" or \"called\" and a capitalised word (Mr. Bush, known as Jeb) gives the name the person goes by",
    pattern: (s) =>
      new RegExp(`(?:\\b((?:Mr|Mrs|Ms|Miss|Dr)\\.?)\\s+)?\\b${s},\\s+(?:(?:who\\s+is\\s+|better\\s+|also\\s+|widely\\s+)?known\\s+as|nicknamed)\\s+[“"'‘]{0,2}(${WORD})\\b`, "gu"),
    read: (m) => ({ nick: m[2], given: null, ...(m[1] ? { titled: m[1] } : {}) }),
    site: { pattern: /,\s+(?:(?:who\s+is\s+|better\s+|also\s+|widely\s+)?known\s+as|nicknamed)\s/g, surname: "end" },
  },
  {
    id: "whose-name-is",
    reason: "\"whose (given, real, full) name is\" after a name gives the given name its first word stands for (Jeb Bush, whose given name is John Ellis)",
    pattern: (s) => new RegExp(`(?<!\\p{L})(${WORD})\\s+${s},\\s+whose\\s+(?:(?:real|full|given|legal|first|birth)\\s+)?names?\\s+(?:is|are|was)\\s+(${WORD})`, "gu"),
    read: (m) => ({ nick: m[1], given: m[2] }),
    site: { pattern: /,\s+whose\s/g, surname: "end" },
  },
];

/** Characters of a surname a site is filed under: few enough for short surnames, enough to spread the rest. */
const KEY = 3;

type Sites = ReadonlyMap<string, readonly number[]>[];

// The sites of the last text asked about: alignment asks about one article for each surname in it,
// and running every row's pattern over the article once a surname made a story naming thousands of
// people quadratic (bench (e), quotes-one-paragraph). A cache of one, so nothing outlives the next text.
let cached: { readonly text: string; readonly sites: Sites } | null = null;

/** For each row, where its site stands in `text`, filed by the KEY characters the surname would take there. */
function sitesOf(text: string): Sites {
  if (cached?.text === text) return cached.sites;
  const sites = NICKNAME_ROWS.map((row) => {
    const byKey = new Map<string, number[]>();
    const re = new RegExp(row.site.pattern.source, "g");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = row.site.surname === "start" ? m.index + m[0].length : m.index;
      const key = row.site.surname === "start" ? text.slice(at, at + KEY) : text.slice(Math.max(0, at - KEY), at);
      const list = byKey.get(key);
      if (list) list.push(at);
      else byKey.set(key, [at]);
    }
    return byKey;
  });
  cached = { text, sites };
  return sites;
}

/** Whether `surname` stands at one of the row's sites in `text`. */
function atSite(text: string, surname: string, row: NicknameRow, byKey: ReadonlyMap<string, readonly number[]>): boolean {
  const start = row.site.surname === "start";
  const fits = (at: number) => text.startsWith(surname, start ? at : at - surname.length);
  if (surname.length < KEY) {
    // A short surname is not a whole key: try every site (two-letter surnames are few).
    for (const list of byKey.values()) if (list.some(fits)) return true;
    return false;
  }
  const key = start ? surname.slice(0, KEY) : surname.slice(-KEY);
  return byKey.get(key)?.some(fits) ?? false;
}

/** The nickname facts `text` gives for people of `surname` (as written, "Bush"). */
export function nicknamesIn(text: string, surname: string): NicknameFact[] {
  if (!text.includes(surname)) return [];
  const s = escapeRegExp(surname);
  const sites = sitesOf(text);
  const facts: NicknameFact[] = [];
  for (const [r, row] of NICKNAME_ROWS.entries()) {
    if (!atSite(text, surname, row, sites[r]!)) continue;
    const re = row.pattern(s);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const f = row.read(m);
      if (f.nick !== f.given) facts.push(f);
    }
  }
  return facts;
}
