import { afterWindow, beforeWindow, endsBeforeClosers, endsSentence, hit, isComma, isCommaQuestionOrBang, isQuestionOrBang, R, type CueRule, type QuoteContext } from "./cue-context.js";
import { adjacentSource, canSpeak, outerReporter, subjectBeforeVerb } from "./cue-subjects.js";
import { ANSWER_WORDS, BETWEEN, CONTRAST_OPENERS, COORDINATORS, cueExtent, DASHES, DETERMINER_WORDS, hasCueVerbFrom, hasWord, isBareParticiple, isCueVerb, isReducedPassive, isModifierLike, OPENING_CONJUNCTIONS, PASSIVE, RELATIVE_SOURCE, spanOf, SPEECH_NOUNS, SUBJECT_PRONOUNS } from "./cue-words.js";
import { TIME_NOUNS } from "../extract/time-phrase.js";
import type { Span } from "../model/index.js";
import { NAMING_VERBS, saidThingAt } from "../extract/lexicon.js";
import { isLyAdverb, ORG_WORDS, PERSON_NOUNS } from "./lexicon.js";
import { foreignInvertedSource, foreignSourceBefore } from "./foreign-source.js";
import { isFiniteVerbLike, loneNameBeforeCue, parseInvertedSource, parseSubject, remadeMention, type Mention } from "./mention.js";
import { isPossessive as isPossessiveTok, type Tok } from "./tokens.js";
import { voicesOfAt } from "./voices-of.js";

/**
 * The first part of the cue-rule table (see CUE_RULES in cues.ts), rows 1-11: a transcript label, the
 * frames that come before any speech verb (an opening poll, an opening question, "according to", "X
 * reported"), the speech verb right after the quote, a possessor's words ("X's claim that"), and the
 * speech verb right before the quote with its speaker. With the helpers only these rows use.
 */

/**
 * “We won.” Trump said. — after a quote that ends its sentence, a short clause whose cue verb is
 * its last word has no object of its own: the quote before it is what was said.
 */
function closesOnCue(toks: readonly Tok[], from: number): boolean {
  const v = toks.length - 1;
  if (!(v > from && v - from <= 5 && isCueVerb(toks, v) && !/ing$/.test(toks[v].lower))) return false;
  // "Lee said she agreed.": a cue verb before the last one makes the last its complement's.
  for (let k = from; k < v; k++) if (isCueVerb(toks, k)) return false;
  return true;
}

// Nouns for voices that are no one's words in particular ("came shouts", "came a chorus of boos").
const VOICE_NOUNS: ReadonlySet<string> = new Set([
  "shout", "shouts", "cry", "cries", "chant", "chants", "call", "calls", "yell", "yells", "scream", "screams",
  "voice", "voices", "chorus", "roar", "boos", "jeers", "heckles", "cheers",
]);

/**
 * “…,” came shouts from the crowd; “…,” came a chorus of boos from the audience; “…,” came the cry:
 * “came” right after the quote, a noun for voices (after an article and up to two modifiers, or
 * "a chorus of"), and what the voices came from when that can speak (a crowd, delegates); null when
 * the words after the quote are no such frame. ("came the reply from Ann Lee" is a person's reply,
 * left to the other rows.)
 */
function cameVoicesAt(q: QuoteContext, toks: readonly Tok[]): { from: Mention | null; cue: Span; clause: Span } | null {
  if (toks.length < 2 || (toks[0].lower !== "came" && toks[0].lower !== "comes")) return null;
  let k = 1;
  if (toks[k].lower === "a" || toks[k].lower === "the") k++;
  let voice = -1;
  for (let n = 0; k < toks.length && n < 4; k++, n++) {
    const t = toks[k];
    if (!t.word || t.cap) return null;
    if (VOICE_NOUNS.has(t.lower)) {
      voice = k;
      // "a chorus of boos": the voices go on after "of".
      if (toks[k + 1]?.lower === "of" && VOICE_NOUNS.has(toks[k + 2]?.lower ?? "")) k += 2;
      k++;
      break;
    }
  }
  if (voice < 0) return null;
  const cue = spanOf(toks[0], toks[k - 1]);
  if (toks[k]?.lower !== "from" || k + 1 >= toks.length) return { from: null, cue, clause: spanOf(toks[0], toks[k - 1]) };
  let e = k + 1;
  while (e < toks.length && toks[e].text !== "," && e - k <= 8) e++;
  const clause = spanOf(toks[0], toks[e - 1]);
  const m = parseSubject(q.text, spanOf(toks[k + 1], toks[e - 1]));
  return { from: m && m.kind !== "pronoun" && canSpeak(q, m) ? m : null, cue, clause };
}

/** A speech verb among the last words before the quote, in its sentence (what beforeAdjacent reads). */
function beforeCueVerb(q: QuoteContext): boolean {
  const toks = beforeWindow(q);
  if (toks.length < 2) return false;
  for (let v = toks.length - 1; v >= 0 && v >= toks.length - 9; v--) {
    if (toks[v].text === "." || toks[v].text === "“" || toks[v].text === '"') return false;
    if (isCueVerb(toks, v)) return true;
  }
  return false;
}

/**
 * "Pollsters agree - Ada Lind: “…”": a heading, a dash, then only capitalised words and a colon
 * before the quote: a credit line (the name-colon rule's), whatever verb the heading has.
 */
function creditAfterDash(toks: readonly Tok[]): boolean {
  const n = toks.length;
  if (n < 4 || toks[n - 1].text !== ":") return false;
  let d = n - 2;
  while (d >= 0 && toks[d].word && toks[d].cap) d--;
  return d >= 1 && d < n - 2 && DASHES.has(toks[d].text);
}

// Conjunctions that open a subordinate clause before the main one ("After Lee said …, Reyes said").
const FRONTED_OPENERS: ReadonlySet<string> = new Set(["after", "when", "before", "while", "although", "though", "since", "because", "once", "until", "whereas"]);

/**
 * "After Lee said that students might do better at “less advanced schools,” Reyes said: …": the
 * quote stands inside a subordinate clause that opens the sentence, with a subject and a speech
 * verb of its own, and no comma has closed that clause before the quote. The cue after the quote
 * then opens the main clause and reports something else.
 */
function insideFrontedClause(q: QuoteContext): boolean {
  const toks = beforeWindow(q);
  // ("But even as Lee claimed that “…,” Reyes said": a conjunction, then "even" before "as".)
  let o = 0;
  if (toks.length > 1 && OPENING_CONJUNCTIONS.has(toks[0].lower)) o++;
  const even = toks[o]?.lower === "even";
  if (even) o++;
  if (toks.length < o + 3 || !(FRONTED_OPENERS.has(toks[o].lower) || (even && toks[o].lower === "as"))) return false;
  let verb = false;
  for (let v = o + 1; v < toks.length; v++) {
    // (A comma or colon right after the clause's cue verb introduces the quote: "When someone in
    // the audience shouted, “Cruz,” Beck joked".)
    const introduces = v === toks.length - 1 && (toks[v].text === "," || toks[v].text === ":") && isCueVerb(toks, v - 1);
    if ((toks[v].text === "," || toks[v].text === ";" || DASHES.has(toks[v].text)) && !introduces) return false;
    if (v >= o + 2 && !verb && isCueVerb(toks, v)) verb = true;
  }
  return verb;
}

// Particles of phrasal speech verbs ("shot back", "cut in", "chimed in", "piped up").
const SPEECH_PARTICLES: ReadonlySet<string> = new Set(["back", "in", "up"]);
// Verbs that "on" makes a speech verb ("she went on", "he goes on"): "signed on" says nothing.
const ON_VERBS: ReadonlySet<string> = new Set(["went", "goes"]);
const AFTER_PARTICLE_OK: ReadonlySet<string> = new Set([",", "with", "at", "to", "from", "again", "angrily", "quickly"]);

/** "…,” Bennett shot back with a laugh.": a particle that ends the verb's clause or leads to an adverbial. */
function particleEnds(toks: readonly Tok[], i: number): boolean {
  if (!SPEECH_PARTICLES.has(toks[i].lower) && !(toks[i].lower === "on" && ON_VERBS.has(toks[i - 1]?.lower ?? ""))) return false;
  return i + 1 === toks.length || AFTER_PARTICLE_OK.has(toks[i + 1].text) || AFTER_PARTICLE_OK.has(toks[i + 1].lower);
}

// Words that may open a question clause before "asked" ("When asked whether …").
const ASKED_LEADS: ReadonlySet<string> = new Set(["when", "after", "once", "if", "being"]);
// Words that end the asker's name after "Asked by" ("Asked by Lee whether …", "by a reporter about …").
const ASKED_BY_STOPS: ReadonlySet<string> = new Set(["if", "whether", "about", "to", "why", "what", "how", "when", "where", "who", "which", "for", "on", "at", "during", "in", "after", "last", "this", "earlier"]);

/**
 * "Asked whether Lee “…”, 60 percent said yes", "When asked by Lee if the plan “…”": the quote stands
 * inside a question clause that opens its sentence (no comma, colon or speech verb between "asked"
 * and the quote, nor a noun for someone's words, which would quote them instead). The index of
 * "asked" in the before-window, or -1.
 */
function openingQuestionAt(toks: readonly Tok[]): number {
  const passive = passiveAskedRightBefore(toks);
  if (passive >= 0) return passive;
  let a = 0;
  while (a < toks.length && a < 2 && ASKED_LEADS.has(toks[a].lower)) a++;
  if (a >= toks.length || toks[a].lower !== "asked" || !toks[0].cap) return -1;
  for (let i = a + 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.text === "," || t.text === ":" || t.text === ";" || DASHES.has(t.text) || isCueVerb(toks, i) || WORDS_NOUNS.has(t.lower) || SPEECH_NOUNS.has(t.lower)) return -1;
  }
  return a;
}

/**
 * "Lee was asked, “…”": a passive "asked" with no asker right before the quote, so the quote is the
 * question, not Lee's words. The index of "asked", or -1. (With an asker, "Lee was asked by Ann Ruiz,
 * “…”", the asker would become the nearest antecedent of Lee's "he" in the answer: left alone.)
 */
function passiveAskedRightBefore(toks: readonly Tok[]): number {
  let e = toks.length;
  if (e > 0 && (toks[e - 1].text === "," || toks[e - 1].text === ":")) e--;
  return e >= 2 && toks[e - 1].lower === "asked" && PASSIVE.has(toks[e - 2].lower) ? e - 1 : -1;
}

/**
 * "Sanders was asked by host Bill Maher, who backs him, “…?”": a passive "asked" with a named asker,
 * and between the asker and the quote's comma or colon nothing but the asker's relative clause or a
 * question phrase ("about the emails", "whether …") with no speech verb and no he/she (which would
 * start the answer: "… about it, and he said, “…”"). The asker, or null.
 */
function passiveAskerBefore(q: QuoteContext, toks: readonly Tok[]): { a: number; asker: Mention } | null {
  const last = toks.length - 1;
  if (last < 4 || !hasWord(toks, "asked")) return null;
  // The quote after a comma or colon, or inside the question's whether-clause ("… whether his plan
  // would risk “…”"), which has no comma or colon before the quote.
  const punct = toks[last].text === "," || toks[last].text === ":";
  const e = punct ? last : toks.length;
  let a = last - 1;
  while (a > 0 && !(toks[a].lower === "asked" && toks[a + 1].lower === "by" && PASSIVE.has(toks[a - 1].lower))) a--;
  if (a <= 0) return null;
  let n = a + 2;
  while (n < e && toks[n].text !== "," && toks[n].text !== ":" && !ASKED_BY_STOPS.has(toks[n].lower)) n++;
  if (n === a + 2) return null;
  const whether = toks[n]?.lower === "whether" || toks[n]?.lower === "if";
  if (!punct && !whether) return null;
  if (n < e) {
    const relative = toks[n].text === "," && toks[n + 1]?.lower === "who";
    if (!relative && !ASKED_BY_STOPS.has(toks[n].lower)) return null;
    let aside = false;
    for (let k = n; k < e; k++) {
      // ("whether his plan, which the Tax Foundation estimates …, would": a relative aside's verb is no cue.)
      if (whether && toks[k].text === ",") aside = !aside && RELATIVE_SOURCE.has(toks[k + 1]?.lower ?? "");
      if (SUBJECT_PRONOUNS.has(toks[k].lower) || (!relative && !aside && isCueVerb(toks, k))) return null;
    }
  }
  const asker = parseSubject(q.text, spanOf(toks[a + 2], toks[n - 1]));
  return asker && canSpeak(q, asker) ? { a, asker } : null;
}

/** "Asked by Ann Lee whether …": the asker, or null when none is named. */
function askerAfter(q: QuoteContext, toks: readonly Tok[], a: number): Mention | null {
  if (toks[a + 1]?.lower !== "by") return null;
  let e = a + 2;
  while (e < toks.length && !ASKED_BY_STOPS.has(toks[e].lower) && toks[e].text !== "," && toks[e].text !== ":") e++;
  if (e === a + 2) return null;
  return parseSubject(q.text, spanOf(toks[a + 2], toks[e - 1]));
}

const POLL_NOUNS: ReadonlySet<string> = new Set(["poll", "polls", "survey", "surveys"]);
// Words that end the clause a cue verb's subject stands in, read backwards from the verb ("and" may join
// two shares in one subject: "31% of Republicans and Republican-leaning voters").
const SUBJECT_BOUNDS: ReadonlySet<string> = new Set([",", ";", ...DASHES, "that", "while", "whereas"]);

/**
 * The poll that opens the sentence ("In a CNN/ORC poll released Monday, …", "The Q poll also finds
 * …"): the phrase as written, participles and dates included, or null.
 */
function openingPoll(q: QuoteContext, toks: readonly Tok[]): Mention | null {
  const opener = toks[0]?.lower === "in" ? 1 : 0;
  let p = opener;
  while (p < toks.length && p < opener + 12 && toks[p].text !== "," && !POLL_NOUNS.has(toks[p].lower)) p++;
  if (p <= opener || p >= toks.length || !POLL_NOUNS.has(toks[p].lower) || !toks[opener].cap && opener === 0) return null;
  const head = parseSubject(q.text, spanOf(toks[opener], toks[p]));
  if (!head) return null;
  if (opener === 0) return head;
  // "In a poll released Monday, …": the phrase runs to its comma.
  let c = p + 1;
  while (c < toks.length && toks[c].text !== "," && c < p + 8) c++;
  if (toks[c]?.text !== ",") return null;
  return remadeMention(head, { whole: { start: head.whole.start, end: toks[c - 1].end } });
}

/** The clause of the cue verb at `v` has a share of people for its subject ("31% of voters", "just 8 percent"). */
function shareSubjectBefore(toks: readonly Tok[], v: number): boolean {
  let s = v - 1;
  while (s >= 0 && !SUBJECT_BOUNDS.has(toks[s].lower)) s--;
  let number = false;
  for (let k = s + 1; k < v; k++) {
    if (/^\d+(?:\.\d+)?%?$/.test(toks[k].text)) number = true;
    else if (number && (toks[k].lower === "percent" || toks[k].text === "%")) return true;
  }
  return false;
}

export const ADJACENT_RULES: readonly CueRule[] = [
  {
    // First: the label is the transcript's own credit for this turn, nearer than any narration.
    ...R.transcriptLabel,
    must: ["Ada Lind spoke to Tom Reyes.\n\n“REYES: Will the port reopen?\n\n“LIND: It will, by June.”", "“TOM REYES: Will the port reopen?” the transcript reads."],
    mustNot: ["“VIDEO: The port will reopen by June,” Ada Lind said.", "“Reyes: the port will reopen,” Ada Lind said."],
    match(q) {
      if (!q.label) return null;
      const m = parseSubject(q.text, q.label);
      return m && (m.kind === "name" || m.kind === "organisation") ? hit(m, q.label, q.label, R.transcriptLabel) : null;
    },
  },
  {
    ...R.pollFinding,
    must: ["In a HarborPoll survey released Monday, 31% of voters said they were “very worried” about the port.", "The Oakdale poll also finds that 37 percent of residents say the port is “a lost cause.”"],
    mustNot: ["In a HarborPoll survey, Ada Lind said the port was “a lost cause.”", "The poll shows Ada Lind ahead; she said she was “very pleased.”", "After the vote, 31% of voters said they were “very worried” about the port."],
    match(q) {
      const toks = beforeWindow(q);
      if (toks.length < 6) return null;
      // The poll first: it reads a dozen words at most, the verb search the whole window.
      const poll = openingPoll(q, toks);
      if (!poll) return null;
      let v = toks.length - 1;
      while (v >= 0 && !isCueVerb(toks, v)) v--;
      if (v < 0 || poll.whole.end >= toks[v].start || !shareSubjectBefore(toks, v)) return null;
      return hit(poll, cueExtent(toks, v), spanOf(toks[0], toks[toks.length - 1]), R.pollFinding);
    },
  },
  {
    // Before the rules that read the answer's cue after the quote (“…,” 60 percent said yes): the
    // quoted words belong to the question.
    ...R.askedBy,
    must: ["Asked by Ada Lind whether the port “can survive another winter,” Tom Reyes said no.", "When asked by a reporter if the plan was “dead,” the mayor shrugged."],
    mustNot: ["Asked whether the port “can survive another winter,” Tom Reyes said no.", "Asked by Ada Lind about the port, Tom Reyes said, “It will survive.”", "Asked by Ada Lind about Tom Reyes’s claim that the port is “finished,” the mayor shrugged."],
    match(q) {
      const toks = beforeWindow(q);
      const a = openingQuestionAt(toks);
      const m = a >= 0 ? askerAfter(q, toks, a) : null;
      return m && canSpeak(q, m) ? hit(m, spanOf(toks[a], toks[a + 1]), spanOf(toks[0], toks[toks.length - 1]), R.askedBy) : null;
    },
  },
  {
    // Before the speech verb of the sentence (the answerer's, or a verb in the asker's relative clause):
    // the quote is the question. (Its asker is no antecedent for the answer's "he": see fromMention.)
    ...R.passiveAskedBy,
    must: ["Tom Reyes was asked by Ada Lind, “Will the port survive?” He said no.", "Tom Reyes was asked by host Ada Lind, who has long doubted the plan, “Is the port finished?”", "Tom Reyes was asked by Ada Lind about the vote: “Did you lose?”", "Tom Reyes was asked by moderator Ada Lind whether his plan, which the board estimates would cost $5 million, would risk “adding another costly program.”"],
    mustNot: ["Tom Reyes was asked by Ada Lind about the port and said, “It will survive.”", "Tom Reyes was asked by Ada Lind about the port, and he said, “It will survive.”", "Tom Reyes was asked, “Will the port survive?”", "Ada Lind asked Tom Reyes, “Will the port survive?”", "Tom Reyes was asked by Ada Lind, “Will the port survive?” he recalled.", "Tom Reyes was asked by Ada Lind whether he would risk “adding another costly program.”", "Tom Reyes was asked by Ada Lind whether Ben Ortiz said the plan was “dead.”", "Tom Reyes was asked by Ada Lind about the plan “to sell the port.”"],
    match(q) {
      const toks = beforeWindow(q);
      const p = passiveAskerBefore(q, toks);
      if (!p) return null;
      // “…?” he recalled: a cue right after the quote credits it to its own subject. (“…?” He said no.:
      // a capitalised pronoun starts the answer's sentence.)
      const aw = afterWindow(q);
      const answer = aw[0]?.cap && SUBJECT_PRONOUNS.has(aw[0].lower);
      for (let k = 0; k < aw.length && k < 4 && !answer; k++) if (isCueVerb(aw, k)) return null;
      return hit(p.asker, spanOf(toks[p.a - 1], toks[p.a + 1]), spanOf(toks[0], toks[toks.length - 1]), R.passiveAskedBy);
    },
  },
  {
    ...R.askedQuestion,
    noSpeaker: true,
    must: ["Asked whether the port “can survive another winter,” 60 percent of residents said no.", "When asked to confirm the “secret” deal, a port official declined.", "Tom Reyes was asked, “Will the port survive another winter?” He said no."],
    mustNot: ["Asked whether the port can survive, Tom Reyes said, “It will.”", "Asked about the plan, Tom Reyes called it “a disaster.”", "Asked whether Tom Reyes said the port was “finished,” Ada Lind laughed.", "The mayor asked whether the port “can survive another winter.”", "Tom Reyes was asked about the port and said, “It will survive.”", "Tom Reyes, when he was asked about the port, said: “It will survive.”", "Tom Reyes was asked by Ada Lind, “Will the port survive?” He said no."],
    match(q) {
      const toks = beforeWindow(q);
      const a = openingQuestionAt(toks);
      if (a < 0 || toks[a + 1]?.lower === "by") return null;
      return hit(null, spanOf(toks[a], toks[a]), spanOf(toks[0], toks[toks.length - 1]), R.askedQuestion);
    },
  },
  {
    // First: the benchmark's annotators, like news style, credit the quote to the one it is
    // "according to" even when a speech verb names who spoke (“…,” Lee said, according to CNN).
    ...R.according,
    must: [
      "According to the ministry, the roads were “completely blocked.”",
      "“We are not leaving,” Ada Lind said, according to the Oakdale Herald.",
      "According to the Oakdale Herald, Ada Lind said the town was “not for sale.”",
      "“Is this a priority for them?” Ada Lind said at a press conference, according to the Oakdale Herald.",
    ],
    mustNot: [
      "The roads were “completely blocked,” the ministry said.",
      "Ada Lind said the roads must open “without delay.” She will visit on Sunday, according to an aide.",
      "Ada Lind asked why the roads were shut: “Who is in charge?” She will visit on Sunday, according to an aide.",
    ],
    match(q) {
      const before = beforeWindow(q);
      // A quote that ends its sentence (“… delay.” Lee will visit, according to an aide.) is not
      // what the next sentence's source says; one that ends in a question or exclamation mark goes
      // on into its attribution (“… them?” Lee said, according to the Herald.).
      const aw = afterWindow(q);
      const next = aw.find((t) => t.word);
      const asked = endsBeforeClosers(q.text, q.span.start, q.span.end, isQuestionOrBang) && aw.slice(0, 5).some((_, k) => isCueVerb(aw, k));
      const after = next && endsSentence(q) && next.cap && !asked ? [] : aw;
      if (!hasWord(before, "according") && !hasWord(after, "according")) return null;
      const toks = before.concat(after);
      for (let i = 0; i + 2 < toks.length; i++) {
        if (toks[i].lower !== "according" || toks[i + 1].lower !== "to") continue;
        // "Win Htein … said Tuesday that according to its analysis, the party has won, but “we are still
        // counting …”": the phrase opens the content a speech verb reports; the verb's subject speaks.
        if (reportedThatBefore(toks, i)) continue;
        const rest = toks.slice(i + 2);
        // "According to the Herald, Lee said …": the source ends at the comma that closes the phrase.
        const comma = rest.findIndex((t) => t.text === ",");
        const phrase = comma > 0 ? rest.slice(0, comma) : rest;
        const m = parseInvertedSource(q.text, { start: phrase[0].start, end: phrase[phrase.length - 1].end }) ?? (comma > 0 ? parseInvertedSource(q.text, { start: rest[0].start, end: rest[rest.length - 1].end }) : null);
        if (m) return hit(m, spanOf(toks[i], toks[i + 1]), spanOf(toks[i], rest[rest.length - 1]), R.according);
      }
      return null;
    },
  },
  {
    ...R.reportedBy,
    must: ["“We are not leaving,” said Ada Lind, a nurse, reports the Oakdale Herald.", "Ada Lind said the roads were “completely blocked” near the bridge, the Oakdale Herald reported."],
    mustNot: ["“We are not leaving,” said Ada Lind, who reported the fire.", "Ada Lind reported that the roads were “completely blocked.”"],
    match(q) {
      const toks = afterWindow(q);
      const n = toks.length;
      if (n < 3) return null;
      let c = n - 1;
      while (c >= 0 && toks[c].text !== ",") c--;
      if (c < 0 || c + 2 >= n) return null;
      const first = toks[c + 1];
      const last = toks[n - 1];
      let src: Mention | null = null;
      let cue: Tok;
      if (first.lower === "reported" || first.lower === "reports") {
        cue = first;
        src = parseInvertedSource(q.text, spanOf(toks[c + 2], last));
      } else if (last.lower === "reported" || last.lower === "reports") {
        cue = last;
        src = parseSubject(q.text, spanOf(first, toks[n - 2]));
      } else return null;
      if (!src || (src.kind !== "organisation" && src.kind !== "name")) return null;
      return hit(src, spanOf(cue, cue), spanOf(toks[c + 1], last), R.reportedBy);
    },
  },
  {
    ...R.voicesOf,
    noSpeaker: true,
    must: [
      "Walking into the hall to chants of “Ada! Ada!,” the mayor said the vote was close.",
      "And there were calls of “Save the pier” as she passed, the mayor said.",
      "The mayor spoke amid loud cries of “Shame!” from the back.",
      "Mr. Reyes roused the crowd to chants of “Close the pier!” and then said, “We will win.”",
    ],
    mustNot: [
      "Her supporters responded with chants of “Save the pier!”",
      "The mayor, who was greeted with chants of “Ada!,” said, “We will win.”",
      "Delegates erupted in loud chants of “no.”",
    ],
    match(q) {
      const v = voicesOfAt(q, beforeWindow(q));
      return v ? hit(null, v.cue, v.clause, R.voicesOf) : null;
    },
  },
  {
    ...R.cameVoices,
    must: ["“Close the pier!” came shouts from the crowd, as the mayor stood up.", "“Not again, not this year,” came a chorus of boos from the audience."],
    mustNot: ["“Close the pier!” came shouts from the back of the hall.", "“Close the pier!” the crowd shouted.", "“Close the pier,” came the reply from Ann Lee."],
    match(q) {
      const v = cameVoicesAt(q, afterWindow(q));
      return v && v.from ? hit(v.from, v.cue, v.clause, R.cameVoices) : null;
    },
  },
  {
    ...R.cameVoicesNoSource,
    noSpeaker: true,
    must: ["“Close the pier!” came shouts from the back of the hall.", "“Shame!” came the cry, and the mayor sat down."],
    mustNot: ["“Close the pier!” came shouts from the crowd.", "“Close the pier,” came the reply from Ann Lee.", "“Close the pier,” he said as the night came."],
    match(q) {
      const v = cameVoicesAt(q, afterWindow(q));
      return v && !v.from ? hit(null, v.cue, v.clause, R.cameVoicesNoSource) : null;
    },
  },
  {
    ...R.foreignInverted,
    must: ["« Nous allons gagner », a déclaré le président Emmanuel Macron.", "« Nous partons », a dit Ada Lind. « Pas question », affirme-t-elle.", "„Wir schaffen das“, sagte Angela Merkel.", "«Es un error», afirmó la diputada."],
    mustNot: ["« Le Monde » a publié un article.", "“We will stay,” said Maria Lopez, a nurse.", "“Dit is het einde.” Zei hij niets?"],
    match(q) {
      const f = foreignInvertedSource(q.text, afterWindow(q));
      return f ? hit(f.mention, f.cue, { start: q.outer.end, end: f.mention.whole.end }, R.foreignInverted) : null;
    },
  },
  {
    ...R.afterInverted,
    must: ["“We will stay,” said Maria Lopez, a nurse.", "“This is fantastic!” beamed Maria Lopez of Oakdale, a delegate."],
    mustNot: ["“We will stay.” Said to be ill, she left.", "“We will stay,” ended the first part of the long speech.", "“We will stay.” Beamed across the hall, the words drew cheers.", "The mayor stood firm: “We will stay,” telling Ana Ruiz that the plant would not close.", "Tom Reyes wrote the plan: “We will stay,” echoing some critics who had doubted him.", "Ana Ruiz said the plan “plainly and wrongly” suggests that Oakdale supports it."],
    match(q) {
      const toks = afterWindow(q);
      let i = 0;
      while (i < toks.length && !toks[i].word) i++;
      while (i < toks.length && BETWEEN.has(toks[i].lower)) i++;
      if (i >= toks.length || i > 3) return null;
      // “This is fantastic!” beamed Ann Lee: a past form the lexicon does not list, right after a
      // quote that ends on a comma, a question or an exclamation, and a name after it.
      const unlisted = !isCueVerb(toks, i) && i === 0 && isFiniteVerbLike(toks[i]) && endsBeforeClosers(q.text, q.span.start, q.outer.end, isCommaQuestionOrBang);
      if (!unlisted && !isCueVerb(toks, i)) return null;
      // "“…,” described the emotional impact as …": a naming verb takes an object, never an inverted
      // speaker ("Roffman, who estimates his costs were “…,” described the impact as “…”").
      if (NAMING_VERBS.has(toks[i].lower)) return null;
      // “…” suggests that …: a verb that takes a clause has its subject before the quote.
      if (toks[i + 1]?.lower === "that") return null;
      // “…,” telling Fox 35 that …, “…,” echoing critics: a participle takes the sentence's subject,
      // and the words after it are its object, never an inverted speaker.
      if (/ing$/.test(toks[i].lower)) return null;
      if (endsSentence(q) && /^\p{Lu}/u.test(toks[i].text) && !/[?!]/.test(q.text[q.span.end - 1])) return null;
      let j = i + 1;
      while (j < toks.length && !toks[j].cap && (BETWEEN.has(toks[j].lower) || isLyAdverb(toks[j].lower))) j++;
      if (j >= toks.length) return null;
      const m = parseInvertedSource(q.text, { start: toks[j].start, end: throughTitle(q.text, toks[toks.length - 1].end) });
      if (!m || (unlisted && (m.kind !== "name" || !toks[j].cap))) return null;
      return hit(m, { start: toks[i].start, end: toks[i].end }, { start: q.outer.end, end: toks[toks.length - 1].end }, R.afterInverted);
    },
  },
  {
    ...R.afterSubject,
    must: ["“It is over,” the mayor said.", "“It is over,” Tom Reyes, the mayor of Oakdale, said on Monday.", "Ann Lee turned to him and said, “Why now?” Tom Reyes asked.", "Ann Lee spoke first.\n\n“It would end the port as we know it,” she went on."],
    mustNot: [
      "“It is over.” The mayor said nothing else.",
      "The council called the plant “a disaster,” a claim the mayor's office denied.",
      "Tom Reyes told the board: “We will rebuild!” Ann Lee said she agreed.",
      "Tom Reyes told the board: “We will rebuild!” Ann Lee said she would help.",
      "Ann Lee spoke first.\n\n“It would end the port,” she signed on.",
      "Ann Lee asked the crowd, “Who is ready?” They cheered loudly.",
      "As Tom Reyes went on about “jobs” and “the pier for all,” Ann Lee said yes, yes, over and over.",
      "Mayor Tom Reyes - who once said he would “tear down” the old pier by the harbour - said on Monday that it stays.",
      "Tom Reyes later said he had an “oh, no” moment and deleted the files using a program called Shredder.",
    ],
    match(q) {
      const toks = afterWindow(q);
      let from = 0;
      while (from < toks.length && !toks[from].word) from++;
      if (from >= toks.length) return null;
      // "The council called the pier “a waste,” whereas Ann Lee said …": the clause after is its own.
      if (CONTRAST_OPENERS.has(toks[from].text)) return null;
      if (!endsSentence(q) && insideFrontedClause(q)) return null;
      // Ended quotes take a cue after them only when it plainly hangs on them (“Why?” he asked).
      const startsLower = /^\p{Ll}/u.test(toks[from].text);
      const questionOrBang = endsBeforeClosers(q.text, q.span.start, q.span.end, isQuestionOrBang);
      if (endsSentence(q) && !startsLower && !questionOrBang && !closesOnCue(toks, from)) return null;
      // "Lee told the board: “We will rebuild!” Ruiz said she agreed.": a question or exclamation
      // that a speech verb right before it introduces ends there; a capitalised sentence after it
      // is its own, unless its cue verb closes it on the quote (“Why?” Ruiz asked.).
      if (endsSentence(q) && !startsLower && questionOrBang && !closesOnCue(toks, from) && beforeCueVerb(q)) return null;
      // "“…,” a claim the mayor's office denied": the verb after the appositive is its relative
      // clause's, and says nothing of who spoke the quote.
      const said = saidThingAt((k) => toks[k]?.lower, from);
      for (let v = from + 1; v < toks.length && v < from + 30; v++) {
        if (!isCueVerb(toks, v)) continue;
        // "what she called a “rant,” a series of postings that included one saying …": the noun
        // before a bare participle names the quote or whoever spoke the words after it.
        if (isBareParticiple(toks, v)) continue;
        // "“Trump Revealed,” a biography written by Ann Lee": a past form right after the noun with
        // "by" after it is a reduced passive; the noun is what was written, the quote its title.
        if (v > from && isReducedPassive(toks, v)) return null;
        if (said >= 0 && v > said + 1) return null;
        // "“…,” Melanie said yes, yes, yes": the verb has its own words for object, not the quote.
        if (ANSWER_WORDS.has(toks[v + 1]?.lower ?? "")) return null;
        // "Trump - who said he would “…” oil fields seized by ISIS - said at a rally": a verb right
        // after a dash that closes an aside has its subject before the aside, not the words after the quote.
        if (v - 1 > from && DASHES.has(toks[v - 1].text)) return null;
        // The verb must end its clause or take the quote's content, not start the next quote.
        // (“…,” From said: a lone capitalised word before the verb after a quote that runs on.)
        const m = subjectBeforeVerb(q, toks, from, v) ?? (v === from + 1 && !endsSentence(q) ? loneNameBeforeCue(q.text, toks[from]) : null);
        if (!m) return null;
        // "Cruz accuses Obama of “leading from behind” and Trump says …": a subject after a
        // coordinator opens a clause of its own; the quote belongs to the clause before it.
        for (let k = from; k < v && toks[k].start < m.whole.start; k++) if (COORDINATORS.has(toks[k].lower)) return null;
        // "an “Oh, no” moment and deleted an archive using a program called X": a coordinator, a past
        // form and its object inside the stretch make a second predicate of the sentence's own
        // subject; the verb after them is in another clause ("a program called X").
        if (secondPredicateBefore(toks, from, v)) return null;
        // "Lee complained that the vote was “rigged” against her, a charge that officials denied":
        // a cue right before a quoted phrase that runs on into its sentence frames it better than
        // one whose subject stands further on, past other words.
        if (!endsSentence(q) && m.whole.start > toks[from].start && beforeCueVerb(q)) return null;
        return hit(m, cueExtent(toks, v), { start: q.outer.end, end: toks[toks.length - 1].end }, R.afterSubject);
      }
      // “…,” he surmised. — a quote that ends on a comma, then a pronoun and a past form that end
      // the clause: the verb frames the quote even when the lexicon does not list it.
      // A question or an exclamation frames it the same way (“Why not?” Lee pressed.).
      if (!endsBeforeClosers(q.text, q.span.start, q.outer.end, isComma) && !(q.span.end > q.span.start && q.text.charCodeAt(q.span.end - 1) === 44) && !questionOrBang) return null;
      // A name works the same way ("…,” Lind surmised.).
      let v = from + 1;
      if (!SUBJECT_PRONOUNS.has(toks[from].lower)) {
        v = from;
        while (v < toks.length && v - from < 4 && toks[v].cap && toks[v].word) v++;
        if (v === from) return null;
      }
      if (v < toks.length && isFiniteVerbLike(toks[v]) && (v + 1 === toks.length || toks[v + 1].text === "," || particleEnds(toks, v + 1))) {
        const m = parseSubject(q.text, spanOf(toks[from], toks[v - 1]));
        if (m && (m.kind === "pronoun" || m.kind === "name")) return hit(m, spanOf(toks[v], toks[v]), { start: q.outer.end, end: toks[toks.length - 1].end }, R.afterSubject);
      }
      return null;
    },
  },
  {
    ...R.possessorOfWords,
    must: [
      "It was hard to forget Ada Lind’s bold assertion that “nobody will ever close this port.”",
      "The mayor’s response was: “We will rebuild.”",
      "Ada Lind spoke first. The vote came days after her remark that the pier was “a disgrace to the town.”",
      "Critics seized on Tom Reyes’s claim during the debate that the port had been “a total failure.”",
      "Critics seized on Tom Reyes’s claim during the debate that “the port is finished.”",
      "It was hard to trust Mayor Tom Reyes’s pledge to be “a friend to every fisherman.”",
      "She studied under Ada Lind; Lind’s dictum to her interns (repeated to me for years) was, “Check it twice.”",
    ],
    mustNot: [
      "It was hard to forget the bold assertion that “nobody will ever close this port.”",
      "She got so upset, and my answer: “Of course I believe it.”",
      "The town put out a statement saying Tom Reyes’s comments “are based on opinion, not facts.”",
      "Ada Lind’s claim that the port, Tom Reyes said, was “a total failure” drew boos.",
      "The vote came days after her remark about the pier, which stood “like a ghost over the bay.”",
      "It was hard to trust that Tom Reyes’s boat could be “a friend to every fisherman.”",
      "Ada Lind’s dictum to her interns (which Tom Reyes repeated) was that he said, “Check it twice.”",
      "Ada Lind’s dictum to her interns was ignored, and Tom Reyes said, “Check it twice.”",
    ],
    match(q) {
      const toks = beforeWindow(q);
      const w = possessiveWords(q, toks);
      return w ? hit(w.mention, spanOf(toks[w.noun], toks[w.noun]), spanOf(toks[w.from], toks[toks.length - 1]), R.possessorOfWords) : null;
    },
  },
  {
    ...R.possessorBeforeQuoteNoun,
    must: ["Critics seized on Ada Lind’s “pier for all” remark.", "It was the persistent pull of Tom Reyes's “if you like your boat, you can keep it” promise."],
    mustNot: ["Critics seized on Ada Lind’s “pier for all” design.", "Ada Lind’s “pier for all.” Remarks followed.", "It was Tom Reyes's boat, “the Gull,” and his remark."],
    match(q) {
      const before = beforeWindow(q);
      const n = before.length;
      if (n < 2 || !isPossessiveTok(before[n - 1]) || before[n - 1].end !== q.outer.start - 1 || !before[n - 2].word || !before[n - 2].cap) return null;
      const after = afterWindow(q);
      // The noun right after the closing mark: nothing else between (a comma inside the marks aside).
      const noun = after[0];
      if (!noun || !noun.word || noun.cap || !WORDS_NOUNS.has(noun.lower) || noun.start - q.outer.end > 1) return null;
      let s = n - 2;
      while (s > 0 && before[s - 1].cap && before[s - 1].word) s--;
      const m = parseSubject(q.text, spanOf(before[s], before[n - 2]));
      return m && m.kind !== "pronoun" && canSpeak(q, m) ? hit(m, spanOf(noun, noun), spanOf(before[s], noun), R.possessorBeforeQuoteNoun) : null;
    },
  },
  {
    ...R.reportedInner,
    must: [
      "Ann Lee said she expected that voters will say “no” to the plan.",
      "Tom Reyes declared in a long meeting that any new deal would demand “absolute secrecy.”",
      "Ann Lee said the mayor sees the vote as a chance to contrast the plan that the council is offering with “the doom and gloom” of the rivals.",
      "That is when Ann Lee pointed to reports that Tom Reyes called the pier “a ruin.”",
      "Harbor police sources have said he said “no more boats” to the guards.",
    ],
    mustNot: [
      "Ann Lee said he told her “no more.”",
      "Ann Lee said the plan failed, and Tom Reyes called it “a disaster.”",
      "Some in the crowd booed, and when Ann Lee said it was good to be home, a man yelled “Stay there!”",
      "Ann Lee said she would call it “a disaster.”",
      "Ann Lee spoke to Tom Reyes, who called it “a disaster.”",
      "Critics who agree that the pier should close were upset, with Ann Lee calling the plan “a mess.”",
      "When Ann Lee noted that Tom Reyes had paid no tax ― as was true for years ― Reyes boasted, “That makes me smart.”",
    ],
    match(q) {
      const a = adjacentSource(q);
      if (!a) return null;
      const toks = beforeWindow(q);
      const outer = outerReporter(q, toks, a.v, a.m);
      return outer ? hit(outer.mention, cueExtent(toks, outer.verb), { start: toks[outer.verb].start, end: q.outer.start }, R.reportedInner) : null;
    },
  },
  {
    // Before the subject-and-verb row: the one who holds up a sign or wears a hat is no speaker of its words.
    ...R.signReads,
    must: [
      "Ann Lee held up a sign that read “No more tolls.”",
      "Tom Reyes wore a campaign hat reading, “Open the port.”",
      "He held up the sign — which read “Dockers 4 Lind” — and waved it.",
      "The strikers carried signs saying: “Fair pay now.”",
      "They handed out water bottles that said, “The harbour welcomes you.”",
      "Lee posted the photo under a headline that said, “Port Closes for Good.”",
    ],
    mustNot: [
      "Ann Lee held up a sign and said, “No more tolls.”",
      "Ann Lee read the letter aloud: “No more tolls.”",
      "The sign maker said, “It took all night.”",
      "The headline writer said, “It took all night.”",
    ],
    match(q) {
      const toks = beforeWindow(q);
      const s = signBefore(toks);
      return s ? hit(s.mention, spanOf(toks[s.verb], toks[s.verb]), spanOf(toks[s.from], toks[toks.length - 1]), R.signReads) : null;
    },
  },
  {
    // Before the subject-and-verb row: a verse or an article of a law is no name it can read.
    ...R.passageReads,
    must: ["Isaiah 45:1 reads: “This is what the Lord says to his anointed.”", "The pastor spoke. 1 Corinthians 13:4-7 says, “Love is patient.”", "Article 5 of the harbour treaty states: “An attack on one pier is an attack on all.”", "Section 2 reads: “No boat shall moor here.”"],
    mustNot: ["The pastor cited Isaiah 45:1 and said: “It is clear.”", "At 10:30 the mayor said: “We are ready.”", "Ann Lee, 45, said: “We will win.”", "Isaiah 45:1 reads. “It is clear,” the pastor said."],
    match(q) {
      const toks = beforeWindow(q);
      const p = passageBefore(toks);
      return p ? hit(p.mention, spanOf(toks[p.verb], toks[p.verb]), spanOf(toks[p.from], toks[toks.length - 1]), R.passageReads) : null;
    },
  },
  {
    ...R.foreignBefore,
    must: ["Le maire a expliqué : « Pas lundi, pas avant juin ».", "Angela Merkel sagte: „Wir schaffen das.“"],
    mustNot: ["Le journal a publié : « Pas lundi, pas avant juin ».", "The mayor explained: “Not on Monday.”"],
    match(q) {
      const toks = beforeWindow(q);
      const f = foreignSourceBefore(q.text, toks);
      return f ? hit(f.mention, f.cue, spanOf(toks[0], toks[toks.length - 1]), R.foreignBefore) : null;
    },
  },
  {
    ...R.beforeAdjacent,
    must: ["The mayor said, “It is over.”", "A neighbour told him: “Stay inside.”"],
    mustNot: ["The mayor left. “It is over.”", "Pollsters agree - Ada Lind: “Turnout was as expected.”"],
    match(q) {
      if (creditAfterDash(beforeWindow(q))) return null;
      const a = adjacentSource(q);
      return a ? hit(a.m, a.cue, a.clause, R.beforeAdjacent) : null;
    },
  },
];

// Things that carry written words and are held up or worn ("a sign", "a hat", "T-shirts"): what
// they read is theirs, not the words of whoever carries them.
const SIGN_NOUNS: ReadonlySet<string> = new Set([
  "sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "shirt", "shirts", "t-shirt", "t-shirts",
  "tee", "tees", "sweatshirt", "sweatshirts", "hat", "hats", "cap", "caps", "button", "buttons", "sticker", "stickers",
  "billboard", "billboards", "badge", "badges", "mug", "mugs", "jersey", "jerseys", "bumper",
  // Printed on: "water bottles that said, “…”", "under a headline that said, “…”".
  "bottle", "bottles", "headline", "headlines",
]);
// Verbs with which such a thing gives its words ("a sign that read", "a hat reading", "signs saying").
const SIGN_VERBS: ReadonlySet<string> = new Set(["read", "reads", "reading", "said", "says", "saying", "proclaimed", "proclaiming", "declared", "declaring"]);
// Words that open the thing's noun phrase and belong to it ("a sign", "the banner", "their shirts").
const SIGN_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "my", "one", "another", "this", "these", "those", "some", "two", "three"]);
// Words that end the walk back without joining the phrase ("held up signs", "in a shirt").
const SIGN_PHRASE_STOPS: ReadonlySet<string> = new Set(["up", "down", "out", "on", "in", "at", "of", "with", "by", "for", "to", "from", "off", "over", "and", "or"]);

/**
 * "held up a sign that read", "wore a Donald Trump campaign hat reading,", "the sign — which read",
 * "Ann Lee’s sign read": the window before the quote ends in a verb of SIGN_VERBS (a comma or colon
 * after it perhaps), right after a noun of SIGN_NOUNS or after "that"/"which" (a dash before it
 * perhaps) that follows one. The noun phrase (its determiner, lower-case modifiers, capitalised
 * words and a possessor; five words at most) is the source, a thing ("it"). Null for anything else.
 */
function signBefore(toks: readonly Tok[]): { mention: Mention; verb: number; from: number } | null {
  let v = toks.length - 1;
  if (v >= 0 && (toks[v].text === "," || toks[v].text === ":")) v--;
  // (Cheap first: the verb right before the quote.)
  if (v < 1 || !SIGN_VERBS.has(toks[v].lower)) return null;
  let h = v - 1;
  if (toks[h].lower === "that" || toks[h].lower === "which") {
    h--;
    if (h >= 0 && (toks[h].text === "," || DASHES.has(toks[h].text))) h--;
  }
  if (h < 0 || !SIGN_NOUNS.has(toks[h].lower)) return null;
  // (The noun stands right before the verb or its relative pronoun: in "the sign maker said" it is a modifier.)
  // Lower-case modifiers join only when a determiner opens the phrase before them: a bare plural's
  // word before it may be a verb ("they will hold banners proclaiming").
  let from = h;
  for (let k = h - 1; k >= 0 && h - k <= 5; k--) {
    const t = toks[k];
    // ("The" opens the window: the sentence's first word.)
    if (SIGN_DETERMINERS.has(t.lower) && (!t.cap || k === 0)) {
      from = k;
      break;
    }
    // "Ann Lee’s sign", "the protesters’ signs": a possessor, its owner's word and the phrase's start before it.
    if (isPossessiveTok(t) && k > 0 && toks[k - 1].word) {
      from = --k;
      continue;
    }
    // "a Donald Trump campaign hat": capitalised words, kept only as the phrase's start runs back over them.
    if (t.word && t.cap) {
      if (from === k + 1) from = k;
      continue;
    }
    if (!t.word || SIGN_PHRASE_STOPS.has(t.lower) || !isModifierLike(t.lower)) break;
  }
  const span = spanOf(toks[from], toks[h]);
  const plural = toks[h].lower.endsWith("s");
  return { mention: { span, role: null, whole: span, kind: "description", type: "unknown", gender: "n", name: null, title: null, plural }, verb: v, from };
}

// Verbs with which a text gives its own words ("Isaiah 45:1 reads:", "Article 5 states:").
const PASSAGE_VERBS: ReadonlySet<string> = new Set(["reads", "read", "says", "said", "states", "stated", "declares", "provides"]);
// Numbered parts of a law, a charter or a treaty ("Article 5", "Section 2", "Chapter IV").
const PART_NOUNS: ReadonlySet<string> = new Set(["article", "section", "chapter", "clause", "paragraph", "amendment", "title", "rule"]);
// Words that open a verb's object ("deleted a file", "sent the letter").
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those"]);

/** "… and deleted a …": a coordinator, a past form and a determiner between `from` and `v`. */
function secondPredicateBefore(toks: readonly Tok[], from: number, v: number): boolean {
  for (let k = from + 1; k + 2 < v; k++) {
    if ((toks[k].lower === "and" || toks[k].lower === "but") && isFiniteVerbLike(toks[k + 1]) && OBJECT_OPENERS.has(toks[k + 2].lower)) return true;
  }
  return false;
}

const PASSAGE_NUMBER = /^(?:\d{1,3}[a-z]?|[IVXL]{1,6})$/;
const VERSE_NUMBER = /^\d{1,3}(?:[-–]\d{1,3})?$/;

/**
 * "Isaiah 45:1 reads:", "1 Corinthians 13:4-7 says,", "Article 5 of the treaty states:": the window
 * before the quote ends in a numbered passage of a text (a book and chapter:verse, or a part noun and
 * its number, "of the …" and up to three words after it), a verb with which a text gives its words,
 * and a colon or comma. The passage is the source, as written: a document, typed unknown (no person,
 * no body that speaks, no antecedent for a later "he"). Null for anything else.
 */
function passageBefore(toks: readonly Tok[]): { mention: Mention; verb: number; from: number } | null {
  const n = toks.length;
  // (Cheap first: a colon or comma right before the quote, after a verb of the list.)
  if (n < 4 || (toks[n - 1].text !== ":" && toks[n - 1].text !== ",") || !PASSAGE_VERBS.has(toks[n - 2].lower)) return null;
  const v = n - 2;
  let from = -1;
  // A book and chapter:verse, the three written without spaces: "Isaiah 45:1", "1 Corinthians 13:4-7".
  const chapter = toks[v - 3];
  if (v >= 4 && toks[v - 2].text === ":" && chapter.end === toks[v - 2].start && toks[v - 2].end === toks[v - 1].start && /^\d{1,3}$/.test(chapter.text) && VERSE_NUMBER.test(toks[v - 1].text) && toks[v - 4].cap && toks[v - 4].word) {
    from = v - 4;
    if (from > 0 && /^[1-3]$/.test(toks[from - 1].text)) from--;
  } else {
    // A part noun and its number, then "of the" and up to three words: "Article 5 of the treaty".
    let e = v;
    for (let k = v - 1; k >= Math.max(2, v - 5); k--) {
      if (toks[k].lower === "the" && toks[k - 1].lower === "of") {
        if (k + 1 < v && toks.slice(k + 1, v).every((t) => t.word)) e = k - 1;
        break;
      }
    }
    if (e >= 2 && PASSAGE_NUMBER.test(toks[e - 1].text) && PART_NOUNS.has(toks[e - 2].lower) && toks[e - 2].cap) from = e - 2;
  }
  if (from < 0) return null;
  // The passage opens its clause: a sentence start, or nothing but the window's start before it.
  if (from > 0 && !/^[.!?;:]$/.test(toks[from - 1].text)) return null;
  const span = spanOf(toks[from], toks[v - 1]);
  return { mention: { span, role: null, whole: span, kind: "description", type: "unknown", gender: null, name: null, title: null, plural: false }, verb: v, from };
}

// Nouns for something said, whose possessor said it ("Lee’s claim that …", "Lee’s pledge to be …").
const WORDS_NOUNS: ReadonlySet<string> = new Set([
  "assertion", "claim", "claims", "conclusion", "pledge", "promise", "vow", "comment", "comments", "remark", "remarks",
  "statement", "contention", "insistence", "argument", "warning", "admission", "boast", "prediction", "declaration",
  "suggestion", "accusation", "charge", "description", "characterization", "dictum", "slogan", "mantra", "catchphrase",
  "refrain", "words", "phrase", "call", "demand", "plea", "threat", "retort", "quip", "joke", "tweet", "response",
  "answer", "reply", "motto",
]);

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, { gender: "m" | "f" | null; plural: boolean }> = new Map([
  ["his", { gender: "m", plural: false }],
  ["her", { gender: "f", plural: false }],
  ["their", { gender: null, plural: true }],
]);
// First-person possessives and the subject pronoun of the narrator's own clause ("I had to change my answer:").
const FIRST_PERSON_POSSESSIVES: ReadonlyMap<string, string> = new Map([["my", "i"], ["our", "we"]]);
// Determiners that open a noun phrase of their own: no possessor stands after them ("most" may: "X’s most explosive claim").
const ARTICLE_WORDS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "another"]);
// Short words that may stand between a noun for something said and the quote ("claim that",
// "response was:", "pledge to be a", "call for a").
// (And a dash that sets the words off: "Lee’s stock answer then — “…”".)
const WORDS_TAIL: ReadonlySet<string> = new Set(["that", "of", "for", "to", "be", "is", "was", "a", "an", "the", "then", ":", ",", "—", "–", "―"]);
// Words that open a short phrase between the noun and its that-clause ("claim during the debate
// that", "comment Monday that", "comments before a committee that").
const WORDS_PHRASE_OPENERS: ReadonlySet<string> = new Set(["during", "before", "in", "at", "on", "after", "last", "this", "earlier", "to", "from"]);

// Words that open the clause a possessive pronoun stands in, read back from it.
const CLAUSE_BOUNDS: ReadonlySet<string> = new Set([",", ";", ":", ...DASHES, "and", "but", "while", "as", "when", "after", "before", "since", "because", "that", "who", "which", "if"]);

/**
 * The named subject that opens the clause of the possessive pronoun at `p` ("and Trump stood by
 * his …"): a run of capitals right after the clause's opener and a lower-case word after it, read
 * as a name whose gender (when known) is the pronoun's. Null for anything else ("He was challenged
 * over his …", "the board over her …").
 */
function namedClauseSubject(q: QuoteContext, toks: readonly Tok[], p: number, gender: "m" | "f" | null): Mention | null {
  let b = p - 1;
  while (b >= 0 && !CLAUSE_BOUNDS.has(toks[b].lower)) b--;
  let e = b + 1;
  while (e < p && toks[e].cap && toks[e].word) e++;
  if (e === b + 1 || e >= p || toks[e].cap) return null;
  // The word after the capitals starts the predicate ("stood", "was", "stands"), not a phrase
  // ("Contrary to his claim" opens with an adverb, no subject).
  const v = toks[e].lower;
  if (!isFiniteVerbLike(toks[e]) && !BETWEEN.has(v) && !PASSIVE.has(v) && !/[^s]s$/.test(v)) return null;
  const m = parseSubject(q.text, spanOf(toks[b + 1], toks[e - 1]));
  return m && m.kind === "name" && (!m.gender || !gender || m.gender === gender) ? m : null;
}

/**
 * "Barrett’s dictum to his interns (repeated to me over the years) was, “…”": after the noun for
 * words, a short phrase (a preposition and up to four words), an aside in brackets, then "was" or
 * "is" and a comma or colon right before the quote: the noun phrase is the copula's subject and the
 * quote what it was.
 */
function copulaTail(toks: readonly Tok[], k: number): boolean {
  const n = toks.length;
  let c = k + 1;
  if (c < n && WORDS_PHRASE_OPENERS.has(toks[c].lower)) {
    const end = c + 5;
    c++;
    while (c < n && c < end && toks[c].word && !toks[c].cap && toks[c].lower !== "was" && toks[c].lower !== "is") c++;
  }
  if (c < n && toks[c].text === "(") {
    const end = c + 14;
    while (c < n && c < end && toks[c].text !== ")") c++;
    if (c >= n || toks[c].text !== ")") return false;
    c++;
  }
  if (c >= n || (toks[c].lower !== "was" && toks[c].lower !== "is")) return false;
  c++;
  if (c < n && (toks[c].text === "," || toks[c].text === ":")) c++;
  return c === n && c - k > 3;
}

/**
 * “X’s claim that … “…””: a noun for something said (WORDS_NOUNS) after a possessor (a name with its
 * possessive, or his/her/their) and at most three modifiers, followed by the quote after a few short
 * words, or by a that-clause (after a short phrase at most) that holds the quote and has no speech
 * verb of its own. The mention is the possessor as written, its possessive included.
 */
function possessiveWords(q: QuoteContext, toks: readonly Tok[]): { mention: Mention; noun: number; from: number } | null {
  const n = toks.length;
  for (let k = n - 1; k >= 1 && k >= n - 28; k--) {
    const t = toks[k];
    if (!t.word || t.cap || !WORDS_NOUNS.has(t.lower)) continue;
    // The words after the noun: a few short words, or a that-clause with no speech verb of its own.
    let ok = n - 1 - k <= 4;
    for (let i = k + 1; i < n && ok; i++) if (!WORDS_TAIL.has(toks[i].lower)) ok = false;
    ok ||= copulaTail(toks, k);
    if (!ok) {
      let c = k + 1;
      if (c < n && (WORDS_PHRASE_OPENERS.has(toks[c].lower) || TIME_NOUNS.has(toks[c].lower))) {
        while (c < n && c - k <= 6 && toks[c].word && toks[c].lower !== "that") c++;
      }
      if (c < n && (toks[c].lower === "is" || toks[c].lower === "was")) c++;
      // (The that-clause may be all in marks: "her assertion during the debate that “…”".)
      if (c >= n || toks[c].lower !== "that" || n - c > 22) continue;
      if (hasCueVerbFrom(toks, c + 1)) return null;
      for (let i = c + 1; i < n; i++) if (toks[i].text === ":" || toks[i].text === "(") return null;
    }
    // Up to three modifiers between the possessor and the noun ("recent evidence-free", "March").
    let p = k - 1;
    while (p > 0 && k - p <= 3 && toks[p].word && !isPossessiveTok(toks[p]) && !POSSESSIVE_PRONOUNS.has(toks[p].lower) && !FIRST_PERSON_POSSESSIVES.has(toks[p].lower) && !ARTICLE_WORDS.has(toks[p].lower) && !isCueVerb(toks, p)) p--;
    // "… that I had to change my answer: “…”": the narrator's "I" (or "we") that opens the possessive's
    // clause, a few words before it with no comma between, says it (the writer, as a first person).
    const self = FIRST_PERSON_POSSESSIVES.get(toks[p].lower);
    if (self) {
      for (let j = p - 1; j >= 0 && p - j <= 6 && toks[j].text !== ","; j--) {
        if (toks[j].lower === self) {
          const m = parseSubject(q.text, spanOf(toks[j], toks[j]));
          return m ? { mention: m, noun: k, from: j } : null;
        }
      }
      return null;
    }
    const pro = POSSESSIVE_PRONOUNS.get(toks[p].lower);
    if (pro) {
      if (hasCueVerbFrom(toks.slice(0, p), 0)) return null;
      const span = { start: toks[p].start, end: toks[p].end };
      // "… and Trump stood by his comment that “…”": the clause's own named subject is whose words
      // they are; the possessive as written stays the mention.
      const own = pro.plural ? null : namedClauseSubject(q, toks, p, pro.gender);
      if (own) return { mention: remadeMention(own, { whole: span }), noun: k, from: p };
      return { mention: { span, role: null, whole: span, kind: "pronoun", type: pro.plural ? "group" : "person", gender: pro.gender, name: null, title: null, plural: pro.plural }, noun: k, from: p };
    }
    if (p < 1 || !isPossessiveTok(toks[p]) || !toks[p - 1].word) return null;
    // The possessor: the capitalised run before the possessive ending, or a person or organisation
    // noun after its determiner ("the campaign’s").
    let s = p - 1;
    if (toks[s].cap) {
      while (s > 0 && toks[s - 1].cap && toks[s - 1].word) s--;
    } else if (PERSON_NOUNS.has(toks[s].lower) || ORG_WORDS.has(toks[s].lower)) {
      while (s > 0 && p - s <= 4 && toks[s - 1].word && !DETERMINER_WORDS.has(toks[s - 1].lower)) s--;
      if (s === 0 || !DETERMINER_WORDS.has(toks[s - 1].lower)) return null;
      s--;
    } else return null;
    // "The town released a statement saying Lee’s comments “…”": words about someone's words are
    // the speaker's before them.
    if (hasCueVerbFrom(toks.slice(0, s), 0)) return null;
    const m = parseSubject(q.text, spanOf(toks[s], toks[p - 1]));
    if (!m || m.kind === "pronoun") return null;
    return { mention: remadeMention(m, { whole: { start: m.whole.start, end: toks[p].end } }), noun: k, from: s };
  }
  return null;
}

/**
 * "said Tuesday that according to …": the token at `i` follows a "that" which a speech verb a few
 * words before it (a time word between, no punctuation) opens its content with.
 */
function reportedThatBefore(toks: readonly Tok[], i: number): boolean {
  if (i < 2 || toks[i - 1].lower !== "that") return false;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    if (!toks[k].word) return false;
    if (isCueVerb(toks, k)) return true;
  }
  return false;
}

/**
 * "… wrote the authors of the “Growth and Opportunity Project,” giving …": the window after a quote
 * stops where the next marks open, which may be a title inside the source; `end` moved past such a
 * title's closing mark (within 70 characters, on one line), else `end` itself. parseInvertedSource
 * decides whether the title belongs to the source.
 */
function throughTitle(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
  const open = text.charCodeAt(i);
  if (open !== 0x201c && open !== 0x22) return end;
  for (let k = i + 1; k < text.length && k <= i + 70; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x201c) return end;
    if (c === 0x201d || c === 0x22) return k + 1;
  }
  return end;
}
