import type { Span } from "./span.js";

export type QuoteKind = "direct" | "indirect" | "scare";
/**
 * Who a quote's speaker is: a person, an organisation, a document (a poll, a report, a study, an
 * email: a writing or a record credited with words; only the cross-source stage gives it), a group,
 * an unnamed source or unknown.
 */
export type SpeakerType = "person" | "organisation" | "document" | "anonymous" | "group" | "unknown";

/**
 * One quotation with its attribution. `text` is exactly `article.text.slice(span.start, span.end)`
 * (the words without the marks). Every attribution keeps the rule that decided it and why.
 */
export type Quote = {
  readonly id: string;
  readonly documentId: string;
  readonly articleId: string;
  readonly kind: QuoteKind;
  readonly text: string;
  readonly span: Span;
  /** The quote runs to the end of the text or of a cut paragraph without closing. */
  readonly truncated: boolean;
  /** Canonical speaker (full name, organisation or description), or null when unresolved. */
  readonly speaker: string | null;
  /**
   * The attribution's type in `extract`'s data formats; after the cross-source stage (the full
   * analysis, the lined-up table) its speaker's type as `speakers` gives it.
   */
  readonly speakerType: SpeakerType;
  /** Role as written in the article (the appositive), or null. */
  readonly role: string | null;
  /** The words near the quote that name the speaker ("he", "Omran", "one local resident"). */
  readonly mention: string | null;
  readonly mentionSpan: Span | null;
  /** The cue as written ("said", "told AFP", "according to"). */
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  /** Who the words were given to ("AFP", "The Daily Beast"), as the text says or implies. */
  readonly toOutlet: string | null;
  /** How they were given ("in a statement", "via Skype", "by phone"). */
  readonly medium: string | null;
  /** ISO date the words were said, when the text fixes it. */
  readonly spokenOn: string | null;
  /** Cue rule that decided the attribution, e.g. "attribution/said-after-name". */
  readonly ruleId: string;
  /** One sentence on why this speaker was chosen. */
  readonly reason: string;
  /**
   * 1-based line and column of `span.start` in the decoded file, filled in by the full analysis
   * where the words can be found there (absent otherwise), so a report needs no file text to give
   * `file:line:col`.
   */
  readonly line?: number;
  readonly column?: number;
};
