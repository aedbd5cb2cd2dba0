import { PERSON_NOUNS } from "./name-words.js";

/**
 * A source that is a writing or a record, not a person: "A State Department inspector general's
 * report", "a court document filed by state attorney Dave Aronberg", "emails unearthed in the
 * investigation", "an interview his brother gave to ITV". The attribution types such a description
 * as anonymous when no name heads it, but the anonymous-source rule asks why a person is not named;
 * a document is no person withholding a name. Read on PolNeAR train: 8 of the 424 anonymous-source
 * findings were documents so described. In the model since the cross-source stage types such a
 * speaker "document" (align/speakers.ts), which the checks then read. Pure.
 */

/** Nouns for writings, records and recordings that a story credits with words. */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  "report", "reports", "memo", "memos", "memorandum", "document", "documents", "email", "emails", "e-mail", "e-mails",
  "letter", "letters", "study", "audit", "filing", "filings", "complaint", "lawsuit", "indictment", "ruling", "transcript",
  "transcripts", "copy", "interview", "cable", "cables", "affidavit", "deposition", "testimony", "records", "analysis",
  "survey", "poll", "statement", "release", "editorial", "op-ed", "article", "column", "video", "tweet", "tweets",
  // Plurals and records the speakers list showed typed as bodies or unnamed sources ("FBI data",
  // "recent data from comScore", "the polls", "a book").
  "polls", "surveys", "studies", "analyses", "audits", "data", "book",
]);

/**
 * Things and texts a story credits with words that are no writing the list above names: a placard,
 * a shirt, an ad and its narrator's script, a summary, a message, early returns ("a sign read", "a
 * shirt said", "the ad's narrator says", "the summary says", "early returns showed"). Read on PolNeAR
 * train: 16 anonymous-source findings and a dozen groups were such things, no person withholding a
 * name. Only written in lower case: capitalised they are part of a name ("Red Hat", "Summary Judgment").
 */
const THING_HEADS: ReadonlySet<string> = new Set([
  "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "shirt", "shirts", "t-shirt", "t-shirts",
  "hat", "hats", "bottle", "bottles", "button", "buttons", "sticker", "stickers", "billboard", "billboards",
  "summary", "message", "messages", "note", "notes", "missive", "correspondence", "biography", "novel", "movie", "film",
  "ad", "ads", "advertisement", "commercial", "narrator", "voice-over", "voiceover", "headline", "headlines", "caption",
  "timeline", "index", "disclosure", "quiz", "website", "returns",
  // Texts of law, policy and record that the speakers list showed typed as unnamed sources ("the
  // resolution which said", "the suit", "the brief order", "the unsigned opinion", "a plan announced
  // earlier this year", "the 2009 paper", "the probe"); in lower case only, as "Bill" and "Law" are
  // names.
  "resolution", "resolutions", "law", "laws", "bill", "bills", "measure", "legislation", "proposal", "proposals", "plan",
  "plans", "order", "opinion", "suit", "paper", "papers", "passage", "polling", "probe", "investigation",
  "inquiry", "research", "platform", "treaty", "agreement", "constitution", "amendment", "ordinance", "regulation",
  "regulations", "guidelines",
  // A telling or a post kept in writing: "according to her account" (a memoir's), "the account
  // pointed to" (a Twitter account's), "Friday's announcement suggested", "one slide says", "the
  // truck story"; lower case, so "the Post" stays the paper.
  "account", "accounts", "announcement", "announcements", "slide", "slides", "story", "stories", "post", "posts",
  "posting", "postings", "blog", "memoir",
]);

/**
 * Words that may follow a document's head noun and leave it the head: a preposition opening what
 * it is of or by ("a report by", "an email from"), a determiner or possessive opening a clause that
 * leaves out "that" ("an interview his brother gave"). A noun there makes the head another word
 * ("the report's author", "a poll worker", "the memo writer").
 */
const AFTER_HEAD: ReadonlySet<string> = new Set([
  "of", "by", "from", "to", "for", "in", "on", "at", "about", "with", "that", "which", "his", "her", "their", "its", "the",
  "a", "an", "this", "these", "those",
]);

/**
 * Words before a head that end the source's own noun phrase: a person described by what they did
 * with a document ("a person familiar with the report", "an aide who read the memo", "a source
 * close to the audit") is a person.
 */
const PHRASE_ENDS: ReadonlySet<string> = new Set(["familiar", "close", "with", "who", "whom", "that", "which", "to", "for", "at", "about", "on", "in"]);

/** People for or against a text, before "of" ("Proponents of the new bill", "the sponsors of the measure"), that PERSON_NOUNS leaves out. */
const PEOPLE_FOR_OR_AGAINST: ReadonlySet<string> = new Set(["proponents", "opponents", "sponsors", "backers", "drafters", "signers", "signatories", "architects", "defenders"]);

/** A participle after the head ("filed by", "seen by", "unearthed in", "released Tuesday") leaves it the head. */
const isParticiple = (w: string): boolean => /^\p{Ll}+ed$/u.test(w) || w === "seen" || w === "written" || w === "given" || w === "shown";

/** Whether a speaker described in words is a document rather than a person. */
export const isDocumentSource = (speaker: string): boolean => documentHead(speaker) !== null;

/** The word, as written, that makes a speaker described in words a document ("report" of "the report by …"); null for none. */
export function documentHead(speaker: string): string | null {
  const words = speaker.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase().replace(/[,;:]$/u, "");
    if (PHRASE_ENDS.has(w)) return null;
    // People of a document ("The authors of the report", "members of the panel that wrote the memo").
    if (w === "of" && i > 0 && (PERSON_NOUNS.has(words[i - 1].toLowerCase()) || PEOPLE_FOR_OR_AGAINST.has(words[i - 1].toLowerCase()))) return null;
    // A polling average ("the Huffington Post Pollster average") only as the last word: "an average of
    // 10 percent of voters" is a share of people.
    if (w === "average" && i === words.length - 1 && i > 0) return words[i];
    if (!DOCUMENT_HEADS.has(w) && !(THING_HEADS.has(w) && /^\p{Ll}/u.test(words[i]))) continue;
    const next = words[i + 1]?.toLowerCase().replace(/[,;:]$/u, "");
    // A head before another ("exit polling data", "poll results"): the last one decides.
    if (next !== undefined && !words[i].endsWith(",") && (next === "average" || DOCUMENT_HEADS.has(next) || (THING_HEADS.has(next) && /^\p{Ll}/u.test(words[i + 1])))) continue;
    return next === undefined || words[i].endsWith(",") || AFTER_HEAD.has(next) || isParticiple(next) ? words[i] : null;
  }
  return null;
}
