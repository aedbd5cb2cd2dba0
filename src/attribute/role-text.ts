import { ORG_WORDS, PERSON_NOUNS, TITLES } from "./lexicon.js";

/**
 * The appositive after a source is its role only when it reads as one. Some commas after a source
 * open something else: a discourse word ("Cruz, meanwhile, said"), a list or an example ("Several
 * outlets, including the Gazette, reported"), a clause ("…, even as turnout fell, …"), a count
 * ("A third of voters, 33%, said"), a place or party tag ("Concord, N.H.", "R-S.C."). Those stay in
 * the source as written but are not given as the speaker's role.
 */

// Words that open an aside, a list or a clause, never a description of who someone is. ("Then"
// opens a past role, "then ambassador to Israel"; "also" a repeated one, "also a candidate".)
const NOT_ROLE_OPENERS: ReadonlySet<string> = new Set([
  "however", "meanwhile", "though", "although", "but", "and", "or", "yet", "so", "even", "because", "since",
  "including", "along", "like", "unlike", "such", "for", "in", "on", "at", "after", "before", "during", "only",
  "about", "hours", "days", "weeks", "months", "years", "where", "when", "while", "as", "if", "something",
  "indeed", "instead", "moreover", "nevertheless", "nonetheless", "therefore", "thus", "perhaps", "too", "still",
]);

// A count or share alone: "33%", "26 percent", "about two-thirds", "2013".
const COUNT_ONLY = /^(?:about |nearly |almost |roughly |some |just |over |under )?[\d.,/%-]*\d[\d.,/%-]*(?: percent)?$/;

/** The role as written, or null when the appositive is no role (see above). */
export function roleAsWritten(written: string): string | null {
  const first = /^[^\s,]+/.exec(written)?.[0].toLowerCase() ?? "";
  if (NOT_ROLE_OPENERS.has(first)) return null;
  if (COUNT_ONLY.test(written)) return null;
  // Two letters in a row ("CEO" has them): "N.H.", "R-S.C." and "--" have none.
  if (!/\p{L}{2}/u.test(written)) return null;
  // Cut off in a dash ("reading from a teleprompter --"): a fragment, not a role.
  if (/(?:--|—|–)\s*$/.test(written)) return null;
  if (RELATIVE.test(written) && !relativeTellsPosition(written)) return null;
  // A quotation as a whole ('the book, “draws a troubling portrait …”'): words quoted, not a role.
  if (/^[“"]/.test(written) && /[”"]$/.test(written)) return null;
  // A time ("Just last week, Ann Lee, …"), an aside of who said it ("the port, Lee said, …") or an
  // act as a participle with its object ("wearing a red cap", "taking a step toward …"; not an
  // adjective, "acting director", "leading expert").
  if (TIME_ONLY.test(written) || SAID_ASIDE.test(written) || ACT_PARTICIPLE.test(written)) return null;
  if (PLACE_FIRST.test(written)) return placeThenRole(written);
  return withoutActClause(written);
}

const TIME_ONLY = /^(?:just |only |as recently as )?(?:(?:last|this|next|earlier|later|late|early)\s+)?(?:(?:this|last|next|that)\s+)?(?:week|month|year|weekend|morning|afternoon|evening|night|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday)$/i;
const SAID_ASIDE = /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|he|she|they|we|I)\s+(?:said|says|added|noted|wrote|writes|argued|claimed|insisted|recalled|explained)$/u;
const ACT_PARTICIPLE = /^\p{Ll}+ing\s+(?:a|an|the|his|her|their|its|this|that|these|those|some|no|up|out|off|down)\s/u;

// A relative clause after the role's head: "a farmer who voted against the plan", "a Clinton
// endorser whose district went for her". (The cheap test first: most roles hold no "who".)
const MID_RELATIVE = /(?:,\s*|\s)(?=(?:who|whose|who['’]s)\b)/;
// "one of the thousands who live here", "among those who …": the clause tells who the group is.
const GROUP_BEFORE = /\b(?:one|some|many|all|each|none|most|among)\s+(?:of\s+)?(?:the|those|these|them)?\s*\S+$/i;

/**
 * The role without a relative clause that tells an act or a trait after its head ("a farmer who
 * voted against the plan" -> "a farmer"; "a lawyer who spoke on the condition of anonymity" -> "a
 * lawyer"): like a role that is such a clause alone, it stays in the mention. A clause of a post or
 * a trade keeps the whole ("a former aide who now runs a bakery").
 */
function withoutActClause(written: string): string {
  if (!written.includes("who")) return written;
  const m = MID_RELATIVE.exec(written);
  if (!m || m.index === 0) return written;
  // ("the director of the fund and whose …": the joining word goes with the clause.)
  const head = written.slice(0, m.index).replace(/[\s,]+$/, "").replace(/\s+(?:and|but|or)$/, "");
  const clause = written.slice(m.index + m[0].length);
  if (!head || GROUP_BEFORE.test(head) || relativeTellsPosition(clause)) return written;
  return head;
}

/**
 * A relative clause after a name is a role when it says what the person is or does for a living
 * ("who runs a bakery", "who was the mayor's chief of staff", "who served as ambassador"), not what
 * they did, think or are like on this occasion ("who declined to comment", "who spoke on the
 * condition of anonymity", "who is white", "whose district includes the pier"): those stay in the
 * mention as written.
 */
const RELATIVE = /^(?:who|whom|whose|which|that)\b/i;
// (An adverb may stand between: "who now runs", "who was then a member", "who has also advised".)
const ADVERB = String.raw`(?:(?:now|also|currently|still|then|formerly|once|later|previously|long|briefly)\s+)?`;
// Verbs of a post or a trade: "who runs", "who served as", "who works at", "which monitors".
const POSITION_VERB = new RegExp(
  String.raw`^(?:who|which)\s+${ADVERB}(?:(?:has|had|have)\s+${ADVERB})?(?:(?:runs|ran)(?!\s+(?:for|against|in)\b)|heads|headed|helms|helmed|leads|directs|directed|chairs|chaired|co-chairs|manages|managed|oversees|oversaw|teaches|taught|works|worked|used to work|represents|represented|owns|owned|co-owns|founded|co-founded|helped found|edits|edited|hosts|hosted|coaches|coached|advises|advised|serves|served|studies|researches|practices|monitors|tracks|appraises|covers|covered|writes|wrote for|lobbies|lobbied|sits on|sat on)\b`,
  "i",
);
// A form of "be" and what follows it: "who is an actor", "who was Obama's chief strategist", "who
// now is a fellow", "who has become an adviser".
const COPULA = new RegExp(String.raw`^(?:who|which)(?:\s+${ADVERB}(?:is|was|has been|had been|became|becomes|has become|had become|remains)|[’']s)\s+${ADVERB}(.*)$`, "i");
// Role nouns beyond the person nouns and titles of the lexicon that a post is named by.
const POST_NOUNS: ReadonlySet<string> = new Set([
  "coordinator", "co-chair", "partner", "fellow", "assistant", "consultant", "lobbyist", "treasurer", "dean",
  "principal", "head", "cfo", "coo", "clerk", "controller", "auditor",
]);
// Words that end the noun phrase after "is"/"was": the post, if any, comes before them.
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  "of", "for", "at", "in", "on", "to", "with", "by", "as", "from", "about", "against", "and", "but", "when", "who", "that",
]);
// Person nouns that tell a side or a tie, not a post: "who has been friends with", "who is running
// against Republican …".
const NOT_POSTS: ReadonlySet<string> = new Set([
  "friend", "friends", "man", "men", "woman", "women", "person", "people", "supporter", "supporters", "voter", "voters",
  "fan", "fans", "critic", "critics", "republican", "republicans", "democrat", "democrats", "conservative", "liberal",
]);

function relativeTellsPosition(written: string): boolean {
  if (POSITION_VERB.test(written)) return true;
  const c = COPULA.exec(written);
  if (!c) return false;
  const words = c[1].split(/\s+/, 5);
  const head = words[0]?.toLowerCase() ?? "";
  // "who is a …", "who was the …", "who is one of …", "who was Obama's …": a noun phrase follows.
  if (/^(?:a|an|the|one)$/.test(head) || /['’]s$/.test(head)) return true;
  // "who is running for …", "who was elected in …": a verb, not a noun phrase.
  if (/(?:ing|ed)$/.test(head)) return false;
  // "who was executive director of …", "who is now chairman": a post noun before the phrase ends.
  for (const w of words.slice(0, 4)) {
    // ("co-director", "vice-chair": the post is the last part.)
    const lw = w.toLowerCase().replace(/[,.;:]+$/, "").replace(/^(?:co|vice|deputy|acting|interim)-/, "");
    if (PHRASE_ENDS.has(lw)) return false;
    if (NOT_POSTS.has(lw)) continue;
    if (PERSON_NOUNS.has(lw) || TITLES.has(lw) || POST_NOUNS.has(lw)) return true;
  }
  return false;
}

/**
 * "of North Philadelphia", "from Dayton, Ohio": where the speaker lives, not a role (the role may
 * follow: "of Dayton, a retired nurse"). A group or firm after "of" is ("of the Oakdale Council").
 */
const PLACE_FIRST = /^(?:of|from)\s+\p{Lu}/u;
function placeThenRole(written: string): string | null {
  // The place: capitalised words and state abbreviations, each after a space or a comma.
  const m = /^(?:of|from)((?:[\s,]+(?:\p{Lu}[\p{L}.'’-]*|in))+?)(?:,\s+(\p{Ll}.*))?$/u.exec(written);
  if (!m) return written;
  // (Three capitals or more are a firm's letters, "of RBC Capital Markets"; a state's are two.)
  if (m[1].split(/[\s,]+/).some((w) => ORG_WORDS.has(w.toLowerCase()) || /^\p{Lu}{3,}$/u.test(w))) return written;
  return m[2] ? roleAsWritten(m[2]) : null;
}

/**
 * An appositive of capitalised words with no role, title or organisation word in it is a name or a
 * place ("a former spokesman for the ministry, Oleg Voloshyn"; "Ann Lee, Philadelphia"; "Berea,
 * OH"), not a role.
 */
export function isNameOrPlace(written: string): boolean {
  const words = written.split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length === 0) return false;
  for (const w of words) {
    const lw = w.toLowerCase().replace(/[.'’]+$/, "").replace(/['’]s$/, "");
    if (lw === "and" || lw === "of") continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    // (A firm's or a body's letters, "RBC", "NAACP", make it an affiliation; a state's are two.)
    if (/^\p{Lu}{3,}$/u.test(w)) return false;
    if (PERSON_NOUNS.has(lw) || TITLES.has(lw) || TITLES.has(lw + ".") || ORG_WORDS.has(lw) || POST_NOUNS.has(lw)) return false;
  }
  return true;
}

/** A source's span as written, its appositive, and what kind of words it is (a subset of Mention). */
type RoleSource = { readonly span: { start: number; end: number }; readonly role: { start: number; end: number } | null; readonly type?: string };

/**
 * The role of a source as written: its appositive or the role words before its name, when they read
 * as one. A name or a place in the appositive is none; when the words before it are a description
 * with a role noun ("the company's chief executive, John Ferriola"), that description is the role.
 */
export function roleOfSource(text: string, m: RoleSource): string | null {
  if (!m.role) return null;
  const role = roleAsWritten(withClosingMark(text, text.slice(m.role.start, m.role.end), m.role.end));
  // "Ann Lee of the Harbor Group, a shipping company": after a body named with "of", a body's
  // description is the body's, not her role.
  if (role && m.type === "person" && m.role.start >= m.span.end && OF_BODY.test(text.slice(m.span.start, m.role.start)) && describesBody(role)) return null;
  if (!role || m.role.start < m.span.end || !isNameOrPlace(role)) return role;
  const before = text.slice(m.span.start, m.span.end);
  return !isNameOrPlace(before) && hasRoleNoun(before) ? roleAsWritten(before) : null;
}

/**
 * "host of MSNBC’s “Morning Joe,” said": the appositive ends at the comma or the stop inside the
 * title's closing mark (as American copy puts it), which is left outside. The title is closed, without the comma
 * ("host of MSNBC’s “Morning Joe”").
 */
function withClosingMark(text: string, written: string, end: number): string {
  // (Or at the stop just before it: 'a host on the show "Shark Tank."'.)
  const next = text[end] === "." || text[end] === "," ? text[end + 1] : text[end];
  if (next !== "”" && next !== '"') return written;
  const open = next === "”" ? written.lastIndexOf("“") > written.lastIndexOf("”") : (written.split('"').length - 1) % 2 === 1;
  return open ? written.replace(/[,.]$/, "") + next : written;
}

const OF_BODY = /\s(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}/u;
const HEAD_ENDS: ReadonlySet<string> = new Set(["of", "at", "in", "for", "from", "with", "on", "that", "which", "who", "whose"]);

/** "a political risk and consulting company", "the city's largest union": a body, not a person's post. */
function describesBody(written: string): boolean {
  if (!/^(?:a|an|the)\s/i.test(written)) return false;
  // The head noun phrase: up to a comma, or a preposition or relative word after a small word ("a
  // partner at a firm"; not "a University of Ohio professor").
  const head: string[] = [];
  for (const w of written.split(/\s+/)) {
    const lw = w.toLowerCase().replace(/[.'’,]+$/, "");
    if (HEAD_ENDS.has(lw) && head.length > 0 && /^\p{Ll}/u.test(head[head.length - 1]!)) break;
    head.push(w);
    if (w.endsWith(",")) break;
  }
  const words = head.map((w) => w.toLowerCase().replace(/[.'’,]+$/, ""));
  return ORG_WORDS.has(words[words.length - 1] ?? "") && !words.some((w) => PERSON_NOUNS.has(w) || POST_NOUNS.has(w));
}

function hasRoleNoun(written: string): boolean {
  return written.split(/\s+/).some((w) => {
    const lw = w.toLowerCase().replace(/[,.;:]+$/, "");
    return PERSON_NOUNS.has(lw) || POST_NOUNS.has(lw);
  });
}
