import type { Span } from "../model/index.js";
import { NAME_PARTICLES } from "../model/name-words.js";
import { AUX_ADVERBS, BAD_CONTENT_START, CLAUSE_WORDS, DETERMINERS, FINAL_ABBREVIATIONS, NEXT_SPEECH_ACTS, NP_OBJECT_LEMMAS, PHRASE_PREPOSITIONS, SENTENCE_OPENERS, SPEECH_VERBS, SUBJECT_PRONOUNS, TAKES_INFINITIVE, TIME_WORDS, type VerbEntry } from "./reported-lexicon.js";
import { FINITE_AUX, isTimeThat } from "./reported-source.js";
import { type Token, tokenAt } from "./reported-text.js";
import { AUX_START, DASHES, PRONOUN_CONTRACTION, type Sentence, clauseIn, content, verbFirst } from "./reported-sentence.js";
import { QUESTION_WORDS } from "./reported-verb.js";

/**
 * Where reported content starts and ends: forward after the cue (up to an attribution tail, a second
 * verb or a quotation with its own attribution), backward before a trailing attribution, and the
 * trims of a reporter's gloss.
 */

/**
 * After a comma, these open the reporter's own addition to a reported clause: a contrast (", while
 * 9 percent ..."), a comparison (", compared with ..."). Measured on PolNeAR train: each ends more
 * gold spans than it cuts. (", which ...", ", a ..." and ", up 3 percent" did too on train
 * but not on dev: the annotators keep a relative clause on the content's last noun as often as not.)
 */
const TAIL_AFTER_COMMA = /^(?:while|whereas|compared)$/;

/** Participles of speech or stance: after a comma they narrate the speaker, not the reported event. */
const SPEAKER_ACTS = /^(?:remarking|implying|echoing|declaring|acknowledging|conceding|reiterating|offering|believing|appearing|employing|repeating|promising|vowing|suggesting|predicting|accusing|blaming|criticizing|praising|questioning|responding|defending|tapping|cracking|smiling|laughing|speaking|describing|referring|citing|insisting|arguing|adding|noting|saying|telling|claiming|warning|urging|calling|pointing|asking|explaining|stating|denying)$/;

/**
 * Participles of the reporter's gloss on what the reported event means for the race or the record: after a
 * comma they weigh the claim ("said 60 percent would back her, putting her ahead of every rival", "..., throwing
 * a wrench in ...", "..., surpassing the record set in 2012", "..., highlighting the gap between ...", "..., reflecting
 * the party's attempts to unify", "..., leading to a four-year war", "..., leading the field"), they do not go on with it.
 * (Participles of a plain consequence, ", leaving ...", ", bringing its total to ...", stay: PolNeAR keeps them as
 * often as not.) Measured on PolNeAR train: 5 spans more matched, none lost; "reflecting" later: 1 more (of 3 cut: two
 * glosses, one a speaker's own "a dip, reflecting ..."); "leading" later: 1 more (of 2 cut, both the reporter's).
 */
const RESULT_GLOSS = /^(?:putting|throwing|highlighting|underscoring|surpassing|signaling|signalling|prompting|sparking|fueling|fuelling|casting|reflecting|leading)$/;

/**
 * Adverbs that may stand between the comma and a participle of the speaker's act (", even suggesting ..."). ("then" is
 * left out: ", then cracking down on ..." goes on with a list of steps.)
 */
const PARTICIPLE_ADVERBS = /^(?:even|also|again|repeatedly)$/;

/** Finite verbs that may follow "as" right after a comma with their subject after them (", as have other Democrats"). */
const INVERTED_AFTER_AS = /^(?:is|was|are|were|has|have|had|does|did|do)$/;

/** Finite forms of saying that take a subject before them (see forwardStop). */
const FINITE_SPEECH = /^(?:said|says|told|tells|added|adds|argued|argues|insisted|insists|claimed|claims|noted|notes|warned|warns|explained|explains)$/;

/**
 * "on (the) condition of anonymity" at token k (a first-word test before the rest). ("on condition that
 * the town pay half" is the terms of a deal, which may be the claim itself.)
 */
function anonymityTerms(toks: readonly Token[], k: number): boolean {
  const w = toks[k].lower;
  if (w !== "on" && w !== "under") return false;
  const c = toks[k + 1]?.lower === "the" ? k + 2 : k + 1;
  return toks[c]?.lower === "condition" && toks[c + 1]?.lower === "of" && toks[c + 2]?.lower === "anonymity";
}

/** Whether an ellipsis ("…" or three periods, no spaces) at k has a capitalised word joined to its end. */
function ellipsisBreakAt(toks: readonly Token[], k: number): boolean {
  let e = k + 1;
  if (toks[k].text === ".") {
    if (toks[k + 1]?.text !== "." || toks[k + 2]?.text !== "." || toks[k + 1].start !== toks[k].end || toks[k + 2].start !== toks[k + 1].end) return false;
    e = k + 3;
  } else if (toks[k].text !== "…") return false;
  const nx = toks[e];
  return !!nx && nx.word && nx.cap && nx.start === toks[e - 1].end;
}

/** Index of the first token at or after `from` that ends forward content ("..., according to X"). */
export function forwardStop(s: Sentence, from: number, firstComma = false): number {
  const { toks } = s;
  for (let k = from; k < toks.length - 1; k++) {
    if (firstComma && toks[k].text === "," && k > from + 1) return k;
    // "Lee -- whose report urged the party to court young voters -- is doubtful ...", "a bold - critics say reckless -
    // budget": the cue sits in an aside set off by dashes, and the dash that closes it ends the content; the sentence
    // the aside interrupts goes on after it. (Counted only once a dash turns up after the cue.)
    if (k > from && spacedDash(toks, k) && asideOpenBefore(toks, from)) return k;
    // "(no one bothered to tell me which one) when I saw ...": a cue inside a parenthesis; the ")" that closes it ends
    // the content, the sentence around it goes on after it. (A parenthesis the content opens itself stays whole.)
    if (k >= from && toks[k].text === ")" && closesParenBefore(toks, from, k)) return k;
    // "have not said who they will back, and a third has not been named", "asked whether Lee would quit, but the campaign
    // declined to answer": an embedded question is one clause; ", and"/", but" with a subject of its own after it is the
    // reporter going on. (", and when", ", and by whom" finish the same question.)
    if (toks[k].text === "," && k > from + 1 && EMBEDDED_QUESTION.test(toks[from].lower) && /^(?:and|but)$/.test(toks[k + 1].lower) && newClauseAt(toks, k + 2)) return k;
    // "... attacks in the U.S. He says ...": the abbreviation's period ended the sentence after all.
    // (The tokeniser keeps the period on the abbreviation: "U.S." is one token.)
    if (k > from && toks[k].lower.endsWith(".") && FINAL_ABBREVIATIONS.has(toks[k].lower.slice(0, -1)) && toks[k + 1].cap && SENTENCE_OPENERS.has(toks[k + 1].lower)) return k + 1;
    // ", remarking that ...", ", tapping the ...": narration of the speaker resumes after the reported
    // clause. Only a participle of the speaker's own act ends it: one of consequence stays with the
    // reported event (", leaving that choice to the next president", ", bringing its total to ...").
    // (", but ..." is as often the reported clause's own second half as narration: no end there.)
    // ("sought her ouster, believing she was ...": a two-word object is enough before the participle.)
    if (toks[k].text === "," && k > from + 1) {
      const nx = toks[k + 1];
      // ("said the leaders, responding to pressure from unions, have insisted on ...": an aside closed by a comma
      // before a finite verb sits on the clause's subject, inside the clause.)
      if (!nx.cap && (SPEAKER_ACTS.test(nx.lower) || RESULT_GLOSS.test(nx.lower) || (SPEECH_VERBS.has(nx.lower) && nx.lower.endsWith("ing"))) && !appositiveInClause(toks, k + 2)) return k;
      // (", even suggesting he was sabotaged", ", again urging ...": an adverb before the speaker's participle changes nothing.)
      const pa = k + 2 < toks.length ? toks[k + 2] : undefined;
      if (!nx.cap && PARTICIPLE_ADVERBS.test(nx.lower) && pa && !pa.cap && SPEAKER_ACTS.test(pa.lower) && !appositiveInClause(toks, k + 3)) return k;
      // "Smith, arguing that the levy was unfair, said she would vote no": a finite speech verb after the comma is
      // the main clause's, whose subject the aside followed. ("the law, said to be the strictest, ..." is a
      // participle on a noun of the content.)
      // (Also after two words: "wanted to admit 250,000 Syrians, said he would ...".)
      if (k > from + 1 && !nx.cap && FINITE_SPEECH.test(nx.lower) && toks[k + 2]?.lower !== "to") return k;
    }
    // ("... of the refuge - noting that ...": a dash standing apart before the speaker's participle ends it as the comma does.)
    if (k > from + 1 && toks[k].text !== "," && spacedDash(toks, k)) {
      const nx = toks[k + 1];
      if (nx && !nx.cap && (SPEAKER_ACTS.test(nx.lower) || (SPEECH_VERBS.has(nx.lower) && nx.lower.endsWith("ing"))) && !appositiveInClause(toks, k + 2)) return k;
    }
    // "say they're liberal, 32% call themselves conservative", "say they are liberal, 34% conservative": after a
    // comma a share of its own opens the poll's next finding, not the same answer. (A score, "73 percent to 63
    // percent", "76%-21%", and a partitive, "82 percent of whom", stay.)
    if (toks[k].text === "," && k > from + 1 && nextShare(toks, k + 1)) return k;
    // "predicted a Cruz win in Texas, which votes on March 1", "willing to be interviewed by the FBI, which is conducting its
    // own probe", "support Clinton over Trump, who garnered only 15 percent": a relative clause on a name is the reporter's
    // gloss on who or what it is, not the speaker's claim. (", which ..." after a common noun or a clause is as often the
    // source's own: no end there. ", whose ..." is too: "Hillary Clinton, whose time as secretary of state arguably made
    // the world less safe". Nor when a quotation follows: "notes that Jane Kim, who is running for the Senate, “is a ..."
    // goes on in the quotation, and the name alone is no content.)
    // (", for whom he was to co-host a fundraiser", ", in which ...": the same with a preposition before the relative.)
    // (The relative is looked for after a comma only: this loop reads every token of the content.)
    if (toks[k].text === "," && k > from + 2) {
      const rel = RELATIVE_PREPOSITIONS.test(toks[k + 1].lower) && /^(?:whom|which)$/.test(toks[k + 2]?.lower ?? "") ? k + 2 : k + 1;
      if (/^(?:which|who|whom)$/.test(toks[rel].lower) && (rel > k + 1 || toks[rel].lower !== "whom") && namedHead(toks[k - 1]) && !appositiveInClause(toks, rel + 1) && !nameListGoesOn(toks, rel + 1) && !quotationAfter(s, k)) return k;
    }
    // "announced his candidacy at Liberty University, the evangelical institution founded by Jerry Falwell", "said he did
    // not support Mr. Trump, the presumed favorite": an appositive with "the" on a name that closes the sentence is the
    // reporter's note on who or what the name is, as with "which"/"who" above (see closingAppositive).
    if (toks[k].text === "," && k > from + 2 && toks[k + 1].lower === "the" && namedHead(toks[k - 1]) && closingAppositive(toks, k + 2)) return k;
    // ", a 16-point margin over ...", ", an idea he has raised before": an appositive on the content's
    // last noun is the reporter's gloss. (", the ..." and ", which ..." are as often the source's.)
    // (Not when a verb follows the appositive's closing comma: then it sat on the clause's subject.)
    if (toks[k].text === "," && k > from + 2 && (toks[k + 1].lower === "a" || toks[k + 1].lower === "an") && !appositiveInClause(toks, k + 2) && !nameListGoesOn(toks, k + 2) && !nounPhraseSubject(toks, k + 1)) return k;
    // (", something she has repeatedly asked of her rival", ", something that Trump mocked": the same gloss with "something".)
    if (toks[k].text === "," && k > from + 2 && toks[k + 1].lower === "something" && glossClause(toks, k + 2) && !appositiveInClause(toks, k + 2)) return k;
    // ", as was the case with Tuesday's news conference", ", as have other Democrats", ", as is tradition for ...": "as" with
    // its verb before any subject is the reporter's comparison with other cases, not part of the claim.
    if (toks[k].text === "," && k > from + 2 && toks[k + 1].lower === "as" && INVERTED_AFTER_AS.test(toks[k + 2]?.lower ?? "")) return k;
    // "confirmed the meeting on the condition of anonymity because they were not authorized to ...": the terms
    // on which the source spoke are the reporter's account of the sourcing, never part of what was said.
    if (k > from + 1 && anonymityTerms(toks, k)) return k;
    // "said he would only deal with Ann Lee…Bo Diaz got mad": an ellipsis with a capitalised word right after it, no
    // space between, breaks the thought off as a sentence end would (the splitter needs the space to see one).
    if (k > from + 1 && ellipsisBreakAt(toks, k)) return k;
    if (toks[k].text !== "," && toks[k].text !== ";" && toks[k].text !== "—" && toks[k].text !== "--") continue;
    const nx = toks[k + 1].lower;
    if (nx === "according" || nx === "saying" || nx === "adding" || nx === "citing" || nx === "noting" || nx === "arguing") return k;
    // ", perhaps an excuse to ...": the reporter's aside after the reported clause.
    // (Before a participle or a clause the adverb is the reported clause's own: ", possibly hoping to ...",
    // "because, presumably, meetings ...".)
    if (/^(perhaps|possibly|presumably|apparently|probably|likely)$/.test(nx) && toks[k].text === "," && /^(?:a|an|the)$/.test(toks[k + 2]?.lower ?? "")) return k;
    // (", while reducing its impact": a participle after "while" is still the reported clause's.)
    // (Nor when the aside is closed by a comma before the clause's verb: "the scandal, while troublesome, was handled well".)
    if (toks[k].text === "," && TAIL_AFTER_COMMA.test(nx) && k > from + 2 && !(k + 2 < toks.length && toks[k + 2].lower.endsWith("ing")) && !appositiveInClause(toks, k + 2)) return k;
  }
  // "denied the charges and counter-accused her of battery", "has promised a veto and attempted to make the case ...":
  // after a noun phrase with no verb of its own, "and" and a past form are the speaker's next act (see secondActAfterNoun).
  const act = secondActAfterNoun(s, from);
  if (act > 0) return act;
  // "... and predicted that ...", "... but said ...": a second verb of the same subject ends the content.
  for (let k = from + 2; k < toks.length - 1; k++) {
    if (toks[k].lower !== "and" && toks[k].lower !== "but") continue;
    const then = toks[k + 1].lower === "then" && k + 2 < toks.length - 1 ? 1 : 0;
    const nx = toks[k + 1 + then];
    const after = toks[k + 2 + then]?.lower ?? "";
    const verbish = nx.lower.length > 4 && nx.lower.endsWith("ed") && /^(that|the|a|an|his|her|their|its|it|him|them|to|this)$/.test(after);
    // ", and she accused ...", ", but Cook did not say when": after a comma, a pronoun or name with its
    // own speech verb is the narrator reporting a new act, not the reported clause's second half.
    // (Any past-tense verb there ends more spans on PolNeAR train but cuts some on dev.)
    if (toks[k - 1].text === ",") {
      let m = k + 1 + then;
      if (nx.lower === "he" || nx.lower === "she" || nx.lower === "they") m++;
      else while (m < toks.length - 1 && m - k < 5 && toks[m].cap && toks[m].word) m++;
      if (m > k + 1 + then) {
        while (m < toks.length - 1 && AUX_ADVERBS.has(toks[m].lower)) m++;
        if (m < toks.length && SPEECH_VERBS.has(toks[m].lower) && !toks[m].lower.endsWith("ing")) return k - 1;
      }
    }
    // "warning that A and implying that B": a second participle of the speaker's act ends the first's content.
    // (Only a participle of saying: "are not endorsing X and offering Y" is the reported clause's own.)
    if (!nx.cap && nx.lower.endsWith("ing") && (SPEECH_VERBS.has(nx.lower) || nx.lower === "implying")) return toks[k - 1].text === "," ? k - 1 : k;
    // Without a comma, "and" + another verb is as often the reported clause's own ("said she was
    // tired and wanted a change"): only a speech verb ends it there.
    // ("conceded that A but implied that B": a past form that takes its own "that" clause after
    // "but" is the speaker's next act, comma or not.)
    const ownClause = toks[k].lower === "but" && nx.lower.endsWith("ed") && after === "that";
    if (!SPEECH_VERBS.has(nx.lower) && toks[k - 1].text !== "," && !ownClause) continue;
    // ("asked the woman to raise her voice and say the word louder", "said she would stand up and tell them no": a
    // bare form joins the infinitive or the modal's verb before it, inside the clause.)
    if (!nx.cap && SPEECH_VERBS.get(nx.lower)?.lemma === nx.lower && bareVerbBefore(toks, from, k)) continue;
    // ("says he spoke to the governor and asked him to ...": see pastAfterPresentCue.)
    if (toks[k - 1].text !== "," && pastAfterPresentCue(toks, from, nx)) continue;
    if (!nx.cap && (SPEECH_VERBS.has(nx.lower) || verbish)) {
      return toks[k - 1].text === "," ? k - 1 : k;
    }
  }
  return toks.length;
}

/**
 * "McConnell says he spoke to Trump and asked him to ...", "Residents say they called the city and complained that ...":
 * a past speech verb (nx, after "and") in a content that opens with a subject pronoun, after a present cue ("says",
 * "tell", not after "to" or an auxiliary: "will say", "did tell"): the tenses differ, so the verb goes on the
 * content's subject, not the speaker's. The cue is the nearest speech verb within eight tokens before `from`.
 * ("Clinton adds that she has released her returns and called on ...": after an auxiliary the act stays the speaker's.)
 */
export function pastAfterPresentCue(toks: readonly Token[], from: number, nx: Token): boolean {
  const iv = SPEECH_VERBS.get(nx.lower);
  if (nx.cap || !iv || iv.form === iv.lemma || iv.form.endsWith("s") || iv.form.endsWith("ing")) return false;
  const subj = toks[from]?.lower === "that" ? from + 1 : from;
  // (The content's own verb in the simple past too, "he spoke ... and asked": after an auxiliary, "she has released ...
  // and called on", the tenses part again and the act is as often the speaker's.)
  if (!CONTENT_SUBJECTS.test(toks[subj]?.lower ?? "") || !toks[subj + 1]?.word || AUX_ADVERBS.has(toks[subj + 1].lower)) return false;
  for (let c = from - 1; c >= 0 && from - c <= 8; c--) {
    const ov = SPEECH_VERBS.get(toks[c].lower);
    if (!ov || toks[c].cap) continue;
    const before = c > 0 ? toks[c - 1].lower : "";
    return (ov.form === `${ov.lemma}s` || ov.form === ov.lemma) && before !== "" && before !== "to" && !AUX_ADVERBS.has(before);
  }
  return false;
}
const CONTENT_SUBJECTS = /^(?:he|she|they|we|i)$/;

/** Words that open the object or complement of a verb right after it ("counter-accused her", "attempted to ..."). */
const OBJECT_OPENERS = /^(?:the|a|an|his|her|their|its|it|him|them|he|she|they|to|that|this|these|those|of|about|for|with|against|on|in|at|from|into|over|up|out|back)$/;

/**
 * The "and" that joins a second act of the speaker to a noun-phrase content ("claimed momentum and argued he is ...",
 * "denied the charges and counter-accused her ...", "claimed self-defense and was acquitted"), or -1. The content is a
 * noun phrase: no verb, auxiliary, pronoun, clause word or "to" among its first words and no clause by the tagger (a
 * clause, "said she was tired and wanted a change", goes on with its own subject). After "and" (and "then"): a past form in -ed with an object or
 * a complement opening after it (not a noun: "layoffs and continued cost-cutting", "the heat and unsettled weather"
 * are one list), or "was"/"were"/"had". A bounded walk of the first dozen tokens.
 */
function secondActAfterNoun(s: Sentence, from: number): number {
  const { toks } = s;
  for (let k = from + 1; k < toks.length - 2 && k - from <= 12; k++) {
    const t = toks[k];
    if (t.lower !== "and") {
      if (!t.word || t.cap) {
        if (t.word || t.text === "-" || t.text === "’" || t.text === "'") continue;
        return -1;
      }
      if (FINITE_AUX.test(t.lower) || /^(?:do|does|did)$/.test(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_WORDS.has(t.lower) || t.lower === "to" || /[’']/.test(t.lower) || (t.lower.length > 4 && /(?:ed|ing)$/.test(t.lower))) return -1;
      continue;
    }
    const m = toks[k + 1].lower === "then" ? k + 2 : k + 1;
    const nx = toks[m];
    if (!nx || !nx.word || nx.cap) return -1;
    const after = toks[m + 1];
    const participle = !!after && after.word && !after.cap && (after.lower === "been" || (after.lower.length > 4 && after.lower.endsWith("ed")));
    if (!((/^(?:was|were|had)$/.test(nx.lower) && participle) || (nx.lower.length > 4 && nx.lower.endsWith("ed") && OBJECT_OPENERS.test(toks[m + 1]?.lower ?? "")))) return -1;
    // (An irregular past the walk cannot tell from a noun, "the two met in a group and decided to ...", "she became
    // pregnant and was dismayed": the clause test, the tagger, asked only here.)
    return k > from && !clauseIn(s, s.text.slice(toks[from].start - s.span.start, toks[k - 1].end - s.span.start)) ? k : -1;
  }
  return -1;
}

/**
 * Whether the words from token a to the sentence's end are one noun phrase with at most a relative clause or a
 * participle after it: "the evangelical institution founded by Jerry Falwell", "the Republican nominee". No comma,
 * dash, bracket or quotation mark, no "and"/"or"/"but" (", the Panthers or the Broncos" is a list), and no finite verb
 * before a relative word (", the candidates aren't offering ..." is a clause of its own).
 */
function closingAppositive(toks: readonly Token[], a: number): boolean {
  let relative = false;
  let words = 0;
  for (let m = a; m < toks.length; m++) {
    const t = toks[m];
    if (!t.word) {
      if (m === toks.length - 1 && /^[.!?]$/.test(t.text)) break;
      if (t.text === "’" || t.text === "'") continue;
      return false;
    }
    if (/^(?:and|or|but|nor)$/.test(t.lower)) return false;
    if (/^(?:that|who|which|whom|whose)$/.test(t.lower)) relative = true;
    else if (!relative && (FINITE_AUX.test(t.lower) || /^(?:do|does|did)$/.test(t.lower) || /n[’']t$/.test(t.lower))) return false;
    words++;
  }
  return words > 0;
}

/**
 * Whether an infinitive's "to", a modal or a causative verb ("had her staff field them", "let them ...") stands in
 * toks[from, k): a bare verb may follow it there.
 */
function bareVerbBefore(toks: readonly Token[], from: number, k: number): boolean {
  // ("says he'd sit Putin down and tell him ...": a modal run into its pronoun is one too.)
  for (let m = from; m < k; m++) if (/^(?:to|will|would|can|could|should|must|might|may|had|let|made)$/.test(toks[m].lower) || MODAL_CONTRACTION.test(toks[m].lower)) return true;
  return false;
}
/** A subject pronoun with "would"/"will" run into it ("he'd", "they’ll"). */
const MODAL_CONTRACTION = /^(?:he|she|they|we|i|you|it)['’](?:d|ll)$/;

/**
 * Whether a double quotation mark stands after token k in the sentence: the sentence's last one is after it. (Two
 * lastIndexOf scans, no slice: a run of relatives on names in one sentence stays linear in its length.)
 */
function quotationAfter(s: Sentence, k: number): boolean {
  const at = s.toks[k].end - s.span.start;
  return s.text.lastIndexOf("“") >= at || s.text.lastIndexOf('"') >= at;
}

/**
 * A name's last word: capitalised by a letter. (A number or amount, "the limit of 10,000, which was reached on Aug. 29",
 * "about $51,000, which is roughly where it stood in 1975", is what the source measured: its relative is as often theirs.)
 */
function namedHead(t: Token): boolean {
  return t.cap && t.word && !/^[\d$]/.test(t.text);
}

/** A share at token a ("32%", "34 percent") with no score, partitive or comparison after it ("... to 42 percent", "... of whom"). */
function nextShare(toks: readonly Token[], a: number): boolean {
  if (a + 2 >= toks.length || !/^\d/.test(toks[a].text) || (toks[a + 1].text !== "%" && toks[a + 1].lower !== "percent")) return false;
  const nx = toks[a + 2];
  // (A comparison after the share measures the number before it: "accepted 11,491 refugees, 15 percent over the limit".)
  return nx.word && !/^(?:to|of|points?|among|in|for|from|over|above|below|under|more|less|fewer|higher|lower|up|down|than|short|shy|beyond)$/.test(nx.lower);
}

/**
 * "said that, even if they thought it was appropriate, a recount of the vote could not be done", "said he was
 * unfocused, a bit adrift, in the weeks after ...": after the comma, "a"/"an" opens no gloss when it is a degree
 * ("a bit adrift"; "a bit more than ..." is a gloss's comparison) or the subject of a clause: a noun phrase that a
 * finite auxiliary follows before any stop, with no second subject between ("a plan the mayor has modified", "a
 * message he is sending" are glosses with a relative clause).
 */
function nounPhraseSubject(toks: readonly Token[], a: number): boolean {
  const nx = toks[a + 1]?.lower ?? "";
  if (/^(?:bit|little)$/.test(nx)) return !/^(?:more|less|fewer|higher|lower|better|worse|over|under|above|below|than|of)$/.test(toks[a + 2]?.lower ?? "");
  for (let k = a + 1; k < toks.length && k - a <= 8; k++) {
    const t = toks[k];
    if (!t.word) return false;
    if (FINITE_AUX.test(t.lower)) return k > a + 1;
    if (CLAUSE_WORDS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || (DETERMINERS.has(t.lower) && toks[k - 1].lower !== "of")) return false;
    // (A name after "of" is the noun's complement, "a recount of Monday's vote"; elsewhere it opens a relative clause.)
    if (t.cap && toks[k - 1].lower !== "of") return false;
  }
  return false;
}

/**
 * "along with Ann Lee, a State Department official, and Bo Diaz", "two men: Ann Lee, who was charged ..., and Bo Diaz, a
 * former detainee": an appositive or a relative clause closed by a comma and followed by "and"/"or" and a name with no
 * verb after it (lastOfNames) sits on one name of a list that goes on inside the content. (The first comma within 25
 * tokens, before any other stop.)
 */
function nameListGoesOn(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < toks.length - 2 && k - from < 25; k++) {
    const t = toks[k];
    if (t.text === ",") return lastOfNames(toks, k + 1);
    if (!t.word && t.text !== "-" && t.text !== "’" && t.text !== "'" && t.text !== "(" && t.text !== ")") return false;
  }
  return false;
}

/**
 * "said Jim Roe, a former mayor, was ready to ...": an appositive closed by a comma and followed by a
 * finite verb sits on the reported clause's subject, inside the clause.
 */
function appositiveInClause(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < toks.length - 1 && k - from < 12; k++) {
    const t = toks[k];
    if (t.text === ",") {
      const nx = toks[k + 1];
      return nx.word && !nx.cap && (AUX_START.test(nx.lower) || (nx.lower.endsWith("ed") && nx.lower.length > 4));
    }
    if (!t.word && t.text !== "-" && t.text !== "’" && t.text !== "'") return false;
  }
  return false;
}

/**
 * Content without "that" after "said", "told Y", "added": it must be a clause ("said he agrees"),
 * not an adverbial or a name ("said on Wednesday", "said Mark Smith, an expert"). Verbs that report
 * a thing said (NP_OBJECT_LEMMAS: "announced his candidacy", "called for a ban") also take a noun phrase.
 */
export function reportedClause(s: Sentence, body: Span, verb: VerbEntry): boolean {
  const text = s.text.slice(body.start - s.span.start, body.end - s.span.start);
  const first = /^[\p{L}']+/u.exec(text)?.[0].toLowerCase() ?? "";
  // "claiming his third victory in the string of contests known as ...", "claims more territory from the rebels": see
  // claimedThing. (Before the clause test: the tagger reads the participle "known" as a verb.)
  if (verb.lemma === "claim" && claimedThing(s, body)) return false;
  // "said the same of Sanders", "said no to the war", "said as much": answers and anaphora stand for a clause.
  if (/^(?:the same|the opposite|yes|no|so|as much$)\b/iu.test(text)) return true;
  // "wanted to admit 250,000 Syrians", "admitted 40 students": a count after "admit" is the people let in; only a clause
  // ("admitted 3 people had died") is words.
  if (verb.lemma === "admit" && /^\d/.test(text)) return clauseIn(s, text);
  if (first === "that" || first === "to" || QUESTION_WORDS.has(first) || NP_OBJECT_LEMMAS.has(verb.lemma) || verb.frame === "ask") return true;
  // A subject pronoun and a verb-like word after it ("he would", "they’re", "it was") is a clause
  // without asking the tagger, which is the costly part of this check.
  const m = /^(?:he|she|they|we|i|it|there|you)(?:[’'](?:s|re|ll|d|ve|m))?\s+([\p{L}’']+)/iu.exec(text);
  if (m && !PHRASE_PREPOSITIONS.has(m[1]!.toLowerCase()) && !CLAUSE_WORDS.has(m[1]!.toLowerCase())) return true;
  if (auxAfterSubject(s, body)) return true;
  // "the nonprofit provided a statement", "many doubted her": a past form after a short noun phrase
  // that a determiner opens, with an object after it, is the clause's verb (the tagger reads some such
  // nouns as adjectives).
  if (PAST_AFTER_NP.test(text)) return true;
  // "has added another link to the chain", "added 160 officers along the route, up from 90": after a verb that
  // also takes a thing added, the clause must open the content; a verb further on (the tagger finds one in
  // "after the last one is suspended") belongs to a phrase on the object. So only the words before the first
  // comma or "to" are tested.
  if (OBJECT_FIRST_LEMMAS.has(verb.lemma)) {
    const head = /^[^,;:]*?(?=,|;|:|\sto\s|$)/u.exec(text)?.[0] ?? text;
    return clauseIn(s, head);
  }
  // "disclosed a cache of documents that compelled the bureau to ...": a thing let out, with a relative clause of its own
  // (see NP_OBJECT_LEMMAS); only the words before a relative word or a comma are tested ("disclosed the firm had lost
  // money" stays a clause).
  if (verb.lemma === "disclose") {
    const head = /^[^,;:]*?(?=,|;|:|\s(?:that|which|who)\s|$)/u.exec(text)?.[0] ?? text;
    return clauseIn(s, head);
  }
  return clauseIn(s, text);
}

/**
 * Things taken or won: after "claim" they make it an act ("claimed victory", "claiming his third win", "claims more
 * territory", "the storm claimed 12 lives"), not words. ("claimed responsibility", "claimed self-defense", "claimed
 * momentum" are statements: not listed.)
 */
const CLAIMED_THINGS = /^(?:victory|victories|win|wins|territory|territories|title|titles|crown|seats?|prize|prizes|trophy|land|lands|ground|lives|life|spoils|gold|medals?|championships?)$/;

/**
 * Whether the content after "claim" is a thing taken or won (CLAIMED_THINGS): its first noun, within four words of
 * determiners, numbers, ordinals and adjectives, with no "that" or verb before it ("his third victory", "more
 * territory", "12 lives"). A bounded walk.
 */
function claimedThing(s: Sentence, body: Span): boolean {
  const { toks } = s;
  const a = tokenAt(toks, body.start);
  if (a < 0) return false;
  for (let k = a; k < toks.length && k - a < 5 && toks[k].start < body.end; k++) {
    const t = toks[k];
    if (/^\d/.test(t.text)) continue;
    if (!t.word || t.cap || FINITE_AUX.test(t.lower) || CLAUSE_WORDS.has(t.lower) || (SUBJECT_PRONOUNS.has(t.lower) && !/^(?:his|her|its|their|our|my|your)$/.test(t.lower))) return false;
    // ("claimed victory was near", "claimed his win was stolen": the noun is the subject of a clause.)
    if (CLAIMED_THINGS.test(t.lower)) {
      const nx = toks[k + 1];
      return !(nx && nx.word && !nx.cap && (FINITE_AUX.test(nx.lower) || (nx.lower.length > 4 && nx.lower.endsWith("ed"))));
    }
  }
  return false;
}

/**
 * Speech verbs that as often take a thing as their object ("added three parks", "added a digit to the number"):
 * a content without "that" or a subject pronoun is read as a clause only when its subject and verb come first.
 */
const OBJECT_FIRST_LEMMAS: ReadonlySet<string> = new Set(["add"]);

const PAST_AFTER_NP = /^(?:the|these|those|many|most|some|several|both|all|his|her|its|their|our)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}]+ed\s+(?:the|a|an|his|her|its|their|them|him|it|that|to|no)\b/u;

/**
 * A finite auxiliary after some words of a noun phrase ("foreign nationals who break the rules can be
 * barred", "too much is made of it"), not right after a relative pronoun and before any comma: the
 * stretch is a clause. A lookup on the tokens at hand, which spares the tagger its hardest cases.
 */
function auxAfterSubject(s: Sentence, body: Span): boolean {
  const { toks } = s;
  const a = tokenAt(toks, body.start);
  if (a < 0 || !toks[a].word || FINITE_AUX.test(toks[a].lower) || SUBJECT_PRONOUNS.has(toks[a].lower) && toks[a].lower !== "it") return false;
  for (let k = a + 1; k < toks.length && toks[k].start < body.end && k - a <= 24; k++) {
    const t = toks[k];
    if (!t.word) {
      if (t.text === "," || t.text === ";" || t.text === ":" || DASHES.has(t.text)) return false;
      continue;
    }
    if (FINITE_AUX.test(t.lower) && !t.cap) return !/^(?:who|which|that|whom|and|or|but|to)$/.test(toks[k - 1].lower);
    if (CLAUSE_WORDS.has(t.lower)) return false;
  }
  return false;
}

const ANSWERS = /^(?:yes|no|so|no\.)$/; // "no." is read as the abbreviation of "number"
/** Words after "said yes/no/so" that show the answer stands alone ("said no in March", not "said no decision ..."). */
const AFTER_ANSWER = /^(?:while|but|and|in|on|at|after|when|because|compared|too|again|last|this|during|before|then|twice|repeatedly)$/;

/** What follows a manner adverb right after the verb when the adverb modifies the verb. */
const MANNER_NEXT = /^(?:that|on|as|to|about|after|before|in|at|during|with|,|-|—|--)$/;

/**
 * Verbs that take a question as their object when negated ("did not say when", "would not disclose where"); a
 * complaint or a warning is about an occasion ("did not complain when China's spending helped growth").
 */
const QUESTION_TAKERS: ReadonlySet<string> = new Set(["say", "tell", "explain", "specify", "disclose", "reveal", "indicate", "confirm", "announce"]);

/**
 * Prepositions whose phrase right after the verb frames the reported clause itself ("said in politics it takes
 * time", "say for the party's nominee to win they must ...", "said with the deal done they would ..."): the
 * phrase goes with the content. After the others the phrase is the occasion or the topic of the saying ("said
 * after the meeting he would resign", "said of the mayor she had lied"): the content starts at its subject.
 */
const FRAMING_PREPOSITIONS = /^(?:in|for|with)$/;
/** An adverb of order or one in -ly ("first", "again", "quickly"), before "by" and the means ("responded first by saying"). */
const ORDER_OR_LY = /^(?:first|then|again|\p{Ll}{3,}ly)$/u;
const PHRASE_OPENERS = /^(?:in|for|with|on|at|after|before|during)$/;
/** Subject pronouns that open a clause (lower-cased), alone or run into their auxiliary ("he'd", "they’re"). */
const CLAUSE_PRONOUN = /^(?:he|she|they|we|i|it|you)(?:[’'](?:s|re|ll|d|ve|m))?$/;

/**
 * "said in politics it takes time to ...": a phrase opened by a preposition at token k (the verb's
 * skipAdverbials took no time or medium noun from it), up to 7 tokens of noun-phrase words, a subject pronoun,
 * then a word that can be its verb (only the openers of PHRASE_OPENERS: after "about", "of" or "by" the phrase is
 * as often a relative's, "what X said about Trump it is ..."). Returns the index the content starts at (the preposition or the pronoun,
 * see FRAMING_PREPOSITIONS), or -1: a comma, a clause word, an auxiliary or a speech verb before the pronoun
 * ("said in an interview that ...", "said on Monday, when he ...") leaves it alone. A bounded walk.
 */
function clauseAfterPhrase(toks: readonly Token[], k: number): number {
  if (!PHRASE_OPENERS.test(toks[k].lower)) return -1;
  for (let m = k + 1; m < toks.length - 1 && m - k <= 7; m++) {
    const t = toks[m];
    if (m > k + 1 && CLAUSE_PRONOUN.test(t.lower)) {
      const nx = toks[m + 1];
      if (!nx.word || PHRASE_PREPOSITIONS.has(nx.lower) || CLAUSE_WORDS.has(nx.lower) || nx.cap) return -1;
      return FRAMING_PREPOSITIONS.test(toks[k].lower) ? k : m;
    }
    if (!t.word) {
      if (/^[’'-]$/.test(t.text)) continue;
      return -1;
    }
    if (CLAUSE_WORDS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || FINITE_AUX.test(t.lower) || SPEECH_VERBS.has(t.lower)) return -1;
    // ("reported by the government in the cases it cited", "wrote after being dissatisfied with the answers he was
    // getting": a second preposition or a participle makes the phrase a clause's, and the pronoun a relative
    // clause's subject. Only "for X to win" takes its infinitive.)
    if (PHRASE_PREPOSITIONS.has(t.lower) && !(t.lower === "to" && toks[k].lower === "for")) return -1;
    if (!t.cap && t.lower.length > 4 && /(?:ed|ing)$/.test(t.lower)) return -1;
  }
  return -1;
}

/** How far past a relative "that" the second "that" may stand ("that posted this week that"). */
const RELATIVE_REACH = 6;

/**
 * A "that" at token m that may open a relative clause rather than the content: a word that can open a verb phrase
 * right after it ("a story that posted this week", "an interview that was taped"). (A noun passes too, "that
 * voters ...": only a second "that" with a subject after it, thatAfterRelative, makes it a relative.)
 */
function isRelativeThat(toks: readonly Token[], m: number): boolean {
  const nx = toks[m + 1];
  return !!nx && nx.word && !nx.cap && (AUX_START.test(nx.lower) || verbFirst(nx));
}

/**
 * The second "that" after the relative "that" at token m, within RELATIVE_REACH words and before any stop or
 * clause word, when a subject follows it (not another verb, not "that week"); or -1.
 */
function thatAfterRelative(toks: readonly Token[], m: number): number {
  for (let k = m + 2; k < toks.length - 1 && k - m <= RELATIVE_REACH; k++) {
    const t = toks[k];
    if (t.lower === "that") return !isTimeThat(toks, k) && !verbFirst(toks[k + 1]) && !AUX_START.test(toks[k + 1].lower) && toks[k + 1].word ? k : -1;
    if (!t.word || CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return -1;
  }
  return -1;
}

/** Content after the verb: "(that) ...", to the end of the sentence or an attribution tail. */
export function forwardContent(s: Sentence, from: number, verb?: VerbEntry, firstComma = false, withheld = false): Span | null {
  const { toks } = s;
  let k = from;
  if (k < toks.length && toks[k].text === ":") k++;
  if (k >= toks.length) return null;
  const first = toks[k].lower;
  // "75 percent said yes, compared with ...", "half said so in the earlier poll": a one-word answer
  // stands for the clause.
  if (verb && verb.frame !== "ask" && ANSWERS.test(first) && (k + 1 >= toks.length || !toks[k + 1].word || AFTER_ANSWER.test(toks[k + 1].lower))) {
    return { start: toks[k].start, end: toks[k].start + first.replace(".", "").length };
  }
  // "acknowledged as much in an interview", "said as much, arguing ...": "as much" stands for the clause said before,
  // as "so" does. (Not "said as much as $2 million was lost", "said as much about her": a word that goes on with it.)
  if (verb && verb.frame !== "ask" && first === "as" && toks[k + 1]?.lower === "much" && (k + 2 >= toks.length || !toks[k + 2].word || AFTER_ANSWER.test(toks[k + 2].lower))) {
    return { start: toks[k].start, end: toks[k + 1].end };
  }
  // "said more than 1 million donors gave", "said nothing has changed": a quantity word can be the
  // content's subject; the clause test that follows tells it from "said more about it".
  const quantity =
    // ("said little, offering only ...", "said nothing, but ...": the word alone before a comma is the verb's object.)
    (/^(more|much|less|little|nothing|something|anything)$/.test(first) && k + 1 < toks.length && toks[k + 1].word && toks[k + 1].lower !== "about" && toks[k + 1].lower !== "to") ||
    // "said about half of the deficit reflected ...", "said about 40 people were hurt"
    // "reported at least six planes flew ...", "said up to 5 million people could qualify"
    (((first === "at" && /^(?:least|most)$/.test(toks[k + 1]?.lower ?? "")) || (first === "up" && toks[k + 1]?.lower === "to")) && /^(?:\d|\$|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|some|dozens|hundreds|thousands|millions)\b)/.test(toks[k + 2]?.lower ?? "")) ||
    (first === "about" && k + 1 < toks.length && (/^\d/.test(toks[k + 1].text) || /^(half|one|two|three|four|five|ten|twice)(?:-(?:half|halves|thirds?|quarters?|fifths?|fourths?))?$/.test(toks[k + 1].lower) || (toks[k + 1].lower === "a" && /^(third|quarter|fifth|half)$/.test(toks[k + 2]?.lower ?? ""))));
  // "would not say when the deal was signed", "have not said where they would meet": after a verb of saying that is
  // negated (`withheld`), "when"/"where" opens the question left unanswered, not the occasion ("said when asked").
  const allowed = quantity || (first === "to" && verb && TAKES_INFINITIVE.has(verb.lemma)) || (verb?.frame === "ask" && (first === "about" || first === "for" || first === "to")) ||
    (withheld && verb !== undefined && QUESTION_TAKERS.has(verb.lemma) && (first === "when" || first === "where") && k + 1 < toks.length && (toks[k + 1].word || toks[k + 1].text === ","));
  // "said happily on MSNBC", "said carefully, as ...", "said insistently that ...": a manner adverb
  // before a preposition, a comma or "that" belongs to the verb, not to the content.
  // "said - but they couldn't ...", "said — on Twitter, as it happens — that ...": a dash right after
  // the verb opens the narrator's aside; the content, if any, starts at a later "that".
  const manner =
    (first.length > 4 && first.endsWith("ly") && !toks[k].cap && k + 1 < toks.length && MANNER_NEXT.test(toks[k + 1].lower)) ||
    DASHES.has(toks[k].text);
  // ("responded first by saying ...", "replied quickly by noting that ...": an adverb before "by" and a participle is
  // the verb's; the content is read as after "responded by saying".)
  const byMeans = toks[k + 1]?.lower === "by" && (toks[k + 2]?.lower.endsWith("ing") ?? false) && !toks[k].cap && ORDER_OR_LY.test(first);
  if (verb && (manner || byMeans || BAD_CONTENT_START.has(first)) && !allowed) {
    // "said in Iowa on Monday that ...": the content starts at "that".
    let m = k;
    const reach = manner ? 16 : 9;
    while (m < toks.length && m - k < reach && (toks[m].word || (manner && toks[m].text !== ".")) && toks[m].lower !== "that") m++;
    // ("said in the office that handles ...", "responded to questions about companies that have ...":
    // "that" before a verb or an auxiliary is a relative pronoun.)
    // ("told Yahoo! News in a story that posted this week that he believes ...": past a relative "that" on the
    // phrase's noun, a second "that" with a subject opens the content.)
    if (m < toks.length && toks[m].lower === "that" && m - k < reach && isRelativeThat(toks, m)) m = thatAfterRelative(toks, m);
    if (m >= 0 && m < toks.length && toks[m].lower === "that" && m - k < reach + RELATIVE_REACH && !isTimeThat(toks, m) && !verbFirst(toks[m + 1]) && !AUX_START.test(toks[m + 1]?.lower ?? "")) k = m;
    else {
      // "said in politics it takes time ...", "say for the nominee to win they will have to ...": no "that", but a
      // short phrase and a clause of its own (see clauseAfterPhrase).
      const c = manner ? -1 : clauseAfterPhrase(toks, k);
      if (c < 0) return null;
      k = c;
    }
  }
  // "said in a speech that aired Monday that the levy was unfair": the medium phrase the verb's adverbials took
  // ends in a noun that a relative "that" goes with; the content is the second "that".
  if (toks[k].lower === "that" && isRelativeThat(toks, k)) {
    const m = thatAfterRelative(toks, k);
    if (m > k) k = m;
  }
  const stop = forwardStop(s, k, firstComma);
  const end = beforeQuotation(s, k, stop);
  return content(s, k, end) ?? beforeAppendedQuotation(s, k, end) ?? beforeNextPredicateQuotation(s, k, end, verb);
}

/**
 * "noted that Saturday would have been Reagan's birthday and quoted Reagan's “eleventh commandment”", "stating
 * there was a benefit to having him in the race and chiding the media for “the little game”", "have pointed out
 * that the inspector general found 12 such messages — though none reached the “top secret” level", "warning against
 * allowing in the refugees, pledging to “quickly ...”": the quotation sits in the speaker's next act (a verb in the
 * past, NEXT_SPEECH_ACTS or "quoted", after "and"/"but"; a participle after a comma) or in the reporter's aside after
 * a dash with words of its own before the mark. The reported clause before that boundary stands on its own (it must be a clause by
 * the tagger, after a leading "that"); beforeAppendedQuotation left it out.
 */
function beforeNextPredicateQuotation(s: Sentence, from: number, end: number, verb?: VerbEntry): Span | null {
  const { toks } = s;
  let q = from;
  while (q < end && !OPEN_MARKS.has(toks[q].text)) q++;
  if (q >= end) return null;
  const lead = toks[from].lower === "that" ? from + 1 : from;
  if (lead >= q || FRONTED_SUBORDINATORS.test(toks[lead].lower)) return null;
  // ("stating A and chiding the media for “…”": an -ing form after "and" goes on with a participle cue; after a finite
  // one it is as often the content's own ("said he began calling the groups and making an effort to “…”").)
  const participleCue = verb !== undefined && verb.form.endsWith("ing");
  // (The first such boundary: "call for A, looping the streets - where X played Y - while chanting “…”" ends at the
  // participle, before the aside.)
  for (let b = lead + 3; b < q - 1; b++) {
    const t = toks[b];
    const nx = toks[b + 1];
    let cut = -1;
    // (A dash with a space before it, "above- and below-ground", is no boundary; nor one before "as" alone, the
    // reporter's "- as Rubio has said -" that sits inside the clause.)
    if (DASHES.has(t.text) && t.start > toks[b - 1].end && DASH_ASIDE.test(nx.lower) && (nx.lower !== "as" || toks[b + 2]?.lower === "well")) cut = b;
    else if (t.text === "," && isParticiple(nx)) cut = b;
    else if ((t.lower === "and" || t.lower === "but") && nx.word && !nx.cap && (NEXT_SPEECH_ACTS.has(nx.lower) || nx.lower === "quoted" || (participleCue && isParticiple(nx)))) cut = toks[b - 1].text === "," ? b - 1 : b;
    else if (t.text === ";" || t.text === ":" || t.text === ".") return null;
    if (cut < 0) continue;
    const body = content(s, from, cut);
    if (!body) return null;
    const rest = content(s, lead, cut);
    return rest && clauseIn(s, s.text.slice(rest.start - s.span.start, rest.end - s.span.start)) ? body : null;
  }
  return null;
}
/** Words after a dash that open the reporter's aside: a concession, a gloss, "as well as". */
const DASH_ASIDE = /^(?:though|although|even|while|whereas|known|including|except|which|who|as)$/;
/** Words in -ing that are prepositions or nouns, not a participle ("during", "including", "nothing"). */
const NOT_PARTICIPLE = /^(?:during|including|regarding|concerning|according|following|excluding|considering|notwithstanding|pending|nothing|something|anything|everything|being|morning|evening|thing|king|spring|bring|sing|ring|wing|string|ceiling|meeting|building|hearing|funding|spending|polling|voting|ruling|briefing|reporting|wedding|shooting|bombing|training|housing|feeling|rating|warning|landing|opening|setting|timing|fighting)$/;
const isParticiple = (t: Token | undefined): boolean => !!t && t.word && !t.cap && t.lower.length > 5 && t.lower.endsWith("ing") && !NOT_PARTICIPLE.test(t.lower);

/** Words that open a clause of time, condition or cause before its main clause. */
export const FRONTED_SUBORDINATORS = /^(?:if|when|whenever|once|after|before|because|since|unless|until|while|although|though|as)$/;

/**
 * "If China can build a Great Wall, he observed this week, without tractors ...": the words before the source's
 * comma at token b are a fronted subordinate clause alone (a subordinator opens the sentence, after any dateline,
 * and no comma comes before b), so its main clause follows the attribution.
 */
export function frontedClauseOnly(toks: readonly Token[], b: number): boolean {
  const d = datelineEnd(toks);
  if (d >= b || !FRONTED_SUBORDINATORS.test(toks[d].lower) || toks[d].cap === false) return false;
  for (let m = d + 1; m < b; m++) if (toks[m].text === "," || toks[m].text === ";" || DASHES.has(toks[m].text)) return false;
  return true;
}

/**
 * Words after a clause boundary that open the reporter's addition to a reported clause rather than the
 * clause's own next part: a relative or subordinate clause (", who has been battered by ... “extremely
 * careless”", ", because he thought it “risks ...”", ", to which 21 percent said “...”") or a gloss
 * (", the vast majority of them rated “confidential”", ", known here as “the full Grassley”"). ("as" is
 * left out: ", as being responsible for ..." goes on with the verb's own complement.)
 */
const APPENDED_OPENERS = /^(?:who|whom|whose|which|where|to|because|though|although|even|while|whereas|the|known|including|except)$/;

/**
 * "The candidates say they are not trying to avoid Clinton, who has been battered by ... “extremely
 * careless.”", "has said 2,093 emails were redacted, the vast majority of them rated “confidential”",
 * "said just 8 percent would vote for him; 3 percent of “liberals” said ...": content that runs into a
 * quotation is left to the direct-quote extractor (see content), but when the quotation sits in an
 * addition after a clause boundary, the reported clause before the boundary still stands on its own.
 * Only the last boundary before the first mark counts: a semicolon, or a comma before a word of
 * APPENDED_OPENERS. A comma right before the mark, a colon or a dash leads into the quotation as the
 * clause's own end or its stand-in ("said that if he wants our guns, “come and take it”", "explained it
 * this way: “...”", "said he is so distressed -- “an outrage” -- that ..."); so does a comma before a
 * subject or a verb ("said the plan, which he called “a disaster,” would fail": the clause test that
 * follows the content turns away the noun phrase that is left). Measured on PolNeAR train: those
 * boundaries left a stub before the mark in most of the spans they added.
 */
function beforeAppendedQuotation(s: Sentence, from: number, end: number): Span | null {
  const { toks } = s;
  let q = from;
  while (q < end && !OPEN_MARKS.has(toks[q].text)) q++;
  if (q >= end) return null;
  let b = q - 1;
  while (b > from && !CLAUSE_BOUNDARIES.has(toks[b].text)) b--;
  if (b <= from + 2) return null;
  const t = toks[b].text;
  // ("said he was too busy to look for evidence that would back up his earlier statements: “I have a lot going on
  // ...”": a colon right before the mark, after a clause of its own, hands over to the speaker's own words, which the
  // direct-quote extractor reads; the reported clause ends at the colon. "explained it this way: “...”" leaves no
  // clause before it, and stays out.)
  const colon = t === ":" && b + 1 === q && b > from + 3 && clauseBeforeColon(s, from, b);
  const opens = colon || (b + 1 < q && (t === ";" || (t === "," && APPENDED_OPENERS.test(toks[b + 1].lower))));
  if (!opens) return null;
  if (colon) return content(s, from, b);
  // ("said that when the hotels did well, the developer was a “good citizen”": after a fronted clause of
  // time or condition, ", the ..." opens the main clause, whose verb comes before the mark.)
  if (toks[b + 1].lower === "the") for (let m = b + 2; m < q; m++) if (FINITE_AUX.test(toks[m].lower)) return null;
  // (Nor when what is left is that fronted clause alone: "said that if no one wins on the first ballot".)
  const lead = toks[from].lower === "that" ? from + 1 : from;
  if (FRONTED_SUBORDINATORS.test(toks[lead]?.lower ?? "")) return null;
  const cut = content(s, from, b);
  // ("said that the plan, which she called “a disaster,” would fail": after "that", which passes any
  // clause test, what is left must be a clause itself, not the subject an aside interrupts.)
  if (!cut || lead === from) return cut;
  const rest = content(s, lead, b);
  return rest && clauseIn(s, s.text.slice(rest.start - s.span.start, rest.end - s.span.start)) ? cut : null;
}

/** Whether toks[from, b) (after a leading "that") is a clause by the tagger: the words before a colon that ends them. */
function clauseBeforeColon(s: Sentence, from: number, b: number): boolean {
  const { toks } = s;
  const lead = toks[from].lower === "that" ? from + 1 : from;
  if (lead >= b || FRONTED_SUBORDINATORS.test(toks[lead].lower)) return false;
  // ("adding that Grayson said of his fiancée: “…”": a speech verb a few words before the colon introduces the quotation
  // itself; what stands before the colon is no claim of its own.)
  // (A finite form only: "the records that would back up his claim" ends in a noun.)
  for (let k = Math.max(lead, b - 5); k < b; k++) if (toks[k].word && !toks[k].cap && SPEECH_VERBS.has(toks[k].lower) && /(?:ed|said|told|wrote|says|tells|writes)$/.test(toks[k].lower)) return false;
  return clauseIn(s, s.text.slice(toks[lead].start - s.span.start, toks[b - 1].end - s.span.start));
}

const OPEN_MARKS: ReadonlySet<string> = new Set(["“", "\"", "''", "‘", "«"]);
const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([",", ":", ";", "—", "–", "--", "-"]);
const NEW_ACCOUNT_OPENERS = /^(?:and|but|when|while|after|asked|pressed)$/;

/**
 * "said A, but went on to say, “...”", "said A, and when asked about B, he said, “...”": a quotation
 * whose own attribution (a speech verb after the last comma, colon or dash before the mark) comes
 * between it and the reported clause is a new account; the reported clause ends at that boundary.
 * (Without a speech verb there, the quotation is as often the reported sentence's own end: "said
 * that A, “B”", and the stretch is left to the direct-quote extractor; a colon or a dash alone before
 * the mark cut more spans than it ended on PolNeAR dev.)
 */
function beforeQuotation(s: Sentence, from: number, stop: number): number {
  const { toks } = s;
  let q = from + 1;
  while (q < stop && !OPEN_MARKS.has(toks[q].text)) q++;
  if (q >= stop) return stop;
  // ("..., he said, “...”": the comma right before the mark closes the attribution itself.)
  const e = CLAUSE_BOUNDARIES.has(toks[q - 1].text) ? q - 1 : q;
  let b = e - 1;
  while (b > from && !CLAUSE_BOUNDARIES.has(toks[b].text)) b--;
  if (b <= from + 1) return stop;
  // (The relative clause only after five words or more: "said that the plan, which she called “…,” would fail"
  // sets off an aside on the clause's subject.)
  let said = b - from >= 5 && relativeAccount(toks, b + 1, e);
  for (let k = b + 1; k < e && !said; k++) said = SPEECH_VERBS.has(toks[k].lower) && !toks[k].cap;
  if (!said) return stop;
  // ", and when pressed on X, she replied, “...”": a fronted clause of the new account goes with it.
  for (let n = 0; n < 2; n++) {
    let a = b - 1;
    while (a > from && !CLAUSE_BOUNDARIES.has(toks[a].text)) a--;
    if (a <= from + 1 || !NEW_ACCOUNT_OPENERS.test(toks[a + 1].lower)) break;
    b = a;
  }
  return b;
}

/** A preposition that may go before the relative pronoun ("to which", "after which"). */
const RELATIVE_PREPOSITIONS = /^(?:to|after|at|in|on|for|with|about|upon)$/;

/**
 * "…, to which O'Malley interjected: “…”", "…, whom he described as “…”": a relative clause with a
 * subject of its own (a pronoun or a name) that leads into a quotation is another account of the
 * quoted words, not the reported clause's own end.
 */
function relativeAccount(toks: readonly Token[], a: number, e: number): boolean {
  let k = a;
  if (k < e && RELATIVE_PREPOSITIONS.test(toks[k].lower) && /^(?:which|whom)$/.test(toks[k + 1]?.lower ?? "")) k++;
  if (k >= e || !/^(?:which|whom|who)$/.test(toks[k].lower)) return false;
  const subj = toks[k + 1];
  return !!subj && k + 2 < e && subj.word && (subj.cap || (SUBJECT_PRONOUNS.has(subj.lower) && !/^(?:it|that|which|who)$/.test(subj.lower)));
}

/**
 * "said Thursday during a taping in Buffalo, New York, that ...", "can now say, with the benefit of hindsight,
 * that ...", "complained during the call — which aides taped — that ...": an aside of time, place or manner
 * after the verb, closed by a comma or dash right before "that" and a subject. Returns the index of "that",
 * or -1. (Without the closing comma "that" may belong to a noun in the aside: "said after a report that ...".)
 */
export function thatAfterAside(s: Sentence, from: number): number {
  const { toks } = s;
  const first = toks[from];
  if (!first) return -1;
  const opens =
    first.text === "," || DASHES.has(first.text) || PHRASE_PREPOSITIONS.has(first.lower) || BAD_CONTENT_START.has(first.lower) || first.lower === "since" ||
    (TIME_WORDS.has(first.lower) && !DETERMINERS.has(first.lower)) || (first.word && !first.cap && first.lower.length > 4 && first.lower.endsWith("ly"));
  if (!opens) return -1;
  for (let m = from + 1; m < toks.length - 1 && m - from <= 30; m++) {
    const t = toks[m];
    if (t.lower === "that") {
      if (toks[m - 1].text !== "," && !DASHES.has(toks[m - 1].text)) continue;
      const nx = toks[m + 1];
      // (A bare noun may open the clause too: "said Thursday in Buffalo, New York, that state law is wrong".)
      const subject = nx.word && !AUX_START.test(nx.lower) && (DETERMINERS.has(nx.lower) || (SUBJECT_PRONOUNS.has(nx.lower) && !/^(?:that|which|who)$/.test(nx.lower)) || PRONOUN_CONTRACTION.test(nx.lower) || nx.cap ||
        (!CLAUSE_WORDS.has(nx.lower) && !PHRASE_PREPOSITIONS.has(nx.lower) && !AUX_ADVERBS.has(nx.lower) && !/(?:ed|ly)$/.test(nx.lower)));
      return subject && m > from + 2 ? m : -1;
    }
    // ("stated, while testifying before Congress, that ...": a participle after a subordinator of time is the
    // occasion of the act, not another act of saying.)
    const occasion = t.lower.endsWith("ing") && OCCASION_SUBORDINATORS.test(toks[m - 1].lower);
    if (t.text === ";" || t.text === ":" || t.text === "." || OPEN_MARKS.has(t.text) || t.text === "”" || (t.word && !t.cap && SPEECH_VERBS.has(t.lower) && !occasion)) return -1;
  }
  return -1;
}

/** Subordinators of time before a participle that gives the occasion of a speech act ("while testifying"). */
const OCCASION_SUBORDINATORS = /^(?:while|when|after|before)$/;

/** Text before the source of a trailing attribution ("..., X said."): from the sentence start. */
export function contentBefore(s: Sentence, sourceStartOffset: number): Span | null {
  const { toks } = s;
  let b = tokenAt(toks, sourceStartOffset);
  if (b < 0) return null;
  if (b > 0 && (toks[b - 1].text === "," || toks[b - 1].text === "—" || toks[b - 1].text === "--")) b--;
  else return null;
  const a = backwardStart(s, b);
  // "He sent a photograph — maybe his last, he warned": after one unpaired dash, a short aside is
  // all the attribution vouches for; the narration before the dash is the reporter's. A longer tail
  // ("Jobs grew – something you wouldn't know if you listen to ..., he said") is the whole claim.
  let dash = -1;
  for (let m = a; m < b; m++) {
    const t = toks[m].text;
    // (A hyphen counts only with a space before it: "U.S.-Mexican" is one word.)
    if (!DASHES.has(t) || (t === "-" && !(m > 0 && toks[m - 1].end < toks[m].start))) continue;
    if (dash >= 0) {
      dash = -1;
      break;
    }
    dash = m;
  }
  let aside = 0;
  for (let m = dash + 1; dash > a && m < b; m++) if (toks[m].word) aside++;
  return (dash > a + 2 && aside <= MAX_ASIDE_WORDS ? content(s, dash + 1, b) : null) ?? content(s, a, b);
}
const MAX_ASIDE_WORDS = 5;

/**
 * Fronted phrases that frame the source's words rather than belong to them: a concession ("Despite
 * ...", "Though ...", "For all ...") or a participle ("Entering June, ..."). Time and place phrases
 * ("In Iowa, ...", "After the debate, ...") stay: PolNeAR's gold keeps them in the content.
 */
const FRONTED = /^(?:despite|though|although|while|for|even|\p{Ll}+ing)$/u;
export const NOT_FRONTED_ING = /^(?:during|according|including|nothing|something|anything|everything)$/;

/** Where backward content ("..., X said.") starts: after a fronted framing phrase and its comma. */
export function backwardStart(s: Sentence, b: number): number {
  const { toks } = s;
  // "WASHINGTON (AP) — ...": a wire story's dateline is no part of what the source said.
  const d = datelineEnd(toks);
  if (d >= b - 1) return 0;
  if (!FRONTED.test(toks[d].lower) || NOT_FRONTED_ING.test(toks[d].lower)) return afterOpenParen(toks, d, b);
  let k = d + 1;
  while (k < b - 3 && toks[k].text !== ",") k++;
  return afterOpenParen(toks, k < b - 3 && k - d <= 15 ? k + 1 : d, b);
}

/**
 * "Trump repeated his claim that crime doubled (the true figure is 4 percent, according to X).": a closing attribution
 * inside a parenthesis that is still open at its cue vouches for the words inside it, not for the sentence around it.
 * The index after the innermost "(" in toks[a, b) that no ")" closes before b, or a. (A parenthesis closed before the
 * cue, "The plant (built in 1974) will close, X said", stays in the content.) PolNeAR train: 3 such, all filed so.
 */
function afterOpenParen(toks: readonly Token[], a: number, b: number): number {
  const open: number[] = [];
  for (let m = a; m < b; m++) {
    if (toks[m].text === "(") open.push(m);
    else if (toks[m].text === ")") open.pop();
  }
  const o = open.length ? open[open.length - 1]! : -1;
  return o >= 0 && o + 1 < b ? o + 1 : a;
}

/** Index after a wire story's dateline ("WASHINGTON (AP) —", "PARIS -"), or 0. */
export function datelineEnd(toks: readonly Token[]): number {
  // "WASHINGTON (AP) — ...", "PARIS - ...": an upper-case place and a dash open a wire story.
  // ("LA CROSSE, Wis. — ...": a two-letter first word with another word in capitals after it.)
  const upper = (t: Token | undefined): boolean => !!t && t.word && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text);
  if (toks.length > 3 && upper(toks[0]) && (toks[0].text.length > 2 || (upper(toks[1]) && toks[1].text.length > 2))) {
    for (let k = 1; k < toks.length - 1 && k < 8; k++) {
      if (DASHES.has(toks[k].text)) return k + 1;
      if (toks[k].word && !toks[k].cap) break;
    }
  }
  return 0;
}

/**
 * The comma that ends a fronted question ("Asked whether the plan, which critics called costly, would
 * pass, Mr. Lee said ..."): the first one followed by the main clause's subject when that is a pronoun
 * or a name, not by a relative, a preposition or "that". (Otherwise the first comma: a subject with a
 * determiner cannot be told from an appositive without parsing.)
 */
export function mainClauseComma(s: Sentence, from: number): number {
  const { toks } = s;
  for (let k = from + 2; k < toks.length - 1; k++) {
    if (toks[k].text !== ",") continue;
    const nx = toks[k + 1];
    if (!nx.word) continue;
    // ("When asked whether the mayor, Ann Lee, could ...": a name set off by commas before the clause's verb is an
    // appositive inside the fronted clause, not the main clause's subject.)
    if (/^(he|she|they|i|we|it)$/.test(nx.lower) || (nx.cap && !/^(which|who|that|and|but|or|in|on|at|for|with|as)$/.test(nx.lower) && !appositiveInClause(toks, k + 1))) return k;
  }
  return forwardStop(s, from, true);
}

/** Whether toks[k] is a dash standing apart (a hyphen inside a word is not one). */
const spacedDash = (toks: readonly Token[], k: number): boolean =>
  DASHES.has(toks[k].text) && (toks[k].text !== "-" || (k > 0 && toks[k - 1].end < toks[k].start));

/** Words that open an embedded question as a speech verb's content ("asked whether ...", "did not say who ..."). */
const EMBEDDED_QUESTION = /^(?:whether|who|whom|what|which|how|why)$/;

/**
 * Whether a clause with a subject of its own starts at token k: a determiner or subject pronoun ("a third has ...",
 * "the campaign declined"), a name, or a preposition with a determiner that fronts it ("in the wake of ..., the answer").
 */
function newClauseAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !t.word) return false;
  if (/^(?:the|a|an|he|she|they|it|we|i|there)$/.test(t.lower) || (t.cap && !/^\d/.test(t.text))) return true;
  return /^(?:in|on|at|after|for)$/.test(t.lower) && /^(?:the|a|an|this|that)$/.test(toks[k + 1]?.lower ?? "");
}

/**
 * Whether the ")" at k closes a parenthesis opened before token `from` (the cue's): more "(" than ")" before `from`,
 * and none of them left open by the ones in [from, k). Run only at a ")", which few sentences hold.
 */
function closesParenBefore(toks: readonly Token[], from: number, k: number): boolean {
  let before = 0;
  for (let m = 0; m < from; m++) {
    if (toks[m].text === "(") before++;
    else if (toks[m].text === ")" && before > 0) before--;
  }
  if (before === 0) return false;
  let inner = 0;
  for (let m = from; m < k; m++) {
    if (toks[m].text === "(") inner++;
    else if (toks[m].text === ")") inner--;
  }
  return inner <= 0;
}

/** Whether the dashes standing apart before token `from` leave one open: an odd count, so an aside has begun. */
function asideOpenBefore(toks: readonly Token[], from: number): boolean {
  let n = 0;
  for (let m = 0; m < from; m++) if (spacedDash(toks, m)) n++;
  return n % 2 === 1;
}

/** Words of a clause or a participle in a gloss ("a message that ...", "a landslide based on ..."). */
const GLOSS_CLAUSE = /^(?:that|which|who|whom|he|she|they|it|we)$/;

/**
 * Where a reporter's gloss after a dash begins in forward content from token a to b ("... inside the hall — a
 * message that has not been heeded", "... seek reelection in 2018 - though it is unclear ..."), or -1: a dash
 * that is the only one to the sentence's end (a pair sets off an aside inside the clause), then a concession,
 * "all"/"no", "a"/"an" with a clause or participle of its own ("- a suspect with a warrant" may be the
 * speaker's own appositive), "something" with a clause, or "the" with a relative clause.
 */
function dashGloss(toks: readonly Token[], a: number, b: number): number {
  let dash = -1;
  for (let m = a; m < toks.length; m++) {
    if (!spacedDash(toks, m)) continue;
    if (dash >= 0 || m >= b) return -1;
    dash = m;
  }
  if (dash < a + 3 || dash + 1 >= b) return -1;
  const nx = toks[dash + 1].lower;
  if (/^(?:though|although|all|no)$/.test(nx)) return dash;
  // "- something Sanders aides argue is possible": "something" with a clause on it is the reporter's gloss, as after a comma.
  if (nx === "something") return glossClause(toks, dash + 2) ? dash : -1;
  // "— the sotto voce statesman who embarked on ...": "the" only with a relative word before any verb of its own ("— the
  // machines had failed" goes on with the account).
  if (nx === "the") {
    for (let m = dash + 2; m < b && toks[m].word; m++) {
      if (/^(?:who|which|that|whom|whose)$/.test(toks[m].lower)) return dash;
      if (FINITE_AUX.test(toks[m].lower) || (toks[m].lower.length > 4 && toks[m].lower.endsWith("ed"))) return -1;
    }
    return -1;
  }
  if (nx !== "a" && nx !== "an") return -1;
  for (let m = dash + 2; m < b; m++) if (GLOSS_CLAUSE.test(toks[m].lower) || (toks[m].lower.length > 4 && toks[m].lower.endsWith("ed"))) return dash;
  return -1;
}

/**
 * Whether the words at token a open a clause on a "something" before them: a subject (a pronoun, a name, "the") or a
 * relative word ("something she has repeatedly asked of her rival", "something that Trump mocked"); not "something
 * like 20 percent", "something else", "something of a ...".
 */
function glossClause(toks: readonly Token[], a: number): boolean {
  const t = toks[a];
  if (!t || !t.word) return false;
  if (/^(?:that|which|he|she|they|we|i|the|his|her|their|its)$/.test(t.lower)) return true;
  return t.cap && !/^\d/.test(t.text);
}

/** The tokens of `body`: from its first token to just past its last. */
function tokensOf(toks: readonly Token[], body: Span): { bs: number; be: number } {
  const bs = tokenAt(toks, body.start);
  let be = bs;
  while (be < toks.length && toks[be].start < body.end) be++;
  return { bs, be };
}

/** Forward content without a reporter's gloss after a lone dash (see dashGloss). */
export function withoutDashGloss(s: Sentence, body: Span): Span {
  const { toks } = s;
  const { bs, be } = tokensOf(toks, body);
  const d = dashGloss(toks, bs, be);
  return (d > 0 ? content(s, bs, d) : null) ?? body;
}

/** Verbs of asking someone to act: their content is the act requested ("urged the judge to give me a fair sentence"). */
const REQUEST_LEMMAS: ReadonlySet<string> = new Set(["ask", "urge", "call", "tell", "warn", "caution", "remind"]);

/**
 * "called upon Mayor de Blasio to restart surveillance of mosques, which the police began after 9/11", "asking Comey to
 * turn over the file, which would presumably allow lawmakers to ...": a request's content is the act asked for; a relative
 * clause after a comma on its object is the reporter's note on that thing. A request: an infinitive's "to" and a
 * lower-case verb among the content's first eight words, with no "that" before it.
 */
export function withoutRequestGloss(s: Sentence, body: Span, lemma: string): Span {
  if (!REQUEST_LEMMAS.has(lemma)) return body;
  const { toks } = s;
  const { bs, be } = tokensOf(toks, body);
  let to = -1;
  for (let k = bs; k < be - 1 && k - bs < 8; k++) {
    if (toks[k].lower === "that" || toks[k].text === ",") return body;
    if (toks[k].lower === "to" && toks[k + 1].word && !toks[k + 1].cap && !DETERMINERS.has(toks[k + 1].lower)) {
      to = k;
      break;
    }
  }
  if (to < 0) return body;
  for (let k = to + 3; k < be - 1; k++) {
    if (toks[k].text === "," && /^(?:which|who|where)$/.test(toks[k + 1].lower)) return content(s, bs, k) ?? body;
  }
  return body;
}

/** Content without a closing ", who ..." relative clause (one with no comma or dash after it before the end). */
export function withoutClosingWho(s: Sentence, body: Span): Span {
  const { toks } = s;
  const { bs, be } = tokensOf(toks, body);
  for (let k = be - 3; k > bs + 3; k--) {
    if (toks[k].text === "," || spacedDash(toks, k)) {
      if (toks[k].text !== "," || toks[k + 1].lower !== "who") return body;
      return content(s, bs, k) ?? body;
    }
  }
  return body;
}

/**
 * Short stretches after a speech verb that are no reported content: a name alone (", reports USA
 * Today"), a time phrase ("reported just today", "ten days ago"), a preposition and a pronoun
 * ("asked him about it"), a web address, or two words split by a comma ("defeat, either").
 */
export function notContent(s: Sentence, body: Span): boolean {
  const a = tokenAt(s.toks, body.start);
  let b = a;
  while (b < s.toks.length && s.toks[b].start < body.end) b++;
  const toks = s.toks.slice(a, b);
  // "whether you want to admit it or not, ...", "like it or not": the idiom's object, nothing said.
  if (toks[0]?.lower === "it" && toks[1]?.lower === "or" && toks[2]?.lower === "not") return true;
  // "a day after he said them, but ...", "said it, and the crowd cheered": the object pronoun is the words said, named
  // before; what follows its comma is the reporter's next clause. ("said that, if elected, ..." is a clause's "that";
  // "said it, too, would cut jobs": an aside closed by a comma before a verb leaves "it" the clause's subject.)
  if ((toks[0]?.lower === "it" || toks[0]?.lower === "them") && toks[1]?.text === ",") {
    let c = 2;
    while (c < toks.length && c < 8 && toks[c].text !== ",") c++;
    const nx = toks[c + 1];
    if (!(c < toks.length - 1 && toks[c].text === "," && (FINITE_AUX.test(nx.lower) || AUX_START.test(nx.lower) || verbFirst(nx)))) return true;
  }
  const words = toks.filter((t) => t.word);
  if (words.length > 4) return false;
  // ("he also says it’s beautiful, too": a pronoun run into its verb opens a clause, comma or not.)
  if (toks.some((t) => t.text === ",") && words.length <= 3 && !PRONOUN_CONTRACTION.test(words[0]?.lower ?? "")) return true;
  if (/^https?:/.test(words[0]?.lower ?? "") || words.some((t) => t.lower === "http")) return true;
  if (words[words.length - 1]?.lower === "ago") return true;
  if (words.every((t) => TIME_WORDS_OR_ADVERB(t))) return true;
  if (words.length === 2 && (PHRASE_PREPOSITIONS.has(words[0].lower) || words[0].lower === "about" || words[0].lower === "for") && /^(it|this|that|them|him|her)$/.test(words[1].lower)) return true;
  const start = words[0]?.lower === "the" ? 1 : 0;
  if (words.length - start >= 1 && words.slice(start).every((t) => t.cap && !/^\d/.test(t.text)) && !SUBJECT_PRONOUNS.has(words[start].lower)) return true;
  // "noted that abortion – ...", "said that in 1998": "that" and a word or two with no verb is a clause
  // cut short by an aside or a quotation, not what was said ("that CNN had", "that they're safe" stay).
  // (Of three words, only a name or a phrase after "that": "that Mr. Lee", "that in 1998"; "that Lee won" stays.)
  const stub = words.length === 2 || (words.length === 3 && ((words[1].cap && words[2].cap) || PHRASE_PREPOSITIONS.has(words[1].lower)));
  if (words[0]?.lower === "that" && stub && !words.slice(1).some((t) => FINITE_AUX.test(t.lower) || PRONOUN_CONTRACTION.test(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || /n[’']t$/.test(t.lower))) return true;
  return false;
}

const TIME_WORDS_OR_ADVERB = (t: Token): boolean => TIME_WORDS.has(t.lower) || /^(just|only|still|today|tonight|yesterday|tomorrow)$/.test(t.lower) || (t.lower.endsWith("ly") && t.lower.length > 4);

/**
 * "said she will not call on him to withdraw, but she has bristled at ...", "argued that ..., but Democrats
 * have pushed for ...", "stressed those worries at a forum, and he raised them again ...": after the comma,
 * "but" or "and" with a new subject (a pronoun or a capitalised word) is the reporter's next sentence about
 * the speaker or the story; the content ends before the comma. (Only after a verb with its subject and after
 * a question put: in the other rules' content, and without the comma, it is as often the reported clause's
 * own second half.)
 */
export function beforeNewSubject(s: Sentence, body: Span): Span {
  const { toks } = s;
  const bs = tokenAt(toks, body.start);
  for (let k = bs + 2; k < toks.length - 2 && toks[k].start < body.end; k++) {
    if (toks[k].text !== "," || !/^(?:but|and)$/.test(toks[k + 1].lower)) continue;
    const nx = toks[k + 2];
    // (After "and", not "it": ", and it will all be done in real time" goes on with the content's subject;
    // nor a name after a name: "Ann Lee, Bo Diaz, and Cy Ortiz" is a list.)
    if (/^(?:he|she|they|we)$/.test(nx.text) || (nx.text === "it" && toks[k + 1].lower === "but") || (nx.cap && nx.word && nx.text !== "I" && !(toks[k + 1].lower === "and" && toks[k - 1].cap) && !lastOfNames(toks, k + 1))) {
      return content(s, bs, k) ?? body;
    }
  }
  return body;
}

/**
 * "along with Ann Lee, a State Department official, and Bo Diaz.", "Ann Lee, who was charged ..., and Bo Diaz, a former
 * detainee": after "and"/"or" at token k, a name with no verb after it (the sentence's end or a mark follows) is the last of a
 * list of names, not a new subject. (A lower-case particle stands inside a name, "Sufian bin Qumu": the
 * model's NAME_PARTICLES, the list attribution keeps inside a name.)
 */
function lastOfNames(toks: readonly Token[], k: number): boolean {
  if (toks[k].lower !== "and" && toks[k].lower !== "or") return false;
  let m = k + 1;
  while (m < toks.length && toks[m].word && (toks[m].cap || (m > k + 1 && NAME_PARTICLES.has(toks[m].lower)))) m++;
  return m > k + 1 && (m >= toks.length || !toks[m].word);
}
