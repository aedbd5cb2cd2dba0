import type { CheckRule } from "./types.js";
import { noSpeaker } from "./rules/no-speaker.js";
import { truncatedQuote } from "./rules/truncated-quote.js";
import { anonymousSource } from "./rules/anonymous-source.js";
import { secondhandSource } from "./rules/secondhand-source.js";
import { alteredQuote } from "./rules/altered-quote.js";
import { misattribution } from "./rules/misattribution.js";
import { conflict } from "./rules/conflict.js";
import { disputedClaim } from "./rules/disputed-claim.js";
import { headlineQuoteAltered, headlineQuoteMisattributed, headlineQuoteUnsupported } from "./rules/headline-quote.js";

/** Every check, in the order `check --help` lists them. */
export const checkRules: readonly CheckRule[] = [
  noSpeaker,
  truncatedQuote,
  anonymousSource,
  secondhandSource,
  alteredQuote,
  misattribution,
  headlineQuoteUnsupported,
  headlineQuoteAltered,
  headlineQuoteMisattributed,
  conflict,
  disputedClaim,
];

export const ruleNamed = (id: string): CheckRule | undefined => checkRules.find((r) => r.id === id);
