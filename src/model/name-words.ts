/**
 * Word lists about names that more than one stage reads: attribution (src/attribute) finds speakers
 * with them, and the cross-source stages (src/align, src/check) read the speakers it found with the
 * same words. Kept here so those stages depend on the model, not on attribution's files, and so a
 * word added for one stage is seen by the others. General English and naming conventions only:
 * nothing here names a person or place from one article.
 */

/** A member of a party as a noun ("a Republican", "Democrat of California"): words of a role, not of a name. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(["republican", "democrat", "independent", "libertarian", "green"]);

/**
 * Nouns for a relative ("his father, Brent Bozell Jr.", "her son Eric"): a name right after one with a
 * possessor before it brings in a relative of the story's subject.
 */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set([
  "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "nephew", "niece",
  "cousin", "grandfather", "grandmother", "grandson", "granddaughter", "stepfather", "stepmother", "stepson",
  "stepdaughter", "father-in-law", "mother-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law",
  "dad", "mom", "widow", "widower",
]);

/** Nouns for people, used to accept descriptive speakers ("one local resident", "a cousin"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "resident", "residents", "owner", "owners", "officer", "officers", "official", "officials", "soldier", "soldiers",
  "cousin", "cousins", "source", "sources", "activist", "activists", "witness", "witnesses", "man", "men", "woman",
  "women", "person", "people", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisers",
  "advisor", "advisors", "analyst", "analysts", "expert", "experts", "doctor", "doctors", "worker", "workers",
  "member", "members", "leader", "leaders", "commander", "commanders", "fighter", "fighters", "militant",
  "militants", "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "friend", "friends",
  "neighbor", "neighbour", "neighbors", "neighbours", "villager", "villagers", "student", "students", "teacher",
  "teachers", "voter", "voters", "supporter", "supporters", "critic", "critics", "candidate", "nominee", "hopeful", "hopefuls", "groups", "organizations", "organisations", "delegate",
  "delegates", "senator", "governor", "president", "mayor", "judge", "lawyer", "lawyers", "attorney", "attorneys", "director",
  "chief", "minister", "secretary", "diplomat", "diplomats", "archaeologist", "researcher", "researchers",
  "scientist", "scientists", "economist", "economists", "strategist", "strategists", "operative", "operatives",
  "organizer", "organizers", "volunteer", "volunteers", "veteran", "veterans", "protester", "protesters",
  "reporter", "reporters", "journalist", "journalists", "editor", "host", "anchor", "columnist", "pollster",
  "manager", "chairman", "chairwoman", "staffer", "staffers", "employee", "employees", "businessman",
  "businesswoman", "farmer", "farmers", "driver", "nurse", "nurses", "survivor", "survivors", "victim",
  "victims", "refugee", "refugees", "citizen", "citizens", "local", "locals", "parent", "parents", "child",
  "children", "relative", "relatives", "colleague", "colleagues", "guard", "guards", "captain", "general",
  "colonel", "commentator", "commentators", "insider", "insiders", "republican", "republicans", "democrat",
  "democrats", "conservative", "conservatives", "liberal", "liberals", "lawmaker", "lawmakers", "legislator",
  "congressman", "congresswoman", "representative", "representatives", "ambassador", "envoy", "negotiator",
  "prosecutor", "prosecutors", "investigator", "investigators", "detective", "police", "policeman", "physician",
  "surgeon", "professor", "historian", "author", "writer", "poet", "singer", "actor", "actress", "player",
  "coach", "fan", "fans", "shopkeeper", "merchant", "trader", "traders", "vendor", "shopper", "mom", "dad",
  "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "boy", "girl", "teenager", "guy", "counsel",
  "chairperson", "founder", "ceo", "executive", "executives", "administrator", "agent", "agents", "observer",
  "observers", "monitor", "monitors", "participant", "participants", "user", "users", "caller", "listener",
  "viewer", "viewers", "reader", "readers", "insurgent", "insurgents", "rebel", "rebels", "conscript", "medic",
  "pastor", "priest", "imam", "cleric", "clerics", "mufti", "lieutenant", "sergeant", "major", "private",
  // Descriptions news gives a named person in a later sentence ("The retired neurosurgeon said", "the
  // real estate mogul"), and plurals of role nouns above.
  "neurosurgeon", "billionaire", "entrepreneur", "entrepreneurs", "mogul", "tycoon", "magnate", "comedian", "pundit", "pundits", "donor", "donors",
  "businessmen", "spokesmen", "campaigner", "candidates", "nominees", "senators", "governors", "mayors", "judges",
  // Roles written before a name ("Moderator Ann Lee", "Filmmaker Tom Reyes").
  "celebrities", "moderator", "moderators", "panelist", "panelists", "filmmaker", "filmmakers", "correspondent", "correspondents", "blogger", "bloggers",
  // Members of a special force, written before a name as a role ("Army Ranger Tom Reyes"): the name is
  // what follows them. (The Navy's SEALs are FORCE_ACRONYMS: a lower-case "seal" is no person.)
  "ranger", "rangers", "commando", "commandos", "paratrooper", "paratroopers",
  // Posts of local government and trades written before a name ("County Engineer Ann Lee", "Harbor
  // County Recorder Tom Reyes"): the name is what follows them. (Not "hacker": as a person noun it
  // moved the source of "… arguing that the hackers who struck the committee could “…”" to the
  // committee, and lost a later "he" the person a headline's "Hacker X" named.)
  "engineer", "engineers", "recorder", "clerk", "clerks", "auditor", "assessor", "inspector", "inspectors",
  // Plurals of the nouns above, and artists: after a capitalised modifier a plural the list lacks
  // read as a verb in -s ("A group of 67 Latin American artists, writers … published": "artists"
  // ended the subject at "American"). Not those that are verbs in -s as well ("hosts", "guards").
  "artist", "artists", "musician", "musicians", "writers", "authors", "poets", "singers", "actors", "actresses", "players",
  "historians", "professors", "physicians", "surgeons", "pastors", "priests", "imams", "ambassadors", "envoys", "negotiators",
  "detectives", "editors", "columnists", "pollsters", "managers", "chairmen", "teenagers", "boys", "girls",
  // ("The scholar Ann Lee said": without it the role word and the name read as a body's name.)
  "scholar", "scholars",
]);

/**
 * Plurals that name a group of people: the person nouns' plurals ("Democrats", "voters") and plural
 * demonyms and faiths ("Latinos", "Americans", "Muslims"). No surname in news is one of them.
 */
export const GROUP_PLURALS: ReadonlySet<string> = new Set([
  ...[...PERSON_NOUNS].filter((w) => (w.endsWith("s") && !w.endsWith("ss")) || /(?:men|people|children)$/.test(w)),
  "latinos", "latinas", "hispanics", "americans", "africans", "asians", "europeans", "mexicans", "cubans", "christians",
  "muslims", "jews", "catholics", "evangelicals", "millennials", "immigrants", "syrians", "iraqis", "iranians", "israelis",
  "palestinians", "russians", "germans", "britons", "canadians", "californians", "texans", "floridians", "iowans", "ohioans",
  "virginians", "republicans", "democrats", "independents", "progressives", "moderates",
]);

/** Words at a sentence start that are not names even when capitalised. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "the", "a", "an", "but", "and", "or", "so", "yet", "then", "this", "that", "these", "those", "it", "its", "in",
  "on", "at", "by", "for", "with", "from", "to", "of", "as", "if", "when", "while", "after", "before", "since",
  "although", "though", "because", "however", "still", "also", "even", "now", "there", "here", "what", "who",
  "which", "why", "how", "where", "some", "many", "most", "all", "both", "each", "every", "one", "another",
  "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "nevertheless", "meanwhile",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
  "according", "asked", "said", "says", "told", "no", "not", "yes", "indeed", "instead", "until", "unlike", "like",
  "among", "during", "despite", "without", "within", "over", "under", "about", "against", "through", "into",
  "wherever", "whenever", "whatever", "whoever", "whichever", "whether", "unless",
  "maybe", "perhaps", "neither", "nor", "either", "did", "does", "was", "were", "is", "are", "has", "have", "had",
  "alongside", "amid", "whom", "whose",
  // Prepositions that open a sentence before a name ("Besides Clinton, …", "Regarding Trump's plan …").
  "besides", "regarding", "given", "beyond", "considering", "including", "concerning", "toward", "towards", "upon",
  // Adverbs of time that open a sentence before a name ("Later Berg left", "Earlier Lee said").
  "later", "earlier", "afterward", "afterwards", "again", "today", "yesterday", "tonight", "soon",
]);

/** Name particles kept inside a name ("Khaled al-Homsi", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al", "al-", "el", "el-", "bin", "ibn", "abu", "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "st.", "mac",
]);

/**
 * Particles that belong to a surname but do not identify it: identity keys drop them ("al-Homsi" is
 * "Homsi"; align/names). Wider than NAME_PARTICLES, which attribution keeps inside a name as written
 * ("Khaled al-Homsi"): it also holds the Arabic article's assimilated forms ("as", "ash", "ad"…) and
 * "ben", "bint", "st", which a key leaves out but a name run need not take in.
 */
/**
 * Whether a word is written as a pronoun is: lower case, or a capital first ("He"), or "I". "US" and
 * "IT" in capitals are a country's and a trade's names, no pronouns. (Which words are pronouns is the
 * caller's list: alignment and the no-speaker check read different ones.)
 */
export const writtenAsPronoun = (word: string): boolean => /^(?:I|\p{Lu}?\p{Ll}+)$/u.test(word);

/** Name particles that belong to the surname but do not identify it ("al-Homsi" is "Homsi"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "al", "el", "ul", "as", "ash", "ad", "an", "ar", "at", "az", "bin", "ben", "ibn", "bint", "abu", "abd",
  "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "des", "le", "la", "dos", "das", "do", "ter", "ten", "st",
]);
