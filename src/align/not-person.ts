import type { SpeakerType } from "../model/index.js";
import { GROUP_PLURALS } from "../attribute/entities.js";
import { isPlaceName } from "../attribute/lexicon.js";

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
  readonly test: (words: readonly string[], name: string) => boolean;
};

/**
 * Lower-case words a person's name holds: particles of surnames ("Ursula von der Leyen", "Bashar
 * al-Assad", "José dos Santos", "Sophie in 't Veld").
 */
const NAME_LOWER = new Set([
  "de", "da", "di", "do", "du", "del", "della", "der", "den", "des", "dos", "das", "van", "von", "ver", "le", "la", "les",
  "al", "el", "bin", "binti", "ibn", "bint", "abu", "ag", "ould", "ter", "ten", "zu", "y", "e", "af", "av", "lo", "in", "'t", "’t",
]);
const LOWER_PREFIXED = /^(?:al|el|ul|as|ash|ad|an|ar|at|az|bin|ibn|abu|abd|d['’])[-‐]?\p{Lu}/u;

/** Social platforms, named as speakers for their statements ("Twitter said"): companies, never a surname. */
const PLATFORMS = new Set(["twitter", "facebook", "youtube", "instagram", "telegram", "tiktok", "reddit", "whatsapp", "snapchat", "linkedin", "google"]);

const bare = (w: string) => w.toLowerCase().replace(/[’']s$|[.,;:]$/u, "");

export const NOT_PERSON_RULES: readonly NotPersonRule[] = [
  {
    id: "number",
    reason: "a share or count (\"22 percent\", \"520 superdelegates\") is many people, never one name",
    type: "group",
    test: (words) => /^\p{N}/u.test(words[0]),
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
    id: "platform",
    reason: "a social platform (\"Twitter\") speaks as its company",
    type: "organisation",
    test: (words) => words.length === 1 && PLATFORMS.has(bare(words[0])),
  },
  {
    id: "lower-case-word",
    reason: "a lower-case word after the first, other than a surname's particle, makes a description (\"Republican establishment figures\", \"Sanders' campaign manager\")",
    type: "anonymous",
    test: (words) => words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !NAME_LOWER.has(w) && !LOWER_PREFIXED.test(w)),
  },
];

/** The rule that reads a person-typed name as another type, or null when it may be a person's name. */
export function notPersonRule(name: string, type: SpeakerType): NotPersonRule | null {
  if (type !== "person" && type !== "unknown") return null;
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return NOT_PERSON_RULES.find((r) => r.test(words, name.trim())) ?? null;
}

/** The type a quote's speaker is read as across articles: the attribution's, unless a rule above says otherwise. */
export const alignedType = (name: string, type: SpeakerType): SpeakerType => notPersonRule(name, type)?.type ?? type;
