import { NAME_PARTICLES, NOT_NAMES, ORG_WORDS, PERSON_NOUNS, TITLES, isInitial } from "./lexicon.js";
import { lowerBound } from "../model/sorted.js";
import { PARTY_MEMBERS } from "../model/name-words.js";
import { STATES } from "../extract/states.js";
import { DIGIT, LETTER, UPPER, classAt, sizeAt } from "../extract/chars.js";
import { surnameKey, withoutPossessive, type Registry } from "./entities.js";

/**
 * The roles an article gives its people, so a definite description ("the Florida senator", "the
 * former president") can name the person it stands for. Built in one pass over the article's
 * words from three kinds of evidence in the narration:
 *  - a title before a name ("Sen. Marco Rubio", "President Obama", "Gov. …");
 *  - a role phrase right before a name ("Republican presidential candidate Donald Trump",
 *    "former Secretary of State Hillary Clinton");
 *  - an appositive after a name ("Donald Trump, the New York businessman, …").
 */

export type Word = { readonly start: number; readonly end: number; readonly raw: string; readonly lower: string; readonly cap: boolean; readonly possessive: boolean };

/** One piece of evidence: the words of a role phrase given to a person at `at`. */
type Evidence = { readonly at: number; readonly name: string; readonly words: ReadonlySet<string> };

type PersonRoles = { readonly name: string; readonly evidence: Evidence[]; readonly mentions: number[] };

export type RoleMatch = { readonly speaker: string; readonly via: string };

/** Who a definite description, as written, stands for at `at` (what attribution asks of the index). */
export type DescriptionResolver = { resolve(description: string, at: number): RoleMatch | null };

// Abbreviated titles, and the role word each stands for in a description.
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["sen.", "senator"], ["gov.", "governor"], ["rep.", "representative"], ["gen.", "general"], ["lt.", "lieutenant"],
  ["col.", "colonel"], ["capt.", "captain"], ["sgt.", "sergeant"], ["adm.", "admiral"], ["sec.", "secretary"],
  ["pres.", "president"], ["atty.", "attorney"], ["prof.", "professor"], ["rev.", "reverend"], ["maj.", "major"],
  ["cmdr.", "commander"], ["supt.", "superintendent"], ["amb.", "ambassador"], ["gop", "republican"],
  ["democratic", "democrat"], ["congressman", "representative"], ["congresswoman", "representative"],
  ["frontrunner", "front-runner"], ["ex", "former"], ["onetime", "former"], ["erstwhile", "former"],
]);
/** Honorifics: before a name, but no role ("Mr. Trump" says nothing of what he does). */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr.", "mrs.", "ms.", "mx.", "dr.", "mr", "mrs", "ms", "mx", "dr", "miss", "sir", "dame"]);
/** Nouns too general to be a role ("the man", "the source"). */
const NOT_ROLES: ReadonlySet<string> = new Set([
  "man", "men", "woman", "women", "person", "people", "source", "sources", "guy", "boy", "girl", "local", "locals", "friend",
  "member", "official", "officials", "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband",
  "child", "children", "parent", "relative", "cousin", "uncle", "aunt", "nephew", "niece", "mom", "dad", "user", "fan",
]);
/** Role nouns beyond the person nouns and titles of the lexicon. */
const MORE_ROLES = [
  "billionaire", "mogul", "tycoon", "magnate", "developer", "entrepreneur", "hopeful", "challenger", "incumbent",
  "front-runner", "neurosurgeon", "admiral", "lieutenant", "reverend", "superintendent", "president-elect",
  "vice-president", "nominee", "contender", "rival", "governor-elect", "heir", "pundit",
];
const ROLES: ReadonlySet<string> = new Set(
  [...PERSON_NOUNS, ...TITLES.keys(), ...MORE_ROLES].map(normal).filter((w) => !NOT_ROLES.has(w) && !HONORIFICS.has(w) && !w.endsWith(".")),
);

/**
 * Words that make another role of the head: "the former president" is not the president, "the vice
 * presidential nominee" not the presidential nominee, "the press secretary" not the secretary.
 * A description and the evidence for its head must agree on each of them, both ways.
 */
const ROLE_CHANGERS = ["former", "vice", "deputy", "assistant", "lieutenant", "associate", "press", "first"] as const;
/** Lower-case words that can stand in a role phrase before a name without being a role. */
const MODIFIERS: ReadonlySet<string> = new Set([
  "former", "onetime", "presidential", "presumptive", "likely", "retired", "fellow", "then", "vice", "real", "estate",
  "current", "longtime", "veteran", "freshman", "junior", "senior", "outgoing", "incoming", "top", "deputy", "acting",
  "interim", "assistant", "associate", "executive", "state", "federal", "national", "district", "county", "city",
  "campaign", "democratic", "republican", "conservative", "liberal", "independent", "two-term", "first-term",
  "one-term", "defeated", "prospective", "potential", "rival", "chief", "general", "press", "political", "foreign",
  "defense", "security", "white", "house", "senate", "majority", "minority", "u.s.", "american", "tech",
]);
/**
 * Modifiers a description may carry without the article having given them: they praise or date the
 * person but do not tell one holder of a role from another. Every other modifier ("Florida",
 * "vice", "Democratic", "campaign") must be among the person's role words.
 */
const NEUTRAL: ReadonlySet<string> = new Set([
  "presidential", "presumptive", "likely", "longtime", "current", "sitting", "embattled", "controversial",
  "outspoken", "veteran", "top", "real", "estate", "billionaire", "wealthy", "famous", "well-known", "popular",
  "new", "young", "elder", "outgoing", "beleaguered", "celebrity", "eventual", "apparent", "one-time",
]);
/** Words a description may carry that say nothing about which person it is. */
const EMPTY = new Set(["the", "and", "of", "for", "from"]);

function normal(w: string): string {
  return ABBREVIATIONS.get(w) ?? w;
}


/**
 * The word tokens of `text`, as /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’-]*\.?/gu cuts them
 * (tests/attribute/scanners.test.ts checks the two against each other): written out by hand, as the
 * role index reads every word of an article, and a regex match per word (a match array and its
 * string) was most of its cost.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k: number;
    let size = 1;
    if (c < 128) k = c >= 97 && c <= 122 ? LETTER : c >= 65 && c <= 90 ? LETTER | UPPER : c >= 48 && c <= 57 ? DIGIT : 0;
    else {
      k = classAt(text, i);
      if (k !== 0) size = sizeAt(text, i);
    }
    if ((k & (LETTER | DIGIT)) === 0) {
      i += size;
      continue;
    }
    const start = i;
    let end = -1;
    // (?:\p{Lu}\.){2,}: initials run together ("U.S.", "G.K."), tried first as the regex does.
    if (k & UPPER && text.charCodeAt(i + size) === 0x2e) {
      let j = i + size + 1;
      let reps = 1;
      while (j < n) {
        const u = (classAt(text, j) & UPPER) !== 0;
        if (!u) break;
        const z = sizeAt(text, j);
        if (text.charCodeAt(j + z) !== 0x2e) break;
        j += z + 1;
        reps++;
      }
      if (reps >= 2) end = j;
    }
    // Only ASCII lower-case letters, digits and ' - : the word is its own lower-case form.
    let plain = (k & UPPER) === 0 && c < 128;
    if (end < 0) {
      // [\p{L}\p{N}][\p{L}\p{N}'’-]*\.?
      let j = i + size;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 0x27 || d === 0x2d) j++;
        else if (d < 128) {
          if (d >= 65 && d <= 90) {
            plain = false;
            j++;
          } else break;
        } else if (d === 0x2019) {
          plain = false;
          j++;
        } else if (classAt(text, j) & (LETTER | DIGIT)) {
          plain = false;
          j += sizeAt(text, j);
        } else break;
      }
      if (j < n && text.charCodeAt(j) === 0x2e) j++;
      end = j;
    }
    i = end;
    // "Obama''": the doubled apostrophe is a closing quotation mark, not a possessive.
    if (text.charCodeAt(end - 1) === 0x27 && text.charCodeAt(end - 2) === 0x27) while (text.charCodeAt(end - 1) === 0x27) end--;
    // The word's cuts are read off its last characters; only a stop needs its string to decide.
    let raw = text.slice(start, end);
    let lower = plain ? raw : raw.toLowerCase();
    // A stop ends a sentence unless the word is an abbreviation or an initial ("Sen.", "U.S.", "J.").
    // (A word that ends in a stop and holds another, "U.S.", keeps it: the stop is the only one when
    // the first stop is the last character.)
    if (text.charCodeAt(end - 1) === 0x2e && raw.indexOf(".") === raw.length - 1 && !isInitial(raw) && !ABBREVIATIONS.has(lower) && !HONORIFICS.has(lower)) {
      end--;
      raw = raw.slice(0, -1);
      lower = lower.slice(0, -1);
    }
    // A possessive ending ('s, ’s or a lone apostrophe) is not part of the lower-case form. (Cut from
    // the lower-case string, as it was lowered with the ending on.)
    const e = text.charCodeAt(end - 1);
    const cut = e === 0x27 || e === 0x2019 ? 1 : (e === 0x73 || e === 0x53) && (text.charCodeAt(end - 2) === 0x27 || text.charCodeAt(end - 2) === 0x2019) && end - 2 > start ? 2 : 0;
    if (cut) lower = lower.slice(0, lower.length - cut);
    out.push({ start, end, raw, lower, cap: (k & UPPER) !== 0, possessive: cut !== 0 });
  }
  return out;
}

/** Only spaces (no line break, no punctuation) stand between two words. */
function adjacent(text: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

/** A comma (and spaces) alone stands between two words. */
function commaBetween(text: string, a: Word, b: Word): boolean {
  return text.slice(a.end, b.start).trim() === ",";
}

// The lower-case forms whose normal form (an abbreviation's word, or the word itself) is a role, and
// those whose normal form is a role or a party: one lookup of a word instead of normal() and up to
// five Set lookups, as the index asks it of every capitalised word of the article.
const ROLE_FORMS: ReadonlySet<string> = new Set([...ROLES, ...ABBREVIATIONS.keys()].filter((w) => ROLES.has(normal(w))));
const NOT_NAME_PARTS: ReadonlySet<string> = new Set([
  ...NOT_NAMES,
  ...ORG_WORDS,
  ...TITLES.keys(),
  ...[...ROLES, ...PARTY_MEMBERS, ...ABBREVIATIONS.keys()].filter((w) => ROLES.has(normal(w)) || PARTY_MEMBERS.has(normal(w))),
]);

const isRole = (w: Word): boolean => ROLE_FORMS.has(w.lower);

/** A capitalised word that can be part of a person's name. */
function nameLike(w: Word): boolean {
  if (!w.cap || w.raw.endsWith(".") && !isInitial(w.raw)) return false;
  if (NOT_NAME_PARTS.has(w.lower)) return false;
  // An acronym ("GOP", "CNN") is not a name. (A lower-case ASCII second letter makes none.)
  const c = w.raw.length > 1 ? w.raw.charCodeAt(1) : -1;
  if (c >= 0x61 && c <= 0x7a) return true;
  return !(w.raw.length > 1 && w.raw === w.raw.toUpperCase() && !isInitial(w.raw));
}

export class RoleIndex {
  private readonly people = new Map<string, PersonRoles>();
  /** Every mention of a known person, in text order (where, and who). */
  private readonly mentionAt: number[] = [];
  private readonly mentionOf: string[] = [];

  private constructor(
    private readonly text: string,
    private readonly registry: Registry,
  ) {}

  /** One pass over the article's words. */
  static fromText(text: string, registry: Registry): RoleIndex {
    const r = new RoleIndex(text, registry);
    const ws = words(text);
    // Whether each word is name-like, worked out once (the loop asks of most words twice).
    const named = new Uint8Array(ws.length);
    for (let k = 0; k < ws.length; k++) if (ws[k].cap && nameLike(ws[k])) named[k] = 1;
    for (let i = 0; i < ws.length; ) {
      if (!named[i] || (i > 0 && adjacent(text, ws[i - 1], ws[i]) && named[i - 1])) {
        i++;
        continue;
      }
      // A name: up to four adjacent name-like words, ending at a possessive.
      let e = i + 1;
      while (e < ws.length && e - i < 4 && !ws[e - 1].possessive && adjacent(text, ws[e - 1], ws[e])) {
        if (named[e]) e++;
        // "Bill de Blasio": a particle inside the name.
        else if (NAME_PARTICLES.has(ws[e].raw) && e + 1 < ws.length && adjacent(text, ws[e], ws[e + 1]) && named[e + 1]) e += 2;
        else break;
      }
      // A longer run of capitals ("Don Guardian" cut at the outlet word) or one that goes on into
      // an organisation's or a work's name: no one said for sure.
      // (A title after it starts the next name: "Florida Sen. Ana Ruiz".)
      if (e < ws.length && !ws[e - 1].possessive && adjacent(text, ws[e - 1], ws[e]) && ws[e].cap && !isRole(ws[e])) {
        while (e < ws.length && adjacent(text, ws[e - 1], ws[e]) && ws[e].cap && !isRole(ws[e])) e++;
        i = e;
        continue;
      }
      r.name(ws, i, e);
      i = e;
    }
    return r;
  }

  /** The name ws[s..e): a mention of a person, and the roles given it right before and after. */
  private name(ws: readonly Word[], s: number, e: number): void {
    let name = ws[s].raw;
    for (let k = s + 1; k < e; k++) name += " " + ws[k].raw;
    name = withoutPossessive(name);
    const before = this.roleBefore(ws, s);
    const after = ws[e - 1].possessive ? null : this.appositiveAfter(ws, e);
    // A bare surname is a person only when the registry knows it or a role stands before it.
    const key = this.personKey(name, ws[s].start, before !== null || after !== null);
    if (!key) return;
    this.mentionAt.push(ws[s].start);
    this.mentionOf.push(key);
    let p = this.people.get(key);
    if (!p) {
      if (!before && !after) return; // mentions matter only for people with a role
      p = { name: key, evidence: [], mentions: [] };
      this.people.set(key, p);
    }
    p.mentions.push(ws[s].start);
    if (before) p.evidence.push({ at: ws[s].start, name, words: before });
    if (after) p.evidence.push({ at: ws[s].start, name, words: after });
    // "Sen. Marco Rubio (R-Fla.)", "Senator Bernie Sanders of Vermont": party and state, no role.
    // (Read only for a person the index keeps: most names are given no role and are not kept.)
    const home = ws[e - 1].possessive ? null : homeAfter(this.text, ws, e);
    if (home) p.evidence.push({ at: ws[s].start, name, words: home });
  }

  /**
   * The person a name stands for: the registry's full name, or the name as written. A bare surname
   * that several registered people share ("Clinton") stands for no one here.
   */
  private personKey(name: string, at: number, withRole: boolean): string | null {
    const bare = !name.includes(" ");
    const key = surnameKey(name);
    const people = this.registry.peopleWithKey(key);
    // (Unless one of them is registered by the surname alone, a man the article calls only "Mr.
    // Obama" beside "Michelle Obama": "President Obama" is he.)
    if (bare && people.length > 1) return people.some((p) => p.name === name) ? name : null;
    if (people.length > 0) {
      const p = this.registry.bySurnameOf(name, at, null, key);
      if (p) return p.name;
    }
    if (bare && !withRole && !this.people.has(name)) return null;
    return name;
  }

  /** The role phrase right before a name ("Florida Sen.", "former Secretary of State"). */
  private roleBefore(ws: readonly Word[], s: number): Set<string> | null {
    const text = this.text;
    let h = s - 1;
    if (h < 0 || !adjacent(text, ws[h], ws[s])) return null;
    const words = new Set<string>();
    // "Secretary of State John Kerry", "Secretary of Homeland Security Jeh Johnson".
    if (!isRole(ws[h]) && ws[h].cap) {
      let o = h;
      while (o > h - 3 && o > 0 && ws[o].cap && adjacent(text, ws[o - 1], ws[o])) o--;
      if (ws[o].lower !== "of" || o < 1 || !adjacent(text, ws[o - 1], ws[o]) || !isRole(ws[o - 1])) return null;
      for (let k = o + 1; k <= h; k++) words.add(ws[k].lower);
      h = o - 1;
    }
    if (!isRole(ws[h]) || ws[h].possessive) return null;
    words.add(normal(ws[h].lower));
    // Modifiers before the head, word by word: capitals, role words and a few adjectives.
    for (let k = h - 1, n = 0; k >= 0 && n < 6; k--, n++) {
      const w = ws[k];
      if (!adjacent(text, w, ws[k + 1]) || w.possessive) break;
      const l = normal(w.lower);
      if (w.cap ? NOT_NAMES.has(w.lower) || HONORIFICS.has(w.lower) : !(MODIFIERS.has(l) || ROLES.has(l) || isHyphenFormer(l))) break;
      addWord(w, words);
    }
    return words;
  }

  /** "Name, the New York businessman, …": an appositive with its role. */
  private appositiveAfter(ws: readonly Word[], e: number): Set<string> | null {
    const text = this.text;
    if (e + 1 >= ws.length || !commaBetween(text, ws[e - 1], ws[e])) return null;
    const det = ws[e].lower;
    if (det !== "the" && det !== "a" && det !== "an") return null;
    const words = new Set<string>();
    // The head is the last word before "of"/"for" (or before the end); it must be a role noun, and
    // the phrase must end there or at punctuation, "who" or "and" ("Mika Brzezinski, the
    // Democratic presidential candidate stated that …" is no appositive).
    let head: Word | null = null;
    let afterOf = false;
    let k = e + 1;
    for (; k < ws.length; k++) {
      const w = ws[k];
      if (k > e + 8) return null;
      if (!adjacent(text, ws[k - 1], w)) {
        const gap = text.slice(ws[k - 1].end, w.start).trim();
        // "the brusque, take-no-prisoners governor of …": a comma between two adjectives before the
        // head, not after it (no role yet, a lower-case word next).
        if (gap === "," && !afterOf && head && !isRole(head) && !w.cap && w.lower !== "who" && w.lower !== "which" && w.lower !== "and") {
          head = w;
          addWord(w, words);
          continue;
        }
        if (!/^[,.;:?!—–)-]/.test(gap)) return null;
        break;
      }
      if (w.lower === "who" || w.lower === "which" || w.lower === "and") break;
      if (w.possessive) return null; // "Trump, the party's nominee": whose role is not said here
      if (w.lower === "of" || w.lower === "for" || w.lower === "from") {
        if (afterOf) return null;
        afterOf = true;
        continue;
      }
      if (!afterOf) head = w;
      addWord(w, words);
    }
    if (k >= ws.length && k <= e + 1) return null;
    return head && isRole(head) ? words : null;
  }

  /**
   * The person a definite description ("the Florida senator") stands for: one the article gives that
   * role (anywhere: a role holds for the whole article) and names before `at`, whose role words
   * agree with the description's; of several, the best fit, then the one named most recently.
   * Null when no one fits, when two people fit equally and are both named in this or the previous
   * paragraph, or when someone with no role is named in this paragraph after the person.
   */
  resolve(description: string, d: Description, at: number): RoleMatch | null {
    type Fit = { p: PersonRoles; score: number; last: number };
    const fits: Fit[] = [];
    // Roles hold for the whole article (the evidence may come after the description), but the
    // person must have been named before it.
    for (const p of this.people.values()) {
      const last = lastBefore(p.mentions, at);
      const f = last < 0 ? null : fitOf(p, d);
      if (f !== null) fits.push({ p, score: f, last });
    }
    if (fits.length === 0) return null;
    fits.sort((a, b) => b.score - a.score || b.last - a.last);
    const best = fits[0];
    const rival = fits.find((f) => f !== best && f.score === best.score);
    if (rival && rival.last >= this.windowStart(at)) return null;
    if (this.unplacedBetween(best.p.name, best.last, at)) return null;
    const how = rival ? "most recent of several" : fits.length > 1 ? "best fit" : "only fit";
    const name = nameOf(best.p, d);
    return { speaker: name, via: `"${description}" -> ${name} (${how} of the people the article calls ${d.head})` };
  }

  /**
   * Whether, in the description's paragraph and before it, the article names someone it gives no
   * role while the person found is not named there: in "Cruz defends his bona fides …, the senator
   * says" Cruz may be the senator even though only Rand Paul, paragraphs before, was called one.
   */
  private unplacedBetween(key: string, last: number, to: number): boolean {
    const para = this.text.lastIndexOf("\n", to - 1);
    const from = Math.max(last, para);
    for (let i = lastIndexBefore(this.mentionAt, to); i >= 0 && this.mentionAt[i] > from; i--) {
      // (A name the quoted words hold, "“… to beat Hillary Clinton,” the governor said", is no one the narration names.)
      if (this.mentionOf[i] !== key && !this.people.has(this.mentionOf[i]) && !quotedAt(this.text, para + 1, this.mentionAt[i])) return true;
    }
    return false;
  }

  /** Start of the paragraph before the one holding `at`. */
  private windowStart(at: number): number {
    const text = this.text;
    let p = text.lastIndexOf("\n", at - 1);
    if (p < 0) return 0;
    while (p > 0 && /\s/.test(text[p - 1]!)) p--;
    return text.lastIndexOf("\n", p - 1) + 1;
  }
}

/** Whether `at` stands inside quotation marks (“ ”, or straight ones) opened after `from`, its paragraph's start. */
function quotedAt(text: string, from: number, at: number): boolean {
  let inQuote = false;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) inQuote = true;
    else if (c === 0x201d) inQuote = false;
    else if (c === 0x22) inQuote = !inQuote;
  }
  return inQuote;
}

const PARTY_LETTERS: ReadonlyMap<string, string> = new Map([["R", "republican"], ["D", "democrat"], ["I", "independent"]]);
const PARTY_STATE = /^[^\S\n]*\((?:([RDI])-)?([A-Z][A-Za-z.]{0,5})\)/;

/** Party and home state after a name: "(R-Fla.)", "of Vermont". */
function homeAfter(text: string, ws: readonly Word[], e: number): Set<string> | null {
  const end = ws[e - 1].end;
  const m = PARTY_STATE.exec(text.slice(end, end + 16));
  if (m) {
    const state = STATES.get(m[2]);
    if (!m[1] && !state) return null;
    const words = new Set<string>(m[1] ? [PARTY_LETTERS.get(m[1])!] : []);
    if (state) for (const w of state.toLowerCase().split(" ")) words.add(w);
    return words;
  }
  if (e + 1 < ws.length && ws[e].lower === "of" && adjacent(text, ws[e - 1], ws[e]) && adjacent(text, ws[e], ws[e + 1])) {
    const place = ws[e + 1];
    if (!place.cap || NOT_NAMES.has(place.lower) || ORG_WORDS.has(place.lower)) return null;
    const words = new Set([place.lower]);
    if (e + 2 < ws.length && adjacent(text, place, ws[e + 2]) && ws[e + 2].cap) words.add(ws[e + 2].lower);
    return words;
  }
  return null;
}

function addWord(w: Word, words: Set<string>): void {
  const l = normal(w.lower);
  if (!EMPTY.has(l)) for (const part of splitFormer(l)) words.add(part);
}

/** "ex-president" -> former, president; "then-candidate" -> candidate. */
function splitFormer(l: string): string[] {
  if (l.startsWith("ex-")) return ["former", normal(l.slice(3))];
  if (l.startsWith("then-")) return [normal(l.slice(5))];
  return [l];
}
const isHyphenFormer = (l: string): boolean => (l.startsWith("ex-") || l.startsWith("then-")) && ROLE_FORMS.has(l.slice(l.indexOf("-") + 1));

export type Description = { head: string; changers: ReadonlySet<string>; mods: { word: string; cap: boolean }[]; post: string[] };

/** "the former secretary of state" -> head secretary, former, post [state]. Null for other phrases. */
export function parseDescription(description: string): Description | null {
  const ws = words(description);
  if (ws.length < 2 || ws.length > 9 || ws[0].lower !== "the") return null;
  if (/[,;:()"“”]/.test(description)) return null;
  let of = ws.findIndex((w) => w.lower === "of");
  if (of < 0) of = ws.length;
  const pre = ws.slice(1, of);
  if (pre.length === 0) return null;
  const last = pre[pre.length - 1];
  const parts = splitFormer(normal(last.lower));
  const head = parts[parts.length - 1];
  if (!ROLES.has(head) || last.possessive) return null;
  const changers = new Set<string>(parts.length > 1 ? ["former"] : []);
  const mods: { word: string; cap: boolean }[] = [];
  for (const w of pre.slice(0, -1)) {
    if (w.possessive || /\d/.test(w.lower)) return null;
    for (const l of splitFormer(normal(w.lower))) {
      if ((ROLE_CHANGERS as readonly string[]).includes(l)) changers.add(l);
      else if (!EMPTY.has(l)) mods.push({ word: l, cap: w.cap });
    }
  }
  const post: string[] = [];
  for (const w of ws.slice(of + 1)) {
    if (w.possessive) return null;
    const l = normal(w.lower);
    if (!EMPTY.has(l)) post.push(l);
  }
  return { head, changers, mods, post };
}

/** The evidence gives the description's role: its head, with the same role-changing words. */
function givesHead(ev: Evidence, d: Description): boolean {
  if (!ev.words.has(d.head)) return false;
  for (const c of ROLE_CHANGERS) if (ev.words.has(c) !== d.changers.has(c)) return false;
  return true;
}

/**
 * How well a person fits a description: null when the role is not theirs or a modifier is not
 * among their role words (save the neutral ones); else the number of modifiers the article gives them.
 */
function fitOf(p: PersonRoles, d: Description): number | null {
  const words = new Set<string>();
  let head = false;
  for (const ev of p.evidence) {
    for (const w of ev.words) words.add(w);
    if (givesHead(ev, d)) head = true;
  }
  if (!head) return null;
  let score = 0;
  for (const m of d.mods) {
    if (words.has(m.word)) score++;
    else if (m.cap || !NEUTRAL.has(m.word)) return null;
  }
  // "the president of Mexico": the words after "of" must be the article's own.
  for (const w of d.post) {
    if (!words.has(w)) return null;
    score++;
  }
  return score;
}

/**
 * The name to credit: the registry's full name when the role was given to a full name; the name as
 * written when only a surname carried it ("President Obama" in an article that names Michelle
 * Obama in full says nothing of the president's given name).
 */
function nameOf(p: PersonRoles, d: Description): string {
  let written = "";
  for (const ev of p.evidence) if (givesHead(ev, d) && ev.name.length > written.length) written = ev.name;
  return written.includes(" ") ? p.name : written || p.name;
}

/** The index of the last of the sorted positions before `at` (-1 if none). */
const lastIndexBefore = (sorted: readonly number[], at: number): number => lowerBound(sorted, at) - 1;

/** The last of the sorted positions before `at` (-1 if none). */
function lastBefore(sorted: readonly number[], at: number): number {
  const i = lastIndexBefore(sorted, at);
  return i >= 0 ? sorted[i] : -1;
}
