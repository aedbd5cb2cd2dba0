import { escapeRegExp, type Quote, type Report } from "../model/index.js";
import { NOT_NAMES } from "../model/name-words.js";
import { FIRST_NAME_GENDER } from "../model/given-names.js";
import { isPlaceName } from "../model/place-names.js";

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

/**
 * Words that open a description with its determiner or a quantity ("the", "a", "his", "other",
 * "several" …), or stand for one alone ("one", "another"): such a speaker is read as written. So is
 * one that opens with a possessive ("Colorado’s delegation chairman"), which is its determiner.
 */
const DETERMINER = /^(?:the|a|an|one|another|his|her|their|its|my|our|your|this|that|these|those|some|any|each|every|no|other|many|most|several|both|all|such|few)(?:\s|$)|^\S+[’']s?\s/i;

/**
 * "the" right before the words that name the speaker, or before a description they are joined to by
 * "and" ("the former secretary of state and current Democratic presidential nominee"): the 70
 * characters before the mention, one bounded run, anchored at their end. Not "the X, " before it:
 * "the bespectacled, 71-year-old diplomat" reads as "in the world, another says" does.
 */
const THE_BEFORE = /\bthe\s+(?:[^.,;:!?"“”()\n]{1,50}?\sand\s+)?$/i;

/**
 * A description credited without its determiner ("Wisconsin Republican", "GOP front-runner",
 * "current Democratic presidential nominee") that the article writes after "the" at the credit
 * ("the Wisconsin Republican says", "the former secretary of state and current Democratic
 * presidential nominee said"): the attribution kept the head and dropped "the", so the rules above,
 * which read "the …" and "his …" only, took it for an unnamed source. The quote with "the" before its speaker, so they read it as written; else the
 * quote as it is. Read on PolNeAR train, 15 anonymous-source findings were such second names for
 * the senators, governors and candidates their stories quote by name.
 */
/** Whether `text` opens with `words` as whole words, case aside. */
const opensWith = (text: string, words: string): boolean =>
  text.toLowerCase().startsWith(words.toLowerCase()) && !/[\p{L}\p{N}]/u.test(text[words.length] ?? "");

export function asWrittenAtCredit(q: Quote, text: string): Quote {
  const speaker = q.speaker?.trim() ?? "";
  if (!speaker || DETERMINER.test(speaker)) return q;
  const mention = q.mentionSpan ? text.slice(q.mentionSpan.start, q.mentionSpan.end) : (q.mention ?? "");
  // The mention holds "the" itself ("The Wisconsin Republican"), or the text writes it just before.
  const definite =
    (/^the\s/i.test(mention) && mention.toLowerCase().endsWith(speaker.toLowerCase())) ||
    // "The Supreme Court justice -- who has been involved in a scuffle …": "the", the words, an aside.
    (/^the\s/i.test(mention) && opensWith(mention.replace(/^the\s+/i, ""), speaker)) ||
    // The pattern runs on those 70 characters only, never on the text, so it needs no precheck.
    (q.mentionSpan !== null && mention.toLowerCase().startsWith(speaker.toLowerCase()) && THE_BEFORE.test(text.slice(Math.max(0, q.mentionSpan.start - 70), q.mentionSpan.start)));
  return definite ? { ...q, speaker: `the ${speaker}` } : q;
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

/** Words by which a story says it keeps a source unnamed ("spoke on condition of anonymity", "asked not to be identified"). */
const KEPT_UNNAMED = /\b(?:anonymity|anonymously|not authori[sz]ed to|(?:declined|asked|wished|refused) not to be (?:[a-z]+ )?(?:named|identified)|declined to be (?:[a-z]+ )?(?:named|identified)|(?:asked|requested) that (?:his|her|their) (?:full )?name)/gi;

/**
 * Heads a story gives its unnamed sources with "the" as well, however they came in: "the source",
 * "the prime minister's spokesman", "the official", "the woman" at a town hall. Read on PolNeAR
 * train, such descriptions were unnamed people as often as second names.
 */
const UNNAMED_HEADS: ReadonlySet<string> = new Set([
  "source", "sources", "insider", "insiders", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
  "man", "woman", "person", "witness",
]);

/** A description that gives a name for the unnamed ("the base chief known as Bob"). */
const PSEUDONYM = /\b(?:known|identified)\s+(?:only\s+)?as\b/i;

/** Characters read on each side of words that keep a source unnamed for the description's head ("The soldier asked not to be further identified"). */
const KEPT_UNNAMED_WINDOW = 200;

/** Whether the article says, near the head noun, that it keeps someone unnamed (anywhere in it: a feature may say so late). */
function keptUnnamed(text: string, head: string): boolean {
  const headAt = new RegExp(String.raw`\b${escapeRegExp(head)}\b`, "i");
  for (const m of text.matchAll(KEPT_UNNAMED)) {
    if (headAt.test(text.slice(Math.max(0, m.index - KEPT_UNNAMED_WINDOW), m.index + m[0].length + KEPT_UNNAMED_WINDOW))) return true;
  }
  return false;
}

/**
 * Whether a definite description ("the retired neurosurgeon", "the presumptive Republican
 * presidential nominee", "the senator") points back to someone the article names: a story brings an
 * unnamed source in with "a", "an" or "one" ("a senior Cruz adviser"), or says it keeps them unnamed;
 * "the" (or "this", "that") with neither before it is the writer's second name for a person named earlier. Read on
 * PolNeAR train, 10 of 40 anonymous-source findings were such descriptions of Trump, Clinton, Carson,
 * Rubio or Ban Ki-moon. Only in an article that quotes someone by full name (whom it may mean).
 */
export function anaphoric(q: Quote, a: ArticlePeople): boolean {
  const speaker = q.speaker?.trim() ?? "";
  // "this" and "that" point back as "the" does ("this Trump look-alike declared").
  if (!/^(?:the|this|that)\s/i.test(speaker) || a.quoted.length === 0) return false;
  const desc = speaker.replace(/^(?:the|this|that)\s+/i, "").toLowerCase().split(/\s+/);
  const head = desc[desc.length - 1];
  if (!head || UNNAMED_HEADS.has(head) || PSEUDONYM.test(speaker) || unnamedBefore(head, a.lower.slice(0, q.span.start))) return false;
  return !keptUnnamed(a.text, head);
}

/**
 * A given name the story puts to the description's bearer: "named" or "identified as" a given name
 * the model knows ("The woman who started it all identified herself to CNN as a 52-year-old Salem,
 * N.H., resident named Caroline"; "a worker named Antonio"). The capitalised word must be a given
 * name, so "was named Secretary" is none.
 */
const NAMED_AS = /\b(?:named|identified (?:herself|himself|themselves) as|gave (?:only )?(?:her|his|their) (?:first )?name as)\s+(\p{Lu}\p{Ll}+)/gu;

/** Characters read after the head noun for that: about one sentence, never past the paragraph. */
const NAMED_AS_WINDOW = 200;

/**
 * Whether the story gives the bearer of a definite description ("the woman") a name, as a person is
 * named in passing in a feature or a rally story: then the words are a person's the story names
 * (by first name), no source it keeps unnamed. Only a definite description: "a woman" stays unnamed.
 * Read on PolNeAR train: six findings of one woman a story names "Caroline". Linear: one indexOf
 * pass over the text for the head, the pattern on a bounded window after each, after an includes.
 */
export function namedInPassing(q: Quote, a: Pick<ArticlePeople, "text" | "lower">): boolean {
  const speaker = q.speaker?.trim() ?? "";
  if (!/^the\s/i.test(speaker)) return false;
  const head = speaker.slice(speaker.lastIndexOf(" ") + 1).toLowerCase();
  if (head.length < 3 || !(a.lower.includes("named") || a.lower.includes("identified") || a.lower.includes("name as"))) return false;
  for (let at = a.lower.indexOf(head); at >= 0; at = a.lower.indexOf(head, at + 1)) {
    if (/[\p{L}]/u.test(a.lower[at - 1] ?? " ") || /[\p{L}]/u.test(a.lower[at + head.length] ?? " ")) continue;
    let window = a.text.slice(at + head.length, at + head.length + NAMED_AS_WINDOW);
    const cut = window.indexOf("\n");
    if (cut >= 0) window = window.slice(0, cut);
    for (const m of window.matchAll(NAMED_AS)) if (FIRST_NAME_GENDER.has(m[1].toLowerCase())) return true;
  }
  return false;
}

/**
 * Nouns for a relative ("husband", "son", "mother"); with "ex-", "step", "half-", "grand", "great-"
 * before them or "-in-law" after ("ex-wife", "stepson", "brother-in-law"), which relativeNoun strips.
 */
const KIN: ReadonlySet<string> = new Set([
  "husband", "wife", "spouse", "widow", "widower", "fiance", "fiancee", "fiancé", "fiancée",
  "son", "daughter", "child", "mother", "father", "mom", "mum", "dad", "parent",
  "brother", "sister", "sibling", "twin", "uncle", "aunt", "nephew", "niece", "cousin",
  "grandmother", "grandfather", "grandson", "granddaughter", "grandchild", "grandma", "grandpa",
]);

const relativeNoun = (w: string): boolean => KIN.has(w.replace(/^(?:ex-|step-?|half-|(?:great-)+)/u, "").replace(/-in-law$/u, ""));

/** "his", "her", "their", "my" or a capitalised name's possessive ("Schilling's", "Betsy’s") that opens a relative's description. */
const KIN_OWNER = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|\p{Lu}[\p{L}.-]*[’']s?)$/u;

/**
 * Whether an unnamed speaker is a relative of a person the story names: an owner (a possessive
 * pronoun, or a name's possessive) then at most two lower-case words ("late", "19-year-old") and a
 * noun for a relative ("her husband", "Schilling's son", "his late ex-wife", "my father"). Such a
 * person is told by the tie to one the reader knows, no source the story keeps unnamed (a spokesman
 * or a friend is one). A pronoun's relative only in a story that quotes someone by full name (whom
 * the pronoun may stand for), as anaphoric asks. Read on PolNeAR train and dev: 17 anonymous-source
 * findings were such relatives of Bill Clinton, Trump, Schilling and the writers of op-eds.
 */
export function relativeOfNamed(q: Quote, a: Pick<ArticlePeople, "quoted">): boolean {
  const words = (q.speaker?.trim() ?? "").split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !KIN_OWNER.test(words[0])) return false;
  const noun = words[words.length - 1].toLowerCase();
  if (!relativeNoun(noun) || !words.slice(1, -1).every((w) => /^[\p{Ll}\p{N}-]+$/u.test(w))) return false;
  const pronoun = !/[’']s?$/u.test(words[0]);
  return !pronoun || a.quoted.length > 0;
}

/**
 * A full name right after the credit's description, set off by a comma, with at most three
 * lower-case words before it ("exhorted Clinton's introducer, actress Jamie Lee Curtis"; "said the
 * host, Maria Lund"): the story names the bearer in apposition, which the attribution did not take.
 * The first name word is a given name the model knows, or else no word of the run is a place's, a
 * body's or a sentence word (so "a resident, Des Moines" is none), the last no possessive ("the official, Tom Roe's deputy" is unnamed). The pattern reads the 80
 * characters after the mention only, never the text.
 */
const APPOSITIVE_NAME = /^,\s+(?:[\p{Ll}-]+\s+){0,3}((\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+|\p{Lu}[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{Ll}-]+)(?![\p{L}’'])/u;
const APPOSITIVE_WINDOW = 80;

export function namedInApposition(q: Quote, text: string): boolean {
  if (!q.mentionSpan) return false;
  // The mention may hold the appositive itself ("Clinton's introducer, actress Jamie Lee Curtis"):
  // read on from the speaker's words inside it.
  const { start, end } = q.mentionSpan;
  const speaker = (q.speaker ?? "").trim().toLowerCase();
  const inMention = speaker ? text.slice(start, end).toLowerCase().indexOf(speaker) : -1;
  const from = inMention >= 0 ? start + inMention + speaker.length : end;
  const m = APPOSITIVE_NAME.exec(text.slice(from, from + APPOSITIVE_WINDOW));
  if (!m) return false;
  if (FIRST_NAME_GENDER.has(m[2].toLowerCase())) return true;
  // A given name the model does not know ("Jamie Lee Curtis"): a run no place, body or sentence word is.
  const words = m[1].split(/\s+/u);
  return !isPlaceName(m[1]) && !words.some((w) => NOT_NAMES.has(w.toLowerCase()) || isPlaceName(w) || BODY_NAME_WORDS.has(w));
}

/** Capitalised words of a body's or an outlet's name, which a person's name is not made of ("Harbor Port Authority", "White House"). */
const BODY_NAME_WORDS: ReadonlySet<string> = new Set([
  "Authority", "Department", "Agency", "Committee", "Council", "Party", "Association", "Institute", "Foundation", "Center",
  "Centre", "University", "College", "Commission", "Office", "Bureau", "Service", "Times", "Post", "News", "Journal",
  "House", "Court", "Ministry", "Group", "Company", "Corporation", "Inc", "Press", "Network", "Fund", "Union", "Club",
]);
