/**
 * Quantities in a claim and what they count: "1,000 men", "about 10 busloads of prisoners",
 * "hundreds of fighters", "Thirty-five soldiers", "the number of fighters ... in the hundreds".
 * Vague amounts are ranges ("hundreds" is 200-999); approximate ones widen by their hedge.
 */
import { isFirstPersonCount } from "./first-person.js";

type Word = { readonly norm: string; readonly start: number; readonly end: number };

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+(?:[-'’]\p{L}+)*/gu;

export function tokens(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

export type Quantity = {
  readonly raw: string;
  /** The quantity with what it counts when that follows it ("hundreds of fighters"). */
  readonly phrase: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** The counted noun, lower-cased ("fighters"), or null. */
  readonly counts: string | null;
  /** Word index in the claim where the quantity starts. */
  readonly at: number;
  /** A bound, not an amount: "at least two", "more than 20", "fewer than 10", "over 500". */
  readonly open: boolean;
  /**
   * The verb whose object or subject the count is, lower-cased as written ("approving" in
   * "approving about 2,880 people", "resettled" in "270 people have now been resettled"), or null.
   */
  readonly action: string | null;
  /**
   * Led by a possessive ("our two countries", "his three sons") or by "all" ("in all five states",
   * the states the story just listed): a set the speaker owns or names, not a figure given.
   */
  readonly owned: boolean;
  /** A vague amount ("hundreds", "dozens", "several thousand"): a range, not a figure anyone counted. */
  readonly vague: boolean;
  /** The speaker's own count ("We won the vote in 12 towns", "12 of our soldiers"): isFirstPersonCount. */
  readonly firstPerson: boolean;
};

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
/** Vague plurals: the range a reader would accept for them. */
const VAGUE_TABLE: Record<string, [number, number]> = {
  dozens: [24, 150], scores: [40, 150], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e6],
  dozen: [12, 12], "several dozen": [24, 99], "a few hundred": [200, 500], "several hundred": [200, 900],
  "a few thousand": [2000, 5000], "several thousand": [2000, 9000], "tens of thousands": [20000, 99999],
  "hundreds of thousands": [200000, 999999],
};
// A Map, not the object: "constructor" in a quote must not read as a vague number.
const VAGUE = new Map(Object.entries(VAGUE_TABLE));
/** First words of the vague amounts: a word that starts none and is no number is skipped at once. */
const VAGUE_FIRST = new Set([...VAGUE.keys()].map((k) => k.split(" ")[0]));
const HEDGES = new Set(["about", "around", "approximately", "roughly", "nearly", "almost", "some", "maybe", "perhaps", "estimated", "over", "more", "up"]);
/** Words between a number and its noun that do not change what is counted. */
const SKIP = new Set([
  "of", "the", "more", "than", "other", "additional", "such", "armed", "young", "old", "local", "senior", "isis", "civilian",
  "wounded", "new", "foreign", "unarmed", "elderly", "innocent", "syrian", "iraqi", "government", "rebel", "regime", "final",
]);
/** Nouns that measure rather than count ("busloads of prisoners" counts prisoners, by the busload). */
// Measures (poll margins, durations, sums of money) vary with what they measure, not what they count.
const NOT_COUNTED = new Set([
  "percent", "per", "years", "year", "days", "day", "hours", "hour", "minutes", "miles", "kilometers", "km", "am", "pm", "ago", "times", "tons",
  "points", "point", "percentage", "months", "month", "weeks", "week", "dollars", "dollar",
]);

/** Words before a number that pick some out of a list ("the first two states") rather than count them. */
const SELECTION = new Set(["first", "last", "next", "top", "final"]);
/**
 * Words around a count that make it a threshold ("the 1,237 delegates needed to clinch", "would
 * need a minimum of 159"): a rule or a goal, not a report of how many there are.
 */
const THRESHOLD = new Set(["need", "needs", "needed", "require", "requires", "required", "necessary", "minimum", "maximum", "threshold", "thresholds"]);

/** What a number glued to it ends with when it is an ordinal or a decade: "16th", "2nd", "1990s", "’90’s". */
const ORDINAL_OR_DECADE = /^(?:st|nd|rd|th|s|['’]s)(?![\p{L}\d])/iu;

// Prepositions too: "13 for Ted Cruz", "$9 million during the month", "$2.7 million from donors".
const NOT_NOUNS = /^(and|or|to|in|on|at|a|an|is|are|was|were|be|been|had|have|has|they|them|he|she|it|we|you|i|who|which|that|this|those|these|percent|times|for|from|during|with|by|into|over|under|about|against|between|among|than|as|since|until|after|before|across|through|toward|towards|per|via|off|out|back|down|away|apart|ahead|each|apiece|alone|together|too|so|if|when|while|because|but|not|no|all)$/;

// Maps for the lookups on every word (own keys only, and faster than hasOwnProperty on objects).
const UNIT_OF = new Map(Object.entries(UNITS));
const TEN_OF = new Map(Object.entries(TENS));
const SCALE_OF = new Map(Object.entries(SCALES));

function wordValue(w: string): number | null {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(w) ? Number(w.replace(/,/g, "")) : null;
  const unit = UNIT_OF.get(w);
  if (unit !== undefined) return unit;
  const ten = TEN_OF.get(w);
  if (ten !== undefined) return ten;
  if (!w.includes("-")) return null;
  const hy = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (hy) return TENS[hy[1]] + UNITS[hy[2]];
  return null;
}

/** Quantities in one claim's text. */
export function quantities(text: string): Quantity[] {
  const ws = tokens(text);
  const raw = (i: number, j: number) => text.slice(ws[i].start, ws[j - 1].end);
  const out: Quantity[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].norm;
    const vagueStart = VAGUE_FIRST.has(w);
    if (!vagueStart && wordValue(w) === null) continue;
    let low: number;
    let high: number;
    let vague = false;
    let j = i + 1;
    const two = vagueStart ? `${w} ${ws[i + 1]?.norm ?? ""}` : "";
    const three = vagueStart ? `${two} ${ws[i + 2]?.norm ?? ""}` : "";
    if (vagueStart && VAGUE.has(three)) {
      [low, high] = VAGUE.get(three)!;
      j = i + 3;
      vague = low !== high;
    } else if (vagueStart && VAGUE.has(two)) {
      [low, high] = VAGUE.get(two)!;
      j = i + 2;
      vague = low !== high;
    } else if (vagueStart && VAGUE.has(w) && (w !== "dozen" || ws[i - 1]?.norm === "a")) {
      [low, high] = VAGUE.get(w)!;
      vague = low !== high;
    } else {
      let v = wordValue(w);
      if (v === null) continue;
      // "the 16th", "the 5th district", "in the 90’s": ordinals and decades are not counts.
      if (ORDINAL_OR_DECADE.test(text.slice(ws[i].end, ws[i].end + 3))) continue;
      // "one of the most", "one of the GOP candidates": one picked out of many, not a count.
      if (v === 1 && ws[i + 1]?.norm === "of") continue;
      // Years and clock times are not counts.
      if (/^(1[89]|20)\d\d$/.test(w) && !ws[i + 1]?.norm.match(/^(people|men|troops|soldiers|fighters|civilians|residents)$/)) continue;
      // "a 25-second speech", "a 10-point lead", "the 30-year-old": a number glued to its noun by a
      // hyphen describes the noun; it counts nothing.
      if (text[ws[i].end] === "-" && /\p{L}/u.test(text[ws[i].end + 1] ?? "")) continue;
      // "the EB-5 program", "an F-35 jet", "I-95": a number hyphened to the letters before it is
      // part of a name or code; it counts nothing.
      if (text[ws[i].start - 1] === "-" && /\p{L}/u.test(text[ws[i].start - 2] ?? "")) continue;
      // "the first two states", "the top three candidates": a pick out of a longer list, not a count of it.
      if (SELECTION.has(ws[i - 1]?.norm ?? "")) continue;
      while (j < ws.length && SCALE_OF.has(ws[j].norm)) v *= SCALE_OF.get(ws[j++].norm)!;
      if (ws[j]?.norm === "dozen") {
        v *= 12;
        j++;
      }
      low = v;
      high = v;
    }
    const prev = ws[i - 1]?.norm ?? "";
    const prev2 = `${ws[i - 2]?.norm ?? ""} ${prev}`;
    let open = false;
    if (/^(at least|more than|over|upwards of)$/.test(prev2) || prev === "over") {
      high = Math.max(high * 3, high + 10);
      open = true;
    } else if (/^(fewer than|less than|up to|at most)$/.test(prev2)) {
      low = Math.floor(low * 0.3);
      open = true;
    }
    else if (HEDGES.has(prev) && low === high) {
      low = Math.floor(low * 0.8);
      high = Math.ceil(high * 1.2);
    }
    let k = j;
    while (k < ws.length && k < j + 3 && SKIP.has(ws[k].norm)) k++;
    // The counted noun follows in the same clause ("hundreds. They ..." counts nothing).
    const sameClause = ws[k] && !/[.!?;:—–()]/.test(text.slice(ws[Math.max(j, i + 1) - 1].end, ws[k].start));
    let counts: string | null = sameClause && !NOT_COUNTED.has(ws[k].norm) && wordValue(ws[k].norm) === null ? ws[k].norm : null;
    // "busloads of prisoners" counts prisoners, by the busload.
    if (counts && /loads?$|fuls?$/.test(counts) && ws[k + 1]?.norm === "of" && ws[k + 2]) counts = ws[k + 2].norm;
    // "two email addresses", "thousands of work-related emails": the word after the number only
    // describes the noun after it; the two words are what is counted ("Two emails" are no email
    // addresses, "758 pledged delegates" are not all the delegates).
    // "the 30,000 Clinton's lawyers returned": a possessor is not what is counted.
    if (counts && /['’]s$/.test(counts)) counts = null;
    const compound = counts !== null && counts === ws[k].norm && compoundHead(text, ws, k, low);
    if (compound) counts = `${ws[k].norm} ${ws[k + 1].norm}`;
    // "$1 million supporting her": a participle, not what is counted.
    if (counts && (HEDGES.has(counts) || NOT_NOUNS.test(counts) || /ing$/.test(counts))) counts = null;
    // "The number of fighters ... in the hundreds": the noun comes first.
    if (!counts) {
      for (let b = i - 1; b >= Math.max(0, i - 12); b--) {
        // "the fighters numbered about 400": the noun just before the verb.
        if (/^(numbered|numbering|totalled|totaled|totalling|totaling)$/.test(ws[b].norm) && b > 0 && !NOT_NOUNS.test(ws[b - 1].norm)) {
          // Past a prepositional phrase: "the fighters at the bridge numbered" counts fighters.
          let n = b - 1;
          for (let q = b - 1; q >= Math.max(1, b - 4); q--) if (/^(at|in|on|near|from|around|inside|outside)$/.test(ws[q].norm)) n = q - 1;
          counts = ws[n].norm;
          break;
        }
        if (/^(number|numbers|count|toll|total)$/.test(ws[b].norm) && ws[b + 1]?.norm === "of") {
          let n = b + 2;
          while (n < i && SKIP.has(ws[n].norm)) n++;
          if (n < i) counts = ws[n].norm;
          break;
        }
      }
    }
    // A threshold is no count: "need a minimum of 159 superdelegates", "1,237 delegates needed".
    if (counts !== null && isThreshold(ws, i, k)) counts = null;
    // Nor a target ("on pace to get 1,237 delegates") or a figure denied ("is not admitting 250,000 refugees").
    if (counts !== null && (isTarget(ws, i) || isDenied(text, ws, i))) counts = null;
    // "$15 minimum wage", "$25 million off the price": a sum of money measures; it counts nothing.
    if (counts !== null && /[$€£¥]\s*$/u.test(text.slice(Math.max(0, ws[i].start - 2), ws[i].start))) counts = null;
    const nounAfter = compound ? k + 2 : counts !== null && ws[k] && counts === ws[k].norm ? k + 1 : counts !== null && ws[k + 2]?.norm === counts ? k + 3 : 0;
    const action = counts === null ? null : actionOf(text, ws, i, nounAfter);
    const firstPerson = counts !== null && isFirstPersonCount(text, ws, i, Math.max(j, i + 1), verbAfterNoun(text, ws, nounAfter) !== null);
    out.push({ raw: raw(i, Math.max(j, i + 1)), phrase: raw(i, Math.max(j, i + 1, nounAfter)), value: low === high ? low : Math.round((low + high) / 2), low, high, counts, at: i, open, action, owned: POSSESSIVES.has(ws[i - 1]?.norm ?? "") || ws[i - 1]?.norm === "all", vague, firstPerson });
    i = j - 1;
  }
  return out;
}

/** Possessive determiners: "between our two countries" names a known pair; it gives no count. */
const POSSESSIVES = new Set(["our", "their", "his", "her", "my", "your", "its"]);
/** Words between a verb and the count it takes ("approving about 2,880", "screened more than 6,800"). */
const BEFORE_COUNT = new Set(["about", "around", "approximately", "roughly", "nearly", "almost", "some", "estimated", "more", "than", "fewer", "less", "at", "least", "up", "to", "over", "only", "just", "another", "additional", "an", "a", "the"]);
/** Words between a counted noun and its verb ("270 people have now been resettled", "12 people who were killed"). */
const AFTER_NOUN = new Set(["have", "has", "had", "been", "be", "being", "was", "were", "is", "are", "now", "already", "also", "reportedly", "all", "still", "just", "who", "that", "which", "officially", "ever"]);
/** Past forms with no "-ed" that news counts take ("12 people fled", "took 30 prisoners"). */
const IRREGULAR_VERBS = new Set(["fled", "left", "took", "taken", "lost", "sent", "saw", "seen", "won", "hit", "shot", "held", "got", "gave", "given", "brought", "fought", "caught", "sold", "bought", "met", "slain", "hurt", "stole", "stolen", "drew", "drawn", "chose", "chosen", "spent", "kept", "led", "freed"]);
/** "-ing" and "-ed" words that are no verb of a count ("including 30 children" lists, "according to"). */
const NOT_VERBS = new Set(["including", "excluding", "according", "during", "following", "regarding", "concerning", "nothing", "something", "anything", "everything", "morning", "evening", "building", "hundred", "red", "bed", "need", "needed", "seed", "feed", "speed", "estimated", "reported", "expected", "alleged", "combined", "total"]);

const isVerbForm = (w: string) => !NOT_VERBS.has(w) && (IRREGULAR_VERBS.has(w) || /^[a-z]{2,}(?:ed|ing)$/.test(w));

/**
 * The verb a count is the object of (just before it, past any hedge: "approving about 2,880 people")
 * or the subject of (just after its noun, past auxiliaries: "270 people have now been resettled"),
 * in the same clause. Counts of one noun under different verbs count different acts.
 */
function actionOf(text: string, ws: readonly Word[], i: number, nounAfter: number): string | null {
  const joined = (a: number, b: number) => !/[.!?;:,—–()"“”]/.test(text.slice(ws[a].end, ws[b].start));
  let b = i - 1;
  while (b >= 0 && i - b <= 3 && BEFORE_COUNT.has(ws[b].norm)) b--;
  if (b >= 0 && i - b <= 4 && joined(b, i) && isVerbForm(ws[b].norm)) return ws[b].norm;
  return verbAfterNoun(text, ws, nounAfter);
}

/** The verb a count is the subject of, just after its noun (which ends before word `nounAfter`), past auxiliaries. */
function verbAfterNoun(text: string, ws: readonly Word[], nounAfter: number): string | null {
  if (nounAfter <= 0) return null;
  let n = nounAfter;
  while (n < ws.length && n - nounAfter < 4 && AFTER_NOUN.has(ws[n].norm)) n++;
  if (n < ws.length && !/[.!?;:,—–()"“”]/.test(text.slice(ws[nounAfter - 1].end, ws[n].start)) && isVerbForm(ws[n].norm)) return ws[n].norm;
  return null;
}

const isPluralNoun = (w: string) => /^\p{L}{3,}$/u.test(w) && /[^s]s$/.test(w);

/**
 * Whether the word at `k` only describes the noun right after it: a hyphened modifier
 * ("work-related emails"), or a singular before a plural when the count is more than one ("two
 * email addresses", "75 witness interviews"). The next word must be a plain noun: no verb, no
 * preposition or pronoun, no number, in the same phrase.
 */
function compoundHead(text: string, ws: readonly Word[], k: number, low: number): boolean {
  const next = ws[k + 1];
  if (!next || !/^\s+$/.test(text.slice(ws[k].end, next.start))) return false;
  const n = next.norm;
  if (!/^\p{L}{3,}$/u.test(n) || NOT_NOUNS.test(n) || AFTER_NOUN.has(n) || isVerbForm(n) || wordValue(n) !== null || NOT_COUNTED.has(n)) return false;
  const w = ws[k].norm;
  if (w.includes("-")) return !w.endsWith("-") && /\p{L}$/u.test(w) && isPluralNoun(n);
  return low > 1 && !isPluralNoun(w) && isPluralNoun(n);
}

/** A threshold word within three words before the number, or just after its noun at `k`. */
function isThreshold(ws: readonly Word[], i: number, k: number): boolean {
  for (let b = Math.max(0, i - 3); b < i; b++) if (THRESHOLD.has(ws[b].norm)) return true;
  return THRESHOLD.has(ws[k + 1]?.norm ?? "");
}

/** Verbs of reaching a number ("to get 1,237 delegates", "can reach 270"): a target, not a count. */
const TARGET_VERBS = new Set(["get", "reach", "clinch", "hit", "secure", "obtain", "amass", "attain"]);
/** Words before such a verb that make it a goal or a condition, not a report: "to", "can", "could". */
const GOAL_MARKERS = new Set(["to", "can", "could", "would", "might", "must", "cannot"]);

/**
 * A count that is the object of a verb of reaching under "to" or a modal: "on pace to get 1,237
 * delegates", "whoever can get 1,237 delegates will be the nominee". It names the goal, and two
 * people naming one goal give no count of anything.
 */
function isTarget(ws: readonly Word[], i: number): boolean {
  let b = i - 1;
  while (b >= 0 && i - b <= 3 && BEFORE_COUNT.has(ws[b].norm)) b--;
  return b >= 1 && TARGET_VERBS.has(ws[b].norm) && GOAL_MARKERS.has(ws[b - 1].norm);
}

/** Words that deny the verb or the figure right after them. */
const NEGATORS = new Set(["not", "never", "no"]);
/** Words after a negator that make it a bound or an addition, not a denial: "no more than 20", "not only 30". */
const NOT_DENIAL_AFTER = new Set(["more", "fewer", "less", "only", "just", "least", "longer", "quite", "even"]);
const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't");

/**
 * A count denied by a negator on it or on the verb that takes it: "Obama is not admitting 100,000,
 * 200,000 or 250,000 Syrian refugees" (each figure of the list), "did not kill 30 people". Two
 * sources that deny one figure give no count of it. A negator further back ("not confined to the
 * scandal in which four Americans were killed") leaves the count as given.
 */
function isDenied(text: string, ws: readonly Word[], i: number): boolean {
  let b = i - 1;
  // Back over the figures listed before it, in one clause: "100,000, 200,000 or 250,000".
  while (b >= 0 && i - b <= 8 && (wordValue(ws[b].norm) !== null || ws[b].norm === "or") && !/[.;:!?]/.test(text.slice(ws[b].end, ws[b + 1].start))) b--;
  while (b >= 0 && i - b <= 10 && BEFORE_COUNT.has(ws[b].norm)) b--;
  if (b < 0) return false;
  // "No. 1" is a rank; "hundreds if not thousands" raises the figure.
  const denies = (k: number) => isNegator(ws[k].norm) && ws[k - 1]?.norm !== "if" && !/[,;:.!?]/.test(text.slice(ws[k].end, ws[k + 1].start)) && !NOT_DENIAL_AFTER.has(ws[k + 1].norm);
  return denies(b) || (b >= 1 && denies(b - 1));
}

/** Two quantities agree when their ranges meet within `tolerance` (a share of the larger value). */
export function quantitiesAgree(a: Quantity, b: Quantity, tolerance = 0.15): boolean {
  const slack = tolerance * Math.max(a.high, b.high);
  return a.low <= b.high + slack && b.low <= a.high + slack;
}

/** Number words carry no topic: "hundreds" in two claims does not make them about the same thing. */
export const isNumberWord = (w: string): boolean =>
  wordValue(w) !== null || VAGUE.has(w) || SCALE_OF.has(w) || /^(several|few|dozens?|scores?)$/.test(w);
