import type { Severity } from "./diagnostic.js";

export type Stance = "neutral" | "assertive" | "disputing" | "denying" | "conceding";

/** A quote or reported statement seen as a claim about the world. */
export type Claim = {
  readonly quoteId: string;
  readonly speaker: string | null;
  readonly role: string | null;
  readonly outlet: string | null;
  readonly article: string;
  readonly published: string | null;
  readonly spokenOn: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Content words, names and places, lower-cased and stemmed lightly. */
  readonly topics: readonly string[];
  readonly numbers: readonly { readonly value: number; readonly counts: string | null; readonly raw: string }[];
  readonly polarity: "positive" | "negative";
  readonly stance: Stance;
  /** The reporter's judgement on the claim ("made false claims", "incorrectly declared"), if any. */
  readonly judgement: string | null;
  /** Id of the speaker identity (Speaker.id) across articles; anonymous speakers differ per article. */
  readonly speakerId?: string | null;
  readonly kind?: "direct" | "indirect";
  /** ISO date the claim is about or was made, from the text near it or from spokenOn; null when unknown. */
  readonly when?: string | null;
  /** The reporting verb as written ("said", "insisted", "made false claims"). */
  readonly cue?: string | null;
};

export type FindingKind =
  | "contradiction"
  | "number"
  | "disputed"
  | "temporal"
  | "corroboration"
  | "variant"
  | "misattribution";

export type ClaimRef = Pick<
  Claim,
  "quoteId" | "speaker" | "role" | "outlet" | "article" | "published" | "spokenOn" | "text" | "start" | "end"
> & {
  /** What this claim stands for in the finding ("evacuated", "still there", "hundreds fighters"). */
  readonly side?: string;
};

export type Finding = {
  readonly id: string;
  readonly kind: FindingKind;
  /** The check that produced it, e.g. "conflicts/contradiction". */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly explanation: string;
  readonly claims: readonly ClaimRef[];
};

/** Word-level comparison of one quote against the group's reference wording. */
export type VariantKind = "verbatim" | "punctuation" | "altered" | "shortened" | "bracketed" | "extended";

export type QuoteGroupMember = {
  readonly quoteId: string;
  readonly variant: VariantKind;
  readonly similarity: number;
  /** Word diff against the reference: kept words plain, "-word" removed, "+word" added. */
  readonly diff: readonly { readonly op: "same" | "add" | "del"; readonly text: string }[];
};

/** Quotes that are the same words in different places. */
export type QuoteGroup = {
  readonly id: string;
  readonly referenceQuoteId: string;
  readonly members: readonly QuoteGroupMember[];
  readonly misattributed: boolean;
  readonly outletsDiffer: boolean;
  readonly datesDiffer: boolean;
  /** Canonical speakers, outlets and dates (spokenOn, else published) seen in the group. */
  readonly speakers?: readonly string[];
  readonly outlets?: readonly string[];
  readonly dates?: readonly string[];
};
