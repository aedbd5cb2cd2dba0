import type { Article, Quote, SpeakerType } from "../model/index.js";
import { outletKey } from "../model/outlet-names.js";
import { GROUP_PLURALS, NOT_NAMES, PERSON_NOUNS } from "../model/name-words.js";
import { isCityName, isCountryName, isPlaceName, isStateName } from "../model/place-names.js";
import { documentHead } from "../model/document-source.js";
import { outletByName } from "../model/known-outlets.js";
import { FIRST_NAME_GENDER } from "../model/given-names.js";
import { isAcronym, isTitle } from "./names.js";
import { atPublisherCue, writesAsPublisher, type PublisherCues } from "./publisher.js";

/**
 * Speakers the attribution typed as a person (or left open) whose name no person bears: a share of
 * a poll ("22 percent"), a party or group in the plural ("Leading Democrats"), a place ("Capitol
 * Hill"), a platform ("Twitter") or a description with lower-case words ("Republican establishment
 * figures"). Read as people they join people: "Democrats" took the surname slot of "Leading
 * Democrats" in six articles, and the same "22 percent" in three articles was one person. Each row
 * gives the type the name is read as instead; the first row that fits wins. Pure.
 */
export type NotPersonRule = {
  readonly id: string;
  readonly reason: string;
  readonly type: SpeakerType;
  /** The attribution's types the row reads anew; a person's or an open type when left out. */
  readonly from?: readonly SpeakerType[];
  readonly test: (words: readonly string[], name: string, context: NotPersonContext) => boolean;
};

/** What the corpus tells about a name beyond its words. */
export type NotPersonContext = {
  /** The source as written at the cue ("The Hill" for the speaker "Hill"). */
  readonly mention?: string | null;
  /** Outlets the corpus names (outletKey): its articles' outlets and the outlets words were told to ("told The Hill"). */
  readonly outlets?: ReadonlySet<string>;
  /** Surnames (lower case) of the people the corpus names in full: "Bloomberg" is a person where "Michael Bloomberg" speaks. */
  readonly surnames?: ReadonlySet<string>;
  /** The text of the article that quotes the name: a word it also writes in lower case is a common noun there. */
  readonly articleText?: string;
  /** The names that article writes as a company's or a body's ("Verizon executives", "DuPont's board"; body-names.ts). */
  readonly bodyNames?: ReadonlySet<string>;
  /** Where that article may hold a publisher's name (publisher.ts), found once an article. */
  readonly publisherCues?: PublisherCues;
  /** First words of the bodies' names the corpus credits, all words capitalised ("Pew" of "Pew Research Center"; bodyHeadOf). */
  readonly bodyHeads?: ReadonlySet<string>;
};

/**
 * The first word of a body's name of two words or more, every word capitalised or a name's glue
 * ("Pew" of "Pew Research Center", "Brennan" of "Brennan Center for Justice"): a capitalised word of
 * three letters or more (an acronym's short form is align's joinLeading), else null.
 */
export function bodyHeadOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[0])) return null;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_GLUE.has(w)) ? words[0] : null;
}

/** The outlets and full-named people's surnames of a corpus, for the rows below. */
export function notPersonContext(articles: readonly Article[], quotes: readonly Quote[]): Required<Pick<NotPersonContext, "outlets" | "surnames" | "bodyHeads">> {
  const outlets = new Set<string>();
  const surnames = new Set<string>();
  const bodyHeads = new Set<string>();
  for (const a of articles) if (a.outlet) outlets.add(outletKey(a.outlet));
  for (const q of quotes) {
    if (q.toOutlet) outlets.add(outletKey(q.toOutlet));
    const name = q.speaker?.trim();
    if (q.speakerType === "person" && name && name.includes(" ")) surnames.add(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());
    const head = q.speakerType === "organisation" && name ? bodyHeadOf(name) : null;
    if (head) bodyHeads.add(head);
  }
  return { outlets, surnames, bodyHeads };
}

/**
 * One word that is the surname of someone the corpus names in full ("Bloomberg" where "Michael
 * Bloomberg" speaks): a person's name as often as a body's, so the rows that read a one-word name
 * as an outlet, a publisher or a company weigh it, and the cross-source stage reads such a name
 * with its article or not at all (speakers.ts: outlet-surname, publisher). One test for all of them.
 */
export const isCorpusSurname = (name: string, c: Pick<NotPersonContext, "surnames">): boolean => !name.includes(" ") && c.surnames?.has(name.toLowerCase()) === true;

/**
 * Lower-case words a person's name holds: particles of surnames ("Ursula von der Leyen", "Bashar
 * al-Assad", "José dos Santos", "Sophie in 't Veld"). Wider than the model's NAME_PARTICLES on
 * purpose ("y", "e", "in", "zu"): this list only keeps a speaker found already from being called a
 * description, where attribution's list lets a name run on over words that are as often English.
 */
const NAME_LOWER = new Set([
  "de", "da", "di", "do", "du", "del", "della", "der", "den", "des", "dos", "das", "van", "von", "ver", "le", "la", "les",
  "al", "el", "bin", "binti", "ibn", "bint", "abu", "ag", "ould", "ter", "ten", "zu", "y", "e", "af", "av", "lo", "in", "'t", "’t",
]);
const LOWER_PREFIXED = /^(?:al|el|ul|as|ash|ad|an|ar|at|az|bin|ibn|abu|abd|d['’])[-‐]?\p{Lu}/u;

/**
 * Capitalised nouns for a public body that end its name ("U.S. Geological Survey", "National Park
 * Service", "Federal Emergency Management Agency"); the attribution's name pattern takes such a name
 * of two capitalised words for a person's. None is a surname news writes after another capitalised
 * word but a given name or a title.
 */
const BODY_NAME_ENDS: ReadonlySet<string> = new Set(["Survey", "Service", "Agency", "Administration", "Bureau", "Commission", "Institute", "Authority", "Foundation", "Association"]);

/** A name of two words or more, all capitalised, ending in a noun for a public body ("U.S. Geological Survey"): a body, no survey written ("a complaint filed by the … Commission" is one). */
export const endsInPublicBodyNoun = (words: readonly string[]): boolean =>
  words.length > 1 && BODY_NAME_ENDS.has(words[words.length - 1]) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_GLUE.has(w));
/** Lower-case words a body's name holds ("Bureau of Labor Statistics", "Commission on Presidential Debates"). */
const NAME_GLUE: ReadonlySet<string> = new Set(["of", "for", "on", "and", "the"]);

/** Social platforms, named as speakers for their statements ("Twitter said"): companies, never a surname. */
const PLATFORMS = new Set(["twitter", "facebook", "youtube", "instagram", "telegram", "tiktok", "reddit", "whatsapp", "snapchat", "linkedin", "google"]);

const bare = (w: string) => w.toLowerCase().replace(/[’']s$|[.,;:]$/u, "");

/**
 * Words that make "the X" a description of one person, not a body's name: a party or a state's
 * people in the singular ("the Wisconsin Republican", "the Texan", "the Democrat"). Only these:
 * other peoples' names are surnames as often ("Mark Cuban", "Michael German").
 */
const PERSON_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  "republican", "democrat", "independent", "conservative", "liberal", "progressive", "moderate", "libertarian",
  "texan", "californian", "floridian", "iowan", "ohioan", "virginian",
]);

/** The speaker written with "the" before it at the cue ("The Hill", "the Texan"): a person's name never takes it. */
const definite = (name: string, c: NotPersonContext): boolean => {
  const m = c.mention?.trim();
  return !!m && m.length === name.length + 4 && /^the\s/i.test(m) && m.slice(4) === name && /^\p{Lu}/u.test(name);
};
const lastWord = (words: readonly string[]) => bare(words[words.length - 1]);

/** The mention at the cue ends in "itself" ("Ford itself"). */
export const speaksOfItself = (mention: string | null | undefined): boolean => !!mention && mention.length > 7 && /\sitself$/i.test(mention);

/** One capitalised word in the plural ("Others", "Fact-checkers"); not "-ss", "-us", "-is" ("Ross", "Cyrus", "Davis"). */
const CAPITAL_PLURAL = /^\p{Lu}[\p{Ll}-]*[^\p{Lu}sui]s$/u;

/** What may follow "the X" where X is a name taking "the": a mark, a possessive, an -ing word. */
const AFTER_THE_NAME = /^(?:[,.;:)]|['’]s\b|\s\p{Ll}+ing\b)/u;

/**
 * Whether a text writes one capitalised word after a lower-case "the" (mid-sentence) and before a
 * mark, a possessive or an -ing word ("the Playbook hitting your inbox"). One indexOf pass; the
 * pattern reads a bounded window after each hit.
 */
export function writesWithThe(text: string, name: string): boolean {
  const needle = `the ${name}`;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (/\p{L}/u.test(text[at - 1] ?? " ")) continue;
    if (AFTER_THE_NAME.test(text.slice(at + needle.length, at + needle.length + 30))) return true;
  }
  return false;
}

/** Whether `word` (lower case) stands in `text` as a word of its own. */
function hasLowerWord(text: string, word: string): boolean {
  const isLetter = (i: number) => i >= 0 && i < text.length && /\p{L}/u.test(text[i]!);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (!isLetter(i - 1) && !isLetter(i + word.length)) return true;
  return false;
}

/**
 * A body's one capitalised word that names no body: a determiner that opened its sentence ("Some",
 * "Another") or a common noun its article also writes in lower case ("Court" where the story says
 * "the court ruled", "State" beside "secretary of state"). Whichever body the article means, it is
 * no name to join across articles on ("Court" joined another story's "U.S. Court"; one "State" of
 * three stories took a fourth's "Florida Department of State"). A paper's short name is never
 * written in lower case ("Post", "Times", "Journal" in their stories): those stay names.
 */
export function isCommonWordName(name: string, articleText: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  const lower = name.toLowerCase();
  return NOT_NAMES.has(lower) || hasLowerWord(articleText, lower);
}

/** Role nouns for one person that the model's person nouns leave out ("the GOP front-runner", "a campaign surrogate"). */
const ROLE_HEADS: ReadonlySet<string> = new Set([
  "front-runner", "frontrunner", "attendee", "confidant", "surrogate", "ally", "spymaster", "producer",
  // Read on PolNeAR train typed organisations: "Another commenter", "NFL legend", "GOP speechwriter",
  // "Clinton's introducer", "Supreme Court justice", "former first lady", "this Trump look-alike".
  "commenter", "legend", "speechwriter", "introducer", "impostor", "look-alike", "lookalike", "justice", "lady", "socialist",
]);

/** Words that open what a head noun is of or for ("A producer for Yahoo Studios"): the head is the word before. */
const HEAD_ENDS: ReadonlySet<string> = new Set(["of", "for", "at", "with", "from", "in", "on", "by"]);

/**
 * A body's name that ends in a lower-case noun for one person ("GOP front-runner", "Party
 * nominee", "A Clinton ally", "a campaign surrogate", "A producer for Yahoo Studios"): a
 * description of someone unnamed, as "the Vermont senator" is, never a body's name (three stories'
 * "GOP front-runner" were one organisation). It opens with a capital or an indefinite article
 * ("a", "one") or "the"; what follows a preposition is another's ("a producer for Yahoo Studios" is the
 * producer). Plurals ("Party leaders") are left: a group may speak as a body.
 */
export function describesOnePerson(name: string): boolean {
  const words = name.trim().split(/\s+/);
  // Any first word: a description may open in lower case ("former first lady", "this Trump look-alike").
  if (words.length < 2) return false;
  const cut = words.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  const last = words[(cut > 0 ? cut : words.length) - 1];
  return /^\p{Ll}/u.test(last) && (ROLE_HEADS.has(last) || (PERSON_NOUNS.has(last) && !GROUP_PLURALS.has(last)));
}

/**
 * A share of people ("Almost half of respondents", "One in five", "Most", "Two-thirds of voters"),
 * however the attribution typed it: whoever its article polled, never one body across articles.
 */
// Up to two qualifiers ("Just over a quarter"), an adjective before "majority" ("vast majority of
// Americans"); "most" as a superlative ("most recent RealClearPolitics average") is no share.
const SHARE = /^(?:(?:almost|nearly|about|roughly|over|under|just|only|some|more than|less than|fewer than)\s+){0,2}(?:half|a third|a quarter|(?:a |the )?(?:(?:vast|large|slim|narrow|overwhelming|strong|growing|clear)\s+)?majority|most(?!\s+(?:recent|likely)\b)|many|few|two-thirds|three-quarters|one in \w+|\w+ in (?:\d+|ten|five|four|three))\b/i;
/**
 * A percentage ("Twenty-four percent", "Thirty per cent of voters", "About 9% of respondents"): a
 * share of whoever its article polled. Two stories' "Twenty-four percent" were one body.
 */
const PERCENT = /\bper ?cent\b|\d%/i;
export const isShareOfPeople = (name: string): boolean => SHARE.test(name.trim()) || PERCENT.test(name);

/** A country, a state or a city in one word that is no given name ("Russia", "Texas", "Beijing"; not "Virginia"), read with its article (not-person rule one-word-place). */
export const isOneWordPlace = (name: string): boolean => (isCountryName(name) || isStateName(name) || isCityName(name)) && !FIRST_NAME_GENDER.has(name.toLowerCase());

/**
 * The first part of a name written in one word with a capital inside that a person's name opens
 * with: a surname's prefix ("McCain", "MacArthur", "DeSantis", "LaHood", "DiCaprio", "VanDerveer",
 * "FitzGerald") or a given name's ("LeBron", "DeShawn", "JoAnn", "MaryAnn"). Two letters are a
 * name's prefix as a rule; longer ones only these.
 */
const NAME_PREFIXES: ReadonlySet<string> = new Set(["mac", "van", "von", "fitz", "del", "della", "ben", "abu", "bin", "ibn", "mary", "ann", "anna", "jean", "lou", "rose", "sue", "marie", "ray", "kay"]);

/**
 * One word with a capital inside after a run of three letters or more, or after capitals
 * ("RealClearPolitics", "ProPublica", "WikiLeaks", "HuffPollster", "PolitiFact", "AZCentral"): a
 * website's, an outlet's or a company's name, run together as a brand is. A person's name so written
 * opens with a prefix (NAME_PREFIXES: "McCain", "DeSantis", "LeBron").
 */
export function isRunTogetherName(name: string): boolean {
  // After capitals, a word of three letters or more ("AZCentral"): "PACs", "CEOs" are plurals.
  if (/^\p{Lu}{2,}(?:\p{Lu}\p{Ll}{2,})+$/u.test(name)) return true;
  const m = /^(\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)+$/u.exec(name);
  return !!m && m[1].length >= 3 && !NAME_PREFIXES.has(m[1].toLowerCase());
}

/**
 * Whether the mention at the cue is a document that holds the name as a word of its own ("the
 * RealClearPolitics polling average", "State Department cables … later released by WikiLeaks",
 * "recent polling" of the speaker "recent"): the speaker is the document or who made it. The
 * document's noun in lower case: a capitalised one is a body's name ("Stu Rothenberg of the …
 * Political Report", "The U.S. Geological Survey").
 */
export function inDocumentMention(name: string, mention: string | null | undefined): boolean {
  const m = mention?.trim();
  if (!m || m.length <= name.length + 3) return false;
  const at = m.indexOf(name);
  if (at < 0 || /[\p{L}\p{N}]/u.test(m[at - 1] ?? " ") || /[\p{L}\p{N}]/u.test(m[at + name.length] ?? " ")) return false;
  const head = documentHead(m);
  return head !== null && /^\p{Ll}/u.test(head);
}

/** Whether a name is a news outlet's: one the corpus names (an article's outlet, one told something) or a known one. */
export const isOutletName = (name: string, c: NotPersonContext): boolean => c.outlets?.has(outletKey(name)) === true || outletByName(name) !== null;

/**
 * Whether an article writes `word` as a person's surname: after a given name, an initial or (with
 * `titles`) a title ("Anna Courier", "Anna B. Courier", "Mayor Courier"). "according to Courier",
 * "The Courier reported" write the outlet.
 */
export function writesAsSurname(text: string, word: string, titles = true): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at + word.length] ?? " ")) continue;
    // The one word before it, on the same line: letters and dots only, so a bounded look back.
    const before = /(\p{L}[\p{L}.]{0,20})\s+$/u.exec(text.slice(Math.max(0, at - 24), at));
    if (!before) continue;
    const w = before[1];
    if (/^\p{Lu}\.$/u.test(w) || (titles && isTitle(w)) || FIRST_NAME_GENDER.has(w.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether a name is no person's by the corpus or its article: not a given name, not a surname the
 * corpus names someone in full by, and not written as a surname in its article ("Mr. Brennan"). The
 * guard of the rows that read a short name as a body's (company's short form, body-head,
 * definite-in-article).
 */
function namesNoPerson(name: string, c: NotPersonContext): boolean {
  return !FIRST_NAME_GENDER.has(name.toLowerCase()) && !isCorpusSurname(name, c) && (c.articleText === undefined || !writesAsSurname(c.articleText, name));
}

/**
 * Whether the article writes the name, or the mention at the cue ("Carrier" of the speaker "Outside
 * Carrier"), as a company's (bodyNames); the mention only where the name opens with no given name
 * ("Tony Podesta" credited as "Podesta" in a story of "Podesta employees" is the man, not his firm).
 * One word that is the surname of someone the corpus names in full is the person where the article
 * writes it as a surname ("Trump employees" beside "Donald Trump").
 */
function writtenAsBody(words: readonly string[], name: string, c: NotPersonContext): boolean {
  // The article's short form of a longer body name ("Hurun" of "Hurun Report"): never a surname of the
  // corpus's or the article's, nor a given name ("Trump" of "Trump Organization", "Ford" of "Ford Foundation").
  if (c.bodyNames && opensBodyName(c.bodyNames, name))
    return namesNoPerson(name, c);
  const mention = c.mention?.trim();
  const as = c.bodyNames?.has(name)
    ? name
    : mention && !FIRST_NAME_GENDER.has(words[0].toLowerCase()) && c.bodyNames?.has(mention)
      ? mention
      : null;
  if (!as) return false;
  return !(!as.includes(" ") && c.surnames?.has(as.toLowerCase()) && (c.articleText === undefined || writesAsSurname(c.articleText, as)));
}

/**
 * Whether one capitalised word opens a longer body name its article gives ("Hurun" of "Hurun
 * Report, a wealth research firm"): the article's short form of it (writtenAsBody weighs surnames).
 */
export function opensBodyName(names: ReadonlySet<string>, speaker: string): boolean {
  if (speaker.includes(" ") || !/^\p{Lu}/u.test(speaker)) return false;
  for (const n of names) if (n.length > speaker.length + 1 && n.startsWith(speaker) && n[speaker.length] === " ") return true;
  return false;
}

/** Words that open what a description's head noun is of, or a clause about it ("proponents of …", "those who …"): the head is the word before. */
const DESCRIPTION_ENDS: ReadonlySet<string> = new Set([...HEAD_ENDS, "who", "whom", "whose", "that", "which", "including", "like", "here", "there", "about"]);

/** Words for many people that a description may be alone or open with ("some", "those surveyed", "both"). */
const MANY_WORDS: ReadonlySet<string> = new Set(["some", "others", "both", "none", "those", "these", "several", "all", "more", "two", "three", "four", "five", "dozens", "hundreds", "thousands"]);

/**
 * Words for many that no one is named ("Several said …", "Dozens", "None"), capitalised or not; the
 * model's NOT_NAMES holds "some", "both", "all", "those", "these". Not "more" (Thomas More) nor
 * "others", which common-plural reads with its article. A quantifier is a group of people or
 * nothing: "Several" was one organisation (PolNeAR train).
 */
const NEVER_NAMES: ReadonlySet<string> = new Set(["several", "none", "two", "three", "four", "five", "dozens", "hundreds", "thousands"]);

/** Lower-case words in "-s" that are no plurals ("news", "series", "politics", "bias"). */
const NOT_PLURALS: ReadonlySet<string> = new Set(["news", "series", "species", "politics", "economics", "physics", "ethics", "was", "has", "does", "is", "as", "us", "yes", "its", "this", "thus", "plus", "less", "unless", "bias", "alias", "atlas", "canvas", "gas", "chaos", "lens", "headquarters"]);

/**
 * Whether a description (lower-case words: "those surveyed", "some technologists", "his show's
 * listeners", "Republican establishment figures") is of many: it opens with a word for many, or its
 * head noun (the last word before "of", "who", "in" …) is a lower-case plural. A name's head is
 * capitalised ("Bernie Sanders"), so it never counts.
 */
export function describesMany(words: readonly string[]): boolean {
  const first = bare(words[0]);
  // Capitalised only where it is no name ("Some", "Both" opening a sentence; not "Others", which
  // common-plural reads with its article).
  const many = MANY_WORDS.has(first) && (/^\p{Ll}/u.test(words[0]) || NOT_NAMES.has(first) || NEVER_NAMES.has(first));
  if (many && (words.length === 1 || !/^\p{Lu}/u.test(words[1]))) return true;
  const cut = words.findIndex((w, i) => i > 0 && DESCRIPTION_ENDS.has(w.toLowerCase().replace(/[,;:]$/u, "")));
  const raw = words[(cut > 0 ? cut : words.length) - 1].replace(/[,;:.]$/u, "");
  if (!/^\p{Ll}/u.test(raw)) return false;
  // Not "-ss", "-us", "-is" ("business", "campus", "analysis"), nor a possessive ("the company's").
  return GROUP_PLURALS.has(raw) || (/^[\p{Ll}-]+[^sui'’]s$/u.test(raw) && !NOT_PLURALS.has(raw));
}

/** The head noun of a description: the last word before what it is of or who it is ("advisers" of "advisers to the mayor"). */
function headOf(words: readonly string[]): string {
  const cut = words.findIndex((w, i) => i > 0 && DESCRIPTION_ENDS.has(w.toLowerCase().replace(/[,;:]$/u, "")));
  return words[(cut > 0 ? cut : words.length) - 1].replace(/[,;:.]$/u, "");
}

/**
 * Words that stand for one without saying one what, or an auxiliary that opened a question, alone
 * ("Another advised", a road sign; "One says", a ranking; "Another tweeted", a person; "Does"): no
 * one is named, neither a body nor a person. Not "May" and the other months of NOT_NAMES (a surname
 * as often), nor the words for many ("Some", "Both": describesMany).
 */
const NO_ONE_WORDS: ReadonlySet<string> = new Set(["another", "one", "each", "either", "neither", "this", "that", "does", "did", "is", "are", "was", "were", "has", "have", "had"]);

/** Plurals the person nouns hold that are bodies ("one of the groups" is a body). */
const BODY_PLURALS: ReadonlySet<string> = new Set(["groups", "organizations", "organisations"]);

/** A lower-case plural of people: a person noun's ("officials", "advisers") or a role's by its ending ("advocates", "rivals", "insiders"). */
const isPeoplePlural = (w: string): boolean => /^\p{Ll}/u.test(w) && (GROUP_PLURALS.has(w) || /(?:ists|ers|ors|ants|ents|ates|als|ians|ives|ees)$/u.test(w));

export const NOT_PERSON_RULES: readonly NotPersonRule[] = [
  {
    id: "number",
    reason: "a share or count (\"22 percent\", \"520 superdelegates\") is many people, never one name",
    type: "group",
    test: (words) => /^\p{N}/u.test(words[0]),
  },
  {
    id: "share",
    reason:
      "a share of people (\"Sixty-six percent\", \"Nearly half\", \"Many in the crowd\") is many people, however the attribution typed it: never one person, nor one body across articles",
    type: "group",
    from: ["person", "unknown", "organisation"],
    test: (_words, name) => isShareOfPeople(name),
  },
  {
    id: "group-plural",
    reason: "a party, people or role in the plural (\"Leading Democrats\", \"Senate Republican leaders\", \"Cuban Americans\") names a group",
    type: "group",
    test: (words) => words.some((w) => GROUP_PLURALS.has(bare(w))),
  },
  {
    id: "place",
    reason: "a place of two words or more (\"Capitol Hill\", \"United States\") speaks for its government or institution; no person is named so",
    type: "organisation",
    test: (words, name) => words.length > 1 && isPlaceName(name),
  },
  {
    id: "one-word-place",
    reason:
      "a country, a state or a city named in one word (\"Russia said\", \"Iran\", \"U.S.\", \"Texas\", \"Beijing\") speaks for its government, council or institution; not a given name (\"Virginia\"), nor where its article writes it as a surname (\"Michael Jordan\", \"Mr. Jordan\"), so only with its article's text",
    type: "organisation",
    test: (words, name, c) => words.length === 1 && c.articleText !== undefined && isOneWordPlace(name) && !writesAsSurname(c.articleText, name),
  },
  {
    id: "platform",
    reason: "a social platform (\"Twitter\") speaks as its company",
    type: "organisation",
    test: (words) => words.length === 1 && PLATFORMS.has(bare(words[0])),
  },
  {
    id: "outlet",
    reason:
      "a news outlet (\"Politico\", \"BuzzFeed\": one the corpus names as an article's outlet or one told something, or a known one) speaks as an organisation; not a surname a person the corpus names in full bears (\"Bloomberg\") where the article writes it as one (\"Michael Bloomberg\", \"Mayor Bloomberg\"; an article not read here counts as one)",
    type: "organisation",
    test: (words, name, c) =>
      isOutletName(name, c) && !(words.length === 1 && isCorpusSurname(name, c) && (c.articleText === undefined || writesAsSurname(c.articleText, name))),
  },
  {
    id: "acronym",
    reason:
      "one word in capitals, an acronym's length (\"CREW\", \"DOJ\", \"KING-TV\"), that its article never writes as a transcript's speaker label (\"WALLACE:\") names a body: a person's name in capitals is a label",
    type: "organisation",
    test: (words, name, c) => words.length === 1 && c.articleText !== undefined && isAcronym(name) && !c.articleText.includes(`${name}:`),
  },
  {
    id: "itself",
    reason: "a source the text calls \"itself\" (\"Ford itself said\") is a company or a body: a person is \"himself\" or \"herself\"",
    type: "organisation",
    test: (_words, _name, c) => speaksOfItself(c.mention),
  },
  {
    id: "company",
    reason:
      "a name its article writes as a company's (\"Verizon executives\", \"DuPont's board\", \"Acme Corp.\", \"Crowdpac, a start-up that …\", \"Exxon Mobil contended in its letter\") or that holds \"&\" (\"Johnson & Johnson\") is a company the name pattern took for a person; not a surname a person the corpus names in full bears where the article writes it as one (\"Trump employees\" beside \"Donald Trump\")",
    type: "organisation",
    test: (words, name, c) => words.includes("&") || writtenAsBody(words, name, c),
  },
  {
    id: "body-head",
    reason:
      "one word that opens a body's name the corpus credits elsewhere (\"Pew found\" beside \"the Pew Research Center\") is that body's short name, as a one-word name that opens a longer body name of its own article is (company); not a given name, a surname someone the corpus names in full bears, nor one its article writes as a surname (\"Mr. Brennan\")",
    type: "organisation",
    test: (words, name, c) =>
      words.length === 1 &&
      c.articleText !== undefined &&
      c.bodyHeads?.has(name) === true &&
      namesNoPerson(name, c),
  },
  {
    id: "document-mention",
    reason:
      "a description the credit's document holds (\"recent\" of \"according to recent polling\", \"the same polling\") is that document: the attribution cut the noun off",
    type: "document",
    test: (words, name, c) => /^\p{Ll}/u.test(words[0]) && inDocumentMention(name, c.mention),
  },
  {
    id: "document-maker",
    reason:
      "a name the credit's document holds (\"according to the RealClearPolitics polling average\", \"cables … later released by WikiLeaks\") is who made or published the document, a body; not a person's, given name first or written as a surname in its article (\"a memo by Jane Roe\", \"Ms. Roe's report\")",
    type: "organisation",
    test: (words, name, c) =>
      c.articleText !== undefined &&
      /^\p{Lu}/u.test(words[0]) &&
      !FIRST_NAME_GENDER.has(words[0].toLowerCase()) &&
      inDocumentMention(name, c.mention) &&
      !writesAsSurname(c.articleText, words[words.length - 1]),
  },
  {
    id: "run-together",
    reason:
      "one word with a capital inside after three letters or more (\"RealClearPolitics\", \"ProPublica\", \"WikiLeaks\", \"HuffPollster\") is a website's, an outlet's or a company's name run together as a brand is; a person's so written opens with a prefix (\"McCain\", \"DeSantis\", \"LeBron\"), and one its article writes as a surname stays a person",
    type: "organisation",
    test: (words, name, c) => words.length === 1 && c.articleText !== undefined && isRunTogetherName(name) && !FIRST_NAME_GENDER.has(name.toLowerCase()) && !writesAsSurname(c.articleText, name),
  },
  {
    id: "body-name-end",
    reason:
      "a name of two words or more that ends in a capitalised noun for a public body (\"U.S. Geological Survey\", \"National Park Service\", \"Federal Emergency Management Agency\") is that body; not after a given name or a title (\"Robert Service\")",
    type: "organisation",
    test: (words) => endsInPublicBodyNoun(words) && !FIRST_NAME_GENDER.has(words[0].toLowerCase()) && !isTitle(words[0]),
  },
  {
    id: "rank-company",
    reason:
      "\"General\" before one word that its article never writes after a given name or an initial (\"General Electric says\", \"General Motors\") is a company's name whose first word the attribution read as a rank: news names a general in full (\"Gen. John Allen\")",
    type: "organisation",
    test: (words, name, c) =>
      words.length === 1 && c.articleText !== undefined && c.mention?.trim() === `General ${name}` && !writesAsSurname(c.articleText, name, false),
  },
  {
    id: "definite-person-description",
    reason: "\"the\" before a party or a state's people in the singular (\"the Wisconsin Republican\", \"the Texan\") describes one person unnamed",
    type: "anonymous",
    test: (words, name, c) => definite(name, c) && PERSON_DESCRIPTION_HEADS.has(lastWord(words)),
  },
  {
    id: "definite-plural",
    reason: "\"the\" before a name in the plural (\"the Khans\", \"the Saudis\") names a family or a people",
    type: "group",
    test: (words, name, c) => definite(name, c) && /(?<![su])s$/.test(words[words.length - 1]),
  },
  {
    id: "definite-name",
    reason: "\"the\" before a name (\"The Hill\", \"The Blaze\", \"the NRA\") names an outlet or a body: a person's name never takes it",
    type: "organisation",
    test: (_words, name, c) => definite(name, c),
  },
  {
    id: "definite-in-article",
    reason:
      "one word its article writes after a lower-case \"the\" and before a mark, a possessive or an -ing word (\"the Playbook hitting your inbox\", \"the Ledger's\", \"the Courier.\") names a publication or a body: a person's name never takes \"the\" (\"the Trump campaign\", where a noun follows, is not read); not a given name, a surname someone the corpus names in full bears, nor one its article writes as a surname",
    type: "organisation",
    test: (words, name, c) =>
      words.length === 1 &&
      c.articleText !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(name) &&
      writesWithThe(c.articleText, name) &&
      namesNoPerson(name, c),
  },
  {
    id: "common-plural",
    reason: "one capitalised word in the plural that its article also writes in lower case (\"Others\", \"Companies\", \"Respondents\") is a common noun that opened its sentence: many people; a surname is never written in lower case",
    type: "group",
    test: (words, name, c) => words.length === 1 && !!c.articleText && CAPITAL_PLURAL.test(name) && hasLowerWord(c.articleText, name.toLowerCase()),
  },
  {
    id: "plural-description",
    reason:
      "a description of many (\"those surveyed\", \"some technologists\", \"opponents\", \"his show's listeners\", \"Republican establishment figures\"): its head noun is a lower-case plural, or it opens with a word for many; a group, no one unnamed source, nor one body where the attribution typed it so (\"Abortion rights advocates\", \"Some\", \"three television networks\")",
    type: "group",
    // An organisation's type too: read on PolNeAR train, 60 such descriptions were typed bodies, and a
    // body's own name has a capitalised head ("Reporters Without Borders", "United Auto Workers").
    from: ["person", "unknown", "organisation"],
    test: (words) => describesMany(words),
  },
  {
    id: "unnamed-many",
    reason:
      "a description the attribution typed one unnamed source whose head is a plural of people (\"Other refugee advocates\", \"some Republican leaders\", \"local officials\") is many: a group, as the same words typed a person are",
    type: "group",
    from: ["anonymous"],
    test: (words) => describesMany(words) && isPeoplePlural(headOf(words)),
  },
  {
    id: "one-of-many",
    reason:
      "\"one of\" many people (\"one of his senior aides\", \"one of two witnesses\", \"one of the former prosecutors for …\") is one person left unnamed, however the plural after it made the attribution type a group",
    type: "anonymous",
    from: ["group"],
    test: (words) => {
      if (words.length < 3 || !/^one$/i.test(words[0]) || words[1] !== "of") return false;
      const head = headOf(words.slice(2));
      return GROUP_PLURALS.has(head) && !BODY_PLURALS.has(head);
    },
  },
  {
    id: "both",
    reason:
      "\"Both\" opens no body's name: \"Both Ms. Conway and Mr. Bannon\", \"Both Cuban-Americans\" typed a body are two people or a people, a group (the word alone and \"Both men\" are plural-description's)",
    type: "group",
    from: ["organisation"],
    test: (words) => words.length > 1 && bare(words[0]) === "both",
  },
  {
    id: "no-one-named",
    reason:
      "a determiner that stands for one without saying one what, or an auxiliary, alone (\"Another advised\", \"One says\", \"Does\") names no one: neither a body nor a person; an unnamed source's own type stays (\"One resident … Another said\")",
    type: "unknown",
    from: ["person", "unknown", "organisation"],
    test: (words) => words.length === 1 && NO_ONE_WORDS.has(bare(words[0])),
  },
  {
    id: "lower-case-word",
    reason: "a lower-case word after the first, other than a surname's particle, makes a description (\"Republican establishment figures\", \"Sanders' campaign manager\")",
    type: "anonymous",
    test: (words) => words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !NAME_LOWER.has(w) && !LOWER_PREFIXED.test(w)),
  },
  {
    id: "publisher",
    reason:
      "a name its article writes only as a publisher's (\"according to Statista\", \"Variety reported\", \"a Pew survey\", a title in quotation marks, \"Department of Transportation (Caltrans)\") and never as a person's (no given name, initial, title, \"who\", \"he\"/\"she\" or role noun beside it; a longer name's last word never alone) is an outlet or a body; not one word the corpus names someone in full by, nor a common word its article writes in lower case",
    type: "organisation",
    test: (words, name, c) =>
      c.articleText !== undefined &&
      words.length <= 4 &&
      /^\p{Lu}/u.test(name) &&
      !(words.length === 1 && (isCorpusSurname(name, c) || isCommonWordName(name, c.articleText))) &&
      (c.publisherCues === undefined || atPublisherCue(c.articleText, name, c.publisherCues)) &&
      writesAsPublisher(c.articleText, name),
  },
];

const PERSON_OR_OPEN: readonly SpeakerType[] = ["person", "unknown"];

/** The rule that reads a person-typed name as another type, or null when it may be a person's name. */
export function notPersonRule(name: string, type: SpeakerType, context: NotPersonContext = {}): NotPersonRule | null {
  if (type !== "person" && type !== "unknown" && type !== "organisation" && type !== "anonymous" && type !== "group") return null;
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return NOT_PERSON_RULES.find((r) => (r.from ?? PERSON_OR_OPEN).includes(type) && r.test(words, name.trim(), context)) ?? null;
}

/** The type a quote's speaker is read as across articles: the attribution's, unless a rule above says otherwise. */
export const alignedType = (name: string, type: SpeakerType, context: NotPersonContext = {}): SpeakerType => notPersonRule(name, type, context)?.type ?? type;
