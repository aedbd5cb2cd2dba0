import { abbreviationBefore } from "../model/abbreviations.js";
import { OUTLET_WORDS, PERSON_NOUNS, WEEKDAYS } from "./lexicon.js";

/**
 * To whom, how and when words were given, read from the cue's clause. Each table row is a pattern
 * and what it means; the first row (in order) that matches wins.
 */

type MediumRow = { readonly id: string; readonly re: RegExp; readonly interview: boolean };

// Up to two words between a determiner and the medium noun ("in a rare interview", "in the CNN
// interview", "at a packed campaign rally"), but not a preposition or a relative word: "in an excerpt
// of the interview" is not the interview itself. Bounded, so it stays linear.
const MOD = String.raw`(?:(?!(?:of|about|with|for|to|after|before|and|or|that|which|where|on|in|at)\b)[\w’'.-]+ ){0,2}`;
const DET = String.raw`(?:an?|the|his|her|their|its)`;
const row = (src: string): RegExp => new RegExp(src, "i");

export const MEDIUM_RULES: readonly MediumRow[] = [
  { id: "statement", re: row(String.raw`\bin ${DET} ${MOD}(?:statement|press release|communiqué)\b|\b(?:issued|released|put out|sent out) an? (?:written |joint |brief |short |separate )?(?:statement|press release)\b`), interview: false },
  { id: "via", re: /\bvia (?:Skype|WhatsApp|Facebook Messenger|Messenger|Telegram|Signal|Zoom|FaceTime|e-?mail|text(?: message)?s?|video(?: ?link)?|(?:tele)?phone|satellite phone)\b/i, interview: true },
  { id: "phone", re: /\b(?:by|over the|on the) (?:tele)?phone\b|\b(?:telephone|phone) (?:interview|call|conversation)\b/i, interview: true },
  // A call many listened in on: not words given to one outlet.
  { id: "call", re: row(String.raw`\b(?:on|in|during) ${DET} ${MOD}(?:conference|media|press|video) call\b|\bon ${DET} call with reporters\b`), interview: false },
  { id: "texts", re: /\bin (?:a series of |several |a few )?(?:texts|text messages|a text message|a text|messages)\b|\btexted\b/i, interview: true },
  { id: "radio", re: /\bradioed\b|\bover the radio\b|\bby radio\b/i, interview: false },
  // "emailed supporters", "in an email blast", "in an email newsletter": a message to a list, not
  // words given to the reporter (the row before "email" wins a tie at the same word).
  { id: "mass-email", re: /\be-?mailed (?:his |her |their |the campaign's |the campaign’s )?(?:supporters|donors|members|followers|subscribers|staff|colleagues|volunteers)\b|\bin an? e-?mail (?:blast|newsletter|appeal|solicitation|pitch|alert|fundraising (?:appeal|pitch|plea|request))\b/i, interview: false },
  { id: "email", re: /\bin an? e-?mail(?:ed)?(?: statement| message)?\b|\be-?mailed\b|\bby e-?mail\b/i, interview: true },
  { id: "interview", re: row(String.raw`\b(?:in|during|at) (?:${DET}|one) ${MOD}interview\b`), interview: true },
  { id: "tweet", re: /\bon Twitter\b|\bin an? (?:series of )?tweets?\b|\btweeted\b|\bon X\b/i, interview: false },
  { id: "social", re: row(String.raw`\bon (?:Facebook|Instagram|Telegram|YouTube|TikTok)\b|\bin an? (?:Facebook|Instagram) post\b|\bon (?:his|her|their|its|the) (?:official |campaign )?(?:(?:Facebook|Instagram|Twitter|YouTube) (?:page|account|feed|channel)|website|web site|blog|podcast)\b`), interview: false },
  { id: "conference", re: row(String.raw`\b(?:at|during|in) ${DET} ${MOD}(?:press|news) (?:conference|briefing)\b|\bat a briefing\b|\bto reporters\b`), interview: false },
  { id: "appearance", re: row(String.raw`\b(?:during|in) ${DET} ${MOD}(?:appearance|sit-down)\b`), interview: false },
  { id: "speech", re: row(String.raw`\bin ${DET} ${MOD}(?:speech|remarks|address)\b|\b(?:at|during) ${DET} ${MOD}(?:rally|event|campaign stop|town hall|speech|debate|forum|fundraiser|hearing)\b`), interview: false },
  // "in the Post" is a newspaper, so "post" only after "a"; the other writings after any determiner.
  { id: "letter", re: row(String.raw`\bin an? (?:letter|memo|op-ed|column|blog post|post|essay|editorial|affidavit|court filing|filing)\b|\bin (?:his|her|their|its|the) (?:letter|memo|op-ed|column|essay|editorial|affidavit|court filing|filing|book)\b`), interview: false },
  // A writing or a recording with words before its noun ("in a fundraising email", "in his 2012
  // book", "in a video posted Monday"), or an email that is not one to the reporter ("in the email").
  { id: "writing", re: row(String.raw`\bin ${DET} ${MOD}(?:e-?mail|video(?: message)?|ad|spot|note|report|analysis|white paper|documentary|memoir|autobiography|book|letter|memo|op-ed|essay|column|editorial|filing)\b`), interview: false },
];

// The rows as one alternation, each in a group of its own: its leftmost match is the leftmost of
// every row's, and at that place the alternatives are tried in table order, so the earliest match,
// ties going to the earlier row, comes from one search instead of one per row. Every alternative
// of every row opens with \b (tests/attribute/scanners.test.ts), so one \b before them all
// matches the same: a place that opens no word is then turned away once, not by each alternative
// in turn. So turned away, most places cost less than a test for the rows' words did before the
// search (MEDIUM_WORDS, a grouped list of sixty): over the 26,500 clauses of 10 MB of the bench's
// text, that test and the search took 5,140 instructions a clause (valgrind), this search alone 2,720.
export const MEDIUM_ANY = new RegExp(String.raw`\b(?:${MEDIUM_RULES.map((r) => `(${r.re.source})`).join("|")})`, "i");

/** The clause's earliest medium, whether it is an interview, and where in the clause it starts (so a caller reads what follows it without searching again). */
export function findMedium(clause: string): { medium: string; interview: boolean; at: number } | null {
  const m = MEDIUM_ANY.exec(clause);
  if (!m) return null;
  let k = 0;
  while (m[k + 1] === undefined) k++;
  return { medium: m[0], interview: MEDIUM_RULES[k]!.interview, at: m.index };
}

// A station's channel number stays with its name ("told ABC 7", "told Channel 4"), not a count
// ("told CNN 2 days later").
const NAME_SEQ = /((?:[Tt]he )?(?:[\p{Lu}][\p{L}&'’.-]*|[\p{Lu}]{2,})(?:\s+(?:of\s+)?(?:[\p{Lu}][\p{L}&'’.-]*))*(?: \d{1,2}(?![\d,.:/%-]?\d| ?%| (?:percent|per|days?|weeks?|months?|years?|hours?|minutes?|times|points?|of|or|to|and)\b)(?:\s+[\p{Lu}][\p{L}&'’.-]*)*)?)/u;

// Words that name a kind of medium, not one outlet: "said to the TV" is a set in the room, "told the
// network" points back at some outlet without naming it.
const GENERIC_MEDIA: ReadonlySet<string> = new Set([
  "tv", "television", "radio", "newspaper", "paper", "network", "show", "podcast", "channel", "agency", "outlet",
  "press", "news", "wire", "magazine",
]);

function outletLike(name: string): boolean {
  // (A channel number after a station's call letters, "KRVX 7", leaves them one word.)
  const ws = name.replace(/['’]s$/, "").replace(/ \d{1,2}$/, "").split(/\s+/);
  const bare = ws[0]?.toLowerCase() === "the" ? ws.slice(1) : ws;
  if (bare.length === 1 && GENERIC_MEDIA.has(bare[0]!.toLowerCase())) return false;
  return ws.some((w) => OUTLET_WORDS.has(w.toLowerCase().replace(/[.'’]/g, ""))) || (ws.length === 1 && /^\p{Lu}{2,6}$/u.test(ws[0]));
}

// What is sent in words ("a statement to", "an email to").
const SENT_NOUN = String.raw`(?:statement|e-?mail|letter|text(?: message)?|message|note|(?:phone )?call|comments|remarks)`;

// (Not to a person at an outlet, "in an email to KRVX’s Ada Lind": that is a letter between people.)
const SENT_TO = new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring|[Vv]ia|[Oo]ver) (?:an?|the|his|her|their|its) (?:[\w’'-]+ ){0,2}?${SENT_NOUN}\s+to\s+` + NAME_SEQ.source, "u");

const OUTLET_CUES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:told|telling|tells|tell)\s+` + NAME_SEQ.source, "u"),
  new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring|[Aa]t) (?:an?|the|his|her|their|its) (?:[\w’'-]+ ){0,2}?(?:interview|appearance|sit-down)(?: (?:on |last |this )?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?: morning| afternoon| evening| night)?)? (?:with|on)\s+` + NAME_SEQ.source, "u"),
  // "in a CNN interview", "during a Fox News interview": the outlet before the noun (outletLike decides;
  // "in a Friday interview" names none).
  new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring) (?:an?|the|his|her|their) ` + NAME_SEQ.source + String.raw`\s+interview\b`, "u"),
  // "in a statement to the AP", "wrote in an email to POLITICO", "during a call to KRVX": words
  // sent to an outlet (outletLike decides: "in a letter to Senate leaders" names none).
  SENT_TO,
  new RegExp(String.raw`\b(?:said|says|told|speaking|spoke|appearing|wrote|stating|stated)\s+(?:on|to|in)\s+` + NAME_SEQ.source, "u"),
];

// What every OUTLET_CUES row needs before its name: a quick test that rules most clauses out.
// Grouped by first letter: at each position irregexp tries six alternatives,
// not sixteen (the same clauses pass: only whether there is a match is read). It runs once a quote.
export const OUTLET_CUE_WORDS =
  /\bt(?:ell|old\s)|\binterview(?:\b|ed\s+(?:on|to|in)\s)|\bappear(?:ance\b|(?:ing|ed)\s+(?:on|to|in)\s)|\bs(?:it-down\b|(?:aid|ays|peaking|poke|tating|tated)\s+(?:on|to|in)\s)|\bwrote\s+(?:on|to|in)\s|(?:statement|mail|letter|text|message|note|call|comments|remarks) to\s/;

const POSSESSOR = /^(.*?)(?:['’]s\b|(?<=[sS])['’](?=\s))/;

// Nouns for a kind of outlet: next to a name they make it one, whatever its words ("told El Universal
// newspaper", "in an interview with Time magazine", "told the Paris daily Libération", "told French
// television station BFMTV").
const MEDIA_NOUN = String.raw`(?:daily|newspaper|paper|weekly|magazine|tabloid|(?:television|TV|radio) (?:station|network|channel)|television|TV|radio|broadcaster|news agency|news service|news site|website)`;
const MEDIA_NOUN_NEXT = new RegExp(String.raw`^\s+${MEDIA_NOUN}\b`);
const NOUN_THEN_NAME = new RegExp(
  String.raw`\b(?:told|telling|tells|tell|with|to|on|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}${MEDIA_NOUN}\s+([\p{Lu}][^\s,;:!?"“”()]*(?:\s[\p{Lu}][^\s,;:!?"“”()]*){0,3})`,
  "u",
);
const MEDIA_NOUN_WORDS = /daily|paper|weekly|magazine|tabloid|television|TV|radio|broadcaster|agency|service|site/;
// Letters alone ("told FBI agents") name an outlet only when no people follow them: then they are the
// agents' agency, not the outlet the words were given to.
const PEOPLE_NEXT = /^\s+(\p{Ll}+)/u;

// "the MSNBC hosts", "told the AP": the article belongs to the phrase, not to a name in capitals; a
// name in words keeps it ("The Riverton Gazette").
function asWritten(name: string): string {
  if (/^[Tt]he \p{Lu}{2,}(?: \d{1,2})?$/u.test(name)) return name.slice(4);
  return name.replace(/^the /, "The ");
}

const PERSON_NAME = /^(?!The )\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u;
// Two or three capitalised words, each with small letters ("Glenn Beck", not "USA TODAY").
const isPersonName = (name: string): boolean => PERSON_NAME.test(name) && name.split(" ").every((w) => /\p{Ll}/u.test(w));
const SENTENCE_AFTER = /^(.*?\p{L}{4})\.\s+\p{Lu}.*$/u;
const TRAILING_WEEKDAY = /\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;

// Nouns a newspaper's name is made of, two of which "and" joins into one name ("The Post and
// Courier", "The News & Observer"; not "the AP and Reuters", two outlets).
const PAPER_NOUNS: ReadonlySet<string> = new Set([
  "post", "courier", "news", "observer", "herald", "review", "times", "journal", "gazette", "tribune", "sun", "star",
  "chronicle", "mirror", "express", "standard", "bulletin", "dispatch", "inquirer", "examiner", "telegraph", "guardian",
  "monitor", "independent", "press", "record", "sentinel", "register", "globe", "leader", "citizen", "advertiser",
]);
const PAPER_PAIR = /\b(?:told|telling|tells|tell|to|with|on|in)\s+[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(and|&)\s+(\p{Lu}\p{Ll}+)\b/u;

// A programme named alone, in quotation marks: 'told "Fox and Friends"', 'said on “Meet the
// Press.”', 'in an interview with "The View"'. It is what a reader looks up, so it is the outlet;
// with its network named ("ABC's “This Week”") the network is (the rows above find it first).
// Title case only (each word capitalised but the small ones), so a quotation after "told" is none.
const PROGRAMME = /\b(?:told|telling|tells|(?:said|says|speaking|spoke|appearing|appeared|stating|stated)\s+on|(?:interview|appearance)\s+(?:with|on))\s+[“"]((?:[\p{Lu}\d][\p{L}\d'’&.-]*)(?:\s+(?:(?:and|the|of|with|a|in|on|at|for|to)\s+)?[\p{Lu}\d][\p{L}\d'’&.-]*){0,5}?)[,.]?(?:[”"]|$)/u;

function programmeAlone(clause: string): string | null {
  if (!clause.includes("“") && !clause.includes('"')) return null;
  const m = PROGRAMME.exec(clause);
  return m ? m[1].replace(/[.,]$/, "") : null;
}

/**
 * Programmes and publications whose names hold no word of an outlet, or only one in part: named alone,
 * without quotation marks, they were no outlet ("told the New Yorker", "told Meet the Press") or half
 * of one ("during his appearance on Fox and Friends" gave "Fox"). A lexicon of well-known names, each
 * with how it is written.
 */
export const NAMED_MEDIA: readonly { readonly id: string; readonly name: string; readonly written: string; readonly reason: string }[] = [
  { id: "fox-and-friends", name: "Fox and Friends", written: String.raw`Fox (?:and|&) Friends`, reason: "Fox News' morning programme; 'Fox' alone is the network" },
  { id: "meet-the-press", name: "Meet the Press", written: "Meet the Press", reason: "NBC's Sunday programme; no outlet word in it" },
  { id: "face-the-nation", name: "Face the Nation", written: "Face the Nation", reason: "CBS's Sunday programme; no outlet word in it" },
  { id: "morning-joe", name: "Morning Joe", written: "Morning Joe", reason: "MSNBC's morning programme; reads as a person's name" },
  { id: "good-morning-america", name: "Good Morning America", written: "Good Morning America", reason: "ABC's morning programme" },
  { id: "sixty-minutes", name: "60 Minutes", written: "60 Minutes", reason: "CBS's news magazine; reads as a length of time" },
  { id: "the-view", name: "The View", written: "The View", reason: "ABC's talk programme (capitalised: 'the view' is a noun)" },
  { id: "situation-room", name: "The Situation Room", written: "The Situation Room", reason: "CNN's programme" },
  { id: "kelly-file", name: "The Kelly File", written: "The Kelly File", reason: "Fox News' evening programme" },
  { id: "oreilly-factor", name: "The O'Reilly Factor", written: "The O['’]Reilly Factor", reason: "Fox News' evening programme" },
  { id: "hardball", name: "Hardball", written: "Hardball", reason: "MSNBC's evening programme" },
  { id: "squawk-box", name: "Squawk Box", written: "Squawk Box", reason: "CNBC's morning programme" },
  { id: "tonight-show", name: "The Tonight Show", written: "The Tonight Show", reason: "NBC's late-night programme" },
  { id: "late-show", name: "The Late Show", written: "The Late Show", reason: "CBS's late-night programme" },
  { id: "daily-show", name: "The Daily Show", written: "The Daily Show", reason: "Comedy Central's programme ('Daily' alone would be a paper)" },
  { id: "new-yorker", name: "The New Yorker", written: "New Yorker(?!s)", reason: "the magazine; 'the New Yorker' is also a person from New York, so only after a cue that gives words to an outlet" },
  { id: "vanity-fair", name: "Vanity Fair", written: "Vanity Fair", reason: "the magazine; no outlet word in it" },
  { id: "rolling-stone", name: "Rolling Stone", written: "Rolling Stone", reason: "the magazine; no outlet word in it" },
  { id: "mother-jones", name: "Mother Jones", written: "Mother Jones", reason: "the magazine; reads as a person's name" },
  { id: "usa-today", name: "USA Today", written: "USA Today", reason: "the newspaper; 'Today' is no outlet word" },
  { id: "usa-today-caps", name: "USA TODAY", written: "USA TODAY", reason: "the newspaper as it writes its own name" },
  { id: "yahoo", name: "Yahoo", written: String.raw`Yahoo(?:!?\s+(?:News|Politics|Finance))?`, reason: "the news site, named alone or with its section" },
  { id: "the-hill", name: "The Hill", written: "The Hill", reason: "the Washington paper (capital 'The' only: 'the Hill' is Congress)" },
  { id: "vogue", name: "Vogue", written: "Vogue", reason: "the magazine; no outlet word in it" },
  { id: "theblaze", name: "TheBlaze", written: "TheBlaze", reason: "the news site; one word, not letters alone" },
  { id: "tmz", name: "TMZ", written: String.raw`TMZ(?:\s+Sports)?`, reason: "the celebrity news site, with its sports section" },
];

// A cue that gives words to whom follows it: "told", "said on", "in an interview with", "during his
// appearance on". The name right after it (a "the" and an opening mark allowed), not further on: "told
// CNN's Meet the Press" is CNN's (the rows below). Case matters: names are capitalised.
const NAMED_MEDIA_CUE = new RegExp(
  String.raw`\b(?:told|telling|tells|tell|(?:said|says|speaking|spoke|appearing|appeared|stating|stated|interviewed)\s+(?:on|to)|(?:interview|appearance|sit-down)(?:\s+(?:on\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday))?\s+(?:with|on))\s+(?:[Tt]he\s+)?[“"‘']?(` +
    NAMED_MEDIA.map((r) => `(${r.written})`).join("|") +
    String.raw`)(?![\p{L}\d])`,
  "u",
);
// Every NAMED_MEDIA name holds one of these words: most clauses have none.
const NAMED_MEDIA_WORDS = /Friends|Press|Nation|Joe|America|Minutes|View|Room|File|Factor|Hardball|Squawk|Show|Yorker|Fair|Stone|Jones|Today|TODAY|Yahoo|Hill|Vogue|Blaze|TMZ/;

function namedMedium(clause: string): string | null {
  if (!NAMED_MEDIA_WORDS.test(clause)) return null;
  const m = NAMED_MEDIA_CUE.exec(clause);
  if (!m) return null;
  let k = 0;
  while (m[k + 2] === undefined) k++;
  return NAMED_MEDIA[k]!.name;
}

/** "told AFP", "told The Daily Beast", "in an interview with CNN" -> the outlet as written. */
export function findToOutlet(clause: string): string | null {
  if (!OUTLET_CUE_WORDS.test(clause)) return null;
  const named = namedMedium(clause);
  if (named) return named;
  const described = outletAfterMediaNoun(clause);
  if (described) return described;
  if (clause.includes(" and ") || clause.includes(" & ")) {
    const p = PAPER_PAIR.exec(clause);
    if (p && PAPER_NOUNS.has(p[1].toLowerCase()) && PAPER_NOUNS.has(p[3].toLowerCase())) return `The ${p[1]} ${p[2]} ${p[3]}`;
  }
  for (const re of OUTLET_CUES) {
    const m = re.exec(clause);
    if (!m) continue;
    // "told CNN Tuesday": the day is when, not to whom. "told POLITICO. Such …": a full stop after
    // a word (not an initial, "U.S. News") ends the sentence and the name.
    const name = m[1].replace(SENTENCE_AFTER, "$1").replace(/['’]s?$/, "").replace(/[.,]$/, "").replace(TRAILING_WEEKDAY, "");
    // "told CNN’s Jake Tapper" -> CNN; "told Fox News’ Megyn Kelly" -> Fox News (a name ending in s
    // takes the bare apostrophe).
    const poss = POSSESSOR.exec(m[1]);
    if (poss && re === SENT_TO && isPersonName(m[1].slice(poss[0].length).trim())) continue;
    // "told Megyn Kelly of Fox News" -> Fox News: a person's name before "of" is the host, the
    // outlet follows ("the Voice of Oakdale Radio" stays whole).
    const of = / of (.+)$/.exec(name);
    const host = of && PERSON_NAME.test(name.slice(0, of.index)) && outletLike(of[1]);
    const after = clause.slice(m.index + m[0].length);
    if (MEDIA_NOUN_NEXT.test(after)) {
      // "told Britain’s ITV television station": the name after a possessive is the outlet's; "said
      // on Glenn Beck’s radio program": a person's programme names no outlet.
      const rest = poss ? m[1].slice(poss[0].length).trim() : "";
      const named = rest || (poss ? poss[1] : name);
      const hostOnly = poss && !rest && !outletLike(named) && isPersonName(named);
      if (named && !hostOnly) return asWritten(named.replace(/^[Tt]he /, ""));
      continue;
    }
    const candidate = poss && outletLike(poss[1]) ? poss[1] : host ? of[1] : name;
    if (!outletLike(candidate)) continue;
    const people = PEOPLE_NEXT.exec(after);
    if (people && PERSON_NOUNS.has(people[1]) && !candidate.split(/\s+/).some((w) => OUTLET_WORDS.has(w.toLowerCase()))) continue;
    return asWritten(candidate);
  }
  return programmeAlone(clause);
}

// After an acronym, what tells a body or its gathering, not a newsroom ("the AIPAC conference",
// "QRX's annual convention", "a speech to QRX").
const GATHERING_AFTER = String.raw`(?:['’]s)?\s+(?:annual\s+|policy\s+|national\s+|spring\s+|fall\s+)?(?:conference|convention|speech|summit|gathering|audience|crowd|members|delegates|meeting|forum|rally)\b`;
const GATHERING_BEFORE = String.raw`\b(?:speech|address|remarks|spoke|speaking|appearance|appeared)\s+(?:to|before|at)\s+(?:the\s+)?`;

/**
 * Whether the article shows a bare acronym taken for an outlet ("told QRX") to be a body or its
 * gathering, to which words were said as to an audience: it spells the acronym out as a name with no
 * word of an outlet in it ("the Citizens for Fair Ports (QRX)"), or tells of its conference or a
 * speech to it. Outlet words ("CNN", "AP") are never asked about; letters with no such sign stay.
 */
export function namedAsBody(text: string, name: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(name) || OUTLET_WORDS.has(name.toLowerCase())) return false;
  const spelled = text.indexOf(`(${name})`);
  if (spelled > 0) {
    const before = text.slice(Math.max(0, spelled - 100), spelled).split(/[.;:!?,()“”"]/).pop() ?? "";
    const words = before.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length > 0 && !words.some((w) => OUTLET_WORDS.has(w.toLowerCase()))) return true;
  }
  const re = new RegExp(String.raw`\b${name}${GATHERING_AFTER}|${GATHERING_BEFORE}${name}\b`, "u");
  return re.test(text);
}

/** "told the Paris daily Libération", "told French television station BFMTV": the name after the noun for its kind. */
function outletAfterMediaNoun(clause: string): string | null {
  if (!MEDIA_NOUN_WORDS.test(clause)) return null;
  const n = NOUN_THEN_NAME.exec(clause);
  if (!n) return null;
  const name = n[1].replace(SENTENCE_AFTER, "$1").replace(/[.,]$/, "").replace(TRAILING_WEEKDAY, "");
  // ("told Time magazine Tuesday": a day is no name.)
  return name && !/^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b/.test(name) ? name : null;
}

const DAY_MS = 86_400_000;
// Every weekday, relative word and month name below holds one of these (case matters for the months:
// "may" is a verb).
const DAY_WORDS = /day|night|morning|afternoon|evening|tonight|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/i;

/**
 * Whether `text` may name a day findSpokenOn reads: false means findSpokenOn gives null for it and
 * for any part of it (the words it looks for hold no space, so pieces joined by one space name none
 * either), so a caller can rule out every piece of a clause with one test of the whole.
 */
export const mayNameDay = (text: string): boolean => DAY_WORDS.test(text);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
// "on Feb. 12", "dated March 3, 2012": a date with "on" or "dated" before it is when; a bare one ("the
// March 15 primary") more often names another event. The months as written in news copy.
const DATE_ON = /\b(?:on|dated) (Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?) (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4})\b)?/;

/**
 * The day the words were said, from a weekday, a relative word or a date in the cue's clause and the
 * article's publication date: a weekday is the latest such day on or before publication; a date
 * without a year the latest on or before it (one after publication is some other event's: null).
 * The earliest of them in the clause wins. With no publication date only a date with its year says
 * the day.
 */
export function findSpokenOn(clause: string, published: string | null): string | null {
  // Every weekday, relative word and month below holds one of these: most cue clauses name no day,
  // and one test rules them out before the date is parsed (this runs for every credited quote).
  if (!mayNameDay(clause)) return null;
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? Date.parse(published + "T00:00:00Z") : NaN;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const wd = firstWeekday(clause);
  // (Not the newspaper: "USA TODAY".)
  const rel = /\b(yesterday|last night|(?<!USA )today|this morning|this afternoon|this evening|tonight|earlier today)\b/i.exec(clause);
  const date = DATE_ON.exec(clause);
  const at = (m: RegExpExecArray | null): number => (m ? m.index : Infinity);
  const first = Math.min(at(wd), at(rel), at(date));
  if (first === Infinity) return null;
  if (date && first === date.index) return dateOn(date, Number.isNaN(pub) ? null : pub);
  // A weekday or "yesterday" counts back from the publication date: an undated article cannot say it.
  if (Number.isNaN(pub)) return null;
  if (wd && first === wd.index) {
    const target = WEEKDAYS.indexOf(wd[1].toLowerCase() as (typeof WEEKDAYS)[number]);
    const pubDay = new Date(pub).getUTCDay();
    let back = (pubDay - target + 7) % 7;
    if (/^last /i.test(wd[0]) && back === 0) back = 7;
    return iso(pub - back * DAY_MS);
  }
  return iso(rel && /yesterday|last night/i.test(rel[1]) ? pub - DAY_MS : pub);
}

// (The words before the day as they open a sentence too: "Last Monday, Lee told reporters".)
const WEEKDAY = /\b(?:[Oo]n |[Ll]ast |[Tt]his |[Ee]arly |[Ll]ate )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
// A weekday after one of these is not the day words were said but a day ahead or a bound ("next
// Tuesday", "scheduled for Friday", "until Monday", "tallied through Wednesday"), or a name ("a
// memoir by Wednesday Martin").
const NOT_THE_DAY = /\b(?:[Nn]ext|[Uu]ntil|[Tt]ill|[Ff]or|[Tt]hrough|[Bb]y)\s+$/;

/** The first weekday in the clause that can be the day it was said (see NOT_THE_DAY). */
function firstWeekday(clause: string): RegExpExecArray | null {
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(clause); m; m = WEEKDAY.exec(clause)) {
    if (!NOT_THE_DAY.test(clause.slice(Math.max(0, m.index - 12), m.index))) return m;
  }
  return null;
}

const NO_YEAR_DAYS = 200;

function dateOn(m: RegExpExecArray, pub: number | null): string | null {
  const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  const day = Number(m[2]);
  if (month < 0 || day < 1 || day > 31) return null;
  const make = (y: number): number => Date.UTC(y, month, day);
  // Feb. 30 rolls over into March: not a date.
  const valid = (ms: number): boolean => new Date(ms).getUTCDate() === day;
  // An undated article (a page or text with no date of its own): a date that gives its year still
  // names the day ("a tweet … on March 5, 2024"); one without a year cannot be placed.
  if (pub === null) {
    if (!m[3]) return null;
    const ms = make(Number(m[3]));
    return valid(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
  }
  const pubYear = new Date(pub).getUTCFullYear();
  let ms = m[3] ? make(Number(m[3])) : make(pubYear);
  // No year: December's date in a January article is last year's.
  if (!m[3] && ms > pub) ms = make(pubYear - 1);
  // A date with no year more than some months back names an older event than the quote's ("a tweet
  // posted on January 23", "the primary on March 1" of next year read as this year's).
  if (!m[3] && ms < pub - NO_YEAR_DAYS * DAY_MS) return null;
  if (!valid(ms) || ms > pub) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

// Words that open a phrase before a sentence's subject and tell where, how or when it spoke ("In an
// interview with CNN, Lee said", "During a rally Tuesday night, Lee said", "Speaking on Fox News
// Sunday, she said"). Not "In response to X's tweet Monday": that is someone else's occasion.
const OPENER = /^(?:(?:Meanwhile|Later|Earlier|Also|But|And|Still|Separately|Then),?\s+)?(?:(?:In|At|During|On|Over|Via|By)\s(?!(?:response|reply|reaction|contrast|addition|turn|fact|other|the other hand|the contrary|the time|top of)\b)|(?:Speaking|Appearing|Addressing|Writing|Talking|Testifying|Campaigning|Interviewed|Reached|Earlier|Later|Late|Early|Last|This|Yesterday|Today|Tonight|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)/;
// An auxiliary makes the words before the source a clause of their own ("In Louisville on March 1, Lee
// was shocked, she said later"): its day is not when the source spoke.
const CLAUSE_VERB = /\b(?:was|were|is|are|has|had|have|will|would|did|does|do)\b/;
// ("before" and "after" are prepositions as often: "Appearing before supporters Monday, X said"; a
// bare "as" tells the same time: "In a memo released as polls closed Tuesday".)
const SUBORDINATE = /\b(?:that|which|who|whom|whose|where|when|while|even as|just as|because|since|although|though)\b/;
// A phrase set off by commas between the subject and its verb ("Lee, in a statement Monday, said").
const ASIDE = /^\s*[,—–(]\s*(?:(?:In|At|During|On|Over|Via|By|in|at|during|on|over|via|by)\s(?!(?:response|reply|reaction|contrast|addition|turn|fact|other|the other hand|the contrary|the time|top of)\b)|(?:speaking|appearing|addressing|writing|talking|testifying|reached|interviewed|earlier|later)\b)[^.;!?]*[,—–)]\s*$/;

// The words between the source and its cue in one clause ("Trump on Tuesday said", "Lee shot back
// in a statement, saying"): the verb's adverbials, or the main verb's before a participle cue. Not
// across a stop, a bracket, a dash or an inner comma, a second verb joined on ("attacked Lee on
// Monday and said") or a subordinate clause (SUBORDINATE).
const BETWEEN = /^[^.;:!?“”"()[\]—–,]{1,120}(,?)\s*$/;
const JOINED = /\b(?:and|but|or|then)\b/;

function verbWordsBetween(between: string, cueStart: string): boolean {
  const b = BETWEEN.exec(between);
  if (!b || JOINED.test(between) || SUBORDINATE.test(between)) return false;
  // A comma before the cue only before a participle ("…, saying"); a tense of its own ("says he would
  // release them on Friday, calling") is another clause with its own day.
  if (b[1] && !/^\p{L}+ing\b/u.test(cueStart)) return false;
  return !CLAUSE_VERB.test(between);
}

/**
 * The narration before a quote's source that tells where, how or when it spoke but lies outside the
 * cue's clause: an opening phrase that ends in a comma right before the source (the sentence's start
 * up to `mention`), and an aside or the verb's own words between the source and the clause. Empty when there is none.
 */
export function circumstancesAround(text: string, mention: { start: number; end: number }, clauseStart: number): string {
  let out = "";
  if (clauseStart > mention.end && clauseStart - mention.end < 200) {
    const aside = text.slice(mention.end, clauseStart);
    if (ASIDE.test(aside) || verbWordsBetween(aside, text.slice(clauseStart, clauseStart + 16))) out = aside;
  }
  if (mention.start > clauseStart) return out;
  let i = mention.start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  const c = text[i - 1];
  // The cheap test first: most sources open their sentence or follow a word, not a comma.
  if (c !== "," && c !== "—" && c !== "–" && c !== "-") return out;
  // Back to the sentence's start: a stop (with a closing mark after it) and a space, or the line's start.
  const from = Math.max(0, i - 250);
  let s = i - 1;
  while (s > from && !sentenceStartsAt(text, s)) s--;
  if (s === from && from > 0 && !sentenceStartsAt(text, s)) return out;
  const whole = text.slice(s, i).replace(/^[\s([]+/, "");
  if (!OPENER.test(whole)) return out;
  // "On the same day that footage emerged of a fight at a rally": what follows a relative or
  // subordinate word is another event's.
  const sub = SUBORDINATE.exec(whole);
  const opener = sub ? whole.slice(0, sub.index) : whole;
  return CLAUSE_VERB.test(opener) ? out : opener + " " + out;
}

const isSpace = (c: number): boolean => c === 32 || c === 160 || c === 9;
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;
const isCloseMark = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019;

/**
 * Whether a sentence starts at `s`: after a line break, or after a stop (and closing marks) and a
 * space with a capital or an opening mark next; a stop after an abbreviation ends no sentence.
 */
function sentenceStartsAt(text: string, s: number): boolean {
  if (s === 0 || text.charCodeAt(s - 1) === 10) return true;
  if (!isSpace(text.charCodeAt(s - 1))) return false;
  let k = s - 2;
  while (k >= 0 && isCloseMark(text.charCodeAt(k))) k--;
  if (k < 0 || !isStop(text.charCodeAt(k))) return false;
  if (!/[\p{Lu}"“‘'([]/u.test(text[s] ?? "")) return false;
  return k === s - 2 && text.charCodeAt(k) === 46 ? !abbreviationBefore(text, k) : true;
}

type SourceSpans = { readonly span: { start: number; end: number }; readonly whole: { start: number; end: number } };

// After the cue, where the words stop telling when this speech was: the reported clause ("said that
// on Monday he …", "asked whether …"; not a demonstrative, "echoed that promise on Monday"), and a
// relative clause set off by a comma (", which was shared with lawmakers on Thursday", ", both of
// which she praised Tuesday").
const AFTER_CUE = /^\s+(?:that|whether|if)\s+(?=\p{Lu}|\d|(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|this|these|those|some|no|every|all|each|both|however|if|when|while|as|on|in|at|after|before|during|since|by|last|early|late)\b)|,\s*(?:who|whom|whose|which)\b|\s(?:both|all|some|none|each|one) of (?:which|whom)\b/u;
const AFTER_SOURCE = /,\s*(?:who|whom|whose|which)\b|\s(?:both|all|some|none|each|one) of (?:which|whom)\b/;
// A relative clause in the source as written ("Democrats who watched the Saturday debate", "Lee, who
// campaigned Monday in Ohio,") tells of another event, unless it is where the source spoke ("who spoke
// to reporters", "who was among those polled", "who lined up to hear Lee at a rally on Tuesday").
const SOURCE_RELATIVE = /\b(?:who|whom|whose|which|that)\b/;
const SPOKE_THERE = /\b(?:said|says|spoke|speaks|told|tells|appeared|appearing|polled|interviewed|wrote|writes|tweeted)\b|\b(?:attended|lined up|came|flew|waited|showed up)\b.*\b(?:rally|event|town hall|speech|meeting|forum|caucus|hear)\b/;

/**
 * The clause's words that can tell when the source spoke: without a relative clause in the source as
 * written (SOURCE_RELATIVE) and without what follows the cue that tells of other events (AFTER_CUE).
 * Where and to whom keep the whole clause: "Rubio, appearing on Fox News, said" is on Fox News.
 */
export function clauseDayText(text: string, clause: { start: number; end: number }, source: SourceSpans, cue: { start: number; end: number } | null): string {
  let end = clause.end;
  // (When the source is a relative pronoun, "who said last week that …, issued a statement Tuesday",
  // the cue is the relative clause's and the day may come after it.)
  const relativeSource = /^(?:who|whom|which|that)$/i.test(text.slice(source.whole.start, source.whole.end));
  if (cue && !relativeSource && cue.end >= clause.start && cue.end < end) {
    // ("said Jon Ralston, who …": a source after the cue keeps its own clauses, left to the test below.)
    const after = source.whole.start >= cue.end ? Math.max(cue.end, source.whole.end) : cue.end;
    const cut = (after === cue.end ? AFTER_CUE : AFTER_SOURCE).exec(text.slice(after, end));
    if (cut) end = after + cut.index;
  }
  const from = Math.max(clause.start, source.span.end);
  const to = Math.min(end, source.whole.end);
  // (A relative pronoun's antecedent, its `span`, lies outside the source as written.)
  if (relativeSource || from >= to || (cue && cue.start < to && cue.end > from)) return text.slice(clause.start, end);
  const rest = text.slice(from, to);
  const rel = SOURCE_RELATIVE.exec(rest);
  if (!rel || SPOKE_THERE.test(rest.slice(rel.index))) return text.slice(clause.start, end);
  return text.slice(clause.start, from + rel.index) + " " + text.slice(to, end);
}
