import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/index.js";
import { quotesOf } from "./quotes-of.js";

const direct = (text: string): Quote[] => quotesOf(text, "direct");

// Made-up paragraphs in the languages news quotes come in untranslated: the speech verb of that
// language next to the quote names the speaker (foreign-source.ts), and a capitalised article that
// opens a sentence ("Les élections …") is nobody's name.
describe("attribution: a speech verb of another language next to the quote", () => {
  it.each([
    [
      "must: French, passé composé, the speaker after the verb (not the article of the sentence before)",
      "Les élections approchent. «Nous allons gagner cette bataille», a déclaré le président Emmanuel Macron lundi.",
      "Nous allons gagner cette bataille",
      { speaker: "Emmanuel Macron", cue: "a déclaré", ruleId: "attribution/foreign-verb-after-quote" },
    ],
    [
      "must: a name with its particle",
      "« Ce n'est pas fini », a dit Marine Le Pen.",
      "Ce n'est pas fini",
      { speaker: "Marine Le Pen", ruleId: "attribution/foreign-verb-after-quote" },
    ],
    [
      "must: the pronoun joined to the auxiliary takes the speaker named before",
      "« Nous allons gagner », a déclaré Ada Lind lundi.\n\n« Nous devons agir maintenant », a-t-elle ajouté.",
      "Nous devons agir maintenant",
      { speaker: "Ada Lind", mention: "elle", ruleId: "attribution/foreign-verb-after-quote" },
    ],
    [
      "must: German, a pronoun after the verb",
      "„Wir schaffen das“, sagte Angela Merkel. „Das ist gut“, sagte sie.",
      "Das ist gut",
      { speaker: "Angela Merkel", mention: "sie" },
    ],
    [
      "must: Spanish, a description",
      "«Es un error», afirmó la diputada.",
      "Es un error",
      { mention: "la diputada", ruleId: "attribution/foreign-verb-after-quote" },
    ],
    [
      "must: an article before one capitalised word makes a noun phrase, not a name",
      "Hier soir, le Premier ministre a déclaré : « Nous tiendrons bon jusqu'au bout. »",
      "Nous tiendrons bon jusqu'au bout.",
      { mention: "le Premier ministre", ruleId: "attribution/foreign-verb-before-quote" },
    ],
    [
      "must: French, the subject and verb before a colon",
      "Le maire a expliqué : « Pas lundi, pas avant juin ».",
      "Pas lundi, pas avant juin",
      { mention: "Le maire", cue: "a expliqué", ruleId: "attribution/foreign-verb-before-quote" },
    ],
    [
      "must-not: a French verb that is no speech leaves the quote uncredited",
      "Le journal a publié : « Pas lundi, pas avant juin ».",
      "Pas lundi, pas avant juin",
      { speaker: null },
    ],
    [
      "must-not: a capitalised article opening the sentence before is no speaker",
      "Les élections approchent. «Nous allons gagner cette bataille», lance un militant.",
      "Nous allons gagner cette bataille",
      { speaker: null },
    ],
    [
      "must-not: nor the one that ends the paragraph before a quote paragraph",
      "Les élections approchent.\n\n«Nous allons gagner cette bataille et nous le savons tous ici.»",
      "Nous allons gagner cette bataille et nous le savons tous ici.",
      { speaker: null },
    ],
    [
      "must-not: an English inverted cue is the English row's",
      "“We will stay,” said Maria Lopez, a nurse.",
      "We will stay,",
      { speaker: "Maria Lopez", ruleId: "attribution/said-name-after-quote" },
    ],
    [
      "must-not: 'Le' before an English speech verb stays a surname",
      "Tran Le spoke to the council on Monday. Le said the pier would close. “We will rebuild it by June, whatever it costs,” Le said.",
      "We will rebuild it by June, whatever it costs,",
      { mention: "Le", ruleId: "attribution/name-said-after-quote" },
    ],
  ] as [string, string, string, Partial<Quote>][])("%s", (_name, text, quote, want) => {
    expect(direct(text).find((q) => q.text === quote)).toMatchObject(want);
  });
});
