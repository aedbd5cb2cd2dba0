import type { Report, Severity, Span } from "../model/index.js";

/** What a rule may be set to: a severity, or off. */
export type RuleSetting = Severity | "off";

/** Each rule's setting by id, as a config file and --rule flags give them; a rule not named keeps its default. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** Everything a rule reads. Rules are pure: the same report gives the same findings. */
export type CheckContext = {
  readonly report: Report;
};

/** A place in an article, for the finding itself or for the evidence it cites. */
export type CheckPlace = {
  readonly documentId: string;
  readonly articleId: string | null;
  /** Offsets into the article's text; null when the finding is about a whole article or file. */
  readonly span: Span | null;
};

/** One problem a rule found, before severity and line/column are settled. */
export type RuleHit = CheckPlace & {
  readonly message: string;
  readonly quoteId?: string;
  readonly findingId?: string;
  readonly groupId?: string;
  /** The other places the finding rests on (the other outlet's wording, the conflicting claim). */
  readonly related?: readonly (CheckPlace & { readonly note: string })[];
  /** Weaker evidence than the rule's usual case: reported one severity below the rule's setting. */
  readonly lesser?: boolean;
};

/** A check: a small record, so the registry can list, describe and configure every rule. */
export type CheckRule = {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  run(ctx: CheckContext): readonly RuleHit[];
};
