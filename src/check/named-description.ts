import { escapeRegExp, type Quote, type Report } from "../model/index.js";
import { NOT_NAMES } from "../model/name-words.js";

/**
 * Whether an unnamed speaker is in fact one person the article names: a definite description ("the
 * president", "the billionaire investor", "his brother") that the article writes before that
 * person's name ("President Obama", "his brother Alastair Osman") or gives a person it quotes as
 * their role (Warren Buffett, "billionaire investor"). Read on PolNeAR, such anonymous-source
 * findings told a fact-checker that Obama's, Bill Clinton's and Buffett's words came from unnamed
 * sources. An indefinite description ("a spokesman", "one official") is unnamed by the writer's
 * choice, even where another spokesman is named, and stays a finding; so does a description that
 * fits two people ("the candidate" where two candidates are named). Pure.
 */
export type NamedDescriptionRule = {
  readonly id: string;
  readonly reason: string;
  /** The surnames the description stands for by this rule (lower-case description words, the article). */
  readonly names: (desc: readonly string[], article: ArticlePeople) => readonly string[];
};

/** What an article gives for this: its text, in lower case too, and the people it quotes by full name with their roles' words. */
export type ArticlePeople = {
  readonly text: string;
  readonly lower: string;
  readonly quoted: readonly { readonly surname: string; readonly roleWords: ReadonlySet<string> }[];
};

/** "the" opens a definite description; a possessive one ("his brother") keeps its possessive, which the text must repeat. */
const DEFINITE = /^(?:the|his|her|their|its)\s/i;

/** Up to three capitalised name words after a description, the last the surname ("President Barack Obama"). */
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)/u;

/** Words before a title that make it another one: "Vice President", "former President", "Deputy Secretary". */
const TITLE_MODIFIERS = new Set(["vice", "former", "ex", "deputy", "assistant", "acting", "late", "future", "then", "co", "under", "first", "lieutenant", "associate", "interim"]);

/** The surnames written right after the description as a title ("former President Bill Clinton" for "the former president"). */
function titledNames(desc: readonly string[], a: ArticlePeople): string[] {
  const phrase = desc.join(" ");
  const out: string[] = [];
  for (let at = a.lower.indexOf(phrase); at >= 0; at = a.lower.indexOf(phrase, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(a.text[at - 1])) continue;
    // "Vice President Joe Biden", "former President Jimmy Carter" hold another title than "the president".
    const before = /([\p{L}-]+)\s+$/u.exec(a.lower.slice(Math.max(0, at - 20), at));
    if (before && TITLE_MODIFIERS.has(before[1])) continue;
    const m = NAME_AFTER.exec(a.text.slice(at + phrase.length, at + phrase.length + 60));
    if (!m) continue;
    const words = m[1].split(/\s+/).map((w) => w.replace(/[’']s$|[’']+$/u, ""));
    // "the president Tuesday", "the president In …": no name follows.
    if (NOT_NAMES.has(words[0].toLowerCase())) continue;
    out.push(words[words.length - 1]);
  }
  return out;
}

export const NAMED_DESCRIPTION_RULES: readonly NamedDescriptionRule[] = [
  {
    id: "title",
    reason: "the article writes the description before a name (\"President Obama\" for \"the president\")",
    names: titledNames,
  },
  {
    id: "role",
    reason: "a person the article quotes by name has the description for role (Warren Buffett, \"billionaire investor\")",
    names: (desc, a) => a.quoted.filter((p) => desc.every((w) => p.roleWords.has(w))).map((p) => p.surname),
  },
];

/** The people each article quotes by full name, with the words of their roles there. */
export function quotedPeopleByArticle(report: Report): Map<string, ArticlePeople["quoted"]> {
  const byArticle = new Map<string, Map<string, { surname: string; roleWords: Set<string> }>>();
  for (const q of report.quotes) {
    const name = q.speaker?.trim();
    if (q.speakerType !== "person" || !name || !/\s/.test(name)) continue;
    let people = byArticle.get(q.articleId);
    if (!people) byArticle.set(q.articleId, (people = new Map()));
    let e = people.get(name);
    if (!e) people.set(name, (e = { surname: name.split(/\s+/).pop()!, roleWords: new Set() }));
    for (const w of (q.role ?? "").toLowerCase().split(/[^\p{L}’'-]+/u)) if (w) e.roleWords.add(w);
  }
  return new Map([...byArticle].map(([id, m]) => [id, [...m.values()]]));
}

/**
 * Whether the text before the quote brings the description in unnamed ("a Carrier executive tells
 * employees … the executive says"): then the definite description points back to that one, whoever
 * else the article names with the word.
 */
function unnamedBefore(head: string, before: string): boolean {
  if (!before.includes(head)) return false;
  // Not an appositive ("said Ward Buffet, a billionaire investor"): that one is named.
  const re = new RegExp(String.raw`(?<!,\s)\b(?:a|an|one|another)\s+(?:[\p{L}’'-]+\s+){0,2}${escapeRegExp(head)}\b`, "u");
  return re.test(before);
}

/** The rules by which an anonymous quote's speaker stands for one person its article names (none: it is unnamed). */
export function namedBy(q: Quote, a: ArticlePeople): readonly NamedDescriptionRule[] {
  const speaker = q.speaker?.trim() ?? "";
  if (!DEFINITE.test(speaker)) return [];
  const desc = speaker.replace(/^the\s+/i, "").toLowerCase().split(/\s+/);
  if (desc.length === 0 || desc.length > 5) return [];
  if (unnamedBefore(desc[desc.length - 1], a.lower.slice(0, q.span.start))) return [];
  const hits = NAMED_DESCRIPTION_RULES.map((r) => ({ r, names: r.names(desc, a) }));
  const names = new Set(hits.flatMap((h) => h.names));
  return names.size === 1 ? hits.filter((h) => h.names.length > 0).map((h) => h.r) : [];
}
