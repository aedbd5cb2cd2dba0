import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { foreignSpeechVerb, FOREIGN_SPEECH_VERB_ROWS } from "../../src/extract/foreign-cues.js";
import { SPEECH_VERBS } from "../../src/extract/lexicon.js";
import { articleFromText } from "../../src/ingest/article.js";

/** The direct and scare quotes found in a made-up text: [kind, words]. */
function quotes(text: string): [string, string][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect")
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
}

describe("a speech verb of another language next to a short quote makes it a quotation (foreign-cues.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: a short run, no sentence of its own, with the verb right after or before it
    ["French, inverted", "« Nous ne céderons pas », a-t-il déclaré.", [["direct", "Nous ne céderons pas"]]],
    ["French, passé composé", "« Rien de neuf », a dit le ministre.", [["direct", "Rien de neuf"]]],
    ["French, clitic on the verb", "« Pas question », affirme-t-elle.", [["direct", "Pas question"]]],
    ["French, before and a colon", "Le maire a expliqué : « Pas lundi ».", [["direct", "Pas lundi"]]],
    ["French, a verb of recalling", "« Rien n'est joué », rappelle un élu.", [["direct", "Rien n'est joué"]]],
    ["French, a verb of concluding", "« On verra », conclut le maire.", [["direct", "On verra"]]],
    ["German", "„Das ist gut“, sagte er.", [["direct", "Das ist gut"]]],
    ["German, guillemets", "»Wir schaffen das«, erklärte die Kanzlerin.", [["direct", "Wir schaffen das"]]],
    ["Spanish", "“No me rindo”, dijo el candidato.", [["direct", "No me rindo"]]],
    ["Spanish, accent", "«Es un error», afirmó la diputada.", [["direct", "Es un error"]]],
    ["Italian", "«Non è finita», ha dichiarato il premier.", [["direct", "Non è finita"]]],
    ["Portuguese", "“Vamos vencer”, disse o prefeito.", [["direct", "Vamos vencer"]]],
    ["Dutch", "„Het is voorbij”, zei de burgemeester.", [["direct", "Het is voorbij"]]],
    ["Dutch, aldus", "„Wij gaan door”, aldus de minister.", [["direct", "Wij gaan door"]]],
    // must not trigger: a verb that is no speech, or an English word spelt as a foreign form
    ["French, not speech", "« Le Monde » a publié un article.", [["scare", "Le Monde"]]],
    ["German, not speech", "Der „Spiegel“ erschien am Montag.", [["scare", "Spiegel"]]],
    ["English dice", "They rolled the “lucky seven” dice again.", [["scare", "lucky seven"]]],
    ["English precise", "The “Grand Plan” was precise in every detail.", [["scare", "Grand Plan"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("the foreign speech verb table", () => {
  it("finds a verb with a French clitic and leaves the auxiliary alone", () => {
    expect(foreignSpeechVerb("déclare-t-il")).toBe(true);
    expect(foreignSpeechVerb("dit-elle")).toBe(true);
    expect(foreignSpeechVerb("Sagte")).toBe(true);
    expect(foreignSpeechVerb("a-t-il")).toBe(false);
    expect(foreignSpeechVerb("ha")).toBe(false);
  });
  it("holds no English word (no row changes what an English sentence says)", () => {
    const english = ["dice", "lance", "precise", "declare", "assure", "insist", "note", "says"];
    for (const w of english) expect(foreignSpeechVerb(w)).toBe(false);
    for (const row of FOREIGN_SPEECH_VERB_ROWS) for (const v of row.verbs) expect(SPEECH_VERBS.has(v)).toBe(false);
  });
  it("every row has an id, a reason and lower-case verbs", () => {
    for (const row of FOREIGN_SPEECH_VERB_ROWS) {
      expect(row.id).toMatch(/^[a-z]{2}$/);
      expect(row.reason.length).toBeGreaterThan(10);
      for (const v of row.verbs) expect(v).toBe(v.toLowerCase());
    }
  });
});
