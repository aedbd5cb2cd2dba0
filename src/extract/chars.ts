/** The character classes the scanners read live in src/model/chars.ts (the model's sentence splitter reads them too). */
export * from "../model/chars.js";
