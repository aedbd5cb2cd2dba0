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
