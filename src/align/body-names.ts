import { FIRST_NAME_GENDER } from "../model/given-names.js";
// (BODY_NOUN: the body nouns as one alternation.)
import { BODY_NOUN_ALTERNATION as BODY_NOUN, BODY_NOUNS, POST_AT_BODY_ALTERNATION } from "../model/body-nouns.js";
import { isTitle } from "./names.js";
import { NOT_NAMES } from "../model/name-words.js";

/**
 * The capitalised names an article writes as a company's or a body's, found from the words around
 * them: a corporate noun after the name ("Verizon executives", "DuPont's board", "Wells Fargo CEO"),
 * a company's suffix ("Acme Corp."), an appositive that says what body it is ("Crowdpac, a start-up
 * that tracks donations"), a post or holding of it ("the chief executive of Intel", "shares of
 * Apple", "a senior analyst at Jefferies"), a company noun before it ("the retailer Amazon",
 * "consulting firms like McKinsey") or "its" that points back to it ("Verizon and its workers",
 * "Exxon Mobil contended in its letter"). A company named like a person ("Exxon Mobil", "Morgan Stanley", one word as "Intel")
 * is typed a person by the name pattern; the article's own words tell otherwise. Evidence in the
 * text rather than a list of companies, which no list keeps whole.
 *
 * Each name is kept with its shorter ends ("U.S. Geological Survey" and "Geological Survey"), except
 * where a title or a given name makes it a person's ("Mr. Trump's board", "Donald Trump's
 * employees"): a given name opens no company's end kept here ("Morgan Stanley" is kept, not
 * "Stanley"). One pass a pattern over the text, each match walked a few words: linear. Pure.
 */

/**
 * Nouns only a company or a body has, after its name (with or without "'s"); "board" only after
 * "'s". Not "executive" alone: "Obama's executive actions" is no company's executive.
 */
const NOUN_AFTER =
  /(['’]s?)?(?<![ \t])[ \t]+(?:(?:longtime|former|new|top|senior)[ \t]+)?(CEO|chief executive|board member|employees|executives|workers|shareholders|stockholders|headquarters|bankers|subsidiary|parent company|workforce|board|website)\b/g;
const NOUN_AFTER_WORDS = ["CEO", "chief executive", "board", "employees", "executives", "workers", "shareholders", "stockholders", "headquarters", "bankers", "subsidiary", "parent company", "workforce", "website"];

/** A company's suffix after its name ("Acme Corp.", "Acme, Inc."); not a word it opens ("Co-founder"). */
const SUFFIX = /,?(?<![ \t])[ \t]+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC)(?![\p{L}\p{N}-])/gu;
const SUFFIX_WORDS = ["Inc", "Corp", "Co", "Ltd", "LLC", "plc", "PLC"];

/**
 * An appositive naming what body it is ("Crowdpac, a political crowdfunding website, …"): the body
 * noun ends the phrase, so "a company spokesman" (a person) and "the company's founder" are not one.
 */
const APPOSITIVE = new RegExp(
  String.raw`,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:${BODY_NOUN})(?=[,.;:)]|[ \t]+(?:that|which|whose|based|founded|headquartered|with|in|of)\b)`,
  "gu",
);
const APPOSITIVE_WORDS = [", a ", ", an ", ", the "];

/**
 * A post at a body or a holding in it, before its name ("the chief executive of Intel", "an
 * executive at Acme", "shares in Apple"); "in" only after shares ("an executive in Ohio" is a place).
 */
const OF_BODY = /\b(?:(?:chief executive|CEO|shareholders|stockholders|executives?|employees|board of directors)[ \t]+(?:of|at)|shares[ \t]+(?:of|in))[ \t]+(?=\p{Lu})/gu;
const OF_BODY_WORDS = ["chief executive", "CEO", "shareholders", "stockholders", "shares", "executive", "employees", "board of directors"];

/**
 * A noun for a company right before its name, in apposition ("the retailer Amazon", "her latest
 * start-up, Paradata") or in a list of its kind ("consulting firms like McKinsey").
 */
const NOUN_BEFORE = new RegExp(
  String.raw`\b(?:(?:${BODY_NOUN}),?|(?:companies|firms|retailers|start-ups|startups|banks|airlines|insurers|lenders|automakers|conglomerates|manufacturers|contractors)[ \t]+(?:like|such as|including))[ \t]+(?=\p{Lu})`,
  "gu",
);
// A plural holds its singular ("retailers", "start-ups"), but for "companies".
const NOUN_BEFORE_WORDS = [...BODY_NOUNS, "compan"];

/** A post held at a body, before its name ("a senior analyst at Jefferies", "a fellow at Brookings"). */
const ROLE_AT = new RegExp(String.raw`\b(?:${POST_AT_BODY_ALTERNATION})[ \t]+at[ \t]+(?=\p{Lu})`, "gu");
const ROLE_AT_WORDS = [" at "];

/**
 * A name before what a body makes or runs: a poll, a survey, a study, a report, a polling average
 * ("a new Gallup poll", "a Pew Research report", "the RealClearPolitics polling average",
 * "a Gallup tracking poll") or a numbered flight
 * ("EgyptAir Flight MS804"). "polls" and "reports" are left out, as verbs after a name ("Clinton polls
 * well"); a plural or a one-letter word before a verb ("Democrats report", "I study") is left out in
 * addMaker.
 */
const MADE_BY = /(?<![ \t])[ \t]+(?:(?:(?:polling|rolling|tracking|exit|national)[ \t]+)?(?:poll|Poll|survey|study|report|average)(?![\p{L}\p{N}-])|[Ff]light[ \t]+(?:\p{Lu}{1,3}[ \t]?)?\p{N})/gu;
const MADE_BY_WORDS = [" poll", " Poll", " survey", " study", " report", " average", "light "];

/**
 * A poll, a survey or a study and who made it, after it ("exit polls conducted for the Associated
 * Press and television networks by Edison Research", "a survey by Corvane"): up to 80 characters of
 * its sentence before "by", so a bounded look.
 */
const MADE_BY_AFTER = /\b(?:polls?|surveys?|study|studies)(?:[ \t][^.;!?\n]{0,80}?)?[ \t]by[ \t]+(?=\p{Lu})/gu;
const MADE_BY_AFTER_WORDS = ["poll", "survey", "stud"];

/** Adds a maker's name whole (see addMaker), unless a title or a given name makes it a person's. */
function addWhole(out: Set<string>, words: readonly string[]): void {
  const last = words[words.length - 1] ?? "";
  if (last.length < 2 || NOT_NAMES.has(last.toLowerCase()) || words.some(isTitle) || isGiven(words[0]!)) return;
  out.add(words.join(" "));
}

/**
 * The maker's name before a MADE_BY match, whole and after any possessor ("Gallup" of "Reagan's
 * Gallup average"); none where its last word reads as a verb's subject ("Democrats", "I", "We"), or a
 * title or a given name opens it. Whole only: its shorter ends are common nouns as often ("Research"
 * of "Edison Research poll" took a story's "Research suggests" for the pollster); its short start is
 * read as the name's (not-person opensBodyName: "Pew" of "Pew Research").
 */
function addMaker(out: Set<string>, text: string, end: number): void {
  const run = runBefore(text, end);
  const words = run.slice(run.findLastIndex((w) => /['’]s$/.test(w)) + 1);
  // A plural is one capital then small letters ("Democrats"); not "RealClearPolitics".
  if (!/^\p{Lu}[\p{Ll}-]*[^s]s$/u.test(words[words.length - 1] ?? "")) addWhole(out, words);
}

/** "its" pointing back to the name: "Verizon and its workers", "Exxon Mobil contended in its letter". */
const ITS_AFTER = /(?<![ \t])[ \t]+(?:and|\p{Ll}+[ \t]+in)[ \t]+its(?![\p{L}\p{N}])/gu;
const ITS_WORDS = [" its "];

// A run of blanks is entered at its first blank only ((?<![ \t]) above): tried at each blank of a
// long run, "[ \t]+" read the rest of it each time, quadratic in the run.

/** The longest word a name's run is walked over: a longer one is no name's, and the walk stays short. */
const WORD_MAX = 40;

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const WORD_CHAR = /[\p{L}\p{N}.&'’-]/u;

/** The words of the capitalised run that ends right before `end` on its line ("Exxon Mobil" of "Exxon Mobil's"). */
function runBefore(text: string, end: number): string[] {
  const words: string[] = [];
  let e = end;
  while (words.length < 6) {
    let s = e;
    while (s > 0 && e - s <= WORD_MAX && WORD_CHAR.test(text[s - 1]!)) s--;
    if (s === e || e - s > WORD_MAX) break;
    const w = text.slice(s, e);
    if (!(isUpper(w[0]!) || w === "&" || (w === "of" && words.length > 0))) break;
    words.unshift(w);
    if (s === 0 || text[s - 1] !== " ") break;
    e = s - 1;
  }
  while (words.length && (words[0] === "of" || words[0] === "&")) words.shift();
  return words;
}

/** The words of the capitalised run that starts at `start` ("Intel" of "of Intel, was …"); none when it is a possessor ("of Trump's company"). */
function runAfter(text: string, start: number): string[] {
  const words: string[] = [];
  let s = start;
  while (words.length < 6 && s < text.length) {
    let e = s;
    while (e < text.length && e - s <= WORD_MAX && /[\p{L}\p{N}.&-]/u.test(text[e]!)) e++;
    if (e === s || e - s > WORD_MAX) break;
    let w = text.slice(s, e);
    if (!(isUpper(w[0]!) || w === "&" || w === "of")) break;
    // A sentence's full stop is no part of the name ("of Intel."), an initial's is ("U.S.").
    if (w.endsWith(".") && !/^(?:\p{Lu}\.)+$/u.test(w)) w = w.slice(0, -1);
    words.push(w);
    if (text[e] === "'" || text[e] === "’") return [];
    if (text[e] !== " " || w !== text.slice(s, e)) break;
    s = e + 1;
  }
  while (words.length && (words[words.length - 1] === "of" || words[words.length - 1] === "&")) words.pop();
  return words;
}

const isGiven = (w: string) => FIRST_NAME_GENDER.has(w.toLowerCase());

/** Adds the run and its shorter ends, leaving out what a title or a given name makes a person's. */
function addRun(out: Set<string>, words: readonly string[]): void {
  if (words.length === 0 || words.some(isTitle)) return;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "of" || words[i] === "&" || isGiven(words[i]!) || (i > 0 && isGiven(words[i - 1]!))) continue;
    out.add(words.slice(i).join(" "));
  }
}

export function bodyNamesIn(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  const has = (words: readonly string[]) => words.some((w) => text.includes(w));
  if (has(NOUN_AFTER_WORDS)) {
    for (const m of text.matchAll(NOUN_AFTER)) if ((m[2] !== "board" && m[2] !== "website") || m[1]) addRun(out, runBefore(text, m.index));
  }
  if (has(SUFFIX_WORDS)) for (const m of text.matchAll(SUFFIX)) addRun(out, runBefore(text, m.index));
  if (has(APPOSITIVE_WORDS)) for (const m of text.matchAll(APPOSITIVE)) addRun(out, runBefore(text, m.index));
  if (has(OF_BODY_WORDS)) for (const m of text.matchAll(OF_BODY)) addRun(out, runAfter(text, m.index + m[0].length));
  if (has(MADE_BY_WORDS)) for (const m of text.matchAll(MADE_BY)) addMaker(out, text, m.index);
  if (has(MADE_BY_AFTER_WORDS)) for (const m of text.matchAll(MADE_BY_AFTER)) addWhole(out, runAfter(text, m.index + m[0].length));
  if (has(ITS_WORDS)) for (const m of text.matchAll(ITS_AFTER)) addRun(out, runBefore(text, m.index));
  if (has(NOUN_BEFORE_WORDS)) {
    for (const m of text.matchAll(NOUN_BEFORE)) {
      const at = m.index + m[0].length;
      const words = runAfter(text, at);
      // In apposition the name ends its phrase ("the retailer Amazon and …", "start-up, Paradata,
      // uses"); "the company Lind founded" names the founder, not the company.
      const end = at + words.join(" ").length;
      if (/(?:like|as|including)[ \t]+$/.test(m[0]) || /^(?:[,.;:)]|[ \t]+and[ \t])/.test(text.slice(end, end + 5))) addRun(out, words);
    }
  }
  if (has(ROLE_AT_WORDS)) for (const m of text.matchAll(ROLE_AT)) addRun(out, runAfter(text, m.index + m[0].length));
  return out;
}
