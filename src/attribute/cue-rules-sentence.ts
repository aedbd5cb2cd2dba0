import { isPhrasalSpeechVerb, JUDGING_VERBS, NAMING_VERBS, REFERRING_VERBS, SPEECH_VERBS } from "../extract/lexicon.js";
import { HANDLE_BODY, type Span } from "../model/index.js";
import { clauseSubject, contactRelativeSource, isRecordLabel, sentenceBeforeSubject } from "./cue-clause-subjects.js";
import { afterWindow, beforeWindow, closedByMark, endsBeforeClosers, endsSentence, hit, isComma, isQuestionOrBang, R, type CueRule, type QuoteContext } from "./cue-context.js";
import { canSpeak, leadingSubject, localSubject, outerReporter, parentheticalSpeaker, prepositionalRelativeSource, relativeClauseSource, speakerOfClauseBefore, subjectAfterWhat, subjectBeforeVerb, withSubject, gerundSubject } from "./cue-subjects.js";
import { ANSWER_WORDS, BETWEEN, CONTRAST_OPENERS, cueExtent, DASHES, DOCUMENT_NOUNS, goingOnAbout, hasCueVerbFrom, hasWord, inClosedAside, isBareParticiple, isCueVerb, isReducedPassive, OPENING_CONJUNCTIONS, PASSIVE, predicateCue, SENTENCE_END, soCalled, spanOf, SPEECH_NOUNS, SUBJECT_PRONOUNS, RELATIVE_SOURCE } from "./cue-words.js";
import { GATHERINGS, isLyAdverb, NOT_NAMES, ORG_WORDS, PERSON_NOUNS, TITLES } from "./lexicon.js";
import { isFiniteVerbLike, parseInvertedSource, parseSubject, remadeMention, type Mention } from "./mention.js";
import { isPossessive, sentenceTail, tokenize, type Tok } from "./tokens.js";

/**
 * The second part of the cue-rule table (see CUE_RULES in cues.ts), rows 12-23: a credit after a dash
 * or on a line of its own, a name and a colon, set phrases ("as X put it", "in X's words", a line from
 * X), naming verbs; then cues further off: a speech verb elsewhere in the sentence, a speech verb and
 * colon that end the paragraph before, an agentless passive, the subject of the quote's sentence and
 * that of the sentence before. With the helpers only these rows use.
 */

const CITED_WORDS = new Set(["line", "lines", "words", "verse", "verses", "poem", "passage", "saying", "motto", "quotation", "quote", "aphorism", "proverb"]);
const CITED_PREPS = new Set(["from", "by", "of"]);

// Lower-case words that may stand inside a capitalised name ("Charles de Gaulle", "Bank of Ohio").
// Prepositions that open a time or place after the name in "Here’s Ann Lee in 1992:".
const HERE_ADVERBIAL: ReadonlySet<string> = new Set(["in", "on", "at", "during", "last", "this", "back"]);
// Verbs of effect or perception whose object reacts ("doesn’t surprise X:", "what struck X:"); the object's
// reaction is what the colon introduces. Finite forms only: "surprising" and "worried" are as often adjectives.
const EFFECT_VERBS: ReadonlySet<string> = new Set([
  "surprise", "surprises", "surprised", "strike", "strikes", "struck", "worry", "worries", "bother", "bothers", "bothered",
  "puzzle", "puzzles", "puzzled", "alarm", "alarms", "alarmed", "shock", "shocks", "shocked", "baffle", "baffles", "baffled",
  "trouble", "troubles", "troubled", "amaze", "amazes", "amazed", "impress", "impresses", "impressed",
]);
// Words credited to an account after a dash ("“…” — @jroe on Twitter"): the handle, not followed by
// more handle letters, an "@" or a possessive.
const DASH_HANDLE = new RegExp(String.raw`^\s*[―—–-]\s*(@${HANDLE_BODY})(?![A-Za-z0-9_@’'])`, "u");
// A bracketed credit that ends a paragraph: one to four capitalised words, a stop perhaps ("[WaPo.]",
// "[Mother Jones.]", "(Reuters)"). Bounded repeats, on the paragraph's last 60 characters.
// Words that may open a participle's phrase at the start of a sentence ("After saying …", "While insisting …").
const FRONTING_SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "while", "since", "upon", "when", "despite", "by"]);

/**
 * Where the subject that opens `toks` at `from` ends: a personal pronoun, a run of capitalised words
 * (a name with its title), or "the", "a" and up to three lower-case words before a past form or an
 * auxiliary ("the mayor closed"). `from` when none opens there.
 */
function mainSubjectEnd(toks: readonly Tok[], from: number): number {
  const t = toks[from];
  if (!t) return from;
  if (SUBJECT_PRONOUNS.has(t.lower)) return from + 1;
  let e = from;
  if (t.cap) {
    while (e < toks.length && ((toks[e].cap && toks[e].word) || toks[e].text === ".")) e++;
    return e;
  }
  if (t.lower !== "the" && t.lower !== "a" && t.lower !== "an") return from;
  e = from + 1;
  while (e < toks.length && e <= from + 3 && toks[e].word && !isFiniteVerbLike(toks[e]) && !PASSIVE.has(toks[e].lower) && !BETWEEN.has(toks[e].lower)) e++;
  return e > from + 1 ? e : from;
}

// A transcript's notes in brackets after words in marks: what happened, not who is credited.
const STAGE_NOTES: ReadonlySet<string> = new Set(["applause", "laughter", "cheers", "cheering", "boos", "booing", "crosstalk", "inaudible", "unintelligible", "sic", "music", "silence", "pause", "video", "audio", "end", "emphasis added", "emphasis mine"]);
const BRACKET_CREDIT = /[[(]\s*(\p{Lu}[\p{L}’'&.-]*(?: \p{Lu}[\p{L}’'&.-]*){0,3}?)\.?\s*[\])]\s*$/u;
// The opening of a list article: the first paragraphs are headline territory, where quotes count as titles.
const LIST = "Five Who Spoke Up\n\nBy Staff\n\nHere are five people who spoke up this year.\n\nThey said a lot.\n\n";
// Speech and request verbs a list heading puts after its subject's name ("Ann Lee Asked Men To “…”").
const HEADING_SPEECH_VERBS: ReadonlySet<string> = new Set([
  "asked", "asks", "explained", "explains", "questioned", "questions", "urged", "urges", "told", "tells", "said", "says",
  "demanded", "demands", "recalled", "recalls", "admitted", "admits", "declared", "declares", "insisted", "insists",
  "warned", "warns", "argued", "argues", "reminded", "reminds", "challenged", "challenges", "wrote", "writes", "tweeted",
]);
// Short words title case may leave in lower case.
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(["a", "an", "the", "to", "of", "in", "on", "at", "for", "and", "or", "as", "by", "with", "about", "from"]);
const NAME_GLUE: ReadonlySet<string> = new Set(["of", "and", "&", "de", "da", "di", "del", "van", "von", "der", "al", "el", "bin", "la", "le", "du"]);

/**
 * "Former secretary of state Ann Lee:": a lower-case role word before the name of a credit line (a
 * title or a person noun, "former", or the one word of an office after "of": "secretary of state").
 */
function roleWordBeforeName(toks: readonly Tok[], i: number): boolean {
  const l = toks[i].lower;
  if (TITLES.has(l) || PERSON_NOUNS.has(l) || l === "former") return true;
  return i >= 2 && toks[i - 1].lower === "of" && (TITLES.has(toks[i - 2].lower) || PERSON_NOUNS.has(toks[i - 2].lower));
}

// Nouns for a document or post that a round-up quotes from ("From the report:", "From Lind’s Facebook post:").
const QUOTED_DOCUMENTS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, "report", "post", "statement", "book", "speech", "blog", "website", "page", "op-ed"]);

/**
 * "From the report:", "From Lind’s Facebook post:": the words toks[from..end) name a document
 * (QUOTED_DOCUMENTS heads them). Its possessor wrote it and is the source; without one, the document
 * as written is. Null when the words name no document.
 */
function documentSource(q: QuoteContext, toks: readonly Tok[], from: number, end: number): Mention | null {
  if (end - from > 6 || !QUOTED_DOCUMENTS.has(toks[end - 1].lower) || toks[end - 1].cap) return null;
  for (let k = from + 1; k < end - 1; k++) {
    if (!isPossessive(toks[k])) continue;
    const owner = parseSubject(q.text, spanOf(toks[from], toks[k - 1]));
    return owner && owner.kind !== "pronoun" ? owner : null;
  }
  return parseSubject(q.text, spanOf(toks[from], toks[end - 1]));
}

// Verbs that make their object do what the infinitive after it says ("prompted Rubio to call").
const CAUSATIVES: ReadonlySet<string> = new Set(["prompted", "prompts", "prompting", "led", "leads", "leading", "forced", "forces", "forcing", "pushed", "drove", "spurred", "provoked", "caused", "causes", "compelled", "goaded", "inspired"]);
// Words that end the infinitive's own clause before the quote: the quote is then someone else's.
const CAUSEE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", "(", ")", "that", "who", "which", "whom", "while", "because", ...DASHES]);

/**
 * "That prompted Rubio to make a joke about yoga and call Trump “very flexible”": the last causative
 * verb in the quote's sentence, its object (a name or description that can speak, up to four words)
 * and "to", then the infinitive's words up to the quote with no clause break nor a subject pronoun.
 * The object, or null.
 */
function causeeBefore(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  let c = toks.length - 1;
  while (c >= 0 && !CAUSATIVES.has(toks[c].lower)) c--;
  if (c < 0) return null;
  let t = c + 1;
  let objectEnd = -1; // the object's last token when a relative clause between commas follows it
  while (t < toks.length && t <= c + 7 && toks[t].lower !== "to") {
    // "prompted the Atlas, which tracks counties, to state": the relative clause is the object's.
    if (toks[t].text === "," && objectEnd < 0 && t > c + 1 && RELATIVE_SOURCE.has(toks[t + 1]?.lower ?? "")) {
      let e = t + 2;
      while (e < toks.length && e <= t + 16 && toks[e].text !== ",") e++;
      if (toks[e]?.text !== ",") return null;
      objectEnd = t - 1;
      t = e + 1;
      continue;
    }
    if (!toks[t].word) break;
    t++;
  }
  if (t === c + 1 || t >= toks.length - 1 || toks[t].lower !== "to") return null;
  // "to state, “…”", "to counter that “…”": an infinitive of saying opens its words with a comma, a
  // colon or "that", which then ends no clause.
  const saying = SPEECH_VERBS.has(toks[t + 1].lower);
  for (let k = t + 1; k < toks.length; k++) {
    if (saying && k === t + 2 && (toks[k].text === "," || toks[k].text === ":" || toks[k].lower === "that")) continue;
    if (CAUSEE_BREAKS.has(toks[k].lower) || SUBJECT_PRONOUNS.has(toks[k].lower)) return null;
  }
  const m = parseSubject(q.text, spanOf(toks[c + 1], toks[objectEnd >= 0 ? objectEnd : t - 1]));
  return m && m.kind !== "pronoun" && canSpeak(q, m) ? m : null;
}

export const SENTENCE_RULES: readonly CueRule[] = [
  {
    ...R.dash,
    must: ["“We will rebuild.” ― Ana Ruiz", "“We will rebuild.” — Ana Ruiz, a teacher", "“We will rebuild.” — @anaruiz on Twitter", "“Very good, this guy”–@jroe taking a question"],
    mustNot: ["“We will rebuild” — and they did.", "“We will rebuild” — @ the pier", "“We will rebuild” — @jroe’s neighbour"],
    match(q) {
      const after = q.text.slice(q.outer.end, Math.min(q.para.end, q.outer.end + 200));
      // Words credited to an account alone ("“…” — @jroe on Twitter", as ingest/tweets.ts writes a
      // tweet whose author the article does not name): the handle is the name.
      const handle = after.includes("@") ? DASH_HANDLE.exec(after) : null;
      if (handle) {
        const at = q.outer.end + handle[0].indexOf("@");
        const span = { start: at, end: at + handle[1].length };
        const who: Mention = { span, role: null, whole: span, kind: "name", type: "person", gender: null, name: handle[1], title: null, plural: false };
        const dashAt = q.outer.end + handle[0].search(/[―—–-]/u);
        const rest = afterWindow(q);
        return hit(who, { start: dashAt, end: dashAt + 1 }, { start: q.outer.end, end: rest.length ? rest[rest.length - 1].end : span.end }, R.dash);
      }
      const m = /^\s*[―—–-]\s*(?=\p{Lu})/u.exec(after);
      if (!m) return null;
      const toks = afterWindow(q).filter((t) => t.text !== "―" && t.text !== "—" && t.text !== "–" && t.text !== "-");
      if (!toks.length) return null;
      const src = parseInvertedSource(q.text, { start: toks[0].start, end: toks[toks.length - 1].end });
      if (!src || src.kind === "pronoun") return null;
      const dashAt = q.outer.end + m[0].search(/[―—–-]/u);
      return hit(src, { start: dashAt, end: dashAt + 1 }, { start: q.outer.end, end: toks[toks.length - 1].end }, R.dash);
    },
  },
  {
    ...R.creditLine,
    must: [
      "“We will rebuild the pier.”\n\n― Ana Ruiz, a teacher.\n\nThe vote is on Monday.",
      "“We will rebuild the pier.”\n\nTom Reyes, Harbor Institute for Policy Research.\n\nThe vote is on Monday.",
      // A pull quote: the credit on its own line inside the marks.
      "The council met.\n\n\"We will rebuild the pier before the summer storms come, whatever it costs the town and whatever the council says about the budget this year.\nFormer harbor master Ana Ruiz.\"\n\nThe vote is on Monday.",
      "The council met.\n\n“We will rebuild the pier before the summer storms come, whatever it costs the town and whatever the council says about the budget this year.\nTom Reyes.”\n\nThe vote is on Monday.",
    ],
    mustNot: [
      "“We will rebuild the pier.”\n\nTom Reyes voted against it.\n\nThe vote is on Monday.",
      "“We will rebuild the pier,” she said.\n\n― Ana Ruiz, a teacher.",
      "“We will rebuild the pier.”\n\nHarbor Deals Ahead.\n\nThe vote is on Monday.",
      "The council met.\n\n\"We will rebuild the pier before the summer storms come, whatever it costs the town and whatever the council says about the budget this year.\nTom Reyes agreed.\"\n\nThe vote is on Monday.",
      "The council met.\n\n\"We will rebuild the pier before the summer storms come, whatever it costs the town and whatever the council says about the budget this year.\nThat is all.\"\n\nThe vote is on Monday.",
    ],
    match(q) {
      // The quote is its whole paragraph: nothing before it, nothing but closing punctuation after.
      for (let i = q.para.start; i < q.outer.start; i++) if (!/\s/.test(q.text[i])) return null;
      for (let i = q.outer.end; i < q.para.end; i++) if (!/[\s.,;”"’'-]/.test(q.text[i])) return null;
      let s = q.para.end;
      while (s < q.text.length && /\s/.test(q.text[s])) s++;
      const nl = q.text.indexOf("\n", s);
      const e = nl < 0 ? q.text.length : nl;
      if (e - s < 3 || e - s > 160) return null;
      const line = q.text.slice(s, e);
      const dash = /^[―—–-]\s*/u.exec(line);
      // A pull quote's credit stands inside its marks, on the line after the words ("…it.¶Bill
      // Clinton.”"): the closing mark that ends the line is as sure a sign as a dash.
      const closing = /[.,]?[”"]\s*$/u.exec(line);
      const from = s + (dash ? dash[0].length : 0);
      const to = closing ? s + closing.index : e;
      const toks = tokenize(q.text, { start: from, end: to }).filter((t) => t.text !== "." || t.end !== to);
      if (!toks.length || !toks[0].cap) return null;
      // Without a dash, a credit line is a name and capitalised words ("Dean Baker, Center for
      // Economic Policy."), never a sentence; inside the marks, role words may stand in lower case
      // ("Former NAACP president Ben Jealous.") but no verb.
      const lowerOk = (t: Tok) => NAME_GLUE.has(t.lower) || t.lower === "for" || (closing !== null && !isFiniteVerbLike(t));
      if (!dash && toks.some((t) => t.word && !t.cap && !lowerOk(t))) return null;
      const comma = toks.findIndex((t) => t.text === ",");
      const nameEnd = comma > 0 ? comma : toks.length;
      const m = parseInvertedSource(q.text, { start: toks[0].start, end: toks[toks.length - 1].end });
      // Without a dash the name and its affiliation are both needed ("Getty/Instagram.", a subhead
      // "Knack for Deals." are no credits); inside the marks a name of two words or more will do.
      if (!m || m.kind !== "name" || (!dash && (closing ? nameEnd < 2 : comma < 0 || nameEnd < 2))) return null;
      return hit(m, { start: s, end: from }, { start: s, end: e }, R.creditLine);
    },
  },
  {
    ...R.bracketCredit,
    must: [
      "PORT CLOSES FOR GOOD “The harbour board voted on Monday to close the pier for good.” [Harbor Times.]",
      "The board met.\n\n“The harbour board voted on Monday to close the pier for good.” (Harbor Times)",
      "PORT CLOSES “The harbour board voted on Monday to close the pier for good.” Read more on the vote below. [Harbor Times.]",
    ],
    mustNot: [
      "PORT CLOSES FOR GOOD Ada Lind said the pier had “no future at all.” [Harbor Times.]",
      "The board met.\n\n“The harbour board voted to close the pier.” [Harbor Times.] More on the vote below.",
      "The board met.\n\n“The harbour board voted to close the pier.” (for the third time)",
      "PORT CLOSES “The harbour board voted to close the pier.” Ada Lind called it “a shame.” [Harbor Times.]",
      "The board met.\n\n“The harbour board voted to close the pier.” (Applause.)",
    ],
    match(q) {
      // A briefing's items end on a bracketed credit, "[WaPo.]", "(Reuters)": the outlet the passage
      // in marks was copied from. Only for a quote that no one in its sentence says (it stands alone,
      // or after the item's heading in capitals), the paragraph's last, with the credit ending the
      // paragraph (perhaps after a sentence of the briefing's own: "“…” Tune in at 9 p.m. [AP.]").
      if (q.nextQuoteStart < q.para.end || q.para.end - q.outer.end > 300) return null;
      const tailFrom = Math.max(q.outer.end, q.para.end - 60);
      const tail = q.text.slice(tailFrom, q.para.end);
      if (!tail.includes("]") && !tail.includes(")")) return null;
      const m = BRACKET_CREDIT.exec(tail);
      if (!m) return null;
      const open = tailFrom + m.index;
      // (No marks between: "“…” Lind called it “a shame.” [Times.]" credits the last quote's own cue.)
      for (let i = q.outer.end; i < open; i++) if ('"“”'.includes(q.text[i])) return null;
      for (const t of beforeWindow(q)) if (t.word && t.text !== t.text.toUpperCase()) return null;
      // ("(Applause.)", "(CROSSTALK)": a transcript's note of what happened, no credit.)
      if (STAGE_NOTES.has(m[1].toLowerCase().replace(/\.$/, ""))) return null;
      const at = open + m[0].indexOf(m[1]);
      const src = parseSubject(q.text, { start: at, end: at + m[1].length });
      if (!src || (src.kind !== "name" && src.kind !== "organisation")) return null;
      // (An outlet, though its name may read as a person's: "Mother Jones".)
      const outlet: Mention = remadeMention(src, { kind: "organisation", type: "organisation", gender: null, title: null });
      const credit = { start: open, end: q.para.end };
      return hit(outlet, credit, credit, R.bracketCredit);
    },
  },
  {
    ...R.colonName,
    must: ["From the harbour report: “Most piers were built of oak.”", "From Ada Lind’s Facebook post: “We move on.”", "TURNOUT IS UP AGAIN - Ada Lind: “Young voters came out in force.”", "Rep. Tom Reyes (D-Ohio): “Who told you that figure?”", "Former secretary of state Ada Lind:“We learned that from the department.”", "More from Lind: “The young came out.”", "Ada Lind and Tom Reyes met. Lind: “The port stays open.”", "POLLS WERE RIGHT - HarborPoll: “Turnout was as expected.”"],
    mustNot: ["Here they are: “Be brave.”", "Update: “The road is open.”", "From Oakdale: “The road is open.”", "The Oakdale Herald ran it. Oakdale: “The road is open.”", "Ada Lind left. Update: “The road is open.”", "Ada Lind wrote to Tom Reyes: “We are ready.”", "In city after city, Lind lobbies for a higher wage: “No one should be poor.”", "Former mayor Ada Lind lobbies for a wage: “No one should be poor.”"],
    match(q) {
      const toks = beforeWindow(q);
      const n = toks.length;
      if (n < 2 || toks[n - 1].text !== ":") return null;
      // A heading before a dash is not part of the name ("RED STATES GAIN - Ann Lee:").
      let s = 0;
      for (let i = 0; i < n - 1; i++) if (toks[i].text === "-" || toks[i].text === "—" || toks[i].text === "–" || toks[i].text === "―") s = i + 1;
      // "More from Lee:" cites the one named.
      const cited = s + 2 < n - 1 && toks[s].lower === "more" && toks[s + 1].lower === "from";
      // "From the report:", "More from Lind’s Facebook post:": the document the words are read from.
      const doc = cited ? documentSource(q, toks, s + 2, n - 1) : s + 1 < n - 1 && toks[s].lower === "from" ? documentSource(q, toks, s + 1, n - 1) : null;
      if (doc) return hit(doc, spanOf(toks[n - 1], toks[n - 1]), spanOf(toks[s], toks[n - 1]), R.colonName);
      if (cited) s += 2;
      if (s >= n - 1 || !toks[s].cap) return null;
      // Capitalised words only (a clause, "Lee lobbies for a higher wage:", is not a credit line).
      let depth = 0;
      for (let i = s; i < n - 1; i++) {
        const t = toks[i];
        if (t.text === "(") depth++;
        else if (t.text === ")") depth--;
        else if (depth === 0 && t.word && !t.cap && !NAME_GLUE.has(t.lower) && !roleWordBeforeName(toks, i)) return null;
      }
      const m = parseSubject(q.text, { start: toks[s].start, end: toks[n - 2].end });
      if (!m || (m.kind !== "name" && m.kind !== "organisation")) return null;
      // One capitalised word alone is as often a heading ("Update:", "Washington:"); it is a name
      // when the article names someone in full with it as the surname ("Jeb Bush … Bush: “…”"),
      // or a brand written in camel case ("HuffPollster:").
      if (!cited && m.kind === "name" && !m.title) {
        const words = tokenize(q.text, m.span).filter((t) => t.word);
        if (words.length < 2 && !(words.length === 1 && (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0].text) || surnameOfFullName(q.text, words[0].text)))) return null;
      }
      return hit(m, spanOf(toks[n - 1], toks[n - 1]), spanOf(toks[s], toks[n - 1]), R.colonName);
    },
  },
  {
    ...R.hereIsName,
    must: ["Here’s Ada Lind in December 1992: “Our new direction must rest on the port.”", "Here is Tom Reyes: “We will rebuild.”"],
    mustNot: ["Here’s a devilish hunch: “The port will close.”", "Here are three reasons: “Rain, rust and debt.”", "Here’s where they stand: “Nowhere.”"],
    match(q) {
      const toks = beforeWindow(q);
      const n = toks.length;
      if (n < 4 || toks[n - 1].text !== ":" || toks[0].text !== "Here") return null;
      const be = toks[1].text === "’s" || toks[1].text === "'s" || toks[1].lower === "is";
      if (!be || !toks[2].cap) return null;
      // The name runs to a time or place phrase ("in December 1992", "at the rally") or the colon.
      let e = 2;
      while (e < n - 1 && toks[e].word && toks[e].cap) e++;
      if (e < n - 1 && !HERE_ADVERBIAL.has(toks[e].lower)) return null;
      const m = parseSubject(q.text, spanOf(toks[2], toks[e - 1]));
      if (!m || m.kind !== "name" || m.type !== "person") return null;
      return hit(m, spanOf(toks[0], toks[1]), spanOf(toks[0], toks[n - 1]), R.hereIsName);
    },
  },
  {
    ...R.effectObjectColon,
    must: ["The timing of the surge doesn’t surprise pollster Ada Lind: “Late deciders always break this way.”", "What struck harbour master Tom Reyes: “Nobody asked the fishermen.”", "The closure worries Republican strategist Ada Lind: “We will lose the coast.”"],
    mustNot: ["The timing doesn’t surprise the harbour: “Late deciders always break this way.”", "The closure worries Ada Lind’s rivals: “We will lose the coast.”", "The closure worries Ada Lind, who told the council: “We will lose the coast.”", "The news surprised voters in Oakdale: “Who knew?”", "Tom Reyes was struck by one line: “Nobody asked the fishermen.”"],
    match(q) {
      const toks = beforeWindow(q);
      const n = toks.length;
      if (n < 3 || toks[n - 1].text !== ":") return null;
      // The verb stands a few words before the colon; only the object's words lie between.
      let v = n - 2;
      while (v > 0 && n - 1 - v <= 8 && !EFFECT_VERBS.has(toks[v].lower)) v--;
      if (!EFFECT_VERBS.has(toks[v].lower) || v >= n - 2) return null;
      // ("was struck by one line:": a passive names what struck, not whom.)
      if (toks[v + 1].lower === "by") return null;
      const object = spanOf(toks[v + 1], toks[n - 2]);
      const m = parseSubject(q.text, object);
      // A person named in full, with no clause or possessive after the name ("Lind’s rivals", "Lind, who told …").
      if (!m || m.kind !== "name" || m.type !== "person" || m.whole.end !== object.end) return null;
      for (let k = v + 1; k < n - 1; k++) if (isPossessive(toks[k]) || isCueVerb(toks, k)) return null;
      return hit(m, spanOf(toks[v], toks[v]), spanOf(toks[v], toks[n - 1]), R.effectObjectColon);
    },
  },
  {
    ...R.headingNameVerb,
    must: [
      LIST + "Ada Lind Asked Voters Everywhere To “Stay Home.”\n\nThe harbour master Ada Lind posted a message on Monday.",
      LIST + "Tom Reyes Explained Why He Felt “Invisible” As A Child.\n\nThe writer Tom Reyes grew up in Oakdale.",
    ],
    mustNot: [
      LIST + "Ada Lind Asked Voters To “Stay Home.”\n\nThe harbour master posted a message on Monday.",
      LIST + "Ada Lind asked voters to “stay home” on Monday, and the turnout fell.\n\nAda Lind spoke later.",
      LIST + "Ada Lind Won Her Seat As A “Port Candidate.”\n\nAda Lind spoke later.",
      LIST + "Oakdale Council Asked Voters To “Stay Home.”\n\nThe Oakdale Council met on Monday.",
    ],
    match(q) {
      const para = q.text.slice(q.para.start, q.para.end);
      if (para.length > 150 || para.includes("\n")) return null;
      const toks = tokenize(q.text, { start: q.para.start, end: q.outer.start });
      // A speech or request verb, in title case, right after a name of two to four words.
      let k = 2;
      while (k < toks.length && k <= 4 && !(toks[k].cap && HEADING_SPEECH_VERBS.has(toks[k].lower))) k++;
      if (k >= toks.length || k > 4) return null;
      for (let i = 0; i < k; i++) if (!toks[i].word || !toks[i].cap) return null;
      // Title case throughout: every word capitalised but a few short ones ("Lee Asked Men to “…”").
      for (const tk of toks) if (tk.word && !tk.cap && !TITLE_SMALL_WORDS.has(tk.lower)) return null;
      const m = parseSubject(q.text, spanOf(toks[0], toks[k - 1]));
      if (!m || m.kind !== "name" || m.type !== "person") return null;
      // Every word of a heading is capitalised, so the body must name the person as the heading does.
      const name = q.text.slice(m.span.start, m.span.end);
      if (!q.text.slice(q.para.end).includes(name)) return null;
      return hit(m, spanOf(toks[k], toks[k]), { start: q.para.start, end: q.para.end }, R.headingNameVerb);
    },
  },
  {
    ...R.headlineName,
    must: [
      "Lind: Port ‘will reopen by June’ after the floods.\n\nAda Lind, the harbour master, spoke on Monday.",
      "Ada Lind: Council is ‘asleep at the wheel’ on the port.\n\nThe harbour master, Ada Lind, spoke on Monday.",
    ],
    mustNot: [
      "Update: Port ‘will reopen by June’ after the floods.\n\nAda Lind, the harbour master, spoke on Monday.",
      "The Latest: Port ‘will reopen by June’ after the floods.\n\nAda Lind, the harbour master, spoke on Monday.",
      "The port is closed.\n\nLind: Port ‘will reopen by June’ after the floods.\n\nAda Lind spoke on Monday.",
      "Lind: Reyes says port ‘will reopen by June’ after the floods.\n\nAda Lind and Tom Reyes spoke on Monday.",
      "Harbor Report Faults Lind: Port ‘slipped through the cracks’.\n\nAda Lind, the harbour master, spoke on Monday.",
    ],
    match(q) {
      // The headline: the text's first paragraph, one short line.
      if (q.text.slice(0, q.para.start).trim() || q.para.end - q.para.start > 200 || q.text.slice(q.para.start, q.para.end).includes("\n")) return null;
      const m = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}):\s/u.exec(q.text.slice(q.para.start, q.outer.start));
      if (!m) return null;
      const nameSpan = { start: q.para.start, end: q.para.start + m[1].length };
      const src = parseSubject(q.text, nameSpan);
      // ("The Latest:", "The Fix:" are a column's labels; a person's name has no article.)
      if (!src || src.kind !== "name" || /^The /.test(m[1])) return null;
      // Headlines capitalise every word, so the body must name the person: in full with the one word
      // as surname ("Ada Lind … Lind:"; not a label, "Update:", "Poll:"), or as the headline does.
      const body = q.text.slice(q.para.end);
      const words = m[1].split(" ");
      if (words.length === 1 ? !surnameOfFullName(body, words[0]) : !body.includes(m[1])) return null;
      // A speech verb between the colon and the quote credits someone else ("Lind: Reyes says …").
      const between = tokenize(q.text, { start: nameSpan.end + 1, end: q.outer.start });
      if (hasCueVerbFrom(between, 0)) return null;
      return hit(src, { start: nameSpan.end, end: nameSpan.end + 1 }, { start: q.para.start, end: q.para.end }, R.headlineName);
    },
  },
  {
    ...R.asPutIt,
    must: [
      "The port, as Ada Lind put it, is “the beating heart of the town.”",
      "As Tom Reyes, the harbour master, puts it: “No ships, no town.”",
      "The fee is “a tax by another name,” as one trader put it.",
      "As Ada Lind, a historian at the harbour museum and the author of two books on the port and its trade, recently put it, “No ships, no town.”",
    ],
    mustNot: ["The port is “the beating heart of the town,” and the mayor put it on every poster.", "As the mayor put the plan to a vote, “the beating heart of the town” was in doubt."],
    match(q) {
      const before = beforeWindow(q);
      const after = afterWindow(q);
      if (!hasWord(before, "as") && !hasWord(after, "as")) return null;
      for (const toks of [before, after]) {
        for (let i = 0; i + 3 < toks.length; i++) {
          if (toks[i].lower !== "as") continue;
          // "as X put it", "as X puts it", "as X has put it": X runs from after "as" to the verb; a
          // name with its role between commas runs long ("As Ada Lind, a historian at … and the
          // author of …, recently put it").
          for (let v = i + 2; v + 1 < toks.length && v <= i + 32; v++) {
            if ((toks[v].lower !== "put" && toks[v].lower !== "puts") || toks[v + 1].lower !== "it") continue;
            let e = v;
            while (e > i + 1 && (BETWEEN.has(toks[e - 1].lower) || toks[e - 1].text === ",")) e--;
            // The comma that closes an appositive stays with X, so the name speaks and the
            // description is its role ("As Tom Reyes, the harbour master, puts it").
            const last = toks[e].text === "," && e < v ? toks[e] : toks[e - 1];
            const m = e > i + 1 ? parseSubject(q.text, spanOf(toks[i + 1], last)) : null;
            if (m) return hit(m, spanOf(toks[i], toks[v + 1]), spanOf(toks[i], toks[v + 1]), R.asPutIt);
            break;
          }
        }
      }
      return null;
    },
  },
  {
    ...R.inWords,
    must: ["They were used, in Sami’s words, as “human shields.”"],
    mustNot: ["They were used as “human shields.”"],
    match(q) {
      const toks = beforeWindow(q);
      for (let i = toks.length - 1; i >= 1; i--) {
        if (toks[i].lower !== "words" && toks[i].lower !== "phrase") continue;
        let j = i - 1;
        if (toks[j].lower === "own") j--;
        if (j < 0 || !/^['’]s?$/.test(toks[j].text)) continue;
        let k = j - 1;
        while (k > 0 && toks[k - 1].word && toks[k - 1].lower !== "in" && toks[k - 1].lower !== "to") k--;
        if (k < 0 || k > j - 1) continue;
        const m = parseSubject(q.text, { start: toks[k].start, end: toks[j - 1].end });
        if (m) return hit(m, spanOf(toks[k > 0 && toks[k - 1].lower === "in" ? k - 1 : k], toks[i]), spanOf(toks[k], toks[i]), R.inWords);
      }
      return null;
    },
  },
  {
    ...R.citedAuthor,
    must: ["It reminded her of a line from the poet Ana Reyes: “The sea keeps what it takes.”"],
    mustNot: ["He read a line from the report: “Losses were heavy.”", "She said one line from memory: “We stay.”"],
    match(q) {
      const toks = beforeWindow(q);
      const n = toks.length;
      // "… a line / the words / a verse (from|by|of) X: “…”" — X is a person's name.
      if (n < 4 || toks[n - 1].text !== ":") return null;
      for (let p = n - 3; p >= 1 && p >= n - 10; p--) {
        if (!CITED_PREPS.has(toks[p].lower) || !CITED_WORDS.has(toks[p - 1].lower)) continue;
        // The name may follow a description ("the beloved poet Ana Reyes"): it starts at the first capital.
        let c = p + 1;
        while (c < n - 1 && !/^\p{Lu}/u.test(toks[c].text)) c++;
        const m = c < n - 1 ? parseSubject(q.text, spanOf(toks[c], toks[n - 2])) : null;
        if (m && m.kind === "name") return hit(m, spanOf(toks[p - 1], toks[p]), spanOf(toks[p - 1], toks[n - 2]), R.citedAuthor);
        return null;
      }
      return null;
    },
  },
  {
    ...R.naming,
    must: ["The minister dubbed it “a fantasy.”"],
    mustNot: ["“Treason,” he thought."],
    match(q) {
      const toks = afterWindow(q);
      let from = 0;
      while (from < toks.length && !toks[from].word) from++;
      for (let v = from + 1; v < toks.length && v < from + 4; v++) {
        if (!NAMING_VERBS.has(toks[v].lower)) continue;
        const m = parseSubject(q.text, spanOf(toks[from], toks[v - 1]));
        if (m) return hit(m, spanOf(toks[v], toks[Math.min(v + 1, toks.length - 1)]), spanOf(toks[from], toks[toks.length - 1]), R.naming);
      }
      const before = beforeWindow(q);
      for (let v = before.length - 1; v >= 0 && v >= before.length - 4; v--) {
        if (!NAMING_VERBS.has(before[v].lower) || soCalled(before, v)) continue;
        const m = subjectBeforeVerb(q, before, 0, v) ?? localSubject(q, before, v) ?? subjectAfterWhat(q, before, v);
        if (m) return hit(m, spanOf(before[v], before[before.length - 1]), spanOf(before[v], before[before.length - 1]), R.naming);
      }
      return null;
    },
  },
  {
    ...R.sentenceVerb,
    must: [
      "Lena Park noted that she had waited at the station for most of the night, and “nobody came.”",
      "Ada Lind said the crews were tired, but as Tom Reyes went on about “the finest pier in the county,” the crowd left.",
      "Ada Lind said the crews were tired, but Tom Reyes went on to say that “the pier is ours.”",
      "The trouble with the pier, says Ada Lind, a historian at the harbour museum, is that it was “built for a smaller town.”",
    ],
    mustNot: [
      "The river rose and “nobody came.”",
      "The pier reopened on Monday. “We need you for the long run!” She replied to him that it was an honor.",
      "The storm went on to hit the pier, and “nobody came.”",
    ],
    match(q) {
      const toks = beforeWindow(q);
      for (let v = toks.length - 1; v >= 0; v--) {
        // "as Trump went on about “…”", "Lee went on to say that “…”": the phrase is the cue (the
        // "say" after "to" is none by itself), not an earlier speech verb of another clause.
        const going = goingOnAbout(toks, v);
        if (going >= 0 && !inOpeningTimeOrCondition(toks, v)) {
          const m = subjectBeforeVerb(q, toks, 0, v) ?? localSubject(q, toks, v) ?? leadingSubject(q, toks, v);
          if (m) return hit(m, spanOf(toks[v], toks[going]), spanOf(toks[v], toks[toks.length - 1]), R.sentenceVerb);
        }
        if (!isCueVerb(toks, v)) continue;
        if (inOpeningTimeOrCondition(toks, v)) continue;
        // "The trouble, says Ada Lind, a historian, is that it was “…”": a speech verb and its speaker
        // set off by commas inside the clause that holds the quote; the speaker vouches for the clause.
        const aside = parentheticalSpeaker(q, toks, v);
        if (aside) return hit(aside, cueExtent(toks, v), spanOf(toks[v], toks[toks.length - 1]), R.sentenceVerb);
        if (inClosedAside(toks, v)) continue;
        // "Lee praised Ann Ruiz, who has vowed to fight the “…”": the relative clause holds the verb and the quote.
        const rel = relativeClauseSource(q, toks);
        if (rel && rel.whole.start < toks[v].start) return hit(rel, cueExtent(toks, v), spanOf(toks[v], toks[toks.length - 1]), R.sentenceVerb);
        const m = withSubject(q, toks, v) ?? gerundSubject(q, toks, v) ?? speakerOfClauseBefore(q, toks, v) ?? subjectBeforeVerb(q, toks, 0, v) ?? localSubject(q, toks, v) ?? leadingSubject(q, toks, v);
        if (!m) continue;
        // "Lee said voters had told her that the plan was “…”": the earlier verb's subject reports it.
        const outer = outerReporter(q, toks, v, m);
        if (outer) return hit(outer.mention, cueExtent(toks, outer.verb), spanOf(toks[outer.verb], toks[toks.length - 1]), R.reportedInner);
        return hit(m, cueExtent(toks, v), spanOf(toks[v], toks[toks.length - 1]), R.sentenceVerb);
      }
      const after = afterWindow(q);
      let from = 0;
      while (from < after.length && !after[from].word) from++;
      // A quote that ends its sentence (“… tomorrow.” She says …) is not the object of the next one's verb.
      if (from < after.length && endsSentence(q) && /^\p{Lu}/u.test(after[from].text) && !endsBeforeClosers(q.text, q.span.start, q.span.end, isQuestionOrBang)) return null;
      for (let v = from + 1; v < after.length; v++) {
        if (!isCueVerb(after, v)) continue;
        // "“…,” a motto echoing the old campaign": a bare participle hangs on the noun before it.
        if (isBareParticiple(after, v)) continue;
        // "“Pier Days,” a memoir written by Ann Lee": the noun is what was written.
        if (isReducedPassive(after, v)) return null;
        // "“…,” Melanie said yes, yes, yes": the verb's object is its own answer, not the quote.
        if (ANSWER_WORDS.has(after[v + 1]?.lower ?? "")) return null;
        // "“…!” She replied to him that it was …": after a quote that ends its sentence, a verb with a
        // that-clause of its own reports that clause, not the quote. (Inside the sentence it may be the
        // quote's own: "Acknowledging that Lee “…,” though, Ruiz did suggest that …".)
        if (endsSentence(q) && thatComplement(after, v)) return null;
        // The nearest clause boundary before the verb starts its subject ("…” Palmyra, Omran explained).
        // "… has used “velvet gloves” in its dealings, said Ann Lee, an expert.": an inverted cue that
        // ends the sentence credits the whole sentence, the quote in it included.
        if (after[v - 1].text === "," && !/ing$/.test(after[v].lower) && v + 1 < after.length && after[v + 1].lower !== "to") {
          const src = parseInvertedSource(q.text, { start: after[v + 1].start, end: after[after.length - 1].end });
          if (src && src.kind !== "pronoun") return hit(src, spanOf(after[v], after[v]), spanOf(after[v], after[after.length - 1]), R.sentenceVerb);
        }
        let s = v - 1;
        while (s > from && after[s - 1].text !== "," && after[s - 1].text !== ";" && !DASHES.has(after[s - 1].text)) s--;
        // "… said she would “support the nominee” but “isn’t planning to endorse anyone,” while Ann Lee
        // suggested …": a clause that a contrast or cause opens after the quote has its own subject and
        // verb, which report its own content, not the quote before it.
        if (CONTRAST_OPENERS.has(after[s].lower) && !after[s].cap) return null;
        const m = subjectBeforeVerb(q, after, s, v);
        if (m) return hit(m, cueExtent(after, v), spanOf(after[s], after[after.length - 1]), R.sentenceVerb);
        return null;
      }
      return null;
    },
  },
  {
    ...R.colonIntro,
    must: ["Ruth Okafor told the council:\n\n“We cannot wait another winter.”", "Said the mayor:\n\n“We are ready.”", "And said the mayor:\n\n“We are ready.”", "On July 6, Ada Lind made the following comment:\n\n“The jobless rate is far too high.”", "Ada Lind then listed the three things a candidate needs:\n\n“Has the candidate a record of service?”"],
    mustNot: ["The report listed three causes:\n\n“Neglect, rain and bad luck.”", "The river rose over the following week:\n\n“Neglect, rain and bad luck.”"],
    match(q) {
      // Only a quote that opens its paragraph, after a paragraph that ends with a colon.
      for (let i = q.para.start; i < q.outer.start; i++) if (!/\s/.test(q.text[i])) return null;
      let c = q.para.start - 1;
      while (c >= 0 && /\s/.test(q.text[c])) c--;
      if (c < 0 || q.text[c] !== ":") return null;
      const all = tokenize(q.text, { start: Math.max(0, c - 300), end: c });
      let from = 0;
      for (let i = 0; i < all.length; i++) if (SENTENCE_END.has(all[i].text) || all[i].text === "…" || all[i].text === "”" || all[i].text === '"') from = i + 1;
      const toks = all.slice(from);
      // "Transcript as follows:", "Full text:": a label for the words of someone named before.
      if (isRecordLabel(toks)) return null;
      if (!toks.some((t, v) => isCueVerb(toks, v))) {
        // "On July 6, Lee made the following comment:" — no speech verb, but a speech noun and a
        // subject that can speak introduce the quote. "He then listed the qualities he wants:" — a
        // person (a name or a personal pronoun) whose sentence ends on the colon does too.
        const m = clauseSubject(q, toks);
        if (!m || !canSpeak(q, m)) return null;
        if (toks.some((t) => SPEECH_NOUNS.has(t.lower)) || m.kind === "pronoun" || m.kind === "name") return hit(m, predicateCue(toks, m.whole.end) ?? m.span, { start: toks[0].start, end: c }, R.colonIntro);
        return null;
      }
      for (let v = toks.length - 1; v >= 0; v--) {
        if (!isCueVerb(toks, v)) continue;
        const clause = { start: toks[0].start, end: c };
        // "Said the mayor:", "And said the mayor:": the verb opens the sentence and its speaker
        // follows; "He told his audience, to loud applause:" has its subject before the verb.
        if ((v === 0 || (v === 1 && OPENING_CONJUNCTIONS.has(toks[0].lower))) && v + 1 < toks.length) {
          const m = parseInvertedSource(q.text, { start: toks[v + 1].start, end: toks[toks.length - 1].end });
          if (m) return hit(m, cueExtent(toks, v), clause, R.colonIntro);
        }
        const m = subjectBeforeVerb(q, toks, 0, v) ?? leadingSubject(q, toks, v);
        if (m) return hit(m, cueExtent(toks, v), clause, R.colonIntro);
        return null;
      }
      return null;
    },
  },
  {
    // Before the agentless passive: the same frame, with its agent named.
    ...R.passiveAgent,
    must: [
      "The plan was often labeled as a “land grab” by Democrats on the council.",
      "The tax has been called “a gift to the rich” by Ada Lind, a professor at Oakdale College.",
      "The pier came to be known by some sailors as “the old lady of the bay, who never sleeps.”",
    ],
    mustNot: [
      "The plan was called a “land grab” by the time the vote came.",
      "The town held what is called a “harvest parade” every October.",
      "Ada Lind called the plan a “land grab” by the river.",
      "The pier was known by the name of “old lady” for years.",
    ],
    match(q) {
      const m = passiveAgentOf(q);
      return m ? hit(m.agent, m.cue, spanOf(m.from, m.to), R.passiveAgent) : null;
    },
  },
  {
    ...R.agentlessPassive,
    noSpeaker: true,
    must: [
      "The town held what is called a “harvest parade” every October.",
      "Ada Lind was asked about the “closed port” at the meeting.",
      "The new fund will informally be dubbed the “Save the Pier Fund” and will open in May.",
      "The mayor was said to be “furious” with the board.",
    ],
    mustNot: [
      "Ada Lind called the plan a “harvest parade” at the meeting.",
      "The plan was called a “harvest parade” by Ada Lind.",
      "Ada Lind said the plan is called a “harvest parade” in the town.",
      "The mayor was furious at the “closed port” plan.",
    ],
    match(q) {
      const toks = beforeWindow(q);
      const b = agentlessPassiveAt(toks);
      // "… was called a “…” by Ada Lind": the agent comes after the quote.
      if (b < 0 || afterWindow(q).find((t) => t.word)?.lower === "by") return null;
      return hit(null, spanOf(toks[b], toks[toks.length - 1]), spanOf(toks[0], toks[toks.length - 1]), R.agentlessPassive);
    },
  },
  {
    ...R.frontedParticiple,
    must: ["After calling the plan “a disgrace,” Ada Lind left the room.", "While insisting the pier was “safe,” the mayor closed it.", "Ada Lind spoke first. After saying the pier was “safe,” she was taken to the hospital."],
    mustNot: [
      "After the vote, the mayor called the plan “a disgrace,” and Ada Lind left the room.",
      "After calling the plan “a disgrace” the council voted.",
      "After walking past the sign that read “Closed,” Ada Lind left the room.",
    ],
    match(q) {
      // "After saying her foot was “…,” she was taken …": the quote stands in a participle's phrase
      // of saying or naming that opens the sentence; the phrase's subject is the main clause's, after it.
      const before = beforeWindow(q);
      const i = before.length > 0 && FRONTING_SUBORDINATORS.has(before[0].lower) ? 1 : 0;
      const p = before[i];
      if (!p || !p.word || !p.lower.endsWith("ing") || !(SPEECH_VERBS.has(p.lower) || NAMING_VERBS.has(p.lower))) return null;
      // The phrase runs to the quote: no comma closes it before, no other verb of saying or naming in it.
      for (let k = i + 1; k < before.length; k++) if (before[k].text === "," || before[k].text === ";" || isCueVerb(before, k) || NAMING_VERBS.has(before[k].lower)) return null;
      // It closes with a comma after the words, inside or outside the marks.
      if (!endsBeforeClosers(q.text, q.span.start, q.span.end, isComma) && q.text[q.outer.end] !== ",") return null;
      const after = afterWindow(q);
      let from = 0;
      while (from < after.length && !after[from].word) from++;
      const e = mainSubjectEnd(after, from);
      if (e <= from || e >= after.length || !after[e].word || after[e].cap) return null;
      const m = parseSubject(q.text, spanOf(after[from], after[e - 1]));
      if (!m || !canSpeak(q, m)) return null;
      return hit(m, spanOf(p, p), spanOf(before[0], after[e]), R.frontedParticiple);
    },
  },
  {
    ...R.sentenceSubject,
    must: [
      "Nadia Orsk likened the budget to “a bucket with a hole in the bottom of it.”",
      "The union leader blasted the plan as “theft from the people who can least afford it.”",
      "After the vote, Councillor Bram Dee, the head of the finance panel, lauded the mayor for “keeping steady hands on the wheel all year.”",
      "9:40 a.m. Nadia Orsk is backing lower fees and “jobs for every family in the valley.”",
      "Bram Dee contrasted that with Nadia Orsk who is looking to bring “people together to fix the pier.”",
      "The fund cut its forecast. Although the fund named no one, it referenced “political tensions” in rich states.",
      "The fund cut its forecast. It cited “political tensions” in rich states.",
    ],
    mustNot: [
      "The bridge was rebuilt after “the great flood that took the old one away in the spring.”",
      "The fund cut its forecast. Although the fund named no one, it seemed “political tensions” were to blame.",
      "The timing of the vote surprised those who had called it “a done deal from the very first day.”",
      "It is strange that the council would reject “a plan that everyone had already agreed on.”",
    ],
    match(q) {
      const toks = beforeWindow(q);
      // (Two words only as "It cited “…”": see itUsesWords.)
      if (toks.length < 3 && !(toks.length === 2 && toks[0].lower === "it")) return null;
      const main = clauseSubject(q, toks);
      // "Graham contrasted that with Clinton who is looking to bring “…”": the relative clause's pronoun.
      // ("… an interview, in which Clinton expressed confidence that it would not be “…”": a
      // relative clause opened by a preposition and "which", with its own subject.)
      // ("…, an incident Trump brought up as “…”": a relative clause without "that" has its own subject.)
      const rel = relativeClauseSource(q, toks) ?? prepositionalRelativeSource(q, toks) ?? contactRelativeSource(q, toks);
      // "That prompted Rubio to … call Trump “…”": the one made to act is the infinitive's subject.
      const causee = rel ? null : causeeBefore(q, toks);
      const m = rel ?? causee ?? (main && (laterPronounFor(q, toks, main) ?? laterCoordinateSubject(q, toks, main))) ?? main ?? pronounClauseSubject(q, toks);
      if (!m || !(canSpeak(q, m) || itUsesWords(q.text, toks, m)) || closedByMark(q.text, m.span.end)) return null;
      return hit(m, predicateCue(toks, m.whole.end) ?? m.span, spanOf(toks[0], toks[toks.length - 1]), R.sentenceSubject);
    },
  },
  {
    ...R.coordinateBefore,
    must: ["Ada Lind said the pier was safe, and her husband cut in. “We waited ten years for it.”", "Tom Reyes sat down, but Ada Lind shot back. “That is not true.”"],
    mustNot: [
      "Ada Lind said the pier was safe, and her husband cut in line. “We waited ten years for it.”",
      "Ada Lind said the pier was safe, and the rain fell. “We waited ten years for it.”",
      "Ada Lind said the pier was safe, and the old pier shot back up. “We waited ten years for it.”",
    ],
    match(q) {
      if (beforeWindow(q).length > 0) return null;
      const from = Math.max(q.prevQuoteEnd, q.para.start);
      let e = q.outer.start;
      while (e > from && /\s/.test(q.text[e - 1])) e--;
      if (e - from < 8 || e - from > 400 || q.text[e - 1] !== ".") return null;
      const toks = sentenceTail(q.text, { start: from, end: e - 1 });
      const n = toks.length;
      // The last coordinate clause: ", and" or ", but" and at most six words before the verb.
      let k = n - 2;
      while (k >= 1 && n - k <= 9 && !(COORDINATE_JOINS.has(toks[k].lower) && toks[k - 1].text === ",")) k--;
      if (k < 1 || n - k > 9 || !COORDINATE_JOINS.has(toks[k].lower)) return null;
      // The clause ends on its verb ("agreed") or a phrasal speech verb ("cut in", "shot back").
      const phrasal = n - 2 > k + 1 && isPhrasalSpeechVerb(toks[n - 2].lower, toks[n - 1].lower);
      const v = phrasal ? n - 2 : n - 1;
      if (v <= k + 1 || (!phrasal && !isCueVerb(toks, v))) return null;
      for (let i = k + 1; i < v; i++) if (!toks[i].word) return null;
      const m = parseSubject(q.text, spanOf(toks[k + 1], toks[v - 1]));
      if (!m || !canSpeak(q, m)) return null;
      return hit(m, spanOf(toks[v], toks[n - 1]), spanOf(toks[k + 1], toks[n - 1]), R.coordinateBefore);
    },
  },
  {
    ...R.sentenceBefore,
    must: ["The hall went quiet. Ada Lind turned to the mayor. “Why did you sell the pier?”", "The hall went quiet. Ada Lind agreed. “We will rebuild the pier.”", "The pier is old. The mayor later told the board that the money was gone. “We will rebuild it all the same.”"],
    mustNot: [
      "The hall went quiet. The rain kept falling. “Why did you sell the pier?”",
      "“We will rebuild,” Ada Lind said. “The town deserves it.”",
      "“We will rebuild,” Ada Lind said. The town may wait for the money, Tom Reyes said. “The pier comes first.”",
      "“The towns are small,” Ada Lind said. They also lie far from the city. “That is a tough area.”",
      "The hall went quiet. Telling the board about it, Ada Lind wept. “We will rebuild the pier.”",
    ],
    match(q) {
      if (beforeWindow(q).length > 0) return null;
      const s = sentenceBeforeSubject(q.text, { start: Math.max(q.prevQuoteEnd, q.para.start), end: q.outer.start }, false, q.scare);
      if (!s) return null;
      // A sentence with a speech verb reports speech ("…, Schiff said.", "said Jeff Patch, an
      // operative."): the quotes around it carry that speaker on, as the second pass does.
      // "Ann Lee agreed. “…”", "The mayor further related that …. “…”": a sentence whose own
      // subject speaks (its verb, right after it, is a speech verb) quotes no one else either.
      const toks = tokenize(q.text, s.clause);
      let v = 0;
      while (v < toks.length && toks[v].start < s.mention.whole.end) v++;
      // "Ann Lee, the mayor's spokeswoman, said in a statement. “…”": the comma that closes the
      // appositive stands between the subject and its verb.
      if (s.mention.role && v < toks.length && toks[v].text === ",") v++;
      while (v < toks.length && !toks[v].cap && (BETWEEN.has(toks[v].lower) || isLyAdverb(toks[v].lower))) v++;
      // (Not the attribution that ends the quote before it: “…,” Lee said. “…” is the second pass's.)
      const afterQuote = q.prevQuoteEnd > q.para.start && /^[\s,]*$/.test(q.text.slice(q.prevQuoteEnd, s.clause.start));
      const ownVerb = !afterQuote && toks[0].cap && v < toks.length && isCueVerb(toks, v) && !/ing$/.test(toks[v].lower);
      for (let i = 0; i < toks.length; i++) if (i !== v && isCueVerb(toks, i)) return null;
      if (!ownVerb && v < toks.length && isCueVerb(toks, v)) return null;
      return hit(s.mention, ownVerb ? spanOf(toks[v], toks[v]) : predicateCue(toks, s.mention.whole.end) ?? s.mention.span, s.clause, R.sentenceBefore);
    },
  },
];

// Words that join a coordinate clause of its own subject after a comma.
const COORDINATE_JOINS: ReadonlySet<string> = new Set(["and", "but"]);

/**
 * "A few days ago in an interview he blasted the media for being “…”": when the sentence does not
 * open with its subject, a personal pronoun followed by a past form is the subject of the clause
 * that holds the quote (the last such pair before it).
 */
function pronounClauseSubject(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  for (let j = toks.length - 2; j >= 0; j--) {
    if (!SUBJECT_PRONOUNS.has(toks[j].lower)) continue;
    // "… and that she has learned": the subject of reported content is not its source (whoever
    // reports it is); an adverbial clause's subject may be ("after she blamed … on “…”").
    if (j > 0 && toks[j - 1].lower === "that") return null;
    let k = j + 1;
    while (k < toks.length && (BETWEEN.has(toks[k].lower) || isLyAdverb(toks[k].lower))) k++;
    if (k < toks.length && isFiniteVerbLike(toks[k])) return parseSubject(q.text, spanOf(toks[j], toks[j]));
    return null;
  }
  return null;
}

/** The verb at v takes a that-clause: "that" right after it, or after "to" and up to two words ("replied to him that"). */
function thatComplement(toks: readonly Tok[], v: number): boolean {
  if (toks[v + 1]?.lower === "that") return true;
  if (toks[v + 1]?.lower !== "to") return false;
  for (let k = v + 2; k < toks.length && k <= v + 4; k++) {
    if (toks[k].lower === "that") return true;
    if (!toks[k].word) return false;
  }
  return false;
}

// What opens a coordinate clause with a subject of its own: "but" or "and" after a comma or a dash.
// ("while" and "whereas" after a comma contrast two subjects the same way: "Lee signed an order,
// while Ann Ruiz, the mayor, urged “…”".)
const COORDINATE_OPENERS: ReadonlySet<string> = new Set(["but", "and", "yet", "while", "whereas"]);

// Prepositions of a short time phrase that may open a coordinate clause before its subject.
const CLAUSE_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "in", "on", "after", "during", "by"]);
// What starts the subject after that phrase: a determiner or possessive (a capital does too).
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "our"]);

/**
 * "…, and at one point the crowd reprised …": where the clause's subject starts after a short phrase
 * of a preposition and up to two lower-case words or numbers with no comma; else `s` itself.
 */
function afterOpeningPhrase(toks: readonly Tok[], s: number): number {
  if (!CLAUSE_TIME_PREPOSITIONS.has(toks[s]?.lower ?? "")) return s;
  for (let k = s + 2; k < toks.length && k <= s + 3; k++) {
    const t = toks[k];
    if (t.word && (t.cap || SUBJECT_DETERMINERS.has(t.lower))) return k;
    if (!t.word || t.cap) return s;
  }
  return s;
}

/**
 * "Lee proposed a debate on May 4 - but the Reyes campaign rejected the idea as “…”": when the
 * quote sits in a later clause joined by "but"/"and"/"yet" after a comma or a dash, and that clause
 * opens with a noun-phrase subject and its verb, that subject is the source, not the first one.
 */
function laterCoordinateSubject(q: QuoteContext, toks: readonly Tok[], main: Mention): Mention | null {
  for (let j = toks.length - 3; j >= 1; j--) {
    if (toks[j].start < main.whole.end) return null;
    if (!COORDINATE_OPENERS.has(toks[j].lower)) continue;
    const before = toks[j - 1].text;
    if (before !== "," && before !== "-" && before !== "—" && before !== "–") continue;
    const m = clauseSubject(q, toks.slice(afterOpeningPhrase(toks, j + 1)));
    if (!m || m.kind === "pronoun" || !canSpeak(q, m)) return null;
    // A bare capitalised subject is as often a place ("…, and New York has several key ones"): only a
    // person or organisation noun for a head, or a name with a title, takes the quote from the first subject.
    const head = tokenize(q.text, m.span).filter((t) => t.word).pop();
    // A name with an appositive role ("Ann Ruiz, the former mayor,") is a person too.
    if (!head || !(PERSON_NOUNS.has(head.lower) || ORG_WORDS.has(head.lower) || GATHERINGS.has(head.lower) || m.title || (m.kind === "name" && m.role))) return null;
    return m;
  }
  return null;
}

// Conjunctions after which a later clause with its own subject holds the quote.
const LATER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["although", "though", "while", "whereas", "because", "since", "when", "after", "before", "until", "once", "if"]);

/**
 * "Lee backed the deal, although she said she has “serious concerns”": when the quote sits in a
 * later clause opened by a conjunction and that clause has a pronoun subject with a finite verb,
 * the pronoun is the source as written (the sentence's first subject is often the same person,
 * or another one: "Ryan praised the bill, though he warned of “…”").
 */
function subordinatePronounSubject(q: QuoteContext, toks: readonly Tok[]): Tok | null {
  for (let j = toks.length - 2; j >= 2; j--) {
    if (!SUBJECT_PRONOUNS.has(toks[j].lower)) continue;
    // "… although she made it clear that she has “…”": the subject of a that-clause is reported
    // content; the clause that holds it is further back.
    if (toks[j - 1].lower === "that") continue;
    if (!LATER_CLAUSE_OPENERS.has(toks[j - 1].lower)) return null;
    let k = j + 1;
    while (k < toks.length && (BETWEEN.has(toks[k].lower) || isLyAdverb(toks[k].lower))) k++;
    return k < toks.length && isFiniteVerbLike(toks[k]) ? toks[j] : null;
  }
  return null;
}

/**
 * The sentence's subject with the later clause's pronoun as the source as written, when the
 * pronoun agrees with it ("Ann Lee backed the deal, although she said …": Lee, written "she");
 * null when there is no such pronoun or it cannot refer to the subject.
 */
function laterPronounFor(q: QuoteContext, toks: readonly Tok[], main: Mention): Mention | null {
  const p = subordinatePronounSubject(q, toks);
  if (!p || main.kind === "pronoun") return null;
  const singular = p.lower === "he" || p.lower === "she";
  if (!singular || main.plural || main.kind !== "name" && main.kind !== "description") return null;
  const g = p.lower === "he" ? "m" : "f";
  if (main.gender !== g && main.gender !== null) return null;
  const at = spanOf(p, p);
  return remadeMention(main, { role: null, whole: at });
}

// Conjunctions that open a time, condition or concession clause before the main clause. Not "as":
// "As Lee pointed out, the plan is “…”" names the quote's source.
const TIME_OR_CONDITION_OPENERS: ReadonlySet<string> = new Set(["when", "while", "if", "although", "though", "because", "since", "until", "before", "after", "once", "whenever"]);

/**
 * "When Lee announced the plan in May, she called it “a new start.”": a speech verb inside a
 * sentence-opening time or condition clause, closed by a comma before the quote, reports an
 * earlier event; the main clause after the comma holds the quote.
 */
function inOpeningTimeOrCondition(toks: readonly Tok[], v: number): boolean {
  if (toks.length === 0 || !TIME_OR_CONDITION_OPENERS.has(toks[0].lower)) return false;
  for (let i = 1; i < v; i++) if (toks[i].text === "," || toks[i].text === ";" || DASHES.has(toks[i].text)) return false;
  for (let i = v + 1; i < toks.length - 1; i++) if (toks[i].text === ",") return true;
  return false;
}

const BE_FORMS: ReadonlySet<string> = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const PASSIVE_NAMING: ReadonlySet<string> = new Set(["called", "dubbed", "labeled", "labelled", "nicknamed", "termed", "branded", "named", "known", "described", "referred", "marked"]);

/**
 * Where an agentless passive of naming or asking that ends right before the quote starts (its
 * form of "be"), or -1: "what is called a", "will informally be dubbed the", "was asked about
 * the", "was said to be". Not when a speech verb earlier in the sentence names who spoke.
 */
function agentlessPassiveAt(toks: readonly Tok[]): number {
  let k = toks.length - 1;
  if (k >= 0 && (toks[k].lower === "a" || toks[k].lower === "an" || toks[k].lower === "the")) k--;
  if (k >= 0 && (toks[k].text === "," || toks[k].text === ":")) k--;
  let v: number;
  if (k >= 2 && toks[k].lower === "be" && toks[k - 1].lower === "to" && toks[k - 2].lower === "said") v = k - 2;
  else {
    if (k >= 0 && toks[k].lower === "as") k--;
    if (k >= 0 && toks[k].lower === "to" && toks[k - 1]?.lower === "referred") k--;
    if (k >= 0 && toks[k].lower === "about" && toks[k - 1]?.lower === "asked") k--;
    if (k < 0 || (!PASSIVE_NAMING.has(toks[k].lower) && toks[k].lower !== "asked")) return -1;
    v = k;
  }
  let b = v - 1;
  while (b >= 0 && !toks[b].cap && (isLyAdverb(toks[b].lower) || BETWEEN.has(toks[b].lower))) b--;
  if (b < 0 || !BE_FORMS.has(toks[b].lower)) return -1;
  if (hasCueVerbFrom(toks.slice(0, b), 0)) return -1;
  return b;
}

// Words that end a passive's agent after "by" ("by Democrats on the council", "by Ada Lind, a professor").
const AGENT_STOPS: ReadonlySet<string> = new Set([",", ";", ":", "—", "–", "-", "(", "in", "on", "at", "during", "for", "as", "because", "who", "which", "when", "after", "before", "since", "while", "to", "over", "from", "with", "that"]);

/** The agent from `from` in toks: the words up to the first stop, read as a subject that can speak. */
function agentAt(q: QuoteContext, toks: readonly Tok[], from: number): Mention | null {
  let e = from;
  while (e < toks.length && !AGENT_STOPS.has(toks[e].lower)) e++;
  if (e === from) return null;
  const m = parseSubject(q.text, spanOf(toks[from], toks[e - 1]));
  return m && m.kind !== "pronoun" && canSpeak(q, m) ? m : null;
}

/**
 * A passive naming verb that frames the quote with its agent: “…” right after "(was) called (a)",
 * "labeled as (a)", with "by X" right after it, or "known by X as (a)" right before it. The agent
 * is the one whose words they are.
 */
function passiveAgentOf(q: QuoteContext): { agent: Mention; cue: Span; from: Tok; to: Tok } | null {
  const toks = beforeWindow(q);
  let k = toks.length - 1;
  if (k >= 0 && (toks[k].lower === "a" || toks[k].lower === "an" || toks[k].lower === "the")) k--;
  const as = k >= 0 && toks[k].lower === "as";
  if (as) k--;
  if (k < 0) return null;
  // "known by some sailors as the “…”": the agent between "by" and "as".
  if (as) {
    for (let b = k; b >= 1 && b >= k - 8; b--) {
      if (toks[b].lower !== "by") continue;
      if (!PASSIVE_NAMING.has(toks[b - 1].lower) || b === k) return null;
      const agent = agentAt(q, toks.slice(0, k + 1), b + 1);
      return agent && agent.whole.end === toks[k].end ? { agent, cue: spanOf(toks[b - 1], toks[b]), from: toks[b - 1], to: toks[toks.length - 1] } : null;
    }
  }
  if (!PASSIVE_NAMING.has(toks[k].lower)) return null;
  // "was labeled “…” by Democrats": the agent right after the quote.
  const after = afterWindow(q);
  let f = 0;
  while (f < after.length && !after[f].word) f++;
  if (after[f]?.lower !== "by") return null;
  const agent = agentAt(q, after, f + 1);
  return agent ? { agent, cue: spanOf(toks[k], toks[k]), from: toks[k], to: after[after.length - 1] } : null;
}

/** Somewhere in the text a capitalised word stands right before `word` ("Jeb Bush" for "Bush"). */
function surnameOfFullName(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const e = i + word.length;
    if (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!)) continue;
    if (i < 3 || text[i - 1] !== " ") continue;
    let b = i - 1;
    while (b > 0 && /[\p{L}.'’-]/u.test(text[b - 1]!)) b--;
    if (b < i - 2 && /^\p{Lu}/u.test(text[b]!) && !NOT_NAMES.has(text.slice(b, i - 1).toLowerCase())) return true;
  }
  return false;
}

// Verbs whose subject uses the words in marks: speech, naming, referring and judging ("it said",
// "it called …", "it referenced “…”", "it blasted …").
const WORD_USING_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...NAMING_VERBS, ...REFERRING_VERBS, ...JUDGING_VERBS]);

/**
 * "Although the IMF did not single out Trump's proposals, it referenced “political tensions”": "it"
 * right before a verb of using words is an organisation or a document speaking (resolved like any
 * pronoun; canSpeak turns "it" away elsewhere, where it is mostly no one: "it seemed “…”").
 */
function itUsesWords(text: string, toks: readonly Tok[], m: Mention): boolean {
  if (m.kind !== "pronoun" || m.span.end - m.span.start !== 2 || text.slice(m.span.start, m.span.end).toLowerCase() !== "it") return false;
  const next = toks.find((t) => t.start >= m.whole.end && t.word);
  return next !== undefined && WORD_USING_VERBS.has(next.lower);
}
