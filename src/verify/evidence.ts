/**
 * How much the words a draft quote meets in a source say that the source holds that quote. Five
 * everyday words ("things are going to be", "there was a lot of", "the men and women who") recur in
 * any two articles of a corpus; the words that tell one quote from another are content words, and a
 * rare one ("uranium", "waterboarding") tells more than a common one ("country", "people").
 */

/**
 * Words every speaker uses whatever they speak of: function words, pronouns, auxiliaries, the light
 * verbs of talk ("going to", "get", "think", "know", "want") and nouns that stand for anything
 * ("thing", "lot", "way"). They weigh nothing: "we are going to do it" meets any speech.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if then than that this these those there here of in on at to for from by with without about " +
    "into onto over under after before during since until as is are was were be been being am do does did done doing have has had " +
    "having i me my mine myself we us our ours you your yours he him his she her hers it its they them their theirs who whom whose " +
    "which what when where why how not no nor never so too very just also even still yet only own same such more most many much " +
    "some any all each every both few other another one can could will would shall should may might must cannot " +
    "'s 're 've 'd 'll n't s t 'm m ll ve re d " +
    "said say says saying told tell tells telling " +
    "go goes going gone went gonna get gets getting got come comes coming came know knows knew think thinks thought " +
    "want wants wanted let let's lets see look" +
    " thing things lot lots way something anything everything nothing someone anyone everyone nobody anybody everybody " +
    "really actually well now again ever like okay ok oh yes yeah mr mrs ms dr because out up down off back"
  ).split(/\s+/),
);

/**
 * A word is rare when at most this share of the source articles holds it. Measured only over
 * enough articles (RARITY_MIN_SOURCES): among three sources any word is in "a third of them".
 */
export const RARE_SHARE = 0.02;
export const RARITY_MIN_SOURCES = 50;
/**
 * A word is common when more than this share of the source articles holds it: what the whole
 * corpus is about ("Trump", "campaign", "nomination" in a year of election stories) tells no quote
 * from another ("from the Hillary Clinton campaign", "the race for the Democratic nomination").
 */
export const COMMON_SHARE = 0.1;

/** What a met word weighs: everyday 0, common 0.5, content 1, a content word rare in the sources 2. */
export const COMMON_WEIGHT = 0.5;
export const CONTENT_WEIGHT = 1;
export const RARE_WEIGHT = 2;

/** Counts in how many source articles a folded word stands, and how many articles there are. */
export type DocFreq = { readonly docFreq: (key: string) => number; readonly sources: number };

/**
 * A word that is no everyday word; a number ("2.5", "1,237") counts as content. A contraction
 * ("they're", "won't") is everyday words (tokenize splits most; the rest are caught here).
 */
export const isContent = (key: string): boolean =>
  /[\p{L}\p{N}]/u.test(key) && !/(?:'(?:re|ve|ll|d|m)|n't)$/.test(key) && !EVERYDAY_WORDS.has(key.replace(/'s$/, ""));

/**
 * The weight of the met words (folded keys): content words 1 each, rare ones 2, common ones 0.5, each
 * word once (a slogan said twice in one quote is no more evidence).
 */
export function evidenceWeight(keys: readonly string[], freq: DocFreq, commonWeight = COMMON_WEIGHT): number {
  const measured = freq.sources >= RARITY_MIN_SOURCES;
  const rareAt = Math.max(1, Math.floor(freq.sources * RARE_SHARE));
  let weight = 0;
  for (const k of new Set(keys)) {
    if (!isContent(k)) continue;
    const df = freq.docFreq(k);
    weight += !measured ? CONTENT_WEIGHT : df <= rareAt ? RARE_WEIGHT : df > freq.sources * COMMON_SHARE ? commonWeight : CONTENT_WEIGHT;
  }
  return weight;
}

/**
 * Words a match must have in common with the source to stand for it when the source's speaker does
 * not agree and the match is not a whole source quote. Runs of up to four everyday words ("there is
 * no one", "problem in this country", "I wonder why", "we have some") recur across unrelated
 * articles: checked against 840 others, every one of 40 articles' quotes found in part, changed or
 * credited to someone else on fewer than five words was such a chance meeting.
 */
export const MIN_EVIDENCE_WORDS = 5;
/** Words met that a match needs even when the speaker agrees or it holds a whole source quote. */
export const MIN_VOUCHED_WORDS = 3;

/** What is known of a match when its evidence is weighed. */
export type MatchFacts = {
  /** The draft's keys met in the source, each written word once. */
  readonly met: readonly string[];
  /** Words met, as written. */
  readonly matched: number;
  /** A source quote credited to the draft's speaker holds the words. */
  readonly quotedBySpeaker: boolean;
  /** The draft's speaker agrees (by the source quote, or named in the source's paragraph). */
  readonly speakerAgrees: boolean;
  /** The match holds the whole of the source quote it meets ("We will rebuild,"). */
  readonly wholeQuote: boolean;
};

/** One way a match can stand for its source: which matches it applies to and the bar they meet. */
export type EvidenceBar = {
  readonly id: string;
  readonly reason: string;
  readonly applies: (m: MatchFacts) => boolean;
  /** What a word the corpus is about weighs under this bar. */
  readonly commonWeight: number;
  readonly passes: (m: MatchFacts, weight: number) => boolean;
};

/**
 * The bars, any of which a match may meet. Words are counted first (five, or three where the speaker
 * or a whole source quote vouches), then weighed (evidenceWeight): on train, 30 of 30 matches the
 * weight turned away were chance meetings ("things are going to be", "the men and women who", "to be
 * the next president of the United States" from two speakers).
 */
export const EVIDENCE_BARS: readonly EvidenceBar[] = [
  {
    id: "words-alone",
    reason: "five words met and three content words' weight: words alone, from any speaker, tell this quote from others",
    applies: () => true,
    commonWeight: COMMON_WEIGHT,
    passes: (m, w) => m.matched >= MIN_EVIDENCE_WORDS && w >= 3,
  },
  {
    id: "speaker-vouches",
    reason:
      "three words met and two content words' weight where the speaker is named beside them or they are a whole source quote: 'under President Obama' in narration beside 'Clinton', or someone else's whole 'It is a tough charge' for 'Politics is a tough game', is chance",
    applies: (m) => m.speakerAgrees || m.wholeQuote,
    commonWeight: COMMON_WEIGHT,
    passes: (m, w) => m.matched >= MIN_VOUCHED_WORDS && w >= 2,
  },
  {
    id: "own-quote",
    reason:
      "a source quote credited to the same speaker ties the words to them: any content word counts in full ('As president I will not be neutral'), and one is enough when five words are met or the source quote is whole ('To everyone who turned out'); 'better than anybody' and 'in the history of' (business, CNN) are still chance",
    applies: (m) => m.quotedBySpeaker,
    commonWeight: CONTENT_WEIGHT,
    passes: (m, w) => m.matched >= MIN_VOUCHED_WORDS && (w >= 2 || (w >= 1 && (m.matched >= MIN_EVIDENCE_WORDS || m.wholeQuote))),
  },
];

/** Whether the words met are evidence that the source holds the draft's quote: one bar met. */
export function hasEvidence(m: MatchFacts, freq: DocFreq): boolean {
  return EVIDENCE_BARS.some((b) => b.applies(m) && b.passes(m, evidenceWeight(m.met, freq, b.commonWeight)));
}
