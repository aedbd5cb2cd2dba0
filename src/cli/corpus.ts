import { fileURLToPath } from "node:url";

/** The embedded default corpus, shipped with the package (dist/cli -> ../../corpus). */
export const DEFAULT_CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
