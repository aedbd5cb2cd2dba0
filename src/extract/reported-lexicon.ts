/**
 * Word lists for reported speech. Verbs of saying only: verbs of thought or intention (think,
 * believe, hope, want, back, fear, expect) are deliberately absent, because a belief is not a
 * statement and PolNeAR's reported-speech gold leaves them out.
 */

/** How a speech verb takes its content. */
export type VerbFrame =
  /** "X said (that) ...": a clause, or an object that is the content. */
  | "say"
  /** "X told Y (that) ...": the first object is the listener. */
  | "tell"
  /** "X asked (Y) whether ...": a question. */
  | "ask";

type Lemma = {
  readonly lemma: string;
  readonly frame: VerbFrame;
  readonly forms?: readonly string[];
  /** The verb is a speech cue only with one of these particles ("called for", "pointed out"). */
  readonly particles?: readonly string[];
};

// Order does not matter here; the rule table decides what to try first.
const LEMMAS: readonly Lemma[] = [
  { lemma: "say", frame: "say", forms: ["say", "says", "said", "saying"] },
  { lemma: "tell", frame: "tell", forms: ["tell", "tells", "told", "telling"] },
  { lemma: "ask", frame: "ask" },
  { lemma: "assure", frame: "tell" },
  { lemma: "inform", frame: "tell" },
  { lemma: "remind", frame: "tell" },
  { lemma: "write", frame: "say", forms: ["write", "writes", "wrote", "writing"] },
  { lemma: "add", frame: "say" },
  { lemma: "claim", frame: "say" },
  { lemma: "insist", frame: "say" },
  { lemma: "deny", frame: "say", forms: ["deny", "denies", "denied", "denying"] },
  { lemma: "warn", frame: "say" },
  { lemma: "confess", frame: "say" },
  { lemma: "argue", frame: "say" },
  { lemma: "note", frame: "say" },
  { lemma: "explain", frame: "say" },
  { lemma: "acknowledge", frame: "say" },
  { lemma: "admit", frame: "say", forms: ["admit", "admits", "admitted", "admitting"] },
  { lemma: "concede", frame: "say" },
  { lemma: "allege", frame: "say" },
  { lemma: "announce", frame: "say" },
  { lemma: "assert", frame: "say" },
  { lemma: "contend", frame: "say" },
  { lemma: "declare", frame: "say" },
  { lemma: "predict", frame: "say" },
  { lemma: "promise", frame: "say" },
  { lemma: "vow", frame: "say" },
  { lemma: "recall", frame: "say" },
  { lemma: "report", frame: "say" },
  { lemma: "reply", frame: "say", forms: ["reply", "replies", "replied", "replying"] },
  { lemma: "respond", frame: "say" },
  { lemma: "state", frame: "say", forms: ["stated", "stating"] },
  { lemma: "stress", frame: "say" },
  { lemma: "emphasize", frame: "say" },
  { lemma: "suggest", frame: "say" },
  { lemma: "tweet", frame: "say" },
  { lemma: "complain", frame: "say" },
  { lemma: "confirm", frame: "say" },
  { lemma: "boast", frame: "say" },
  { lemma: "disclose", frame: "say" },
  { lemma: "joke", frame: "say" },
  { lemma: "remark", frame: "say" },
  { lemma: "observe", frame: "say" },
  { lemma: "counter", frame: "say" },
  { lemma: "caution", frame: "say" },
  { lemma: "testify", frame: "say", forms: ["testify", "testifies", "testified", "testifying"] },
  // "has long maintained that the server was secure", "..., the doctor maintains.": a cue only before "that" or
  // at the end of its clause (see THAT_OR_END_LEMMAS); "maintained his silence", "maintain that margin" are no speech.
  { lemma: "maintain", frame: "say" },
  // "urged him to resign": the listener belongs to the request, so it stays in the content.
  { lemma: "urge", frame: "say" },
  // Phrasal verbs of saying: "called for a ban", "called on X to resign", "pointed out that ...".
  { lemma: "call", frame: "say", particles: ["for", "on", "upon"] },
  { lemma: "point", frame: "say", particles: ["out", "to"] },
];

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const s = /(s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${stem}ed`, `${stem}ing`];
}

export type VerbEntry = { readonly lemma: string; readonly frame: VerbFrame; readonly form: string; readonly particles: readonly string[] | undefined };

/**
 * Every form of every speech verb, keyed by the lower-case form. Each entry has all four fields, `particles`
 * undefined where the verb takes none: entries of two shapes (the field left out) made the rules that read
 * `verb.frame` drop their optimised code when the other shape first reached them.
 */
export const SPEECH_VERBS: ReadonlyMap<string, VerbEntry> = new Map(
  LEMMAS.flatMap((l) => (l.forms ?? regularForms(l.lemma)).map((f) => [f, { lemma: l.lemma, frame: l.frame, form: f, particles: l.particles }] as const)),
);

/**
 * Forms of a speech verb that are far more often a plural noun ("the 15 states that vote", "Rust Belt states that have
 * ...") and so stay out of SPEECH_VERBS, whose users (content ends, subject walks) would take every such noun for a verb.
 * They are cues only in the frame verbSite checks for them (see guardedVerb): "It states that ...", "he proudly states
 * that ...", "Lee — who worked there — states that ...".
 */
export const GUARDED_VERBS: ReadonlyMap<string, VerbEntry> = new Map([["states", { lemma: "state", frame: "say", form: "states", particles: undefined }]]);

/** Auxiliaries and adverbs that sit between a subject and its speech verb ("has repeatedly said"). */
export const AUX_ADVERBS: ReadonlySet<string> = new Set([
  "has", "have", "had", "is", "was", "were", "are", "am", "be", "been", "being", "will", "would", "could", "can",
  "should", "may", "might", "must", "did", "does", "do", "also", "later", "then", "now", "previously", "again",
  "first", "just", "since", "already", "often", "once", "still", "not", "never", "even", "ever", "n't", "soon",
  "quickly", "frequently", "always", "subsequently", "initially", "originally", "reportedly", "allegedly",
  "separately", "recently", "too", "long", "all", "both", "each", "almost", "nearly",
  // Adverbs that stand between a subject and its verb ("She further announced", "…, eventually saying").
  "further", "eventually", "gradually", "ultimately", "finally", "publicly", "privately", "openly", "flatly",
  "immediately", "promptly", "explicitly", "specifically", "apparently", "clearly", "simply",
  // Negated auxiliaries as one token ("isn’t saying what ...").
  ...["is", "was", "has", "have", "had", "did", "does", "do", "wo", "would", "are", "were", "ca", "could", "should"].flatMap((a) => [`${a}n’t`, `${a}n't`]),
]);

/**
 * Determiners that never stand alone as a subject: before a speech-verb form they make it a noun or
 * an adjective ("the reported deal", "his claims"). Quantifiers ("most", "half", "both") can be the
 * subject themselves ("Most said they ..."), so they are not here.
 */
export const NOMINAL_DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "every", "another", "no", "this", "these", "those",
]);

/** Words that begin a clause: a subject noun phrase never runs leftwards across them. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  "and", "but", "or", "nor", "so", "yet", "though", "although", "while", "whereas", "because", "since", "as",
  "when", "whenever", "where", "if", "unless", "until", "after", "before", "that", "then", "than", "whether",
  "once", "which", "what", "how", "why", "whom", "instead", "however", "meanwhile", "moreover", "also", "even",
  "still", "indeed", "thus", "therefore", "later", "earlier", "today", "yesterday", "tonight", "now", "here",
  "there's", "said", "says", "told", "say",
]);

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "i", "we", "it", "you", "who", "which", "this", "that"]);

export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "them", "me", "us", "you", "it", "reporters", "journalists", "supporters", "voters", "viewers", "listeners", "lawmakers", "students", "investigators", "police", "officials", "everyone", "anyone", "people", "members", "attendees", "donors", "friends", "allies", "aides", "colleagues", "associates"]);

/** Words that start a noun phrase that can name a source. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "these", "those", "some", "many", "most", "several", "both", "all", "each", "every",
  "another", "other", "no", "one", "two", "three", "four", "five", "his", "her", "their", "its", "our", "my",
  "your", "few", "about", "nearly", "almost", "more", "half",
]);

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** Words of a time or place phrase right after a speech verb ("said Tuesday", "said last week"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, ...WEEKDAYS.map((d) => `${d}'s`), "yesterday", "today", "tonight", "earlier", "later", "recently",
  "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "last", "this", "next", "ago",
  "previously", "again", "repeatedly", "publicly", "privately", "separately", "afterward", "afterwards", "at",
  "the", "time", "jan.", "feb.", "march", "april", "may", "june", "july", "aug.", "sept.", "oct.", "nov.", "dec.",
  "january", "february", "august", "september", "october", "november", "december", "also", "then", "late",
  "early", "once", "before", "too",
]);

/** Nouns of a medium phrase ("in a statement", "in an interview", "on Twitter"). */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  "statement", "interview", "email", "e-mail", "tweet", "tweets", "post", "speech", "letter", "release", "op-ed",
  "memo", "call", "conversation", "video", "appearance", "message", "messages", "texts", "text", "broadcast",
  "address", "briefing", "conference", "rally", "hearing", "debate", "remarks", "filing", "report", "blog",
  "editorial", "column", "essay", "article", "book", "radio", "television", "podcast", "show", "town", "hall",
  "event", "meeting", "session", "phone", "telephone", "skype", "twitter", "facebook", "instagram", "cnn",
  "fox", "msnbc", "abc", "nbc", "cbs", "npr", "summit", "visit", "stop", "forum", "dinner", "luncheon",
  "convention", "caucus", "caucuses", "fundraiser", "ceremony", "reception", "gathering", "roundtable", "lecture", "sermon", "testimony",
]);

/** Prepositions that open a medium or time phrase after a speech verb. */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "in", "at", "during", "via", "by", "over", "through", "to", "after", "before", "from", "of", "with"]);

/** Nouns that end in -ly like an adverb ("A Clinton ally suggested", "the organizer of a pro-Trump rally"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(["ally", "rally", "family", "assembly"]);

/** Short adverbials that a parenthetical cue is wrapped in and that are not content ("however"). */
export const DISCOURSE_ADVERBS: ReadonlySet<string> = new Set([
  "however", "meanwhile", "too", "though", "moreover", "instead", "nonetheless", "nevertheless", "indeed",
  "in turn", "for his part", "for her part", "for their part", "for its part", "in fact", "again", "also",
]);

/** A participle or clause word after a cue that starts narration, not more content ("bathing the city"). */
export const NARRATION_AFTER_CUE = /^(?:\p{Ll}+ing|which|who|where|while|as|though|although|but|and|before|after|when|citing|according|referring|prompting|in|on|at|with|without)$/u;

/** Nominal cues: "made false claims that", "the claim that". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  "claim", "claims", "assertion", "assertions", "allegation", "allegations", "contention", "insistence",
]);

/**
 * Speech verbs whose base and -s forms are common nouns ("the report", "15 states", "claims that"):
 * those forms count as verbs only after a name, a pronoun or an auxiliary.
 */
export const NOUN_LIKE_LEMMAS: ReadonlySet<string> = new Set([
  "report", "claim", "promise", "pledge", "note", "remark", "tweet", "post", "counter", "repeat", "reply", "joke",
  "boast", "stress", "vow", "respond", "add", "warn", "caution", "observe", "write", "confess", "recall", "admit",
  "predict", "suggest", "explain", "insist", "acknowledge", "argue", "reveal", "announce", "declare", "maintain",
  "deny", "confirm", "complain", "allege", "disclose", "testify", "reiterate", "concede", "assert", "contend", "call", "point",
]);

/**
 * Past tenses of a speech act the speaker goes on to perform ("said A and praised B", "said A but
 * declined to name B"): after "and"/"but" in a reported clause they start the reporter's next
 * account of the speaker, not more of what was said. Acts a reported clause itself often narrates
 * are left out ("cited", "told", "refused": "the agency met X and cited a list of concerns").
 */
export const NEXT_SPEECH_ACTS: ReadonlySet<string> = new Set([
  "accused", "defended", "praised", "questioned", "argued", "dismissed", "celebrated", "highlighted", "declined",
  "proposed", "requested", "mocked", "criticized", "blasted", "slammed", "urged", "vowed", "promised", "warned",
  "noted", "added", "insisted", "denied", "rejected", "thanked", "apologized", "acknowledged", "conceded", "stressed",
  "emphasized", "pledged", "complained", "suggested", "announced", "touted", "condemned", "blamed", "lamented", "expressed",
]);

/**
 * Lemmas that are speech cues only right before "that" (with a clause after it) or at the end of their
 * clause ("A, X maintains."): their other uses keep or hold something ("maintain the roads").
 */
export const THAT_OR_END_LEMMAS: ReadonlySet<string> = new Set(["maintain"]);

/** Lemmas whose content may be an infinitive ("vowed to stay", "urged him to leave", "called to ban X": see demandInfinitive). */
export const TAKES_INFINITIVE: ReadonlySet<string> = new Set(["promise", "vow", "pledge", "urge", "tell", "ask", "remind", "warn", "threaten", "call"]);

/** A reported clause does not start with these (after "said" they open an adverbial, not content). */
export const BAD_CONTENT_START: ReadonlySet<string> = new Set([
  "to", "of", "about", "for", "with", "from", "by", "in", "on", "at", "into", "when", "because", "while", "after",
  "before", "as", "than", "so", "and", "or", "but", "during", "through", "up", "out", "off", "down", "over", "back",
  "nothing", "something", "anything", "much", "little", "more", "less", "very", "too",
]);

/**
 * The -ing forms that open a reported clause after a comma (", saying that ..."); others are narration.
 * Participles that mostly characterise an act rather than report words (", recalling a visit",
 * ", acknowledging the crowd", ", tweeting her thanks") are left out.
 */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([
  "saying", "telling", "adding", "noting", "arguing", "claiming", "insisting", "explaining", "warning", "asking",
  "stating", "denying", "calling", "alleging",
  // Not "urging" or "pointing": ", urging voters to ...", ", pointing to the polls" give the speaker's
  // appeal or evidence, which PolNeAR train leaves out far more often than it marks (2 of 20).
]);

/**
 * Speech verbs whose object can be the thing said, a noun phrase ("announced his candidacy", "denied the
 * report"). Not "claim" and "confirm": their noun objects are mostly a win or a fact ("claimed victory",
 * "confirmed the strength of his appeal"), not words; with a clause they are cues all the same.
 * "explain" takes the thing explained ("explained his reasoning", "explained the reason for his support"):
 * PolNeAR train marks those (5 more matched of 7 new spans). Not "disclose": what is disclosed as a noun phrase is a
 * document or a fact let out ("disclosed a cache of documents", "do not disclose their tax liabilities", "whether anyone
 * disclosed the information"), not words (PolNeAR train and dev: 7 such spans, none marked); "disclosed that ..." stays.
 */
export const NP_OBJECT_LEMMAS: ReadonlySet<string> = new Set([
  "announce", "report", "deny", "predict", "recall", "tweet", "call", "point", "promise", "vow",
  "acknowledge", "admit", "urge", "concede", "allege", "declare", "confess", "note", "stress", "emphasize", "explain",
]);

/**
 * Prepositions after which a speech verb's object is the topic of what was said ("warned of a new
 * war", "boasted of his skills", "complained about the noise", "argued against intervention"): the
 * noun phrase after them is the content, as with "called for". ("insisted on", "cautioned against" take
 * an action more often than words: left out.)
 */
export const TOPIC_PREPOSITIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["warn", ["of", "about", "against"]],
  ["boast", ["of", "about"]],
  ["joke", ["about"]],
  ["complain", ["about", "of"]],
  ["argue", ["for", "against"]],
  ["write", ["about"]],
]);

/**
 * Abbreviations that may also end a sentence ("... attacks in the U.S. He says ..."), and the words
 * that then open the next one (a pronoun, an article, a conjunction; no part of a name). The sentence
 * splitter keeps such a period inside the sentence; forward content ends there all the same.
 */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(["u.s", "u.n", "u.k", "d.c", "inc", "corp", "co", "ltd", "jr", "sr"]);
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "he", "she", "they", "it", "we", "i", "the", "but", "and", "this", "that", "there", "his", "her", "their", "its",
  "in", "on", "at", "a", "an", "if", "when", "as", "so", "yet", "still", "however", "meanwhile", "after", "before",
  // ("… from entering the U.S. While Clinton has condemned …": a capitalised subordinator opens the next sentence.)
  "while",
]);

