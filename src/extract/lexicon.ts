/**
 * Speech-verb lexicon shared by the direct-quote extractor (to tell quotations from scare quotes)
 * and the attribution engine (to find cues). General English, never keyed to one article.
 */

// Base forms; inflections are generated below so "say/says/said/saying" all count.
const SPEECH_BASES = [
  "say", "tell", "add", "explain", "insist", "claim", "confess", "warn", "note", "write", "ask", "reply",
  "continue", "conclude", "argue", "declare", "state", "announce", "acknowledge", "admit", "recall",
  "remark", "respond", "splutter", "sputter", "shout", "exclaim", "tweet", "post", "radio", "text",
  "joke", "quip", "predict", "caution", "complain", "concede", "counter", "emphasize", "emphasise",
  "stress", "observe", "report", "suggest", "urge", "vow", "promise", "muse", "boast", "brag", "lament",
  "scream", "yell", "whisper", "cry", "mutter", "murmur", "plead", "pledge", "proclaim", "assert",
  "contend", "maintain", "deny", "confirm", "disclose", "reveal", "recount", "describe", "call",
  "interject", "interrupt", "retort", "snap", "sigh", "laugh", "groan", "chime", "begin", "demand",
  "charge", "allege", "accuse", "testify", "tout", "thunder", "rail", "fume", "gush", "crow", "scoff",
  "sneer", "mock", "tease", "marvel", "wonder", "agree", "disagree", "object", "protest", "answer",
  "question", "inquire", "query", "opine", "offer", "elaborate", "clarify", "point", "speculate",
  "hint", "imply", "reason", "rule", "order", "instruct", "advise", "counsel", "boom", "bellow",
  "cheer", "chant", "sing", "read", "repeat", "reiterate", "echo", "email", "e-mail", "message",
  "reassure", "assure", "inform", "remind", "caution", "estimate", "forecast", "recommend", "concur",
  "dismiss", "stammer", "stutter", "rant", "huff", "blurt", "exhort", "talk", "brief", "plead",
  "bark", "snarl", "growl", "hiss", "gasp", "grumble", "gripe", "riff", "condemn", "affirm", "comment",
];

const IRREGULAR: Record<string, readonly string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "writing", "written"],
  begin: ["begin", "begins", "began", "beginning"],
  read: ["read", "reads", "reading"],
  sing: ["sing", "sings", "sang", "singing"],
  cry: ["cry", "cries", "cried", "crying"],
  reply: ["reply", "replies", "replied", "replying"],
  query: ["query", "queries", "queried", "querying"],
  testify: ["testify", "testifies", "testified", "testifying"],
  clarify: ["clarify", "clarifies", "clarified", "clarifying"],
  deny: ["deny", "denies", "denied", "denying"],
  snap: ["snap", "snaps", "snapped", "snapping"],
  radio: ["radio", "radios", "radioed", "radioing"],
  rule: ["rule", "rules", "ruled"],
  chime: ["chime", "chimes", "chimed"],
  // A stressed last syllable doubles its consonant; the rule below only doubles short words.
  admit: ["admit", "admits", "admitted", "admitting"],
  quip: ["quip", "quips", "quipped", "quipping"],
  concur: ["concur", "concurs", "concurred", "concurring"],
  // "comment" and "comments" are nouns far more often than verbs ("his past comments on …", "the
  // “47 percent” comment was …"): only the forms that cannot be a noun are cues.
  comment: ["commented", "commenting"],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [...IRREGULAR[base]];
  const forms = [base];
  // "imply": implies, implied; "echo": echoes.
  if (/[^aeiou]y$/.test(base)) return [base, base.slice(0, -1) + "ies", base.slice(0, -1) + "ied", base + "ing"];
  if (/(s|sh|ch|x|z|[^aeiou]o)$/.test(base)) forms.push(base + "es");
  else forms.push(base + "s");
  if (base.endsWith("e")) forms.push(base + "d", base.slice(0, -1) + "ing");
  else if (/[^aeiou][aeiou][bdgmnpt]$/.test(base) && base.length <= 4) forms.push(base + base.at(-1) + "ed", base + base.at(-1) + "ing");
  else forms.push(base + "ed", base + "ing");
  return forms;
}

/** Every inflected speech verb, lower-case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_BASES.flatMap(inflect));

/** The commonest, least ambiguous cues: enough on their own to make a short quote a quotation. */
export const STRONG_SPEECH_VERBS: ReadonlySet<string> = new Set(
  ["say", "tell", "add", "explain", "insist", "write", "ask", "reply", "exclaim", "shout", "tweet", "declare",
    "continue", "conclude", "respond", "recall", "confess", "splutter", "radio", "warn", "note", "quip", "joke"]
    .flatMap(inflect),
);

/** Verbs that are speech only when followed by their object and a quote ("called it “X”"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(
  ["call", "dub", "label", "brand", "describe", "term", "name", "nickname"].flatMap(inflect),
);

/**
 * Verbs of praise and blame in the forms no noun shares ("blasted", not "blast"; "praised", not
 * "praise"): their subject judges something in the judge's own words, so a short run in marks in
 * their clause is a partial quotation ("blasted the company for its “outrageous practices”",
 * "would denounce “amnesty”"). Only the quotation-or-scare test reads them (scare.ts); they are no
 * speech cue for attribution. Measured on PolNeAR train: of the runs of four words or fewer with one of
 * them before, in their clause, and no other cue, 4 of 5 were quotations in the gold.
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  "blasted", "blasting", "slammed", "slamming", "praised", "praising", "faulted", "faulting", "rebuked", "rebuking",
  "ridiculed", "ridiculing", "decry", "decries", "decried", "decrying", "denounce", "denounces", "denounced", "denouncing",
  "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising",
  "deride", "derides", "derided", "deriding", "lambaste", "lambastes", "lambasted", "lambasting", "excoriate", "excoriates",
  "excoriated", "excoriating", "chide", "chides", "chided", "chiding", "scold", "scolds", "scolded", "scolding", "berate",
  "berates", "berated", "berating", "castigate", "castigates", "castigated", "castigating", "disparage", "disparages",
  "disparaged", "disparaging", "belittle", "belittles", "belittled", "belittling", "laud", "lauds", "lauded", "lauding",
  // A verdict pronounced ("deemed the nominee “well qualified”", "pronounced his host “a friend.”") and
  // a complaint aired ("groused that the “fake” leaflets …", "vented that it would be “rigged”"): the
  // words in marks are the judge's. PolNeAR train: 3 such runs read as scare quotes, all quotations in
  // the gold; no run read as a quotation changed. Not "vent" or "vents" (nouns) nor "pronounce" (no judge).
  "deem", "deems", "deemed", "deeming", "pronounced", "vented", "venting", "groused", "grousing",
]);

/**
 * Verbs of referring to something by name ("referenced the “Charleston loophole,”", "cited another
 * “trap” debate", "invoked “shared sacrifice”"), in the forms no noun shares ("referenced", not
 * "references"; "cited", not "cite" beside "site"): the words in marks are the ones the subject used.
 * Read only by the quotation-or-scare test (scare.ts), as JUDGING_VERBS are; no speech cue for
 * attribution. PolNeAR train: 3 short runs with one of them before, in their clause, and no other cue
 * were scare quotes, all 3 quotations in the gold (one of them a show's title, "citing “Bill Maher” as
 * his guilty pleasure"); dev 1 of 1.
 */
export const REFERRING_VERBS: ReadonlySet<string> = new Set([
  "referenced", "referencing", "cited", "citing", "invoked", "invoking", "mentioned", "mentioning",
]);

/**
 * Phrasal speech verbs whose verb alone says nothing of speech ("cut in", "piped up", "shot back"):
 * each form with the particles that make it one.
 */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ([
    [["cut", "cuts", "cutting"], ["in"]],
    [["break", "breaks", "broke", "breaking"], ["in"]],
    [["chime", "chimes", "chimed", "chiming"], ["in"]],
    [["pipe", "pipes", "piped", "piping"], ["up", "in"]],
    [["shoot", "shoots", "shot", "shooting"], ["back"]],
    [["fire", "fires", "fired", "firing"], ["back"]],
    [["hit", "hits", "hitting"], ["back"]],
    [["weigh", "weighs", "weighed", "weighing"], ["in"]],
    [["speak", "speaks", "spoke", "speaking"], ["up", "out"]],
    [["jump", "jumps", "jumped", "jumping"], ["in"]],
    [["butt", "butts", "butted", "butting"], ["in"]],
    [["go", "goes", "went", "going"], ["on"]],
  ] as const).flatMap(([forms, particles]) => forms.map((f) => [f, new Set<string>(particles)] as const)),
);

/** Whether `word` and the word after it make a phrasal speech verb ("cut in"), both lower-case. */
export function isPhrasalSpeechVerb(word: string, next: string | undefined): boolean {
  return next !== undefined && (PHRASAL_SPEECH_VERBS.get(word)?.has(next) ?? false);
}

// The forms of "echo" (a speech verb: "echoed that view", "echoing Trump's words", "echoed the call",
// "echoed by aides") and the words after them that make it a sound in a place or the noun: "The hall
// echoed with …", "echoed through the arena", "echoing across the plaza", "echoes of a painful past",
// "an echo chamber".
const ECHO_FORMS: ReadonlySet<string> = new Set(inflect("echo"));
const ECHO_NOT_SPEECH_NEXT: ReadonlySet<string> = new Set([
  "with", "through", "throughout", "across", "around", "round", "off", "along", "over", "down", "into", "inside", "beyond",
  "against", "of", "chamber", "chambers",
]);

/**
 * Whether `word`, a form of "echo", is no speech because of the word after it, `next` (both
 * lower-case): a sound in a place ("echoed with", "echoed through") or the noun ("echoes of", "echo
 * chamber"). Someone's words or view echoed ("echoed that view", "echoing Trump's words") stay speech.
 */
export function echoNotSpeech(word: string, next: string | undefined): boolean {
  return next !== undefined && ECHO_FORMS.has(word) && ECHO_NOT_SPEECH_NEXT.has(next);
}

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}

/**
 * Nouns for something said that an appositive after a quote or a clause can stand on, with a relative
 * clause whose subject denies or repeats it: "…, a claim the mayor's office denied", "…, a charge
 * officials rejected". The verb there belongs to the relative clause, not to the quote's speaker.
 */
const SAID_THINGS: ReadonlySet<string> = new Set([
  "claim", "claims", "charge", "charges", "accusation", "accusations", "allegation", "allegations", "assertion",
  "assertions", "contention", "characterization", "characterisation", "description", "assessment", "account",
  "version", "suggestion", "statement", "remark", "comment", "argument", "notion", "idea", "view",
]);
const SAID_THING_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "this", "that", "another"]);

/**
 * The index of the noun when the lower-case words from `at` open such an appositive ("a claim",
 * "an unfounded charge"), else -1.
 */
export function saidThingAt(lower: (k: number) => string | undefined, at: number): number {
  if (!SAID_THING_DETERMINERS.has(lower(at) ?? "")) return -1;
  for (let k = at + 1; k <= at + 2; k++) if (SAID_THINGS.has(lower(k) ?? "")) return k;
  return -1;
}
