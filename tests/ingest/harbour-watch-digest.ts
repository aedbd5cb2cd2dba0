import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Article } from "../../src/model/document.js";

// The Google Groups digest fixtures (tests/fixtures/ingest-ggroups/): the same three messages in two
// topics, in each layout Google has sent, so every layout's test checks the same split.
export const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/ingest-ggroups/${name}`, import.meta.url)));
export const TOPICS = ["Pier repairs to start in June", "Pier repairs to start in June", "Ferry fares to rise by a fifth"];
export const SENDERS = ["Ann Vega", "Cy Moss", "Bo Lund"];

/** Each message holds its own words, and only them. */
export function expectOwnWords(articles: readonly Pick<Article, "text">[]): void {
  expect(articles[0].text).toContain("Dora Lindqvist");
  expect(articles[1].text).toContain("Hal Brecken");
  expect(articles[1].text).not.toContain("Ines Marlow");
  expect(articles[2].text).toContain("Ines Marlow");
}
