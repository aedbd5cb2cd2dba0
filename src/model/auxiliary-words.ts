/**
 * The finite auxiliaries that open a verb group after its subject: forms of "be" and "have", "will"/"would" and the
 * modals of ability, advice and possibility. Extraction's reported-speech readers test a token against this base with
 * members of their own added (src/extract/reported-source FINITE_AUX adds "must"; reported-subject AUX_GROUP adds
 * "must" and "do"/"does"/"did"; reported-sentence AUX_START adds "does"/"did"), which were three hand-kept copies of
 * one list. General English only.
 */
export const BASE_AUXILIARIES: readonly string[] = ["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might"];

/** A whole-token test (lower case) for the base auxiliaries and `extra`: /^(?:is|was|…)$/. */
export const auxiliaryTest = (...extra: readonly string[]): RegExp => new RegExp(`^(?:${[...BASE_AUXILIARIES, ...extra].join("|")})$`);
