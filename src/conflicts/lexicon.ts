/**
 * The general lexicon the conflict checks read: reporting verbs and their stance, the reporter's
 * judgements on a claim, negation and hedging, classes of participants, and pairs of opposing
 * predicates. Nothing here names a person, place or event: each row must hold for any war, disaster
 * or protest story. Patterns match lower-cased text with straight apostrophes.
 */
import type { Stance } from "../model/index.js";

/** Reporting verbs by stance; the first word of a cue decides ("insisted that", "told AFP"). */
export const STANCE_VERBS: readonly { readonly stance: Stance; readonly pattern: RegExp }[] = [
  { stance: "denying", pattern: /\b(den(y|ies|ied|ying)|denial|refut(e|es|ed|ing)|rebut(s|ted|ting)?)\b/ },
  { stance: "disputing", pattern: /\b(disput(e|es|ed|ing)|reject(s|ed|ing)?|contest(s|ed|ing)?|challeng(e|es|ed|ing)|dismiss(es|ed|ing)?)\b/ },
  { stance: "conceding", pattern: /\b(admit(s|ted|ting)?|conced(e|es|ed|ing)|confess(es|ed|ing)?|acknowledg(e|es|ed|ing))\b/ },
  {
    stance: "assertive",
    pattern: /\b(claim(s|ed|ing)?|insist(s|ed|ing)?|maintain(s|ed|ing)?|assert(s|ed|ing)?|alleg(e|es|ed|ing)|declar(e|es|ed|ing)|argu(e|es|ed|ing)|vow(s|ed|ing)?|swor?e|pledg(e|es|ed|ing)|contend(s|ed|ing)?)\b/,
  },
];

/**
 * The reporter passing judgement on a claim. `before` patterns stand between the sentence start
 * and the claim ("made false claims that", "belied ... claim that"); `after` patterns follow it
 * ("..., a claim that proved false").
 */
export const JUDGEMENTS: readonly { readonly id: string; readonly where: "before" | "after"; readonly pattern: RegExp }[] = [
  { id: "false-claims", where: "before", pattern: /\b(made|makes|making|spread|spreads|spreading|repeated|issued|aired|broadcast)\s+(false|baseless|unfounded|misleading|untrue|bogus|fabricated|spurious)\s+(claims?|statements?|reports?|assertions?|allegations?)\b/ },
  { id: "false-adverb", where: "before", pattern: /\b(falsely|incorrectly|wrongly|erroneously|mistakenly|inaccurately|misleadingly|untruthfully)\s+(\w+\s+)?(claim|claimed|claims|said|say|says|stated|declared|reported|asserted|announced|suggested|insisted|maintained|alleged|told)\b/ },
  { id: "false-noun", where: "before", pattern: /\b(false|baseless|unfounded|untrue|bogus|fabricated|dubious|discredited|debunked)\s+(claims?|assertions?|statements?|reports?|allegations?|accounts?|narratives?)\b/ },
  { id: "belied", where: "before", pattern: /\b(belie[sd]?|belying|contradict(s|ed|ing)?|refut(e|es|ed|ing)|debunk(s|ed|ing)?|disprov(e|es|ed|ing|en)|gave the lie to|giving the lie to)\b/ },
  { id: "no-evidence", where: "before", pattern: /\b(without|no|offered no|provided no|gave no)\s+(?:any\s+|real\s+|credible\s+|hard\s+|concrete\s+)?(evidence|proof)\b/ },
  { id: "proved-false", where: "after", pattern: /\b(which|that|a claim that|an assertion that)\s+(was|is|has been|proved|proven|turned out to be|appears to be)\s+(false|untrue|wrong|incorrect|baseless|unfounded)\b/ },
  { id: "not-true", where: "after", pattern: /\b(this|that|which|it)\s+(was|is)\s+not\s+(true|the case|accurate)\b/ },
];

/** Words that negate what follows them in the same clause; `strong` ones leave no doubt. */
export const NEGATORS: ReadonlyMap<string, "strong" | "weak"> = new Map([
  ["no", "strong"], ["never", "strong"], ["without", "strong"], ["none", "strong"], ["nobody", "strong"],
  ["neither", "strong"], ["nor", "strong"], ["not", "weak"], ["nothing", "strong"],
  ["hardly", "weak"], ["barely", "weak"],
]);

export const isNegator = (w: string): "strong" | "weak" | null => NEGATORS.get(w) ?? (/n't$/.test(w) ? "weak" : null);

/** Hedges and futures: a predicate under one of these is a fear or a forecast, not a claim of fact. */
export const HYPOTHETICAL = new Set([
  "will", "would", "could", "might", "may", "shall", "'ll", "foresee", "foresees", "expect", "expects", "expected",
  "fear", "fears", "feared", "worried", "worry", "worries", "afraid", "if", "unless", "imminent", "possible",
  "possibly", "likely", "unlikely", "threat", "threaten", "threatens", "threatened", "plan", "plans", "planned",
  "planning", "whether", "hope", "hopes", "hoped", "wish", "want", "wants", "prepare", "preparing", "preparations",
]);

/** Participant classes: an opposition only holds between claims about the same kind of participant. */
export type TopicClass = "people" | "military" | "facility" | "food" | "energy" | "water" | "medicine" | "arms" | "place";

export const CLASS_WORDS: Readonly<Record<TopicClass, readonly string[]>> = {
  people: [
    "civilian", "civilians", "resident", "residents", "inhabitant", "inhabitants", "population", "family", "families",
    "people", "villager", "villagers", "townspeople", "children", "women", "refugee", "refugees", "local", "locals",
    "citizen", "citizens", "passengers", "patients", "students", "workers", "residents'", "households",
  ],
  military: [
    "force", "forces", "troop", "troops", "army", "armies", "soldier", "soldiers", "officer", "officers", "military",
    "militia", "militias", "militiaman", "militiamen", "conscript", "conscripts", "garrison", "battalion", "brigade",
    "regiment", "unit", "units", "fighters", "guards", "police", "policemen", "commanders", "generals", "rebels", "insurgents",
  ],
  facility: [
    "school", "schools", "hospital", "hospitals", "clinic", "border", "crossing", "crossings", "airport", "port", "road",
    "roads", "highway", "bridge", "shops", "shop", "market", "markets", "bakery", "bakeries", "services", "office",
    "offices", "museum", "plant", "station", "mine", "mines", "factory", "factories", "bank", "banks",
  ],
  food: ["bread", "flour", "food", "rations", "wheat", "rice", "meals", "groceries", "milk"],
  energy: ["fuel", "gas", "petrol", "diesel", "electricity", "power", "lights", "internet", "generators"],
  water: ["water"],
  medicine: ["medicine", "medicines", "medical", "drugs", "oxygen", "blood"],
  arms: ["ammunition", "ammo", "weapons", "arms", "bullets", "shells", "munitions"],
  place: [
    "city", "town", "village", "base", "airbase", "airport", "citadel", "border", "crossing", "checkpoint", "bridge",
    "district", "neighborhood", "neighbourhood", "province", "region", "capital", "hill", "front",
  ],
};

/**
 * Plural pronouns that stand for participants named outside the claim: "many of these also
 * deserted" after "the regime withdrew its forces", "The government is not allowing us." after
 * "his family had packed their bags", "said they are still there" after "Many residents". Near a
 * predicate with no class word of its own, they take the classes named around the quote (see
 * claims.ts). Singular "it" is left out: it stands for a clause or the weather as often as a thing.
 */
export const ANAPHORS: ReadonlySet<string> = new Set(["they", "them", "these", "those", "we", "us"]);

/** One side of an opposition: a predicate as patterns, and how a finding names it ("{x}" is the participant). */
export type Predicate = { readonly label: string; readonly patterns: readonly RegExp[] };

/**
 * Two predicates that cannot both hold of the same participants at the same time. A negated
 * predicate counts for the other side ("were not evacuated" sides with "are still there"). When `b`
 * is null the opposition is between a predicate and its negation ("no air raid" vs "bombing").
 * `mode: "change"` pairs (calm vs violence) are reported only as a change over time.
 */
export type Opposition = {
  readonly id: string;
  readonly description: string;
  readonly a: Predicate;
  readonly b: Predicate | null;
  /** How a finding names the negated side when `b` is null ("no air strikes"). */
  readonly negatedLabel?: string;
  /** Participants the predicate must be about, within a few words of it; null: the predicate is the topic. */
  readonly args: readonly TopicClass[] | null;
  readonly mode: "contradiction" | "change";
  readonly severity: "error" | "warning" | "info";
};

export const OPPOSITIONS: readonly Opposition[] = [
  {
    id: "evacuated-vs-remain",
    description: "people said to have been evacuated or to have left, against people said to be still there or kept from leaving",
    a: {
      label: "{x} were evacuated",
      patterns: [
        /\bevacuat(e|ed|es|ing|ion)\b/,
        /\b(taken|taking|took|moved|brought|bused|bussed|ferried|escorted)\b[^.;]{0,40}\bto safety\b/,
        /\b(fled|left|escaped)\s+(the\s+)?(city|town|village|area|region|camp)\b/,
      ],
    },
    b: {
      label: "{x} are still there",
      patterns: [
        /\bstill\s+(there|here|inside|in\s+(the\s+)?(city|town|village|area|camp))\b/,
        /\b(remain|remains|remained|remaining)\s+(there|inside|behind|in\b)/,
        /\b(stayed|stay|staying)\s+(behind|put|inside|in\s+(the\s+)?(city|town|village))\b/,
        /\b(trapped|stranded|stuck)\b/,
        /\b(not|n't|never)\s+(allowed|allowing|let|letting|permitted)\b/,
        /\b(unable|could\s+not|couldn't|cannot|can't)\s+(to\s+)?(leave|get\s+out|escape|flee)\b/,
      ],
    },
    args: ["people"],
    mode: "contradiction",
    severity: "warning",
  },
  {
    id: "withdrew-vs-fled",
    description: "forces said to have withdrawn in order, against forces said to have fled, deserted or collapsed",
    a: {
      label: "{x} withdrew in order",
      patterns: [
        /\bwithdr(ew|awn|aw|aws|awing|awal)\b/,
        /\bpull(ed|s|ing)?\s+(back|out)\b/,
        /\bredeploy(ed|s|ing|ment)?\b/,
        /\breposition(ed|s|ing)?\b/,
        /\bevacuat(ed|es|ing)\s+(its|their|the|his)?\s*(forces|troops|soldiers|units|garrison|men)\b/,
        /\b(orderly|organi[sz]ed|tactical)\s+(withdrawal|retreat|pullback)\b/,
      ],
    },
    b: {
      label: "{x} fled or deserted",
      patterns: [
        /\b(fled|flee|flees|fleeing)\b/,
        /\bdesert(ed|ing|ion|ions|ers)\b(?!\s+(streets?|roads?|towns?|city|village|areas?|buildings?|places?|squares?))/,
        /\b(ran|run|running|runs)\s+(away|off|helter-skelter)\b/,
        /\bhelter-skelter\b/,
        /\babandon(ed|ing|s)?\s+(their|its|the|his)?\s*(posts?|positions?|bases?|weapons|men|units?|equipment)\b/,
        /\b(routed|rout|in\s+disarray|in\s+panic|panicked)\b/,
        /\bleft\s+(their|its|his)\s+(men|soldiers|troops|posts?|positions?)\b/,
      ],
    },
    args: ["military"],
    mode: "contradiction",
    severity: "warning",
  },
  {
    id: "air-strikes",
    description: "air strikes or bombing said to have happened, against none at all",
    a: {
      label: "there were air strikes or bombing",
      patterns: [
        /\bair\s*(raids?|strikes?|attacks?|power|support|campaign|cover|force|forces|war)\b/,
        /\bairstrikes?\b/,
        /\bbomb(s|ed|ing|ings|ard|ards|arded|arding|ardment|ardments)?\b/,
        /\b(warplanes?|war\s+planes?|jets?|fighter\s+(jets?|planes?)|helicopters?|aircraft|drones?|aerial)\b/,
        /\bsorties\b/,
      ],
    },
    b: null,
    negatedLabel: "there was not a single air strike",
    args: null,
    mode: "contradiction",
    severity: "warning",
  },
  {
    id: "casualties",
    description: "people said to have been killed or wounded, against no casualties",
    a: {
      label: "people were killed or wounded",
      patterns: [/\b(killed|dead|died|deaths?|casualt(y|ies)|wounded|injured|injuries|fatalit(y|ies)|bodies)\b/],
    },
    b: null,
    negatedLabel: "no one was killed or wounded",
    args: null,
    mode: "contradiction",
    severity: "warning",
  },
  {
    id: "open-vs-closed",
    description: "a facility said to be open or working, against closed or shut",
    a: { label: "{x} was open or working", patterns: [/\b(open|opened|reopened|reopen|operating|functioning|working normally)\b/] },
    b: { label: "{x} was closed or shut", patterns: [/\b(closed|shut|shuttered|shut\s+down|out\s+of\s+service|sealed)\b/] },
    args: ["facility"],
    mode: "contradiction",
    severity: "warning",
  },
  {
    id: "captured-vs-held",
    description: "a place said to have been captured, against a place said to be held or the attack repelled",
    a: { label: "{x} was captured", patterns: [/\b(captured|seized|overran|overrun|fell\s+to|took\s+control|taken\s+over|stormed)\b/] },
    b: { label: "{x} was held", patterns: [/\b(repelled|repulsed|pushed\s+back|held\s+off|beat\s+back|still\s+(holds?|controls?|in\s+control))\b/] },
    args: ["place"],
    mode: "contradiction",
    severity: "warning",
  },
  {
    id: "shortage-vs-supply",
    description: "a supply said to have run out, against the same supply being handed out or available",
    a: {
      label: "{x} had run out",
      patterns: [
        /\b(ran|run|running|runs)\s+out\s+of\b/,
        /\bshortages?\s+of\b/,
        /\b(cut\s+off|no\s+more|none\s+left)\b/,
        /\bshut\s+(off\s+)?the\s+(lights|power|water|electricity)\b/,
      ],
    },
    b: {
      label: "{x} was being handed out or was available",
      patterns: [/\b(handing|handed|hand|hands)\s+out\b/, /\bdistribut(e|es|ed|ing)\b/, /\b(plenty|enough|abundant|restored|available)\b/],
    },
    args: ["food", "energy", "water", "medicine", "arms"],
    mode: "contradiction",
    severity: "info",
  },
  {
    id: "calm-vs-violence",
    description: "a place said to be calm, against killings or fighting there",
    a: {
      label: "it was calm",
      patterns: [
        /\b(calm|quiet|peaceful)\b/,
        /\bno\s+(movement|fighting|clashes|shooting|gunfire|one\s+on\s+the\s+streets?)\b/,
        /\b(empty|deserted)\s+streets?\b/,
      ],
    },
    b: {
      label: "there were killings or fighting",
      patterns: [/\b(execut(ed|ions?|ing)|beheaded|beheadings?|massacred?|slaughtered|killings?|fighting|clashes|gunfire|street\s+battles?)\b/],
    },
    args: null,
    mode: "change",
    severity: "info",
  },
];

/**
 * Irregular and stem-shy forms brought to one lemma, so that "fled" and "fleeing" or "withdrew" and
 * "withdrawn" count as the same predicate for corroboration.
 */
export const LEMMAS: ReadonlyMap<string, string> = new Map([
  ["fled", "flee"], ["fleeing", "flee"], ["flees", "flee"],
  ["withdrew", "withdraw"], ["withdrawn", "withdraw"], ["withdrawing", "withdraw"], ["withdraws", "withdraw"], ["withdrawal", "withdraw"],
  ["ran", "run"], ["running", "run"], ["runs", "run"],
  ["left", "leave"], ["leaving", "leave"], ["leaves", "leave"],
  ["took", "take"], ["taken", "take"], ["taking", "take"],
  ["fell", "fall"], ["fallen", "fall"], ["falling", "fall"],
  ["overran", "overrun"], ["overrunning", "overrun"],
  ["killed", "kill"], ["killing", "kill"], ["killings", "kill"], ["kills", "kill"],
  ["died", "die"], ["dying", "die"], ["dead", "die"], ["deaths", "die"], ["death", "die"],
  ["men", "man"], ["women", "woman"], ["children", "child"], ["people", "people"],
]);

/**
 * Words that can stand in any story and tie no two claims to one event: "the people getting killed
 * by this tax are shop owners" (a figure of speech) and "40 people were killed in the flood" share
 * "people" and nothing else. Corroboration without participants does not count them.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  "people", "person", "persons", "thing", "things", "way", "ways", "time", "times", "year", "years", "lot", "lots",
  "something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "somebody", "anybody", "everybody",
]);

/** Words that carry no topic. */
export const STOPWORDS = new Set(
  (
    "a an the and or but if then than that this these those there here of in on at to for from by with without about " +
    "into onto over under after before during since until as is are was were be been being am do does did done have has had " +
    "having i me my we us our you your he him his she her it its they them their who whom whose which what when where why how " +
    "not no nor never so too very just also even still yet only own same such more most many much some any all each every " +
    "both few other another one can could will would shall should may might must 's 're 've 'd 'll n't s t " +
    "said says say told tell tells telling according added explained insisted claimed stated declared " +
    "mr mrs ms dr almost really quite well now again ever"
  ).split(/\s+/),
);
