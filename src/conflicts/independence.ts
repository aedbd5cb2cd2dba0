import type { Article, Speaker } from "../model/index.js";
import { outletByName } from "../model/known-outlets.js";
import { FIRST_NAME_GENDER } from "../model/given-names.js";
import { isPlaceName } from "../model/place-names.js";
import type { ClaimFacts } from "./claims.js";

/**
 * Whether two claims come from one body: a spokesman and the ministry he speaks for, a candidate and
 * her own campaign manager, the FBI and its director. Two such voices saying one thing are one
 * source, not a corroboration. Read from what attribution gives: the speaker's role as written
 * ("Clinton campaign manager", "a spokesman for the FBI") and the speaker's own name ("the Clinton
 * campaign"), set against the other speaker's name, aliases and surname.
 */

/**
 * Offices whose holder speaks for the body named beside them. A "former" one no longer does ("former
 * Obama adviser"), and a supporter, a member or a pollster speaks for no one but themselves.
 */
export const OFFICES: readonly { readonly id: string; readonly words: readonly string[]; readonly reason: string }[] = [
  { id: "spokesperson", words: ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"], reason: "speaks for the body by office" },
  { id: "press-office", words: ["press secretary", "communications director", "press office", "press officer"], reason: "the body's own voice to the press" },
  { id: "campaign", words: ["campaign manager", "campaign chairman", "campaign chair", "campaign", "campaign aide", "campaign spokesman"], reason: "a candidate's campaign speaks for the candidate" },
  { id: "staff", words: ["aide", "aides", "adviser", "advisers", "advisor", "advisors", "chief of staff", "deputy"], reason: "a member of the person's staff" },
  { id: "counsel", words: ["lawyer", "lawyers", "attorney", "attorneys", "counsel"], reason: "speaks for the client" },
  { id: "head", words: ["director", "chairman", "chairwoman", "chief", "head"], reason: "heads the body and speaks for it" },
];

// Office words as token sequences, longest first so "campaign manager" wins over "campaign".
const OFFICE_SEQS: readonly (readonly string[])[] = OFFICES.flatMap((o) => o.words.map((w) => w.split(" "))).sort((a, b) => b.length - a.length);

/** Words inside a body's name ("National Federation of Independent Business", "Bureau of Investigation"). */
const JOINERS: ReadonlySet<string> = new Set(["of", "for", "and", "&"]);
/** Words of an office, or titles, that are no part of the body even written with a capital. */
const NOT_BODY: ReadonlySet<string> = new Set(["press", "prime", "minister", "secretary", "director", "chairman", "spokesman", "spokeswoman", "campaign", "senior", "top", "deputy", "chief", "general", "former", "the", "a", "an"]);
const HONORIFICS = /^(?:mr|mrs|ms|dr|sen|gov|rep)\.?$/i;
/** Modifiers allowed between a body and the office after it ("Clinton's top foreign policy aide"). */
const MAX_MODIFIERS = 3;
/** Words that end the clause an office is read in. */
const CLAUSE_END: ReadonlySet<string> = new Set([",", ";", "who", "which", "and", "or", "but", "now", "to", "at", "in", "on"]);
const WAS = /^(?:former|ex-.*|onetime|one-time|then)$/i;

/**
 * A role told in the past speaks for no one now: "who was White House communications director",
 * "a White House drug policy director in the Clinton administration", "a pollster on Mrs. Clinton's
 * 2008 campaign", "who advised …". Nor does one only "familiar with" or "close to" a campaign. The
 * whole role is set aside: which of its offices the past reaches is not read.
 */
const PAST = /\b(?:former|formerly|onetime|one-time|then|was|were|served|worked|advised|had been|administration|(?:19|20)\d\d|familiar with|close to)\b|\bex-/i;

/**
 * Words that name no one body: a pronoun ("Her campaign manager": whose is not written), or a
 * party or a nation ("a Democratic aide", "a Syrian official"), whose aides are many and not one voice.
 */
const NO_BODY = /^(?:his|her|hers|their|its|our|my|your|democratic|democrats?|republicans?|gop|conservatives?|liberals?|labour|progressives?|independents?|\p{L}+(?:ian|ese|ish))$/iu;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*|[,;]/gu;

const cap = (t: string) => /^\p{Lu}/u.test(t) || /^\p{Lu}{2,}/u.test(t);
const bare = (t: string) => t.replace(/(?:['’]s?|\.)$/u, "");
const lower = (s: string) => s.toLowerCase().replace(/[’]/g, "'");

/** A body's name as compared: no article, honorific or possessive ("Mrs. Clinton's" is "clinton"). */
export function bodyKey(name: string): string {
  const ws = name.split(/\s+/).filter((w) => w && !HONORIFICS.test(w) && !/^the$/i.test(w));
  return lower(ws.map(bare).join(" ")).replace(/\s+campaign$/, "");
}

/** Honorifics that tell a person's gender, read as the body's key keeps it ("mr", "mrs"). */
const GENDERED: readonly { readonly id: "mr" | "mrs"; readonly words: RegExp; readonly gender: "m" | "f"; readonly reason: string }[] = [
  { id: "mr", words: /^mr\.?$/i, gender: "m", reason: "Mr. Obama's aide is not Mrs. Obama's: one family name, two people" },
  { id: "mrs", words: /^(?:mrs|ms|miss)\.?$/i, gender: "f", reason: "Mrs. and Ms. name a woman, whose staff is not her husband's" },
];

/**
 * The key of a body as a role names it: bodyKey, and for a family name alone, the gendered honorific
 * written before it ("Mrs. Obama's" is "mrs obama", "Mr. Obama's" "mr obama"), so the staffs of two
 * people of one family name are not joined. A full name is one person already ("Michelle Obama").
 */
export function bodyOfRun(name: string): string {
  const key = bodyKey(name);
  if (key.includes(" ")) return key;
  const honorific = name.split(/\s+/).map((w) => GENDERED.find((g) => g.words.test(w))).find(Boolean);
  return honorific ? `${honorific.id} ${key}` : key;
}

/** A body key split into the gender its honorific gives (null when none) and the name compared. */
function genderOf(body: string): { gender: "m" | "f" | null; base: string } {
  const m = /^(mr|mrs) (.+)$/.exec(body);
  return m ? { gender: GENDERED.find((g) => g.id === m[1])!.gender, base: m[2] } : { gender: null, base: body };
}

/** Two bodies are one: the same name, and no two honorifics of different gender ("Obama" is either). */
export function sameBodyKey(a: string, b: string): boolean {
  const x = genderOf(a);
  const y = genderOf(b);
  return x.base === y.base && (x.gender === null || y.gender === null || x.gender === y.gender);
}

/** The capitalised run ending at token `end` (inclusive), read leftwards; null when none. */
function runLeft(tokens: readonly string[], end: number): string | null {
  let i = end;
  const run: string[] = [];
  while (i >= 0 && (cap(tokens[i]) || (JOINERS.has(tokens[i]) && run.length > 0 && i > 0 && cap(tokens[i - 1])))) {
    if (NOT_BODY.has(lower(bare(tokens[i])))) break;
    run.unshift(tokens[i]);
    i--;
  }
  if (i >= 0 && WAS.test(tokens[i])) return null;
  return run.length ? run.join(" ") : null;
}

/** The capitalised run starting at token `start`, read rightwards (an article before it skipped). */
function runRight(tokens: readonly string[], start: number): string | null {
  let i = start;
  if (i < tokens.length && /^the$/i.test(tokens[i])) i++;
  const run: string[] = [];
  while (i < tokens.length && (cap(tokens[i]) || HONORIFICS.test(tokens[i]) || (JOINERS.has(tokens[i]) && run.length > 0 && i + 1 < tokens.length && cap(tokens[i + 1])))) {
    run.push(tokens[i]);
    if (/['’]s?$/u.test(tokens[i])) break;
    i++;
  }
  return run.length ? run.join(" ") : null;
}

/**
 * A run before an office without the place that ends it: a place before a title is where the office
 * holder works, not whom they speak for ("Iowa director", "Florida spokeswoman", "Clinton's Iowa
 * director" speaks for Clinton). Null when only the place is left.
 */
function withoutPlace(run: string | null): string | null {
  if (!run) return null;
  const ws = run.split(" ");
  for (let k = 0; k < ws.length; k++) {
    if (!isPlaceName(ws.slice(k).join(" "))) continue;
    const rest = ws.slice(0, k);
    // Only an owner written before the place names the body ("Clinton's Iowa"); "Des Moines Iowa" does not.
    return rest.length && /['’]s?$/u.test(rest[rest.length - 1]) ? rest.join(" ") : null;
  }
  return run;
}

/**
 * The bodies a role or a name says its holder speaks for: "Clinton campaign manager" and "a
 * spokesman for the Clinton campaign" give "clinton"; "FBI Director" gives "fbi"; "the Clinton
 * campaign" as a speaker's name gives "clinton". A former office gives none ("former Obama adviser"),
 * and neither does a pronoun ("his campaign manager": whose is not written).
 */
export function spokenFor(text: string | null): string[] {
  if (!text || !/[A-Z]/.test(text) || PAST.test(text)) return [];
  const tokens = [...text.matchAll(TOKEN)].map((m) => m[0]);
  const low = tokens.map((t) => lower(t));
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const seq = OFFICE_SEQS.find((s) => s.every((w, k) => low[i + k] === w || (k === s.length - 1 && bare(low[i + k] ?? "") === w)));
    if (!seq) continue;
    // Before it: the body, over a few lower-case modifiers ("Clinton's top foreign policy aide").
    let j = i - 1;
    let skipped = 0;
    while (j >= 0 && !cap(tokens[j]) && !CLAUSE_END.has(low[j]) && !WAS.test(tokens[j]) && skipped < MAX_MODIFIERS) {
      j--;
      skipped++;
    }
    const former = (j >= 0 && WAS.test(tokens[j])) || tokens.slice(Math.max(0, i - MAX_MODIFIERS - 2), i).some((t) => WAS.test(t));
    // A lawyer's name before the office is where they work ("a Washington lawyer"); the client is
    // written as an owner ("Santilli's attorney") or after ("a lawyer for the family").
    const counsel = OFFICES.find((o) => o.id === "counsel")!.words.includes(seq.join(" "));
    if (!former && j >= 0 && cap(tokens[j]) && (!counsel || /['’]s?$/u.test(tokens[j]))) {
      const body = withoutPlace(runLeft(tokens, j));
      if (body) out.add(bodyOfRun(body));
    }
    // After it: "of/for/to/at" and the body ("a spokesman for the FBI", "chief of staff to Leon Panetta").
    const after = i + seq.length;
    if (!former && after < tokens.length && /^(?:of|for|to|at|with)$/.test(low[after])) {
      const body = runRight(tokens, after + 1);
      if (body) out.add(bodyOfRun(body));
    }
    i += seq.length - 1;
  }
  return [...out].filter((b) => b !== "" && !NO_BODY.test(b));
}

/**
 * Whether `body` (a bodyKey) names the speaker of `f`, as read in the article `where`: their full
 * name, an organisation's name or an alias; a person's single name or surname only if that person
 * is in that article ("Sanders'
 * spokesman" is Bernie Sanders' in a story about him, not Felicia Sanders', quoted elsewhere).
 */
export function names(key: string, f: ClaimFacts, speakers: ReadonlyMap<string, Speaker>, where: ClaimFacts): boolean {
  const sp = f.claim.speakerId ? speakers.get(f.claim.speakerId) : undefined;
  const written = [f.claim.speaker, ...(sp ? [sp.name, ...sp.aliases] : [])].filter((n): n is string => Boolean(n));
  // "Mrs. Obama's spokeswoman" speaks for no man named Obama, nor "Mr. Obama's aide" for a woman:
  // a gendered body names a person whose names give that gender, or who is written by a family
  // name or an honorific only ("Clinton", "Mrs. Clinton"); a full name of no known gender
  // ("Barack Obama") is not taken for hers.
  const { gender, base: body } = genderOf(key);
  if (gender) {
    const g = writtenGender(written);
    const fullName = written.some((n) => {
      const ws = n.trim().split(/\s+/);
      return ws.length >= 2 && !GENDERED.some((h) => h.words.test(ws[0])) && !HONORIFICS.test(ws[0]);
    });
    if (g !== gender && (g !== null || fullName)) return false;
  }
  const all = written.map(bodyKey);
  const person = (sp?.type ?? f.quote.speakerType) === "person";
  // A full name, or an organisation's one-word name ("FBI"), names one body anywhere.
  if (all.some((k) => k === body && (k.includes(" ") || !person))) return true;
  // In the article: quoted there, or named there in full ("Hillary Clinton" in the story that calls
  // Robby Mook "Clinton campaign manager").
  const text = where.article?.text ?? "";
  const present =
    f.claim.article === where.claim.article ||
    (sp?.articleIds.includes(where.claim.article) ?? false) ||
    written.some((n) => n.includes(" ") && text.includes(n));
  if (!present) return false;
  return all.some((k) => k === body || (person && k.endsWith(` ${body}`)));
}

/**
 * A person's gender as their names write it: a gendered honorific ("Mrs. Clinton"), else a given
 * name that tells it ("Michelle Obama"); null when the names say nothing or disagree.
 */
function writtenGender(written: readonly string[]): "m" | "f" | null {
  const seen = new Set<"m" | "f">();
  for (const n of written) {
    const ws = n.split(/\s+/);
    const h = GENDERED.find((g) => g.words.test(ws[0] ?? ""));
    if (h) seen.add(h.gender);
    else if (ws.length >= 2) {
      const g = FIRST_NAME_GENDER.get(ws[0].toLowerCase());
      if (g === "m" || g === "f") seen.add(g);
    }
  }
  return seen.size === 1 ? [...seen][0] : null;
}

/** The bodies a claim's speaker speaks for, from the role as written and the speaker's own name. */
export const bodiesOf = (f: ClaimFacts): string[] => [...new Set([...spokenFor(f.claim.role), ...spokenFor(f.claim.speaker)])];

/**
 * Why two claims are one source and not two (null when they are independent): "Robby Mook speaks for
 * Clinton (“Clinton campaign manager”)", "both speak for the FBI".
 */
export function sameBody(x: ClaimFacts, y: ClaimFacts, speakers: ReadonlyMap<string, Speaker>): string | null {
  return sameWire(x.article, y.article) ?? sameVoice(x, y, speakers);
}

/**
 * Why two claims' speakers are voices of one body (null when not), whoever printed them: "Robby
 * Mook speaks for Clinton (“Clinton campaign manager”)", "both speak for the FBI".
 */
export function sameVoice(x: ClaimFacts, y: ClaimFacts, speakers: ReadonlyMap<string, Speaker>): string | null {
  const bx = bodiesOf(x);
  const by = bodiesOf(y);
  const said = (f: ClaimFacts) => (f.claim.role && spokenFor(f.claim.role).length ? ` (“${f.claim.role}”)` : "");
  const shown = (f: ClaimFacts, key: string) => displayBody(f, key);
  for (const b of bx) if (names(b, y, speakers, x)) return `${x.claim.speaker ?? "one"} speaks for ${shown(x, b)}${said(x)}`;
  for (const b of by) if (names(b, x, speakers, y)) return `${y.claim.speaker ?? "one"} speaks for ${shown(y, b)}${said(y)}`;
  for (const b of bx) if (by.some((c) => sameBodyKey(b, c))) return `both speak for ${shown(x, b)}`;
  return null;
}

/**
 * Two printings of one agency's story are one report: days apart at most this many (a wire story
 * runs the day it moves and the day after); two stories of one agency a week apart are two reports.
 */
const WIRE_STORY_DAYS = 1;

/** The agencies whose copy an article carries: its wire credits, and its outlet when that is an agency. */
export function wiresOf(a: Article | undefined): string[] {
  if (!a) return [];
  const out = new Set((a.wire ?? []).map((w) => w.agency));
  if (a.outlet && outletByName(a.outlet)?.wire) out.add(outletByName(a.outlet)!.name);
  return [...out];
}

const dayNumber = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000 : null);

/**
 * Why two claims of two articles are one report (null when they are not): both articles carry one
 * agency's copy and appeared within a day of each other (an undated one may be any day), "both carry
 * Associated Press copy". What one agency wrote, printed twice, is said once, by whoever said it.
 */
export function sameWire(x: Article | undefined, y: Article | undefined): string | null {
  if (!x || !y || x.id === y.id) return null;
  const shared = wiresOf(x).filter((w) => wiresOf(y).includes(w));
  if (!shared.length) return null;
  const dx = dayNumber(x.published);
  const dy = dayNumber(y.published);
  if (dx !== null && dy !== null && Math.abs(dx - dy) > WIRE_STORY_DAYS) return null;
  return `both carry ${shared[0]} copy`;
}

/** Last words that make a body's name an organisation's, read with "the" ("the White House"). */
const ORGANISATION_NOUNS = /\b(?:house|committee|department|ministry|bureau|office|agency|council|foundation|institute|center|centre|party|campaign|administration|army|police|court|senate|congress|union|commission|association|university)$/i;

/** A body key as its claim wrote it ("the FBI", "Clinton", "the White House"), for the explanation. */
export function displayBody(f: ClaimFacts, body: string): string {
  const { gender, base: key } = genderOf(body);
  for (const text of [f.claim.role, f.claim.speaker]) {
    if (!text) continue;
    const at = lower(text).indexOf(key);
    if (at < 0) continue;
    // A gendered body is shown with its honorific as written ("Mrs. Obama").
    const honorific = gender ? /(?:^|\s)((?:Mr|Mrs|Ms|Miss)\.?\s+)$/.exec(text.slice(0, at))?.[1] ?? "" : "";
    const shown = text.slice(at, at + key.length);
    if (honorific) return `${honorific}${shown}`;
    // An acronym ("FBI", "RNC") or an organisation's name takes "the"; a person's name does not.
    return /^\p{Lu}{2,}$/u.test(shown) || ORGANISATION_NOUNS.test(shown) ? `the ${shown}` : shown;
  }
  return key;
}
