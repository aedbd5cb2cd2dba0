import { escapeRegExp } from "./escape-regexp.js";

/**
 * Nouns only a company or another body has, read around a capitalised name to tell a body named like
 * a person ("Exxon Mobil", "Morgan Stanley", "Jefferies") from a person: attribution's ORG_SIGNS
 * (src/attribute/entities.ts, a name at one place) and the cross-source stage's body names
 * (src/align/body-names.ts, every name of an article) read the same evidence, so the words are kept
 * here once. General English only.
 */

/**
 * What a body is, as an appositive or a noun in apposition says it ("United Technologies, a
 * company …", "the retailer Amazon", "Crowdpac, a political crowdfunding website"). Singular: a
 * person is never one.
 */
export const BODY_NOUNS: readonly string[] = [
  "company", "firm", "bank", "corporation", "conglomerate", "retailer", "manufacturer", "maker", "automaker", "carmaker",
  "contractor", "lender", "insurer", "start-up", "startup", "website", "airline", "utility", "supplier", "chain",
  "think tank", "nonprofit", "charity", "organization", "organisation", "newspaper", "network", "publication",
];

/** BODY_NOUNS as one regular-expression alternation, for attribution's and alignment's patterns. */
export const BODY_NOUN_ALTERNATION = BODY_NOUNS.map(escapeRegExp).join("|");

/**
 * Posts a person holds at a body, read before "at" and the body's name ("a senior analyst at
 * Jefferies", "a fellow at Brookings"): what follows is a body, not a person. (Attribution's ORG_SIGNS
 * and the cross-source stage's ROLE_AT, src/align/body-names.ts, both read it.)
 */
export const POSTS_AT_BODIES: readonly string[] = [
  "analyst", "economist", "strategist", "researcher", "fellow", "scholar", "director", "manager", "partner", "consultant",
  "engineer", "employee", "lawyer", "banker", "trader", "spokesman", "spokeswoman", "spokesperson", "vice president",
];

/** POSTS_AT_BODIES as one regular-expression alternation. */
export const POST_AT_BODY_ALTERNATION = POSTS_AT_BODIES.map(escapeRegExp).join("|");
