import type { SpeakerType } from "./quote.js";

export type SpeakerRole = { readonly articleId: string; readonly role: string };

/** One identity across articles and outlets. */
export type Speaker = {
  readonly id: string;
  readonly name: string;
  readonly type: SpeakerType;
  readonly aliases: readonly string[];
  readonly roles: readonly SpeakerRole[];
  readonly outlets: readonly string[];
  readonly articleIds: readonly string[];
  readonly quoteIds: readonly string[];
};
