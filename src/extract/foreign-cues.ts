/**
 * Speech verbs of the languages news quotes most often come in untranslated (French, German, Spanish,
 * Italian, Portuguese, Dutch), as they stand right after or before a short quote: « … », a-t-il dit;
 * „…“, sagte er; «…», dijo; «…», ha detto; “…”, disse; „…”, aldus de minister. The English lexicon does
 * not know them, so a quote too short to be a sentence of its own ("« Pas question », affirme-t-elle")
 * was taken for a scare quote. The quotation-or-scare test (scare.ts) reads them, and attribution
 * reads them for the speaker next to the verb (attribute/foreign-source.ts). No form here is also an
 * English word ("dice", "lance", "precise", "assure", "dis", "tranche" are left out), so an English
 * sentence reads as before.
 */
export type ForeignVerbRow = {
  /** The language's ISO 639-1 code. */
  readonly id: string;
  readonly reason: string;
  /** Lower-case forms: the present and past forms reporting uses, the participle after an auxiliary. */
  readonly verbs: readonly string[];
};

export const FOREIGN_SPEECH_VERB_ROWS: readonly ForeignVerbRow[] = [
  {
    id: "fr",
    reason: "French reporting verbs, present and participle (« … », a-t-il déclaré; « … », affirme-t-elle), and 'selon' (according to)",
    verbs: [
      "dit", "déclare", "déclaré", "affirme", "affirmé", "explique", "expliqué", "ajoute", "ajouté", "souligne", "souligné",
      "estime", "estimé", "indique", "indiqué", "précise", "précisé", "raconte", "raconté", "confie", "confié", "assuré",
      "poursuit", "insiste", "insisté", "écrit", "répond", "répondu", "réplique", "répliqué", "lancé", "martèle", "martelé",
      "prévient", "avertit", "averti", "témoigne", "témoigné", "reconnaît", "reconnait", "admet", "déplore", "déploré",
      "regrette", "regretté", "exclame", "exclamé", "s'exclame", "rappelle", "rappelé", "conclut", "commente", "commenté",
      "glisse", "lâche", "ironise", "renchérit", "détaille", "détaillé", "selon",
    ],
  },
  {
    id: "de",
    reason: "German reporting verbs, present, past and participle („…“, sagte er; »…«, erklärte die Kanzlerin)",
    verbs: [
      "sagte", "sagten", "sagt", "gesagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "fügte", "ergänzte",
      "ergänzt", "schrieb", "schreibt", "fragte", "fragt", "antwortete", "antwortet", "warnte", "warnt", "kritisierte",
      "erzählte", "erzählt", "versicherte", "bekräftigte", "räumte", "teilte", "forderte", "rief", "erwiderte", "behauptete",
      "unterstrich", "verkündete", "twitterte",
    ],
  },
  {
    id: "es",
    reason: "Spanish reporting verbs, preterite and present («…», dijo; «…», afirmó la diputada), and 'según' (according to)",
    verbs: [
      "dijo", "dijeron", "afirmó", "afirma", "declaró", "declara", "explicó", "explica", "señaló", "señala", "añadió", "agregó",
      "aseguró", "asegura", "indicó", "comentó", "manifestó", "expresó", "sostuvo", "subrayó", "destacó", "escribió", "preguntó",
      "respondió", "contestó", "advirtió", "recalcó", "insistió", "reconoció", "admitió", "denunció", "apuntó", "precisó",
      "relató", "exclamó", "según",
    ],
  },
  {
    id: "it",
    reason: "Italian reporting verbs, participle after 'ha' and present («…», ha detto; «…», spiega), and 'secondo' (according to)",
    verbs: [
      "detto", "dichiarato", "dichiara", "affermato", "afferma", "spiegato", "spiega", "aggiunto", "aggiunge", "sottolineato",
      "sottolinea", "ribadito", "ribadisce", "osservato", "commentato", "commenta", "scritto", "scrive", "risposto", "risponde",
      "precisato", "annunciato", "assicurato", "sostiene", "sostenuto", "secondo",
    ],
  },
  {
    id: "pt",
    reason: "Portuguese reporting verbs, preterite and present (“…”, disse o prefeito; “…”, afirmou), and 'segundo' (according to)",
    verbs: [
      "disse", "disseram", "diz", "afirmou", "declarou", "explicou", "acrescentou", "garantiu", "ressaltou", "destacou",
      "comentou", "escreveu", "perguntou", "respondeu", "avisou", "alertou", "sublinhou", "admitiu", "reconheceu", "frisou",
      "segundo",
    ],
  },
  {
    id: "nl",
    reason: "Dutch reporting verbs, past and present („…”, zei de burgemeester; „…”, aldus de minister), and 'volgens' (according to)",
    verbs: [
      "zei", "zeiden", "zegt", "gezegd", "verklaarde", "verklaart", "aldus", "schreef", "schrijft", "vertelde", "vertelt",
      "stelde", "stelt", "benadrukte", "benadrukt", "antwoordde", "vroeg", "waarschuwde", "meldde", "liet", "voegde",
      "reageerde", "volgens",
    ],
  },
];

const FOREIGN_SPEECH_VERBS: ReadonlySet<string> = new Set(FOREIGN_SPEECH_VERB_ROWS.flatMap((r) => r.verbs));

// A French subject pronoun joined to its verb in an inverted clause: "dit-il", "ajoute-t-elle".
const FRENCH_CLITIC = /-(?:t-)?(?:il|elle|on|ils|elles|je|nous|vous)$/u;

/** Whether `word` (as firstWords cuts it, any case) is one of the table's speech verbs. */
export function foreignSpeechVerb(word: string): boolean {
  let w = word.toLowerCase();
  if (w.includes("\u2019")) w = w.replace(/\u2019/gu, "'");
  if (FOREIGN_SPEECH_VERBS.has(w)) return true;
  const dash = w.indexOf("-");
  return dash > 0 && FOREIGN_SPEECH_VERBS.has(w.replace(FRENCH_CLITIC, ""));
}
